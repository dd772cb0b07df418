/* lg-content-store.c
 *
 * The one path content takes into the app: bytes → json-glib → strict schema check → immutable
 * LgTopic / LgGlossaryTerm objects. Every fault is a GError "file: $.json.path: message".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "lg-block.h"
#include "lg-content-pack.h"
#include "lg-content-store.h"
#include "lg-languages.h"
#include "lg-markup.h"
#include "lg-section.h"
#include "lg-source.h"

struct _LgContentStore
{
  GObject parent_instance;
  GListStore *topics;          /* of LgTopic, in sidebar order */
  GListStore *glossary;        /* of LgGlossaryTerm, by term */
  GHashTable *topic_files;     /* id → file name it came from */
  GHashTable *terms;           /* id → LgGlossaryTerm (borrowed from glossary) */
  GHashTable *labels;          /* key → the page labels in this content's language */
  LgPictureCheck picture_check; /* whether a pack's picture can be drawn; NULL: none can */
  char *language;              /* that language's code: "en", or the folder's name ("es") */
};

G_DEFINE_FINAL_TYPE (LgContentStore, lg_content_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (lg-content-error-quark, lg_content_error)

/* ------------------------------------------------------------------------------------------ */
/* Reading JSON with paths                                                                    */

typedef struct {
  LgContentStore *store;
  const char *file;
  GError **error;
  gboolean failed;
  GString *search;             /* plain text of everything read, for search */
  GFile *pack;                 /* the clinic pack folder the file is in, or NULL when bundled */
  GHashTable *source_ids;      /* id → LgSource of the file's "sources", for the ids blocks cite */
} Reader;

typedef enum {
  OPTIONAL = 0,
  REQUIRED = 1 << 0,
} Need;

static void fail (Reader *r, const char *path, LgContentError code, const char *format, ...)
  G_GNUC_PRINTF (4, 5);
static GStrv source_ids_member (Reader *r, JsonObject *object, const char *path, const char *name);

/* A message is shown in a terminal and in a label: whatever a file holds, it comes out as one line
 * of valid UTF-8 of reasonable length (invalid bytes and control characters become U+FFFD). */
static char *
clean_message (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));
  guint n = 0;

  for (const char *p = valid; *p; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == 500)
        {
          g_string_append (out, "…");
          break;
        }
      if (g_unichar_type (c) == G_UNICODE_CONTROL)
        c = 0xFFFD;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* What a file wrote, quoted back in a message: at most 60 characters. */
static char *
shorten (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (valid, -1) <= 60)
    return g_steal_pointer (&valid);
  start = g_utf8_substring (valid, 0, 59);
  return g_strconcat (start, "…", NULL);
}

static void
fail (Reader         *r,
      const char     *path,
      LgContentError  code,
      const char     *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  g_autofree char *clean = NULL;
  va_list args;

  if (r->failed)
    return;
  r->failed = TRUE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  line = g_strdup_printf ("%s: %s: %s", r->file, path, message);
  clean = clean_message (line);
  g_set_error_literal (r->error, LG_CONTENT_ERROR, code, clean);
}

static const char *
term_name (const char *id,
           gpointer    user_data)
{
  LgGlossaryTerm *term = g_hash_table_lookup (LG_CONTENT_STORE (user_data)->terms, id);

  return term ? lg_glossary_term_get_term (term) : NULL;
}

static const char *
node_kind (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "true or false";
    default:
      return "a number";
    }
}

static gboolean
check_members (Reader             *r,
               JsonObject         *object,
               const char         *path,
               const char * const *allowed)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (GList *l = names; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          g_autofree char *name = shorten (l->data);
          g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
          fail (r, member_path, LG_CONTENT_ERROR_UNKNOWN_MEMBER, "unknown member \"%s\"", name);
          return FALSE;
        }
    }
  return TRUE;
}

static JsonNode *
member (Reader     *r,
        JsonObject *object,
        const char *path,
        const char *name,
        Need        need)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && (need & REQUIRED))
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      fail (r, member_path, LG_CONTENT_ERROR_MISSING, "missing required member \"%s\"", name);
    }
  return node;
}

static JsonObject *
expect_object (Reader     *r,
               JsonNode   *node,
               const char *path)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, path, LG_CONTENT_ERROR_WRONG_TYPE, "expected an object, found %s", node_kind (node));
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
expect_array (Reader     *r,
              JsonNode   *node,
              const char *path,
              guint       min_length)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (r, path, LG_CONTENT_ERROR_WRONG_TYPE, "expected an array, found %s", node_kind (node));
      return NULL;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) < min_length)
    {
      fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE, "needs at least %u item%s", min_length,
            min_length == 1 ? "" : "s");
      return NULL;
    }
  return array;
}

static gboolean matches (const char *pattern,
                         const char *value);

/* Where data/content/README.md allows glossary marks: the running text, never a title, heading,
 * caption, alt text, legend, Compare cell, source or glossary entry. */
#define RUNNING_TEXT_PATH \
  "^\\$\\.(in_short|key_points\\[[0-9]+\\]|questions\\[[0-9]+\\]|" \
  "sections\\[[0-9]+\\]\\.blocks\\[[0-9]+\\]\\.(text|items\\[[0-9]+\\]))$"

/* Text a person reads: not blank, no control characters, glossary marks that resolve and only
 * in running text. */
static gboolean
check_text (Reader     *r,
            const char *path,
            const char *text)
{
  g_autofree char *problem = NULL;
  g_autofree char *plain = NULL;
  gboolean blank = TRUE;

  /* The file is valid UTF-8, but a JSON escape of half a surrogate pair ("\ud800") is not. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      fail (r, path, LG_CONTENT_ERROR_INVALID_UTF8,
            "text is not valid Unicode (a \\u escape of half a surrogate pair?)");
      return FALSE;
    }
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_CONTROL)
        {
          fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE, "control character U+%04X in text", c);
          return FALSE;
        }
      if (!g_unichar_isspace (c))
        blank = FALSE;
    }
  if (blank)
    {
      fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE, "text is empty");
      return FALSE;
    }
  if (strstr (text, "[[") != NULL && !matches (RUNNING_TEXT_PATH, path))
    {
      fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE,
            "glossary marks ([[...]]) belong only in running text (in_short, paragraph and note "
            "text, list items, key points and questions)");
      return FALSE;
    }
  if (!lg_markup_check (text, term_name, r->store, &problem))
    {
      fail (r, path, LG_CONTENT_ERROR_UNKNOWN_TERM, "%s", problem);
      return FALSE;
    }

  plain = lg_markup_to_plain (text, term_name, r->store);
  g_string_append (r->search, plain);
  g_string_append_c (r->search, '\n');
  return TRUE;
}

static char *
expect_string (Reader     *r,
               JsonNode   *node,
               const char *path)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (r, path, LG_CONTENT_ERROR_WRONG_TYPE, "expected a string, found %s", node_kind (node));
      return NULL;
    }
  value = json_node_get_string (node);
  if (!check_text (r, path, value))
    return NULL;
  return g_strdup (value);
}

static char *
string_member (Reader     *r,
               JsonObject *object,
               const char *path,
               const char *name,
               Need        need)
{
  g_autofree char *member_path = NULL;
  JsonNode *node;

  if (r->failed || !(node = member (r, object, path, name, need)))
    return NULL;
  member_path = g_strconcat (path, ".", name, NULL); /* on every string: no printf */
  return expect_string (r, node, member_path);
}

/* Whether @value matches @pattern, a string literal. g_regex_match_simple() would compile the
 * pattern again on every call; the store's few patterns are compiled once, for all threads. */
static gboolean
matches (const char *pattern,
         const char *value)
{
  static GMutex lock;
  static GHashTable *compiled;   /* pattern → GRegex, kept for the life of the process */
  GRegex *regex;

  g_mutex_lock (&lock);
  if (compiled == NULL)
    compiled = g_hash_table_new (g_str_hash, g_str_equal);
  if ((regex = g_hash_table_lookup (compiled, pattern)) == NULL)
    {
      regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);
      g_hash_table_insert (compiled, (gpointer) pattern, regex);
    }
  g_mutex_unlock (&lock);
  return g_regex_match (regex, value, 0, NULL);
}

/* A string that must match @pattern (an id, a month, a file name). */
static char *
word_member (Reader     *r,
             JsonObject *object,
             const char *path,
             const char *name,
             const char *pattern,
             const char *what)
{
  g_autofree char *value = string_member (r, object, path, name, REQUIRED);

  if (value != NULL && !matches (pattern, value))
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      g_autofree char *quoted = shorten (value);
      fail (r, member_path, LG_CONTENT_ERROR_INVALID_VALUE, "\"%s\" is not %s", quoted, what);
      return NULL;
    }
  return g_steal_pointer (&value);
}

static GStrv
strings_member (Reader     *r,
                JsonObject *object,
                const char *path,
                const char *name,
                Need        need)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *member_path = NULL;
  JsonArray *array;
  JsonNode *node;

  if (r->failed || !(node = member (r, object, path, name, need)))
    return NULL;
  member_path = g_strconcat (path, ".", name, NULL);
  if (!(array = expect_array (r, node, member_path, 1)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", member_path, i);
      g_autofree char *item = expect_string (r, json_array_get_element (array, i), item_path);

      if (item == NULL)
        return NULL;
      g_strv_builder_add (builder, item);
    }
  return g_strv_builder_end (builder);
}

static gboolean
int_member (Reader     *r,
            JsonObject *object,
            const char *path,
            const char *name,
            gint64     *value)
{
  JsonNode *node;

  if (r->failed || !(node = member (r, object, path, name, REQUIRED)))
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      fail (r, member_path, LG_CONTENT_ERROR_WRONG_TYPE, "expected a whole number, found %s",
            node_kind (node));
      return FALSE;
    }
  *value = json_node_get_int (node);
  return TRUE;
}

#define MAX_DEPTH 32

/* The UTF-16 unit a "\uXXXX" escape at @p (pointing at the backslash) names, or -1 when @p is not
 * such an escape. */
static int
escaped_unit (const char *p,
              gsize       left)
{
  int unit = 0;

  if (left < 6 || p[1] != 'u')
    return -1;
  for (int k = 2; k < 6; k++)
    {
      if (!g_ascii_isxdigit (p[k]))
        return -1;
      unit = unit * 16 + g_ascii_xdigit_value (p[k]);
    }
  return unit;
}

typedef enum {
  STRING_OK,
  STRING_BAD_ESCAPE,           /* "\\x", or "\\u" without four hex digits */
  STRING_UNPAIRED_SURROGATE,   /* "\\ud800" alone, "\\udc00" alone, "\\ud800\\ud800" */
} StringProblem;

/* What is wrong with the escapes of the string whose opening quote is at @start; sets *@end to
 * its closing quote (or @size), and *@where to the escape at fault. */
static StringProblem
check_escapes (const char *data,
               gsize       size,
               gsize       start,
               gsize      *end,
               gsize      *where)
{
  StringProblem problem = STRING_OK;
  gboolean after_high = FALSE;   /* the last thing read was an escaped high surrogate */
  gsize i;

  for (i = start + 1; i < size && data[i] != '"'; i++)
    {
      int unit = data[i] == '\\' ? escaped_unit (data + i, size - i) : -1;
      gboolean high = unit >= 0xD800 && unit <= 0xDBFF;
      gboolean low = unit >= 0xDC00 && unit <= 0xDFFF;

      if (problem == STRING_OK && after_high != low)
        {
          problem = STRING_UNPAIRED_SURROGATE;
          *where = i;
        }
      after_high = high;
      if (unit >= 0)
        i += 5;
      else if (data[i] == '\\')
        {
          if (problem == STRING_OK && (i + 1 >= size || data[i + 1] == '\0' ||
                                       !strchr ("\"\\/bfnrt", data[i + 1])))
            {
              problem = STRING_BAD_ESCAPE;
              *where = i;
            }
          i++;
        }
    }
  *end = i;
  if (problem == STRING_OK && after_high)
    {
      problem = STRING_UNPAIRED_SURROGATE;
      *where = i;
    }
  return problem;
}

/* Three things json-glib 1.6 gets wrong on hostile input, checked before it sees the bytes: it
 * recurses once per nesting level with no limit (100 000 "[" overflow the stack); it takes
 * "{…} {…}" as one document, silently dropping (and leaking) all but one value; and it leaks on
 * a bad \ escape ("\\ud80 ", "\\x") and on escaped halves of surrogate pairs that are not paired
 * ("\\ud800\\ud800"). This is not a second JSON parser: it only skips what json-glib's scanner
 * skips (strings in double quotes with \ escapes, strings in single quotes without, comments in
 * slash-star) and counts brackets. */
static gboolean
check_structure (Reader     *r,
                 const char *data,
                 gsize       size)
{
  gboolean top_seen = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (c == '/' && i + 1 < size && data[i + 1] == '*')
        {
          const char *close = g_strstr_len (data + i + 2, size - i - 2, "*/");

          if (close == NULL)
            break;
          i = close + 1 - data;
          continue;
        }
      if (g_ascii_isspace (c))
        continue;
      if (depth == 0)
        {
          if (top_seen && (c == '{' || c == '['))
            {
              fail (r, "$", LG_CONTENT_ERROR_SYNTAX,
                    "not valid JSON: more than one value at the top level");
              return FALSE;
            }
          top_seen = TRUE;
        }
      switch (c)
        {
        case '"':
          {
            gsize where = 0;

            switch (check_escapes (data, size, i, &i, &where))
              {
              case STRING_BAD_ESCAPE:
                fail (r, "$", LG_CONTENT_ERROR_SYNTAX, "not valid JSON: a bad \\ escape at byte %"
                      G_GSIZE_FORMAT " (a \\u needs four hex digits)", where);
                return FALSE;
              case STRING_UNPAIRED_SURROGATE:
                fail (r, "$", LG_CONTENT_ERROR_INVALID_UTF8,
                      "text is not valid Unicode: a \\u escape of half a surrogate pair, not "
                      "paired, at byte %" G_GSIZE_FORMAT, where);
                return FALSE;
              case STRING_OK:
              default:
                break;
              }
          }
          break;
        case '\'':
          for (i++; i < size && data[i] != '\''; i++)
            ;
          break;
        case '{':
        case '[':
          if (++depth > MAX_DEPTH)
            {
              fail (r, "$", LG_CONTENT_ERROR_TOO_LARGE, "nested more than %d levels deep",
                    MAX_DEPTH);
              return FALSE;
            }
          break;
        case '}':
        case ']':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/* Parses @bytes into a root object after the checks every file gets, and checks "schema". */
static JsonObject *
read_root (Reader      *r,
           GBytes      *bytes,
           JsonParser  *parser)
{
  g_autoptr(GError) parse_error = NULL;
  const char *data;
  const char *end;
  gsize size;
  gint64 schema;
  JsonObject *root;

  data = g_bytes_get_data (bytes, &size);
  if (size == 0)
    {
      fail (r, "$", LG_CONTENT_ERROR_EMPTY, "file is empty");
      return NULL;
    }
  if (size > LG_CONTENT_MAX_FILE_SIZE)
    {
      fail (r, "$", LG_CONTENT_ERROR_TOO_LARGE, "file is larger than %d KiB",
            LG_CONTENT_MAX_FILE_SIZE / 1024);
      return NULL;
    }
  if (!g_utf8_validate_len (data, size, &end))
    {
      fail (r, "$", LG_CONTENT_ERROR_INVALID_UTF8, "invalid UTF-8 at byte %" G_GSIZE_FORMAT,
            (gsize) (end - data));
      return NULL;
    }
  if (!check_structure (r, data, size))
    return NULL;
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      fail (r, "$", LG_CONTENT_ERROR_SYNTAX, "not valid JSON: %s", parse_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      fail (r, "$", LG_CONTENT_ERROR_EMPTY, "file holds no JSON value");
      return NULL;
    }
  if (!(root = expect_object (r, json_parser_get_root (parser), "$")))
    return NULL;
  if (!int_member (r, root, "$", "schema", &schema))
    return NULL;
  if (schema != LG_CONTENT_SCHEMA_VERSION)
    {
      fail (r, "$.schema", LG_CONTENT_ERROR_SCHEMA_VERSION,
            "schema version %" G_GINT64_FORMAT " is not supported (this app reads %d)",
            schema, LG_CONTENT_SCHEMA_VERSION);
      return NULL;
    }
  return root;
}

#define ID_PATTERN "^[a-z0-9]+(-[a-z0-9]+)*$"

/* ------------------------------------------------------------------------------------------ */
/* Topics                                                                                     */

static LgBlock *
read_block (Reader     *r,
            JsonNode   *node,
            const char *path)
{
  static const char * const text_members[] = { "type", "text", "sources", NULL };
  static const char * const list_members[] = { "type", "items", "sources", NULL };
  g_autofree char *type_path = g_strdup_printf ("%s.type", path);
  g_auto(GStrv) sources = NULL;
  JsonObject *object;
  JsonNode *type_node;
  LgBlockType type;
  const char *name;

  if (!(object = expect_object (r, node, path)) ||
      !(type_node = member (r, object, path, "type", REQUIRED)))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (type_node) || json_node_get_value_type (type_node) != G_TYPE_STRING)
    {
      fail (r, type_path, LG_CONTENT_ERROR_WRONG_TYPE, "expected a string, found %s",
            node_kind (type_node));
      return NULL;
    }
  name = json_node_get_string (type_node);
  if (!lg_block_type_from_string (name, &type))
    {
      g_autofree char *quoted = shorten (name);
      fail (r, type_path, LG_CONTENT_ERROR_UNKNOWN_BLOCK_TYPE,
            "unknown block type \"%s\" (use paragraph, bullets, steps or note)", quoted);
      return NULL;
    }

  if (type == LG_BLOCK_PARAGRAPH || type == LG_BLOCK_NOTE)
    {
      g_autofree char *text = NULL;

      if (!check_members (r, object, path, text_members) ||
          !(text = string_member (r, object, path, "text", REQUIRED)))
        return NULL;
      sources = source_ids_member (r, object, path, "sources");
      return r->failed ? NULL : lg_block_new_text (type, text, g_steal_pointer (&sources));
    }
  else
    {
      g_auto(GStrv) items = NULL;

      if (!check_members (r, object, path, list_members) ||
          !(items = strings_member (r, object, path, "items", REQUIRED)))
        return NULL;
      sources = source_ids_member (r, object, path, "sources");
      return r->failed ? NULL : lg_block_new_list (type, g_steal_pointer (&items),
                                                   g_steal_pointer (&sources));
    }
}

static LgSection *
read_section (Reader     *r,
              JsonNode   *node,
              const char *path)
{
  static const char * const members[] = { "id", "heading", "blocks", NULL };
  g_autoptr(GListStore) blocks = g_list_store_new (LG_TYPE_BLOCK);
  g_autofree char *blocks_path = g_strdup_printf ("%s.blocks", path);
  g_autofree char *id = NULL;
  g_autofree char *heading = NULL;
  JsonObject *object;
  JsonArray *array;
  JsonNode *blocks_node;

  if (!(object = expect_object (r, node, path)) || !check_members (r, object, path, members))
    return NULL;
  if (json_object_has_member (object, "id") &&
      !(id = word_member (r, object, path, "id", ID_PATTERN, "a word of a-z, 0-9 and -")))
    return NULL;
  if (!(heading = string_member (r, object, path, "heading", REQUIRED)) ||
      !(blocks_node = member (r, object, path, "blocks", REQUIRED)) ||
      !(array = expect_array (r, blocks_node, blocks_path, 1)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *block_path = g_strdup_printf ("%s[%u]", blocks_path, i);
      g_autoptr(LgBlock) block = read_block (r, json_array_get_element (array, i), block_path);

      if (block == NULL)
        return NULL;
      g_list_store_append (blocks, block);
    }
  return lg_section_new (id, heading, G_LIST_MODEL (blocks));
}

static GListModel *
read_sections (Reader     *r,
               JsonObject *root)
{
  g_autoptr(GListStore) sections = g_list_store_new (LG_TYPE_SECTION);
  JsonArray *array;
  JsonNode *node;

  if (r->failed || !(node = member (r, root, "$", "sections", REQUIRED)) ||
      !(array = expect_array (r, node, "$.sections", 1)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.sections[%u]", i);
      g_autoptr(LgSection) section = read_section (r, json_array_get_element (array, i), path);

      if (section == NULL)
        return NULL;
      g_list_store_append (sections, section);
    }
  return G_LIST_MODEL (g_steal_pointer (&sections));
}

/* "sources": publisher, title and web address of each, with an optional id that blocks cite it by
 * and an optional language for a page meant for one content language only. Fills r->source_ids. */
static GListModel *
read_sources (Reader     *r,
              JsonObject *root,
              Need        need)
{
  static const char * const members[] = { "id", "publisher", "title", "url", "language", NULL };
  g_autoptr(GListStore) sources = g_list_store_new (LG_TYPE_SOURCE);
  JsonArray *array;
  JsonNode *node;

  if (r->failed)
    return NULL;
  if (!(node = member (r, root, "$", "sources", need)))
    return r->failed ? NULL : G_LIST_MODEL (g_steal_pointer (&sources));
  if (!(array = expect_array (r, node, "$.sources", 1)))
    return NULL;
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

      if (!(object = expect_object (r, json_array_get_element (array, i), path)) ||
          !check_members (r, object, path, members))
        return NULL;
      if (json_object_has_member (object, "id") &&
          !(id = word_member (r, object, path, "id", ID_PATTERN, "an id of a-z, 0-9 and -")))
        return NULL;
      if (!(publisher = string_member (r, object, path, "publisher", REQUIRED)) ||
          !(title = string_member (r, object, path, "title", REQUIRED)) ||
          !(url = word_member (r, object, path, "url", "^https?://[^\\s]+$", "a web address")))
        return NULL;
      if (json_object_has_member (object, "language") &&
          !(language = word_member (r, object, path, "language", "^[a-z][a-z][a-z]?$",
                                    "a language code such as \"es\"")))
        return NULL;
      if (id != NULL && g_hash_table_contains (r->source_ids, id))
        {
          g_autofree char *id_path = g_strdup_printf ("%s.id", path);
          fail (r, id_path, LG_CONTENT_ERROR_DUPLICATE_ID, "two sources have the id \"%s\"", id);
          return NULL;
        }
      source = lg_source_new (id, publisher, title, url, language);
      g_list_store_append (sources, source);
      if (id != NULL)
        g_hash_table_insert (r->source_ids, (gpointer) lg_source_get_id (source), source);
    }
  return G_LIST_MODEL (g_steal_pointer (&sources));
}

/* An optional list of the ids of sources in the same file's "sources" (see read_sources()). */
static GStrv
source_ids_member (Reader     *r,
                   JsonObject *object,
                   const char *path,
                   const char *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *member_path = NULL;
  JsonArray *array;
  JsonNode *node;

  if (r->failed || !(node = member (r, object, path, name, OPTIONAL)))
    return NULL;
  member_path = g_strconcat (path, ".", name, NULL);
  if (!(array = expect_array (r, node, member_path, 1)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", member_path, i);
      JsonNode *item = json_array_get_element (array, i);
      const char *id;

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        {
          fail (r, item_path, LG_CONTENT_ERROR_WRONG_TYPE, "expected a source id, found %s",
                node_kind (item));
          return NULL;
        }
      id = json_node_get_string (item);
      if (!g_hash_table_contains (r->source_ids, id))
        {
          g_autofree char *quoted = shorten (id);
          fail (r, item_path, LG_CONTENT_ERROR_UNKNOWN_SOURCE,
                "no source has the id \"%s\" (give it one in $.sources)", quoted);
          return NULL;
        }
      g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

/* In a clinic pack, "file" is a path relative to the pack folder that must stay inside it, and
 * the picture must be one librsvg can draw: checked now, so a bad one is reported with the rest. */
static GFile *
read_pack_illustration (Reader      *r,
                        JsonObject  *object,
                        char       **file_name)
{
  const char *path = "$.illustration.file";
  g_autofree char *file = string_member (r, object, "$.illustration", "file", REQUIRED);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GFile *real = NULL;

  if (file == NULL)
    return NULL;

  /* A picture the guide has, and the pack does not, is the guide's (a clinic's own version of a
   * topic keeps its picture). */
  if (g_regex_match_simple ("^[a-z0-9-]+\\.svg$", file, 0, 0))
    {
      g_autofree char *resource = g_strconcat (RESOURCE_BASE "/illustrations/", file, NULL);
      g_autoptr(GFile) in_pack = g_file_get_child (r->pack, file);

      if (!g_file_query_exists (in_pack, NULL) &&
          g_resources_get_info (resource, 0, NULL, NULL, NULL))
        {
          g_autofree char *uri = g_strconcat ("resource://", resource, NULL);

          *file_name = g_steal_pointer (&file);
          return g_file_new_for_uri (uri);
        }
    }

  bytes = lg_content_pack_read_file (r->pack, file, &real, &error);
  if (bytes == NULL)
    {
      fail (r, path, error->code, "\"%s\" %s", file, error->message);
      return NULL;
    }
  if (g_str_has_suffix (file, ".svg") && r->store->picture_check == NULL)
    g_set_error (&error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE,
                 "cannot be checked (no picture check was set)");
  if (!g_str_has_suffix (file, ".svg") || error != NULL ||
      !r->store->picture_check (bytes, &error))
    {
      if (error == NULL)
        fail (r, path, LG_CONTENT_ERROR_BAD_IMAGE, "\"%s\" is not an SVG file (name.svg)", file);
      else
        fail (r, path, error->code, "\"%s\" %s", file, error->message);
      g_clear_object (&real);
      return NULL;
    }
  *file_name = g_steal_pointer (&file);
  return real;
}

static gboolean
read_illustration (Reader        *r,
                   JsonObject    *root,
                   LgTopicFields *f)
{
  static const char * const members[] = { "file", "alt", "caption", "legend", NULL };
  const char *path = "$.illustration";
  JsonObject *object;
  JsonNode *node;

  if (r->failed || !(node = member (r, root, "$", "illustration", OPTIONAL)))
    return !r->failed;
  if (!(object = expect_object (r, node, path)) || !check_members (r, object, path, members))
    return FALSE;
  if (r->pack == NULL)
    {
      f->illustration = word_member (r, object, path, "file", "^[a-z0-9-]+\\.svg$",
                                     "an SVG file name like liver.svg");
      if (f->illustration != NULL)
        {
          g_autofree char *uri = g_strconcat ("resource://" RESOURCE_BASE "/illustrations/",
                                              f->illustration, NULL);
          f->illustration_file = g_file_new_for_uri (uri);
        }
    }
  else
    f->illustration_file = read_pack_illustration (r, object, &f->illustration);
  f->illustration_alt = string_member (r, object, path, "alt", REQUIRED);
  f->illustration_caption = string_member (r, object, path, "caption", REQUIRED);
  f->illustration_legend = strings_member (r, object, path, "legend", REQUIRED);
  return !r->failed;
}

static gboolean
read_compare (Reader        *r,
              JsonObject    *root,
              LgTopicFields *f)
{
  const char *members[LG_N_COMPARE_ROWS + 3];
  const char *path = "$.compare";
  JsonObject *object;
  JsonNode *node;

  if (r->failed || !(node = member (r, root, "$", "compare", OPTIONAL)))
    return !r->failed;

  members[0] = "name";
  for (guint i = 0; i < LG_N_COMPARE_ROWS; i++)
    members[i + 1] = lg_compare_row_get_key (i);
  members[LG_N_COMPARE_ROWS + 1] = "sources";
  members[LG_N_COMPARE_ROWS + 2] = NULL;

  if (!(object = expect_object (r, node, path)) || !check_members (r, object, path, members))
    return FALSE;
  f->compare_name = string_member (r, object, path, "name", REQUIRED);
  for (guint i = 0; i < LG_N_COMPARE_ROWS; i++)
    f->compare[i] = string_member (r, object, path, lg_compare_row_get_key (i), REQUIRED);
  f->compare_sources = source_ids_member (r, object, path, "sources");
  return !r->failed;
}

static void
clear_fields (LgTopicFields *f)
{
  /* An LgTopic frees what it owns; borrow that instead of a second list of frees. */
  g_object_unref (lg_topic_new (f));
}

/* "reviewed": the month the text was last checked against its sources, written YYYY-MM. */
static gboolean
read_reviewed (Reader     *r,
               JsonObject *object,
               const char *path,
               int        *year,
               int        *month)
{
  g_autofree char *reviewed = word_member (r, object, path, "reviewed",
                                           "^20[0-9][0-9]-(0[1-9]|1[0-2])$",
                                           "a month written YYYY-MM");
  if (reviewed == NULL)
    return FALSE;
  *year = atoi (reviewed);
  *month = atoi (reviewed + 5);
  return TRUE;
}

/* The same as g_utf8_casefold(), which folds character by character, but with ASCII (nearly all
 * of the content) lowered directly: several times faster on a topic's text. */
static char *
fold (const char *text,
      gsize       length)
{
  GString *out = g_string_sized_new (length);
  const char *end = text + length;

  for (const char *p = text; p < end; )
    {
      if ((guchar) *p < 0x80)
        g_string_append_c (out, g_ascii_tolower (*p++));
      else
        {
          const char *next = g_utf8_next_char (p);
          g_autofree char *folded = g_utf8_casefold (p, next - p);

          g_string_append (out, folded);
          p = next;
        }
    }
  return g_string_free (out, FALSE);
}

/* @pack: the clinic pack folder the file is in, or NULL for the bundled content. */
static LgTopic *
parse_topic (LgContentStore  *self,
             GBytes          *bytes,
             const char      *file_name,
             GFile           *pack,
             GError         **error)
{
  static const char * const members[] = {
    "schema", "id", "group", "order", "title", "subtitle", "in_short", "illustration",
    "sections", "key_points", "questions", "teach_back", "compare", "sources", "reviewed",
    "in_short_sources", "key_points_sources", NULL
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) search = g_string_new (NULL);
  g_autoptr(GHashTable) source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  Reader r = { self, file_name, error, FALSE, search, pack, source_ids };
  LgTopicFields f = { 0 };
  g_autofree char *group = NULL;
  JsonObject *root;
  gint64 order = 0;

  if (!(root = read_root (&r, bytes, parser)) || !check_members (&r, root, "$", members))
    return NULL;

  f.id = word_member (&r, root, "$", "id", ID_PATTERN, "an id of a-z, 0-9 and -");
  group = string_member (&r, root, "$", "group", REQUIRED);
  if (group != NULL && !lg_topic_group_from_string (group, &f.group))
    {
      g_autofree char *quoted = shorten (group);
      fail (&r, "$.group", LG_CONTENT_ERROR_INVALID_VALUE,
            "unknown group \"%s\" (use understanding, surgery, therapies, next-steps or clinic)",
            quoted);
    }
  if (int_member (&r, root, "$", "order", &order))
    f.order = CLAMP (order, -100000, 100000);
  f.title = string_member (&r, root, "$", "title", REQUIRED);
  f.subtitle = string_member (&r, root, "$", "subtitle", REQUIRED);
  f.in_short = string_member (&r, root, "$", "in_short", REQUIRED);
  /* Read before everything that cites them by id. */
  f.sources = read_sources (&r, root, REQUIRED);
  f.in_short_sources = source_ids_member (&r, root, "$", "in_short_sources");
  read_illustration (&r, root, &f);
  f.sections = read_sections (&r, root);
  f.key_points = strings_member (&r, root, "$", "key_points", REQUIRED);
  f.key_points_sources = source_ids_member (&r, root, "$", "key_points_sources");
  f.questions = strings_member (&r, root, "$", "questions", REQUIRED);
  f.teach_back = strings_member (&r, root, "$", "teach_back", REQUIRED);
  read_compare (&r, root, &f);
  read_reviewed (&r, root, "$", &f.reviewed_year, &f.reviewed_month);

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

      f.group = replaced ? lg_topic_get_group (replaced) : LG_TOPIC_GROUP_CLINIC;
      if (replaced != NULL)
        f.order = lg_topic_get_order (replaced);
    }

  f.search_text = fold (search->str, search->len);
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

  return parse_topic (self, bytes, file_name, NULL, error);
}

static int
compare_topics (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  LgTopic *ta = (LgTopic *) a;
  LgTopic *tb = (LgTopic *) b;

  if (lg_topic_get_group (ta) != lg_topic_get_group (tb))
    return (int) lg_topic_get_group (ta) - (int) lg_topic_get_group (tb);
  if (lg_topic_get_order (ta) != lg_topic_get_order (tb))
    return lg_topic_get_order (ta) < lg_topic_get_order (tb) ? -1 : 1;
  return strcmp (lg_topic_get_id (ta), lg_topic_get_id (tb));
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

  other = g_hash_table_lookup (self->topic_files, lg_topic_get_id (topic));
  if (other != NULL)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_DUPLICATE_ID,
                   "%s: $.id: duplicate topic id \"%s\" (also in %s)",
                   file_name, lg_topic_get_id (topic), other);
      return FALSE;
    }

  g_hash_table_insert (self->topic_files, g_strdup (lg_topic_get_id (topic)),
                       g_strdup (file_name));
  g_list_store_insert_sorted (self->topics, topic, compare_topics, NULL);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Glossary                                                                                   */

static int
compare_terms (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_utf8_collate (lg_glossary_term_get_term ((LgGlossaryTerm *) a),
                         lg_glossary_term_get_term ((LgGlossaryTerm *) b));
}

/* @skipped: NULL to fail on a term whose id is taken; else each such term is left out and a
 * message for it added to @skipped (a clinic pack cannot redefine the guide's terms). */
static gboolean
add_glossary (LgContentStore  *self,
              GBytes          *bytes,
              const char      *file_name,
              GPtrArray       *skipped,
              GError         **error)
{
  static const char * const members[] = { "schema", "sources", "terms", NULL };
  static const char * const term_members[] = {
    "id", "term", "definition", "sources", "reviewed", NULL
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) search = g_string_new (NULL);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) sources = NULL;
  Reader r = { self, file_name, error, FALSE, search, NULL, source_ids };
  JsonObject *root;
  JsonArray *array;
  JsonNode *node;

  if (!(root = read_root (&r, bytes, parser)) || !check_members (&r, root, "$", members) ||
      !(sources = read_sources (&r, root, OPTIONAL)) ||
      !(node = member (&r, root, "$", "terms", REQUIRED)) ||
      !(array = expect_array (&r, node, "$.terms", 1)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.terms[%u]", i);
      g_autofree char *id = NULL;
      g_autofree char *term = NULL;
      g_autofree char *definition = NULL;
      g_auto(GStrv) source_ids_cited = NULL;
      g_autoptr(GListStore) term_sources = g_list_store_new (LG_TYPE_SOURCE);
      int year = 0, month = 0;
      JsonObject *object;

      if (!(object = expect_object (&r, json_array_get_element (array, i), path)) ||
          !check_members (&r, object, path, term_members) ||
          !(id = word_member (&r, object, path, "id", ID_PATTERN, "an id of a-z, 0-9 and -")) ||
          !(term = string_member (&r, object, path, "term", REQUIRED)) ||
          !(definition = string_member (&r, object, path, "definition", REQUIRED)))
        return FALSE;
      source_ids_cited = source_ids_member (&r, object, path, "sources");
      if (json_object_has_member (object, "reviewed"))
        read_reviewed (&r, object, path, &year, &month);
      if (r.failed)
        return FALSE;
      for (guint j = 0; source_ids_cited && source_ids_cited[j]; j++)
        g_list_store_append (term_sources, g_hash_table_lookup (source_ids, source_ids_cited[j]));

      if (g_hash_table_contains (seen, id) || g_hash_table_contains (self->terms, id))
        {
          g_autofree char *id_path = g_strdup_printf ("%s.id", path);
          g_autofree char *quoted = shorten (id);
          g_autofree char *line = NULL;

          if (skipped == NULL)
            {
              fail (&r, id_path, LG_CONTENT_ERROR_DUPLICATE_ID, "duplicate glossary term \"%s\"",
                    quoted);
              return FALSE;
            }
          line = g_strdup_printf ("%s: %s: the glossary already has a term \"%s\"; this one is "
                                  "left out", file_name, id_path, quoted);
          g_ptr_array_add (skipped, clean_message (line));
          continue;
        }
      g_ptr_array_add (terms, lg_glossary_term_new (id, term, definition,
                                                    G_LIST_MODEL (term_sources), year, month));
      g_hash_table_add (seen, (gpointer) lg_glossary_term_get_id (g_ptr_array_index (terms,
                                                                                      terms->len - 1)));
    }

  for (guint i = 0; i < terms->len; i++)
    {
      LgGlossaryTerm *term = g_ptr_array_index (terms, i);

      g_hash_table_insert (self->terms, (gpointer) lg_glossary_term_get_id (term), term);
      g_list_store_insert_sorted (self->glossary, term, compare_terms, NULL);
    }
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

  return add_glossary (self, bytes, file_name, NULL, error);
}

/* ------------------------------------------------------------------------------------------ */
/* Labels: the fixed words of a topic page and handout, in the content's language              */

static const char * const label_keys[] = {
  "in-short", "key-points", "questions", "questions-hint", "check-understanding", "sources",
  "reviewed", "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7",
  "month-8", "month-9", "month-10", "month-11", "month-12",
  "group-understanding", "group-surgery", "group-therapies", "group-next-steps", "group-clinic",
  "compare-how-given", "compare-anaesthesia", "compare-hospital-stay", "compare-recovery",
  "compare-repeatable", "compare-with-surgery", "compare-side-effects",
  "view-questions", "view-compare", "view-glossary", "questions-view-hint", "compare-intro",
  "compare-scroll-hint", "compare-treatment", "compare-table", "glossary-intro", "glossary-list",
  "handout-notes", "handout-page", "handout-disclaimer", "handout-phone",
  NULL
};

/* Labels with parts the app fills in, which a translation must keep. */
static const struct {
  const char *key;
  const char *placeholders[3];
} label_placeholders[] = {
  { "reviewed", { "{month}", "{year}", NULL } },
  { "handout-page", { "{page}", "{pages}", NULL } },
  { "handout-phone", { "{phone}", NULL } },
};

/* Indexed by LgTopicGroup. */
static const char * const group_label_keys[] = {
  "group-understanding", "group-surgery", "group-therapies", "group-next-steps", "group-clinic",
};

G_STATIC_ASSERT (G_N_ELEMENTS (group_label_keys) == LG_TOPIC_GROUP_CLINIC + 1);

gboolean
lg_content_store_add_labels (LgContentStore  *self,
                             GBytes          *bytes,
                             const char      *file_name,
                             GError         **error)
{
  static const char * const members[] = { "schema", "labels", NULL };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) search = g_string_new (NULL);
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  Reader r = { self, file_name, error, FALSE, search };
  JsonObject *root;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), FALSE);

  if (!(root = read_root (&r, bytes, parser)) || !check_members (&r, root, "$", members) ||
      !(node = member (&r, root, "$", "labels", REQUIRED)) ||
      !(object = expect_object (&r, node, "$.labels")) ||
      !check_members (&r, object, "$.labels", label_keys))
    return FALSE;

  for (guint i = 0; label_keys[i] != NULL; i++)
    {
      char *value = string_member (&r, object, "$.labels", label_keys[i], REQUIRED);

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
            fail (&r, path, LG_CONTENT_ERROR_INVALID_VALUE,
                  "the label must keep the placeholder %s", placeholder);
            return FALSE;
          }
      }

  g_clear_pointer (&self->labels, g_hash_table_unref);
  self->labels = g_steal_pointer (&labels);
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

  label = self->labels ? g_hash_table_lookup (self->labels, key) : NULL;
  return label ? label : key;
}

const char *
lg_content_store_get_group_title (LgContentStore *self,
                                  LgTopicGroup    group)
{
  g_return_val_if_fail (group < G_N_ELEMENTS (group_label_keys), NULL);
  return lg_content_store_get_label (self, group_label_keys[group]);
}

const char *
lg_content_store_get_compare_row_title (LgContentStore *self,
                                        LgCompareRow    row)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (row < LG_N_COMPARE_ROWS, NULL);
  key = g_strdelimit (g_strconcat ("compare-", lg_compare_row_get_key (row), NULL), "_", '-');
  return lg_content_store_get_label (self, key);
}

/* "page 2 of 5" for a handout footer, in the content's language. */
char *
lg_content_store_dup_page_number (LgContentStore *self,
                                  int             page,
                                  int             pages)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *page_text = g_strdup_printf ("%d", page);
  g_autofree char *pages_text = g_strdup_printf ("%d", pages);

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);

  text = g_string_new (lg_content_store_get_label (self, "handout-page"));
  g_string_replace (text, "{pages}", pages_text, 0);
  g_string_replace (text, "{page}", page_text, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Reviewed: November 2025" in the content's language. */
char *
lg_content_store_dup_reviewed (LgContentStore *self,
                               LgTopic        *topic)
{
  g_autofree char *month_key = NULL;
  g_autofree char *year = NULL;
  g_autoptr(GString) text = NULL;
  int y, m;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (LG_IS_TOPIC (topic), NULL);

  lg_topic_get_reviewed (topic, &y, &m);
  month_key = g_strdup_printf ("month-%d", CLAMP (m, 1, 12));
  year = g_strdup_printf ("%d", y);
  text = g_string_new (lg_content_store_get_label (self, "reviewed"));
  g_string_replace (text, "{month}", lg_content_store_get_label (self, month_key), 0);
  g_string_replace (text, "{year}", year, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ------------------------------------------------------------------------------------------ */

gboolean
lg_content_store_load_resource (LgContentStore  *self,
                                const char      *resource_dir,
                                GError         **error)
{
  g_autofree char *glossary_path = g_build_path ("/", resource_dir, "glossary.json", NULL);
  g_autofree char *labels_path = g_build_path ("/", resource_dir, "labels.json", NULL);
  g_autoptr(GBytes) glossary = NULL;
  g_autoptr(GBytes) labels = NULL;
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), FALSE);

  glossary = g_resources_lookup_data (glossary_path, 0, error);
  if (glossary == NULL || !lg_content_store_add_glossary (self, glossary, "glossary.json", error))
    return FALSE;
  labels = g_resources_lookup_data (labels_path, 0, error);
  if (labels == NULL || !lg_content_store_add_labels (self, labels, "labels.json", error))
    return FALSE;

  /* The bundle keeps English in content/ and each translation in content/LANG/. */
  {
    g_autofree char *base = g_path_get_basename (resource_dir);

    g_free (self->language);
    self->language = g_strdup (lg_languages_is_available (base) ? base : "en");
  }

  names = g_resources_enumerate_children (resource_dir, 0, error);
  if (names == NULL)
    return FALSE;
  qsort (names, g_strv_length (names), sizeof (char *), (GCompareFunc) g_strcmp0);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (names[i], ".json") || g_str_equal (names[i], "glossary.json") ||
          g_str_equal (names[i], "labels.json"))
        continue;
      path = g_build_path ("/", resource_dir, names[i], NULL);
      bytes = g_resources_lookup_data (path, 0, error);
      if (bytes == NULL || !lg_content_store_add_topic (self, bytes, names[i], error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Clinic packs                                                                               */

void
lg_content_problem_free (LgContentProblem *problem)
{
  g_free (problem->folder);
  g_free (problem->file);
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (GPtrArray  *problems,
             const char *folder,
             const char *file,
             const char *message)
{
  LgContentProblem *problem = g_new0 (LgContentProblem, 1);

  problem->folder = g_strdup (folder);
  problem->file = g_strdup (file);
  problem->message = clean_message (message);
  g_ptr_array_add (problems, problem);
}

static void
add_problem_printf (GPtrArray  *problems,
                    const char *folder,
                    const char *file,
                    const char *format,
                    ...) G_GNUC_PRINTF (4, 5);

static void
add_problem_printf (GPtrArray  *problems,
                    const char *folder,
                    const char *file,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_problem (problems, folder, file, message);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The JSON files directly in @folder, by name; names starting with "." (editor backups, hidden
 * files) are not content. */
static GPtrArray *
list_json_files (GFile   *folder,
                 GError **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  enumerator = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error);
  if (enumerator == NULL)
    return NULL;
  while (g_file_enumerator_iterate (enumerator, &info, NULL, NULL, error) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (name[0] != '.' && g_str_has_suffix (name, ".json"))
        g_ptr_array_add (names, g_strdup (name));
    }
  if (error != NULL && *error != NULL)
    return NULL;
  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}

/* Adds @topic, or puts it in place of the topic with its id. */
static void
put_topic (LgContentStore *self,
           LgTopic        *topic,
           const char     *file_name)
{
  LgTopic *replaced = lg_content_store_lookup_topic (self, lg_topic_get_id (topic));
  guint position;

  if (replaced != NULL && g_list_store_find (self->topics, replaced, &position))
    g_list_store_splice (self->topics, position, 1, (gpointer *) &topic, 1);
  else
    g_list_store_insert_sorted (self->topics, topic, compare_topics, NULL);
  g_hash_table_replace (self->topic_files, g_strdup (lg_topic_get_id (topic)), g_strdup (file_name));
}

/**
 * lg_content_store_load_pack:
 * @folder: a clinic's pack folder
 * @problems: (element-type LgContentProblem): where each file left out is described
 *
 * Loads a clinic's topics (every "*.json" in @folder) and glossary ("glossary.json") with the same
 * checks as the bundled content. It never fails as a whole: a bad file is left out, with one
 * problem added to @problems, and whatever the store held stays as it was. A topic whose id is
 * new goes under "From your clinic"; one with an id already in the store takes that topic's
 * place. At most LG_CONTENT_PACK_MAX_TOPICS topic files are read, in name order.
 *
 * Returns: how many topics were added or replaced
 */
guint
lg_content_store_load_pack (LgContentStore *self,
                            GFile          *folder,
                            GPtrArray      *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder_name = NULL;
  guint n_files = 0;
  guint n_loaded = 0;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), 0);
  g_return_val_if_fail (G_IS_FILE (folder), 0);
  g_return_val_if_fail (problems != NULL, 0);

  folder_name = g_file_get_parse_name (folder);
  names = list_json_files (folder, &error);
  if (names == NULL)
    {
      add_problem_printf (problems, folder_name, folder_name, "%s: $: %s", folder_name,
                          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                          ? "no such folder"
                          : g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY)
                          ? "not a folder" : error->message);
      return 0;
    }

  /* The glossary first: the pack's topics may mark its terms. */
  if (g_ptr_array_find_with_equal_func (names, "glossary.json", g_str_equal, NULL))
    {
      g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GBytes) bytes = lg_content_pack_read_file (folder, "glossary.json", NULL, &error);

      if (bytes == NULL)
        add_problem_printf (problems, folder_name, "glossary.json", "glossary.json: $: the file %s",
                            error->message);
      else if (!add_glossary (self, bytes, "glossary.json", skipped, &error))
        add_problem (problems, folder_name, "glossary.json", error->message);
      for (guint i = 0; i < skipped->len; i++)
        add_problem (problems, folder_name, "glossary.json", g_ptr_array_index (skipped, i));
      g_clear_error (&error);
    }

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *shown = lg_content_pack_display_name (name);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(LgTopic) topic = NULL;
      const char *other;

      if (g_str_equal (name, "glossary.json"))
        continue;
      if (++n_files > LG_CONTENT_PACK_MAX_TOPICS)
        {
          add_problem_printf (problems, folder_name, shown,
                              "%s: $: the folder has more than %d topics; this one is left out",
                              shown, LG_CONTENT_PACK_MAX_TOPICS);
          continue;
        }

      bytes = lg_content_pack_read_file (folder, name, NULL, &error);
      if (bytes == NULL)
        {
          add_problem_printf (problems, folder_name, shown, "%s: $: the file %s", shown,
                              error->message);
          g_clear_error (&error);
          continue;
        }
      topic = parse_topic (self, bytes, shown, folder, &error);
      if (topic == NULL)
        {
          add_problem (problems, folder_name, shown, error->message);
          g_clear_error (&error);
          continue;
        }
      other = g_hash_table_lookup (seen, lg_topic_get_id (topic));
      if (other != NULL)
        {
          add_problem_printf (problems, folder_name, shown,
                              "%s: $.id: duplicate topic id \"%s\" (also in %s)",
                              shown, lg_topic_get_id (topic), other);
          continue;
        }
      g_hash_table_insert (seen, g_strdup (lg_topic_get_id (topic)), g_strdup (shown));
      put_topic (self, topic, shown);
      n_loaded++;
    }
  return n_loaded;
}

/* The user's pack folder (when there is one) and then @extra_folder (--content-dir), so a topic in
 * the folder given on the command line wins over one with the same id in the user's folder. */
void
lg_content_store_load_packs (LgContentStore *self,
                             const char     *extra_folder,
                             GPtrArray      *problems)
{
  g_autofree char *user = lg_content_pack_get_user_folder ();

  if (g_file_test (user, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (user);
      lg_content_store_load_pack (self, folder, problems);
    }
  if (extra_folder != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (extra_folder);
      lg_content_store_load_pack (self, folder, problems);
    }
}

GListModel *
lg_content_store_get_topics (LgContentStore *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  return G_LIST_MODEL (self->topics);
}

GListModel *
lg_content_store_get_glossary (LgContentStore *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  return G_LIST_MODEL (self->glossary);
}

LgTopic *
lg_content_store_lookup_topic (LgContentStore *self,
                               const char     *id)
{
  guint n;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  if (id == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->topics));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topics), i);

      if (g_str_equal (lg_topic_get_id (topic), id))
        return topic;
    }
  return NULL;
}

LgGlossaryTerm *
lg_content_store_lookup_term (LgContentStore *self,
                              const char     *id)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  return g_hash_table_lookup (self->terms, id);
}

char *
lg_content_store_to_plain (LgContentStore *self,
                           const char     *text)
{
  return lg_markup_to_plain (text, term_name, self);
}

char *
lg_content_store_to_pango (LgContentStore *self,
                           const char     *text)
{
  return lg_markup_to_pango (text, term_name, self);
}

static void
lg_content_store_finalize (GObject *object)
{
  LgContentStore *self = LG_CONTENT_STORE (object);

  g_clear_pointer (&self->terms, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->topic_files, g_hash_table_unref);
  g_clear_object (&self->topics);
  g_clear_object (&self->glossary);
  G_OBJECT_CLASS (lg_content_store_parent_class)->finalize (object);
}

static void
lg_content_store_class_init (LgContentStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_content_store_finalize;
}

static void
lg_content_store_init (LgContentStore *self)
{
  self->topics = g_list_store_new (LG_TYPE_TOPIC);
  self->glossary = g_list_store_new (LG_TYPE_GLOSSARY_TERM);
  self->topic_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->terms = g_hash_table_new (g_str_hash, g_str_equal);
}

LgContentStore *
lg_content_store_new (void)
{
  return g_object_new (LG_TYPE_CONTENT_STORE, NULL);
}

/* How pictures in clinic packs are checked; set it before loading a pack. */
void
lg_content_store_set_picture_check (LgContentStore *self,
                                    LgPictureCheck  check)
{
  g_return_if_fail (LG_IS_CONTENT_STORE (self));

  self->picture_check = check;
}

/* The code of the content's language ("en", "es"): which of a topic's sources are listed. */
const char *
lg_content_store_get_language (LgContentStore *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  return self->language ? self->language : "en";
}
