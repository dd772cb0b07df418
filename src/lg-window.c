/* lg-window.c
 *
 * Sidebar of topics under their group headings (filtered live by the search entry) beside the
 * topic page, in an AdwLeaflet that folds to one pane on narrow windows. Under "Next steps",
 * after its topics, three rows open views instead of topics: Questions to ask, Compare
 * treatments and Glossary. Topic rows carry their LgTopic as "lg-topic"; view rows carry the
 * view's name as "lg-view" (and no topic), so topic lookups and Alt+Up/Down skip them.
 * The print summary (made on first use) takes the page's place until Back or Escape. Text size
 * and exam-room mode (full screen, no sidebar, large text and large previous/next buttons) are
 * at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-bench.h"
#include "lg-compare-view.h"
#include "lg-glossary-view.h"
#include "lg-languages.h"
#include "lg-questions-view.h"
#include "lg-summary-view.h"
#include "lg-text-size-control.h"
#include "lg-problem-banner.h"
#include "lg-topic-page.h"
#include "lg-window.h"
#include "lg-question-ticks.h"

struct _LgWindow
{
  AdwApplicationWindow parent_instance;

  LgContentStore *store;
  GSettings *settings;
  GHashTable *ticked;           /* ticked questions, for this window's life only */
  char *folded_query;           /* case-folded search text, or NULL */

  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar_pane;
  GtkWidget *content_pane;
  GtkSearchEntry *search_entry;
  GtkStack *sidebar_stack;
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
  guint views_filled;           /* bit i set: views[i] shows the current store */
  AdwStatusPage *error_page;

  /* Text size and exam-room mode */
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
  LgProblemBanner *problem_banner;
};

/* Built pages kept for going back to a topic; more than the bundled topics, few enough that
 * a large content pack cannot make the window hold every page. */
#define MAX_PAGES 16

G_DEFINE_FINAL_TYPE (LgWindow, lg_window, ADW_TYPE_APPLICATION_WINDOW)

/* The views in the content stack that have a sidebar row, in sidebar order; their titles are
 * content labels, so they follow the content language like the topic titles beside them. */
static const struct {
  const char *name;             /* content stack page, and lg_window_show_view() name */
  const char *label;            /* key of its title in the content store's labels */
} views[] = {
  { "questions", "view-questions" },
  { "compare", "view-compare" },
  { "glossary", "view-glossary" },
};

enum {
  PROP_0,
  PROP_EXAM_ROOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_exam_bar (LgWindow *self);
static void name_scroller   (GtkWidget  *widget,
                             const char *name);
static void name_menu_items (GtkWidget  *widget);
static void style_page      (LgWindow    *self,
                             LgTopicPage *page);

static LgTopic *
row_topic (GtkListBoxRow *row)
{
  return row ? g_object_get_data (G_OBJECT (row), "lg-topic") : NULL;
}

/* The view a row opens, or NULL for a topic row. */
static const char *
row_view (GtkListBoxRow *row)
{
  return row ? g_object_get_data (G_OBJECT (row), "lg-view") : NULL;
}

static LgTopicGroup
row_group (GtkListBoxRow *row)
{
  LgTopic *topic = row_topic (row);

  return topic ? lg_topic_get_group (topic) : LG_TOPIC_GROUP_NEXT_STEPS;
}

static gboolean
row_visible (GtkListBoxRow *row,
             gpointer       user_data)
{
  LgWindow *self = user_data;
  LgTopic *topic = row_topic (row);

  if (topic != NULL)
    return lg_topic_matches (topic, self->folded_query);
  /* A view row matches by its title. */
  return self->folded_query == NULL ||
         strstr (g_object_get_data (G_OBJECT (row), "lg-folded-title"), self->folded_query) != NULL;
}

/* The first row from index @start on, stepping by @direction, that the search shows;
 * with @topics_only, view rows are passed over. */
static GtkListBoxRow *
first_visible_row (LgWindow *self,
                   int       start,
                   int       direction,
                   gboolean  topics_only)
{
  GtkListBoxRow *row;

  for (int i = start; i >= 0 && (row = gtk_list_box_get_row_at_index (self->topic_list, i)); i += direction)
    {
      if (topics_only && row_topic (row) == NULL)
        continue;
      if (row_visible (row, self))
        return row;
    }
  return NULL;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  LgWindow *self = user_data;
  LgTopicGroup group = row_group (row);
  GtkWidget *header;

  /* No store while the window is being torn down and its rows removed. */
  if (self->store == NULL || (before != NULL && row_group (before) == group))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = g_object_new (GTK_TYPE_LABEL,
                         "label", lg_content_store_get_group_title (self->store, group),
                         "xalign", 0.0f,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                         NULL);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, before ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

static GtkWidget *
sidebar_row (const char *title)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return row;
}

static GtkWidget *
topic_row (LgWindow *self,
           LgTopic  *topic)
{
  g_autofree char *title = lg_content_store_to_plain (self->store, lg_topic_get_title (topic));
  GtkWidget *row = sidebar_row (title);

  g_object_set_data_full (G_OBJECT (row), "lg-topic", g_object_ref (topic), g_object_unref);
  return row;
}

static GtkWidget *
view_row (LgWindow *self,
          guint     i)
{
  const char *title = lg_content_store_get_label (self->store, views[i].label);
  GtkWidget *row = sidebar_row (title);

  g_object_set_data (G_OBJECT (row), "lg-view", (gpointer) views[i].name);
  g_object_set_data_full (G_OBJECT (row), "lg-folded-title", g_utf8_casefold (title, -1), g_free);
  /* …and the view's scrolled windows take its title, for screen readers. */
  name_scroller (gtk_stack_get_child_by_name (self->content_stack, views[i].name), title);
  return row;
}

static void
fill_sidebar (LgWindow *self)
{
  GListModel *topics = lg_content_store_get_topics (self->store);
  int views_at = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      gtk_list_box_append (self->topic_list, topic_row (self, topic));
      if (lg_topic_get_group (topic) <= LG_TOPIC_GROUP_NEXT_STEPS)
        views_at = i + 1;
    }
  /* The views close the "Next steps" group, before any later group. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_list_box_insert (self->topic_list, view_row (self, i), views_at + i);
}

static GtkListBoxRow *
find_row (LgWindow   *self,
          const char *id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->topic_list, i)) != NULL; i++)
    {
      if (row_topic (row) != NULL && g_str_equal (lg_topic_get_id (row_topic (row)), id))
        return row;
    }
  return NULL;
}

static GtkListBoxRow *
find_view_row (LgWindow   *self,
               const char *name)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->topic_list, i)) != NULL; i++)
    {
      if (g_strcmp0 (row_view (row), name) == 0)
        return row;
    }
  return NULL;
}

static gboolean
summary_shown (LgWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "summary") == 0;
}

/* In the summary, Back returns to the page it covers; otherwise it shows the sidebar of a
 * folded window. */
static void
update_header (LgWindow *self)
{
  gboolean summary = summary_shown (self);

  gtk_widget_set_visible (self->back_button, summary || adw_leaflet_get_folded (self->leaflet));
  gtk_widget_set_tooltip_text (self->back_button, summary ? _("Back") : _("Back to Topics"));
  /* Folded, the header has no room for it: the main menu and Ctrl+P still print. It waits for
   * the first layout, so a window opened narrow is not made wider by it. */
  gtk_widget_set_visible (self->print_button, self->laid_out && !summary &&
                                              !adw_leaflet_get_folded (self->leaflet));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-summary", summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-summary", !summary && self->store != NULL);
  if (!summary && *adw_window_title_get_subtitle (self->title_widget) != '\0')
    adw_window_title_set_subtitle (self->title_widget, NULL);
}

/* "3 pages" under "Print Summary". */
static void
summary_pages_cb (LgWindow *self)
{
  int n = lg_summary_view_get_n_pages (self->summary_view);
  g_autofree char *pages = n > 0 ? g_strdup_printf (ngettext ("%d page", "%d pages", n), n) : NULL;

  if (summary_shown (self))
    adw_window_title_set_subtitle (self->title_widget, pages);
}

/* Fills views[@i] from the store the first time it is shown, not with the window: building all
 * three took longer than the first topic page, for views many people never open. */
static void
fill_view (LgWindow *self,
           guint     i)
{
  if (self->views_filled & (1u << i))
    return;
  self->views_filled |= 1u << i;
  if (g_str_equal (views[i].name, "questions"))
    lg_questions_view_set_content (self->questions_view, self->store, self->ticked);
  else if (g_str_equal (views[i].name, "compare"))
    lg_compare_view_set_store (self->compare_view, self->store);
  else
    lg_glossary_view_set_store (self->glossary_view, self->store);
}

static void
show_view_row (LgWindow      *self,
               GtkListBoxRow *row)
{
  const char *name = row_view (row);

  gtk_list_box_select_row (self->topic_list, row);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      if (g_str_equal (views[i].name, name))
        {
          fill_view (self, i);
          adw_window_title_set_title (self->title_widget,
                                      lg_content_store_get_label (self->store, views[i].label));
        }
    }
  gtk_stack_set_visible_child_name (self->content_stack, name);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  update_header (self);
  update_exam_bar (self);
}

/* Shows @topic's page, building it only on the first visit: a built page keeps its widgets and
 * their measured sizes, so going back to a topic costs neither a rebuild nor a new layout. */
static void
show_topic_page (LgWindow *self,
                 LgTopic  *topic)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->topic_stack, lg_topic_get_id (topic));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_page = self->topic_page != NULL && focus != NULL &&
                     gtk_widget_is_ancestor (focus, GTK_WIDGET (self->topic_page));
  gboolean built = FALSE;

  if (page != NULL && lg_topic_page_get_topic (LG_TOPIC_PAGE (page)) != topic)
    {
      /* Built from another store, in another content language */
      g_queue_remove (&self->pages, page);
      gtk_stack_remove (self->topic_stack, page);
      page = NULL;
    }
  if (page == NULL)
    {
      page = g_object_new (LG_TYPE_TOPIC_PAGE, NULL);
      lg_topic_page_set_topic (LG_TOPIC_PAGE (page), self->store, topic, self->ticked);
      style_page (self, LG_TOPIC_PAGE (page));
      gtk_stack_add_named (self->topic_stack, page, lg_topic_get_id (topic));
      built = TRUE;
    }
  else
    g_queue_remove (&self->pages, page);
  g_queue_push_head (&self->pages, page);
  gtk_stack_set_visible_child (self->topic_stack, page);
  self->topic_page = LG_TOPIC_PAGE (page);
  /* The keyboard stays in the page, at its top (GtkStack would put it back where it was). */
  if (in_page)
    lg_topic_page_focus_top (self->topic_page);
  if (!built)
    lg_topic_page_reset (self->topic_page);

  while (self->pages.length > MAX_PAGES)
    gtk_stack_remove (self->topic_stack, g_queue_pop_tail (&self->pages));
}

/* Drops every built page, e.g. when the content changes language. */
static void
clear_pages (LgWindow *self)
{
  GtkWidget *page;

  while ((page = g_queue_pop_head (&self->pages)) != NULL)
    gtk_stack_remove (self->topic_stack, page);
  self->topic_page = NULL;
}

static void
show_row (LgWindow      *self,
          GtkListBoxRow *row)
{
  LgTopic *topic = row_topic (row);
  g_autofree char *title = NULL;

  if (topic == NULL)
    {
      show_view_row (self, row);
      return;
    }

  title = lg_content_store_to_plain (self->store, lg_topic_get_title (topic));
  gtk_list_box_select_row (self->topic_list, row);
  if (self->topic_page == NULL || lg_topic_page_get_topic (self->topic_page) != topic)
    show_topic_page (self, topic);
  adw_window_title_set_title (self->title_widget, title);
  gtk_stack_set_visible_child_name (self->content_stack, "topic");
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  g_settings_set_string (self->settings, "last-topic", lg_topic_get_id (topic));
  update_header (self);
  update_exam_bar (self);
}

gboolean
lg_window_show_topic (LgWindow   *self,
                      const char *id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);

  if (id == NULL || (row = find_row (self, id)) == NULL)
    return FALSE;
  show_row (self, row);
  return TRUE;
}

/* Opens the view @name ("questions", "compare" or "glossary"); FALSE for any other name. */
gboolean
lg_window_show_view (LgWindow   *self,
                     const char *name)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);

  if (name == NULL || (row = find_view_row (self, name)) == NULL)
    return FALSE;
  show_view_row (self, row);
  return TRUE;
}

/* The view on screen, or NULL when it is a topic (or the error page). */
const char *
lg_window_get_view_name (LgWindow *self)
{
  const char *visible;

  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  visible = gtk_stack_get_visible_child_name (self->content_stack);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      if (g_strcmp0 (views[i].name, visible) == 0)
        return views[i].name;
    }
  return NULL;
}

const char *
lg_window_get_topic_id (LgWindow *self)
{
  LgTopic *topic;

  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  if (self->topic_page == NULL)
    return NULL;
  topic = lg_topic_page_get_topic (self->topic_page);
  return topic ? lg_topic_get_id (topic) : NULL;
}

static void
row_activated_cb (LgWindow      *self,
                  GtkListBoxRow *row)
{
  show_row (self, row);
  /* In exam-room mode the topics make way for the page again once one is chosen. */
  if (self->exam_room)
    gtk_toggle_button_set_active (self->topics_button, FALSE);
}

static void
back_clicked_cb (LgWindow *self)
{
  if (summary_shown (self))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.close-summary", NULL);
      return;
    }
  if (self->exam_room)
    {
      gtk_toggle_button_set_active (self->topics_button, TRUE);
      return;
    }
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
}

/* -------------------------------------------------------------------------------------------- */
/* Search                                                                                       */

static void
search_changed_cb (LgWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean any = FALSE;

  g_clear_pointer (&self->folded_query, g_free);
  if (*stripped != '\0')
    self->folded_query = g_utf8_casefold (stripped, -1);

  gtk_list_box_invalidate_filter (self->topic_list);
  any = first_visible_row (self, 0, +1, FALSE) != NULL;

  gtk_stack_set_visible_child_name (self->sidebar_stack, any ? "list" : "empty");
  update_exam_bar (self);
}

static void
stop_search_cb (LgWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter in the search entry opens the first topic that matches. */
static void
search_activate_cb (LgWindow *self)
{
  GtkListBoxRow *row = first_visible_row (self, 0, +1, FALSE);

  if (row != NULL)
    show_row (self, row);
}

/* -------------------------------------------------------------------------------------------- */
/* Actions                                                                                      */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Moves to the next (+1) or previous (-1) topic among those the search shows; from a view, to
 * the topic next to its row. */
static void
step_topic (LgWindow *self,
            int       direction)
{
  GtkListBoxRow *current = gtk_list_box_get_selected_row (self->topic_list);
  GtkListBoxRow *row;

  if (current == NULL)
    row = first_visible_row (self, 0, +1, TRUE);
  else
    row = first_visible_row (self, gtk_list_box_row_get_index (current) + direction, direction, TRUE);

  if (row != NULL)
    show_row (self, row);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
next_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  step_topic (LG_WINDOW (widget), +1);
}

static void
previous_topic_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  step_topic (LG_WINDOW (widget), -1);
}

static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  lg_window_show_topic (LG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  lg_window_show_view (LG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static LgSummaryView *
ensure_summary_view (LgWindow *self)
{
  if (self->summary_view == NULL)
    {
      self->summary_view = g_object_new (LG_TYPE_SUMMARY_VIEW, NULL);
      lg_summary_view_set_content (self->summary_view, self->store, self->ticked, self->settings);
      g_signal_connect_swapped (self->summary_view, "notify::n-pages",
                                G_CALLBACK (summary_pages_cb), self);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->summary_view), "summary");
    }
  return self->summary_view;
}

static void
show_summary_page (LgWindow *self)
{
  gtk_stack_set_visible_child_name (self->content_stack, "summary");
  adw_window_title_set_title (self->title_widget, _("Print Summary"));
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  update_header (self);
  summary_pages_cb (self);
}

/* The topics with a ticked question, for a summary opened from the Questions view. */
static GStrv
ticked_topic_ids (LgWindow *self)
{
  return lg_question_ticks_dup_topic_ids (self->ticked);
}

/* Opens the print summary of the topic on the page; from the Questions view, of every topic
 * with a ticked question. */
static void
print_summary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);
  LgTopic *topic = self->topic_page ? lg_topic_page_get_topic (self->topic_page) : NULL;
  const char *visible = gtk_stack_get_visible_child_name (self->content_stack);
  g_auto(GStrv) ids = NULL;

  if (self->store == NULL || topic == NULL || summary_shown (self))
    return;

  if (g_strcmp0 (visible, "questions") == 0)
    ids = ticked_topic_ids (self);
  if (ids == NULL || ids[0] == NULL)
    {
      g_clear_pointer (&ids, g_strfreev);
      ids = g_strdupv ((char *[]) { (char *) lg_topic_get_id (topic), NULL });
    }
  g_free (self->summary_return);
  self->summary_return = g_strdup (lg_window_get_view_name (self) ? visible : "topic");

  lg_summary_view_show_topics (ensure_summary_view (self), (const char * const *) ids);
  show_summary_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_view));
}

/* Back to the topic or view the summary was opened from. */
static void
close_summary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  if (!summary_shown (self))
    return;
  if (!lg_window_show_view (self, self->summary_return))
    lg_window_show_topic (self, lg_window_get_topic_id (self));
  update_header (self);
  gtk_widget_grab_focus (gtk_stack_get_visible_child (self->content_stack));
}

/* -------------------------------------------------------------------------------------------- */
/* Content language                                                                             */

/* The header bar's language menu: every language this build carries, by its own name, and
 * following the system. */
static void
fill_language_menu (LgWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) languages = g_menu_new ();
  g_autoptr(GMenu) system = g_menu_new ();
  g_autoptr(GMenuItem) follow = NULL;
  g_auto(GStrv) codes = lg_languages_get_available ();
  GtkWidget *popover;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (lg_languages_get_name (codes[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "app.content-language",
                                               g_variant_new_string (codes[i]));
      g_menu_item_set_attribute (item, "lang", "s", codes[i]);
      g_menu_append_item (languages, item);
    }
  follow = g_menu_item_new (_("Follow System Language"), NULL);
  g_menu_item_set_action_and_target_value (follow, "app.content-language",
                                           g_variant_new_string (""));
  g_menu_append_item (system, follow);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (languages));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (system));
  gtk_menu_button_set_menu_model (self->language_button, G_MENU_MODEL (menu));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (self->language_button));
  g_signal_handlers_disconnect_by_func (popover, name_menu_items, NULL);
  g_signal_connect (popover, "show", G_CALLBACK (name_menu_items), NULL);
}

static void
update_language_button (LgWindow *self)
{
  LgApplication *app = LG_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  const char *code = lg_application_get_content_language (app);
  g_autofree char *tooltip = g_strdup_printf (_("Content Language: %s"),
                                              lg_languages_get_name (code));
  g_autofree char *short_code = g_ascii_strup (code, -1);

  /* The language's own name; its code when the window is folded and the header bar is short. */
  gtk_menu_button_set_label (self->language_button,
                             adw_leaflet_get_folded (self->leaflet) ? short_code
                                                                    : lg_languages_get_name (code));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->language_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->language_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

static void
clear_sidebar (LgWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list))) != NULL)
    gtk_list_box_remove (self->topic_list, child);
}

/* The app shows another content language: rebuild the sidebar, the page and the views from its
 * store, on the same topic or view. Ticked questions are kept: they are keyed by topic id and
 * position, which every language shares. */
static void
content_language_changed_cb (LgWindow      *self,
                             GParamSpec    *pspec,
                             LgApplication *app)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *topic_id = g_strdup (lg_window_get_topic_id (self));
  g_autofree char *view = g_strdup (lg_window_get_view_name (self));
  gboolean summary = summary_shown (self);
  LgContentStore *store = lg_application_get_store (app, &error);

  update_language_button (self);
  if (store == self->store)
    return;
  clear_sidebar (self);
  clear_pages (self);
  g_clear_object (&self->store);
  if (store == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      return;
    }
  self->store = g_object_ref (store);
  fill_sidebar (self);
  self->views_filled = 0;
  search_changed_cb (self);
  if (!lg_window_show_topic (self, topic_id))
    step_topic (self, +1);
  if (view != NULL)
    lg_window_show_view (self, view);
  /* The summary stays, its pages now in the new language. */
  if (self->summary_view != NULL)
    lg_summary_view_set_content (self->summary_view, self->store, self->ticked, self->settings);
  if (summary)
    show_summary_page (self);
}

static void
content_language_unavailable_cb (LgWindow      *self,
                                 const char    *requested,
                                 LgApplication *app)
{
  g_autofree char *title = g_strdup_printf (_("No content in “%s”; showing English"), requested);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* -------------------------------------------------------------------------------------------- */
/* Text size and exam-room mode                                                                 */

/* Exam-room mode has a text size of its own (1.5× to start with), so leaving it restores the
 * reader's size untouched. LgTextScale turns both settings into CSS; here the window keeps its
 * controls in step and sizes the reading column. */
static const char *
scale_key (LgWindow *self)
{
  return self->exam_room ? "exam-room-text-scale" : "text-scale";
}

static void
sync_text_scale (LgWindow *self)
{
  double scale = lg_text_scale_step (g_settings_get_double (self->settings, scale_key (self)), 0);

  lg_text_size_control_set_scale (LG_TEXT_SIZE_CONTROL (self->text_size_control), scale);
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    lg_topic_page_set_text_scale (l->data, scale);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.text-smaller", lg_text_scale_step (scale, -1) < scale);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.text-larger", lg_text_scale_step (scale, +1) > scale);
}

/* A topic page built now gets the text size and mode the others have. */
static void
style_page (LgWindow    *self,
            LgTopicPage *page)
{
  lg_topic_page_set_text_scale (page, lg_text_scale_step (g_settings_get_double (self->settings,
                                                                                 scale_key (self)), 0));
  lg_topic_page_set_exam_room (page, self->exam_room);
}

static void
settings_changed_cb (LgWindow   *self,
                     const char *key)
{
  if (g_str_equal (key, "text-scale") || g_str_equal (key, "exam-room-text-scale"))
    sync_text_scale (self);
}

/* One step larger (+1) or smaller (-1), or back to the default (0). */
static void
change_text_scale (LgWindow *self,
                   int       direction)
{
  const char *key = scale_key (self);

  if (direction == 0)
    g_settings_reset (self->settings, key);
  else
    g_settings_set_double (self->settings, key,
                           lg_text_scale_step (g_settings_get_double (self->settings, key), direction));
}

static void
text_size_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  if (g_str_equal (action_name, "win.text-larger"))
    change_text_scale (self, +1);
  else if (g_str_equal (action_name, "win.text-smaller"))
    change_text_scale (self, -1);
  else
    change_text_scale (self, 0);
}

/* Ctrl+scroll over the page: up for larger text, down for smaller. Plain scrolling goes on to
 * the page. */
static gboolean
content_scroll_cb (LgWindow                 *self,
                   double                    dx,
                   double                    dy,
                   GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0)
    return FALSE;

  self->scroll_delta += dy;
  if (self->scroll_delta <= -1 || self->scroll_delta >= 1)
    {
      change_text_scale (self, self->scroll_delta < 0 ? +1 : -1);
      self->scroll_delta = 0;
    }
  return TRUE;
}

/* Sees Ctrl+scroll before the page's scrolled window does. */
static GtkEventController *
text_scroll_new (LgWindow *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (content_scroll_cb), self);
  return scroll;
}

static void
set_neighbour (LgWindow      *self,
               GtkWidget     *button,
               GtkLabel      *label,
               GtkListBoxRow *row,
               const char    *format)
{
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  gtk_widget_set_visible (button, row != NULL);
  if (row == NULL)
    return;
  title = lg_content_store_to_plain (self->store, lg_topic_get_title (row_topic (row)));
  name = g_strdup_printf (format, title);
  gtk_label_set_text (label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The large buttons name the topics before and after this one (among those the search shows). */
static void
update_exam_bar (LgWindow *self)
{
  GtkListBoxRow *current = gtk_list_box_get_selected_row (self->topic_list);
  int index;

  if (!self->exam_room || current == NULL)
    return;
  index = gtk_list_box_row_get_index (current);
  set_neighbour (self, self->previous_button, self->previous_title,
                 first_visible_row (self, index - 1, -1, TRUE), _("Previous Topic: %s"));
  set_neighbour (self, self->next_button, self->next_title,
                 first_visible_row (self, index + 1, +1, TRUE), _("Next Topic: %s"));
}

static void
set_topics_shown (LgWindow *self,
                  gboolean  shown)
{
  gtk_widget_set_visible (self->sidebar_pane, shown);
  gtk_widget_set_visible (self->sidebar_separator, shown);
}

/* The "Show Topics" button and F9 bring the sidebar back in exam-room mode, and take it away. */
static void
topics_toggled_cb (LgWindow *self)
{
  gboolean shown = gtk_toggle_button_get_active (self->topics_button);

  if (!self->exam_room)
    return;
  set_topics_shown (self, shown);
  if (shown)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
      gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
    }
  else
    {
      adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
    }
}

static void
toggle_topics_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  gtk_toggle_button_set_active (self->topics_button, !gtk_toggle_button_get_active (self->topics_button));
}

static void
leave_exam_room_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  lg_window_set_exam_room (LG_WINDOW (widget), FALSE);
}

static void
end_inhibit (LgWindow *self)
{
  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  g_clear_object (&self->inhibit_app);
}

gboolean
lg_window_get_exam_room (LgWindow *self)
{
  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);
  return self->exam_room;
}

/* Exam-room mode: full screen, the sidebar hidden (F9 or the "Show Topics" button bring it
 * back), the exam-room text size, large previous and next buttons, Page Up and Page Down to change
 * topic, no teach-back prompts, and the screen kept awake. Leaving puts the window back as it was. */
void
lg_window_set_exam_room (LgWindow *self,
                         gboolean  exam_room)
{
  GtkWindow *window = GTK_WINDOW (self);

  g_return_if_fail (LG_IS_WINDOW (self));

  exam_room = !!exam_room;
  if (self->exam_room == exam_room)
    return;
  self->exam_room = exam_room;

  if (exam_room)
    {
      self->was_fullscreen = gtk_window_is_fullscreen (window);
      self->was_maximized = gtk_window_is_maximized (window);
      self->was_on_sidebar = adw_leaflet_get_folded (self->leaflet) &&
                             adw_leaflet_get_visible_child (self->leaflet) == self->sidebar_pane;
      gtk_widget_add_css_class (GTK_WIDGET (self), LG_EXAM_ROOM_CLASS);
      gtk_toggle_button_set_active (self->topics_button, FALSE);
      set_topics_shown (self, FALSE);
      adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
      gtk_window_fullscreen (window);
      if (gtk_window_get_application (window) != NULL)
        {
          self->inhibit_app = g_object_ref (gtk_window_get_application (window));
          self->inhibit_cookie = gtk_application_inhibit (self->inhibit_app, window,
                                                          GTK_APPLICATION_INHIBIT_IDLE,
                                                          _("Exam-room mode"));
        }
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), LG_EXAM_ROOM_CLASS);
      set_topics_shown (self, TRUE);
      if (self->was_on_sidebar)
        adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
      if (!self->was_fullscreen)
        gtk_window_unfullscreen (window);
      if (self->was_maximized)
        gtk_window_maximize (window);
      end_inhibit (self);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->topics_button), exam_room);
  gtk_widget_set_visible (self->leave_exam_button, exam_room);
  gtk_widget_set_visible (self->exam_bar, exam_room);
  gtk_event_controller_set_propagation_phase (self->page_keys, exam_room ? GTK_PHASE_CAPTURE : GTK_PHASE_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-exam-room", exam_room);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-topics", exam_room);
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    lg_topic_page_set_exam_room (l->data, exam_room);
  lg_problem_banner_set_suppressed (self->problem_banner, exam_room);
  update_exam_bar (self);
  sync_text_scale (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXAM_ROOM]);
}

/* Page Up and Page Down change topic in exam-room mode, wherever the focus is (a presenter's
 * remote sends them); otherwise they scroll the page as usual. */
static GtkEventController *
page_keys_new (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, 0),
                                                          gtk_named_action_new ("win.next-topic")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, 0),
                                                          gtk_named_action_new ("win.previous-topic")));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
  return controller;
}

static void
lg_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_EXAM_ROOM:
      g_value_set_boolean (value, LG_WINDOW (object)->exam_room);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_EXAM_ROOM:
      lg_window_set_exam_room (LG_WINDOW (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* -------------------------------------------------------------------------------------------- */

/* AdwStatusPage and GTK's menu popover scroll their content in a focusable scrolled window with
 * no name of its own: give it one, for screen readers. */
static void
name_scroller (GtkWidget  *widget,
               const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      name_scroller (child, name);
    }
}

/* A menu popover's items are named by their label (a "labelled-by" relation). GTK 4.18 does not
 * pass that name on to screen readers (AT-SPI shows the items nameless, the label "invalid"): name
 * each item with its text directly, which every GTK reads the same way. */
static void
name_menu_items (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      /* GTK's menu items (GtkModelButton, a private type) are actionable and have a "text". */
      if (GTK_IS_ACTIONABLE (child) && g_object_class_find_property (G_OBJECT_GET_CLASS (child), "text") != NULL)
        {
          g_autofree char *text = NULL;

          /* The label's text as shown, without the mnemonic's underline. */
          g_object_get (child, "text", &text, NULL);
          if (text != NULL && *text != '\0')
            {
              gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
              gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
            }
        }
      name_menu_items (child);
    }
}

static gboolean
lg_window_close_request (GtkWindow *window)
{
  LgWindow *self = LG_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          self->exam_room ? self->was_maximized : gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (lg_window_parent_class)->close_request (window);
}

/* Restores the size and topic from last time and fills the sidebar from the content. */
static void
load (LgWindow      *self,
      LgApplication *app)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  int width, height;

  self->settings = g_object_ref (lg_application_get_settings (app));
  fill_language_menu (self);
  update_language_button (self);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (update_language_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "notify::content-language",
                           G_CALLBACK (content_language_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "content-language-unavailable",
                           G_CALLBACK (content_language_unavailable_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  sync_text_scale (self);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->store = lg_application_get_store (app, &error);
  if (self->store == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-summary", FALSE);
      return;
    }
  g_object_ref (self->store);
  fill_sidebar (self);
  lg_problem_banner_set_problems (self->problem_banner, lg_application_get_content_problems (app));

  last = g_settings_get_string (self->settings, "last-topic");
  if (!lg_window_show_topic (self, last))
    step_topic (self, +1);
  /* Start on the topic page even when the leaflet is folded. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  if (self->topic_page != NULL)
    lg_bench_watch_first_frame (GTK_WIDGET (self->topic_page));
}

static void
lg_window_dispose (GObject *object)
{
  LgWindow *self = LG_WINDOW (object);

  end_inhibit (self);
  g_queue_clear (&self->pages);
  self->topic_page = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), LG_TYPE_WINDOW);
  self->summary_view = NULL;    /* the content stack had it */
  g_clear_pointer (&self->summary_return, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->ticked, g_hash_table_unref);
  g_clear_pointer (&self->folded_query, g_free);
  G_OBJECT_CLASS (lg_window_parent_class)->dispose (object);
}

static void
lg_window_class_init (LgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lg_window_dispose;
  object_class->get_property = lg_window_get_property;
  object_class->set_property = lg_window_set_property;
  window_class->close_request = lg_window_close_request;

  properties[PROP_EXAM_ROOM] =
    g_param_spec_boolean ("exam-room", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LG_TYPE_TOPIC_PAGE);
  g_type_ensure (LG_TYPE_QUESTIONS_VIEW);
  g_type_ensure (LG_TYPE_COMPARE_VIEW);
  g_type_ensure (LG_TYPE_GLOSSARY_VIEW);
  g_type_ensure (LG_TYPE_PROBLEM_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, topic_list);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, title_widget);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, language_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, print_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, topic_stack);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, questions_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, glossary_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, topics_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, leave_exam_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, exam_bar);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, previous_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, previous_title);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, next_title);
  gtk_widget_class_bind_template_callback (widget_class, topics_toggled_cb);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, problem_banner);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.next-topic", NULL, next_topic_action);
  gtk_widget_class_install_action (widget_class, "win.previous-topic", NULL, previous_topic_action);
  gtk_widget_class_install_action (widget_class, "win.show-topic", "s", show_topic_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.print-summary", NULL, print_summary_action);
  gtk_widget_class_install_action (widget_class, "win.close-summary", NULL, close_summary_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.next-topic", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.previous-topic", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-summary", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.close-summary", NULL);

  gtk_widget_class_install_property_action (widget_class, "win.exam-room", "exam-room");
  gtk_widget_class_install_action (widget_class, "win.leave-exam-room", NULL, leave_exam_room_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-topics", NULL, toggle_topics_action);
  gtk_widget_class_install_action (widget_class, "win.text-larger", NULL, text_size_action);
  gtk_widget_class_install_action (widget_class, "win.text-smaller", NULL, text_size_action);
  gtk_widget_class_install_action (widget_class, "win.text-reset", NULL, text_size_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-topics", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.text-smaller", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.text-smaller", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.text-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.text-reset", NULL);
}

/* The keyboard shortcuts window, built on first use: GTK would build it with every window (from
 * gtk/help-overlay.ui), before the first frame, for a window most people never open. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/help-overlay.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

static gboolean
first_layout_cb (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  LgWindow *self = LG_WINDOW (widget);

  if (gtk_widget_get_width (GTK_WIDGET (self->leaflet)) == 0)
    return G_SOURCE_CONTINUE;
  self->laid_out = TRUE;
  update_header (self);
  return G_SOURCE_REMOVE;
}

static void
lg_window_init (LgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ticked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_list_box_set_filter_func (self->topic_list, row_visible, self, NULL);
  gtk_list_box_set_header_func (self->topic_list, header_func, self, NULL);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (update_header), self);
  update_header (self);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), first_layout_cb, NULL, NULL);
  name_scroller (GTK_WIDGET (self->empty_page), adw_status_page_get_title (self->empty_page));
  name_scroller (GTK_WIDGET (self->error_page), adw_status_page_get_title (self->error_page));

  self->text_size_control = lg_text_size_control_new ();
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (self->menu_button)),
                              self->text_size_control, "text-size");
  name_scroller (GTK_WIDGET (gtk_menu_button_get_popover (self->menu_button)), _("Main Menu"));
  /* The items are made when the popover is first shown. */
  g_signal_connect (gtk_menu_button_get_popover (self->menu_button), "show", G_CALLBACK (name_menu_items), NULL);
  self->page_keys = page_keys_new ();
  gtk_widget_add_controller (GTK_WIDGET (self), self->page_keys);
  gtk_widget_add_controller (GTK_WIDGET (self->content_stack), text_scroll_new (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-exam-room", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-topics", FALSE);
  {
    /* In the window's own action map, where gtk_application_window_set_help_overlay() finds it
     * and adds no second one. */
    g_autoptr(GSimpleAction) help = g_simple_action_new ("show-help-overlay", NULL);

    g_signal_connect_object (help, "activate", G_CALLBACK (show_help_overlay_cb), self, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (help));
  }
  if (g_str_has_suffix (APPLICATION_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

LgWindow *
lg_window_new (LgApplication *application)
{
  LgWindow *self = g_object_new (LG_TYPE_WINDOW, "application", application, NULL);

  load (self, application);
  return self;
}
