/* test-handout.c — the printed handout as it comes out: real PDFs checked with poppler's tools
 * (pdfinfo, pdffonts, pdftotext), from the renderer and from the real binary with no display.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <signal.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "lg-block.h"
#include "lg-handout.h"
#include "lg-handout-private.h"
#include "lg-section.h"
#include "lg-source.h"
#include "lg-content-error.h"
#include "lg-test-utils.h"
#include "lg-settings-private.h"
#include "lg-settings.h"

#define CLINIC_NAME "Riverside Liver Clinic"
#define CLINIC_PHONE "555 0100"

static LgContentStore *store;
static LgSettings *settings;
static char *tmp_dir;
static const char *extra_keys = "";   /* more keys for the binary's settings */

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
  /* A phone's no-break spaces are spaces too. */
  g_autoptr(GRegex) space = g_regex_new ("[\\s\\x{a0}]+", 0, 0, NULL);
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
          /* A take-home summary: at most three pages, on A4 and on Letter (two is the aim:
           * see test_summary_two_pages). */
          g_assert_cmpint (n, <=, 3);
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
  if (*extra_keys != '\0')
    {
      g_autofree char *keys = g_strconcat ("[io/github/liverguide/LiverGuide]\n"
                                           "clinic-name='" CLINIC_NAME "'\n"
                                           "clinic-phone='" CLINIC_PHONE "'\n", extra_keys, NULL);
      g_assert_true (g_file_set_contents (keyfile, keys, -1, NULL));
    }

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


static void measure_type (const char *path,
                          double     *smallest,
                          double     *body);

/* `--full` and `--large-print` from the command line: every section, or 16-point type; who
 * approved the content (from the settings, its line breaks gone) in every page's footer; the
 * options alone, without --export-pdf, refused in one line. */
static void
test_binary_full_large (void)
{
  g_autofree char *summary = g_build_filename (tmp_dir, "binary-summary.pdf", NULL);
  g_autofree char *full = g_build_filename (tmp_dir, "binary-full.pdf", NULL);
  g_autofree char *large = g_build_filename (tmp_dir, "binary-large.pdf", NULL);
  g_autofree char *summary_arg = g_strconcat ("--export-pdf=", summary, NULL);
  g_autofree char *full_arg = g_strconcat ("--export-pdf=", full, NULL);
  g_autofree char *large_arg = g_strconcat ("--export-pdf=", large, NULL);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autofree char *full_text = NULL;
  LgTopic *surgery = lg_content_store_lookup_topic (store, "surgery");
  g_autoptr(LgSection) what = g_list_model_get_item (lg_topic_get_sections (surgery), 0);
  g_autofree char *what_heading = plain (lg_section_get_heading (what));
  double smallest = 0, body = 0;
  int pages;
  const char *p;
  guint approved = 0;

  extra_keys = "approved-by-name='Dr. Ana Ruiz'\napproved-by-role='Interventional\\nradiologist'\n"
               "approved-month='November 2026'\nclinic-after-hours='555 0199'\n";
  g_assert_cmpint (run_binary (&err, summary_arg, "--topic=surgery", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_binary (&err, full_arg, "--topic=surgery", "--full", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_binary (&err, large_arg, "--topic=surgery", "--large-print", "--paper=letter", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);

  text = pdf_text (summary);
  full_text = pdf_text (full);
  pages = pdf_info (summary).pages;
  g_assert_null (strstr (text, what_heading));
  assert_contains (full_text, what_heading, "binary-full.pdf");
  g_assert_cmpint (pdf_info (full).pages, >, pages);
  assert_contains (text, "Call " CLINIC_NAME " at " CLINIC_PHONE "; after hours, 555 0199.", "binary-summary.pdf");
  for (p = text; (p = strstr (p, "Approved for this clinic by Dr. Ana Ruiz, Interventional radiologist, November 2026")); p++)
    approved++;
  g_assert_cmpuint (approved, ==, pages);

  measure_type (large, &smallest, &body);
  g_assert_cmpfloat (body, >=, 15.99);
  g_assert_cmpfloat (smallest, >=, 11.99);
  assert_words_inside_margins (large);
  assert_paper (pdf_info (large), LG_PAPER_LETTER);
  extra_keys = "";

  g_assert_cmpint (run_binary (&err, "--full", NULL), !=, 0);
  g_assert_nonnull (strstr (err, "--export-pdf"));
  g_assert_cmpuint (strchr (err, '\n') - err + 1, ==, strlen (err));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_binary (&err, "--large-print", NULL), !=, 0);
  g_assert_nonnull (strstr (err, "--export-pdf"));
}


/* A handout in two languages: Spanish first, then English; every fixed word of a page (header,
 * headings, footer, page numbers) in its part's language. */
static void
test_binary_two_languages (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "binary-es-en.pdf", NULL);
  g_autofree char *export_arg = g_strconcat ("--export-pdf=", path, NULL);
  g_autofree char *err = NULL;
  int n;

  g_assert_cmpint (run_binary (&err, export_arg, "--topic=radioembolization", "--language=es",
                               "--second-language=en", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  n = pdf_info (path).pages;
  g_assert_cmpint (n, >=, 2);
  for (int p = 1; p <= n; p++)
    {
      g_autofree char *page = g_strdup_printf ("%d", p);
      g_autofree char *out = run_tool ("pdftotext", "-f", page, "-l", page, "-enc", "UTF-8", path, "-", NULL);
      g_autofree char *text = squash (out);
      gboolean spanish = strstr (text, "Radioembolización") != NULL;
      g_autofree char *number = g_strdup_printf (spanish ? "Página %d de %d" : "Page %d of %d", p, n);

      assert_contains (text, number, "binary-es-en.pdf");
      assert_contains (text, spanish ? "Teléfono: " CLINIC_PHONE : "Phone: " CLINIC_PHONE, "binary-es-en.pdf");
      assert_contains (text, spanish ? "Esta hoja es para aprender." : "This sheet is for learning.", "binary-es-en.pdf");
      g_assert_null (strstr (text, spanish ? "Phone:" : "Teléfono:"));
      /* The Spanish part first, then the English. */
      g_assert_true (p > 1 || spanish);
      g_assert_true (p < n || !spanish);
    }
  {
    g_autofree char *first = run_tool ("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", path, "-", NULL);
    g_autofree char *last_page = g_strdup_printf ("%d", n);
    g_autofree char *last = run_tool ("pdftotext", "-f", last_page, "-l", last_page, "-enc", "UTF-8", path, "-", NULL);

    g_assert_nonnull (strstr (first, "En resumen"));
    g_assert_nonnull (strstr (last, "Radioembolization"));
  }
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_binary (&err, export_arg, "--language=es", "--second-language=xx", NULL), !=, 0);
  g_assert_nonnull (strstr (err, "xx"));
}

/* The bundled content in Spanish, in a store of its own. */
static LgContentStore *
spanish_store (void)
{
  LgContentStore *es = lg_content_store_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (lg_content_store_load_resource (es, RESOURCE_BASE "/content/es", &error));
  g_assert_no_error (error);
  return es;
}

/* With no clinic name, the header names the guide in each part's language. */
static void
test_two_languages_header (void)
{
  g_autoptr(LgContentStore) es = spanish_store ();
  g_autoptr(GPtrArray) en_topics = topic_list ("sbrt");
  g_autoptr(GPtrArray) es_topics = g_ptr_array_new ();
  g_auto(LgHandoutOptions) options = { 0 };
  g_autoptr(LgHandout) handout = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) last = NULL;
  int n;

  g_ptr_array_add (es_topics, lg_content_store_lookup_topic (es, "sbrt"));
  lg_handout_options_init (&options, LG_PAPER_A4);
  handout = lg_handout_new (es, es_topics, NULL, &options);
  lg_handout_add_part (handout, store, en_topics);
  n = lg_handout_get_n_pages (handout);
  first = lg_handout_dup_page_outline (handout, 0);
  last = lg_handout_dup_page_outline (handout, n - 1);
  g_assert_cmpstr (first[0], ==, "header\tGuía del hígado\t");
  g_assert_cmpstr (last[0], ==, "header\tLiver Guide\t");
  g_assert_true (g_str_has_prefix (first[1], "title\tSBRT (radioterapia"));
  {
    g_autofree char *number = g_strdup_printf ("\tPage %d of %d", n, n);

    g_assert_true (g_str_has_suffix (last[g_strv_length (last) - 1], number));
  }
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
          while (last > 1 && (g_str_has_prefix (outline[last], "sources\t") ||
                              g_str_has_prefix (outline[last], "source\t")))
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

static LgHandout *handout_with (LgContentStore *from, const char *id, LgPaper paper,
                                gboolean full, gboolean large_print);
static gboolean outline_has (GStrv outline, const char *kind, const char *text);

/* Ticked questions are the ones printed; with none ticked, the Summary prints the first three and
 * says the rest are in the app, and Full prints all of them. */
static void
test_ticked_questions (void)
{
  g_autoptr(GPtrArray) topics = topic_list ("surgery");
  g_autoptr(LgQuestionTicks) ticked = lg_question_ticks_new ();
  const char * const *questions = lg_topic_get_questions (topics->pdata[0]);
  g_autoptr(LgHandout) all = NULL;
  g_autoptr(LgHandout) some = NULL;
  g_autoptr(LgHandout) full = handout_with (store, "surgery", LG_PAPER_A4, TRUE, FALSE);
  g_auto(GStrv) full_outline = whole_outline (full);
  g_auto(GStrv) all_outline = NULL;
  const char *more = lg_content_store_get_label (store, "handout-more-questions");
  g_auto(GStrv) some_outline = NULL;
  g_autofree char *second = plain (questions[1]);
  g_autofree char *fourth = plain (questions[3]);
  g_autofree char *first = plain (questions[0]);
  g_autofree char *joined = NULL;

  /* another topic's tick changes nothing here */
  lg_question_ticks_set (ticked, lg_content_store_lookup_topic (store, "sbrt"), 0, TRUE);
  all = handout_for (store, topics, ticked, LG_PAPER_A4, TRUE);
  all_outline = whole_outline (all);
  g_assert_cmpuint (g_strv_length ((char **) questions), >, 3);
  g_assert_cmpuint (count_kind (all_outline, "question"), ==, 3);
  g_assert_true (outline_has (all_outline, "question", first));
  g_assert_true (outline_has (all_outline, "paragraph", more));
  g_assert_false (outline_has (all_outline, "question", fourth));
  g_assert_cmpuint (count_kind (full_outline, "question"), ==, g_strv_length ((char **) questions));
  g_assert_false (outline_has (full_outline, "paragraph", more));

  lg_question_ticks_set (ticked, topics->pdata[0], 1, TRUE);
  lg_question_ticks_set (ticked, topics->pdata[0], 3, TRUE);
  some = handout_for (store, topics, ticked, LG_PAPER_A4, TRUE);
  some_outline = whole_outline (some);
  g_assert_cmpuint (count_kind (some_outline, "question"), ==, 2);
  g_assert_false (outline_has (some_outline, "paragraph", more));
  joined = g_strjoinv ("\n", some_outline);
  g_assert_nonnull (strstr (joined, second));
  g_assert_nonnull (strstr (joined, fourth));
  g_assert_null (strstr (joined, first));
}

/* The notes switch: lined space after the questions, or none. (SBRT: since Ablation's Summary
 * has its action legend, its notes on Letter get one line, not three, before the sources.) */
static void
test_notes (void)
{
  g_autoptr(GPtrArray) topics = topic_list ("sbrt");
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


/* -------------------------------------------------------------------------------------------- */
/* What prints, and how it is set                                                               */

#define TREATMENTS "surgery", "portal-vein-embolization", "ablation", "radioembolization", \
  "chemoembolization", "hepatic-artery-infusion", "sbrt", "systemic-treatment", "liver-transplant"

static LgHandout *
handout_with (LgContentStore *from,
              const char     *id,
              LgPaper         paper,
              gboolean        full,
              gboolean        large_print)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(LgHandoutOptions) options = { 0 };

  g_ptr_array_add (topics, g_object_ref (lg_content_store_lookup_topic (from, id)));
  lg_handout_options_init (&options, paper);
  lg_settings_load_clinic (settings, &options);
  options.full = full;
  options.large_print = large_print;
  return lg_handout_new (from, topics, NULL, &options);
}

static gboolean
outline_has (GStrv       outline,
             const char *kind,
             const char *text)
{
  g_autofree char *line = g_strdup_printf ("%s\t%s", kind, text);

  return g_strv_contains ((const char * const *) outline, line);
}

/* The Summary has every section a patient acts on at home, and not the others; Full has every
 * section; the source numbers in the text match the numbered notes. */
static void
test_summary_and_full (void)
{
  static const char * const ids[] = { TREATMENTS, NULL };
  static const char * const summary[] = { "before", "after", "care-at-home", "side-effects",
                                          "when-to-call", NULL };

  for (guint t = 0; ids[t] != NULL; t++)
    {
      LgTopic *topic = lg_content_store_lookup_topic (store, ids[t]);
      GListModel *sections = lg_topic_get_sections (topic);
      g_autoptr(LgHandout) brief = handout_with (store, ids[t], LG_PAPER_A4, FALSE, FALSE);
      g_autoptr(LgHandout) full = handout_with (store, ids[t], LG_PAPER_A4, TRUE, FALSE);
      g_auto(GStrv) brief_outline = whole_outline (brief);
      g_auto(GStrv) full_outline = whole_outline (full);
      g_autofree char *joined = g_strjoinv ("\n", brief_outline);

      for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
        {
          g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
          g_autofree char *heading = plain (lg_section_get_heading (section));
          gboolean in_summary = g_strv_contains (summary, lg_section_get_id (section));

          if (outline_has (brief_outline, "heading", heading) != in_summary)
            g_error ("%s Summary: section “%s” %s", ids[t], heading,
                     in_summary ? "is missing" : "should not print");
          g_assert_true (outline_has (full_outline, "heading", heading));
        }
      /* Every section's first block is there, with its source numbers, and each number cited
       * has its note. */
      g_assert_nonnull (strstr (joined, "["));
      /* The Summary's notes are the publisher and title (the link keeps the address); Full
       * prints the address too. */
      for (guint i = 0; brief_outline[i] != NULL; i++)
        if (g_str_has_prefix (brief_outline[i], "source\t"))
          {
            g_assert_nonnull (strstr (brief_outline[i], ": "));
            g_assert_null (strstr (brief_outline[i], ".org"));
            g_assert_null (strstr (brief_outline[i], ".gov"));
            /* a title's own question mark or full stop is not followed by another */
            g_assert_null (strstr (brief_outline[i], "?."));
            g_assert_null (strstr (brief_outline[i], ".."));
          }
      for (guint i = 0; full_outline[i] != NULL; i++)
        if (g_str_has_prefix (full_outline[i], "source\t"))
          g_assert_nonnull (strchr (strrchr (full_outline[i], ' '), '.'));
      g_assert_cmpint (lg_handout_get_n_pages (full), >, lg_handout_get_n_pages (brief));
    }
}

/* The Spanish handout's notes list a Spanish-language source, with the English ones it translates;
 * the English handout does not list the Spanish page (issue 16 item 5). */
static void
test_spanish_sources (void)
{
  g_autoptr(LgContentStore) es = spanish_store ();
  g_autoptr(LgHandout) english = handout_with (store, "surgery", LG_PAPER_A4, TRUE, FALSE);
  g_autoptr(LgHandout) spanish = NULL;
  g_auto(GStrv) en_outline = whole_outline (english);
  g_auto(GStrv) es_outline = NULL;
  gboolean es_has_nci_es = FALSE, es_has_english = FALSE, en_has_nci_es = FALSE;

  spanish = handout_with (es, "surgery", LG_PAPER_A4, TRUE, FALSE);
  es_outline = whole_outline (spanish);
  for (guint i = 0; es_outline[i] != NULL; i++)
    if (g_str_has_prefix (es_outline[i], "source\t"))
      {
        es_has_nci_es |= strstr (es_outline[i], "Tratamiento del cáncer de colon (PDQ®)") != NULL;
        es_has_english |= strstr (es_outline[i], "Current Surgical Management Strategies") != NULL;
      }
  for (guint i = 0; en_outline[i] != NULL; i++)
    en_has_nci_es |= strstr (en_outline[i], "Tratamiento del cáncer de colon") != NULL;
  g_assert_true (es_has_nci_es);
  g_assert_true (es_has_english);
  g_assert_false (en_has_nci_es);
}

/* A clinic's own topic prints all its sections in the Summary too. */
static void
test_clinic_topic_whole (void)
{
  g_autoptr(LgContentStore) pack_store = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (tmp_dir, "pack", NULL);
  g_autofree char *file = g_build_filename (dir, "prep.json", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autoptr(LgHandout) handout = NULL;
  g_auto(GStrv) outline = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (file,
    "{ \"schema\": 1, \"id\": \"prep\", \"group\": \"next-steps\", \"order\": 1,"
    " \"title\": \"Getting ready for Y-90\", \"subtitle\": \"Our clinic's sheet\","
    " \"in_short\": \"What to do the week before and on the day.\","
    " \"sections\": [ { \"heading\": \"The week before\", \"blocks\": ["
    "   { \"type\": \"steps\", \"items\": [\"Stop iron pills.\", \"Book a ride home.\"] } ] },"
    "  { \"heading\": \"On the day\", \"blocks\": ["
    "   { \"type\": \"paragraph\", \"text\": \"Come at 7 in the morning.\" } ] } ],"
    " \"key_points\": [\"Bring your card.\"], \"questions\": [\"Can I eat?\"],"
    " \"teach_back\": [\"Say it back.\"],"
    " \"sources\": [ { \"publisher\": \"Our clinic\", \"title\": \"Prep\", \"url\": \"https://example.org/prep\" } ],"
    " \"reviewed\": \"2026-11\" }", -1, &error));
  g_assert_no_error (error);
  g_assert_true (lg_content_store_load_resource (pack_store, RESOURCE_BASE "/content", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lg_content_store_load_pack (pack_store, folder, problems), ==, 1);

  handout = handout_with (pack_store, "prep", LG_PAPER_A4, FALSE, FALSE);
  outline = whole_outline (handout);
  g_assert_true (outline_has (outline, "heading", "The week before"));
  g_assert_true (outline_has (outline, "step", "Stop iron pills."));
  g_assert_true (outline_has (outline, "heading", "On the day"));
  g_assert_true (outline_has (outline, "paragraph", "Come at 7 in the morning."));
  lg_test_remove_tree (dir);
}

/* A block marked "summary": false is left out of the Summary and kept in Full and on the topic
 * page (the section's blocks, which the page shows); any other value is refused with its place. */
#define FLAG_TOPIC(flag) \
  "{ \"schema\": 1, \"id\": \"flagged\", \"group\": \"next-steps\", \"order\": 1," \
  " \"title\": \"After your procedure\", \"subtitle\": \"Our clinic's sheet\"," \
  " \"in_short\": \"What to do at home.\"," \
  " \"sections\": [ { \"id\": \"care-at-home\", \"heading\": \"Care at home\", \"blocks\": [" \
  "   { \"type\": \"paragraph\", \"text\": \"Rest for two days.\" }," \
  "   { \"type\": \"paragraph\", \"text\": \"The dressing is made of soft gauze.\", " flag " } ] } ]," \
  " \"key_points\": [\"Rest.\"], \"questions\": [\"Can I walk?\"], \"teach_back\": [\"Say it back.\"]," \
  " \"sources\": [ { \"publisher\": \"Our clinic\", \"title\": \"Home care\", \"url\": \"https://example.org/home\" } ]," \
  " \"reviewed\": \"2026-11\" }"

static guint
load_flag_pack (LgContentStore *pack_store,
                const char     *json,
                GPtrArray      *problems)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (tmp_dir, "flag-pack", NULL);
  g_autofree char *file = g_build_filename (dir, "flagged.json", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  guint n;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (file, json, -1, &error));
  g_assert_no_error (error);
  g_assert_true (lg_content_store_load_resource (pack_store, RESOURCE_BASE "/content", &error));
  g_assert_no_error (error);
  n = lg_content_store_load_pack (pack_store, folder, problems);
  lg_test_remove_tree (dir);
  return n;
}

static void
test_summary_flag (void)
{
  g_autoptr(LgContentStore) pack_store = lg_content_store_new ();
  g_autoptr(LgContentStore) bad_store = lg_content_store_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_content_problem_free);
  g_autoptr(LgHandout) brief = NULL;
  g_autoptr(LgHandout) full = NULL;
  g_autoptr(LgSection) section = NULL;
  g_autoptr(LgBlock) kept = NULL;
  g_autoptr(LgBlock) detail = NULL;
  g_auto(GStrv) brief_outline = NULL;
  g_auto(GStrv) full_outline = NULL;
  LgContentProblem *problem;

  g_assert_cmpuint (load_flag_pack (pack_store, FLAG_TOPIC ("\"summary\": false"), problems), ==, 1);
  g_assert_cmpuint (problems->len, ==, 0);
  brief = handout_with (pack_store, "flagged", LG_PAPER_A4, FALSE, FALSE);
  full = handout_with (pack_store, "flagged", LG_PAPER_A4, TRUE, FALSE);
  brief_outline = whole_outline (brief);
  full_outline = whole_outline (full);
  g_assert_true (outline_has (brief_outline, "paragraph", "Rest for two days."));
  g_assert_false (outline_has (brief_outline, "paragraph", "The dressing is made of soft gauze."));
  g_assert_true (outline_has (full_outline, "paragraph", "Rest for two days."));
  g_assert_true (outline_has (full_outline, "paragraph", "The dressing is made of soft gauze."));
  /* the topic page shows every block of the section */
  section = g_list_model_get_item (lg_topic_get_sections (lg_content_store_lookup_topic (pack_store,
                                                                                        "flagged")), 0);
  g_assert_cmpuint (g_list_model_get_n_items (lg_section_get_blocks (section)), ==, 2);
  kept = g_list_model_get_item (lg_section_get_blocks (section), 0);
  detail = g_list_model_get_item (lg_section_get_blocks (section), 1);
  g_assert_true (lg_block_get_in_summary (kept));
  g_assert_false (lg_block_get_in_summary (detail));
  g_assert_cmpstr (lg_block_get_text (detail), ==, "The dressing is made of soft gauze.");

  g_assert_cmpuint (load_flag_pack (bad_store, FLAG_TOPIC ("\"summary\": \"no\""), problems), ==, 0);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_nonnull (strstr (problem->message, "$.sections[0].blocks[1].summary: expected true or false"));
}

/* The Summary's numbered notes are set in two columns at the foot of the last page: the first
 * sources down the left, the rest down the right, side by side from the same top, none over
 * another, every one inside the content box; shorter than one column would be. */
static void
test_sources_two_columns (void)
{
  for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
    {
      g_autoptr(LgHandout) handout = handout_with (store, "surgery", paper, FALSE, FALSE);
      int n = lg_handout_get_n_pages (handout);
      Page *page = &g_array_index (handout->pages, Page, n - 1);
      double half = handout->content_width / 2, one_column = 0, bottom = 0;
      double left_top = -1, right_top = -1;
      guint left = 0, right = 0;
      Placed *previous = NULL;

      for (guint i = 0; i < page->placed->len; i++)
        {
          Placed *placed = &g_array_index (page->placed, Placed, i);
          double width;

          if (placed->item->kind != ITEM_SOURCE)
            continue;
          width = pango_layout_get_width (placed->item->layout) / (double) PANGO_SCALE;
          g_assert_cmpfloat (placed->item->indent + width, <=, half);
          g_assert_cmpfloat (placed->y + placed->height, <=, handout->content_height + 0.01);
          if (placed->x == 0)
            {
              g_assert_cmpuint (right, ==, 0);   /* the left column comes first */
              left_top = left_top < 0 ? placed->y : left_top;
              left++;
            }
          else
            {
              g_assert_cmpfloat (placed->x, >=, half);
              g_assert_cmpfloat (placed->x + placed->item->indent + width, <=,
                                 handout->content_width + 0.01);
              right_top = right_top < 0 ? placed->y : right_top;
              right++;
            }
          /* down its column, each below the one before */
          if (previous != NULL && previous->x == placed->x)
            g_assert_cmpfloat (placed->y, >=, previous->y + previous->height);
          one_column += placed->height + placed->item->space_before;
          bottom = MAX (bottom, placed->y + placed->height);
          previous = placed;
        }
      g_test_message ("surgery %s: sources %u + %u, %.0f pt tall, one column %.0f pt",
                      lg_paper_to_string (paper), left, right, bottom - left_top, one_column);
      g_assert_cmpuint (left, >, 3);
      g_assert_cmpuint (right, >, 3);
      g_assert_cmpfloat (left_top, ==, right_top);
      g_assert_cmpfloat (bottom - left_top, <, 0.6 * one_column);
    }
}

/* The room left on a page: the content box less what its flowing items fill and the sources at
 * its foot, the lines for notes counted at their usual NOTES_MIN_LINES (they stretch into the
 * rest, and give way only when nothing else fits). */
static double
page_room (LgHandout *handout,
           int        page)
{
  g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, page);
  double filled, needed, notes = 0;

  _lg_handout_page_fill (handout, page, &filled, &needed);
  for (guint i = 0; outline[i] != NULL; i++)
    if (g_str_has_prefix (outline[i], "notes\t"))
      notes = NOTES_MIN_LINES * NOTE_LINE * handout->scale;
  return handout->content_height - filled - notes;
}

/* The treatment topics, whose Summary still prints a third page (issue 18 item 4 is not met for
 * them yet: with every required section at the item-4 sizes they run 150 to 430 pt over). */
static const char * const three_pages[] = { TREATMENTS, NULL };

/* Every bundled topic's one-topic Summary, in English and Spanish, on A4 and Letter, with the
 * print view's defaults: at most two pages (issue 18 item 4; three for the topics above, reported
 * as not done), the sources together on the last page, every word inside the margins, with side
 * effects, care at home and when to call whenever the topic has them.
 * The room left on the last page is logged, for the content still to come. */
static void
test_summary_two_pages (void)
{
  g_autoptr(LgContentStore) es = spanish_store ();
  g_autoptr(GError) error = NULL;
  LgContentStore *stores[] = { store, es };
  g_autoptr(GString) over = g_string_new (NULL);

  for (guint l = 0; l < G_N_ELEMENTS (stores); l++)
    for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
      {
        GListModel *all = lg_content_store_get_topics (stores[l]);

        for (guint i = 0; i < g_list_model_get_n_items (all); i++)
          {
            g_autoptr(LgTopic) topic = g_list_model_get_item (all, i);
            const char *id = lg_topic_get_id (topic);
            g_autoptr(LgHandout) handout = handout_with (stores[l], id, paper, FALSE, FALSE);
            g_auto(GStrv) outline = whole_outline (handout);
            GListModel *sections = lg_topic_get_sections (topic);
            int n = lg_handout_get_n_pages (handout);

            g_test_message ("Summary %s %s %s: %d pages, %.0f pt left on page %d", id,
                            lg_paper_to_string (paper), l ? "es" : "en", n,
                            page_room (handout, n - 1), n);
            /* The numbered notes together, on the last page. */
            for (int p = 0; p < n; p++)
              {
                g_auto(GStrv) page_outline = lg_handout_dup_page_outline (handout, p);
                guint sources = count_kind (page_outline, "source");

                if ((p + 1 < n && sources > 0) || (p + 1 == n && sources == 0))
                  g_error ("%s %s %s Summary: %u sources on page %d of %d", id,
                           lg_paper_to_string (paper), l ? "es" : "en", sources, p + 1, n);
              }
            /* Nothing clipped: every word inside the margins (English: test_every_topic). */
            if (l == 1)
              {
                g_autofree char *name = g_strdup_printf ("es-%s-%s.pdf", lg_paper_to_string (paper), id);
                g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

                g_assert_true (lg_handout_write_pdf (handout, path, &error));
                g_assert_no_error (error);
                g_assert_cmpint (pdf_info (path).pages, ==, n);
                assert_words_inside_margins (path);
              }
            if (n > (g_strv_contains (three_pages, id) ? 3 : 2))
              g_error ("%s %s %s Summary: %d pages", id, lg_paper_to_string (paper),
                       l ? "es" : "en", n);
            if (n > 2)
              g_string_append_printf (over, " %s/%s/%s", id, lg_paper_to_string (paper),
                                      l ? "es" : "en");
            for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
              {
                g_autoptr(LgSection) section = g_list_model_get_item (sections, s);
                const char *sid = lg_section_get_id (section);
                g_autofree char *heading = lg_content_store_to_plain (stores[l],
                                                                      lg_section_get_heading (section));

                if (g_strcmp0 (sid, "side-effects") == 0 || g_strcmp0 (sid, "care-at-home") == 0 ||
                    g_strcmp0 (sid, "when-to-call") == 0)
                  if (!outline_has (outline, "heading", heading))
                    g_error ("%s Summary has no “%s”", id, heading);
              }
          }
      }
  if (over->len > 0)
    {
      g_autofree char *message = g_strdup_printf ("one-topic Summary over two pages:%s", over->str);

      g_test_incomplete (message);
    }
}

/* PEMAT-P actionability (issue 18 item 1): every treatment topic's one-topic Summary, in English
 * and Spanish, prints its care at home as numbered steps (at least three), and its picture with
 * a caption whose last part is "N to M: what to do at home.", M being the picture's last legend
 * item, so the numbers N to M of the picture show what to do. */
static void
test_summary_actions (void)
{
  static const char * const ids[] = { TREATMENTS, NULL };
  static const char * const at_home[] = { "what to do at home.", "lo que debe hacer en casa.", NULL };
  static const char * const range[] = { "(\\d+) to (\\d+): ", "(\\d+) a (\\d+): ", NULL };
  g_autoptr(LgContentStore) es = spanish_store ();
  LgContentStore *stores[] = { store, es };

  for (guint l = 0; l < G_N_ELEMENTS (stores); l++)
    for (guint t = 0; ids[t] != NULL; t++)
      {
        LgTopic *topic = lg_content_store_lookup_topic (stores[l], ids[t]);
        GListModel *sections = lg_topic_get_sections (topic);
        g_autoptr(LgHandout) handout = handout_with (stores[l], ids[t], LG_PAPER_A4, FALSE, FALSE);
        g_auto(GStrv) outline = whole_outline (handout);
        const char *caption = lg_topic_get_illustration_caption (topic);
        const char * const *legend = lg_topic_get_illustration_legend (topic);
        g_autofree char *care = NULL;
        g_autofree char *figure = NULL;
        g_autoptr(GRegex) last_range = NULL;
        g_autoptr(GMatchInfo) match = NULL;
        g_autofree char *first = NULL;
        g_autofree char *last = NULL;
        guint steps = 0;
        gboolean in_care = FALSE;

        for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
          {
            g_autoptr(LgSection) section = g_list_model_get_item (sections, s);

            if (g_strcmp0 (lg_section_get_id (section), "care-at-home") == 0)
              care = lg_content_store_to_plain (stores[l], lg_section_get_heading (section));
          }
        if (care == NULL)
          g_error ("%s has no care-at-home section", ids[t]);
        for (guint i = 0; outline[i] != NULL; i++)
          {
            if (g_str_has_prefix (outline[i], "heading\t"))
              in_care = g_str_equal (outline[i] + strlen ("heading\t"), care);
            else if (in_care && g_str_has_prefix (outline[i], "step\t"))
              steps++;
          }
        if (steps < 3)
          g_error ("%s %s Summary: care at home has %u numbered steps", ids[t], l ? "es" : "en", steps);

        if (caption == NULL || legend == NULL)
          g_error ("%s has no picture", ids[t]);
        figure = g_strdup_printf ("figure\t%s", caption);
        if (!g_strv_contains ((const char * const *) outline, figure))
          g_error ("%s %s Summary: the picture “%s” does not print", ids[t], l ? "es" : "en", caption);
        if (!g_str_has_suffix (caption, at_home[l]))
          g_error ("%s %s: the caption “%s” does not end with “%s”", ids[t], l ? "es" : "en",
                   caption, at_home[l]);
        /* The last "N to M: " of the caption, and M is the last legend item. */
        last_range = g_regex_new (range[l], 0, 0, NULL);
        g_assert_true (g_regex_match (last_range, caption, 0, &match));
        while (g_match_info_matches (match))
          {
            g_free (first);
            g_free (last);
            first = g_match_info_fetch (match, 1);
            last = g_match_info_fetch (match, 2);
            g_match_info_next (match, NULL);
          }
        g_assert_cmpint (atoi (last), ==, g_strv_length ((GStrv) legend));
        g_assert_cmpint (atoi (first), <, atoi (last));
        g_free (figure);
        figure = g_strdup_printf ("%s%s%s: %s", first, l ? " a " : " to ", last, at_home[l]);
        g_assert_true (g_str_has_suffix (caption, figure));
      }
}

/* The long clinic details wrap in the header, every character kept; the phone is under "When
 * to call", in the content's language. */
#define LONG_NAME "Riverside Cancer Center – Liver Tumor Clinic"
#define LONG_PHONE "(555) 010-2233, after hours (555) 010-9999"
#define LONG_SITE "https://www.riverside-cancer-center.example.org/liver-tumor-clinic"

/* Every character of @needle, in order, in the PDF (`pdftotext -layout`, which keeps a hyphen at
 * the end of a line), white space aside. */
static void
assert_every_character (const char *path,
                        const char *needle)
{
  g_autofree char *out = run_tool ("pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL);
  g_autoptr(GRegex) space = g_regex_new ("[\\s\\x{a0}]+", 0, 0, NULL);
  g_autofree char *text = g_regex_replace_literal (space, out, -1, 0, "", 0, NULL);
  g_autofree char *chars = g_regex_replace_literal (space, needle, -1, 0, "", 0, NULL);

  if (strstr (text, chars) == NULL)
    g_error ("%s: “%s” is not there whole", path, needle);
}

static void
set_long_clinic (LgHandoutOptions *options,
                 LgPaper           paper)
{
  lg_handout_options_init (options, paper);
  options->clinic_name = g_strdup (LONG_NAME);
  options->clinic_department = g_strdup ("Department of Interventional Oncology");
  options->clinic_phone = g_strdup (LONG_PHONE);
  options->clinic_after_hours = g_strdup ("(555) 010-9999");
  options->clinic_website = g_strdup (LONG_SITE);
  options->clinic_address = g_strdup ("1200 River Road, Building C, Springfield, ST 00000");
}

static void
test_clinic_header (void)
{
  for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
    for (int large = 0; large <= 1; large++)
      {
        g_autoptr(GPtrArray) topics = topic_list ("radioembolization");
        g_auto(LgHandoutOptions) options = { 0 };
        g_autoptr(LgHandout) handout = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *name = g_strdup_printf ("clinic-%s-%d.pdf", lg_paper_to_string (paper), large);
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
        g_autofree char *text = NULL;
        g_auto(GStrv) outline = NULL;

        set_long_clinic (&options, paper);
        options.large_print = large;
        handout = lg_handout_new (store, topics, NULL, &options);
        g_assert_true (lg_handout_write_pdf (handout, path, &error));
        g_assert_no_error (error);
        text = pdf_text (path);
        assert_every_character (path, LONG_NAME);
        assert_every_character (path, "Department of Interventional Oncology");
        assert_every_character (path, "Phone: " LONG_PHONE);
        assert_every_character (path, "After hours: (555) 010-9999");
        assert_every_character (path, LONG_SITE);
        assert_every_character (path, "1200 River Road, Building C, Springfield, ST 00000");
        assert_every_character (path, "Call " LONG_NAME " at " LONG_PHONE "; after hours, (555) 010-9999.");
        g_assert_null (strstr (text, "…"));
        assert_words_inside_margins (path);

        outline = lg_handout_dup_page_outline (handout, 0);
        g_assert_true (g_str_has_prefix (outline[0], "header\t" LONG_NAME));
      }
}

static void
test_call_line (void)
{
  g_autoptr(LgContentStore) es = spanish_store ();
  g_autoptr(GPtrArray) topics = topic_list ("ablation");
  g_autoptr(GPtrArray) es_topics = g_ptr_array_new ();
  g_auto(LgHandoutOptions) options = { 0 };
  g_autoptr(LgHandout) english = NULL;
  g_autoptr(LgHandout) spanish = NULL;
  g_autoptr(LgHandout) none = NULL;
  g_auto(GStrv) english_outline = NULL;
  g_auto(GStrv) spanish_outline = NULL;
  g_auto(GStrv) none_outline = NULL;
  g_autofree char *joined = NULL;

  g_ptr_array_add (es_topics, lg_content_store_lookup_topic (es, "ablation"));

  lg_handout_options_init (&options, LG_PAPER_LETTER);
  none = lg_handout_new (store, topics, NULL, &options);
  none_outline = whole_outline (none);
  g_assert_cmpuint (count_kind (none_outline, "call"), ==, 0);
  /* With no clinic name, the header names the guide in the content's language. */
  g_assert_cmpstr (none_outline[0], ==, "header\tLiver Guide\t");

  options.clinic_phone = g_strdup ("555 0100");
  english = lg_handout_new (store, topics, NULL, &options);
  english_outline = whole_outline (english);
  g_assert_true (outline_has (english_outline, "call", "Call your care team at 555 0100."));
  options.clinic_name = g_strdup ("Hillside");
  options.clinic_after_hours = g_strdup ("555 0199");
  g_clear_object (&english);
  g_clear_pointer (&english_outline, g_strfreev);
  english = lg_handout_new (store, topics, NULL, &options);
  english_outline = whole_outline (english);
  g_assert_true (outline_has (english_outline, "call", "Call Hillside at 555 0100; after hours, 555 0199."));
  /* It comes straight under the heading "When to call". */
  for (guint i = 0; english_outline[i] != NULL; i++)
    if (g_str_has_prefix (english_outline[i], "call\t"))
      g_assert_true (g_str_has_prefix (english_outline[i - 1], "heading\tWhen to call"));

  spanish = lg_handout_new (es, es_topics, NULL, &options);
  spanish_outline = whole_outline (spanish);
  g_assert_true (outline_has (spanish_outline, "call", "Llame a Hillside al 555 0100; fuera de horario, al 555 0199."));
  joined = g_strjoinv ("\n", spanish_outline);
  g_assert_nonnull (strstr (joined, "Fuera de horario: 555 0199"));

  g_clear_pointer (&options.clinic_name, g_free);
  g_clear_object (&spanish);
  g_clear_pointer (&spanish_outline, g_strfreev);
  spanish = lg_handout_new (es, es_topics, NULL, &options);
  spanish_outline = lg_handout_dup_page_outline (spanish, 0);
  g_assert_true (g_str_has_prefix (spanish_outline[0], "header\tGuía del hígado\t"));
}


/* -------------------------------------------------------------------------------------------- */
/* Set for reading                                                                              */

/* Poppler gives a word a box of the font's ascent plus descent, which depends on the font's
 * version (Cantarell: 1.2 times the size on Debian 12, less on Debian 13). So it is measured here:
 * the handout's font at exactly 20 pt in a PDF of its own, read back by pdftotext. */
static double
box_per_point (void)
{
  static double ratio = 0;

  if (ratio == 0)
    {
      g_autofree char *path = g_build_filename (tmp_dir, "calibrate.pdf", NULL);
      cairo_surface_t *surface = cairo_pdf_surface_create (path, 400, 100);
      cairo_t *cr = cairo_create (surface);
      PangoLayout *layout = pango_cairo_create_layout (cr);
      PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);
      g_autoptr(GArray) pages = NULL;
      BoxPage *page;

      pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
      pango_font_description_set_size (font, 20 * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_context_changed (layout);
      pango_layout_set_text (layout, "Calibrate", -1);
      cairo_move_to (cr, 10, 10);
      pango_cairo_show_layout (cr, layout);
      pango_font_description_free (font);
      g_object_unref (layout);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);

      pages = pdf_words (path);
      g_assert_cmpuint (pages->len, ==, 1);
      page = &g_array_index (pages, BoxPage, 0);
      g_assert_cmpuint (page->words->len, ==, 1);
      ratio = (g_array_index (page->words, Word, 0).y1 - g_array_index (page->words, Word, 0).y0) / 20.0;
      g_test_message ("pdftotext's word box: %.4f times the font size", ratio);
      g_assert_cmpfloat (ratio, >, 0.5);
      g_assert_cmpfloat (ratio, <, 2.0);
    }
  return ratio;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The smallest type on the pages, and the most common size: that of the body text. */
static void
measure_type (const char *path,
              double     *smallest,
              double     *body)
{
  g_autoptr(GArray) pages = pdf_words (path);
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));
  guint best = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      BoxPage *page = &g_array_index (pages, BoxPage, p);

      for (guint i = 0; i < page->words->len; i++)
        {
          Word *w = &g_array_index (page->words, Word, i);
          /* To a hundredth of a point, so equal sizes compare equal. */
          double size = round ((w->y1 - w->y0) / box_per_point () * 100) / 100;

          g_array_append_val (sizes, size);
        }
    }
  g_array_sort (sizes, compare_doubles);
  *smallest = g_array_index (sizes, double, 0);
  for (guint i = 0, run = 0; i < sizes->len; i++)
    {
      run = i > 0 && g_array_index (sizes, double, i) == g_array_index (sizes, double, i - 1) ? run + 1 : 1;
      if (run > best)
        {
          best = run;
          *body = g_array_index (sizes, double, i);
        }
    }
}

/* Body 12 pt (16 in large print), nothing under 9 pt; in large print every word stays inside the
 * margins too. */
static void
test_type_sizes (void)
{
  static const char * const ids[] = { "surgery", "radioembolization", "hepatic-artery-infusion", NULL };

  for (guint t = 0; ids[t] != NULL; t++)
    for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
      for (int large = 0; large <= 1; large++)
        {
          g_autoptr(LgHandout) handout = handout_with (store, ids[t], paper, FALSE, large);
          g_autoptr(GError) error = NULL;
          g_autofree char *name = g_strdup_printf ("type-%s-%s-%d.pdf", ids[t], lg_paper_to_string (paper), large);
          g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
          double smallest, body = 0;

          g_assert_true (lg_handout_write_pdf (handout, path, &error));
          g_assert_no_error (error);
          measure_type (path, &smallest, &body);
          g_test_message ("%s: body %.2f pt, smallest %.2f pt, %d pages", name, body, smallest,
                          lg_handout_get_n_pages (handout));
          g_assert_cmpfloat (body, >=, large ? 15.99 : 11.99);
          g_assert_cmpfloat (smallest, >=, large ? 11.99 : 8.99);
          assert_words_inside_margins (path);
        }
}

static double
luminance (guint rgb)
{
  double c[3] = { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0 };

  for (guint i = 0; i < 3; i++)
    c[i] = c[i] <= 0.04045 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static double
contrast (guint a,
          guint b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Every text colour on every ground it is printed on meets 4.5:1 (WCAG's ratio). */
static void
test_contrast (void)
{
  const struct { const char *what; guint ink, ground; } pairs[] = {
    { "text", INK, 0xffffff }, { "sources, footer, subtitle", MUTED, 0xffffff },
    { "headings", ACCENT, 0xffffff }, { "header, In short", INK, TINT },
    { "clinic name, In short label", ACCENT, TINT }, { "source numbers in a box", MUTED, TINT },
    { "note", INK, NOTE_TINT }, { "source numbers in a note", MUTED, NOTE_TINT },
    { "legend numbers", 0xffffff, ACCENT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      double ratio = contrast (pairs[i].ink, pairs[i].ground);

      g_test_message ("%s: %06x on %06x, %.2f:1", pairs[i].what, pairs[i].ink, pairs[i].ground, ratio);
      g_assert_cmpfloat (ratio, >=, 4.5);
    }
}

/* No page but the last is less than 60% filled unless what comes next could not fit; a
 * warning-signs list and the note after it are on one page; no page ends with a heading; no
 * question is alone at the top of a page. In English and in Spanish; Summary, Full and large
 * print. */
static void
test_pages_filled (void)
{
  g_autoptr(LgContentStore) es = spanish_store ();
  LgContentStore *stores[] = { store, es };

  for (guint l = 0; l < G_N_ELEMENTS (stores); l++)
    for (guint t = 0; t < g_list_model_get_n_items (lg_content_store_get_topics (stores[l])); t++)
      for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
        for (int variant = 0; variant < 3; variant++)
          {
            g_autoptr(LgTopic) topic = g_list_model_get_item (lg_content_store_get_topics (stores[l]), t);
            g_autoptr(LgHandout) handout = handout_with (stores[l], lg_topic_get_id (topic), paper,
                                                         variant == 1, variant == 2);
            int n = lg_handout_get_n_pages (handout);

            for (int p = 0; p < n; p++)
              {
                g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, p);
                guint len = g_strv_length (outline);
                double filled, needed;

                _lg_handout_page_fill (handout, p, &filled, &needed);
                if (p + 1 < n && filled < 0.6 * handout->content_height &&
                    needed <= handout->content_height - filled)
                  g_error ("%s %s variant %d: page %d is %.0f%% filled, and %.0f pt of what follows "
                           "would have fit in %.0f", lg_topic_get_id (topic), lg_paper_to_string (paper),
                           variant, p + 1, 100 * filled / handout->content_height, needed,
                           handout->content_height - filled);
                /* The last entry before the footer, the sources at its foot aside */
                for (guint i = len - 2; i > 0; i--)
                  {
                    if (g_str_has_prefix (outline[i], "source"))
                      continue;
                    if (p + 1 < n && g_str_has_prefix (outline[i], "heading\t"))
                      g_error ("%s: page %d ends with %s", lg_topic_get_id (topic), p + 1, outline[i]);
                    break;
                  }
                /* A note right after a list item on the next page: the list ended this page. */
                if (p + 1 < n)
                  {
                    g_auto(GStrv) next = lg_handout_dup_page_outline (handout, p + 1);

                    if (g_str_has_prefix (next[1], "note\t") &&
                        (g_str_has_prefix (outline[len - 2], "bullet\t") ||
                         g_str_has_prefix (outline[len - 2], "step\t")))
                      g_error ("%s %s: the note “%s” is parted from its list", lg_topic_get_id (topic),
                               lg_paper_to_string (paper), next[1]);
                    /* No question alone at the top of a page. */
                    if (g_str_has_prefix (next[1], "question\t") && !g_str_has_prefix (next[2], "question\t"))
                      g_error ("%s %s variant %d: the question “%s” is alone at the top of page %d",
                               lg_topic_get_id (topic), lg_paper_to_string (paper), variant,
                               next[1] + strlen ("question\t"), p + 2);
                  }
              }
          }
}

/* An "In short" as long as the content limits allow (LG_CONTENT_MAX_TEXT characters; 60,000
 * words are refused at load) wraps and runs over as many pages as it needs, every word kept. */
static void
test_huge_in_short (void)
{
  g_autoptr(LgContentStore) huge_store = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("{ \"schema\": 1, \"id\": \"huge\", \"group\": \"next-steps\","
                                          " \"order\": 1, \"title\": \"Huge\", \"subtitle\": \"Very long\","
                                          " \"in_short\": \"");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LgHandout) handout = NULL;
  g_autoptr(GString) in_short = g_string_new (NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "huge.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  guint n_words = 0;
  gsize length = 0;
  int n;

  for (;; n_words++)
    {
      g_autofree char *word = g_strdup_printf ("%sword%u", n_words ? " " : "", n_words);

      if (length + strlen (word) > LG_CONTENT_MAX_TEXT)
        break;
      g_string_append (json, word);
      length += strlen (word);
    }
  last = g_strdup_printf (" word%u word%u", n_words - 2, n_words - 1);
  g_string_append (json, "\", \"sections\": [ { \"heading\": \"One\", \"blocks\": [ { \"type\": \"paragraph\","
                         " \"text\": \"Short.\" } ] } ], \"key_points\": [\"One.\"], \"questions\": [\"Why?\"],"
                         " \"teach_back\": [\"Say it.\"], \"sources\": [ { \"publisher\": \"P\", \"title\": \"T\","
                         " \"url\": \"https://example.org/\" } ], \"reviewed\": \"2026-01\" }");
  bytes = g_bytes_new (json->str, json->len);
  g_assert_true (lg_content_store_load_resource (huge_store, RESOURCE_BASE "/content", &error));
  g_assert_no_error (error);
  g_assert_true (lg_content_store_add_topic (huge_store, bytes, "huge.json", &error));
  g_assert_no_error (error);

  handout = handout_with (huge_store, "huge", LG_PAPER_LETTER, FALSE, FALSE);
  n = lg_handout_get_n_pages (handout);
  g_test_message ("%u words (%" G_GSIZE_FORMAT " characters) of In short: %d pages", n_words, length, n);
  g_assert_cmpint (n, >=, 3);
  for (int p = 0; p < n; p++)
    {
      g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, p);

      for (guint i = 0; outline[i] != NULL; i++)
        if (g_str_has_prefix (outline[i], "in-short\t"))
          g_string_append_printf (in_short, "%s%s", in_short->len ? " " : "",
                                  outline[i] + strlen ("in-short\t"));
    }
  g_assert_true (g_str_has_prefix (in_short->str, "In short word0 word1 "));
  g_assert_true (g_str_has_suffix (in_short->str, last));
  {
    g_autofree char *squashed = squash (in_short->str);
    g_auto(GStrv) words = g_strsplit (squashed, " ", -1);

    g_assert_cmpuint (g_strv_length (words), ==, n_words + 2);
  }
  g_assert_true (lg_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_info (path).pages, ==, n);
  text = pdf_text (path);
  {
    g_autofree char *middle = g_strdup_printf ("word%u word%u", n_words / 2, n_words / 2 + 1);
    assert_contains (text, middle, "huge.pdf");
  }
  assert_words_inside_margins (path);
}


/* -------------------------------------------------------------------------------------------- */
/* An accessible PDF                                                                            */

static const char *
after (const char *text,
       const char *from,
       const char *needle)
{
  const char *found = from ? strstr (from, needle) : NULL;

  if (found == NULL)
    g_error ("the structure has no “%s” after what came before:\n%s", needle, text);
  return found + strlen (needle);
}

/* The PDF's structure (poppler's `pdfinfo -struct-text`) holds the topics in reading order, with
 * headings, paragraphs, lists and the figure; every source's address is a link (`pdfinfo -url`);
 * the title is made of the topics' titles, as displayed. */
static void
test_tagged_pdf (void)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(LgHandoutOptions) options = { 0 };
  g_autoptr(LgHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "tagged.pdf", NULL);
  g_autofree char *structure = NULL;
  g_autofree char *urls = NULL;
  g_autofree char *info = NULL;
  const char *at;
  LgTopic *surgery = lg_content_store_lookup_topic (store, "surgery");
  LgTopic *pump = lg_content_store_lookup_topic (store, "hepatic-artery-infusion");
  g_autofree char *pump_title = plain (lg_topic_get_title (pump));
  g_autofree char *title_line = g_strdup_printf ("Title:           Surgery, %s\n", pump_title);
  g_autoptr(GPtrArray) sources = lg_topic_list_sources (surgery, "en");

  g_ptr_array_add (topics, g_object_ref (surgery));
  g_ptr_array_add (topics, g_object_ref (pump));
  lg_handout_options_init (&options, LG_PAPER_A4);
  options.full = TRUE;
  handout = lg_handout_new (store, topics, NULL, &options);
  g_assert_true (lg_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);

  info = run_tool ("pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, title_line));

  structure = run_tool ("pdfinfo", "-struct-text", path, NULL);
  at = after (structure, structure, "H1 (block)\n  \"Surgery");
  at = after (structure, at, "P (block)\n  \"In short");
  at = after (structure, at, "Figure\n  Caption\n    \"1 to 3: the surgery. 4 to 7: what to do at home.");
  at = after (structure, at, "H2 (block)\n  \"Key points\"");
  at = after (structure, at, "L (block)\n  LI (block)\n    Lbl (block)\n      \"•\"\n    LBody (block)\n      \"Surgery removes");
  at = after (structure, at, "H2 (block)\n  \"What it is");
  at = after (structure, at, "H2 (block)\n  \"When to call");
  at = after (structure, at, "H2 (block)\n  \"Questions to ask your care team\"");
  at = after (structure, at, "H2 (block)\n  \"Sources\"");
  at = after (structure, at, "Link (inline)");
  at = after (structure, at, "H1 (block)\n  \"Hepatic artery infusion");
  g_assert_null (strstr (structure, "[["));

  /* Full lists every source: each address is a link. */
  urls = run_tool ("pdfinfo", "-url", path, NULL);
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("Annotation    %s\n", lg_source_get_url (sources->pdata[i]));

      if (strstr (urls, line) == NULL)
        g_error ("%s is not a link in the PDF:\n%s", lg_source_get_url (sources->pdata[i]), urls);
    }
}


/* The clinic's logo: a PNG or an SVG is checked, copied into the app's data folder and drawn in
 * the header of every page; anything else, or a settings key pointing at a bad file, is no logo. */
static void
write_png (const char *path,
           int         width,
           int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.1, 0.4, 0.7);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static void
test_logo (void)
{
  g_autofree char *png = g_build_filename (tmp_dir, "logo.png", NULL);
  g_autofree char *svg = g_build_filename (tmp_dir, "logo.svg", NULL);
  g_autofree char *bad = g_build_filename (tmp_dir, "logo-bad.png", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "logo.pdf", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *svg_kept = NULL;
  g_autofree char *images = NULL;
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GPtrArray) topics = topic_list ("sbrt");
  g_autoptr(GError) error = NULL;
  GSettings *gsettings = lg_settings_get_gsettings (settings);

  write_png (png, 300, 100);
  g_assert_true (g_file_set_contents (svg, "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='40'>"
                                      "<circle cx='20' cy='20' r='18' fill='#1a5fb4'/></svg>", -1, NULL));
  g_assert_true (g_file_set_contents (bad, "\x89PNG\r\n\x1a\nnot really a picture", -1, NULL));

  /* A PNG: kept as a copy, and in every page's header. */
  g_assert_true (lg_settings_set_clinic_logo (settings, png_file, &error));
  g_assert_no_error (error);
  kept = g_settings_get_string (gsettings, "clinic-logo");
  g_assert_true (g_str_has_prefix (kept, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (kept, "clinic-logo.png"));
  g_unlink (png);   /* the original may go: the copy is printed */
  {
    g_auto(LgHandoutOptions) options = { 0 };
    g_autoptr(LgHandout) handout = NULL;
    g_autoptr(LgHandout) without = NULL;
    g_auto(GStrv) lines = NULL;
    guint n = 0;

    lg_handout_options_init (&options, LG_PAPER_A4);
    lg_settings_load_clinic (settings, &options);
    g_assert_nonnull (options.clinic_logo);
    handout = lg_handout_new (store, topics, NULL, &options);
    g_clear_pointer (&options.clinic_logo, g_bytes_unref);
    without = lg_handout_new (store, topics, NULL, &options);
    g_assert_cmpfloat (lg_handout_get_header_height (handout), >, lg_handout_get_header_height (without));
    g_assert_true (lg_handout_write_pdf (handout, pdf, &error));
    g_assert_no_error (error);
    images = run_tool ("pdfimages", "-list", pdf, NULL);
    lines = g_strsplit (images, "\n", -1);
    for (guint i = 2; lines[i] != NULL; i++)
      n += lines[i][0] != '\0';
    g_assert_cmpint (n, >=, lg_handout_get_n_pages (handout));   /* the logo on every page */
    assert_words_inside_margins (pdf);
  }

  /* An SVG too. */
  g_assert_true (lg_settings_set_clinic_logo (settings, svg_file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&kept, g_free);
  kept = g_settings_get_string (gsettings, "clinic-logo");
  g_assert_true (g_str_has_suffix (kept, "clinic-logo.svg"));
  svg_kept = g_strdup (kept);

  /* Not a picture: refused, naming the file; the logo chosen before stays. */
  g_assert_false (lg_settings_set_clinic_logo (settings, bad_file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "logo-bad.png"));
  g_test_message ("refused: %s", error->message);
  g_clear_error (&error);
  g_clear_pointer (&kept, g_free);
  kept = g_settings_get_string (gsettings, "clinic-logo");
  g_assert_true (g_str_has_suffix (kept, "clinic-logo.svg"));

  /* The key edited to point at a bad file, or a folder: no logo, no crash. */
  for (guint i = 0; i < 2; i++)
    {
      g_auto(LgHandoutOptions) options = { 0 };
      g_autoptr(LgHandout) handout = NULL;

      g_settings_set_string (gsettings, "clinic-logo", i == 0 ? bad : tmp_dir);
      lg_handout_options_init (&options, LG_PAPER_A4);
      lg_settings_load_clinic (settings, &options);
      g_assert_null (options.clinic_logo);
      handout = lg_handout_new (store, topics, NULL, &options);
      g_assert_cmpint (lg_handout_get_n_pages (handout), >, 0);
    }

  g_settings_set_string (gsettings, "clinic-logo", svg_kept);
  g_assert_true (lg_settings_set_clinic_logo (settings, NULL, NULL));
  g_assert_false (g_file_test (svg_kept, G_FILE_TEST_EXISTS));   /* the copy is gone too */
  g_clear_pointer (&kept, g_free);
  kept = g_settings_get_string (gsettings, "clinic-logo");
  g_assert_cmpstr (kept, ==, "");
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
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A folder's path. */
  g_assert_false (lg_handout_write_pdf (handout, dir, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
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

/* -------------------------------------------------------------------------------------------- */
/* For this patient, Words to know, the Compare table (issue 18 items 5 and 8)                   */

static LgHandout *
handout_of (const char * const *ids,
            LgPaper             paper,
            gboolean            full,
            gboolean            large_print,
            LgHandoutOptions   *extra)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(LgHandoutOptions) options = { 0 };
  LgHandout *handout;

  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (topics, g_object_ref (lg_content_store_lookup_topic (store, ids[i])));
  lg_handout_options_init (&options, paper);
  lg_settings_load_clinic (settings, &options);
  options.full = full;
  options.large_print = large_print;
  if (extra != NULL)
    {
      options.for_you = extra->for_you;
      options.words = extra->words;
      options.compare = extra->compare;
    }
  handout = lg_handout_new (store, topics, NULL, &options);
  if (extra != NULL)
    {
      memset (&options.for_you, 0, sizeof options.for_you);
      options.compare = NULL;
    }
  return handout;
}

/* The index of the first outline line starting with @prefix at or after @from, or -1. */
static int
find_line (GStrv       outline,
           int         from,
           const char *prefix)
{
  for (int i = MAX (from, 0); outline[i] != NULL; i++)
    if (g_str_has_prefix (outline[i], prefix))
      return i;
  return -1;
}

/* "For you" under the first topic's title, with only what was typed, the labels in the
 * content's language; the typed questions after the first topic's, in the PDF too. */
static void
test_for_you (void)
{
  static const char * const ids[] = { "surgery", "ablation", NULL };
  LgHandoutOptions extra = { 0 };
  g_autoptr(LgHandout) handout = NULL;
  g_autoptr(LgHandout) none = NULL;
  g_auto(GStrv) outline = NULL;
  g_auto(GStrv) plain_outline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "for-you.pdf", NULL);
  g_autofree char *text = NULL;
  int title, box, own, ablation;

  extra.for_you.name = g_strdup ("Ana Pérez");
  extra.for_you.date = g_strdup ("7 December");
  extra.for_you.next_appointment = g_strdup (" ");
  extra.for_you.contact = g_strdup ("Nurse Kim, (555) 010-4444");
  extra.for_you.note = g_strdup ("Bring your list of medicines.");
  extra.for_you.questions = g_strdupv ((char *[]) { "Can my daughter come in with me?", "", "  ",
                                                    "Who do I call about the drain?", NULL });
  handout = handout_of (ids, LG_PAPER_A4, FALSE, FALSE, &extra);
  outline = whole_outline (handout);
  title = find_line (outline, 0, "title\tSurgery");
  box = find_line (outline, 0, "for-you\t");
  g_assert_cmpint (title, >=, 0);
  g_assert_cmpint (box, ==, title + 1);
  g_assert_cmpstr (outline[box], ==, "for-you\tFor you Name: Ana Pérez Date: 7 December "
                   "Your care team contact: Nurse Kim, (555) 010-4444 Note: Bring your list of medicines.");
  /* Only one box, on the first topic; the typed questions after its own, none empty. */
  g_assert_cmpuint (count_kind (outline, "for-you"), ==, 1);
  own = find_line (outline, 0, "question\tCan my daughter come in with me?");
  ablation = find_line (outline, 0, "title\tAblation");
  g_assert_cmpint (own, >, title);
  g_assert_cmpint (own, <, ablation);
  g_assert_true (g_str_has_prefix (outline[own - 1], "question\t"));
  g_assert_true (g_str_has_prefix (outline[own + 1], "question\tWho do I call about the drain?"));
  g_assert_cmpint (find_line (outline, own + 2, "question\tCan my daughter"), ==, -1);
  /* none ticked: the Summary's first three of each topic, and the two typed */
  g_assert_cmpuint (count_kind (outline, "question"), ==, 3 + 3 + 2);

  g_assert_true (lg_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  assert_contains (text, "For you Name: Ana Pérez", path);
  assert_contains (text, "Who do I call about the drain?", path);
  assert_words_inside_margins (path);

  /* Nothing typed: no box, no extra question. */
  none = handout_of (ids, LG_PAPER_A4, FALSE, FALSE, NULL);
  plain_outline = whole_outline (none);
  g_assert_cmpuint (count_kind (plain_outline, "for-you"), ==, 0);
  g_assert_cmpuint (count_kind (plain_outline, "question"), ==, count_kind (outline, "question") - 2);
  lg_handout_options_clear (&extra);
}

/* The "word" lines after the "Words to know" heading, checked sorted and each with its
 * definition; returns how many. */
static guint
check_words (GStrv outline)
{
  int at = find_line (outline, 0, "heading\tWords to know");
  int questions = find_line (outline, 0, "heading\tQuestions to ask your care team");
  g_autofree char *previous = NULL;
  guint n = 0;

  /* Once, after the last topic's questions, before its notes and sources. */
  g_assert_cmpint (at, >, 0);
  g_assert_cmpint (find_line (outline, at + 1, "heading\tWords to know"), ==, -1);
  while (find_line (outline, questions + 1, "heading\tQuestions to ask your care team") > 0)
    questions = find_line (outline, questions + 1, "heading\tQuestions to ask your care team");
  g_assert_cmpint (questions, <, at);
  g_assert_cmpint (find_line (outline, at, "heading\tNotes"), >, at);
  g_assert_cmpint (find_line (outline, at, "sources\t"), >, at);
  for (int i = at + 1; outline[i] != NULL; i++)
    {
      GListModel *glossary = lg_content_store_get_glossary (store);
      g_autofree char *name = NULL;
      const char *entry, *colon;
      gboolean found = FALSE;

      /* A long list goes on over a page break. */
      if (g_str_has_prefix (outline[i], "footer\t") || g_str_has_prefix (outline[i], "header\t"))
        continue;
      if (!g_str_has_prefix (outline[i], "word\t"))
        break;
      entry = outline[i] + strlen ("word\t");
      colon = strstr (entry, ": ");
      name = g_strndup (entry, colon - entry);
      for (guint t = 0; t < g_list_model_get_n_items (glossary) && !found; t++)
        {
          g_autoptr(LgGlossaryTerm) term = g_list_model_get_item (glossary, t);
          g_autofree char *definition = plain (lg_glossary_term_get_definition (term));

          found = g_str_equal (lg_glossary_term_get_term (term), name) &&
                  g_str_equal (colon + 2, definition);
        }
      g_assert_true (found);
      if (previous != NULL)
        g_assert_cmpint (g_utf8_collate (previous, name), <, 0);
      g_free (previous);
      previous = g_strdup (name);
      n++;
    }
  return n;
}

/* "Words to know": the glossary terms the printed text marks, alphabetical, with their
 * definitions, at the end of the last topic; more of them in Full (more text prints); none without it. */
static void
test_words (void)
{
  static const char * const ids[] = { "surgery", NULL };
  static const char * const both[] = { "surgery", "radioembolization", NULL };
  LgHandoutOptions extra = { 0 };
  g_autoptr(LgHandout) summary = NULL;
  g_autoptr(LgHandout) full = NULL;
  g_autoptr(LgHandout) two = NULL;
  g_autoptr(LgHandout) none = NULL;
  g_auto(GStrv) summary_outline = NULL;
  g_auto(GStrv) full_outline = NULL;
  g_auto(GStrv) two_outline = NULL;
  g_auto(GStrv) none_outline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "words.pdf", NULL);
  guint n_summary, n_full;

  extra.words = TRUE;
  summary = handout_of (ids, LG_PAPER_A4, FALSE, FALSE, &extra);
  summary_outline = whole_outline (summary);
  n_summary = check_words (summary_outline);
  full = handout_of (ids, LG_PAPER_A4, TRUE, FALSE, &extra);
  full_outline = whole_outline (full);
  n_full = check_words (full_outline);
  g_test_message ("surgery: %u words in the Summary, %u in Full", n_summary, n_full);
  g_assert_cmpuint (n_summary, >=, 3);
  g_assert_cmpuint (n_full, >, n_summary);
  /* The CT scan is marked in the Summary's text ("before"). */
  g_assert_cmpint (find_line (summary_outline, 0, "word\tCT scan: "), >, 0);

  /* Two topics: one list at the end, after both. */
  two = handout_of (both, LG_PAPER_LETTER, FALSE, FALSE, &extra);
  two_outline = whole_outline (two);
  g_assert_cmpuint (check_words (two_outline), >, n_summary);
  g_assert_cmpint (find_line (two_outline, 0, "heading\tWords to know"), >,
                   find_line (two_outline, 0, "title\tRadioembolization"));
  g_assert_true (lg_handout_write_pdf (two, path, &error));
  g_assert_no_error (error);
  assert_words_inside_margins (path);

  none = handout_of (ids, LG_PAPER_A4, FALSE, FALSE, NULL);
  none_outline = whole_outline (none);
  g_assert_cmpuint (count_kind (none_outline, "word"), ==, 0);
  g_assert_cmpint (lg_handout_get_n_pages (none), <=, lg_handout_get_n_pages (summary));
}

/* Whether a line of @outline starts with @start and ends with @end. */
static gboolean
ends_line (GStrv       outline,
           const char *start,
           const char *end)
{
  for (guint i = 0; outline[i] != NULL; i++)
    if (g_str_has_prefix (outline[i], start) && g_str_has_suffix (outline[i], end))
      return TRUE;
  return FALSE;
}

/* The Compare table: the chosen treatments in the guide's order, three to a band (two in large
 * print), every row of each band, each cell's words on the page and inside it, on A4 and Letter;
 * tagged as a table. */
static void
test_compare_table (void)
{
  static const char * const ids[] = { "surgery", NULL };
  LgHandoutOptions extra = { 0 };
  LgTopic *sbrt = lg_content_store_lookup_topic (store, "sbrt");
  g_autofree char *sbrt_name = plain (lg_topic_get_compare_name (sbrt));
  g_autofree char *sbrt_stay = plain (lg_topic_get_compare (sbrt, LG_COMPARE_HOSPITAL_STAY));

  extra.compare = g_strdupv ((char *[]) { "sbrt", "surgery", "ablation", "radioembolization", NULL });
  for (LgPaper paper = LG_PAPER_A4; paper <= LG_PAPER_LETTER; paper++)
    for (int large = 0; large <= 1; large++)
      {
        g_autoptr(LgHandout) handout = handout_of (ids, paper, FALSE, large, &extra);
        g_auto(GStrv) outline = whole_outline (handout);
        g_autofree char *name = g_strdup_printf ("compare-%s%s.pdf", lg_paper_to_string (paper),
                                                 large ? "-large" : "");
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
        g_autofree char *head = g_strdup_printf (" | %s", sbrt_name);
        g_autofree char *stay = g_strdup_printf (" | %s", sbrt_stay);
        g_autofree char *text = NULL;
        g_autofree char *structure = NULL;
        g_autoptr(GError) error = NULL;
        guint bands = 2, in_first = large ? 2 : 3;
        double smallest, body;
        int at = find_line (outline, 0, "title\tCompare treatments");
        g_auto(GStrv) first_head = NULL;

        g_assert_cmpint (at, >, 0);
        g_assert_true (g_str_has_prefix (outline[at - 1], "header\t"));
        g_assert_cmpuint (count_kind (outline, "row"), ==, bands * (LG_N_COMPARE_ROWS + 1));
        /* The guide's order: surgery first, SBRT (chosen first) in the last band, alone. */
        first_head = g_strsplit (outline[at + 1] + strlen ("row\t"), " | ", -1);
        g_assert_cmpuint (g_strv_length (first_head), ==, in_first + 1);
        g_assert_cmpstr (first_head[1], ==, "Surgery");
        g_assert_true (ends_line (outline, "row\tTreatment | ", head));
        g_assert_true (ends_line (outline, "row\tTime in hospital | ", stay));

        g_assert_true (lg_handout_write_pdf (handout, path, &error));
        g_assert_no_error (error);
        text = pdf_text (path);
        assert_contains (text, sbrt_stay, path);
        assert_words_inside_margins (path);
        /* Every page, the table's too: body 12 pt (16 in large print), nothing under 9 pt. */
        measure_type (path, &smallest, &body);
        g_test_message ("%s: body %.2f pt, smallest %.2f pt", name, body, smallest);
        g_assert_cmpfloat (body, >=, large ? 15.95 : 11.95);
        g_assert_cmpfloat (smallest, >=, 8.95);
        structure = run_tool ("pdfinfo", "-struct-text", path, NULL);
        g_assert_nonnull (strstr (structure, "Table (block)\n  TR\n    TH\n      \"Treatment\"\n"));
        g_assert_nonnull (strstr (structure, "\n    TD\n"));
      }
  g_strfreev (extra.compare);

  /* None chosen, or none of them a treatment: no table. */
  {
    g_autoptr(LgHandout) handout = NULL;
    g_auto(GStrv) outline = NULL;

    extra.compare = g_strdupv ((char *[]) { "what-are-liver-metastases", NULL });
    handout = handout_of (ids, LG_PAPER_A4, FALSE, FALSE, &extra);
    outline = whole_outline (handout);
    g_assert_cmpuint (count_kind (outline, "row"), ==, 0);
    g_assert_cmpint (find_line (outline, 0, "title\tCompare treatments"), ==, -1);
    g_strfreev (extra.compare);
  }
}

/* `--export-pdf --words --compare=…`, and the mistakes said. */
static void
test_binary_extras (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "binary-extras.pdf", NULL);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (run_binary (&err, "--export-pdf", path, "--topic=surgery", "--words",
                               "--compare=surgery, sbrt", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  text = pdf_text (path);
  assert_contains (text, "Words to know", path);
  assert_contains (text, "Compare treatments Treatment Surgery SBRT", path);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (run_binary (&err, "--export-pdf", path, "--topic=surgery", "--compare=all",
                               NULL), ==, 0);
  text = pdf_text (path);
  assert_contains (text, "Treatment Surgery Liver transplant", path);
  g_assert_null (strstr (text, "Words to know"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_binary (&err, "--export-pdf", path, "--compare=surgery,glossary", NULL), !=, 0);
  assert_contains (err, "--compare: “glossary” is not a treatment in the Compare table", "stderr");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_binary (&err, "--words", NULL), !=, 0);
  assert_contains (err, "only go with --export-pdf", "stderr");
}

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
  {
    /* The logo's copy goes to a data folder of the test's own. */
    g_autofree char *data = g_build_filename (tmp_dir, "data", NULL);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  g_test_add_func ("/lg/handout/every-topic", test_every_topic);
  g_test_add_func ("/lg/handout/long-topic", test_long_topic);
  g_test_add_func ("/lg/handout/ticked-questions", test_ticked_questions);
  g_test_add_func ("/lg/handout/notes", test_notes);
  g_test_add_func ("/lg/handout/header", test_header);
  g_test_add_func ("/lg/handout/marks-never-raw", test_marks_never_raw);
  g_test_add_func ("/lg/handout/bad-path", test_bad_path);
  g_test_add_func ("/lg/handout/summary-and-full", test_summary_and_full);
  g_test_add_func ("/lg/handout/spanish-sources", test_spanish_sources);
  g_test_add_func ("/lg/handout/clinic-topic-whole", test_clinic_topic_whole);
  g_test_add_func ("/lg/handout/summary-flag", test_summary_flag);
  g_test_add_func ("/lg/handout/summary-two-pages", test_summary_two_pages);
  g_test_add_func ("/lg/handout/summary-actions", test_summary_actions);
  g_test_add_func ("/lg/handout/sources-two-columns", test_sources_two_columns);
  g_test_add_func ("/lg/handout/clinic-header", test_clinic_header);
  g_test_add_func ("/lg/handout/call-line", test_call_line);
  g_test_add_func ("/lg/handout/type-sizes", test_type_sizes);
  g_test_add_func ("/lg/handout/contrast", test_contrast);
  g_test_add_func ("/lg/handout/pages-filled", test_pages_filled);
  g_test_add_func ("/lg/handout/huge-in-short", test_huge_in_short);
  g_test_add_func ("/lg/handout/tagged-pdf", test_tagged_pdf);
  g_test_add_func ("/lg/handout/logo", test_logo);
  g_test_add_func ("/lg/handout/two-languages-header", test_two_languages_header);
  g_test_add_func ("/lg/handout/for-you", test_for_you);
  g_test_add_func ("/lg/handout/words", test_words);
  g_test_add_func ("/lg/handout/compare-table", test_compare_table);
  if (g_getenv ("LG_BINARY") != NULL)
    {
      g_test_add_func ("/lg/handout/binary-every-topic", test_binary_every_topic);
      g_test_add_func ("/lg/handout/binary-spanish", test_binary_spanish);
      g_test_add_func ("/lg/handout/binary-full-large", test_binary_full_large);
      g_test_add_func ("/lg/handout/binary-two-languages", test_binary_two_languages);
      g_test_add_func ("/lg/handout/binary-extras", test_binary_extras);
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
