/* lg-content-walk.c
 *
 * The one list of which content members are text for translators. Every member a content file may
 * hold (data/content/README.md) is named here, so a new member cannot slip past the translators:
 * a member that is in none of the lists stops the build until someone decides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-walk.h"

/* Kept as written in every language: ids, numbers, file names, dates, flags, and sources (a source's
 * publisher and title are cited as published; see po/README.md). */
static const char * const verbatim_members[] = {
  "schema", "id", "group", "order", "file", "type", "reviewed", "sources", "language",
  "in_short_sources", "key_points_sources", "codes", "related", "summary", NULL
};

/* Text a person reads. */
static const char * const text_members[] = {
  "title", "subtitle", "in_short", "alt", "caption", "legend", "heading", "text", "items",
  "key_points", "questions", "teach_back", "term", "definition", "aliases", NULL
};

/* Objects and arrays that hold some of the above. */
static const char * const container_members[] = {
  "illustration", "sections", "blocks", "terms", NULL
};

/* Objects whose every string is text: the Compare treatments cells, the page labels. */
static const char * const all_text_members[] = {
  "compare", "labels", NULL
};

typedef struct {
  const char *file_name;
  char *context;
  LgContentStringFunc func;
  gpointer user_data;
  GError **error;
  gboolean failed;
} Walk;

static void
walk_node (Walk       *w,
           JsonNode   *node,
           const char *path,
           const char *member,
           gboolean    is_text)
{
  if (w->failed)
    return;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l != NULL && !w->failed; l = l->next)
        {
          const char *name = l->data;
          g_autofree char *child_path = g_strdup_printf ("%s.%s", path, name);
          JsonNode *child = json_object_get_member (object, name);

          /* The source ids of a Compare column sit among its cells. */
          if (JSON_NODE_HOLDS_ARRAY (child) && g_str_equal (name, "sources"))
            continue;
          if (is_text || g_strv_contains (text_members, name) ||
              g_strv_contains (all_text_members, name))
            walk_node (w, child, child_path, name, TRUE);
          else if (g_strv_contains (container_members, name))
            walk_node (w, child, child_path, name, FALSE);
          else if (!g_strv_contains (verbatim_members, name))
            {
              g_set_error (w->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "%s: %s: member \"%s\" is not known to build-aux/lg-content-walk.c; "
                           "say there whether translators see its text",
                           w->file_name, child_path, name);
              w->failed = TRUE;
            }
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && !w->failed; i++)
        {
          g_autofree char *child_path = g_strdup_printf ("%s[%u]", path, i);
          walk_node (w, json_array_get_element (array, i), child_path, member, is_text);
        }
    }
  else if (is_text && JSON_NODE_HOLDS_VALUE (node) &&
           json_node_get_value_type (node) == G_TYPE_STRING)
    {
      w->func (node, w->context, path, member, w->user_data);
    }
  /* Anything else (a number, a string where the schema has none) is the content store's to
   * reject; the translation tools leave it as it is. */
}

/* The message context of a file's strings: "surgery" for surgery.json, "glossary", "labels". */
char *
lg_content_context (const char *file_name)
{
  g_autofree char *base = g_path_get_basename (file_name);

  if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';
  return g_steal_pointer (&base);
}

gboolean
lg_content_walk (JsonNode             *root,
                 const char           *file_name,
                 LgContentStringFunc   func,
                 gpointer              user_data,
                 GError              **error)
{
  Walk w = { file_name, lg_content_context (file_name), func, user_data, error, FALSE };

  walk_node (&w, root, "$", NULL, FALSE);
  g_free (w.context);
  return !w.failed;
}
