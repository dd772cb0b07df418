/* lg-handout-private.h — what the handout's files share: the page geometry and type, the
 * colours, the items pagination places, the pages, and the LgHandout instance itself
 *
 * lg-handout.c         the object, its options and getters
 * lg-handout-items.c   topics → a flat list of items, each a measured Pango layout
 * lg-handout-figure.c  the picture with its caption and legend
 * lg-handout-sources.c the sources as numbered notes
 * lg-handout-patient.c the "For you" box and the typed questions
 * lg-handout-words.c   "Words to know": the glossary terms the printed topics use
 * lg-handout-compare.c the Compare table, in bands of columns
 * lg-handout-header.c  the header band, the footer, the clinic's phone line
 * lg-handout-tags.c    the PDF's structure tags and title
 * lg-handout-layout.c  pagination: the content box, and the items placed onto pages
 * lg-handout-draw.c    drawing a page (header, items, picture, footer) and its outline
 * lg-handout-pdf.c     paper sizes and writing the PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "lg-handout.h"

G_BEGIN_DECLS

/* Geometry and type, in points, at normal print; large print multiplies each by
 * LARGE_PRINT_SCALE (through S()), so its body is 16 pt. */
#define LARGE_PRINT_SCALE (16.0 / 12.0)
#define S(x)             ((x) * self->scale)
#define FONT_FAMILY      "Cantarell, DejaVu Sans"
#define BODY_SIZE        12.0
#define BODY_SPACING     1.08       /* a wrapped line every 1.3 em */
#define TITLE_SIZE       20.0
#define SUBTITLE_SIZE    12.0
#define IN_SHORT_SIZE    12.5
#define IN_SHORT_LABEL   10.0
#define HEADING_SIZE     14.0
#define CAPTION_SIZE     10.5
#define LEGEND_SIZE      10.0
#define SOURCE_SIZE      9.0
#define FOOTER_SIZE      9.0
#define HEADER_NAME_SIZE 12.0
#define HEADER_INFO_SIZE 10.0
#define HEADER_PAD       7.0        /* inside the header band, above and below */
#define HEADER_GAP       12.0
#define LOGO_HEIGHT      30.0       /* the clinic's logo, at most this high and this wide */
#define LOGO_MAX_WIDTH   120.0
#define FOOTER_GAP       10.0
#define FOOTER_SLACK     1.5        /* below the disclaimer: a PDF reader's glyph box may reach past the line */
#define BOX_BAR          4.0        /* accent bar on the left of a boxed text */
#define BOX_PAD_X        11.0
#define BOX_PAD_Y        5.0
#define LIST_INDENT      20.0
#define TICK_BOX         10.0
#define QUESTION_INDENT  22.0
#define NOTE_LINE        24.0       /* room to write one line by hand */
#define NOTES_MIN_LINES  3
#define FIGURE_FRACTION  0.36       /* of the content width, the legend beside it */
#define FIGURE_LARGE     0.62       /* large print: the legend under it */
#define FIGURE_GAP       14.0
#define LEGEND_DOT       13.0
#define SOURCE_INDENT    18.0       /* a source's number, then its text */
#define SOURCE_GAP       16.0       /* between the two columns of sources */

#define SPACE_SECTION    9.0
#define SPACE_BLOCK      4.0
#define SPACE_ITEM       2.0

/* Colours that print well in colour and in grey (the GNOME palette). */
#define RGB(hex) (((hex) >> 16) & 0xff) / 255.0, (((hex) >> 8) & 0xff) / 255.0, ((hex) & 0xff) / 255.0
#define INK        0x241f31
#define MUTED      0x5e5c64
#define ACCENT     0x1a5fb4
#define TINT       0xe8f0fb
#define NOTE_TINT  0xf6f5f4
#define RULE       0xc0bfbc

typedef enum {
  ITEM_TITLE,
  ITEM_IN_SHORT,
  ITEM_HEADING,
  ITEM_PARAGRAPH,
  ITEM_BULLET,
  ITEM_STEP,
  ITEM_NOTE,
  ITEM_FIGURE,
  ITEM_QUESTION,
  ITEM_CALL,                   /* "Call CLINIC at PHONE", first under "When to call" */
  ITEM_NOTES,
  ITEM_SOURCES,                /* the heading of the numbered notes */
  ITEM_SOURCE,                 /* one numbered note: a source */
  ITEM_FOR_YOU,                /* the patient's own box, under the first title */
  ITEM_WORD,                   /* one of the "Words to know": a term and its definition */
  ITEM_ROW,                    /* one row of the Compare table */
} ItemKind;

typedef struct {
  ItemKind kind;
  guint topic;                 /* index into topics */
  gboolean new_page;           /* a topic starts on a fresh page */
  gboolean keep_with_next;     /* never the last thing on a page */
  gboolean splits;             /* may be split between lines (at least two on each side) */
  gboolean anchored;           /* drawn at the foot of its page's content box */
  gboolean continued;          /* the rest of a very long text: no marker or tick box of its own */
  double space_before;         /* dropped at the top of a page */
  double indent;               /* where the text starts in the content box */
  double pad_y;                /* inside a box, above and below the text */
  guint list;                  /* the list (from 1) a bullet or step belongs to, for its tags */
  char *uri;                   /* a source's address, made a link */

  PangoLayout *layout;         /* the text; NULL for notes lines */
  int n_lines;
  double *line_top;            /* n_lines + 1 entries, from the layout's top */
  double *baseline;
  double *line_x;
  PangoLayout *marker;         /* bullet or step number */
  double height;               /* figure, notes: the height without text lines */

  RsvgHandle *svg;             /* figure */
  double image_width;
  double image_height;
  PangoLayout *caption;
  GPtrArray *legend;           /* of PangoLayout */
  GPtrArray *legend_numbers;   /* of PangoLayout */
  GArray *legend_y;            /* of double, from the item's top */
  GPtrArray *cells;            /* a table row: of PangoLayout, the row's title first */
  double *cell_x;              /* where each cell starts, from the content box's left */
  guint table;                 /* the table (from 1) a row belongs to, for its tags */
  gboolean head_row;           /* the row of the treatments' names */
  double legend_x;             /* from the item's left */
  double legend_top;           /* large print: the legend under the picture */
} Item;

typedef struct {
  Item *item;
  int first;                   /* lines [first, last) of the item's layout */
  int last;
  double x;                    /* left, from the left of the content box (a source's column) */
  double y;                    /* top, from the top of the content box */
  double height;
  int notes_lines;
} Placed;

typedef struct {
  guint topic;
  GArray *placed;              /* of Placed */
} Page;

struct _LgHandout
{
  GObject parent_instance;

  LgContentStore *store;       /* the language of the part being laid out or drawn (one of stores) */
  GPtrArray *stores;           /* of LgContentStore, one per topic: its part's language */
  GPtrArray *topics;           /* of LgTopic */
  LgQuestionTicks *ticks;      /* the ticked questions, a copy */
  LgHandoutOptions options;
  double scale;                /* 1, or LARGE_PRINT_SCALE */
  guint n_lists;
  guint n_tables;
  GPtrArray *words;            /* the glossary ids the part laid out so far marks, in order */

  PangoContext *context;
  GHashTable *svgs;            /* a topic's picture bytes → RsvgHandle */
  GPtrArray *items;            /* of Item */
  GArray *pages;               /* of Page */
  gboolean paginated;

  double content_x;
  double content_y;
  double content_width;
  double content_height;
  double footer_height;
  PangoLayout *header_name;    /* the clinic (or the app) and department, wrapped */
  PangoLayout *header_detail;  /* phones, website, address, wrapped */
  double header_height;
  gboolean header_one_row;     /* the details on the right of the name */
  LgContentStore *header_store; /* the language the header is laid out in */
  RsvgHandle *logo_svg;        /* the clinic's logo, one of the two, or neither */
  cairo_surface_t *logo_png;
  double logo_width;           /* as drawn at the left of the header, in points; 0: none */
  double logo_height;
  double logo_room;            /* the logo's width and the gap after it */
};

/* lg-handout.c */
void         _lg_handout_use_part         (LgHandout   *self,
                                           guint        topic);

/* lg-handout-items.c */
void         _lg_handout_item_free        (gpointer     data);
PangoLayout *_lg_handout_new_layout       (LgHandout   *self,
                                           const char  *text,
                                           double       width,
                                           double       size,
                                           gboolean     bold);
Item        *_lg_handout_add_item         (LgHandout   *self,
                                           ItemKind     kind,
                                           guint        topic,
                                           double       space_before);
void         _lg_handout_measure          (Item        *item);
void         _lg_handout_remeasure        (Item        *item);
PangoAttribute *_lg_handout_foreground    (guint        rgb);
char        *_lg_handout_plain            (LgHandout   *self,
                                           const char  *text);
const char  *_lg_handout_label            (LgHandout   *self,
                                           const char  *key);
void         _lg_handout_add_topic        (LgHandout   *self,
                                           guint        index,
                                           LgTopic     *topic);
Item        *_lg_handout_add_text         (LgHandout   *self,
                                           ItemKind     kind,
                                           guint        topic,
                                           double       space_before,
                                           const char  *text,
                                           const char  *marker,
                                           double       indent,
                                           double       size,
                                           gboolean     bold);
Item        *_lg_handout_add_box          (LgHandout   *self,
                                           ItemKind     kind,
                                           guint        index,
                                           double       space_before,
                                           const char  *text,
                                           const char  *marker,
                                           double       size,
                                           gboolean     bold);
void         _lg_handout_add_heading      (LgHandout   *self,
                                           guint        topic,
                                           const char  *text);
void         _lg_handout_bold_range       (PangoLayout *layout,
                                           gsize        start,
                                           gsize        end);

/* lg-handout-patient.c */
void         _lg_handout_add_for_you      (LgHandout   *self,
                                           guint        index);
void         _lg_handout_add_questions    (LgHandout   *self,
                                           guint        index,
                                           LgTopic     *topic);
void         _lg_handout_add_own_questions (LgHandout  *self,
                                           guint        index,
                                           guint        list);

/* lg-handout-words.c */
void         _lg_handout_note_terms       (LgHandout   *self,
                                           const char  *text);
Item        *_lg_handout_add_part_title   (LgHandout   *self,
                                           guint        index,
                                           const char  *text);
void         _lg_handout_add_words        (LgHandout   *self,
                                           guint        index);

/* lg-handout-compare.c */
void         _lg_handout_add_compare      (LgHandout   *self,
                                           guint        index);

/* lg-handout-figure.c */
void         _lg_handout_add_figure       (LgHandout   *self,
                                           guint        index,
                                           LgTopic     *topic);

/* lg-handout-logo.c */
void         _lg_handout_load_logo        (LgHandout   *self,
                                           double       height,
                                           double       max_width);
void         _lg_handout_draw_logo        (LgHandout   *self,
                                           cairo_t     *cr,
                                           double       x,
                                           double       y);

/* lg-handout-sources.c */
double       _lg_handout_source_column    (LgHandout          *self);
char        *_lg_handout_source_marker    (LgHandout          *self,
                                           LgTopic            *topic,
                                           const char * const *ids,
                                           GHashTable         *cited);
void         _lg_handout_add_sources      (LgHandout          *self,
                                           guint               index,
                                           LgTopic            *topic,
                                           GHashTable         *cited);
void         _lg_handout_set_marked_text  (PangoLayout        *layout,
                                           const char         *text,
                                           const char         *marker);

/* lg-handout-header.c */
void         _lg_handout_layout_header    (LgHandout   *self);
char        *_lg_handout_header_text      (LgHandout   *self);
char        *_lg_handout_call_text        (LgHandout   *self);
void         _lg_handout_draw_header      (LgHandout   *self,
                                           cairo_t     *cr);
double       _lg_handout_measure_footer   (LgHandout   *self);
char        *_lg_handout_footer_text      (LgHandout   *self,
                                           int          page);
void         _lg_handout_draw_footer      (LgHandout   *self,
                                           cairo_t     *cr,
                                           int          page);

/* lg-handout-tags.c: the PDF's structure (cairo's tags; no-ops on other surfaces) */
void         _lg_handout_tag_begin        (cairo_t     *cr,
                                           const char  *tag,
                                           const char  *uri);
void         _lg_handout_tag_end          (cairo_t     *cr,
                                           const char  *tag);
const char  *_lg_handout_item_tag         (Item        *item);
char        *_lg_handout_dup_pdf_title    (LgHandout   *self);
void         _lg_handout_set_pdf_metadata (LgHandout   *self,
                                           cairo_surface_t *surface);

/* lg-handout-layout.c */
void         _lg_handout_ensure_paginated (LgHandout   *self);
double       _lg_handout_layout_height    (PangoLayout *layout);
void         _lg_handout_page_fill        (LgHandout   *self,
                                           int          page,
                                           double      *filled,
                                           double      *next_needed);

/* For tests: each line of a page as text, with its kind and place */
GStrv lg_handout_dup_page_outline (LgHandout *self,
                                   int        page);

G_END_DECLS
