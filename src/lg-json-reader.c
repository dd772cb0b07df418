/* lg-json-reader.c
 *
 * Strict JSON reading, the first step of every content file: the size, UTF-8 and structure
 * checks before json-glib sees the bytes, json-glib's parse, the "schema" member, and the helpers
 * that read members and report each fault as "file: $.json.path: message".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-json-positions.h"
#include "lg-json-reader.h"

/* A message is shown in a terminal and in a label: whatever a file holds, it comes out as one line
 * of valid UTF-8 of reasonable length (invalid bytes and control characters become U+FFFD). */
char *
lg_json_clean_message (const char *text)
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
char *
lg_json_shorten (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (valid, -1) <= 60)
    return g_steal_pointer (&valid);
  start = g_utf8_substring (valid, 0, 59);
  return g_strconcat (start, "…", NULL);
}

void
lg_json_fault_free (LgJsonFault *fault)
{
  g_free (fault->message);
  g_free (fault->detail);
  g_free (fault);
}

void
lg_json_reader_clear (LgJsonReader *r)
{
  g_clear_pointer (&r->bytes, g_bytes_unref);
  g_clear_pointer (&r->positions, g_hash_table_unref);
}

/* Keeps a fault with where json-glib read the value at @path (the file is parsed again for it
 * on the first fault only; a file that did not parse has the syntax error's place, if any). */
static void
add_fault (LgJsonReader *r,
           const char   *path,
           const char   *message)
{
  g_autofree char *detail = g_strdup_printf ("%s: %s", path, message);
  LgJsonFault *fault = g_new0 (LgJsonFault, 1);

  if (r->bytes != NULL && r->positions == NULL)
    r->positions = lg_json_positions_new (r->bytes);
  if (!lg_json_positions_find (r->positions, path, &fault->line, &fault->column))
    {
      fault->line = r->syntax_line;
      fault->column = r->syntax_column;
    }
  fault->detail = lg_json_clean_message (detail);
  fault->message = g_strdup_printf ("%s: %s", r->file, fault->detail);
  g_ptr_array_add (r->faults, fault);
}

void
lg_json_fail (LgJsonReader   *r,
              const char     *path,
              LgContentError  code,
              const char     *format,
              ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  g_autofree char *clean = NULL;
  va_list args;

  r->n_faults++;
  if (r->failed && r->faults == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (r->faults != NULL)
    add_fault (r, path, message);
  if (r->failed)
    return;
  r->failed = TRUE;
  line = g_strdup_printf ("%s: %s: %s", r->file, path, message);
  clean = lg_json_clean_message (line);
  g_set_error_literal (r->error, LG_CONTENT_ERROR, code, clean);
}

const char *
lg_json_node_kind (JsonNode *node)
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

gboolean
lg_json_check_members (LgJsonReader       *r,
                       JsonObject         *object,
                       const char         *path,
                       const char * const *allowed)
{
  g_autoptr(GList) names = json_object_get_members (object);
  gboolean ok = TRUE;

  for (GList *l = names; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          g_autofree char *name = lg_json_shorten (l->data);
          g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
          lg_json_fail (r, member_path, LG_CONTENT_ERROR_UNKNOWN_MEMBER, "unknown member \"%s\"",
                        name);
          ok = FALSE;
        }
    }
  return ok;
}

JsonNode *
lg_json_member (LgJsonReader *r,
                JsonObject   *object,
                const char   *path,
                const char   *name,
                LgJsonNeed    need)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && (need & LG_JSON_REQUIRED))
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      lg_json_fail (r, member_path, LG_CONTENT_ERROR_MISSING, "missing required member \"%s\"",
                    name);
    }
  return node;
}

JsonObject *
lg_json_expect_object (LgJsonReader *r,
                       JsonNode     *node,
                       const char   *path)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_WRONG_TYPE, "expected an object, found %s",
                    lg_json_node_kind (node));
      return NULL;
    }
  return json_node_get_object (node);
}

JsonArray *
lg_json_expect_array (LgJsonReader *r,
                      JsonNode     *node,
                      const char   *path,
                      guint         min_length,
                      guint         max_length)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_WRONG_TYPE, "expected an array, found %s",
                    lg_json_node_kind (node));
      return NULL;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) < min_length)
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_INVALID_VALUE, "needs at least %u item%s", min_length,
                    min_length == 1 ? "" : "s");
      return NULL;
    }
  if (json_array_get_length (array) > max_length)
    {
      lg_json_fail (r, path, LG_CONTENT_ERROR_TOO_LARGE, "has %u items; at most %u are allowed",
                    json_array_get_length (array), max_length);
      return NULL;
    }
  return array;
}

/* Whether @value matches @pattern, a string literal. g_regex_match_simple() would compile the
 * pattern again on every call; the store's few patterns are compiled once, for all threads. */
gboolean
lg_json_matches (const char *pattern,
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

gboolean
lg_json_int_member (LgJsonReader *r,
                    JsonObject   *object,
                    const char   *path,
                    const char   *name,
                    gint64       *value)
{
  JsonNode *node;

  if (!(node = lg_json_member (r, object, path, name, LG_JSON_REQUIRED)))
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      lg_json_fail (r, member_path, LG_CONTENT_ERROR_WRONG_TYPE,
                    "expected a whole number, found %s", lg_json_node_kind (node));
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
 * its closing quote (or @size), and *@where to the escape at fault.
 *
 * FLOOR SHIM — json-glib 1.6 (the floor in meson.build): json-glib 1.6 leaks on a bad \ escape
 * ("\\ud80 ", "\\x") and on an escaped half of a surrogate pair left unpaired ("\\ud800",
 * "\\ud800\\ud800"), whose text would not be valid UTF-8 either; so such a string is refused
 * here, before json-glib sees it. When the floor rises: re-run the hostile-input cases of
 * tests/test-content-store.c under the sanitizers (build-aux/ci-sanitizers) against the new
 * json-glib and, for whatever it then refuses by itself without a leak, drop "shim" from this
 * comment. Keep the check: it guards hostile input, and its message names the byte at fault. */
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

/* FLOOR SHIM — json-glib 1.6 (the floor in meson.build). Three things json-glib 1.6 gets wrong on
 * hostile input, checked before it sees the bytes: it recurses once per nesting level with no
 * limit (100 000 "[" overflow the stack); it takes "{…} {…}" as one document, silently dropping
 * (and leaking) all but one value; and it leaks on a bad \ escape ("\\ud80 ", "\\x") and on
 * escaped halves of surrogate pairs that are not paired ("\\ud800\\ud800"). This is not a second
 * JSON parser: it only skips what json-glib's scanner skips (strings in double quotes with \
 * escapes, strings in single quotes without, comments in slash-star) and counts brackets. When the
 * floor reaches json-glib 1.10, try JsonParser:strict (it refuses comments and single quotes,
 * which this check only skips: a change in what content is accepted, so decide it on purpose) and
 * re-run the hostile-input tests under the sanitizers; drop from this comment whatever json-glib
 * then refuses by itself without a leak or a crash. Keep the check: the depth limit and the
 * one-value rule also guard hostile input. */
static gboolean
check_structure (LgJsonReader *r,
                 const char   *data,
                 gsize         size)
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
              lg_json_fail (r, "$", LG_CONTENT_ERROR_SYNTAX,
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
                lg_json_fail (r, "$", LG_CONTENT_ERROR_SYNTAX,
                              "not valid JSON: a bad \\ escape at byte %" G_GSIZE_FORMAT
                              " (a \\u needs four hex digits)", where);
                return FALSE;
              case STRING_UNPAIRED_SURROGATE:
                lg_json_fail (r, "$", LG_CONTENT_ERROR_INVALID_UTF8,
                              "text is not valid Unicode: a \\u escape of half a surrogate "
                              "pair, not paired, at byte %" G_GSIZE_FORMAT, where);
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
              lg_json_fail (r, "$", LG_CONTENT_ERROR_TOO_LARGE, "nested more than %d levels deep",
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

/* Where json-glib's scanner is when it finds a syntax error (its message says it too, but for
 * "<data>"). */
static void
on_syntax_error (JsonParser   *parser,
                 gpointer      error,
                 LgJsonReader *r)
{
  r->syntax_line = json_parser_get_current_line (parser);
  r->syntax_column = json_parser_get_current_pos (parser);
}

/* Parses @bytes into a root object after the checks every file gets, and checks "schema". */
JsonObject *
lg_json_read_root (LgJsonReader *r,
                   GBytes       *bytes,
                   JsonParser   *parser)
{
  g_autoptr(GError) parse_error = NULL;
  const char *data;
  const char *end;
  gsize size;
  gint64 schema;
  JsonObject *root;
  gulong syntax_handler;
  gboolean loaded;

  data = g_bytes_get_data (bytes, &size);
  if (size == 0)
    {
      lg_json_fail (r, "$", LG_CONTENT_ERROR_EMPTY, "file is empty");
      return NULL;
    }
  if (size > LG_CONTENT_MAX_FILE_SIZE)
    {
      lg_json_fail (r, "$", LG_CONTENT_ERROR_TOO_LARGE, "file is larger than %d KiB",
                    LG_CONTENT_MAX_FILE_SIZE / 1024);
      return NULL;
    }
  if (!g_utf8_validate_len (data, size, &end))
    {
      lg_json_fail (r, "$", LG_CONTENT_ERROR_INVALID_UTF8, "invalid UTF-8 at byte %" G_GSIZE_FORMAT,
                    (gsize) (end - data));
      return NULL;
    }
  /* The json-glib 1.6 floor shim (see check_structure()): before json-glib sees the bytes. */
  if (!check_structure (r, data, size))
    return NULL;
  syntax_handler = g_signal_connect (parser, "error", G_CALLBACK (on_syntax_error), r);
  loaded = json_parser_load_from_data (parser, data, size, &parse_error);
  g_signal_handler_disconnect (parser, syntax_handler);
  if (!loaded)
    {
      /* json-glib's message starts "<data>:line:column: ", which the fault's place says. */
      const char *what = parse_error->message;

      if (r->faults != NULL && g_str_has_prefix (what, "<data>:") && strstr (what, ": ") != NULL)
        what = strstr (what, ": ") + 2;
      lg_json_fail (r, "$", LG_CONTENT_ERROR_SYNTAX, "not valid JSON: %s", what);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      lg_json_fail (r, "$", LG_CONTENT_ERROR_EMPTY, "file holds no JSON value");
      return NULL;
    }
  if (r->faults != NULL)
    r->bytes = g_bytes_ref (bytes);
  if (!(root = lg_json_expect_object (r, json_parser_get_root (parser), "$")))
    return NULL;
  if (!lg_json_int_member (r, root, "$", "schema", &schema))
    return NULL;
  if (schema != LG_CONTENT_SCHEMA_VERSION)
    {
      lg_json_fail (r, "$.schema", LG_CONTENT_ERROR_SCHEMA_VERSION,
                    "schema version %" G_GINT64_FORMAT " is not supported (this app reads %d)",
                    schema, LG_CONTENT_SCHEMA_VERSION);
      return NULL;
    }
  return root;
}
