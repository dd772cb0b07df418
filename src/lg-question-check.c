/* lg-question-check.c
 *
 * The topic page and the Questions to ask view show the same questions; both build their check
 * buttons here, so a tick anywhere lands in the one set the window owns (keys "topic-id/index",
 * kept in memory only) and every check button can be re-read from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-question-check.h"
#include "lg-question-ticks.h"

#define KEY "lg-question-key"

static void
toggled_cb (GtkCheckButton *check,
            GHashTable     *ticked)
{
  const char *key = g_object_get_data (G_OBJECT (check), KEY);

  if (gtk_check_button_get_active (check))
    g_hash_table_add (ticked, g_strdup (key));
  else
    g_hash_table_remove (ticked, key);
}

/* A check button labelled with the question's plain text, ticked as @ticked says and, unless
 * @ticked is NULL, adding itself to or removing itself from it when toggled. */
GtkWidget *
lg_question_check_new (LgContentStore *store,
                       LgTopic        *topic,
                       guint           index,
                       GHashTable     *ticked)
{
  g_autofree char *plain = NULL;
  GtkWidget *check, *label;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (store), NULL);
  g_return_val_if_fail (LG_IS_TOPIC (topic), NULL);
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
  /* GTK 4.8's check button binary-searches its child's width for every height it is given
   * (5 times the cost of a question, measured); a grid around the label stops that. Newer GTK
   * (4.18 measured) does not search, and there the grid would make the check button report a
   * minimum height above its natural one (a warning): the label goes in directly. */
  if (gtk_get_minor_version () <= 8)
    {
      GtkWidget *cell = gtk_grid_new ();

      gtk_grid_attach (GTK_GRID (cell), label, 0, 0, 1, 1);
      label = cell;
    }
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
  g_object_set_data_full (G_OBJECT (check), KEY, lg_question_ticks_key (topic, index), g_free);
  lg_question_check_sync (check, ticked);
  if (ticked != NULL)
    g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), ticked);
  return check;
}

/* Ticks or unticks @check as @ticked says, e.g. after the other view changed it. */
void
lg_question_check_sync (GtkWidget  *check,
                        GHashTable *ticked)
{
  const char *key = g_object_get_data (G_OBJECT (check), KEY);
  gboolean active;

  g_return_if_fail (GTK_IS_CHECK_BUTTON (check));
  g_return_if_fail (key != NULL);

  active = ticked != NULL && g_hash_table_contains (ticked, key);
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) != active)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
}
