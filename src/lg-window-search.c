/* lg-window-search.c — the sidebar's search: every keystroke matched once against the store's
 * index (and the English content's, when another language is shown), the rows filtered, the
 * words found shown under each row, and a result opened where it matched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-window-private.h"

#define SNIPPET_CHARS 90

/* Where @item's topic matched (in the content shown, or else in English), or -1. */
static int
topic_passage (LgWindow       *self,
               LgSidebarItem  *item,
               LgSearch      **search)
{
  int passage = -1;

  *search = lg_content_store_get_search (self->store);
  if (self->match != NULL)
    passage = lg_search_match_passage (*search, self->match, lg_sidebar_item_get_document (item, FALSE));
  if (passage < 0 && self->english_match != NULL)
    {
      *search = self->english_search;
      passage = lg_search_match_passage (*search, self->english_match,
                                         lg_sidebar_item_get_document (item, TRUE));
    }
  return passage;
}

/* The words a topic matched in its body, highlighted; NULL when its title matched. */
static char *
topic_snippet (LgWindow      *self,
               LgSidebarItem *item)
{
  LgSearch *search;
  int passage = topic_passage (self, item, &search);

  if (passage < 0 || lg_search_passage_place (search, passage, NULL) == LG_SEARCH_PLACE_TITLE)
    return NULL;
  return lg_search_passage_markup (search, search == self->english_search ? self->english_match : self->match,
                                   passage, SNIPPET_CHARS);
}

/* The Glossary row's: the first terms the search matched, in bold. */
static char *
glossary_snippet (LgWindow *self)
{
  LgSearch *search = lg_content_store_get_search (self->store);
  g_autoptr(GString) out = g_string_new (NULL);
  guint shown = 0;

  for (guint d = 0; d < lg_search_get_n_documents (search); d++)
    {
      LgGlossaryTerm *term;
      gboolean english = FALSE;

      if (!lg_search_is_term (search, d))
        continue;
      if (!lg_search_match_has (self->match, d) && self->english_match != NULL)
        english = lg_search_match_has (self->english_match,
                                       lg_search_find_term (self->english_search, lg_search_get_id (search, d)));
      if (!english && !lg_search_match_has (self->match, d))
        continue;
      if (shown++ == 3)
        {
          g_string_append (out, " …");
          break;
        }
      term = lg_content_store_lookup_term (self->store, lg_search_get_id (search, d));
      {
        g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", lg_glossary_term_get_term (term));
        g_string_append_printf (out, "%s%s", out->len ? " · " : "", name);
      }
    }
  return shown > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* Shows under each row the words its match found, or hides them: in the same frame as the
 * filtering, just before GTK lays the window out (GDK_PRIORITY_REDRAW is G_PRIORITY_HIGH_IDLE
 * + 20), so a burst of keystrokes makes them once. */
static gboolean
update_snippets_cb (gpointer data)
{
  LgWindow *self = data;
  GtkListBoxRow *row;

  self->snippets_idle = 0;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->topic_list, i)) != NULL; i++)
    {
      g_autoptr(LgSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      GtkWidget *snippet = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
      g_autofree char *markup = NULL;

      if (self->match != NULL && lg_sidebar_item_get_topic (item) != NULL &&
          _lg_window_sidebar_item_shown (self, item))
        markup = topic_snippet (self, item);
      else if (self->match != NULL && g_strcmp0 (lg_sidebar_item_get_view (item), "glossary") == 0)
        markup = glossary_snippet (self);

      if (markup != NULL)
        {
          gtk_label_set_markup (GTK_LABEL (snippet), markup);
          gtk_widget_set_visible (snippet, TRUE);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          gtk_label_get_text (GTK_LABEL (snippet)), -1);
        }
      else if (gtk_widget_get_visible (snippet))
        {
          gtk_widget_set_visible (snippet, FALSE);
          gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
    }
  return G_SOURCE_REMOVE;
}

/* Opens @item; while searching, a topic where it matched, the glossary with the same search. */
void
_lg_window_sidebar_open (LgWindow      *self,
                         LgSidebarItem *item)
{
  LgSearch *search;
  int passage, section;

  _lg_window_show_item (self, item);
  if (self->match == NULL)
    return;
  if (lg_sidebar_item_get_topic (item) != NULL && self->topic_page != NULL &&
      (passage = topic_passage (self, item, &search)) >= 0)
    {
      LgSearchPlace place = lg_search_passage_place (search, passage, &section);

      lg_topic_page_reveal (self->topic_page, place, section);
    }
  else if (g_strcmp0 (lg_sidebar_item_get_view (item), "glossary") == 0)
    lg_glossary_view_search (self->glossary_view, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* The English content's index, when the window shows another language (NULL when it shows
 * English or the English content failed). Each row learns its place in both indexes. */
static LgSearch *
ensure_english_search (LgWindow *self)
{
  LgContentStore *english;
  LgSearch *search = lg_content_store_get_search (self->store);
  GListModel *items = G_LIST_MODEL (self->items);

  if (self->english_search != NULL || g_str_equal (lg_content_store_get_language (self->store), "en"))
    return self->english_search;
  if ((english = lg_session_get_store_for (self->session, "en", NULL)) == NULL)
    return NULL;
  self->english_search = g_object_ref (lg_content_store_get_search (english));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LgSidebarItem) item = g_list_model_get_item (items, i);
      LgTopic *topic = lg_sidebar_item_get_topic (item);

      if (topic != NULL)
        lg_sidebar_item_set_documents (item, lg_search_find_topic (search, lg_topic_get_id (topic)),
                                       lg_search_find_topic (self->english_search, lg_topic_get_id (topic)));
    }
  return self->english_search;
}

/* The rows' places in the store's index, on the first search after a fill. */
static LgSearch *
ensure_search (LgWindow *self)
{
  LgSearch *search = lg_content_store_get_search (self->store);
  g_autoptr(LgSidebarItem) first = g_list_model_get_item (G_LIST_MODEL (self->items), 0);
  GListModel *items = G_LIST_MODEL (self->items);

  if (first == NULL || lg_sidebar_item_get_topic (first) == NULL ||
      lg_sidebar_item_get_document (first, FALSE) >= 0)
    return search;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LgSidebarItem) item = g_list_model_get_item (items, i);
      LgTopic *topic = lg_sidebar_item_get_topic (item);

      if (topic != NULL)
        lg_sidebar_item_set_documents (item, lg_search_find_topic (search, lg_topic_get_id (topic)), -1);
    }
  return search;
}

/* The search changed: filter the rows, show what each matched, say when no topic is left. */
void
_lg_window_search_changed (LgWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = lg_search_fold (text, -1);
  gboolean any = FALSE;

  g_clear_pointer (&self->match, lg_search_match_free);
  g_clear_pointer (&self->english_match, lg_search_match_free);
  if (self->store != NULL && *folded != '\0')
    {
      LgSearch *english;

      self->match = lg_search_match (ensure_search (self), text);
      if ((english = ensure_english_search (self)) != NULL)
        self->english_match = lg_search_match (english, text);
    }
  gtk_list_box_invalidate_filter (self->topic_list);
  if (self->snippets_idle == 0)
    self->snippets_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, update_snippets_cb, self, NULL);
  for (guint i = 0; !any && i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr(LgSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      any = lg_sidebar_item_get_topic (item) != NULL && _lg_window_sidebar_item_shown (self, item);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), !any && self->store != NULL);
  _lg_window_sidebar_select (self);
  _lg_window_update_exam_bar (self);
}

/* Enter in the search entry opens the first topic that matches, at the match. */
void
_lg_window_search_activate (LgWindow *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr(LgSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (_lg_window_sidebar_item_shown (self, item) && (self->match == NULL || lg_sidebar_item_get_topic (item) != NULL))
        {
          _lg_window_sidebar_open (self, item);
          return;
        }
    }
}


/* Fills the sidebar's search with @text and shows the topics it finds (GNOME Shell's "search in
 * the app", a link's list of matches). */
void
lg_window_search (LgWindow   *self,
                  const char *text)
{
  g_return_if_fail (LG_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  _lg_window_search_changed (self);
  _lg_window_sidebar_focus_search (self);
}

/* Opens the glossary at the term @id, found by its name; FALSE when the content has no such term. */
gboolean
lg_window_show_term (LgWindow   *self,
                     const char *id)
{
  LgGlossaryTerm *term;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);

  if (self->store == NULL || id == NULL || (term = lg_content_store_lookup_term (self->store, id)) == NULL ||
      !lg_window_show_view (self, "glossary"))
    return FALSE;
  name = lg_content_store_to_plain (self->store, lg_glossary_term_get_term (term));
  lg_glossary_view_search (self->glossary_view, name);
  return TRUE;
}
