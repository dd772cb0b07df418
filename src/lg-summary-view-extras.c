/* lg-summary-view-extras.c — what the print summary adds to the topics: the "For you" box and
 * the questions typed for this patient, "Words to know", the Compare table, and the second
 * language
 *
 * What is typed for the patient lives in the popover's widgets alone: it goes into the
 * LgHandoutOptions of each handout laid out (so onto the page), is never written to the settings
 * or a file, and is cleared by lg_summary_view_reset() (New patient) and with the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-languages.h"
#include "lg-summary-view-private.h"

#define TYPED_DELAY_MS 300         /* after the last keystroke, the pages are laid out again */

static gboolean
typed_timeout (gpointer user_data)
{
  LgSummaryView *self = user_data;

  self->typed_source = 0;
  _lg_summary_view_rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
typed_cb (LgSummaryView *self)
{
  g_clear_handle_id (&self->typed_source, g_source_remove);
  self->typed_source = g_timeout_add (TYPED_DELAY_MS, typed_timeout, self);
}

void
_lg_summary_view_init_extras (LgSummaryView *self)
{
  GtkEditable *entries[] = {
    self->name_entry, self->date_entry, self->appointment_entry, self->contact_entry,
    self->note_entry,
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (typed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->questions_view), "changed",
                            G_CALLBACK (typed_cb), self);
  g_signal_connect_swapped (self->words_switch, "notify::active",
                            G_CALLBACK (_lg_summary_view_rebuild), self);
  g_signal_connect_swapped (self->compare_switch, "notify::active",
                            G_CALLBACK (_lg_summary_view_rebuild), self);
}

void
_lg_summary_view_bind_extras (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, for_you_button);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, name_entry);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, date_entry);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, appointment_entry);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, contact_entry);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, note_entry);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, questions_view);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, words_switch);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, compare_switch);
}

static char *
typed (GtkEditable *entry)
{
  return g_strdup (gtk_editable_get_text (entry));
}

/* Every treatment of the Compare table, or those chosen in Compare. */
static GStrv
compare_ids (LgSummaryView *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *all = lg_content_store_get_topics (self->store);

  if (self->compare_ids != NULL)
    return g_strdupv (self->compare_ids);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (all, i);

      if (lg_topic_get_compare_name (topic) != NULL)
        g_strv_builder_add (ids, lg_topic_get_id (topic));
    }
  return g_strv_builder_end (ids);
}

/* What was typed and switched on, into @options. */
void
_lg_summary_view_get_extras (LgSummaryView    *self,
                             LgHandoutOptions *options)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->questions_view);
  GtkTextIter start, end;
  g_autofree char *questions = NULL;

  options->for_you.name = typed (self->name_entry);
  options->for_you.date = typed (self->date_entry);
  options->for_you.next_appointment = typed (self->appointment_entry);
  options->for_you.contact = typed (self->contact_entry);
  options->for_you.note = typed (self->note_entry);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  questions = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  options->for_you.questions = g_strsplit (questions, "\n", -1);
  options->words = gtk_switch_get_active (self->words_switch);
  if (gtk_switch_get_active (self->compare_switch))
    options->compare = compare_ids (self);
}

/**
 * lg_summary_view_set_compare_choice:
 * @ids: (nullable): the treatments chosen in the Compare view, or NULL for every one
 *
 * Which treatments the handout's Compare table shows.
 */
void
lg_summary_view_set_compare_choice (LgSummaryView      *self,
                                    const char * const *ids)
{
  g_return_if_fail (LG_IS_SUMMARY_VIEW (self));

  g_strfreev (self->compare_ids);
  self->compare_ids = g_strdupv ((char **) ids);
  if (gtk_switch_get_active (self->compare_switch))
    _lg_summary_view_rebuild (self);
}

/* Forgets what was typed for the patient and what else was to print (a new patient). */
void
_lg_summary_view_reset_extras (LgSummaryView *self)
{
  GtkEditable *entries[] = {
    self->name_entry, self->date_entry, self->appointment_entry, self->contact_entry,
    self->note_entry,
  };

  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->questions_view);

  /* Cleared with undo off, so no Ctrl+Z brings the last patient's words back. */
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      gtk_editable_set_enable_undo (entries[i], FALSE);
      gtk_editable_set_text (entries[i], "");
      gtk_editable_set_enable_undo (entries[i], TRUE);
    }
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_text (buffer, "", -1);
  gtk_text_buffer_set_enable_undo (buffer, TRUE);
  gtk_switch_set_active (self->words_switch, FALSE);
  gtk_switch_set_active (self->compare_switch, FALSE);
  g_clear_pointer (&self->compare_ids, g_strfreev);
  g_clear_handle_id (&self->typed_source, g_source_remove);
}

void
_lg_summary_view_dispose_extras (LgSummaryView *self)
{
  g_clear_handle_id (&self->typed_source, g_source_remove);
  g_clear_pointer (&self->compare_ids, g_strfreev);
}

/* The same topics again in the second language chosen, if any. */
void
_lg_summary_view_add_second_language (LgSummaryView *self,
                     LgHandout     *handout,
                     GPtrArray     *topics)
{
  guint chosen = gtk_drop_down_get_selected (self->second_language_dropdown);
  g_autoptr(GPtrArray) second_topics = g_ptr_array_new ();
  LgContentStore *second;

  if (chosen == 0 || chosen == GTK_INVALID_LIST_POSITION || self->second_languages == NULL ||
      chosen > g_strv_length (self->second_languages))
    return;
  second = lg_session_get_store_for (lg_session_view_get_session (LG_SESSION_VIEW (self)),
                                     self->second_languages[chosen - 1], NULL);
  if (second == NULL)
    return;
  for (guint i = 0; i < topics->len; i++)
    {
      LgTopic *topic = lg_content_store_lookup_topic (second, lg_topic_get_id (topics->pdata[i]));

      if (topic != NULL)
        g_ptr_array_add (second_topics, topic);
    }
  lg_handout_add_part (handout, second, second_topics);
}

/* The second languages offered: every one this build carries but the content's own. */
void
_lg_summary_view_fill_second_languages (LgSummaryView *self)
{
  g_auto(GStrv) available = lg_languages_get_available ();
  const char *shown = lg_content_store_get_language (self->store);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("No Second Language"));
  for (guint i = 0; available[i] != NULL; i++)
    if (g_strcmp0 (available[i], shown) != 0)
      {
        g_strv_builder_add (codes, available[i]);
        gtk_string_list_append (names, lg_languages_get_name (available[i]));
      }
  g_strfreev (self->second_languages);
  self->second_languages = g_strv_builder_end (codes);
  g_signal_handlers_block_by_func (self->second_language_dropdown, _lg_summary_view_rebuild, self);
  gtk_drop_down_set_model (self->second_language_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->second_language_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->second_language_dropdown, _lg_summary_view_rebuild, self);
}
