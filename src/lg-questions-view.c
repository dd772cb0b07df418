/* lg-questions-view.c
 *
 * The Questions to ask view: every topic's questions under the topic's title, each a check button.
 * The ticks are the session's, the same ones the topic pages use, so a question ticked here is
 * ticked on its topic page and the other way round (each check button follows the set). The view
 * is filled from the session's store when first shown (lg_session_fill_view()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-question-check.h"
#include "lg-questions-view.h"

struct _LgQuestionsView
{
  LgSessionView parent_instance;

  GtkLabel *title_label;
  GtkLabel *hint_label;
  GtkBox *topics_box;
};

G_DEFINE_FINAL_TYPE (LgQuestionsView, lg_questions_view, LG_TYPE_SESSION_VIEW)

static GtkWidget *
question_row (LgContentStore  *store,
              LgTopic         *topic,
              guint            index,
              LgQuestionTicks *ticks)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *check = lg_question_check_new (store, topic, index, ticks);

  gtk_widget_set_margin_start (check, 6);
  gtk_widget_set_margin_end (check, 6);
  gtk_widget_set_margin_top (check, 6);
  gtk_widget_set_margin_bottom (check, 6);

  /* The check button takes the focus and the clicks; the row is only the frame. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  /* A screen reader names the list item by its question. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, check, NULL, -1);
  return row;
}

static GtkWidget *
topic_group (LgContentStore  *store,
             LgTopic         *topic,
             LgQuestionTicks *ticks)
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
    gtk_list_box_append (GTK_LIST_BOX (list), question_row (store, topic, i, ticks));

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

static void
lg_questions_view_fill (LgSessionView   *view,
                        LgContentStore  *store,
                        LgQuestionTicks *ticks)
{
  LgQuestionsView *self = LG_QUESTIONS_VIEW (view);
  GListModel *topics;
  GtkWidget *child;

  gtk_label_set_text (self->title_label, lg_content_store_get_label (store, "questions"));
  gtk_label_set_text (self->hint_label, lg_content_store_get_label (store, "questions-view-hint"));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box))) != NULL)
    gtk_box_remove (self->topics_box, child);

  topics = lg_content_store_get_topics (store);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      gtk_box_append (self->topics_box, topic_group (store, topic, ticks));
    }
}

static void
lg_questions_view_class_init (LgQuestionsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  LG_SESSION_VIEW_CLASS (klass)->fill = lg_questions_view_fill;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-questions-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsView, topics_box);
}

static void
lg_questions_view_init (LgQuestionsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
