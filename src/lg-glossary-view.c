/* lg-glossary-view.c
 *
 * The Glossary view: every term of the guide and its definition in a boxed list, in the store's
 * order (alphabetical by term). The search entry filters the list live with the store's search
 * (lg-search.c: by the term's name, other names or definition, in the content's language or in
 * English), the words found in bold; when nothing matches, a status page says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-glossary-view.h"
#include "lg-source.h"

struct _LgGlossaryView
{
  LgSessionView parent_instance;

  LgContentStore *store;        /* the one shown */
  GArray *documents;            /* of int: each row's term in the store's search index */
  GArray *english_documents;    /* …and in the English content's, when another language is shown */
  LgSearch *english_search;
  LgSearchMatch *match;         /* NULL when not searching */
  LgSearchMatch *english_match;

  GtkLabel *title_label;
  GtkLabel *intro_label;
  GtkSearchEntry *search_entry;
  GtkStack *results_stack;
  GtkListBox *term_list;
};

G_DEFINE_FINAL_TYPE (LgGlossaryView, lg_glossary_view, LG_TYPE_SESSION_VIEW)

static void search_changed_cb (LgGlossaryView *self);

static int
row_document (GArray        *documents,
              GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  return documents != NULL && index >= 0 && (guint) index < documents->len
         ? g_array_index (documents, int, index) : -1;
}

static gboolean
row_visible (GtkListBoxRow *row,
             gpointer       user_data)
{
  LgGlossaryView *self = user_data;

  return self->match == NULL || lg_search_match_has (self->match, row_document (self->documents, row)) ||
         (self->english_match != NULL &&
          lg_search_match_has (self->english_match, row_document (self->english_documents, row)));
}

/* "Sources: Publisher, Title; Publisher, Title", each title a link: the pages the definition was
 * checked against that are listed for @language. NULL when there are none. */
static GtkWidget *
sources_label (LgContentStore *store,
               LgGlossaryTerm *term)
{
  GListModel *sources = lg_glossary_term_get_sources (term);
  const char *language = lg_content_store_get_language (store);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *label;

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LgSource) source = g_list_model_get_item (sources, i);
      g_autofree char *item = NULL;

      if (!lg_source_shown_in (source, language))
        continue;
      item = g_markup_printf_escaped ("%s%s, <a href=\"%s\">%s</a>",
                                      markup->len > 0 ? "; " : "",
                                      lg_source_get_publisher (source),
                                      lg_source_get_url (source),
                                      lg_source_get_title (source));
      g_string_append (markup, item);
    }
  if (markup->len == 0)
    return NULL;
  heading = g_markup_escape_text (lg_content_store_get_label (store, "sources"), -1);
  g_string_prepend (markup, ": ");
  g_string_prepend (markup, heading);
  label = g_object_new (GTK_TYPE_LABEL,
                        "use-markup", TRUE,
                        "label", markup->str,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        NULL);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "lg-term-sources");
  return label;
}

static GtkWidget *
term_row (LgContentStore *store,
          LgGlossaryTerm *term)
{
  const char *name = lg_glossary_term_get_term (term);
  const char *definition = lg_glossary_term_get_definition (term);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *sources;
  GtkWidget *title = g_object_new (GTK_TYPE_LABEL,
                                   "label", name,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "selectable", TRUE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);
  GtkWidget *body = g_object_new (GTK_TYPE_LABEL,
                                  "label", definition,
                                  "xalign", 0.0f,
                                  "wrap", TRUE,
                                  "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                  "selectable", TRUE,
                                  NULL);

  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (body, "lg-body");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
  if ((sources = sources_label (store, term)) != NULL)
    gtk_box_append (GTK_BOX (box), sources);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, definition,
                                  -1);
  return row;
}

static void
lg_glossary_view_fill (LgSessionView   *view,
                       LgContentStore  *store,
                       LgQuestionTicks *ticks)
{
  LgGlossaryView *self = LG_GLOSSARY_VIEW (view);
  LgSearch *search = lg_content_store_get_search (store);
  GListModel *glossary;
  GtkWidget *child;

  gtk_label_set_text (self->title_label, lg_content_store_get_label (store, "view-glossary"));
  gtk_label_set_text (self->intro_label, lg_content_store_get_label (store, "glossary-intro"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->term_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  lg_content_store_get_label (store, "glossary-list"), -1);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->term_list))) != NULL)
    gtk_list_box_remove (self->term_list, child);
  g_set_object (&self->store, store);
  g_clear_object (&self->english_search);
  g_clear_pointer (&self->english_documents, g_array_unref);
  g_array_set_size (self->documents, 0);

  glossary = lg_content_store_get_glossary (store);
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(LgGlossaryTerm) term = g_list_model_get_item (glossary, i);
      int document = lg_search_find_term (search, lg_glossary_term_get_id (term));

      g_array_append_val (self->documents, document);
      gtk_list_box_append (self->term_list, term_row (store, term));
    }
  search_changed_cb (self);
}

/* The English content's index and each row's term in it, when another language is shown. */
static LgSearch *
ensure_english_search (LgGlossaryView *self)
{
  LgSession *session = lg_session_view_get_session (LG_SESSION_VIEW (self));
  LgContentStore *english;
  GListModel *glossary;

  if (self->english_search != NULL || session == NULL ||
      g_str_equal (lg_content_store_get_language (self->store), "en") ||
      (english = lg_session_get_store_for (session, "en", NULL)) == NULL)
    return self->english_search;
  self->english_search = g_object_ref (lg_content_store_get_search (english));
  self->english_documents = g_array_new (FALSE, FALSE, sizeof (int));
  glossary = lg_content_store_get_glossary (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(LgGlossaryTerm) term = g_list_model_get_item (glossary, i);
      int document = lg_search_find_term (self->english_search, lg_glossary_term_get_id (term));

      g_array_append_val (self->english_documents, document);
    }
  return self->english_search;
}

/* The term's name and definition, the words the search found in bold. */
static void
highlight_row (LgGlossaryView *self,
               GtkListBoxRow  *row)
{
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
  GtkWidget *definition = gtk_widget_get_next_sibling (name);
  LgSearch *search = lg_content_store_get_search (self->store);
  LgSearchMatch *match = self->match;
  g_autofree char *markup = NULL;
  int passage = -1;

  if (match != NULL)
    passage = lg_search_match_passage (search, match, row_document (self->documents, row));
  if (passage >= 0)
    markup = lg_search_passage_markup (search, match, passage, G_MAXUINT);
  if (passage >= 0 && lg_search_passage_place (search, passage, NULL) == LG_SEARCH_PLACE_TITLE)
    gtk_label_set_markup (GTK_LABEL (name), markup);
  else if (gtk_label_get_use_markup (GTK_LABEL (name)))
    gtk_label_set_text (GTK_LABEL (name), gtk_label_get_text (GTK_LABEL (name)));
  if (passage >= 0 && lg_search_passage_place (search, passage, NULL) == LG_SEARCH_PLACE_DEFINITION)
    gtk_label_set_markup (GTK_LABEL (definition), markup);
  else if (gtk_label_get_use_markup (GTK_LABEL (definition)))
    gtk_label_set_text (GTK_LABEL (definition), gtk_label_get_text (GTK_LABEL (definition)));
}

static void
search_changed_cb (LgGlossaryView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = lg_search_fold (text, -1);
  gboolean any = FALSE;
  GtkListBoxRow *row;

  g_clear_pointer (&self->match, lg_search_match_free);
  g_clear_pointer (&self->english_match, lg_search_match_free);
  if (self->store != NULL && *folded != '\0')
    {
      LgSearch *english = ensure_english_search (self);

      self->match = lg_search_match (lg_content_store_get_search (self->store), text);
      if (english != NULL)
        self->english_match = lg_search_match (english, text);
    }
  gtk_list_box_invalidate_filter (self->term_list);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->term_list, i)) != NULL; i++)
    {
      highlight_row (self, row);
      any = any || row_visible (row, self);
    }
  gtk_stack_set_visible_child_name (self->results_stack, any ? "list" : "empty");
}

/* Searches the glossary for @text, as if typed into its search entry. */
void
lg_glossary_view_search (LgGlossaryView *self,
                         const char     *text)
{
  g_return_if_fail (LG_IS_GLOSSARY_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  search_changed_cb (self);
}

/* Puts the cursor in the glossary's own search entry (Ctrl+F on this page). */
void
lg_glossary_view_focus_search (LgGlossaryView *self)
{
  g_return_if_fail (LG_IS_GLOSSARY_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
stop_search_cb (LgGlossaryView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
lg_glossary_view_dispose (GObject *object)
{
  LgGlossaryView *self = LG_GLOSSARY_VIEW (object);

  g_clear_pointer (&self->match, lg_search_match_free);
  g_clear_pointer (&self->english_match, lg_search_match_free);
  g_clear_pointer (&self->documents, g_array_unref);
  g_clear_pointer (&self->english_documents, g_array_unref);
  g_clear_object (&self->english_search);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (lg_glossary_view_parent_class)->dispose (object);
}

static void
lg_glossary_view_class_init (LgGlossaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_glossary_view_dispose;
  LG_SESSION_VIEW_CLASS (klass)->fill = lg_glossary_view_fill;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-glossary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LgGlossaryView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LgGlossaryView, intro_label);
  gtk_widget_class_bind_template_child (widget_class, LgGlossaryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LgGlossaryView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, LgGlossaryView, term_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

static void
lg_glossary_view_init (LgGlossaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->documents = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_list_box_set_filter_func (self->term_list, row_visible, self, NULL);
}
