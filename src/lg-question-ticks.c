/* lg-question-ticks.c — the set of ticked questions, and the one place its key is made and read
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lg-question-ticks.h"

/* "surgery/0" for the first question of the surgery topic. */
char *
lg_question_ticks_key (LgTopic *topic,
                       guint    index)
{
  g_return_val_if_fail (LG_IS_TOPIC (topic), NULL);
  return g_strdup_printf ("%s/%u", lg_topic_get_id (topic), index);
}

/* Whether question @index of @topic is in @ticked (which may be NULL: nothing is ticked). */
gboolean
lg_question_ticks_has (GHashTable *ticked,
                       LgTopic    *topic,
                       guint       index)
{
  g_autofree char *key = NULL;

  if (ticked == NULL)
    return FALSE;
  key = lg_question_ticks_key (topic, index);
  return g_hash_table_contains (ticked, key);
}

/* The ids of the topics with a ticked question, each once. */
GStrv
lg_question_ticks_dup_topic_ids (GHashTable *ticked)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, ticked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *slash = strrchr (key, '/');
      char *id = slash ? g_strndup (key, slash - (const char *) key) : g_strdup (key);

      if (g_hash_table_add (seen, id))
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}
