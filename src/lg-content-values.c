/* lg-content-values.c
 *
 * The values every content file is made of, read with the rules of data/content/README.md: text a
 * person reads (not blank, no control characters, glossary marks that resolve and only in running
 * text), words that match a pattern (ids, months, file names), "sources" and the ids that cite
 * them, and the review month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-store-private.h"
#include "lg-content-values.h"
#include "lg-markup.h"
#include "lg-source.h"

/* Where data/content/README.md allows glossary marks: the running text, never a title, heading,
 * caption, alt text, legend, Compare cell, source or glossary entry. */
#define RUNNING_TEXT_PATH \
  "^\\$\\.(in_short|key_points\\[[0-9]+\\]|questions\\[[0-9]+\\]|" \
  "sections\\[[0-9]+\\]\\.blocks\\[[0-9]+\\]\\.(text|items\\[[0-9]+\\]))$"

/* Text a person reads: not blank, no control characters, glossary marks that resolve and only
 * in running text. */
static gboolean
check_text (LgJsonReader *r,
            const char   *path,
            const char   *text)
{
  g_autofree char *problem = NULL;
  gboolean blank = TRUE;
  glong n_chars = 0;

  /* The file is valid UTF-8, but a JSON escape of half a surrogate pair ("\ud800") is not: the
   * json-glib 1.6 floor shim in lg-json-reader.c refuses it before parsing, and this stays as the
   * guard of last resort. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_INVALID_UTF8,
                    "text is not valid Unicode (a \\u escape of half a surrogate pair?)");
      return FALSE;
    }
  /* One pass, counting the characters too; ASCII (almost all of the text) without a Unicode
   * table lookup: its control characters are U+0000–U+001F and U+007F (tabs and line breaks
   * among them), its only space that is not one of those is ' '. */
  for (const char *p = text; *p; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c;

      if ((guchar) *p < 0x80 && (guchar) *p >= 0x20 && *p != 0x7f)
        {
          if (*p != ' ')
            blank = FALSE;
          continue;
        }
      c = g_utf8_get_char (p);
      if (g_unichar_type (c) == G_UNICODE_CONTROL)
        {
          lg_json_fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE, "control character U+%04X in text",
                        c);
          return FALSE;
        }
      if (!g_unichar_isspace (c))
        blank = FALSE;
    }
  if (blank)
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE, "text is empty");
      return FALSE;
    }
  if (n_chars > LG_CONTENT_MAX_TEXT)
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_TOO_LARGE,
                    "text is %ld characters long; at most %d are allowed (split it)",
                    n_chars, LG_CONTENT_MAX_TEXT);
      return FALSE;
    }
  if (strstr (text, "[[") != NULL && !lg_json_matches (RUNNING_TEXT_PATH, path))
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE,
                    "glossary marks ([[...]]) belong only in running text (in_short, paragraph "
                    "and note text, list items, key points and questions)");
      return FALSE;
    }
  if (!lg_markup_check (text, _lg_content_store_term_name, r->store, &problem))
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_UNKNOWN_TERM, "%s", problem);
      return FALSE;
    }
  r->text_chars += n_chars;
  return TRUE;
}

char *
lg_content_expect_string (LgJsonReader *r,
                          JsonNode     *node,
                          const char   *path)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_WRONG_TYPE, "expected a string, found %s",
                    lg_json_node_kind (node));
      return NULL;
    }
  value = json_node_get_string (node);
  if (!check_text (r, path, value))
    return NULL;
  return g_strdup (value);
}

char *
lg_content_string_member (LgJsonReader *r,
                          JsonObject   *object,
                          const char   *path,
                          const char   *name,
                          LgJsonNeed    need)
{
  g_autofree char *member_path = NULL;
  JsonNode *node;

  if (!(node = lg_json_member (r, object, path, name, need)))
    return NULL;
  member_path = g_strconcat (path, ".", name, NULL); /* on every string: no printf */
  return lg_content_expect_string (r, node, member_path);
}

/* A string that must match @pattern (an id, a month, a file name). */
char *
lg_content_word_member (LgJsonReader *r,
                        JsonObject   *object,
                        const char   *path,
                        const char   *name,
                        const char   *pattern,
                        const char   *what)
{
  g_autofree char *value = lg_content_string_member (r, object, path, name, LG_JSON_REQUIRED);

  if (value != NULL && !lg_json_matches (pattern, value))
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      g_autofree char *quoted = lg_json_shorten (value);
      lg_json_fail (r, member_path, LG_CONTENT_ERROR_INVALID_VALUE, "\"%s\" is not %s", quoted,
                    what);
      return NULL;
    }
  return g_steal_pointer (&value);
}

GStrv
lg_content_strings_member (LgJsonReader *r,
                           JsonObject   *object,
                           const char   *path,
                           const char   *name,
                           LgJsonNeed    need)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *member_path = NULL;
  gboolean failed = FALSE;
  JsonArray *array;
  JsonNode *node;

  if (!(node = lg_json_member (r, object, path, name, need)))
    return NULL;
  member_path = g_strconcat (path, ".", name, NULL);
  if (!(array = lg_json_expect_array (r, node, member_path, 1, LG_CONTENT_MAX_LIST_ITEMS)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", member_path, i);
      g_autofree char *item = lg_content_expect_string (r, json_array_get_element (array, i),
                                                        item_path);

      if (item == NULL)
        failed = TRUE;   /* and the next items are checked too */
      else
        g_strv_builder_add (builder, item);
    }
  return failed ? NULL : g_strv_builder_end (builder);
}

/* "sources": publisher, title and web address of each, with an optional id that blocks cite it by
 * and an optional language for a page meant for one content language only. Fills r->source_ids. */
GListModel *
lg_content_read_sources (LgJsonReader *r,
                         JsonObject   *root,
                         LgJsonNeed    need)
{
  static const char * const members[] = { "id", "publisher", "title", "url", "language", NULL };
  g_autoptr(GListStore) sources = g_list_store_new (LG_TYPE_SOURCE);
  guint before = r->n_faults;
  JsonArray *array;
  JsonNode *node;

  if (!(node = lg_json_member (r, root, "$", "sources", need)))
    {
      r->sources_incomplete = r->n_faults != before;
      return r->sources_incomplete ? NULL : G_LIST_MODEL (g_steal_pointer (&sources));
    }
  if (!(array = lg_json_expect_array (r, node, "$.sources", 1, LG_CONTENT_MAX_SOURCES)))
    {
      r->sources_incomplete = TRUE;
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.sources[%u]", i);
      g_autofree char *id = NULL;
      g_autofree char *publisher = NULL;
      g_autofree char *title = NULL;
      g_autofree char *url = NULL;
      g_autofree char *language = NULL;
      g_autoptr(LgSource) source = NULL;
      JsonObject *object;

      if (!(object = lg_json_expect_object (r, json_array_get_element (array, i), path)) ||
          !lg_json_check_members (r, object, path, members))
        continue;
      if (json_object_has_member (object, "id") &&
          !(id = lg_content_word_member (r, object, path, "id", LG_CONTENT_ID_PATTERN,
                                         "an id of a-z, 0-9 and -")))
        continue;
      if (!(publisher = lg_content_string_member (r, object, path, "publisher",
                                                  LG_JSON_REQUIRED)) ||
          !(title = lg_content_string_member (r, object, path, "title", LG_JSON_REQUIRED)) ||
          !(url = lg_content_word_member (r, object, path, "url", "^https?://[^\\s]+$",
                                          "a web address")))
        continue;
      if (json_object_has_member (object, "language") &&
          !(language = lg_content_word_member (r, object, path, "language", "^[a-z][a-z][a-z]?$",
                                               "a language code such as \"es\"")))
        continue;
      if (id != NULL && g_hash_table_contains (r->source_ids, id))
        {
          g_autofree char *id_path = g_strdup_printf ("%s.id", path);
          lg_json_fail (r, id_path, LG_CONTENT_ERROR_DUPLICATE_ID, "two sources have the id \"%s\"",
                        id);
          continue;
        }
      source = lg_source_new (id, publisher, title, url, language);
      g_list_store_append (sources, source);
      if (id != NULL)
        g_hash_table_insert (r->source_ids, (gpointer) lg_source_get_id (source), source);
    }
  if (r->n_faults != before)
    {
      /* A block citing a source left out is not one more fault; the sources go with the list. */
      r->sources_incomplete = TRUE;
      g_hash_table_remove_all (r->source_ids);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&sources));
}

/* An optional list of the ids of sources in the same file's "sources" (see read_sources()). */
GStrv
lg_content_source_ids_member (LgJsonReader *r,
                              JsonObject   *object,
                              const char   *path,
                              const char   *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *member_path = NULL;
  JsonArray *array;
  JsonNode *node;

  if (!(node = lg_json_member (r, object, path, name, LG_JSON_OPTIONAL)))
    return NULL;
  member_path = g_strconcat (path, ".", name, NULL);
  if (!(array = lg_json_expect_array (r, node, member_path, 1, LG_CONTENT_MAX_SOURCES)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", member_path, i);
      JsonNode *item = json_array_get_element (array, i);
      const char *id;

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        {
          lg_json_fail (r, item_path, LG_CONTENT_ERROR_WRONG_TYPE, "expected a source id, found %s",
                        lg_json_node_kind (item));
          return NULL;
        }
      id = json_node_get_string (item);
      if (!g_hash_table_contains (r->source_ids, id) && !r->sources_incomplete)
        {
          g_autofree char *quoted = lg_json_shorten (id);
          lg_json_fail (r, item_path, LG_CONTENT_ERROR_UNKNOWN_SOURCE,
                        "no source has the id \"%s\" (give it one in $.sources)", quoted);
          return NULL;
        }
      g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

/* "reviewed": the month the text was last checked against its sources, written YYYY-MM. */
gboolean
lg_content_read_reviewed (LgJsonReader *r,
                          JsonObject   *object,
                          const char   *path,
                          int          *year,
                          int          *month)
{
  g_autofree char *reviewed = lg_content_word_member (r, object, path, "reviewed",
                                                      "^20[0-9][0-9]-(0[1-9]|1[0-2])$",
                                                      "a month written YYYY-MM");
  if (reviewed == NULL)
    return FALSE;
  *year = atoi (reviewed);
  *month = atoi (reviewed + 5);
  return TRUE;
}
