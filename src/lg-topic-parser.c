/* lg-topic-parser.c
 *
 * A topic file, read into immutable objects: its blocks, sections, illustration (the guide's, or
 * a clinic pack's, checked now) and Compare row (the glossary is lg-glossary-parser.c). Each file
 * goes through the strict JSON reader (lg-json-reader.c) first, and its values are read by
 * lg-content-values.c; the first fault is a GError "file: $.json.path: message", and a bad block,
 * section or source is reported and the next one read, so a pack's file has every fault listed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-block.h"
#include "lg-content-pack.h"
#include "lg-content-store-private.h"
#include "lg-content-values.h"
#include "lg-languages.h"
#include "lg-section.h"
#include "lg-source.h"

/* A block's optional "summary" member: false leaves it out of the Summary handout. */
static gboolean
read_in_summary (LgJsonReader *r,
                 JsonObject   *object,
                 const char   *path,
                 LgBlock      *block)
{
  g_autofree char *summary_path = g_strdup_printf ("%s.summary", path);
  guint before = r->n_faults;
  JsonNode *node = lg_json_member (r, object, path, "summary", LG_JSON_OPTIONAL);

  if (node == NULL)
    return r->n_faults == before;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      lg_json_fail (r, summary_path, LG_CONTENT_ERROR_WRONG_TYPE, "expected true or false, found %s",
                    lg_json_node_kind (node));
      return FALSE;
    }
  lg_block_set_in_summary (block, json_node_get_boolean (node));
  return TRUE;
}

static LgBlock *
read_block (LgJsonReader *r,
            JsonNode     *node,
            const char   *path)
{
  static const char * const text_members[] = { "type", "text", "sources", "summary", NULL };
  static const char * const list_members[] = { "type", "items", "sources", "summary", NULL };
  g_autofree char *type_path = g_strdup_printf ("%s.type", path);
  g_auto(GStrv) sources = NULL;
  LgBlock *block = NULL;
  JsonObject *object;
  JsonNode *type_node;
  guint before = r->n_faults;
  LgBlockType type;
  const char *name;

  if (!(object = lg_json_expect_object (r, node, path)) ||
      !(type_node = lg_json_member (r, object, path, "type", LG_JSON_REQUIRED)))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (type_node) || json_node_get_value_type (type_node) != G_TYPE_STRING)
    {
      lg_json_fail (r, type_path, LG_CONTENT_ERROR_WRONG_TYPE, "expected a string, found %s",
                    lg_json_node_kind (type_node));
      return NULL;
    }
  name = json_node_get_string (type_node);
  if (!lg_block_type_from_string (name, &type))
    {
      g_autofree char *quoted = lg_json_shorten (name);
      lg_json_fail (r, type_path, LG_CONTENT_ERROR_UNKNOWN_BLOCK_TYPE,
                    "unknown block type \"%s\" (use paragraph, bullets, steps or note)", quoted);
      return NULL;
    }

  if (type == LG_BLOCK_PARAGRAPH || type == LG_BLOCK_NOTE)
    {
      g_autofree char *text = NULL;

      lg_json_check_members (r, object, path, text_members);
      if (!(text = lg_content_string_member (r, object, path, "text", LG_JSON_REQUIRED)))
        return NULL;
      sources = lg_content_source_ids_member (r, object, path, "sources");
      block = r->n_faults != before ? NULL : lg_block_new_text (type, text, g_steal_pointer (&sources));
    }
  else
    {
      g_auto(GStrv) items = NULL;

      lg_json_check_members (r, object, path, list_members);
      if (!(items = lg_content_strings_member (r, object, path, "items", LG_JSON_REQUIRED)))
        return NULL;
      sources = lg_content_source_ids_member (r, object, path, "sources");
      block = r->n_faults != before ? NULL : lg_block_new_list (type, g_steal_pointer (&items),
                                                    g_steal_pointer (&sources));
    }
  if (block != NULL && !read_in_summary (r, object, path, block))
    g_clear_object (&block);
  return block;
}

static LgSection *
read_section (LgJsonReader *r,
              JsonNode     *node,
              const char   *path)
{
  static const char * const members[] = { "id", "heading", "blocks", NULL };
  g_autoptr(GListStore) blocks = g_list_store_new (LG_TYPE_BLOCK);
  g_autofree char *blocks_path = g_strdup_printf ("%s.blocks", path);
  g_autofree char *id = NULL;
  g_autofree char *heading = NULL;
  guint before = r->n_faults;
  JsonObject *object;
  JsonArray *array;
  JsonNode *blocks_node;

  if (!(object = lg_json_expect_object (r, node, path)))
    return NULL;
  lg_json_check_members (r, object, path, members);
  if (json_object_has_member (object, "id"))
    id = lg_content_word_member (r, object, path, "id", LG_CONTENT_ID_PATTERN,
                                 "a word of a-z, 0-9 and -");
  heading = lg_content_string_member (r, object, path, "heading", LG_JSON_REQUIRED);
  if (!(blocks_node = lg_json_member (r, object, path, "blocks", LG_JSON_REQUIRED)) ||
      !(array = lg_json_expect_array (r, blocks_node, blocks_path, 1, LG_CONTENT_MAX_SECTION_BLOCKS)))
    return NULL;

  /* A bad block is reported and the next one read, so one run names every fault. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *block_path = g_strdup_printf ("%s[%u]", blocks_path, i);
      g_autoptr(LgBlock) block = read_block (r, json_array_get_element (array, i), block_path);

      if (block != NULL)
        g_list_store_append (blocks, block);
    }
  if (r->n_faults != before)
    return NULL;
  return lg_section_new (id, heading, G_LIST_MODEL (blocks));
}

/* Adds @section's blocks and list items to the topic's counts, refusing it once they pass
 * LG_CONTENT_MAX_BLOCKS or LG_CONTENT_MAX_ITEMS. */
static gboolean
count_section (LgJsonReader *r,
               LgSection    *section,
               const char   *path,
               guint        *n_blocks,
               guint        *n_items)
{
  GListModel *blocks = lg_section_get_blocks (section);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(LgBlock) block = g_list_model_get_item (blocks, i);
      const char * const *items = lg_block_get_items (block);

      *n_items += items != NULL ? g_strv_length ((char **) items) : 0;
      if (++*n_blocks > LG_CONTENT_MAX_BLOCKS || *n_items > LG_CONTENT_MAX_ITEMS)
        {
          g_autofree char *block_path = g_strdup_printf ("%s.blocks[%u]", path, i);

          if (*n_items > LG_CONTENT_MAX_ITEMS)
            lg_json_fail (r, block_path, LG_CONTENT_ERROR_TOO_LARGE,
                          "the topic has more than %d list items; this block is past the limit of %d",
                          LG_CONTENT_MAX_ITEMS, LG_CONTENT_MAX_ITEMS);
          else
            lg_json_fail (r, block_path, LG_CONTENT_ERROR_TOO_LARGE,
                          "the topic has more than %d blocks; this one is past the limit of %d",
                          LG_CONTENT_MAX_BLOCKS, LG_CONTENT_MAX_BLOCKS);
          return FALSE;
        }
    }
  return TRUE;
}

static GListModel *
read_sections (LgJsonReader *r,
               JsonObject   *root)
{
  g_autoptr(GListStore) sections = g_list_store_new (LG_TYPE_SECTION);
  guint n_blocks = 0, n_items = 0;
  guint before = r->n_faults;
  gboolean counting = TRUE;
  JsonArray *array;
  JsonNode *node;

  if (!(node = lg_json_member (r, root, "$", "sections", LG_JSON_REQUIRED)) ||
      !(array = lg_json_expect_array (r, node, "$.sections", 1, LG_CONTENT_MAX_SECTIONS)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.sections[%u]", i);
      g_autoptr(LgSection) section = read_section (r, json_array_get_element (array, i), path);

      /* Past a limit, once is enough. */
      if (section != NULL && counting &&
          !(counting = count_section (r, section, path, &n_blocks, &n_items)))
        continue;
      if (section != NULL)
        g_list_store_append (sections, section);
    }
  return r->n_faults != before ? NULL : G_LIST_MODEL (g_steal_pointer (&sections));
}

/* One of the guide's pictures, by file name (the content GResource holds it, without a copy). */
static GBytes *
bundled_illustration (const char *file)
{
  g_autofree char *resource = g_strconcat (RESOURCE_BASE "/illustrations/", file, NULL);

  return g_resources_lookup_data (resource, 0, NULL);
}

/* In a clinic pack, "file" is a path relative to the pack folder that must stay inside it, and
 * the picture must pass the picture check: read and checked now, once, so a bad one is reported
 * with the rest, and the bytes checked are the bytes kept with the topic and drawn. */
static GBytes *
read_pack_illustration (LgJsonReader  *r,
                        JsonObject    *object,
                        char         **file_name)
{
  const char *path = "$.illustration.file";
  g_autofree char *file = lg_content_string_member (r, object, "$.illustration", "file",
                                                    LG_JSON_REQUIRED);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  LgPictureCheck picture_check;

  if (file == NULL)
    return NULL;

  /* A picture the guide has, and the pack does not, is the guide's (a clinic's own version of a
   * topic keeps its picture). */
  if (g_regex_match_simple ("^[a-z0-9-]+\\.svg$", file, 0, 0))
    {
      g_autoptr(GFile) in_pack = g_file_get_child (r->pack, file);

      if (!g_file_query_exists (in_pack, NULL) && (bytes = bundled_illustration (file)))
        {
          *file_name = g_steal_pointer (&file);
          return g_steal_pointer (&bytes);
        }
    }

  bytes = lg_content_pack_read_file (r->pack, file, &error);
  if (bytes == NULL)
    {
      lg_json_fail (r, path, error->code, "\"%s\" %s", file, error->message);
      return NULL;
    }
  picture_check = _lg_content_store_get_picture_check (r->store);
  if (g_str_has_suffix (file, ".svg") && picture_check == NULL)
    g_set_error (&error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE,
                 "cannot be checked (no picture check was set)");
  if (!g_str_has_suffix (file, ".svg") || error != NULL ||
      !picture_check (bytes, &error))
    {
      if (error == NULL)
        lg_json_fail (r, path, LG_CONTENT_ERROR_BAD_IMAGE, "\"%s\" is not an SVG file (name.svg)",
                      file);
      else
        lg_json_fail (r, path, error->code, "\"%s\" %s", file, error->message);
      return NULL;
    }
  *file_name = g_steal_pointer (&file);
  return g_steal_pointer (&bytes);
}

static gboolean
read_illustration (LgJsonReader  *r,
                   JsonObject    *root,
                   LgTopicFields *f)
{
  static const char * const members[] = { "file", "alt", "caption", "legend", NULL };
  const char *path = "$.illustration";
  guint before = r->n_faults;
  JsonObject *object;
  JsonNode *node;

  if (!(node = lg_json_member (r, root, "$", "illustration", LG_JSON_OPTIONAL)))
    return TRUE;
  if (!(object = lg_json_expect_object (r, node, path)))
    return FALSE;
  lg_json_check_members (r, object, path, members);
  if (r->pack == NULL)
    {
      f->illustration = lg_content_word_member (r, object, path, "file", "^[a-z0-9-]+\\.svg$",
                                                "an SVG file name like liver.svg");
      if (f->illustration != NULL &&
          !(f->illustration_bytes = bundled_illustration (f->illustration)))
        lg_json_fail (r, "$.illustration.file", LG_CONTENT_ERROR_BAD_IMAGE,
                      "\"%s\" is not one of the guide's pictures", f->illustration);
    }
  else
    f->illustration_bytes = read_pack_illustration (r, object, &f->illustration);
  f->illustration_alt = lg_content_string_member (r, object, path, "alt", LG_JSON_REQUIRED);
  f->illustration_caption = lg_content_string_member (r, object, path, "caption", LG_JSON_REQUIRED);
  f->illustration_legend = lg_content_strings_member (r, object, path, "legend", LG_JSON_REQUIRED);
  return r->n_faults == before;
}

static gboolean
read_compare (LgJsonReader  *r,
              JsonObject    *root,
              LgTopicFields *f)
{
  const char *members[LG_N_COMPARE_ROWS + 3];
  const char *path = "$.compare";
  guint before = r->n_faults;
  JsonObject *object;
  JsonNode *node;

  if (!(node = lg_json_member (r, root, "$", "compare", LG_JSON_OPTIONAL)))
    return TRUE;

  members[0] = "name";
  for (guint i = 0; i < LG_N_COMPARE_ROWS; i++)
    members[i + 1] = lg_compare_row_get_key (i);
  members[LG_N_COMPARE_ROWS + 1] = "sources";
  members[LG_N_COMPARE_ROWS + 2] = NULL;

  if (!(object = lg_json_expect_object (r, node, path)))
    return FALSE;
  lg_json_check_members (r, object, path, members);
  f->compare_name = lg_content_string_member (r, object, path, "name", LG_JSON_REQUIRED);
  for (guint i = 0; i < LG_N_COMPARE_ROWS; i++)
    f->compare[i] = lg_content_string_member (r, object, path, lg_compare_row_get_key (i),
                                              LG_JSON_REQUIRED);
  f->compare_sources = lg_content_source_ids_member (r, object, path, "sources");
  return r->n_faults == before;
}

/* "related": the ids of the topics the page links to at its end, each once and not its own. That
 * each exists is checked once every topic is read (lg-content-loader.c). */
static GStrv
read_related (LgJsonReader *r,
              JsonObject   *root,
              const char   *id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint before = r->n_faults;
  JsonArray *array;
  JsonNode *node;

  if (!(node = lg_json_member (r, root, "$", "related", LG_JSON_OPTIONAL)) ||
      !(array = lg_json_expect_array (r, node, "$.related", 1, LG_CONTENT_MAX_LIST_ITEMS)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.related[%u]", i);
      JsonNode *item = json_array_get_element (array, i);
      const char *other = JSON_NODE_HOLDS_VALUE (item) &&
                          json_node_get_value_type (item) == G_TYPE_STRING
                          ? json_node_get_string (item) : NULL;

      if (other == NULL || !lg_json_matches (LG_CONTENT_ID_PATTERN, other))
        lg_json_fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE,
                      "expected a topic id (a-z, 0-9 and -), found %s",
                      other ? "another string" : lg_json_node_kind (item));
      else if (g_strcmp0 (other, id) == 0)
        lg_json_fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE, "a topic is not related to itself");
      else if (!g_hash_table_add (seen, (gpointer) other))
        lg_json_fail (r, path, LG_CONTENT_ERROR_DUPLICATE_ID, "\"%s\" is listed twice", other);
      else
        g_strv_builder_add (builder, other);
    }
  return r->n_faults != before ? NULL : g_strv_builder_end (builder);
}

/* A clinic pack's "language": the one content language the topic is for (the guide's own topics
 * are in the folder of their language and have none). */
static void
read_language (LgJsonReader  *r,
               JsonObject    *root,
               LgTopicFields *f)
{
  if (!json_object_has_member (root, "language"))
    return;
  if (r->pack == NULL)
    {
      lg_json_fail (r, "$.language", LG_CONTENT_ERROR_UNKNOWN_MEMBER,
                    "only a clinic pack's topic says its language");
      return;
    }
  f->language = lg_content_word_member (r, root, "$", "language", "^[a-z][a-z][a-z]?$",
                                        "a language code such as \"es\"");
  if (f->language != NULL && !lg_languages_is_available (f->language))
    lg_json_fail (r, "$.language", LG_CONTENT_ERROR_INVALID_VALUE,
                  "\"%s\" is not one of this app's content languages (such as \"en\" or \"es\")",
                  f->language);
}

static void
clear_fields (LgTopicFields *f)
{
  /* An LgTopic frees what it owns; borrow that instead of a second list of frees. */
  g_object_unref (lg_topic_new (f));
}

/* @pack: the clinic pack folder the file is in, or NULL for the bundled content. @faults: NULL,
 * or where every fault is added (LgJsonFault), each with its line and column; the first is also
 * in @error. */
LgTopic *
_lg_content_store_parse_topic_full (LgContentStore  *self,
                                    GBytes          *bytes,
                                    const char      *file_name,
                                    GFile           *pack,
                                    GPtrArray       *faults,
                                    GError         **error)
{
  static const char * const members[] = {
    "schema", "id", "group", "order", "title", "subtitle", "in_short", "illustration",
    "sections", "key_points", "questions", "teach_back", "compare", "sources", "reviewed",
    "in_short_sources", "key_points_sources", "aliases", "codes", "language", "related", NULL
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(LgJsonReader) r = { self, file_name, error, FALSE, pack, source_ids, 0, faults };
  LgTopicFields f = { 0 };
  g_autofree char *group = NULL;
  JsonObject *root;
  gint64 order = 0;

  if (!(root = lg_json_read_root (&r, bytes, parser)))
    return NULL;
  lg_json_check_members (&r, root, "$", members);

  f.id = lg_content_word_member (&r, root, "$", "id", LG_CONTENT_ID_PATTERN,
                                 "an id of a-z, 0-9 and -");
  group = lg_content_string_member (&r, root, "$", "group", LG_JSON_REQUIRED);
  if (group != NULL && !lg_topic_group_from_string (group, &f.group))
    {
      g_autofree char *quoted = lg_json_shorten (group);
      lg_json_fail (&r, "$.group", LG_CONTENT_ERROR_INVALID_VALUE,
                    "unknown group \"%s\" (use understanding, surgery, therapies, next-steps or "
                    "clinic)", quoted);
    }
  if (lg_json_int_member (&r, root, "$", "order", &order))
    f.order = CLAMP (order, -100000, 100000);
  f.title = lg_content_string_member (&r, root, "$", "title", LG_JSON_REQUIRED);
  f.subtitle = lg_content_string_member (&r, root, "$", "subtitle", LG_JSON_REQUIRED);
  f.in_short = lg_content_string_member (&r, root, "$", "in_short", LG_JSON_REQUIRED);
  /* Read before everything that cites them by id. */
  f.sources = lg_content_read_sources (&r, root, LG_JSON_REQUIRED);
  f.in_short_sources = lg_content_source_ids_member (&r, root, "$", "in_short_sources");
  f.codes = lg_content_read_codes (&r, root);
  read_illustration (&r, root, &f);
  f.sections = read_sections (&r, root);
  f.key_points = lg_content_strings_member (&r, root, "$", "key_points", LG_JSON_REQUIRED);
  f.key_points_sources = lg_content_source_ids_member (&r, root, "$", "key_points_sources");
  f.questions = lg_content_strings_member (&r, root, "$", "questions", LG_JSON_REQUIRED);
  f.teach_back = lg_content_strings_member (&r, root, "$", "teach_back", LG_JSON_REQUIRED);
  f.aliases = lg_content_strings_member (&r, root, "$", "aliases", LG_JSON_OPTIONAL);
  read_compare (&r, root, &f);
  read_language (&r, root, &f);
  f.related = read_related (&r, root, f.id);
  lg_content_read_reviewed (&r, root, "$", &f.reviewed_year, &f.reviewed_month);
  if (!r.failed && r.text_chars > LG_CONTENT_MAX_TOPIC_TEXT)
    lg_json_fail (&r, "$", LG_CONTENT_ERROR_TOO_LARGE,
                  "the topic has %ld characters of text; at most %d are allowed (split it)",
                  r.text_chars, LG_CONTENT_MAX_TOPIC_TEXT);

  if (r.failed)
    {
      clear_fields (&f);
      return NULL;
    }

  /* A clinic's topic takes the place of the topic it replaces; a new one goes under its own
   * heading, so people can tell the clinic's pages from the guide's. */
  if (pack != NULL)
    {
      LgTopic *replaced = lg_content_store_lookup_topic (self, f.id);

      f.from_clinic = TRUE;
      f.replaces_guide = replaced != NULL && (!lg_topic_get_from_clinic (replaced) ||
                                              lg_topic_get_replaces_guide (replaced));
      f.group = replaced ? lg_topic_get_group (replaced) : LG_TOPIC_GROUP_CLINIC;
      if (replaced != NULL)
        f.order = lg_topic_get_order (replaced);
    }

  return lg_topic_new (&f);
}

LgTopic *
lg_content_store_parse_topic (LgContentStore  *self,
                              GBytes          *bytes,
                              const char      *file_name,
                              GError         **error)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (bytes != NULL && file_name != NULL, NULL);

  return _lg_content_store_parse_topic_full (self, bytes, file_name, NULL, NULL, error);
}

gboolean
lg_content_store_add_topic (LgContentStore  *self,
                            GBytes          *bytes,
                            const char      *file_name,
                            GError         **error)
{
  g_autoptr(LgTopic) topic = lg_content_store_parse_topic (self, bytes, file_name, error);
  const char *other;

  if (topic == NULL)
    return FALSE;

  other = _lg_content_store_get_topic_file (self, lg_topic_get_id (topic));
  if (other != NULL)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_DUPLICATE_ID,
                   "%s: $.id: duplicate topic id \"%s\" (also in %s)",
                   file_name, lg_topic_get_id (topic), other);
      return FALSE;
    }

  _lg_content_store_insert_topic (self, topic, file_name);
  return TRUE;
}
