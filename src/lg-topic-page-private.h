/* lg-topic-page-private.h — what lg-topic-page.c (the page: building in two steps, the glossary
 * popover, text size and mode) and lg-topic-page-content.c (the widgets made from the content)
 * share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-sketch.h"
#include "lg-topic-page.h"

G_BEGIN_DECLS

struct _LgTopicPage
{
  AdwBin parent_instance;

  LgContentStore *store;
  LgTopic *topic;
  LgQuestionTicks *ticks;      /* the session's, shared with the Questions view */
  LgDrawings *drawings;        /* the session's, or the page's own */
  GtkPopover *term_popover;
  GtkLabel *term_title;
  GtkLabel *term_definition;
  GtkWidget *term_label;       /* weak: the label whose link opened the popover */
  char *term_uri;

  GtkScrolledWindow *scroller;
  AdwClamp *clamp;
  int clamp_size;              /* the reading column at 100% text, from the template */
  int clamp_threshold;
  AdwClamp *illustration_clamp;
  int illustration_size;       /* the picture's width at 100% text, from the template */
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *from_clinic_label;
  GtkLabel *in_short_heading;
  GtkLabel *in_short_label;
  GtkBox *in_short_box;
  GtkWidget *in_short_sources;  /* its "Sources" button, or NULL (a weak pointer) */
  GtkWidget *illustration_box;
  GtkPicture *illustration_picture;
  LgSketch *sketch;            /* over the picture */
  GtkLabel *caption_label;
  GtkBox *legend_box;
  GtkBox *sections_box;
  GtkLabel *key_points_heading;
  GtkBox *key_points_box;
  GtkLabel *questions_heading;
  GtkLabel *questions_hint;
  GtkBox *questions_box;
  GtkExpander *teach_back_expander;
  GtkLabel *teach_back_label;
  GtkBox *teach_back_box;
  GtkLabel *sources_heading;
  GtkBox *sources_box;
  GtkBox *related_box;
  GtkLabel *related_heading;
  GtkLabel *reviewed_label;

  gboolean rest_pending;       /* below the first screen still to build, see fill_rest() */
  gboolean rest_unpainted;     /* built, and not drawn (nor laid out) yet */
  guint rest_idle;             /* builds the rest, see after_first_paint_cb() */

  guint reveal_tick;           /* scrolls to what a search found, see lg_topic_page_reveal() */
  guint reveal_frames;
  LgSearchPlace reveal_place;
  int reveal_section;
};

/* The narrowest a wrapped line of text may get. Without it GtkLabel finds its minimum width by
 * laying the text out with a line break after every word, and Pango 1.50 shapes the rest of the
 * paragraph again for each line: that alone was most of the time a new page took to lay out.
 * Eight characters still fit a 360 px window at 300 % text, beside a list's marker. */
#define MIN_LINE_CHARS 8

gboolean   _lg_topic_page_activate_link     (LgTopicPage        *self,
                                             const char         *uri,
                                             GtkLabel           *label);
void       _lg_topic_page_clear_box         (GtkBox             *box);
GtkWidget *_lg_topic_page_list_box          (LgTopicPage        *self,
                                             const char * const *items,
                                             gboolean            numbered);
void       _lg_topic_page_fill_sections     (LgTopicPage        *self,
                                             guint               from,
                                             guint               to);
void       _lg_topic_page_fill_illustration (LgTopicPage        *self);
void       _lg_topic_page_fill_questions    (LgTopicPage        *self);
void       _lg_topic_page_fill_sources      (LgTopicPage        *self);
void       _lg_topic_page_fill_related      (LgTopicPage        *self);
GtkWidget *_lg_topic_page_sources_button    (LgTopicPage        *self,
                                             const char * const *ids);

/* For tests */
gboolean lg_topic_page_is_complete (LgTopicPage  *self);

G_END_DECLS
