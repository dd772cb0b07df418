/* test-handout.c — the printed handout as it comes out: real PDFs checked with poppler's tools
 * (pdfinfo, pdffonts, pdftotext), from the renderer and from the real binary with no display.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "lg-block.h"
#include "lg-handout.h"
#include "lg-section.h"
#include "lg-source.h"
#include "lg-test-utils.h"
#include "lg-settings.h"

#define CLINIC_NAME "Riverside Liver Clinic"
#define CLINIC_PHONE "555 0100"

static LgContentStore *store;
static LgSettings *settings;
static char *tmp_dir;

/* -------------------------------------------------------------------------------------------- */
/* Poppler                                                                                      */

/* Runs a program; returns its standard output, failing the test if it does not succeed. */
static char *
run_tool (const char *first,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  int status;
  va_list args;

  g_ptr_array_add (argv, (gpointer) first);
  va_start (args, first);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", first, err);
  return out;
}

typedef struct {
  int pages;
  double width;
  double height;
} PdfInfo;

static PdfInfo
pdf_info (const char *path)
{
  PdfInfo info = { 0 };

  info.pages = lg_test_pdf_pages (path, &info.width, &info.height);
  return info;
}

/* Every font pdffonts lists is embedded ("emb" column "yes"); returns how many there are. */
static guint
assert_fonts_embedded (const char *path)
{
  g_autofree char *out = run_tool ("pdffonts", path, NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  const char *emb;
  gsize column;
  guint n = 0;

  g_assert_nonnull (lines[0]);
  emb = strstr (lines[0], " emb ");
  g_assert_nonnull (emb);
  column = emb - lines[0] + 1;
  for (guint i = 2; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      g_assert_cmpuint (strlen (lines[i]), >, column + 3);
      if (strncmp (lines[i] + column, "yes", 3) != 0)
        g_error ("%s: font not embedded: %s", path, lines[i]);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
  return n;
}

/* The text of the PDF with every run of white space made one space. */
/* @text with every run of white space made one space. */
static char *
squash (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* The text of the PDF, squashed. */
static char *
pdf_text (const char *path)
{
  g_autofree char *out = run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);

  return squash (out);
}

typedef struct {
  double x0, y0, x1, y1;
  char *text;
} Word;

typedef struct {
  double width;
  double height;
  GArray *words;               /* of Word */
} BoxPage;

typedef struct {
  GArray *pages;               /* of BoxPage */
  GString *text;
  gboolean in_word;
} BoxParse;

static void
clear_word (gpointer data)
{
  g_free (((Word *) data)->text);
}

static void
clear_box_page (gpointer data)
{
  g_array_unref (((BoxPage *) data)->words);
}

static double
attr_double (const char **names,
             const char **values,
             const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return g_ascii_strtod (values[i], NULL);
  g_error ("pdftotext -bbox: no %s attribute", name);
  return 0;
}

static void
box_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  BoxParse *parse = user_data;

  if (g_str_equal (element, "page"))
    {
      BoxPage page = { attr_double (names, values, "width"), attr_double (names, values, "height"),
                       g_array_new (FALSE, FALSE, sizeof (Word)) };

      g_array_set_clear_func (page.words, clear_word);
      g_array_append_val (parse->pages, page);
    }
  else if (g_str_equal (element, "word"))
    {
      BoxPage *page = &g_array_index (parse->pages, BoxPage, parse->pages->len - 1);
      Word word = { attr_double (names, values, "xMin"), attr_double (names, values, "yMin"),
                    attr_double (names, values, "xMax"), attr_double (names, values, "yMax"), NULL };

      g_array_append_val (page->words, word);
      g_string_truncate (parse->text, 0);
      parse->in_word = TRUE;
    }
}

static void
box_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  BoxParse *parse = user_data;

  if (parse->in_word)
    g_string_append_len (parse->text, text, length);
}

static void
box_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  BoxParse *parse = user_data;

  if (g_str_equal (element, "word") && parse->in_word)
    {
      BoxPage *page = &g_array_index (parse->pages, BoxPage, parse->pages->len - 1);

      g_array_index (page->words, Word, page->words->len - 1).text = g_strdup (parse->text->str);
      parse->in_word = FALSE;
    }
}

/* Every word of the PDF with its box, page by page, from `pdftotext -bbox`. */
static GArray *
pdf_words (const char *path)
{
  static const GMarkupParser parser = { box_start, box_end, box_text, NULL, NULL };
  g_autofree char *html = run_tool ("pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  BoxParse parse = { g_array_new (FALSE, FALSE, sizeof (BoxPage)), text, FALSE };

  g_array_set_clear_func (parse.pages, clear_box_page);
  context = g_markup_parse_context_new (&parser, 0, &parse, NULL);
  g_markup_parse_context_parse (context, html, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  return parse.pages;
}

/* No word's box reaches into the margins. */
static void
assert_words_inside_margins (const char *path)
{
  g_autoptr(GArray) pages = pdf_words (path);
  const double m = LG_HANDOUT_MARGIN - 0.01;
  guint words = 0;

  g_assert_cmpuint (pages->len, >, 0);
  for (guint p = 0; p < pages->len; p++)
    {
      BoxPage *page = &g_array_index (pages, BoxPage, p);

      g_assert_cmpuint (page->words->len, >, 20);
      for (guint i = 0; i < page->words->len; i++)
        {
          Word *w = &g_array_index (page->words, Word, i);

          if (w->x0 < m || w->y0 < m || w->x1 > page->width - m || w->y1 > page->height - m)
            g_error ("%s page %u: “%s” at (%.1f, %.1f)–(%.1f, %.1f) is in the margin", path, p + 1,
                     w->text, w->x0, w->y0, w->x1, w->y1);
          words++;
        }
    }
  g_test_message ("%s: %u words, all inside the margins", path, words);
}

/* -------------------------------------------------------------------------------------------- */

static GPtrArray *
topic_list (const char *id)
{
  GPtrArray *topics = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all = lg_content_store_get_topics (store);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (all, i);

      if (id == NULL || g_str_equal (id, lg_topic_get_id (topic)))
        g_ptr_array_add (topics, g_steal_pointer (&topic));
    }
  g_assert_cmpuint (topics->len, >, 0);
  return topics;
}

static LgHandout *
handout_for (LgContentStore *from,
             GPtrArray      *topics,
             LgQuestionTicks *ticks,
             LgPaper         paper,
             gboolean        notes)
{
  g_auto(LgHandoutOptions) options = { 0 };

  lg_handout_options_init (&options, paper);
  lg_settings_load_clinic (settings, &options);
  options.notes = notes;
  return lg_handout_new (from, topics, ticks, &options);
}

static char *
plain (const char *text)
{
  return lg_content_store_to_plain (store, text);
}

static void
assert_contains (const char *haystack,
                 const char *needle,
                 const char *where)
{
  g_autofree char *squashed = squash (needle);

  if (strstr (haystack, squashed) == NULL)
    g_error ("%s does not contain “%s”", where, squashed);
}

static void
assert_paper (PdfInfo  info,
              LgPaper  paper)
{
  if (paper == LG_PAPER_A4)
    {
      g_assert_cmpfloat_with_epsilon (info.width, 595.0, 1.0);
      g_assert_cmpfloat_with_epsilon (info.height, 842.0, 1.0);
    }
  else
    {
      g_assert_cmpfloat_with_epsilon (info.width, 612.0, 0.01);
      g_assert_cmpfloat_with_epsilon (info.height, 792.0, 0.01);
    }
}

/* Every topic on its own, on A4 and on Letter, written by the renderer and read back. */
static void
test_every_topic (void)
{
  GListModel *all = lg_content_store_get_topics (store);

  for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(LgTopic) topic = g_list_model_get_item (all, i);
          g_autoptr(GPtrArray) topics = topic_list (lg_topic_get_id (topic));
          g_autoptr(LgHandout) handout = handout_for (store, topics, NULL, paper, TRUE);
          g_autoptr(GError) error = NULL;
          g_autofree char *name = g_strdup_printf ("%s-%s.pdf", lg_paper_to_string (paper),
                                                   lg_topic_get_id (topic));
          g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
          g_autofree char *text = NULL;
          g_autofree char *title = plain (lg_topic_get_title (topic));
          g_autofree char *in_short = plain (lg_topic_get_in_short (topic));
          g_autofree char *page_one = NULL;
          int n = lg_handout_get_n_pages (handout);
          PdfInfo info;

          g_assert_true (lg_handout_write_pdf (handout, path, &error));
          g_assert_no_error (error);

          info = pdf_info (path);
          g_test_message ("%s: %d pages", name, info.pages);
          g_assert_cmpint (info.pages, ==, n);
          g_assert_cmpint (n, >=, 1);
          g_assert_cmpint (n, <=, 3);   /* a take-home summary, not the whole topic */
          assert_paper (info, paper);
          assert_fonts_embedded (path);

          text = pdf_text (path);
          page_one = g_strdup_printf ("Page 1 of %d", n);
          assert_contains (text, title, name);
          assert_contains (text, in_short, name);
          assert_contains (text, CLINIC_NAME, name);
          assert_contains (text, CLINIC_PHONE, name);
          assert_contains (text, page_one, name);
          assert_contains (text, "This sheet is for learning. It does not replace advice from your care team.", name);
          assert_words_inside_margins (path);
        }
    }
}

/* Runs the real binary with no display, the clinic's name in a keyfile settings backend. */
static int
run_binary (char **err,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *config = g_build_filename (tmp_dir, "config", NULL);
  g_autofree char *keyfile_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (keyfile_dir, "keyfile", NULL);
  const char *arg;
  va_list args;

  g_assert_cmpint (g_mkdir_with_parents (keyfile_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (keyfile,
                                      "[io/github/liverguide/LiverGuide]\n"
                                      "clinic-name='" CLINIC_NAME "'\n"
                                      "clinic-phone='" CLINIC_PHONE "'\n", -1, NULL));

  g_ptr_array_add (argv, (gpointer) g_getenv ("LG_BINARY"));
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

/* `liver-guide --export-pdf` with no --topic: every topic in one handout, as the renderer
 * lays it out, each topic starting on its own page. */
static void
test_binary_every_topic (void)
{
  for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
    {
      g_autoptr(GPtrArray) topics = topic_list (NULL);
      g_autoptr(LgHandout) handout = handout_for (store, topics, NULL, paper, TRUE);
      g_autofree char *name = g_strdup_printf ("binary-all-%s.pdf", lg_paper_to_string (paper));
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_autofree char *export_arg = g_strconcat ("--export-pdf=", path, NULL);
      g_autofree char *paper_arg = g_strconcat ("--paper=", lg_paper_to_string (paper), NULL);
      g_autofree char *err = NULL;
      g_autofree char *text = NULL;
      g_autofree char *last = NULL;
      int n = lg_handout_get_n_pages (handout);
      PdfInfo info;

      g_assert_cmpint (run_binary (&err, export_arg, paper_arg, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");

      info = pdf_info (path);
      g_test_message ("%s: %d pages", name, info.pages);
      g_assert_cmpint (info.pages, ==, n);
      g_assert_cmpint (n, >=, (int) topics->len);
      assert_paper (info, paper);
      assert_fonts_embedded (path);

      text = pdf_text (path);
      assert_contains (text, CLINIC_NAME, name);
      assert_contains (text, "Page 1 of", name);
      last = g_strdup_printf ("Page %d of %d", n, n);
      assert_contains (text, last, name);
      for (guint i = 0; i < topics->len; i++)
        {
          g_autofree char *title = plain (lg_topic_get_title (topics->pdata[i]));
          g_autofree char *in_short = plain (lg_topic_get_in_short (topics->pdata[i]));

          assert_contains (text, title, name);
          assert_contains (text, in_short, name);
        }
      assert_words_inside_margins (path);
    }
}

/* `--language=es`: the handout in Spanish, its fixed words too. */
static void
test_binary_spanish (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "binary-es.pdf", NULL);
  g_autofree char *export_arg = g_strconcat ("--export-pdf=", path, NULL);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (run_binary (&err, export_arg, "--topic=surgery", "--language=es", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  text = pdf_text (path);
  assert_contains (text, "Cirugía", "binary-es.pdf");
  assert_contains (text, "En resumen", "binary-es.pdf");
  assert_contains (text, "Puntos clave", "binary-es.pdf");
  assert_contains (text, "Preguntas para su equipo de atención médica", "binary-es.pdf");
  assert_contains (text, "Página 1 de", "binary-es.pdf");
  assert_contains (text, "Teléfono: " CLINIC_PHONE, "binary-es.pdf");
  assert_contains (text, "Esta hoja es para aprender.", "binary-es.pdf");
  g_assert_null (strstr (text, "Key points"));
  assert_fonts_embedded (path);
  assert_words_inside_margins (path);
}

/* -------------------------------------------------------------------------------------------- */
/* A long topic                                                                                 */

#define LONG_SECTIONS 14
#define LONG_PARAGRAPH_SENTENCES 60

static char *
long_topic_json (void)
{
  g_autoptr(GString) json = g_string_new (NULL);

  g_string_append (json, "{ \"schema\": 1, \"id\": \"long-test\", \"group\": \"next-steps\", \"order\": 999,"
                         " \"title\": \"A very long test topic\", \"subtitle\": \"It flows over many pages.\","
                         " \"in_short\": \"This topic is long on purpose. It checks how pages break.\","
                         " \"sections\": [");
  for (guint s = 0; s < LONG_SECTIONS; s++)
    {
      g_string_append_printf (json, "%s{ \"id\": \"when-to-call\", \"heading\": \"Warning sign group %u\","
                                    " \"blocks\": [", s ? ", " : "", s + 1);
      /* Sections of different lengths, so headings land all over the pages. */
      if (s == 3)
        {
          g_string_append (json, "{ \"type\": \"paragraph\", \"text\": \"");
          for (guint k = 0; k < LONG_PARAGRAPH_SENTENCES; k++)
            g_string_append_printf (json, "%sLong sentence %u goes on and on so that this paragraph is "
                                          "taller than a whole page.", k ? " " : "", k + 1);
          g_string_append (json, "\" }, ");
        }
      g_string_append_printf (json, "{ \"type\": \"paragraph\", \"text\": \"Call us if any of these %u signs "
                                    "come and do not go away after a day or two of rest at home.\" },"
                                    " { \"type\": \"bullets\", \"items\": [", s % 5 + 1);
      for (guint b = 0; b < s % 5 + 1; b++)
        g_string_append_printf (json, "%s\"Sign %u of group %u\"", b ? ", " : "", b + 1, s + 1);
      g_string_append (json, "] }");
      if (s % 4 == 1)
        g_string_append (json, ", { \"type\": \"note\", \"text\": \"If it is an emergency, call your "
                               "emergency number right away. Do not wait for your care team to call back.\" }");
      g_string_append (json, "] }");
    }
  g_string_append (json, "], \"key_points\": [");
  for (guint k = 0; k < 12; k++)
    g_string_append_printf (json, "%s\"Key point number %u, which is short.\"", k ? ", " : "", k + 1);
  g_string_append (json, "], \"questions\": [");
  for (guint q = 0; q < 30; q++)
    g_string_append_printf (json, "%s\"Question number %u to ask the care team?\"", q ? ", " : "", q + 1);
  g_string_append (json, "], \"teach_back\": [\"Say it back.\"],"
                         " \"sources\": [ { \"publisher\": \"Test\", \"title\": \"Test source\","
                         " \"url\": \"https://example.org/a/very/long/address/that/must/wrap/somewhere/"
                         "because/it/goes/on/and/on/and/on/and/on/without/any/spaces/at/all/index.html\" } ],"
                         " \"reviewed\": \"2026-01\" }");
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static gboolean
is_heading (const char *entry)
{
  return g_str_has_prefix (entry, "heading\t") || g_str_has_prefix (entry, "title\t");
}

/* The words of the page's lowest line above the footer. */
static char *
last_line (BoxPage *page)
{
  double footer_top = page->height - LG_HANDOUT_MARGIN - 40;
  double bottom = 0;
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < page->words->len; i++)
    {
      Word *w = &g_array_index (page->words, Word, i);

      if (w->y1 < footer_top)
        bottom = MAX (bottom, w->y1);
    }
  for (guint i = 0; i < page->words->len; i++)
    {
      Word *w = &g_array_index (page->words, Word, i);

      if (w->y1 > bottom - 2 && w->y1 <= bottom)
        g_string_append_printf (line, "%s%s", line->len ? " " : "", w->text);
    }
  return g_string_free (line, FALSE);
}

static void
test_long_topic (void)
{
  g_autoptr(LgContentStore) long_store = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  char *json = long_topic_json ();
  g_autoptr(GBytes) bytes = g_bytes_new_take (json, strlen (json));
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = g_build_filename (tmp_dir, "long.pdf", NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *expected_long = NULL;
  g_autoptr(LgSection) long_section = NULL;
  g_autoptr(LgBlock) long_paragraph = NULL;
  LgTopic *topic;

  g_assert_true (lg_content_store_load_resource (long_store, RESOURCE_BASE "/content", &error));
  g_assert_no_error (error);
  g_assert_true (lg_content_store_add_topic (long_store, bytes, "long-test.json", &error));
  g_assert_no_error (error);
  topic = lg_content_store_lookup_topic (long_store, "long-test");
  g_assert_nonnull (topic);
  g_ptr_array_add (topics, g_object_ref (topic));
  long_section = g_list_model_get_item (lg_topic_get_sections (topic), 3);
  long_paragraph = g_list_model_get_item (lg_section_get_blocks (long_section), 0);
  expected_long = squash (lg_block_get_text (long_paragraph));

  for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
    {
      g_autoptr(LgHandout) handout = handout_for (long_store, topics, NULL, paper, TRUE);
      g_autoptr(GArray) boxes = NULL;
      g_autofree char *got = NULL;
      int n = lg_handout_get_n_pages (handout);
      guint headings = 0, paragraph_parts = 0;

      g_test_message ("long topic, %s: %d pages", lg_paper_to_string (paper), n);
      g_assert_cmpint (n, >=, 4);

      g_string_truncate (long_text, 0);
      for (int p = 0; p < n; p++)
        {
          g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, p);
          guint len = g_strv_length (outline);
          int last = len - 2;   /* before the footer */

          g_assert_cmpuint (len, >=, 3);
          g_assert_true (g_str_has_prefix (outline[0], "header\t"));
          g_assert_true (g_str_has_prefix (outline[len - 1], "footer\t"));
          /* The sources sit at the foot of the last page; what flows before them counts. */
          if (g_str_has_prefix (outline[last], "sources\t"))
            last--;
          if (is_heading (outline[last]))
            g_error ("page %d ends with a heading: %s", p + 1, outline[last]);

          for (guint i = 1; i + 1 < len; i++)
            {
              headings += is_heading (outline[i]);
              if (strstr (outline[i], "Long sentence") != NULL)
                {
                  g_string_append_printf (long_text, "%s%s", long_text->len ? " " : "",
                                          strchr (outline[i], '\t') + 1);
                  paragraph_parts++;
                }
            }
        }
      /* Every heading was placed, and the paragraph taller than a page came out whole, in parts. */
      g_assert_cmpuint (headings, ==, LONG_SECTIONS + 4);
      g_assert_cmpuint (paragraph_parts, >=, 2);
      got = squash (long_text->str);
      g_assert_cmpstr (got, ==, expected_long);

      /* And on paper: inside the margins, and no page's last line above the footer a heading. */
      g_assert_true (lg_handout_write_pdf (handout, path, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pdf_info (path).pages, ==, n);
      assert_words_inside_margins (path);
      boxes = pdf_words (path);
      for (guint p = 0; p + 1 < boxes->len; p++)
        {
          g_autofree char *line = last_line (&g_array_index (boxes, BoxPage, p));

          g_test_message ("long topic page %u ends: %s", p + 1, line);
          g_assert_false (g_str_has_prefix (line, "Warning sign group"));
          g_assert_false (g_str_has_prefix (line, "Questions to ask"));
          g_assert_false (g_str_has_prefix (line, "Key points"));
          g_assert_false (g_str_has_prefix (line, "Notes"));
        }
    }
}

/* -------------------------------------------------------------------------------------------- */

static guint
count_kind (GStrv       outline,
            const char *kind)
{
  guint n = 0;

  for (guint i = 0; outline[i] != NULL; i++)
    n += g_str_has_prefix (outline[i], kind) && outline[i][strlen (kind)] == '\t';
  return n;
}

/* All of a handout's pages' outlines, one after the other. */
static GStrv
whole_outline (LgHandout *handout)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (int p = 0; p < lg_handout_get_n_pages (handout); p++)
    {
      g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, p);
      g_strv_builder_addv (builder, (const char **) outline);
    }
  return g_strv_builder_end (builder);
}

/* Ticked questions are the ones printed; with none ticked, all of them are. */
static void
test_ticked_questions (void)
{
  g_autoptr(GPtrArray) topics = topic_list ("surgery");
  g_autoptr(LgQuestionTicks) ticked = lg_question_ticks_new ();
  const char * const *questions = lg_topic_get_questions (topics->pdata[0]);
  g_autoptr(LgHandout) all = NULL;
  g_autoptr(LgHandout) some = NULL;
  g_auto(GStrv) all_outline = NULL;
  g_auto(GStrv) some_outline = NULL;
  g_autofree char *second = plain (questions[1]);
  g_autofree char *fourth = plain (questions[3]);
  g_autofree char *first = plain (questions[0]);
  g_autofree char *joined = NULL;

  /* another topic's tick changes nothing here */
  lg_question_ticks_set (ticked, lg_content_store_lookup_topic (store, "sbrt"), 0, TRUE);
  all = handout_for (store, topics, ticked, LG_PAPER_A4, TRUE);
  all_outline = whole_outline (all);
  g_assert_cmpuint (count_kind (all_outline, "question"), ==, g_strv_length ((char **) questions));

  lg_question_ticks_set (ticked, topics->pdata[0], 1, TRUE);
  lg_question_ticks_set (ticked, topics->pdata[0], 3, TRUE);
  some = handout_for (store, topics, ticked, LG_PAPER_A4, TRUE);
  some_outline = whole_outline (some);
  g_assert_cmpuint (count_kind (some_outline, "question"), ==, 2);
  joined = g_strjoinv ("\n", some_outline);
  g_assert_nonnull (strstr (joined, second));
  g_assert_nonnull (strstr (joined, fourth));
  g_assert_null (strstr (joined, first));
}

/* The notes switch: lined space after the questions, or none. */
static void
test_notes (void)
{
  g_autoptr(GPtrArray) topics = topic_list ("ablation");
  g_autoptr(LgHandout) with = handout_for (store, topics, NULL, LG_PAPER_LETTER, TRUE);
  g_autoptr(LgHandout) without = handout_for (store, topics, NULL, LG_PAPER_LETTER, FALSE);
  g_auto(GStrv) with_outline = whole_outline (with);
  g_auto(GStrv) without_outline = whole_outline (without);

  g_assert_cmpuint (count_kind (with_outline, "notes"), ==, 1);
  g_assert_cmpuint (count_kind (without_outline, "notes"), ==, 0);
  for (guint i = 0; with_outline[i] != NULL; i++)
    if (g_str_has_prefix (with_outline[i], "notes\t"))
      g_assert_cmpint (atoi (with_outline[i] + strlen ("notes\t")), >=, 3);
  g_assert_cmpint (lg_handout_get_n_pages (without), <=, lg_handout_get_n_pages (with));
}

/* Without a clinic name the header says "Liver Guide"; with one, the clinic's name and phone. */
static void
test_header (void)
{
  g_autoptr(GPtrArray) topics = topic_list ("sbrt");
  g_auto(LgHandoutOptions) options = { 0 };
  g_autoptr(LgHandout) plain_handout = NULL;
  g_autoptr(LgHandout) clinic = NULL;
  g_auto(GStrv) plain_outline = NULL;
  g_auto(GStrv) clinic_outline = NULL;

  lg_handout_options_init (&options, LG_PAPER_A4);
  plain_handout = lg_handout_new (store, topics, NULL, &options);
  plain_outline = lg_handout_dup_page_outline (plain_handout, 0);
  g_assert_cmpstr (plain_outline[0], ==, "header\tLiver Guide\t");

  lg_settings_load_clinic (settings, &options);
  clinic = lg_handout_new (store, topics, NULL, &options);
  clinic_outline = lg_handout_dup_page_outline (clinic, 0);
  g_assert_cmpstr (clinic_outline[0], ==, "header\t" CLINIC_NAME "\tPhone: " CLINIC_PHONE);
}

/* Display text is made in one step (lg_content_store_to_plain()): a topic whose title and section
 * heading (the one the handout prints, "when-to-call") carry glossary marks (the validator refuses them in JSON, but a model
 * built another way can hold them) shows them as words in the PDF's text and its Title. */
static void
test_marks_never_raw (void)
{
  LgTopicFields f = { 0 };
  g_autoptr(GListStore) blocks = g_list_store_new (LG_TYPE_BLOCK);
  g_autoptr(GListStore) sections = g_list_store_new (LG_TYPE_SECTION);
  g_autoptr(LgBlock) block = lg_block_new_text (LG_BLOCK_PARAGRAPH, "Plain words.", NULL);
  g_autoptr(LgSection) section = NULL;
  g_autoptr(LgTopic) topic = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new ();
  g_autoptr(LgHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(LgHandoutOptions) options = { 0 };
  g_autofree char *path = g_build_filename (tmp_dir, "marks.pdf", NULL);
  g_autofree char *title = lg_content_store_to_plain (store, "Clinic [[ablation]] topic");
  g_autofree char *info = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  g_assert_null (strstr (title, "[["));
  g_list_store_append (blocks, block);
  section = lg_section_new ("when-to-call", "How [[ablation]] works", G_LIST_MODEL (blocks));
  g_list_store_append (sections, section);
  f.id = g_strdup ("clinic-marks");
  f.group = LG_TOPIC_GROUP_CLINIC;
  f.title = g_strdup ("Clinic [[ablation]] topic");
  f.subtitle = g_strdup ("A subtitle");
  f.in_short = g_strdup ("In short, [[ablation]].");
  f.sections = G_LIST_MODEL (g_object_ref (sections));
  f.key_points = g_strsplit ("One key point.", "|", -1);
  f.questions = g_strsplit ("A question?", "|", -1);
  f.sources = G_LIST_MODEL (g_list_store_new (LG_TYPE_SOURCE));
  f.reviewed_year = 2026;
  f.reviewed_month = 11;
  topic = lg_topic_new (&f);
  g_ptr_array_add (topics, topic);

  lg_handout_options_init (&options, LG_PAPER_A4);
  handout = lg_handout_new (store, topics, NULL, &options);
  g_assert_true (lg_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);

  info = run_tool ("pdfinfo", path, NULL);
  g_assert_null (strstr (info, "[["));
  {
    g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "Title:"))
        expected = g_strstrip (g_strdup (lines[i] + strlen ("Title:")));
  }
  g_assert_cmpstr (expected, ==, title);
  text = pdf_text (path);
  g_assert_null (strstr (text, "[["));
  g_assert_nonnull (strstr (text, "works"));
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A path that cannot be written fails with a message naming it, and leaves no file behind;
 * a write that fails halfway leaves the old file as it was. */
static void
test_bad_path (void)
{
  g_autoptr(GPtrArray) topics = topic_list ("sbrt");
  g_autoptr(LgHandout) handout = handout_for (store, topics, NULL, LG_PAPER_A4, TRUE);
  g_autofree char *dir = g_build_filename (tmp_dir, "bad-path", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "handout.pdf", NULL);
  g_autofree char *good = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  struct rlimit saved, small;
  GError *error = NULL;
  gboolean ok;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  g_assert_false (lg_handout_write_pdf (handout, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A folder's path. */
  g_assert_false (lg_handout_write_pdf (handout, dir, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* A good file, then a rewrite that runs out of room halfway (a 2 KiB file size limit). */
  g_assert_true (lg_handout_write_pdf (handout, good, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (good, &before, &before_len, NULL));
  g_assert_cmpuint (before_len, >, 4096);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 2048;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  ok = lg_handout_write_pdf (handout, good, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, good));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (good, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpuint (count_files (dir), ==, 1);   /* no temporary file left */
  g_unlink (good);
}

/* -------------------------------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  store = lg_content_store_new ();
  g_assert_true (lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error));
  g_assert_no_error (error);
  settings = lg_settings_new ();
  g_object_set (settings, "clinic-name", CLINIC_NAME, "clinic-phone", CLINIC_PHONE, NULL);
  tmp_dir = g_dir_make_tmp ("liver-guide-handout-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/lg/handout/every-topic", test_every_topic);
  g_test_add_func ("/lg/handout/long-topic", test_long_topic);
  g_test_add_func ("/lg/handout/ticked-questions", test_ticked_questions);
  g_test_add_func ("/lg/handout/notes", test_notes);
  g_test_add_func ("/lg/handout/header", test_header);
  g_test_add_func ("/lg/handout/marks-never-raw", test_marks_never_raw);
  g_test_add_func ("/lg/handout/bad-path", test_bad_path);
  if (g_getenv ("LG_BINARY") != NULL)
    {
      g_test_add_func ("/lg/handout/binary-every-topic", test_binary_every_topic);
      g_test_add_func ("/lg/handout/binary-spanish", test_binary_spanish);
    }

  status = g_test_run ();

  if (g_getenv ("LG_KEEP_PDFS") == NULL)
    lg_test_remove_tree (tmp_dir);
  else
    g_printerr ("PDFs kept in %s\n", tmp_dir);
  g_free (tmp_dir);
  g_object_unref (settings);
  g_object_unref (store);
  return status;
}
