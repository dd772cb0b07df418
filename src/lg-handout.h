/* lg-handout.h — the printed handout: one or more topics laid out with Pango onto pages
 *
 * The one renderer: the summary preview, printing and PDF export all draw with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "lg-content-store.h"
#include "lg-drawings.h"
#include "lg-question-ticks.h"

G_BEGIN_DECLS

/* Every mark the handout makes stays this far (in points) inside each edge of the page. */
#define LG_HANDOUT_MARGIN 32.0

typedef enum {
  LG_PAPER_A4,
  LG_PAPER_LETTER,
} LgPaper;

gboolean    lg_paper_from_string   (const char *name,
                                    LgPaper    *paper);
const char *lg_paper_to_string     (LgPaper     paper);
void        lg_paper_get_size      (LgPaper     paper,
                                    double     *width,
                                    double     *height);

/* For this patient, on paper only (lg-handout-patient.c): typed in the print view, never saved
 * anywhere, forgotten with the window or for a new patient. Each NULL or empty when not given. */
typedef struct {
  char *name;
  char *date;
  char *next_appointment;
  char *contact;              /* the care team member or line to call */
  char *note;                 /* free text, any length */
  GStrv questions;            /* typed questions, printed with the ticked ones; NULL: none */
} LgForYou;

/* What the handout is drawn with; the app fills it from its settings (lg-settings.h). Every
 * string is one line of plain text, or NULL or empty when not set. */
typedef struct {
  double page_width;          /* points */
  double page_height;
  gboolean notes;             /* lined space for notes after each topic */
  gboolean full;              /* every section; otherwise the Summary (see lg-handout-items.c) */
  gboolean large_print;       /* body at 16 pt, pictures larger */
  char *clinic_name;          /* NULL or empty: the app name */
  char *clinic_department;
  char *clinic_phone;
  char *clinic_after_hours;   /* the after-hours phone */
  char *clinic_website;
  char *clinic_address;
  char *approved_by;          /* "name, role, month", printed in every page's footer */
  GBytes *clinic_logo;        /* a PNG or SVG that lg_logo_check() accepted, or NULL */
  LgDrawings *drawings;       /* drawn over each topic's picture, or NULL; copied */
  LgForYou for_you;           /* at the top of the first topic, and with its questions */
  gboolean words;             /* "Words to know" after each part: the glossary terms it uses */
  GStrv compare;              /* ids of the treatments in the Compare table after each part
                               * (shown in the store's order), or NULL for no table */
} LgHandoutOptions;

void lg_handout_options_init          (LgHandoutOptions *options,
                                       LgPaper           paper);
void lg_handout_options_clear         (LgHandoutOptions *options);
void lg_handout_options_copy          (LgHandoutOptions       *dest,
                                       const LgHandoutOptions *src);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LgHandoutOptions, lg_handout_options_clear)

/* The largest logo file accepted, and its largest side in pixels (a PNG). */
#define LG_LOGO_MAX_BYTES (1024 * 1024)
#define LG_LOGO_MAX_PIXELS 4096

gboolean    lg_logo_check               (GBytes      *bytes,
                                         const char **extension,
                                         GError     **error);

#define LG_TYPE_HANDOUT (lg_handout_get_type ())
G_DECLARE_FINAL_TYPE (LgHandout, lg_handout, LG, HANDOUT, GObject)

LgHandout  *lg_handout_new              (LgContentStore          *store,
                                         GPtrArray               *topics,
                                         LgQuestionTicks         *ticks,
                                         const LgHandoutOptions  *options);
void        lg_handout_add_part         (LgHandout               *self,
                                         LgContentStore          *store,
                                         GPtrArray               *topics);
double      lg_handout_get_page_width   (LgHandout               *self);
double      lg_handout_get_page_height  (LgHandout               *self);
int         lg_handout_get_n_pages      (LgHandout               *self);
void        lg_handout_draw_page        (LgHandout               *self,
                                         cairo_t                 *cr,
                                         int                      page);
gboolean    lg_handout_write_pdf        (LgHandout               *self,
                                         const char              *path,
                                         GError                 **error);
gboolean    lg_handout_write_pdf_cancellable (LgHandout          *self,
                                         const char              *path,
                                         GCancellable            *cancellable,
                                         GError                 **error);
char       *lg_handout_dup_file_name    (LgHandout               *self);
double      lg_handout_get_header_height (LgHandout              *self);
void        lg_handout_draw_header      (LgHandout               *self,
                                         cairo_t                 *cr);
char       *lg_handout_dup_header_text  (LgHandout               *self);

G_END_DECLS
