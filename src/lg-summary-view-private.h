/* lg-summary-view-private.h — what lg-summary-view.c (the choices and the pages) and
 * lg-summary-view-output.c (printing and saving) share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-summary-view.h"

G_BEGIN_DECLS

struct _LgSummaryView
{
  LgSessionView parent_instance;

  LgContentStore *store;       /* the session's, once filled */
  LgQuestionTicks *ticks;      /* the session's */
  LgSettings *settings;        /* the session's */
  GHashTable *chosen;          /* ids of the topics in the handout */
  LgHandout *handout;
  GtkFileChooserNative *chooser;
  double zoom;                 /* pixels per point */
  gboolean zoom_chosen;        /* the person zoomed: stop fitting the width */
  guint fit_source;            /* idle that fits the pages to a new width */
  int n_pages;

  GtkMenuButton *topics_button;
  GtkBox *topics_box;
  GtkDropDown *paper_dropdown;
  GtkSwitch *notes_switch;
  GtkDropDown *depth_dropdown;
  GtkSwitch *large_print_switch;
  GtkWidget *drawings_box;
  GtkSwitch *drawings_switch;
  LgDrawings *drawings;        /* the session's */
  GtkDropDown *second_language_dropdown;
  GStrv second_languages;      /* the codes the dropdown offers after "None", in its order */
  GtkStack *stack;
  GtkScrolledWindow *scroller;
  GtkBox *pages_box;
  GtkWidget *zoom_in_button;
  GtkWidget *zoom_out_button;
  GtkWidget *print_button;
  GtkWidget *save_button;
};

LgPaper    _lg_summary_view_chosen_paper   (LgSummaryView *self);
LgHandout *_lg_summary_view_create_handout (LgSummaryView *self,
                                            double         width,
                                            double         height);
void       _lg_summary_view_print_cb       (LgSummaryView *self);
void       _lg_summary_view_save_cb        (LgSummaryView *self);

/* For tests */
gboolean           lg_summary_view_get_drawings_shown  (LgSummaryView            *self);
LgHandout         *lg_summary_view_get_handout         (LgSummaryView            *self);
gboolean           lg_summary_view_write_pdf           (LgSummaryView            *self,
                                                        const char               *path,
                                                        GError                  **error);
GtkPrintOperation *lg_summary_view_new_print_operation (LgSummaryView            *self);
void               lg_summary_view_print               (LgSummaryView            *self,
                                                        GtkPrintOperationAction   action,
                                                        const char               *export_file);

G_END_DECLS
