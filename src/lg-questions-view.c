/* lg-questions-view.c
 *
 * The Questions to ask view: every topic's questions under the topic's title, each a check button.
 * The ticks are the window's @ticked set ("topic-id/index"), the same one the topic pages use, so
 * a question ticked here is ticked on its topic page and the other way round; the view re-reads
 * the set whenever it is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-question-check.h"
#include "lg-questions-view.h"

struct _LgQuestionsView
{
  AdwBin parent_instance;

  GHashTable *ticked;           /* owned by the window */
  GPtrArray *checks;            /* every GtkCheckButton, for syncing */

  GtkLabel *title_label;
  GtkLabel *hint_label;
  GtkBox *topics_box;
};

G_DEFINE_FINAL_TYPE (LgQuestionsView, lg_questions_view, ADW_TYPE_BIN)

static GtkWidget *
question_row (LgQuestionsView *self,
              LgContentStore  *store,
              LgTopic         *topic,
              guint            index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *check = lg_question_check_new (store, topic, index, self->ticked);

  gtk_widget_set_margin_start (check, 6);
  gtk_widget_set_margin_end (check, 6);
  gtk_widget_set_margin_top (check, 6);
  gtk_widget_set_margin_bottom (check, 6);
  g_ptr_array_add (self->checks, check);

  /* The check button takes the focus and the clicks; the row is only the frame. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  /* A screen reader names the list item by its question. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, check, NULL, -1);
  return row;
}

static GtkWidget *
topic_group (LgQuestionsView *self,
             LgContentStore  *store,
             LgTopic         *topic)
{
  g_autofree char *title = lg_content_store_to_plain (store, lg_topic_get_title (topic));
  const char * const *questions = lg_topic_get_questions (topic);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL,
                                     "label", title,
                                     "xalign", 0.0f,
                                     "wrap", TRUE,
                                     "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                     NULL);
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (heading, "title-4");
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  for (guint i = 0; questions != NULL && questions[i] != NULL; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), question_row (self, store, topic, i));

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

/* Sets every check button from the ticked set, e.g. after ticks changed on a topic page. */
void
lg_questions_view_sync_ticks (LgQuestionsView *self)
{
  g_return_if_fail (LG_IS_QUESTIONS_VIEW (self));

  for (guint i = 0; i < self->checks->len; i++)
    lg_question_check_sync (g_ptr_array_index (self->checks, i), self->ticked);
}

void
lg_questions_view_set_content (LgQuestionsView *self,
                               LgContentStore  *store,
                               GHashTable      *ticked)
{
  GListModel *topics;
  GtkWidget *child;

  g_return_if_fail (LG_IS_QUESTIONS_VIEW (self));
  g_return_if_fail (LG_IS_CONTENT_STORE (store));

  gtk_label_set_text (self->title_label, lg_content_store_get_label (store, "questions"));
  gtk_label_set_text (self->hint_label, lg_content_store_get_label (store, "questions-view-hint"));
  g_ptr_array_set_size (self->checks, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box))) != NULL)
    gtk_box_remove (self->topics_box, child);
  self->ticked = ticked;

  topics = lg_content_store_get_topics (store);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      gtk_box_append (self->topics_box, topic_group (self, store, topic));
    }
}

static void
lg_questions_view_map (GtkWidget *widget)
{
  lg_questions_view_sync_ticks (LG_QUESTIONS_VIEW (widget));
  GTK_WIDGET_CLASS (lg_questions_view_parent_class)->map (widget);
}

static void
lg_questions_view_dispose (GObject *object)
{
  LgQuestionsView *self = LG_QUESTIONS_VIEW (object);

  self->ticked = NULL;
  if (self->checks != NULL)
    g_ptr_array_set_size (self->checks, 0);
  G_OBJECT_CLASS (lg_questions_view_parent_class)->dispose (object);
}

static void
lg_questions_view_finalize (GObject *object)
{
  g_ptr_array_unref (LG_QUESTIONS_VIEW (object)->checks);
  G_OBJECT_CLASS (lg_questions_view_parent_class)->finalize (object);
}

static void
lg_questions_view_class_init (LgQuestionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_questions_view_dispose;
  object_class->finalize = lg_questions_view_finalize;
  widget_class->map = lg_questions_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-questions-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsView, topics_box);
}

static void
lg_questions_view_init (LgQuestionsView *self)
{
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
