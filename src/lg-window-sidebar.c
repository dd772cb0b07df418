/* lg-window-sidebar.c — the window's sidebar: topics under their group headings (a clinic's own
 * under "From your clinic", before "Next steps"), then three rows that open views (Questions to
 * ask, Compare treatments, Glossary) at the end of "Next steps".
 *
 * Every row is an LgSidebarItem in one GListStore, and the list box is bound to it; the list box's
 * filter hides the rows the search (lg-window-search.c) does not show. The item on screen is the window's "current" one, so
 * stepping to the next topic and the exam-room buttons work from the model, not from the rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-compat.h"
#include "lg-window-private.h"

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

static LgSidebarItem *
row_item (LgWindow      *self,
          GtkListBoxRow *row)
{
  g_autoptr(LgSidebarItem) item = NULL;

  if (row == NULL || self->items == NULL)
    return NULL;
  item = g_list_model_get_item (G_LIST_MODEL (self->items), gtk_list_box_row_get_index (row));
  return item;                  /* the store holds it */
}

gboolean
_lg_window_sidebar_item_shown (LgWindow      *self,
                               LgSidebarItem *item)
{
  return lg_sidebar_item_matches (item, self->match, self->english_match);
}

static gboolean
row_shown (GtkListBoxRow *row,
           gpointer       user_data)
{
  LgWindow *self = user_data;
  LgSidebarItem *item = row_item (self, row);

  return item != NULL && _lg_window_sidebar_item_shown (self, item);
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  LgWindow *self = user_data;
  LgSidebarItem *item = row_item (self, row);
  LgSidebarItem *previous = row_item (self, before);
  LgTopicGroup group;
  GtkWidget *header;

  /* No store while the window is being torn down and its rows removed. */
  if (self->store == NULL || item == NULL ||
      (previous != NULL && lg_sidebar_item_get_group (previous) == lg_sidebar_item_get_group (item)))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  /* A search shows and hides rows on every keystroke: keep a heading that is still right. */
  group = lg_sidebar_item_get_group (item);
  header = gtk_list_box_row_get_header (row);
  if (header != NULL &&
      g_str_equal (gtk_label_get_label (GTK_LABEL (header)), lg_content_store_get_group_title (self->store, group)))
    {
      gtk_widget_set_margin_top (header, before ? 18 : 6);
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

/* A row: the title; "From your clinic" under it when a clinic's topic took the place of the
 * guide's (a new one is under that heading already); and the words a search found in the body
 * (hidden until then), always the last. */
static GtkWidget *
create_row (LgWindow      *self,
            LgSidebarItem *item)
{
  const char *title = lg_sidebar_item_get_title (item);
  LgTopic *topic = lg_sidebar_item_get_topic (item);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *snippet = g_object_new (GTK_TYPE_LABEL,
                                     "visible", FALSE, "xalign", 0.0f, "wrap", TRUE,
                                     "wrap-mode", PANGO_WRAP_WORD_CHAR, "width-chars", 8, NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (snippet, "caption");
  gtk_widget_add_css_class (snippet, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), label);
  if (topic != NULL && lg_topic_get_replaces_guide (topic))
    {
      const char *mark = lg_content_store_get_label (self->store, "group-clinic");
      GtkWidget *from_clinic = g_object_new (GTK_TYPE_LABEL, "label", mark, "xalign", 0.0f,
                                             "wrap", TRUE, NULL);

      gtk_widget_add_css_class (from_clinic, "caption");
      gtk_widget_add_css_class (from_clinic, "dim-label");
      gtk_box_append (GTK_BOX (box), from_clinic);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      mark, -1);
    }
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return row;
}

static void
row_activated_cb (LgWindow      *self,
                  GtkListBoxRow *row)
{
  _lg_window_sidebar_open (self, row_item (self, row));
  /* In exam-room mode the topics make way for the page again once one is chosen. */
  if (self->exam_room)
    gtk_toggle_button_set_active (self->topics_button, FALSE);
}

/* Selects the current item's row, if the search shows it. */
void
_lg_window_sidebar_select (LgWindow *self)
{
  guint position;

  if (self->current != NULL && _lg_window_sidebar_item_shown (self, self->current) &&
      g_list_store_find (self->items, self->current, &position))
    gtk_list_box_select_row (self->topic_list, gtk_list_box_get_row_at_index (self->topic_list, position));
  else
    gtk_list_box_unselect_all (self->topic_list);
}

/* The topic row with @topic_id, or the view row @view. */
LgSidebarItem *
_lg_window_sidebar_find (LgWindow   *self,
                         const char *topic_id,
                         const char *view)
{
  GListModel *items = G_LIST_MODEL (self->items);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LgSidebarItem) item = g_list_model_get_item (items, i);
      LgTopic *topic = lg_sidebar_item_get_topic (item);

      if ((topic_id != NULL && topic != NULL && g_str_equal (lg_topic_get_id (topic), topic_id)) ||
          (view != NULL && g_strcmp0 (lg_sidebar_item_get_view (item), view) == 0))
        return item;            /* the store holds it */
    }
  return NULL;
}

/* The topic after (+1) or before (-1) the current item among those the search shows; with no
 * current item, the first topic shown. View rows are passed over. A search limits it only while
 * the sidebar is on screen: in the narrow layout or exam-room mode, with the list out of sight,
 * a filter nobody can see would make the next topic a surprise. */
LgSidebarItem *
_lg_window_sidebar_neighbour (LgWindow *self,
                              int       direction)
{
  GListModel *items = G_LIST_MODEL (self->items);
  guint n = g_list_model_get_n_items (items);
  gboolean filtered = gtk_widget_get_mapped (GTK_WIDGET (self->topic_list));
  guint position = 0;
  int start;

  if (self->current != NULL && g_list_store_find (self->items, self->current, &position))
    start = (int) position + direction;
  else
    start = 0, direction = +1;
  for (int i = start; i >= 0 && i < (int) n; i += direction)
    {
      g_autoptr(LgSidebarItem) item = g_list_model_get_item (items, i);

      if (lg_sidebar_item_get_topic (item) != NULL &&
          (!filtered || _lg_window_sidebar_item_shown (self, item)))
        return item;            /* the store holds it */
    }
  return NULL;
}

/* Fills the sidebar from the window's store. */
void
_lg_window_sidebar_fill (LgWindow *self)
{
  GListModel *topics = lg_content_store_get_topics (self->store);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint views_at = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *title = lg_content_store_to_plain (self->store, lg_topic_get_title (topic));

      g_ptr_array_add (items, lg_sidebar_item_new_topic (topic, title));
      if (lg_topic_get_group (topic) <= LG_TOPIC_GROUP_NEXT_STEPS)
        views_at = i + 1;
    }
  /* The views close the "Next steps" group, before any later group. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      const char *title = lg_content_store_get_label (self->store, views[i].label);

      g_ptr_array_insert (items, views_at + i, lg_sidebar_item_new_view (views[i].name, title));
      /* …and the view's scrolled windows take its title, for screen readers. */
      lg_compat_name_scroller (gtk_stack_get_child_by_name (self->content_stack, views[i].name), title);
    }
  _lg_window_sidebar_clear (self);
  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);
  /* One row per item, made once per content: a keystroke only hides and shows them (a list box
   * bound to a model would ignore its filter). */
  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (self->topic_list, create_row (self, items->pdata[i]));
}

void
_lg_window_sidebar_clear (LgWindow *self)
{
  GtkWidget *child;

  g_clear_object (&self->current);
  g_clear_object (&self->english_search);
  g_clear_pointer (&self->match, lg_search_match_free);
  g_clear_pointer (&self->english_match, lg_search_match_free);
  g_list_store_remove_all (self->items);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list))) != NULL)
    gtk_list_box_remove (self->topic_list, child);
}

static void
stop_search_cb (LgWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

void
_lg_window_sidebar_focus_search (LgWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
_lg_window_sidebar_init (LgWindow *self)
{
  self->items = g_list_store_new (LG_TYPE_SIDEBAR_ITEM);
  gtk_list_box_set_filter_func (self->topic_list, row_shown, self, NULL);
  gtk_list_box_set_header_func (self->topic_list, header_func, self, NULL);
  g_signal_connect_swapped (self->topic_list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (_lg_window_search_changed), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (_lg_window_search_activate), self);
}
