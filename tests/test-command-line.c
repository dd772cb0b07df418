/* test-command-line.c — liver-guide as a person runs it from a terminal, with no display
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "lg-test-utils.h"


/* The user's data folder the binary sees (XDG_DATA_HOME), or NULL for the test runner's. */
static const char *data_home;

/* Whether the binary runs without root's right to read and write whatever the permissions say
 * (as root only), so an unreadable folder is one. */
static gboolean as_plain_user;

static void
child_setup (gpointer data)
{
  if (as_plain_user && getuid () == 0)
    {
      prctl (PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
      prctl (PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
    }
}

/* Runs the real binary with no display, under @lang and @language (NULL: unset). */
static void
run_in_locale (LgTestRun  *result,
               const char *lang,
               const char *language,
               va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  const char *arg;

  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);
  if (data_home != NULL)
    g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "LC_ALL");
  g_subprocess_launcher_unsetenv (launcher, "LC_MESSAGES");
  g_subprocess_launcher_setenv (launcher, "LANG", lang, TRUE);
  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  lg_test_run_binary (result, launcher, (const char * const *) argv->pdata);
}

static void
run_locale (LgTestRun  *result,
            const char *lang,
            const char *language,
            ...)
{
  va_list args;

  va_start (args, language);
  run_in_locale (result, lang, language, args);
  va_end (args);
}

/* Runs the real binary with no display, whatever the test runner has. */
static void
run (LgTestRun *result,
     ...)
{
  va_list args;

  va_start (args, result);
  run_in_locale (result, "C.UTF-8", NULL, args);
  va_end (args);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
test_list_topics (void)
{
  g_auto(LgTestRun) r = { 0 };
  g_auto(GStrv) lines = NULL;

  run (&r, "--list-topics", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (g_str_has_prefix (r.out, "what-are-liver-metastases\tWhat are liver metastases?\n"));
  g_assert_nonnull (strstr (r.out, "\nsurgery\tSurgery\n"));
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (count_lines (r.out), ==, 17);
  for (guint i = 0; lines[i] != NULL && *lines[i]; i++)
    g_assert_nonnull (strchr (lines[i], '\t'));
}

/* The titles in Spanish, the ids as they are: the content language, not the locale. */
static void
assert_spanish_titles (LgTestRun *r)
{
  g_test_message ("%s", r->out);
  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_true (g_str_has_prefix (r->out, "what-are-liver-metastases\t¿Qué son las metástasis "
                                           "hepáticas?\n"));
  g_assert_nonnull (strstr (r->out, "\nsurgery\tCirugía\n"));
  g_assert_nonnull (strstr (r->out, "\nhepatic-artery-infusion\tBomba de infusión arterial "
                                    "hepática\n"));
  g_assert_cmpuint (count_lines (r->out), ==, 17);
}

static void
test_list_topics_spanish (void)
{
  g_auto(LgTestRun) utf8 = { 0 };
  g_auto(LgTestRun) plain_c = { 0 };
  g_auto(LgTestRun) system = { 0 };
  g_auto(LgTestRun) english = { 0 };

  /* Asked for, under C.UTF-8 and under plain C: no Spanish locale is needed. */
  run_locale (&utf8, "C.UTF-8", NULL, "--list-topics", "--language=es", NULL);
  assert_spanish_titles (&utf8);
  run_locale (&plain_c, "C", NULL, "--list-topics", "--language=es_MX.UTF-8", NULL);
  assert_spanish_titles (&plain_c);

  /* Following the system (the default setting) when the person's language is Spanish. */
  run_locale (&system, "C.UTF-8", "es", "--list-topics", NULL);
  assert_spanish_titles (&system);

  /* The other way round: a Spanish system asking for English content. */
  run_locale (&english, "C.UTF-8", "es", "--list-topics", "--language=en", NULL);
  g_assert_cmpint (english.status, ==, 0);
  g_assert_true (g_str_has_prefix (english.out, "what-are-liver-metastases\tWhat are liver "
                                                "metastases?\n"));
}

/* On a Spanish system the program run from the build tree speaks Spanish: it takes the build's
 * translations from LG_LOCALEDIR (as build-aux/dev run sets it), not from the install prefix. */
static void
test_interface_spanish (void)
{
  g_auto(LgTestRun) spanish = { 0 };

  run_locale (&spanish, "es_ES.UTF-8", NULL, "--help", NULL);
  g_assert_cmpint (spanish.status, ==, 0);
  g_assert_nonnull (strstr (spanish.out, "Opciones de la aplicación:"));
  g_assert_nonnull (strstr (spanish.out, "Explica las metástasis hepáticas y su tratamiento."));
  g_assert_null (strstr (spanish.out, "Application Options"));
}

/* A language the app does not carry: English titles, one line saying so, and success. */
static void
test_language_fallback (void)
{
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--list-topics", "--language=xx", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "what-are-liver-metastases\tWhat are liver metastases?\n"));
  g_assert_cmpuint (count_lines (r.out), ==, 17);
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "no content in “xx”; showing English"));
}

static void
test_version (void)
{
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "Liver Guide " PACKAGE_VERSION "\n");
}

static void
test_unknown_topic (void)
{
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--topic=no-such-topic", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "unknown topic “no-such-topic”"));
}

static void
test_bad_option (void)
{
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--no-such-option", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "--no-such-option"));
}

/* --exam-room is an option the app knows (it needs a display to do anything). */
static void
test_exam_room_option (void)
{
  g_auto(LgTestRun) help = { 0 };
  g_auto(LgTestRun) r = { 0 };

  run (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--exam-room"));

  run (&r, "--exam-room", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_null (strstr (r.err, "Unknown option"));
  g_assert_nonnull (strstr (r.err, "no display"));
}

static void
test_no_display (void)
{
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--topic=surgery", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "no display"));
}

static char *tmp_dir;

static gboolean
file_exists (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
assert_pdf (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
}

/* Every topic, with no display and no --topic. */
static void
test_export_all (void)
{
  g_auto(LgTestRun) r = { 0 };
  g_autofree char *path = g_build_filename (tmp_dir, "all.pdf", NULL);
  g_autofree char *arg = g_strconcat ("--export-pdf=", path, NULL);

  run (&r, arg, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "");
  assert_pdf (path);
  g_unlink (path);
}

/* Several --topic options, on Letter. */
static void
test_export_topics (void)
{
  g_auto(LgTestRun) r = { 0 };
  g_autofree char *path = g_build_filename (tmp_dir, "two.pdf", NULL);

  run (&r, "--export-pdf", path, "--topic=surgery", "--topic", "sbrt", "--paper=letter", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  assert_pdf (path);
  g_unlink (path);
}

static void
test_export_bad_topic (void)
{
  g_auto(LgTestRun) r = { 0 };
  g_autofree char *path = g_build_filename (tmp_dir, "bad-topic.pdf", NULL);
  g_autofree char *arg = g_strconcat ("--export-pdf=", path, NULL);

  run (&r, arg, "--topic=surgery", "--topic=no-such-topic", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "unknown topic “no-such-topic”"));
  g_assert_cmpuint (count_files (tmp_dir), ==, 0);
}

static void
test_export_bad_paper (void)
{
  g_auto(LgTestRun) r = { 0 };
  g_autofree char *path = g_build_filename (tmp_dir, "bad-paper.pdf", NULL);
  g_autofree char *arg = g_strconcat ("--export-pdf=", path, NULL);

  run (&r, arg, "--paper=a5", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "“a5”"));
  g_assert_cmpuint (count_files (tmp_dir), ==, 0);

  /* --paper means nothing without --export-pdf. */
  g_clear_pointer (&r.err, g_free);
  g_clear_pointer (&r.out, g_free);
  run (&r, "--paper=letter", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "--export-pdf"));
}

/* A folder that does not exist, and a folder's own path: one line naming it, no file. */
static void
test_export_unwritable (void)
{
  g_autofree char *missing = g_build_filename (tmp_dir, "no-such-folder", "x.pdf", NULL);
  const char *paths[] = { missing, tmp_dir };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_auto(LgTestRun) r = { 0 };
      g_autofree char *arg = g_strconcat ("--export-pdf=", paths[i], NULL);

      run (&r, arg, "--topic=ablation", NULL);
      g_assert_cmpint (r.status, !=, 0);
      g_assert_cmpuint (count_lines (r.err), ==, 1);
      g_assert_true (g_str_has_prefix (r.err, "liver-guide: "));
      g_assert_nonnull (strstr (r.err, paths[i]));
      g_assert_cmpuint (count_files (tmp_dir), ==, 0);
      g_assert_false (file_exists (tmp_dir, "no-such-folder"));
    }
}

/* A temporary folder, removed (with what it holds, one level deep) by the caller. */
static char *
make_pack (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lg-cli-pack-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* @line is "FILE:LINE:COLUMN: DETAIL…", as compilers write it: the column json-glib gives is
 * where it read the value (at its end or just after it), which json-glib versions may place a
 * character apart, so only that there is one is checked; @detail is the start of what follows. */
static void
assert_placed (const char *line,
               const char *file,
               guint       line_number,
               const char *detail)
{
  g_autofree char *start = g_strdup_printf ("%s:%u:", file, line_number);
  const char *column = line + strlen (start);
  char *end = NULL;

  g_test_message ("%s", line);
  g_assert_true (g_str_has_prefix (line, start));
  g_assert_cmpuint (g_ascii_strtoull (column, &end, 10), >, 0);
  g_assert_true (g_str_has_prefix (end, ": "));
  g_assert_true (g_str_has_prefix (end + 2, detail));
}

static void
test_check_content_ok (void)
{
  g_autofree char *dir = make_pack ();
  g_autofree char *arg = g_strconcat ("--check-content=", dir, NULL);
  g_autofree char *one = lg_test_topic_json ("y90-prep", "Getting ready for Y-90", "Two visits.");
  g_autofree char *two = lg_test_topic_json ("surgery", "Surgery at Riverside", "Our way.");
  g_auto(LgTestRun) r = { 0 };

  lg_test_write_file (dir, "y90-prep.json", one, -1);
  lg_test_write_file (dir, "surgery.json", two, -1);
  run (&r, arg, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "2 topics OK\n");
  g_assert_cmpstr (r.err, ==, "");
  lg_test_remove_tree (dir);
}

/* For authors: every problem, one a line, "file: $.path: message"; non-zero exit. */
static void
test_check_content_problems (void)
{
  g_autofree char *dir = make_pack ();
  g_autofree char *arg = g_strconcat ("--check-content=", dir, NULL);
  g_autofree char *good = lg_test_topic_json ("good", "Good", "Fine.");
  g_autofree char *bell = lg_test_topic_json ("bell", "Ring\a", "Fine.");
  g_autofree char *link = g_build_filename (dir, "passwd.json", NULL);
  g_auto(GStrv) lines = NULL;
  g_auto(LgTestRun) r = { 0 };

  lg_test_write_file (dir, "good.json", good, -1);
  lg_test_write_file (dir, "bell.json", bell, -1);
  lg_test_write_file (dir, "notes.json", "Call Dr Lee", -1);
  lg_test_write_file (dir, "future.json", "{ \"schema\": 2 }", -1);
  g_assert_cmpint (symlink ("/etc/passwd", link), ==, 0);
  run (&r, arg, NULL);

  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpstr (r.err, ==, "");
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (count_lines (r.out), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "bell.json:"));
  g_assert_nonnull (strstr (lines[0], ": $.title: control character U+0007 in text"));
  assert_placed (lines[1], "future.json", 1, "$.schema: schema version 2 is not supported (this app reads 1)");
  assert_placed (lines[2], "notes.json", 1, "$: not valid JSON: ");
  g_assert_cmpstr (lines[3], ==, "passwd.json: $: the file is a link to a file outside the pack folder");
  lg_test_remove_tree (dir);
}

/* A topic with three faults, one in each part (a text, a block, a list item): one run names all
 * three, each with the line and column an editor goes to; a file that is not JSON, with the
 * place json-glib stopped at. */
static const char three_faults[] =
  "{\n"
  "  \"schema\": 1,\n"
  "  \"id\": \"y90-prep\",\n"
  "  \"group\": \"understanding\",\n"
  "  \"order\": 1,\n"
  "  \"title\": \"Getting ready\",\n"
  "  \"subtitle\": \"\",\n"
  "  \"in_short\": \"Two visits.\",\n"
  "  \"sections\": [\n"
  "    { \"heading\": \"Before\",\n"
  "      \"blocks\": [\n"
  "        { \"type\": \"tabel\", \"text\": \"Come early.\" },\n"
  "        { \"type\": \"paragraph\", \"text\": \"Bring your list.\" }\n"
  "      ] }\n"
  "  ],\n"
  "  \"key_points\": [\"Two visits.\", 5],\n"
  "  \"questions\": [\"When?\"],\n"
  "  \"teach_back\": [\"Tell me when.\"],\n"
  "  \"sources\": [{ \"publisher\": \"Riverside\", \"title\": \"Y-90\", \"url\": \"https://example.org/\" }],\n"
  "  \"reviewed\": \"2026-12\"\n"
  "}\n";

static void
test_check_content_every_problem (void)
{
  g_autofree char *dir = make_pack ();
  g_autofree char *arg = g_strconcat ("--check-content=", dir, NULL);
  g_auto(GStrv) lines = NULL;
  g_auto(LgTestRun) r = { 0 };

  lg_test_write_file (dir, "y90-prep.json", three_faults, -1);
  lg_test_write_file (dir, "broken.json", "{\n  \"schema\": 1,\n  \"id\" \"x\"\n}\n", -1);
  run (&r, arg, NULL);

  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpstr (r.err, ==, "");
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (count_lines (r.out), ==, 4);
  assert_placed (lines[0], "broken.json", 3, "$: not valid JSON: ");
  g_assert_null (strstr (lines[0], "<data>"));
  assert_placed (lines[1], "y90-prep.json", 7, "$.subtitle: text is empty");
  assert_placed (lines[2], "y90-prep.json", 12, "$.sections[0].blocks[0].type: unknown block "
                 "type \"tabel\" (use paragraph, bullets, steps or note)");
  assert_placed (lines[3], "y90-prep.json", 16, "$.key_points[1]: expected a string, found a number");
  lg_test_remove_tree (dir);
}

/* A topic per hostile picture class (the picture fuzzer's seeds): --check-content names each
 * topic and picture with what is wrong, and a start-up with the pack (--content-dir, exporting a
 * handout) neither crashes nor hangs. */
static void
test_check_content_hostile_pictures (void)
{
  g_autofree char *dir = make_pack ();
  g_autofree char *arg = g_strconcat ("--check-content=", dir, NULL);
  g_autofree char *content_dir = g_strconcat ("--content-dir=", dir, NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "hostile.pdf", NULL);
  g_autofree char *export = g_strconcat ("--export-pdf=", pdf, NULL);
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "fuzz", "pictures", NULL);
  g_autoptr(GDir) seed_dir = g_dir_open (seeds, 0, NULL);
  g_auto(LgTestRun) r = { 0 };
  g_auto(LgTestRun) started = { 0 };
  guint n = 0;
  const char *name;

  g_assert_nonnull (seed_dir);
  while ((name = g_dir_read_name (seed_dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (seeds, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *id = g_strdup_printf ("picture-%u", n);
      g_autofree char *json = lg_test_topic_json (id, "A clinic picture", "Fine.");
      g_autofree char *file = g_strconcat (id, ".json", NULL);
      g_autofree char *with = NULL;
      char *reviewed = strstr (json, "\"reviewed\"");
      gsize length;

      if (!g_str_has_prefix (name, "hostile-"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      lg_test_write_file (dir, name, contents, length);
      *reviewed = '\0';
      with = g_strdup_printf ("%s\"illustration\": { \"file\": \"%s\", \"alt\": \"A.\", \"caption\": \"B.\","
                              " \"legend\": [\"C.\"] },\n  \"reviewed\"%s", json, name,
                              reviewed + strlen ("\"reviewed\""));
      lg_test_write_file (dir, file, with, -1);
      n++;
    }
  g_assert_cmpuint (n, >=, 20);

  run (&r, arg, NULL);
  g_test_message ("%s", r.out);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpuint (count_lines (r.out), ==, n);
  {
    /* Each line is found after a newline, the first too. */
    char *with_newline = g_strconcat ("\n", r.out, NULL);

    g_free (r.out);
    r.out = with_newline;
  }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *start = g_strdup_printf ("\npicture-%u.json:", i);
      const char *line = strstr (r.out, start);
      const char *end = line ? strchr (line + 1, '\n') : NULL;
      g_autofree char *one = line ? g_strndup (line + 1, end - line - 1) : NULL;

      g_assert_nonnull (one);
      g_assert_nonnull (strstr (one, ": $.illustration.file: \"hostile-"));
    }
  {
    g_auto(GStrv) parts = g_strsplit (r.out, "\" is not a picture the guide draws: ", -1);

    g_assert_cmpuint (g_strv_length (parts), ==, n + 1);
  }

  run (&started, content_dir, export, "--topic=ablation", NULL);
  g_assert_cmpint (started.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_unlink (pdf);
  lg_test_remove_tree (dir);
}

static void
test_check_content_missing (void)
{
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--check-content=/nonexistent/topics", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpstr (r.out, ==, "/nonexistent/topics: $: no such folder\n");
}

static void
test_content_dir_missing (void)
{
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--content-dir=/nonexistent/topics", "--list-topics", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "--content-dir: “/nonexistent/topics” does not exist"));
}

/* Both places a pack is read from: the user's data folder and --content-dir, which wins. */
static void
test_content_dir_topics (void)
{
  g_autofree char *home = make_pack ();
  g_autofree char *user = g_build_filename (home, "liver-guide", "topics", NULL);
  g_autofree char *dir = make_pack ();
  g_autofree char *arg = g_strconcat ("--content-dir=", dir, NULL);
  g_autofree char *mine = lg_test_topic_json ("phone-tree", "Who to call", "Call us.");
  g_autofree char *theirs = lg_test_topic_json ("phone-tree", "Who to call at night", "Call the desk.");
  g_autofree char *parent = g_path_get_dirname (user);
  g_auto(LgTestRun) user_only = { 0 };
  g_auto(LgTestRun) both = { 0 };

  lg_test_write_file (user, "phone-tree.json", mine, -1);
  lg_test_write_file (dir, "phone-tree.json", theirs, -1);
  data_home = home;
  run (&user_only, "--list-topics", NULL);
  run (&both, arg, "--list-topics", NULL);
  data_home = NULL;

  g_assert_cmpint (user_only.status, ==, 0);
  g_assert_cmpuint (count_lines (user_only.out), ==, 18);
  /* In sidebar order: the clinic's topics before "Next steps". */
  g_assert_nonnull (strstr (user_only.out, "\nphone-tree\tWho to call\n"));
  g_assert_cmpint (both.status, ==, 0);
  g_assert_cmpuint (count_lines (both.out), ==, 18);
  g_assert_nonnull (strstr (both.out, "\nphone-tree\tWho to call at night\n"));

  lg_test_remove_tree (user);
  g_rmdir (parent);
  g_rmdir (home);
  lg_test_remove_tree (dir);
}

/* -------------------------------------------------------------------------------------------- */
/* Messages that say what happened                                                              */

/* A pack topic that is not exported says why: its file's problem, asked for by id or left out of
 * an export of every topic. */
static void
test_export_pack_problem (void)
{
  g_autofree char *home = make_pack ();
  g_autofree char *user = g_build_filename (home, "liver-guide", "topics", NULL);
  g_autofree char *parent = g_path_get_dirname (user);
  g_autofree char *path = g_build_filename (tmp_dir, "clinic.pdf", NULL);
  g_autofree char *arg = g_strconcat ("--export-pdf=", path, NULL);
  g_auto(LgTestRun) one = { 0 };
  g_auto(LgTestRun) all = { 0 };

  lg_test_write_file (user, "y90-prep.json", "{ \"schema\": 2 }", -1);
  data_home = home;
  run (&one, arg, "--topic=y90-prep", NULL);
  run (&all, arg, NULL);
  data_home = NULL;

  g_test_message ("%s%s", one.err, all.err);
  g_assert_cmpint (one.status, !=, 0);
  g_assert_nonnull (strstr (one.err, "unknown topic “y90-prep”"));
  g_assert_nonnull (strstr (one.err, "\n  y90-prep.json: $.schema: schema version 2 is not supported"));
  g_assert_cmpint (all.status, ==, 0);
  g_assert_nonnull (strstr (all.err, "--export-pdf: clinic files left out of the handout:\n"
                                     "  y90-prep.json: $.schema: schema version 2"));
  assert_pdf (path);
  g_unlink (path);
  lg_test_remove_tree (user);
  g_rmdir (parent);
  g_rmdir (home);
}

/* A folder that cannot be read, given to each of the three options that take one. */
static void
test_unreadable_folder (void)
{
  g_autofree char *dir = make_pack ();
  g_autofree char *content = g_strconcat ("--content-dir=", dir, NULL);
  g_autofree char *check = g_strconcat ("--check-content=", dir, NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "unread.pdf", NULL);
  g_autofree char *export = g_strconcat ("--export-pdf=", pdf, NULL);
  g_autofree char *topic = lg_test_topic_json ("y90-prep", "Getting ready", "Two visits.");
  g_auto(LgTestRun) list = { 0 };
  g_auto(LgTestRun) exported = { 0 };
  g_auto(LgTestRun) checked = { 0 };

  lg_test_write_file (dir, "y90-prep.json", topic, -1);
  g_assert_cmpint (g_chmod (dir, 0), ==, 0);
  as_plain_user = TRUE;
  run (&list, content, "--list-topics", NULL);
  run (&exported, content, export, NULL);
  run (&checked, check, NULL);
  as_plain_user = FALSE;
  g_chmod (dir, 0755);

  g_assert_cmpint (list.status, !=, 0);
  g_assert_cmpstr (list.out, ==, "");
  g_assert_nonnull (strstr (list.err, "--content-dir: "));
  g_assert_nonnull (strstr (list.err, "cannot be read: permission denied"));
  g_assert_cmpint (exported.status, !=, 0);
  g_assert_nonnull (strstr (exported.err, "cannot be read: permission denied"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (checked.status, !=, 0);
  g_assert_nonnull (strstr (checked.out, "Permission denied"));
  lg_test_remove_tree (dir);
}

/* --check-content= with no folder is an error, not "0 topics OK" for the current folder. */
static void
test_check_content_empty (void)
{
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--check-content=", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "liver-guide: --check-content: give a folder; the name is empty\n");
}

/* --export-pdf with a --content-dir that is not there: nothing written, non-zero. */
static void
test_export_missing_content_dir (void)
{
  g_autofree char *pdf = g_build_filename (tmp_dir, "missing.pdf", NULL);
  g_autofree char *export = g_strconcat ("--export-pdf=", pdf, NULL);
  g_auto(LgTestRun) r = { 0 };

  run (&r, "--content-dir=/nonexistent/topics", export, NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_nonnull (strstr (r.err, "“/nonexistent/topics” does not exist"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* A link to nothing is called what it is. */
static void
test_dangling_link (void)
{
  g_autofree char *dir = make_pack ();
  g_autofree char *arg = g_strconcat ("--check-content=", dir, NULL);
  g_autofree char *link = g_build_filename (dir, "gone.json", NULL);
  g_auto(LgTestRun) r = { 0 };

  g_assert_cmpint (symlink ("renamed.json", link), ==, 0);
  run (&r, arg, NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpstr (r.out, ==, "gone.json: $: the file is a dangling link: the file it points to "
                              "does not exist\n");
  lg_test_remove_tree (dir);
}

/* A right-to-left override (and the other bidirectional controls) in a name is shown as \u202E,
 * so the rest of the line reads as it is. */
static void
test_bidi_names (void)
{
  g_autofree char *dir = make_pack ();
  g_autofree char *arg = g_strconcat ("--check-content=", dir, NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "no\u2066such\u200f", "hand\u202Efdp.pdf", NULL);
  g_autofree char *export = g_strconcat ("--export-pdf=", missing, NULL);
  g_autofree char *content = g_strconcat ("--content-dir=", tmp_dir, "/\u061Cclinic", NULL);
  g_auto(LgTestRun) checked = { 0 };
  g_auto(LgTestRun) exported = { 0 };
  g_auto(LgTestRun) content_dir = { 0 };

  lg_test_write_file (dir, "report\u202Efdp.json", "{ \"schema\": 2 }", -1);
  run (&checked, arg, NULL);
  run (&exported, export, "--topic=sbrt", NULL);
  run (&content_dir, content, "--list-topics", NULL);

  assert_placed (checked.out, "report\\u202Efdp.json", 1, "$.schema: ");
  g_assert_nonnull (strstr (exported.err, "no\\u2066such\\u200F/hand\\u202Efdp.pdf"));
  g_assert_nonnull (strstr (content_dir.err, "/\\u061Cclinic"));
  for (const char *p = checked.out; *p; p = g_utf8_next_char (p))
    g_assert_cmpuint (g_utf8_get_char (p), <, 0x80);
  g_assert_null (strstr (exported.err, "\u202E"));
  g_assert_null (strstr (content_dir.err, "\u061C"));
  lg_test_remove_tree (dir);
}

/* A --topic that is not UTF-8 names the option. */
static void
test_topic_not_utf8 (void)
{
  g_auto(LgTestRun) r = { 0 };
  g_auto(LgTestRun) exported = { 0 };
  g_autofree char *pdf = g_build_filename (tmp_dir, "bytes.pdf", NULL);
  g_autofree char *export = g_strconcat ("--export-pdf=", pdf, NULL);

  run (&r, "--topic=surg\xff\xfe", NULL);
  run (&exported, export, "--topic=\xc3", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpstr (r.err, ==, "liver-guide: --topic: not valid UTF-8\n");
  g_assert_cmpint (exported.status, !=, 0);
  g_assert_cmpstr (exported.err, ==, "liver-guide: --topic: not valid UTF-8\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("LG_BINARY") == NULL)
    {
      g_test_skip ("LG_BINARY is not set; run through meson test");
      return g_test_run ();
    }

  g_test_add_func ("/lg/command-line/list-topics", test_list_topics);
  g_test_add_func ("/lg/command-line/list-topics-spanish", test_list_topics_spanish);
  g_test_add_func ("/lg/command-line/language-fallback", test_language_fallback);
  g_test_add_func ("/lg/command-line/interface-spanish", test_interface_spanish);
  g_test_add_func ("/lg/command-line/version", test_version);
  g_test_add_func ("/lg/command-line/unknown-topic", test_unknown_topic);
  g_test_add_func ("/lg/command-line/bad-option", test_bad_option);
  g_test_add_func ("/lg/command-line/no-display", test_no_display);
  g_test_add_func ("/lg/command-line/export-all", test_export_all);
  g_test_add_func ("/lg/command-line/export-topics", test_export_topics);
  g_test_add_func ("/lg/command-line/export-bad-topic", test_export_bad_topic);
  g_test_add_func ("/lg/command-line/export-bad-paper", test_export_bad_paper);
  g_test_add_func ("/lg/command-line/export-unwritable", test_export_unwritable);
  g_test_add_func ("/lg/command-line/exam-room-option", test_exam_room_option);
  g_test_add_func ("/lg/command-line/check-content-ok", test_check_content_ok);
  g_test_add_func ("/lg/command-line/check-content-problems", test_check_content_problems);
  g_test_add_func ("/lg/command-line/check-content-every-problem", test_check_content_every_problem);
  g_test_add_func ("/lg/command-line/check-content-missing", test_check_content_missing);
  g_test_add_func ("/lg/command-line/check-content-hostile-pictures", test_check_content_hostile_pictures);
  g_test_add_func ("/lg/command-line/content-dir-missing", test_content_dir_missing);
  g_test_add_func ("/lg/command-line/content-dir-topics", test_content_dir_topics);
  g_test_add_func ("/lg/command-line/export-pack-problem", test_export_pack_problem);
  g_test_add_func ("/lg/command-line/unreadable-folder", test_unreadable_folder);
  g_test_add_func ("/lg/command-line/check-content-empty", test_check_content_empty);
  g_test_add_func ("/lg/command-line/export-missing-content-dir", test_export_missing_content_dir);
  g_test_add_func ("/lg/command-line/dangling-link", test_dangling_link);
  g_test_add_func ("/lg/command-line/bidi-names", test_bidi_names);
  g_test_add_func ("/lg/command-line/topic-not-utf8", test_topic_not_utf8);

  tmp_dir = g_dir_make_tmp ("liver-guide-cli-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
