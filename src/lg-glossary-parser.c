/* lg-glossary-parser.c
 *
 * The glossary file, read into immutable terms in the store, through the strict JSON reader
 * (lg-json-reader.c) and the shared values (lg-content-values.c). The guide's own glossary is all
 * or nothing; a clinic pack's keeps its good terms and leaves out each bad one (and each one the
 * guide already defines), with every fault reported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-store-private.h"
#include "lg-content-values.h"
#include "lg-source.h"

/* Term @i of the file, or NULL (its faults reported) when it is bad. */
static LgGlossaryTerm *
read_term (LgJsonReader *r,
           JsonNode     *node,
           const char   *path)
{
  static const char * const term_members[] = {
    "id", "term", "definition", "aliases", "sources", "reviewed", NULL
  };
  g_autofree char *id = NULL;
  g_autofree char *term = NULL;
  g_autofree char *definition = NULL;
  g_auto(GStrv) source_ids_cited = NULL;
  g_auto(GStrv) aliases = NULL;
  g_autoptr(GListStore) term_sources = g_list_store_new (LG_TYPE_SOURCE);
  guint before = r->n_faults;
  int year = 0, month = 0;
  JsonObject *object;

  if (!(object = lg_json_expect_object (r, node, path)))
    return NULL;
  lg_json_check_members (r, object, path, term_members);
  id = lg_content_word_member (r, object, path, "id", LG_CONTENT_ID_PATTERN,
                               "an id of a-z, 0-9 and -");
  term = lg_content_string_member (r, object, path, "term", LG_JSON_REQUIRED);
  definition = lg_content_string_member (r, object, path, "definition", LG_JSON_REQUIRED);
  source_ids_cited = lg_content_source_ids_member (r, object, path, "sources");
  aliases = lg_content_strings_member (r, object, path, "aliases", LG_JSON_OPTIONAL);
  if (json_object_has_member (object, "reviewed"))
    lg_content_read_reviewed (r, object, path, &year, &month);
  if (r->n_faults != before || r->sources_incomplete)
    return NULL;
  for (guint j = 0; source_ids_cited && source_ids_cited[j]; j++)
    g_list_store_append (term_sources, g_hash_table_lookup (r->source_ids, source_ids_cited[j]));
  return lg_glossary_term_new (id, term, definition, (const char * const *) aliases,
                               G_LIST_MODEL (term_sources), year, month);
}

/* @faults: NULL for the guide's own glossary, which a fault or a term defined twice fails as a
 * whole; else a clinic pack's, whose faults are all added there (LgJsonFault) and whose bad terms,
 * and terms the store already has (a pack cannot redefine the guide's), are each left out.
 * Returns whether the file was read; a pack's file with only terms left out was. */
gboolean
_lg_content_store_add_glossary_full (LgContentStore  *self,
                                     GBytes          *bytes,
                                     const char      *file_name,
                                     GPtrArray       *faults,
                                     GError         **error)
{
  static const char * const members[] = { "schema", "sources", "terms", NULL };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) sources = NULL;
  g_auto(LgJsonReader) r = { self, file_name, faults ? NULL : error, FALSE, NULL, source_ids,
                             0, faults };
  JsonObject *root;
  JsonArray *array = NULL;
  JsonNode *node;
  guint file_faults;

  if (!(root = lg_json_read_root (&r, bytes, parser)))
    return FALSE;
  lg_json_check_members (&r, root, "$", members);
  sources = lg_content_read_sources (&r, root, LG_JSON_OPTIONAL);
  if ((node = lg_json_member (&r, root, "$", "terms", LG_JSON_REQUIRED)))
    array = lg_json_expect_array (&r, node, "$.terms", 1, LG_CONTENT_MAX_TERMS);
  file_faults = r.n_faults;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.terms[%u]", i);
      g_autoptr(LgGlossaryTerm) term = read_term (&r, json_array_get_element (array, i), path);
      const char *id = term ? lg_glossary_term_get_id (term) : NULL;

      if (id != NULL &&
          (g_hash_table_contains (seen, id) || lg_content_store_lookup_term (self, id) != NULL))
        {
          g_autofree char *id_path = g_strdup_printf ("%s.id", path);
          g_autofree char *quoted = lg_json_shorten (id);

          if (faults == NULL)
            lg_json_fail (&r, id_path, LG_CONTENT_ERROR_DUPLICATE_ID,
                          "duplicate glossary term \"%s\"", quoted);
          else
            lg_json_fail (&r, id_path, LG_CONTENT_ERROR_DUPLICATE_ID,
                          "the glossary already has a term \"%s\"; this one is left out", quoted);
          continue;
        }
      if (term != NULL)
        {
          g_hash_table_add (seen, (gpointer) id);
          g_ptr_array_add (terms, g_steal_pointer (&term));
        }
    }

  if (file_faults > 0 || (faults == NULL && r.failed))
    return FALSE;
  for (guint i = 0; i < terms->len; i++)
    _lg_content_store_add_term (self, g_ptr_array_index (terms, i));
  return TRUE;
}

gboolean
lg_content_store_add_glossary (LgContentStore  *self,
                               GBytes          *bytes,
                               const char      *file_name,
                               GError         **error)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), FALSE);
  g_return_val_if_fail (bytes != NULL && file_name != NULL, FALSE);

  return _lg_content_store_add_glossary_full (self, bytes, file_name, NULL, error);
}
