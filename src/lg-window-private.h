/* lg-window-private.h — what the window's files share (as gnome-text-editor's
 * editor-window-private.h): lg-window.c arranges the panes and pages, lg-window-sidebar.c keeps
 * the sidebar and its search, lg-window-actions.c the actions and their enabled states,
 * lg-window-exam-room.c exam-room mode and the text size
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-presentation-view.h"
#include "lg-questions-view.h"
#include "lg-compare-view.h"
#include "lg-glossary-view.h"
#include "lg-sidebar-item.h"
#include "lg-summary-view.h"
#include "lg-topic-page.h"
#include "lg-window.h"

G_BEGIN_DECLS

/* Built pages kept for going back to a topic: room for every bundled topic and a clinic's few
 * (the window test checks the bundled ones fit), few enough that a large content pack cannot
 * make the window hold every page. With fewer than the bundled topics, going round the sidebar
 * rebuilt every page (the benchmark's "topic shown before" cost a new page's time). */
#define LG_WINDOW_MAX_PAGES 32

struct _LgWindow
{
  AdwApplicationWindow parent_instance;

  LgSession *session;
  LgSettings *settings;         /* the session's */
  LgContentStore *store;        /* the one the window shows, or NULL when it failed to load */

  /* The sidebar (lg-window-sidebar.c) */
  GListStore *items;            /* of LgSidebarItem: every topic, then the views; bound to
                                 * topic_list, whose filter hides what the search does not show */
  LgSidebarItem *current;       /* the item on screen, or NULL */
  LgSearch *english_search;     /* the English content's index, when the store is in another
                                 * language and a search needed it */
  LgSearchMatch *match;         /* what the search matches in the store, or NULL for no search */
  LgSearchMatch *english_match; /* …and in the English content, or NULL */
  guint snippets_idle;          /* shows what each row matched, see lg-window-search.c */

  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar_pane;
  GtkWidget *content_pane;
  GtkSearchEntry *search_entry;
  GtkListBox *topic_list;
  AdwStatusPage *empty_page;
  AdwWindowTitle *title_widget;
  GtkMenuButton *language_button;
  GtkWidget *back_button;
  GtkWidget *print_button;
  GtkStack *content_stack;
  GtkStack *topic_stack;
  LgTopicPage *topic_page;      /* the one shown, or NULL */
  GQueue pages;                 /* topic_stack's pages, most recently shown first */
  LgQuestionsView *questions_view;
  LgCompareView *compare_view;
  LgGlossaryView *glossary_view;
  LgSummaryView *summary_view;  /* made on first use */
  char *summary_return;         /* what the summary covers: a view's name, or "topic" */
  gboolean laid_out;            /* the first layout is done, so the leaflet knows if it folds */
  AdwStatusPage *error_page;
  GtkWidget *clinic_note;

  /* Text size and exam-room mode (lg-window-exam-room.c) */
  gboolean exam_room;
  gboolean was_fullscreen;      /* the window as it was before exam-room mode */
  gboolean was_maximized;
  gboolean was_on_sidebar;
  GtkApplication *inhibit_app;
  guint inhibit_cookie;
  double scroll_delta;
  GtkEventController *page_keys;
  GtkWidget *text_size_control;
  GtkMenuButton *menu_button;
  GtkWidget *sidebar_separator;
  GtkToggleButton *topics_button;
  GtkWidget *leave_exam_button;
  GtkWidget *exam_bar;
  GtkWidget *previous_button;
  GtkWidget *next_button;
  GtkLabel *previous_title;
  GtkLabel *next_title;
  LgPresentationView *presentation; /* a topic in exam-room mode, one step at a time */
  GtkRevealer *header_revealer; /* the content's header; over the content in exam-room mode */
  GtkOverlay *content_overlay;
  GtkEventController *step_keys; /* the arrow keys and Space, in the presentation */
};

/* lg-window.c */
gboolean       _lg_window_summary_shown       (LgWindow      *self);
void           _lg_window_show_item           (LgWindow      *self,
                                               LgSidebarItem *item);
void           _lg_window_show_summary        (LgWindow      *self);
void           _lg_window_close_summary       (LgWindow      *self);
void           _lg_window_clear_pages         (LgWindow      *self);

/* lg-window-sidebar.c */
void           _lg_window_sidebar_init        (LgWindow      *self);
void           _lg_window_sidebar_fill        (LgWindow      *self);
void           _lg_window_sidebar_clear       (LgWindow      *self);
void           _lg_window_sidebar_select      (LgWindow      *self);
LgSidebarItem *_lg_window_sidebar_find        (LgWindow      *self,
                                               const char    *topic_id,
                                               const char    *view);
LgSidebarItem *_lg_window_sidebar_neighbour   (LgWindow      *self,
                                               int            direction);
void           _lg_window_sidebar_focus_search (LgWindow     *self);
gboolean       _lg_window_sidebar_item_shown  (LgWindow      *self,
                                               LgSidebarItem *item);

/* lg-window-search.c */
void           _lg_window_search_changed      (LgWindow      *self);
void           _lg_window_search_activate     (LgWindow      *self);
void           _lg_window_sidebar_open        (LgWindow      *self,
                                               LgSidebarItem *item);

/* lg-window-actions.c */
void           _lg_window_class_add_actions   (GtkWidgetClass *widget_class);
void           _lg_window_new_patient         (LgWindow      *self);
void           _lg_window_actions_update      (LgWindow      *self);
void           _lg_window_step_topic          (LgWindow      *self,
                                               int            direction);
void           _lg_window_fill_language_menu  (LgWindow      *self);
void           _lg_window_update_language_button (LgWindow   *self);
void           _lg_window_content_language_unavailable (LgWindow   *self,
                                                        const char *requested);

/* lg-window-exam-room.c */
void           _lg_window_exam_room_init      (LgWindow      *self);
void           _lg_window_class_add_exam_room (GtkWidgetClass *widget_class);
void           _lg_window_update_exam_bar     (LgWindow      *self);
void           _lg_window_sync_text_scale     (LgWindow      *self);
void           _lg_window_style_page          (LgWindow      *self,
                                               LgTopicPage   *page);
void           _lg_window_step_text_scale     (LgWindow      *self,
                                               int            direction);
void           _lg_window_end_inhibit         (LgWindow      *self);
gboolean       _lg_window_presenting          (LgWindow      *self);

/* For tests */
const char *lg_window_get_topic_id     (LgWindow       *self);
const char *lg_window_get_view_name    (LgWindow       *self);
gboolean    lg_window_get_exam_room    (LgWindow       *self);

G_END_DECLS
