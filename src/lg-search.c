/* lg-search.c
 *
 * Search that forgives (the folding is in lg-search-fold.c). An LgSearch indexes one store once: every topic and glossary term (a "document") as passages in
 * page order, each folded, and the store's vocabulary, each word with the set of documents that
 * use it. A query word matches a document that has it inside one of its words; a query word of
 * five letters or more that is in no word of the store at all (a typo, another spelling) matches
 * the words within one edit of it (a letter added, dropped, changed, or two swapped), also as
 * the start of a longer word. A document matches when every query word does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lg-block.h"
#include "lg-search.h"
#include "lg-section.h"

typedef struct {
  char *text;                   /* plain text as shown */
  char *folded;                 /* lg_search_fold() of it */
  LgSearchPlace place;
  int section;                  /* for LG_SEARCH_PLACE_SECTION, its position; else -1 */
} Passage;

typedef struct {
  char *id;
  gboolean is_term;
  guint first_passage;
  guint n_passages;
} Document;

struct _LgSearch
{
  GObject parent_instance;

  GArray *documents;            /* of Document */
  GArray *passages;             /* of Passage, every document's in turn */
  GString *vocabulary;          /* "\nword\nword\n…": every folded word once */
  GArray *word_starts;          /* of guint: where each word starts in vocabulary */
  guint64 *word_documents;      /* n_words × n_blocks bits: the documents using each word */
  guint n_blocks;               /* 64-bit blocks per set of documents */
};

struct _LgSearchMatch
{
  guint n_blocks;
  guint64 *documents;           /* the set of documents matched */
  GStrv words;                  /* the folded query words */
  GPtrArray *near_words;        /* vocabulary words matched within one edit, for highlighting */
};

G_DEFINE_FINAL_TYPE (LgSearch, lg_search, G_TYPE_OBJECT)

/* -------------------------------------------------------------------------------------------- */
/* The index                                                                                    */

static void
add_passage (LgSearch      *self,
             char          *text,
             LgSearchPlace  place,
             int            section)
{
  Passage passage = { text, NULL, place, section };
  Document *document = &g_array_index (self->documents, Document, self->documents->len - 1);

  if (text == NULL || *text == '\0')
    {
      g_free (text);
      return;
    }
  passage.folded = lg_search_fold (text, -1);
  g_array_append_val (self->passages, passage);
  document->n_passages++;
}

static void
add_strv (LgSearch            *self,
          LgContentStore      *store,
          const char * const  *items,
          const char          *separator,
          LgSearchPlace        place,
          int                  section)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *plain = lg_content_store_to_plain (store, items[i]);

      if (separator == NULL)
        add_passage (self, g_steal_pointer (&plain), place, section);
      else
        g_string_append_printf (joined, "%s%s", joined->len ? separator : "", plain);
    }
  if (separator != NULL)
    add_passage (self, g_string_free (g_steal_pointer (&joined), FALSE), place, section);
}

static void
begin_document (LgSearch   *self,
                const char *id,
                gboolean    is_term)
{
  Document document = { g_strdup (id), is_term, self->passages->len, 0 };

  g_array_append_val (self->documents, document);
}

/* A topic's text a patient reads on its page, in page order; never its sources. */
static void
add_topic (LgSearch       *self,
           LgContentStore *store,
           LgTopic        *topic)
{
  GListModel *sections = lg_topic_get_sections (topic);

  begin_document (self, lg_topic_get_id (topic), FALSE);
  add_passage (self, lg_content_store_to_plain (store, lg_topic_get_title (topic)),
               LG_SEARCH_PLACE_TITLE, -1);
  add_strv (self, store, lg_topic_get_aliases (topic), " · ", LG_SEARCH_PLACE_ALIASES, -1);
  add_passage (self, lg_content_store_to_plain (store, lg_topic_get_subtitle (topic)),
               LG_SEARCH_PLACE_SUBTITLE, -1);
  add_passage (self, lg_content_store_to_plain (store, lg_topic_get_in_short (topic)),
               LG_SEARCH_PLACE_IN_SHORT, -1);
  if (lg_topic_get_illustration (topic) != NULL)
    {
      add_passage (self, g_strdup (lg_topic_get_illustration_caption (topic)),
                   LG_SEARCH_PLACE_ILLUSTRATION, -1);
      add_strv (self, store, lg_topic_get_illustration_legend (topic), NULL,
                LG_SEARCH_PLACE_ILLUSTRATION, -1);
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
      GListModel *blocks = lg_section_get_blocks (section);

      add_passage (self, g_strdup (lg_section_get_heading (section)), LG_SEARCH_PLACE_SECTION, i);
      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(LgBlock) block = g_list_model_get_item (blocks, j);

          if (lg_block_get_text (block) != NULL)
            add_passage (self, lg_content_store_to_plain (store, lg_block_get_text (block)),
                         LG_SEARCH_PLACE_SECTION, i);
          add_strv (self, store, lg_block_get_items (block), NULL, LG_SEARCH_PLACE_SECTION, i);
        }
    }
  add_strv (self, store, lg_topic_get_key_points (topic), NULL, LG_SEARCH_PLACE_KEY_POINTS, -1);
  add_strv (self, store, lg_topic_get_questions (topic), NULL, LG_SEARCH_PLACE_QUESTIONS, -1);
}

static void
add_term (LgSearch       *self,
          LgContentStore *store,
          LgGlossaryTerm *term)
{
  begin_document (self, lg_glossary_term_get_id (term), TRUE);
  add_passage (self, g_strdup (lg_glossary_term_get_term (term)), LG_SEARCH_PLACE_TITLE, -1);
  add_strv (self, store, lg_glossary_term_get_aliases (term), " · ", LG_SEARCH_PLACE_ALIASES, -1);
  add_passage (self, g_strdup (lg_glossary_term_get_definition (term)),
               LG_SEARCH_PLACE_DEFINITION, -1);
}

/* The vocabulary, and which documents use each word. */
static void
index_words (LgSearch *self)
{
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) uses = g_array_new (FALSE, FALSE, sizeof (guint) * 2);

  g_string_append_c (self->vocabulary, '\n');
  for (guint d = 0; d < self->documents->len; d++)
    {
      Document *document = &g_array_index (self->documents, Document, d);

      for (guint p = document->first_passage; p < document->first_passage + document->n_passages; p++)
        {
          g_auto(GStrv) split = g_strsplit (g_array_index (self->passages, Passage, p).folded, " ", -1);

          for (guint i = 0; split[i] != NULL; i++)
            {
              gpointer index;
              guint use[2];

              if (!g_hash_table_lookup_extended (words, split[i], NULL, &index))
                {
                  index = GUINT_TO_POINTER (self->word_starts->len);
                  g_array_append_val (self->word_starts, self->vocabulary->len);
                  g_string_append (self->vocabulary, split[i]);
                  g_string_append_c (self->vocabulary, '\n');
                  g_hash_table_insert (words, g_strdup (split[i]), index);
                }
              use[0] = GPOINTER_TO_UINT (index);
              use[1] = d;
              g_array_append_val (uses, use);
            }
        }
    }
  self->n_blocks = MAX (1, (self->documents->len + 63) / 64);
  self->word_documents = g_new0 (guint64, (gsize) self->word_starts->len * self->n_blocks);
  for (guint i = 0; i < uses->len; i++)
    {
      guint *use = &g_array_index (uses, guint, i * 2);

      self->word_documents[(gsize) use[0] * self->n_blocks + use[1] / 64] |= G_GUINT64_CONSTANT (1) << (use[1] % 64);
    }
}

static void
lg_search_finalize (GObject *object)
{
  LgSearch *self = LG_SEARCH (object);

  for (guint i = 0; i < self->documents->len; i++)
    g_free (g_array_index (self->documents, Document, i).id);
  for (guint i = 0; i < self->passages->len; i++)
    {
      g_free (g_array_index (self->passages, Passage, i).text);
      g_free (g_array_index (self->passages, Passage, i).folded);
    }
  g_array_unref (self->documents);
  g_array_unref (self->passages);
  g_string_free (self->vocabulary, TRUE);
  g_array_unref (self->word_starts);
  g_free (self->word_documents);
  G_OBJECT_CLASS (lg_search_parent_class)->finalize (object);
}

static void
lg_search_class_init (LgSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_search_finalize;
}

static void
lg_search_init (LgSearch *self)
{
  self->documents = g_array_new (FALSE, FALSE, sizeof (Document));
  self->passages = g_array_new (FALSE, FALSE, sizeof (Passage));
  self->vocabulary = g_string_new (NULL);
  self->word_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* Indexes @store's topics (documents 0, 1, … in the store's order), then its glossary terms. */
LgSearch *
lg_search_new (LgContentStore *store)
{
  LgSearch *self;
  GListModel *topics, *glossary;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (store), NULL);

  self = g_object_new (LG_TYPE_SEARCH, NULL);
  topics = lg_content_store_get_topics (store);
  glossary = lg_content_store_get_glossary (store);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      add_topic (self, store, topic);
    }
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(LgGlossaryTerm) term = g_list_model_get_item (glossary, i);
      add_term (self, store, term);
    }
  index_words (self);
  return self;
}

guint
lg_search_get_n_documents (LgSearch *self)
{
  return LG_IS_SEARCH (self) ? self->documents->len : 0;
}

static int
find_document (LgSearch   *self,
               const char *id,
               gboolean    is_term)
{
  for (guint i = 0; id != NULL && i < self->documents->len; i++)
    {
      Document *document = &g_array_index (self->documents, Document, i);

      if (document->is_term == is_term && g_str_equal (document->id, id))
        return i;
    }
  return -1;
}

/* The document of the topic @id, or -1; of the glossary term @id, or -1. */
int
lg_search_find_topic (LgSearch *self, const char *id)
{
  g_return_val_if_fail (LG_IS_SEARCH (self), -1);
  return find_document (self, id, FALSE);
}

int
lg_search_find_term (LgSearch *self, const char *id)
{
  g_return_val_if_fail (LG_IS_SEARCH (self), -1);
  return find_document (self, id, TRUE);
}

const char *
lg_search_get_id (LgSearch *self, guint document)
{
  g_return_val_if_fail (LG_IS_SEARCH (self) && document < self->documents->len, NULL);
  return g_array_index (self->documents, Document, document).id;
}

gboolean
lg_search_is_term (LgSearch *self, guint document)
{
  g_return_val_if_fail (LG_IS_SEARCH (self) && document < self->documents->len, FALSE);
  return g_array_index (self->documents, Document, document).is_term;
}

/* -------------------------------------------------------------------------------------------- */
/* Matching                                                                                     */

static void
add_word_documents (LgSearch *self,
                    guint     word,
                    guint64  *set)
{
  const guint64 *documents = self->word_documents + (gsize) word * self->n_blocks;

  for (guint b = 0; b < self->n_blocks; b++)
    set[b] |= documents[b];
}

/* The vocabulary word in which the byte at @offset lies. */
static guint
word_at (LgSearch *self,
         gsize     offset)
{
  guint low = 0, high = self->word_starts->len;

  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (self->word_starts, guint, middle) <= offset)
        low = middle;
      else
        high = middle;
    }
  return low;
}

/* Into @set, the documents with a word that holds @query_word; TRUE if there is any. */
static gboolean
match_inside_words (LgSearch   *self,
                    const char *query_word,
                    guint64    *set)
{
  const char *vocabulary = self->vocabulary->str;
  const char *hit;
  gboolean any = FALSE;

  for (const char *p = vocabulary; (hit = strstr (p, query_word)) != NULL; )
    {
      guint word = word_at (self, hit - vocabulary);

      add_word_documents (self, word, set);
      any = TRUE;
      /* On to the next word: this one's documents are in already. */
      p = word + 1 < self->word_starts->len
          ? vocabulary + g_array_index (self->word_starts, guint, word + 1)
          : vocabulary + self->vocabulary->len;
    }
  return any;
}

/* Into @set, the documents with a word within one edit of @query_word; each such word is added
 * to @near_words. */
static void
match_near_words (LgSearch   *self,
                  const char *query_word,
                  guint64    *set,
                  GPtrArray  *near_words)
{
  for (guint w = 0; w < self->word_starts->len; w++)
    {
      const char *start = self->vocabulary->str + g_array_index (self->word_starts, guint, w);
      g_autofree char *word = g_strndup (start, strchr (start, '\n') - start);

      if (lg_search_near (query_word, word))
        {
          add_word_documents (self, w, set);
          g_ptr_array_add (near_words, g_steal_pointer (&word));
        }
    }
}

/* The documents that @query (as typed) matches; an empty query matches none. */
LgSearchMatch *
lg_search_match (LgSearch   *self,
                 const char *query)
{
  LgSearchMatch *match;
  g_autofree char *folded = NULL;
  g_autofree guint64 *word_set = NULL;

  g_return_val_if_fail (LG_IS_SEARCH (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  folded = lg_search_fold (query, -1);
  match = g_new0 (LgSearchMatch, 1);
  match->n_blocks = self->n_blocks;
  match->documents = g_new0 (guint64, self->n_blocks);
  match->words = g_strsplit (folded, " ", -1);
  match->near_words = g_ptr_array_new_with_free_func (g_free);
  if (match->words[0] == NULL)
    return match;

  memset (match->documents, 0xff, self->n_blocks * sizeof (guint64));
  word_set = g_new (guint64, self->n_blocks);
  for (guint i = 0; match->words[i] != NULL; i++)
    {
      memset (word_set, 0, self->n_blocks * sizeof (guint64));
      if (!match_inside_words (self, match->words[i], word_set))
        match_near_words (self, match->words[i], word_set, match->near_words);
      for (guint b = 0; b < self->n_blocks; b++)
        match->documents[b] &= word_set[b];
    }
  return match;
}

void
lg_search_match_free (LgSearchMatch *match)
{
  if (match == NULL)
    return;
  g_free (match->documents);
  g_strfreev (match->words);
  g_ptr_array_unref (match->near_words);
  g_free (match);
}

gboolean
lg_search_match_has (LgSearchMatch *match,
                     int            document)
{
  g_return_val_if_fail (match != NULL, FALSE);

  if (document < 0 || (guint) document / 64 >= match->n_blocks)
    return FALSE;
  return (match->documents[document / 64] >> (document % 64)) & 1;
}

/* Whether the folded word @word is one a match shows highlighted. */
static gboolean
word_matches (LgSearchMatch *match,
              const char    *word)
{
  for (guint i = 0; match->words[i] != NULL; i++)
    if (strstr (word, match->words[i]) != NULL)
      return TRUE;
  for (guint i = 0; i < match->near_words->len; i++)
    if (g_str_equal (word, g_ptr_array_index (match->near_words, i)))
      return TRUE;
  return FALSE;
}

/* How many of the query's words the folded @text has. */
static guint
count_words (LgSearchMatch *match,
             const char    *text)
{
  guint count = 0;

  for (guint i = 0; match->words[i] != NULL; i++)
    {
      gboolean found = strstr (text, match->words[i]) != NULL;

      for (guint j = 0; !found && j < match->near_words->len; j++)
        found = strstr (text, g_ptr_array_index (match->near_words, j)) != NULL;
      count += found;
    }
  return count;
}

/* The passage of @document that best shows why it matched (the first with the most query
 * words), or -1 when it did not match. */
int
lg_search_match_passage (LgSearch      *self,
                         LgSearchMatch *match,
                         int            document)
{
  Document *d;
  guint best_count = 0;
  int best = -1;

  g_return_val_if_fail (LG_IS_SEARCH (self) && match != NULL, -1);

  if (!lg_search_match_has (match, document) || (guint) document >= self->documents->len)
    return -1;
  d = &g_array_index (self->documents, Document, document);
  for (guint p = d->first_passage; p < d->first_passage + d->n_passages; p++)
    {
      guint count = count_words (match, g_array_index (self->passages, Passage, p).folded);

      if (count > best_count)
        best_count = count, best = p;
      if (match->words[count] == NULL)
        break;
    }
  return best;
}

/* Where @passage is on its page; @section gets the section's position, or -1. */
LgSearchPlace
lg_search_passage_place (LgSearch *self,
                         int       passage,
                         int      *section)
{
  Passage *p;

  g_return_val_if_fail (LG_IS_SEARCH (self), LG_SEARCH_PLACE_TITLE);
  g_return_val_if_fail (passage >= 0 && (guint) passage < self->passages->len, LG_SEARCH_PLACE_TITLE);

  p = &g_array_index (self->passages, Passage, passage);
  if (section != NULL)
    *section = p->section;
  return p->place;
}

static void
append_escaped (GString *out, const char *text, gsize length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);
  g_string_append (out, escaped);
}

/* @passage as Pango markup, its matching words in bold; a long passage is cut to about
 * @max_chars around the first of them, with "…" where it is cut. */
char *
lg_search_passage_markup (LgSearch      *self,
                          LgSearchMatch *match,
                          int            passage,
                          guint          max_chars)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  const char *text;
  gsize from = 0, to, at = 0;

  g_return_val_if_fail (LG_IS_SEARCH (self) && match != NULL, NULL);
  g_return_val_if_fail (passage >= 0 && (guint) passage < self->passages->len, NULL);

  text = g_array_index (self->passages, Passage, passage).text;
  to = strlen (text);
  _lg_search_fold_into (text, to, folded, spans);
  words = g_strsplit (folded->str, " ", -1);
  for (guint i = 0; words[i] != NULL && i * 2 < spans->len; i++)
    if (word_matches (match, words[i]))
      {
        from = g_array_index (spans, gsize, i * 2);
        break;
      }
  /* A third of the room before the first match, starting at a word. */
  if (g_utf8_strlen (text, to) > max_chars)
    {
      const char *start = text + from;

      for (guint back = 0; start > text && back < max_chars / 3; back++)
        start = g_utf8_prev_char (start);
      while (start > text && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (start))))
        start = g_utf8_prev_char (start);
      from = start - text;
      to = g_utf8_offset_to_pointer (text + from, MIN (max_chars, g_utf8_strlen (text + from, -1))) - text;
    }
  else
    from = 0;
  if (from > 0)
    g_string_append (out, "…");
  at = from;
  for (guint i = 0; words[i] != NULL && i * 2 < spans->len; i++)
    {
      gsize start = g_array_index (spans, gsize, i * 2), end = g_array_index (spans, gsize, i * 2 + 1);

      if (start < from || end > to || !word_matches (match, words[i]))
        continue;
      append_escaped (out, text + at, start - at);
      g_string_append (out, "<b>");
      append_escaped (out, text + start, end - start);
      g_string_append (out, "</b>");
      at = end;
    }
  append_escaped (out, text + at, to - at);
  if (text[to] != '\0')
    g_string_append (out, "…");
  return g_string_free (g_steal_pointer (&out), FALSE);
}
