/* lg-question-check.c
 *
 * The topic page and the Questions to ask view show the same questions; both build their check
 * buttons here, so a tick anywhere lands in the session's one LgQuestionTicks (kept in memory
 * only), and every check button showing that question follows its "changed" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-question-check.h"
#include "lg-compat.h"
#include "lg-question-ticks.h"

typedef struct {
  LgQuestionTicks *ticks;
  LgTopic *topic;
  guint index;
} Question;

static void
question_free (Question *question)
{
  g_clear_object (&question->ticks);
  g_clear_object (&question->topic);
  g_free (question);
}

#define QUESTION "lg-question"

static void
toggled_cb (GtkCheckButton *check)
{
  Question *question = g_object_get_data (G_OBJECT (check), QUESTION);

  lg_question_ticks_set (question->ticks, question->topic, question->index,
                         gtk_check_button_get_active (check));
}

/* The set changed, here or in another view showing the same question: follow it. */
static void
ticks_changed_cb (GtkCheckButton *check,
                  const char     *topic_id)
{
  Question *question = g_object_get_data (G_OBJECT (check), QUESTION);
  gboolean active;

  if (topic_id != NULL && !g_str_equal (topic_id, lg_topic_get_id (question->topic)))
    return;
  active = lg_question_ticks_get (question->ticks, question->topic, question->index);
  if (gtk_check_button_get_active (check) != active)
    gtk_check_button_set_active (check, active);
}

GtkWidget *
lg_question_check_new (LgContentStore  *store,
                       LgTopic         *topic,
                       guint            index,
                       LgQuestionTicks *ticks)
{
  g_autofree char *plain = NULL;
  GtkWidget *check, *label;
  Question *question;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (store), NULL);
  g_return_val_if_fail (LG_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (LG_IS_QUESTION_TICKS (ticks), NULL);
  g_return_val_if_fail (index < g_strv_length ((GStrv) lg_topic_get_questions (topic)), NULL);

  plain = lg_content_store_to_plain (store, lg_topic_get_questions (topic)[index]);
  check = gtk_check_button_new ();
  label = gtk_label_new (plain);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* As in lg-topic-page.c: eight characters is the narrowest line, so GtkLabel need not lay the
   * text out a word per line to find its minimum width. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), lg_compat_check_button_child (label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);

  question = g_new0 (Question, 1);
  question->ticks = g_object_ref (ticks);
  question->topic = g_object_ref (topic);
  question->index = index;
  g_object_set_data_full (G_OBJECT (check), QUESTION, question, (GDestroyNotify) question_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), lg_question_ticks_get (ticks, topic, index));
  g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), NULL);
  g_signal_connect_object (ticks, "changed", G_CALLBACK (ticks_changed_cb), check, G_CONNECT_SWAPPED);
  return check;
}
