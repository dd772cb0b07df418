/* lg-question-ticks.c — the questions a person ticked, for the handout
 *
 * A set of "topic-id/index" keys in a GHashTable. Ticks are keyed by topic id and position, which
 * every content language shares, so they survive a change of language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lg-question-ticks.h"

struct _LgQuestionTicks
{
  GObject parent_instance;

  GHashTable *keys;             /* "topic-id/index" → NULL */
};

G_DEFINE_FINAL_TYPE (LgQuestionTicks, lg_question_ticks, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_TICKED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
make_key (LgTopic *topic,
          guint    index)
{
  return g_strdup_printf ("%s/%u", lg_topic_get_id (topic), index);
}

static void
lg_question_ticks_finalize (GObject *object)
{
  LgQuestionTicks *self = LG_QUESTION_TICKS (object);

  g_clear_pointer (&self->keys, g_hash_table_unref);
  G_OBJECT_CLASS (lg_question_ticks_parent_class)->finalize (object);
}

static void
lg_question_ticks_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_N_TICKED:
      g_value_set_uint (value, lg_question_ticks_get_n_ticked (LG_QUESTION_TICKS (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_question_ticks_class_init (LgQuestionTicksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lg_question_ticks_finalize;
  object_class->get_property = lg_question_ticks_get_property;

  /** LgQuestionTicks:n-ticked: how many questions are ticked, over every topic. */
  properties[PROP_N_TICKED] =
    g_param_spec_uint ("n-ticked", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgQuestionTicks::changed:
   * @topic_id: (nullable): the topic whose question changed, or NULL when all were cleared
   * @index: the question's position in its topic (0 when all were cleared)
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);
}

static void
lg_question_ticks_init (LgQuestionTicks *self)
{
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

LgQuestionTicks *
lg_question_ticks_new (void)
{
  return g_object_new (LG_TYPE_QUESTION_TICKS, NULL);
}

/* A copy that no later tick changes, e.g. for a handout being printed. */
LgQuestionTicks *
lg_question_ticks_copy (LgQuestionTicks *self)
{
  LgQuestionTicks *copy = lg_question_ticks_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (LG_IS_QUESTION_TICKS (self), copy);

  g_hash_table_iter_init (&iter, self->keys);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy->keys, g_strdup (key));
  return copy;
}

gboolean
lg_question_ticks_get (LgQuestionTicks *self,
                       LgTopic         *topic,
                       guint            index)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (LG_IS_QUESTION_TICKS (self), FALSE);
  g_return_val_if_fail (LG_IS_TOPIC (topic), FALSE);

  key = make_key (topic, index);
  return g_hash_table_contains (self->keys, key);
}

void
lg_question_ticks_set (LgQuestionTicks *self,
                       LgTopic         *topic,
                       guint            index,
                       gboolean         ticked)
{
  g_autofree char *key = NULL;
  gboolean changed;

  g_return_if_fail (LG_IS_QUESTION_TICKS (self));
  g_return_if_fail (LG_IS_TOPIC (topic));

  key = make_key (topic, index);
  if (ticked)
    changed = g_hash_table_add (self->keys, g_steal_pointer (&key));
  else
    changed = g_hash_table_remove (self->keys, key);
  if (!changed)
    return;
  g_signal_emit (self, signals[CHANGED], 0, lg_topic_get_id (topic), index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TICKED]);
}

guint
lg_question_ticks_get_n_ticked (LgQuestionTicks *self)
{
  g_return_val_if_fail (LG_IS_QUESTION_TICKS (self), 0);
  return g_hash_table_size (self->keys);
}

/* The ids of the topics with a ticked question, each once. */
GStrv
lg_question_ticks_dup_topic_ids (LgQuestionTicks *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (LG_IS_QUESTION_TICKS (self), NULL);

  g_hash_table_iter_init (&iter, self->keys);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *slash = strrchr (key, '/');
      char *id = slash ? g_strndup (key, slash - (const char *) key) : g_strdup (key);

      if (g_hash_table_add (seen, id))
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

/* Unticks every question (a new patient). */
void
lg_question_ticks_clear (LgQuestionTicks *self)
{
  g_return_if_fail (LG_IS_QUESTION_TICKS (self));

  if (g_hash_table_size (self->keys) == 0)
    return;
  g_hash_table_remove_all (self->keys);
  g_signal_emit (self, signals[CHANGED], 0, NULL, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TICKED]);
}
