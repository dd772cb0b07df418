/* lg-search-fold.c
 *
 * Text folded for search with GLib's own Unicode functions: case (through the upper case, so a
 * Turkish dotless "ı" and dotted "İ" fold like "i" and "I", whatever the locale), compatibility
 * forms and accents (NFKD, then every mark dropped), so "CIRUGIA" finds "cirugía" and a
 * precomposed "é" finds a decomposed one. Words are runs of letters and digits; a hyphen or
 * apostrophe inside a word joins it ("Y-90" is "y90"), except between two digits ("2-3" stays
 * two words); anything else separates words. And how near two folded words are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lg-search-fold.h"

#define FUZZY_MIN_CHARS 5

static gboolean
is_joiner (gunichar c)
{
  return c == '-' || c == '\'' || c == 0x2010 || c == 0x2011 || c == 0x2019;
}

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return g_unichar_combining_class (c) != 0 || type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK;
}

/* Appends @c folded (letters and digits only; marks dropped). */
static void
append_folded_char (GString  *out,
                    gunichar  c)
{
  char buffer[8];
  gunichar upper = g_unichar_toupper (c);
  g_autofree char *folded = g_utf8_casefold (buffer, g_unichar_to_utf8 (upper, buffer));
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);

  for (const char *p = decomposed; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar d = g_utf8_get_char (p);

      if (!is_mark (d) && g_unichar_isalnum (d))
        g_string_append_unichar (out, d);
    }
}

/* Folds @text into space-separated words; with @spans, adds each word's start and end in @text
 * (two gsize each) so that a word found can be shown as written. */
void
_lg_search_fold_into (const char *text,
           gsize       length,
           GString    *out,
           GArray     *spans)
{
  const char *end = text + length;
  const char *word_start = NULL, *word_end = NULL;
  gunichar previous = 0;

  for (const char *p = text; p < end; )
    {
      const char *next = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      gboolean word_char = (guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (c);

      if (word_char || (word_start != NULL && (guchar) *p >= 0x80 && is_mark (c)))
        {
          if (word_start == NULL)
            {
              if (out->len > 0)
                g_string_append_c (out, ' ');
              word_start = p;
            }
          if ((guchar) *p < 0x80)
            g_string_append_c (out, g_ascii_tolower (*p));
          else
            append_folded_char (out, c);
          word_end = next;
          if (word_char)
            previous = c;
        }
      else if (word_start != NULL && is_joiner (c) && next < end &&
               g_unichar_isalnum (g_utf8_get_char (next)) &&
               !(g_unichar_isdigit (previous) && g_unichar_isdigit (g_utf8_get_char (next))))
        ;                       /* "Y-90", "don't": one word */
      else if (word_start != NULL)
        {
          if (spans != NULL)
            {
              gsize span[2] = { word_start - text, word_end - text };
              g_array_append_vals (spans, span, 2);
            }
          word_start = NULL;
        }
      p = next;
    }
  if (word_start != NULL && spans != NULL)
    {
      gsize span[2] = { word_start - text, word_end - text };
      g_array_append_vals (spans, span, 2);
    }
}

/* @text folded for search: lower case, no accents, words separated by one space. */
char *
lg_search_fold (const char *text,
                gssize      length)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  out = g_string_sized_new (length);
  _lg_search_fold_into (text, length, out, NULL);
  return g_string_free (out, FALSE);
}

/* Whether @a and @b (of @la and @lb bytes) are at most one edit apart: a byte added, dropped or
 * changed, or two neighbours swapped. */
static gboolean
within_one_edit (const char *a,
                 gsize       la,
                 const char *b,
                 gsize       lb)
{
  gsize i = 0;

  if (la > lb + 1 || lb > la + 1)
    return FALSE;
  while (i < la && i < lb && a[i] == b[i])
    i++;
  if (i == la && i == lb)
    return TRUE;
  if (la == lb)
    return memcmp (a + i + 1, b + i + 1, la - i - 1) == 0 ||
           (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
            memcmp (a + i + 2, b + i + 2, la - i - 2) == 0);
  if (la == lb + 1)
    return memcmp (a + i + 1, b + i, lb - i) == 0;
  return memcmp (a + i, b + i + 1, la - i) == 0;
}

/* Whether the folded @query_word is one edit or less from @word, or from the start of it (a
 * word still being typed). Only words of five letters or more are forgiven a typo. */
gboolean
lg_search_near (const char *query_word,
                const char *word)
{
  gsize lq, lw;

  g_return_val_if_fail (query_word != NULL && word != NULL, FALSE);

  if (g_utf8_strlen (query_word, -1) < FUZZY_MIN_CHARS)
    return FALSE;
  lq = strlen (query_word);
  lw = strlen (word);
  for (gsize len = lq - 1; len <= lq + 1; len++)
    if (len <= lw && within_one_edit (query_word, lq, word, len))
      return TRUE;
  return FALSE;
}

