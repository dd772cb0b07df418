/* lg-labels.c
 *
 * Labels: the fixed words of a topic page and handout ("In short", "Key points", the months, the
 * group headings…), one labels.json per content language, read with the same strict checks as
 * the content and looked up by key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-store-private.h"
#include "lg-content-values.h"

/* Every key labels.json must have, and the only ones it may have. */
static const char * const label_keys[] = {
  "in-short", "key-points", "questions", "questions-hint", "check-understanding", "sources",
  "related",
  "reviewed", "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7",
  "month-8", "month-9", "month-10", "month-11", "month-12",
  "group-understanding", "group-surgery", "group-therapies", "group-next-steps", "group-clinic",
  "compare-how-given", "compare-anaesthesia", "compare-hospital-stay", "compare-recovery",
  "compare-repeatable", "compare-with-surgery", "compare-side-effects",
  "view-questions", "view-compare", "view-glossary", "questions-view-hint", "compare-intro",
  "compare-scroll-hint", "compare-treatment", "compare-table", "glossary-intro", "glossary-list",
  "handout-notes", "handout-page", "handout-disclaimer", "handout-phone", "handout-after-hours",
  "handout-app-name", "handout-call", "handout-call-after-hours", "handout-care-team",
  "handout-approved", "handout-for-you", "handout-name", "handout-date",
  "handout-next-appointment", "handout-contact", "handout-note", "handout-words",
  "handout-more-questions",
  NULL
};

/* Labels with parts the app fills in, which a translation must keep. */
static const struct {
  const char *key;
  const char *placeholders[4];
} label_placeholders[] = {
  { "reviewed", { "{month}", "{year}", NULL } },
  { "handout-page", { "{page}", "{pages}", NULL } },
  { "handout-phone", { "{phone}", NULL } },
  { "handout-after-hours", { "{phone}", NULL } },
  { "handout-call", { "{clinic}", "{phone}", NULL } },
  { "handout-call-after-hours", { "{clinic}", "{phone}", "{after-hours}", NULL } },
  { "handout-approved", { "{approved}", NULL } },
};

gboolean
lg_content_store_add_labels (LgContentStore  *self,
                             GBytes          *bytes,
                             const char      *file_name,
                             GError         **error)
{
  static const char * const members[] = { "schema", "labels", NULL };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  LgJsonReader r = { self, file_name, error, FALSE };
  JsonObject *root;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), FALSE);

  if (!(root = lg_json_read_root (&r, bytes, parser)) ||
      !lg_json_check_members (&r, root, "$", members) ||
      !(node = lg_json_member (&r, root, "$", "labels", LG_JSON_REQUIRED)) ||
      !(object = lg_json_expect_object (&r, node, "$.labels")) ||
      !lg_json_check_members (&r, object, "$.labels", label_keys))
    return FALSE;

  for (guint i = 0; label_keys[i] != NULL; i++)
    {
      char *value = lg_content_string_member (&r, object, "$.labels", label_keys[i],
                                              LG_JSON_REQUIRED);

      if (value == NULL)
        return FALSE;
      g_hash_table_insert (labels, (gpointer) label_keys[i], value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (label_placeholders); i++)
    for (guint j = 0; label_placeholders[i].placeholders[j] != NULL; j++)
      {
        const char *key = label_placeholders[i].key;
        const char *placeholder = label_placeholders[i].placeholders[j];

        if (strstr (g_hash_table_lookup (labels, key), placeholder) == NULL)
          {
            g_autofree char *path = g_strdup_printf ("$.labels.%s", key);
            lg_json_fail (&r, path, LG_CONTENT_ERROR_INVALID_VALUE,
                          "the label must keep the placeholder %s", placeholder);
            return FALSE;
          }
      }

  _lg_content_store_set_labels (self, g_steal_pointer (&labels));
  return TRUE;
}

/* The label for @key ("in-short", "key-points", …) in the content's language; the key itself
 * when this store has no labels (a store built by hand in a test). */
const char *
lg_content_store_get_label (LgContentStore *self,
                            const char     *key)
{
  const char *label;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (g_strv_contains (label_keys, key), key);

  label = _lg_content_store_lookup_label (self, key);
  return label ? label : key;
}
