/* lg-content-store.c
 *
 * The store: the content of one language as models the views list (topics in sidebar order,
 * glossary terms by term) and the lookups by id. Its other parts fill it: lg-topic-parser.c (a
 * topic or the glossary), lg-labels.c, lg-content-loader.c (the bundle and clinic packs); and
 * lg-display-text.c turns its content text into display text. They reach the store's insides only
 * through lg-content-store-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-store-private.h"
#include "lg-search.h"

struct _LgContentStore
{
  GObject parent_instance;
  GListStore *topics;          /* of LgTopic, in sidebar order */
  GListStore *glossary;        /* of LgGlossaryTerm, by term */
  GHashTable *topic_files;     /* id → file name it came from */
  GHashTable *terms;           /* id → LgGlossaryTerm (borrowed from glossary) */
  GHashTable *labels;          /* key → the page labels in this content's language */
  LgPictureCheck picture_check; /* whether a pack's picture can be drawn; NULL: none can */
  char *language;              /* that language's code: "en", or the folder's name ("es") */
  LgSearch *search;            /* its index, made on first use; dropped when the content changes */
};

G_DEFINE_FINAL_TYPE (LgContentStore, lg_content_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (lg-content-error-quark, lg_content_error)

/* Where a group sits in the sidebar: the clinic's own topics before "Next steps", whose end the
 * Glossary, Questions and Compare rows close, so they are above those tools. */
static int
group_rank (LgTopicGroup group)
{
  switch (group)
    {
    case LG_TOPIC_GROUP_CLINIC:
      return LG_TOPIC_GROUP_NEXT_STEPS;
    case LG_TOPIC_GROUP_NEXT_STEPS:
      return LG_TOPIC_GROUP_CLINIC;
    case LG_TOPIC_GROUP_UNDERSTANDING:
    case LG_TOPIC_GROUP_SURGERY:
    case LG_TOPIC_GROUP_THERAPIES:
    default:
      return group;
    }
}

static int
compare_topics (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  LgTopic *ta = (LgTopic *) a;
  LgTopic *tb = (LgTopic *) b;

  if (lg_topic_get_group (ta) != lg_topic_get_group (tb))
    return group_rank (lg_topic_get_group (ta)) - group_rank (lg_topic_get_group (tb));
  if (lg_topic_get_order (ta) != lg_topic_get_order (tb))
    return lg_topic_get_order (ta) < lg_topic_get_order (tb) ? -1 : 1;
  return strcmp (lg_topic_get_id (ta), lg_topic_get_id (tb));
}

static int
compare_terms (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_utf8_collate (lg_glossary_term_get_term ((LgGlossaryTerm *) a),
                         lg_glossary_term_get_term ((LgGlossaryTerm *) b));
}

/* The glossary term's display name for @id, for lg-markup.c (an LgTermLookup). */
const char *
_lg_content_store_term_name (const char *id,
                             gpointer    store)
{
  LgGlossaryTerm *term = g_hash_table_lookup (LG_CONTENT_STORE (store)->terms, id);

  return term ? lg_glossary_term_get_term (term) : NULL;
}

LgPictureCheck
_lg_content_store_get_picture_check (LgContentStore *self)
{
  return self->picture_check;
}

/* The file the topic @id came from, or NULL when the store has no such topic. */
const char *
_lg_content_store_get_topic_file (LgContentStore *self,
                                  const char     *id)
{
  return g_hash_table_lookup (self->topic_files, id);
}

/* Adds @topic, whose id the store does not have yet, in sidebar order. */
void
_lg_content_store_insert_topic (LgContentStore *self,
                                LgTopic        *topic,
                                const char     *file_name)
{
  g_clear_object (&self->search);
  g_hash_table_insert (self->topic_files, g_strdup (lg_topic_get_id (topic)),
                       g_strdup (file_name));
  g_list_store_insert_sorted (self->topics, topic, compare_topics, NULL);
}

/* Adds @topic, or puts it in place of the topic with its id. */
void
_lg_content_store_put_topic (LgContentStore *self,
                             LgTopic        *topic,
                             const char     *file_name)
{
  LgTopic *replaced = lg_content_store_lookup_topic (self, lg_topic_get_id (topic));
  guint position;

  g_clear_object (&self->search);
  if (replaced != NULL && g_list_store_find (self->topics, replaced, &position))
    g_list_store_splice (self->topics, position, 1, (gpointer *) &topic, 1);
  else
    g_list_store_insert_sorted (self->topics, topic, compare_topics, NULL);
  g_hash_table_replace (self->topic_files, g_strdup (lg_topic_get_id (topic)), g_strdup (file_name));
}

/* Adds @term, whose id the store does not have yet, in the order of its words. */
void
_lg_content_store_add_term (LgContentStore *self,
                            LgGlossaryTerm *term)
{
  g_clear_object (&self->search);
  g_hash_table_insert (self->terms, (gpointer) lg_glossary_term_get_id (term), term);
  g_list_store_insert_sorted (self->glossary, term, compare_terms, NULL);
}

/* The store's topics and glossary indexed for search, folded once (on first use). */
LgSearch *
lg_content_store_get_search (LgContentStore *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);

  if (self->search == NULL)
    self->search = lg_search_new (self);
  return self->search;
}

/* Takes @labels (key → label) in place of the labels the store had. */
void
_lg_content_store_set_labels (LgContentStore *self,
                              GHashTable     *labels)
{
  g_clear_pointer (&self->labels, g_hash_table_unref);
  self->labels = labels;
}

/* The label for @key, or NULL when the store has no labels. */
const char *
_lg_content_store_lookup_label (LgContentStore *self,
                                const char     *key)
{
  return self->labels ? g_hash_table_lookup (self->labels, key) : NULL;
}

void
_lg_content_store_set_language (LgContentStore *self,
                                const char     *language)
{
  g_free (self->language);
  self->language = g_strdup (language);
}

GListModel *
lg_content_store_get_topics (LgContentStore *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  return G_LIST_MODEL (self->topics);
}

GListModel *
lg_content_store_get_glossary (LgContentStore *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  return G_LIST_MODEL (self->glossary);
}

LgTopic *
lg_content_store_lookup_topic (LgContentStore *self,
                               const char     *id)
{
  guint n;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  if (id == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->topics));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topics), i);

      if (g_str_equal (lg_topic_get_id (topic), id))
        return topic;
    }
  return NULL;
}

LgGlossaryTerm *
lg_content_store_lookup_term (LgContentStore *self,
                              const char     *id)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  return g_hash_table_lookup (self->terms, id);
}

static void
lg_content_store_finalize (GObject *object)
{
  LgContentStore *self = LG_CONTENT_STORE (object);

  g_clear_object (&self->search);
  g_clear_pointer (&self->terms, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->topic_files, g_hash_table_unref);
  g_clear_object (&self->topics);
  g_clear_object (&self->glossary);
  G_OBJECT_CLASS (lg_content_store_parent_class)->finalize (object);
}

static void
lg_content_store_class_init (LgContentStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_content_store_finalize;
}

static void
lg_content_store_init (LgContentStore *self)
{
  self->topics = g_list_store_new (LG_TYPE_TOPIC);
  self->glossary = g_list_store_new (LG_TYPE_GLOSSARY_TERM);
  self->topic_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->terms = g_hash_table_new (g_str_hash, g_str_equal);
}

LgContentStore *
lg_content_store_new (void)
{
  return g_object_new (LG_TYPE_CONTENT_STORE, NULL);
}

/* How pictures in clinic packs are checked; set it before loading a pack. */
void
lg_content_store_set_picture_check (LgContentStore *self,
                                    LgPictureCheck  check)
{
  g_return_if_fail (LG_IS_CONTENT_STORE (self));

  self->picture_check = check;
}

/* The code of the content's language ("en", "es"): which of a topic's sources are listed. */
const char *
lg_content_store_get_language (LgContentStore *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  return self->language ? self->language : "en";
}
