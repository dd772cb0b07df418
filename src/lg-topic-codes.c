/* lg-topic-codes.c
 *
 * A topic's "codes": the codes of a health record's code systems it answers (a diagnosis in
 * ICD-10-CM or SNOMED CT, a procedure in CPT), read strictly from the topic file, each with its
 * code system's own name and the sources that give it; and the code systems themselves with the
 * OIDs an HL7 infobutton names them by.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-values.h"
#include "lg-topic-codes.h"

#define MAX_CODES 30

static const LgCodeSystem systems[] = {
  /* ICD-10-CM: a letter, two characters, then up to four after a dot, such as C78.7 */
  { "icd10cm", "2.16.840.1.113883.6.90", "ICD-10-CM", "^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$" },
  /* SNOMED CT: a concept id of 6 to 18 digits */
  { "snomedct", "2.16.840.1.113883.6.96", "SNOMED CT", "^[1-9][0-9]{5,17}$" },
  /* CPT: five digits (Category I), or four and F, T or U */
  { "cpt", "2.16.840.1.113883.6.12", "CPT", "^[0-9]{4}[0-9FTU]$" },
};

const LgCodeSystem *
lg_code_system_get_all (guint *n_systems)
{
  *n_systems = G_N_ELEMENTS (systems);
  return systems;
}

const LgCodeSystem *
lg_code_system_lookup (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (systems); i++)
    if (g_str_equal (systems[i].name, name))
      return &systems[i];
  return NULL;
}

const LgCodeSystem *
lg_code_system_from_oid (const char *oid)
{
  for (guint i = 0; oid != NULL && i < G_N_ELEMENTS (systems); i++)
    if (g_str_equal (systems[i].oid, oid))
      return &systems[i];
  return NULL;
}

/* @code as compared: upper case, and for ICD-10-CM without its dot (records often send C787). */
static char *
normalize (const LgCodeSystem *system,
           const char         *code)
{
  GString *s = g_string_new (NULL);

  for (const char *p = code; *p != '\0'; p++)
    if (!(*p == '.' && g_str_equal (system->name, "icd10cm")))
      g_string_append_c (s, g_ascii_toupper (*p));
  return g_string_free (s, FALSE);
}

gboolean
lg_code_equal (const LgCodeSystem *system,
               const char         *a,
               const char         *b)
{
  g_autofree char *na = normalize (system, a);
  g_autofree char *nb = normalize (system, b);

  return g_str_equal (na, nb);
}

gboolean
lg_topic_has_code (LgTopic            *topic,
                   const LgCodeSystem *system,
                   const char         *code)
{
  GPtrArray *codes = lg_topic_get_codes (topic);

  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      LgTopicCode *c = g_ptr_array_index (codes, i);

      if (g_str_equal (c->system, system->name) && lg_code_equal (system, c->code, code))
        return TRUE;
    }
  return FALSE;
}

static LgTopicCode *
read_code (LgJsonReader *r,
           JsonNode     *node,
           const char   *path)
{
  static const char * const members[] = { "system", "code", "display", "sources", NULL };
  LgTopicCode *c;
  const LgCodeSystem *system;
  JsonObject *object;

  if (!(object = lg_json_expect_object (r, node, path)) || !lg_json_check_members (r, object, path, members))
    return NULL;
  c = g_new0 (LgTopicCode, 1);
  c->system = lg_content_word_member (r, object, path, "system", "^(icd10cm|snomedct|cpt)$",
                                      "icd10cm, snomedct or cpt");
  c->code = lg_content_string_member (r, object, path, "code", LG_JSON_REQUIRED);
  c->display = lg_content_string_member (r, object, path, "display", LG_JSON_REQUIRED);
  c->sources = lg_content_source_ids_member (r, object, path, "sources");
  system = lg_code_system_lookup (c->system);
  if (!r->failed && !lg_json_matches (system->pattern, c->code))
    {
      g_autofree char *quoted = lg_json_shorten (c->code);
      g_autofree char *code_path = g_strconcat (path, ".code", NULL);

      lg_json_fail (r, code_path, LG_CONTENT_ERROR_INVALID_VALUE, "\"%s\" is not a valid code in %s",
                    quoted, system->label);
    }
  if (!r->failed && c->sources == NULL)
    {
      g_autofree char *sources_path = g_strconcat (path, ".sources", NULL);

      lg_json_fail (r, sources_path, LG_CONTENT_ERROR_MISSING,
                    "give the ids of the sources that show this code (\"sources\": [\"id\"])");
    }
  if (r->failed)
    g_clear_pointer (&c, lg_topic_code_free);
  return c;
}

/* "codes": optional; each a system, a code of its form, the code system's name for it and the
 * ids of the sources that give it; no code twice. Read after "sources". */
GPtrArray *
lg_content_read_codes (LgJsonReader *r,
                       JsonObject   *root)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_topic_code_free);
  JsonArray *array;
  JsonNode *node;

  if (r->failed || !(node = lg_json_member (r, root, "$", "codes", LG_JSON_OPTIONAL)))
    return NULL;
  if (!(array = lg_json_expect_array (r, node, "$.codes", 1, MAX_CODES)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array) && !r->failed; i++)
    {
      g_autofree char *path = g_strdup_printf ("$.codes[%u]", i);
      LgTopicCode *c = read_code (r, json_array_get_element (array, i), path);

      for (guint j = 0; c != NULL && j < codes->len; j++)
        {
          LgTopicCode *other = g_ptr_array_index (codes, j);

          if (g_str_equal (other->system, c->system) &&
              lg_code_equal (lg_code_system_lookup (c->system), other->code, c->code))
            {
              lg_json_fail (r, path, LG_CONTENT_ERROR_DUPLICATE_ID, "%s %s is listed twice",
                            lg_code_system_lookup (c->system)->label, c->code);
              g_clear_pointer (&c, lg_topic_code_free);
            }
        }
      if (c != NULL)
        g_ptr_array_add (codes, c);
    }
  return r->failed ? NULL : g_steal_pointer (&codes);
}
