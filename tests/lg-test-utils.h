/* lg-test-utils.h — shared helpers for the widget tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-application.h"
#include "lg-window.h"

G_BEGIN_DECLS

LgApplication *lg_test_init            (int           *argc,
                                        char        ***argv);
LgApplication *lg_test_application     (void);
LgWindow      *lg_test_window          (LgApplication *app,
                                        int            width,
                                        int            height);
LgContentStore *lg_test_store          (LgApplication *app);
char          *lg_test_plain           (LgApplication *app,
                                        const char    *text);
void           lg_test_wait            (guint          ms);
gboolean       lg_test_wait_until      (gboolean     (*condition) (gpointer),
                                        gpointer       data);
gboolean       lg_test_wait_seconds    (gboolean     (*condition) (gpointer),
                                        gpointer       data,
                                        guint          seconds);
/* What a run of the real binary (LG_BINARY) printed, and its exit status. */
typedef struct {
  int   status;
  char *out;
  char *err;
} LgTestRun;

void           lg_test_run_clear       (LgTestRun     *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LgTestRun, lg_test_run_clear)
void           lg_test_run_binary      (LgTestRun     *result,
                                        GSubprocessLauncher *launcher,
                                        const char * const  *args);
GtkWidget     *lg_test_find_widget     (GtkWidget     *root,
                                        gboolean     (*match) (GtkWidget *, gconstpointer),
                                        gconstpointer  data);
GtkWidget     *lg_test_find_class      (GtkWidget     *root,
                                        const char    *css_class);
GtkWidget     *lg_test_find_label      (GtkWidget     *root,
                                        const char    *text);
GtkWidget     *lg_test_find_label_containing (GtkWidget *root,
                                              const char *text);
GtkWidget     *lg_test_wait_for_label  (GtkWidget     *root,
                                        const char    *text);
GtkWidget     *lg_test_find_tooltip    (GtkWidget     *root,
                                        const char    *tooltip);
GtkWidget     *lg_test_term_popover    (GtkWidget     *page);
GtkWidget     *lg_test_find_type       (GtkWidget     *root,
                                        GType          type);
GtkWidget     *lg_test_find_shown_type (GtkWidget     *root,
                                        GType          type);
GtkWidget     *lg_test_wait_for_type   (GtkWidget     *root,
                                        GType          type);
gboolean       lg_test_is_shown        (GtkWidget     *widget);
gboolean       lg_test_activate_shortcut (GtkWidget   *widget,
                                        const char    *trigger);
void           lg_test_no_grab         (GtkWidget     *popover);
gboolean       lg_test_press_key       (GtkWidget     *widget,
                                        guint          keyval,
                                        GdkModifierType state);
char          *lg_test_save_png        (GtkWidget     *widget,
                                        const char    *name);
GtkListBox    *lg_test_sidebar         (LgWindow      *window);
GtkWidget     *lg_test_glossary_search (LgWindow      *window);
const char    *lg_test_row_title       (GtkListBoxRow *row);
const char    *lg_test_row_snippet     (GtkListBoxRow *row);
LgTopic       *lg_test_row_topic       (LgWindow      *window,
                                        GtkListBoxRow *row);
GtkWidget     *lg_test_sidebar_search  (LgWindow      *window);
int            lg_test_pdf_pages       (const char    *path,
                                        double        *width,
                                        double        *height);
char          *lg_test_topic_json      (const char    *id,
                                        const char    *title,
                                        const char    *in_short);
void           lg_test_write_file      (const char    *dir,
                                        const char    *name,
                                        const char    *contents,
                                        gssize         length);
void           lg_test_remove_tree     (const char    *path);

G_END_DECLS
