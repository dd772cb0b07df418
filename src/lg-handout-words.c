/* lg-handout-words.c — "Words to know": at the end of each part of the handout (after its last
 * topic's questions, before its notes and sources), the glossary terms its printed text marks
 * ([[id]] in In short, the sections, key points and questions that print), each with its
 * definition, in alphabetical order
 *
 * The marks are found by the markup module itself (lg_markup_check() asks for each mark's
 * term), as the text is laid out, so a term counts only when its text is on the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-handout-private.h"
#include "lg-markup.h"

static const char *
note_term (const char *id,
           gpointer    user_data)
{
  LgHandout *self = user_data;
  LgGlossaryTerm *term = lg_content_store_lookup_term (self->store, id);

  if (term == NULL)
    return NULL;
  if (!g_ptr_array_find_with_equal_func (self->words, id, g_str_equal, NULL))
    g_ptr_array_add (self->words, g_strdup (id));
  return lg_glossary_term_get_term (term);
}

/* Notes the glossary terms @text marks. */
void
_lg_handout_note_terms (LgHandout  *self,
                        const char *text)
{
  g_autofree char *message = NULL;

  /* The check asks for every mark's term (the text was checked when it was loaded). */
  lg_markup_check (text, note_term, self, &message);
}

/* A page's title for what follows the topics (the Compare table): the topic's title's size and
 * tag, on a fresh page. */
Item *
_lg_handout_add_part_title (LgHandout  *self,
                            guint       index,
                            const char *text)
{
  Item *item = _lg_handout_add_text (self, ITEM_TITLE, index, 0, text, NULL, 0, S (TITLE_SIZE),
                                     TRUE);

  item->new_page = TRUE;
  item->keep_with_next = TRUE;
  item->splits = FALSE;
  return item;
}

static int
compare_terms (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  LgContentStore *store = user_data;
  LgGlossaryTerm *term_a = lg_content_store_lookup_term (store, *(const char **) a);
  LgGlossaryTerm *term_b = lg_content_store_lookup_term (store, *(const char **) b);

  return g_utf8_collate (lg_glossary_term_get_term (term_a), lg_glossary_term_get_term (term_b));
}

/* The terms the part so far marks, then a fresh list for the next part. */
void
_lg_handout_add_words (LgHandout *self,
                       guint      index)
{
  g_autoptr(GPtrArray) words = g_steal_pointer (&self->words);

  self->words = g_ptr_array_new_with_free_func (g_free);
  if (words == NULL || words->len == 0)
    return;
  g_ptr_array_sort_with_data (words, compare_terms, self->store);
  _lg_handout_add_heading (self, index, _lg_handout_label (self, "handout-words"));
  for (guint i = 0; i < words->len; i++)
    {
      LgGlossaryTerm *term = lg_content_store_lookup_term (self->store, words->pdata[i]);
      const char *name = lg_glossary_term_get_term (term);
      g_autofree char *definition = lg_content_store_to_plain (self->store,
                                                               lg_glossary_term_get_definition (term));
      g_autofree char *text = g_strdup_printf ("%s: %s", name, definition);
      Item *item = _lg_handout_add_text (self, ITEM_WORD, index, S (SPACE_BLOCK),
                                         text, NULL, 0, S (BODY_SIZE), FALSE);

      _lg_handout_bold_range (item->layout, 0, strlen (name));
      _lg_handout_remeasure (item);
    }
}
