/* lg-markup.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-markup.h"

static GRegex *
term_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GRegex *r = g_regex_new ("\\[\\[([a-z0-9-]+)(?:\\|([^\\[\\]|]+))?\\]\\]",
                               G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regex, r);
    }
  return regex;
}

typedef enum { TO_PLAIN, TO_PANGO } Target;

/* Rewrites @text for @target: plain runs as they are (escaped for Pango), marks as their words. */
static char *
convert (const char   *text,
         Target        target,
         LgTermLookup  lookup,
         gpointer      user_data)
{
  g_autoptr(GMatchInfo) match = NULL;
  GString *out;
  int last = 0;

  /* Most text has no marks: skip the regex. */
  if (strstr (text, "[[") == NULL)
    return target == TO_PANGO ? g_markup_escape_text (text, -1) : g_strdup (text);

  out = g_string_sized_new (strlen (text) + 16);
  g_regex_match (term_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end, id_start, id_end, shown_start = -1, shown_end = -1;
      g_autofree char *id = NULL;
      g_autofree char *shown = NULL;

      g_match_info_fetch_pos (match, 0, &start, &end);
      g_match_info_fetch_pos (match, 1, &id_start, &id_end);
      if (g_match_info_get_match_count (match) > 2)
        g_match_info_fetch_pos (match, 2, &shown_start, &shown_end);

      id = g_strndup (text + id_start, id_end - id_start);
      if (shown_start >= 0 && shown_end > shown_start)
        shown = g_strndup (text + shown_start, shown_end - shown_start);
      else
        shown = g_strdup (lookup (id, user_data) ? lookup (id, user_data) : id);

      if (target == TO_PANGO)
        {
          g_autofree char *before = g_markup_escape_text (text + last, start - last);
          g_autofree char *label = g_markup_escape_text (shown, -1);

          g_string_append_printf (out, "%s<a href=\"term:%s\">%s</a>", before, id, label);
        }
      else
        {
          g_string_append_len (out, text + last, start - last);
          g_string_append (out, shown);
        }
      last = end;
      g_match_info_next (match, NULL);
    }

  if (target == TO_PANGO)
    {
      g_autofree char *rest = g_markup_escape_text (text + last, -1);
      g_string_append (out, rest);
    }
  else
    g_string_append (out, text + last);

  return g_string_free (out, FALSE);
}

/* Checks every mark names a known term and no half-written mark is left.
 * On failure sets @message to a sentence for the author (free it). */
gboolean
lg_markup_check (const char    *text,
                 LgTermLookup   lookup,
                 gpointer       user_data,
                 char         **message)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *plain = NULL;

  g_regex_match (term_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *id = g_match_info_fetch (match, 1);

      if (lookup (id, user_data) == NULL)
        {
          *message = g_strdup_printf ("unknown glossary term \"%s\"", id);
          return FALSE;
        }
      g_match_info_next (match, NULL);
    }

  plain = convert (text, TO_PLAIN, lookup, user_data);
  if (strstr (plain, "[[") != NULL || strstr (plain, "]]") != NULL)
    {
      *message = g_strdup ("malformed glossary mark: write [[term-id]] or [[term-id|shown words]]");
      return FALSE;
    }

  return TRUE;
}

/* The text as a reader sees it, marks replaced by their words. */
char *
lg_markup_to_plain (const char   *text,
                    LgTermLookup  lookup,
                    gpointer      user_data)
{
  return convert (text, TO_PLAIN, lookup, user_data);
}

/* Pango markup for a GtkLabel: everything escaped, marks as term: links. */
char *
lg_markup_to_pango (const char   *text,
                    LgTermLookup  lookup,
                    gpointer      user_data)
{
  return convert (text, TO_PANGO, lookup, user_data);
}
