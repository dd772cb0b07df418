/* lg-json-positions.c
 *
 * Where each value of a JSON file is, for messages a person can find in an editor: the file is
 * parsed again by json-glib (only when it has a fault to report), and its parser's signals say
 * where it is as it reads. An object or a list is placed at its opening bracket (the
 * "object-start" and "array-start" signals); any other value where json-glib has just read it,
 * that is at its end or just after it ("object-member", "array-element"). Then the tree is
 * walked once to name each place by the JSON path the reader's messages use ("$.a[0].b").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-json-positions.h"

typedef struct {
  guint line;
  guint column;
} Position;

typedef struct {
  GArray *starts;          /* Position of each object or list still open, innermost last */
  GHashTable *containers;  /* JsonObject * or JsonArray * → Position * of its opening bracket */
  GHashTable *values;      /* JsonNode * → Position * where json-glib read it */
} Walk;

static Position *
position_here (JsonParser *parser)
{
  Position *p = g_new (Position, 1);

  p->line = json_parser_get_current_line (parser);
  p->column = json_parser_get_current_pos (parser);
  return p;
}

static void
on_start (JsonParser *parser,
          Walk       *walk)
{
  Position p = { json_parser_get_current_line (parser), json_parser_get_current_pos (parser) };

  g_array_append_val (walk->starts, p);
}

static void
on_end (JsonParser *parser,
        gpointer    container,
        Walk       *walk)
{
  Position *p;

  if (walk->starts->len == 0)
    return;
  p = g_new (Position, 1);
  *p = g_array_index (walk->starts, Position, walk->starts->len - 1);
  g_array_set_size (walk->starts, walk->starts->len - 1);
  g_hash_table_insert (walk->containers, container, p);
}

static void
on_member (JsonParser *parser,
           JsonObject *object,
           const char *name,
           Walk       *walk)
{
  g_hash_table_insert (walk->values, json_object_get_member (object, name), position_here (parser));
}

static void
on_element (JsonParser *parser,
            JsonArray  *array,
            int         index,
            Walk       *walk)
{
  g_hash_table_insert (walk->values, json_array_get_element (array, index), position_here (parser));
}

static void
name_node (Walk       *walk,
           GHashTable *positions,
           JsonNode   *node,
           const char *path)
{
  Position *p = NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    p = g_hash_table_lookup (walk->containers, json_node_get_object (node));
  else if (JSON_NODE_HOLDS_ARRAY (node))
    p = g_hash_table_lookup (walk->containers, json_node_get_array (node));
  if (p == NULL)
    p = g_hash_table_lookup (walk->values, node);
  if (p != NULL)
    g_hash_table_insert (positions, g_strdup (path), g_memdup2 (p, sizeof *p));

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l != NULL; l = l->next)
        {
          g_autofree char *child = g_strdup_printf ("%s.%s", path, (const char *) l->data);
          name_node (walk, positions, json_object_get_member (object, l->data), child);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);
          name_node (walk, positions, json_array_get_element (array, i), child);
        }
    }
}

/* JSON path → the line and column (from 1) json-glib gives for it, or NULL when @bytes does not
 * parse. Call it only on bytes the reader's structure check passed (its depth limit). */
GHashTable *
lg_json_positions_new (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) containers = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) values = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (Position));
  Walk walk = { starts, containers, values };
  GHashTable *positions;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_signal_connect (parser, "object-start", G_CALLBACK (on_start), &walk);
  g_signal_connect (parser, "array-start", G_CALLBACK (on_start), &walk);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_end), &walk);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_end), &walk);
  g_signal_connect (parser, "object-member", G_CALLBACK (on_member), &walk);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_element), &walk);
  if (!json_parser_load_from_data (parser, data, size, NULL) || json_parser_get_root (parser) == NULL)
    return NULL;

  positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  name_node (&walk, positions, json_parser_get_root (parser), "$");
  return positions;
}

/* The place of @path, or of the nearest value holding it (a missing member is placed at its
 * object). */
gboolean
lg_json_positions_find (GHashTable *positions,
                        const char *path,
                        guint      *line,
                        guint      *column)
{
  g_autofree char *at = g_strdup (path);

  while (positions != NULL && *at != '\0')
    {
      Position *p = g_hash_table_lookup (positions, at);
      char *dot, *bracket;

      if (p != NULL && p->line > 0)
        {
          *line = p->line;
          *column = p->column;
          return TRUE;
        }
      dot = strrchr (at, '.');
      bracket = strrchr (at, '[');
      if (dot == NULL && bracket == NULL)
        break;
      *MAX (dot, bracket) = '\0';
    }
  return FALSE;
}
