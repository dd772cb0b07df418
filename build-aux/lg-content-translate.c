/* lg-content-translate.c — writes translated copies of the content JSON from a PO file
 *
 *   lg-content-translate PO_FILE LANG OUTPUT_DIR FILE.json…
 *
 * Reads PO_FILE with libgettextpo (gettext's own PO reader) and writes OUTPUT_DIR/content-LANG-NAME
 * for every FILE.json: the same JSON with each translatable string (lg-content-walk.c) replaced
 * by the msgstr found under its context and msgid. An untranslated or fuzzy message keeps the
 * English. A translation that drops, adds or breaks a [[term-id]] glossary mark stops the build
 * with the PO file, the content file and the JSON path; the app then validates the copies like
 * any other content when it loads them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gettext-po.h>
#include <locale.h>
#include <stdlib.h>

#include "lg-content-walk.h"
#include "lg-markup.h"

static const char *po_name;

/* libgettextpo keeps some of what po_file_read() allocates (0.21); tell LeakSanitizer, when this
 * is built with -Db_sanitize=address, to look only at leaks of our own. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libgettextpo\n";
}

static void
po_error (int           severity,
          po_message_t  message,
          const char   *filename,
          size_t        lineno,
          size_t        column,
          int           multiline,
          const char   *text)
{
  if (filename != NULL && lineno != (size_t) -1)
    g_printerr ("%s:%zu: %s\n", filename, lineno, text);
  else
    g_printerr ("%s: %s\n", po_name, text);
  if (severity == PO_SEVERITY_FATAL_ERROR)
    exit (1);
}

static void
po_error2 (int           severity,
           po_message_t  message1,
           const char   *filename1,
           size_t        lineno1,
           size_t        column1,
           int           multiline1,
           const char   *text1,
           po_message_t  message2,
           const char   *filename2,
           size_t        lineno2,
           size_t        column2,
           int           multiline2,
           const char   *text2)
{
  po_error (PO_SEVERITY_ERROR, message1, filename1, lineno1, column1, multiline1, text1);
  po_error (severity, message2, filename2, lineno2, column2, multiline2, text2);
}

static char *
message_key (const char *context,
             const char *msgid)
{
  return g_strconcat (context ? context : "", "\004", msgid, NULL);
}

/* context + "\004" + msgid → msgstr, for every translated, non-fuzzy message. */
static GHashTable *
read_catalogue (const char *path)
{
  static const struct po_xerror_handler handler = { po_error, po_error2 };
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  po_message_iterator_t iterator;
  po_message_t message;
  po_file_t file;

  file = po_file_read (path, &handler);
  if (file == NULL)
    {
      g_printerr ("%s: cannot be read\n", path);
      exit (1);
    }
  iterator = po_message_iterator (file, NULL);
  while ((message = po_next_message (iterator)) != NULL)
    {
      const char *msgid = po_message_msgid (message);
      const char *msgstr = po_message_msgstr (message);

      if (*msgid == '\0' || *msgstr == '\0' || po_message_is_obsolete (message) ||
          po_message_is_fuzzy (message))
        continue;
      g_hash_table_insert (table, message_key (po_message_msgctxt (message), msgid),
                           g_strdup (msgstr));
    }
  po_message_iterator_free (iterator);
  po_file_free (file);
  return table;
}

/* The glossary marks of a text, each id once. */
static const char *
record_id (const char *id,
           gpointer    user_data)
{
  g_hash_table_add (user_data, g_strdup (id));
  return id;
}

typedef struct {
  GHashTable *catalogue;
  const char *file;
  guint translated;
  guint total;
  guint errors;
} Translate;

static void
translation_error (Translate  *t,
                   const char *path,
                   const char *context,
                   const char *msgid,
                   const char *problem)
{
  g_printerr ("%s: %s %s: %s\n  msgctxt \"%s\"\n  msgid \"%s\"\n", po_name, t->file, path,
              problem, context, msgid);
  t->errors++;
}

static gboolean
marks_match (Translate  *t,
             const char *path,
             const char *context,
             const char *msgid,
             const char *msgstr)
{
  g_autoptr(GHashTable) english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) translated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *problem = NULL;
  GHashTableIter iter;
  gboolean ok = TRUE;
  const char *id;

  lg_markup_check (msgid, record_id, english, &problem);
  g_clear_pointer (&problem, g_free);
  if (!lg_markup_check (msgstr, record_id, translated, &problem))
    {
      translation_error (t, path, context, msgid, problem);
      return FALSE;
    }

  g_hash_table_iter_init (&iter, english);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (!g_hash_table_contains (translated, id))
      {
        g_autofree char *message = g_strdup_printf ("the translation drops the glossary mark "
                                                    "[[%s]]; keep it, with the id as it is", id);
        translation_error (t, path, context, msgid, message);
        ok = FALSE;
      }
  g_hash_table_iter_init (&iter, translated);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (!g_hash_table_contains (english, id))
      {
        g_autofree char *message = g_strdup_printf ("the translation has a glossary mark "
                                                    "[[%s]] that the English does not have", id);
        translation_error (t, path, context, msgid, message);
        ok = FALSE;
      }
  return ok;
}

static void
translate_string (JsonNode   *node,
                  const char *context,
                  const char *path,
                  const char *member,
                  gpointer    user_data)
{
  Translate *t = user_data;
  const char *msgid = json_node_get_string (node);
  g_autofree char *key = message_key (context, msgid);
  const char *msgstr = g_hash_table_lookup (t->catalogue, key);

  t->total++;
  if (msgstr == NULL || !marks_match (t, path, context, msgid, msgstr))
    return;
  json_node_set_string (node, msgstr);
  t->translated++;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GHashTable) catalogue = NULL;
  guint errors = 0;

  setlocale (LC_ALL, "");
  if (argc < 5)
    {
      g_printerr ("usage: %s PO_FILE LANG OUTPUT_DIR FILE.json…\n", argv[0]);
      return 2;
    }
  po_name = argv[1];
  catalogue = read_catalogue (argv[1]);

  for (int i = 4; i < argc; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *base = g_path_get_basename (argv[i]);
      g_autofree char *out_name = g_strdup_printf ("content-%s-%s", argv[2], base);
      g_autofree char *out_path = g_build_filename (argv[3], out_name, NULL);
      Translate t = { catalogue, base, 0, 0, 0 };

      if (!json_parser_load_from_file (parser, argv[i], &error) ||
          !lg_content_walk (json_parser_get_root (parser), base, translate_string, &t, &error))
        {
          g_printerr ("lg-content-translate: %s: %s\n", base, error->message);
          return 1;
        }
      errors += t.errors;

      json_generator_set_root (generator, json_parser_get_root (parser));
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      if (!json_generator_to_file (generator, out_path, &error))
        {
          g_printerr ("lg-content-translate: %s\n", error->message);
          return 1;
        }
    }

  return errors > 0 ? 1 : 0;
}
