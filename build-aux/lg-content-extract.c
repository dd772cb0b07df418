/* lg-content-extract.c — writes po/content-strings.h from the JSON files in data/content/
 *
 *   lg-content-extract CONTENT_DIR OUTPUT
 *
 * xgettext cannot read JSON, so this writes one NC_("context", "text") per translatable string
 * (the list is in lg-content-walk.c) inside #if 0, each with a translator comment naming the file
 * and JSON path. The output is committed and listed in po/POTFILES.in; a test regenerates it and
 * fails when it differs. The same idea as GNOME Recipes' tools/recipe-extract.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "lg-content-walk.h"

/* A short note per member, so a translator knows where the words appear. */
static const struct {
  const char *member;
  const char *note;
} notes[] = {
  { "title", "the topic's title, in the sidebar and at the top of its page" },
  { "subtitle", "one line under the topic's title" },
  { "in_short", "the \xe2\x80\x9cIn short\xe2\x80\x9d summary; keep it as plain as the English" },
  { "alt", "describes the picture to people who use a screen reader" },
  { "caption", "the caption under the picture" },
  { "legend", "names one numbered marker in the picture" },
  { "heading", "a section heading" },
  { "key_points", "one of the key points" },
  { "questions", "a question people can tick to ask their care team; it goes on the handout" },
  { "teach_back", "a prompt for the clinician, to check the person understood (teach-back)" },
  { "term", "a glossary term, shown as a title and for [[term-id]] marks without own words" },
  { "definition", "a glossary definition: one or two plain sentences" },
  { "name", "a column heading of the Compare treatments table: one or two words" },
  { "how_given", "a cell of the Compare treatments table: keep it short" },
  { "anaesthesia", "a cell of the Compare treatments table: keep it short" },
  { "hospital_stay", "a cell of the Compare treatments table: keep it short" },
  { "recovery", "a cell of the Compare treatments table: keep it short" },
  { "repeatable", "a cell of the Compare treatments table: keep it short" },
  { "with_surgery", "a cell of the Compare treatments table: keep it short" },
  { "side_effects", "a cell of the Compare treatments table: keep it short" },
};

static void
append_c_string (GString    *out,
                 const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\%03o", (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

typedef struct {
  GString *out;
  const char *file;
  gboolean labels;
} Extract;

static void
emit_string (JsonNode   *node,
             const char *context,
             const char *path,
             const char *member,
             gpointer    user_data)
{
  Extract *e = user_data;
  const char *text = json_node_get_string (node);
  const char *note = NULL;

  if (e->labels)
    note = "fixed words of the guide's pages (topic pages, views, handout) in this language";
  for (guint i = 0; note == NULL && i < G_N_ELEMENTS (notes); i++)
    if (g_str_equal (notes[i].member, member))
      note = notes[i].note;

  g_string_append_printf (e->out, "/* Translators: %s %s", e->file, path);
  if (note != NULL)
    g_string_append_printf (e->out, " \xe2\x80\x94 %s", note);
  g_string_append (e->out, ".");
  if (strstr (text, "[[") != NULL)
    g_string_append (e->out,
                     "\n   Keep each glossary mark [[term-id|shown words]] with its term id; translate"
                     "\n   only the words after the bar. [[term-id]] alone shows the glossary term;"
                     "\n   add |words if the sentence needs another form.");
  if (strchr (text, '{') != NULL)
    g_string_append (e->out, "\n   Keep every {name} placeholder as it is; move it where your"
                             "\n   language needs it.");
  if (strchr (text, '%') != NULL)
    g_string_append (e->out, "\n   xgettext:no-c-format");
  g_string_append (e->out, " */\nNC_(");
  append_c_string (e->out, context);
  g_string_append (e->out, ", ");
  append_c_string (e->out, text);
  g_string_append (e->out, ");\n");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("usage: %s CONTENT_DIR OUTPUT\n", argv[0]);
      return 2;
    }

  if (!(dir = g_dir_open (argv[1], 0, &error)))
    {
      g_printerr ("lg-content-extract: %s\n", error->message);
      return 1;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  g_string_append (out,
    "/* po/content-strings.h \xe2\x80\x94 GENERATED from the JSON in data/content/ by "
    "build-aux/lg-content-extract.c.\n"
    " * Do not edit: change the JSON, then run  meson compile -C build update-content-strings\n"
    " *\n"
    " * xgettext cannot read JSON, so this file carries every translatable content string into "
    "the\n"
    " * template: one NC_() each, with the topic id (or \"glossary\", \"labels\") as the context "
    "and\n"
    " * the JSON path in the translator comment. It is never compiled: the translations reach "
    "the\n"
    " * app at build time, when build-aux/lg-content-translate.c writes translated copies of "
    "the\n"
    " * JSON from po/LANG.po into the resources.\n"
    " *\n"
    " * SPDX-License-Identifier: CC-BY-SA-4.0 */\n"
    "#if 0\n");

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (argv[1], names->pdata[i], NULL);
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      Extract e = { out, names->pdata[i], g_str_equal (names->pdata[i], "labels.json") };

      if (!json_parser_load_from_mapped_file (parser, path, &error))
        {
          g_printerr ("lg-content-extract: %s: %s\n", (char *) names->pdata[i], error->message);
          return 1;
        }
      g_string_append_printf (out, "\n/* %s */\n\n", (char *) names->pdata[i]);
      if (!lg_content_walk (json_parser_get_root (parser), names->pdata[i], emit_string, &e,
                            &error))
        {
          g_printerr ("lg-content-extract: %s\n", error->message);
          return 1;
        }
    }
  g_string_append (out, "\n#endif\n");

  if (!g_file_set_contents (argv[2], out->str, out->len, &error))
    {
      g_printerr ("lg-content-extract: %s\n", error->message);
      return 1;
    }
  return 0;
}
