/* test-translations.c — the translation files are complete and current: the content strings
 * header matches data/content/, every shipped language translates every message of a freshly
 * made template, numbers survive translation, and a translation that breaks a glossary mark is
 * refused by the build tool with the file and JSON path.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gettext-po.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

static char *source_root;

/* libgettextpo keeps some of what po_file_read() allocates (0.21); tell LeakSanitizer, when this
 * is built with -Db_sanitize=address, to look only at leaks of our own. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libgettextpo\n";
}

/* Runs @argv in the source tree; returns the exit status and what it printed. */
static int
run (char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) first);
  va_start (args, first);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, source_root);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &stdout_text, &stderr_text, &error);
  g_assert_no_error (error);
  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return g_subprocess_get_exit_status (process);
}

static GStrv
shipped_languages (void)
{
  g_autofree char *path = g_build_filename (source_root, "po", "LINGUAS", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

/* po/content-strings.h is what lg-content-extract writes from data/content/ now. */
static void
test_content_strings_current (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lg-content-strings-XXXXXX", &error);
  g_autofree char *fresh = NULL;
  g_autofree char *committed = NULL;
  g_autofree char *fresh_text = NULL;
  g_autofree char *committed_text = NULL;
  g_autofree char *err = NULL;

  g_assert_no_error (error);
  fresh = g_build_filename (dir, "content-strings.h", NULL);
  committed = g_build_filename (source_root, "po", "content-strings.h", NULL);
  g_assert_cmpint (run (NULL, &err, g_getenv ("LG_CONTENT_EXTRACT"), "data/content", fresh, NULL),
                   ==, 0);
  g_assert_true (g_file_get_contents (fresh, &fresh_text, NULL, NULL));
  g_assert_true (g_file_get_contents (committed, &committed_text, NULL, NULL));
  if (g_strcmp0 (fresh_text, committed_text) != 0)
    g_test_fail_printf ("po/content-strings.h is out of date with data/content/: run "
                        "meson compile -C build update-content-strings (fresh copy in %s)", fresh);
  else
    {
      g_remove (fresh);
      g_rmdir (dir);
    }
}

/* Every message of a template made from today's sources is translated, and none is fuzzy. */
static void
test_complete (void)
{
  g_auto(GStrv) languages = shipped_languages ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lg-po-XXXXXX", &error);
  g_autofree char *pot = NULL;
  g_autofree char *err = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (languages), >=, 1);
  pot = g_build_filename (dir, "liver-guide.pot", NULL);
  /* The same keywords as meson's i18n.gettext(preset: 'glib'). */
  g_assert_cmpint (run (NULL, &err, "xgettext", "--package-name=liver-guide",
                        "--files-from=po/POTFILES.in", "--directory=.", "--from-code=UTF-8",
                        "--add-comments", "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
                        "--keyword=NC_:1c,2", "--output", pot, NULL), ==, 0);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *po = g_strdup_printf ("po/%s.po", languages[i]);
      g_autofree char *merged = g_strdup_printf ("%s/%s.po", dir, languages[i]);
      g_autofree char *stats = NULL;
      g_autofree char *missing = NULL;
      g_autofree char *fuzzy = NULL;

      g_assert_cmpint (run (NULL, NULL, "msgmerge", "--quiet", "--output-file", merged, po, pot,
                            NULL), ==, 0);
      g_assert_cmpint (run (NULL, &stats, "msgfmt", "--check", "--statistics",
                            "--output-file=/dev/null", merged, NULL), ==, 0);
      g_test_message ("%s: %s", po, g_strstrip (stats));
      run (&missing, NULL, "msgattrib", "--untranslated", "--no-obsolete", merged, NULL);
      run (&fuzzy, NULL, "msgattrib", "--only-fuzzy", "--no-obsolete", merged, NULL);
      if (strstr (stats, "untranslated") != NULL || strstr (stats, "fuzzy") != NULL)
        g_test_fail_printf ("%s is not complete (%s); update it with msgmerge and translate:\n%s%s",
                            po, stats, missing, fuzzy);
      g_remove (merged);
    }
  g_remove (pot);
  g_rmdir (dir);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Every number of a message, thousands separators dropped: "1,791" and "1791" are one number. */
static GPtrArray *
numbers (const char *text)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  if (regex == NULL)
    regex = g_regex_new ("[0-9]+(?:[.,][0-9]+)*", 0, 0, NULL);
  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *number = g_match_info_fetch (match, 0);
      g_autoptr(GString) plain = g_string_new (number);

      g_string_replace (plain, ",", "", 0);
      g_ptr_array_add (found, g_string_free (g_steal_pointer (&plain), FALSE));
      g_match_info_next (match, NULL);
    }
  g_ptr_array_sort (found, compare_strings);
  return found;
}

static char *
join (GPtrArray *strings)
{
  g_ptr_array_add (strings, NULL);
  return g_strjoinv (" ", (char **) strings->pdata);
}

static void
po_error (int severity, po_message_t message, const char *filename, size_t lineno,
          size_t column, int multiline, const char *text)
{
  g_error ("%s:%zu: %s", filename ? filename : "?", lineno, text);
}

static void
po_error2 (int severity, po_message_t message1, const char *filename1, size_t lineno1,
           size_t column1, int multiline1, const char *text1, po_message_t message2,
           const char *filename2, size_t lineno2, size_t column2, int multiline2,
           const char *text2)
{
  g_error ("%s:%zu: %s %s", filename1 ? filename1 : "?", lineno1, text1, text2);
}

/* "X in 100" stays "X de cada 100": a translation keeps every number of the English. */
static void
test_numbers_kept (void)
{
  static const struct po_xerror_handler handler = { po_error, po_error2 };
  g_auto(GStrv) languages = shipped_languages ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/po/%s.po", source_root, languages[i]);
      po_file_t file = po_file_read (path, &handler);
      po_message_iterator_t iterator = po_message_iterator (file, NULL);
      po_message_t message;
      guint checked = 0;

      while ((message = po_next_message (iterator)) != NULL)
        {
          const char *msgstr = po_message_msgstr (message);
          g_autoptr(GPtrArray) english = NULL;
          g_autoptr(GPtrArray) translated = NULL;
          g_autofree char *english_text = NULL;
          g_autofree char *translated_text = NULL;

          if (*po_message_msgid (message) == '\0' || *msgstr == '\0' ||
              po_message_is_obsolete (message))
            continue;
          english = numbers (po_message_msgid (message));
          translated = numbers (msgstr);
          english_text = join (english);
          translated_text = join (translated);
          if (!g_str_equal (english_text, translated_text))
            g_test_fail_printf ("po/%s.po: msgctxt \"%s\" msgid \"%s\": numbers [%s] became [%s]",
                                languages[i], po_message_msgctxt (message),
                                po_message_msgid (message), english_text, translated_text);
          checked++;
        }
      g_test_message ("po/%s.po: numbers checked in %u messages", languages[i], checked);
      g_assert_cmpuint (checked, >, 500);
      po_message_iterator_free (iterator);
      po_file_free (file);
    }
}

/* A translator who breaks a [[term-id]] mark stops the build, told where. */
static void
test_broken_mark (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lg-translate-XXXXXX", &error);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *output = NULL;
  g_autofree char *translated = NULL;
  int status;

  g_assert_no_error (error);
  status = run (&out, &err, g_getenv ("LG_CONTENT_TRANSLATE"),
                "tests/fixtures/po/broken-mark.po", "xx", dir,
                "tests/fixtures/content/sample.json", NULL);
  g_test_message ("%s", err);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "tests/fixtures/po/broken-mark.po: sample.json $.in_short: "
                                 "the translation drops the glossary mark [[ablation]]"));
  g_assert_nonnull (strstr (err, "sample.json $.sections[0].blocks[0].text: the translation has a "
                                 "glossary mark [[cateter]] that the English does not have"));

  /* The good messages were still applied, so the copy shows what the build would carry. */
  output = g_build_filename (dir, "content-xx-sample.json", NULL);
  g_assert_true (g_file_get_contents (output, &translated, NULL, NULL));
  g_assert_nonnull (strstr (translated, "\"Tema de muestra\""));
  g_assert_nonnull (strstr (translated, "about [[ablation]]"));
  g_remove (output);
  g_rmdir (dir);
}

/* The desktop file and metainfo carry every shipped language (i18n.merge_file). */
static void
test_desktop_and_metainfo (void)
{
  g_auto(GStrv) languages = shipped_languages ();
  g_autofree char *desktop_path = g_test_build_filename (G_TEST_BUILT, "..", "data",
                                                         "io.github.liverguide.LiverGuide.desktop",
                                                         NULL);
  g_autofree char *metainfo_path = g_test_build_filename (G_TEST_BUILT, "..", "data",
                                                          "io.github.liverguide.LiverGuide.metainfo.xml",
                                                          NULL);
  g_autofree char *desktop = NULL;
  g_autofree char *metainfo = NULL;

  g_assert_true (g_file_get_contents (desktop_path, &desktop, NULL, NULL));
  g_assert_true (g_file_get_contents (metainfo_path, &metainfo, NULL, NULL));
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("\nName[%s]=", languages[i]);
      g_autofree char *comment = g_strdup_printf ("\nComment[%s]=", languages[i]);
      g_autofree char *summary = g_strdup_printf ("<summary xml:lang=\"%s\">", languages[i]);

      g_assert_nonnull (strstr (desktop, name));
      g_assert_nonnull (strstr (desktop, comment));
      g_assert_nonnull (strstr (metainfo, summary));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  source_root = g_test_build_filename (G_TEST_DIST, "..", NULL);

  if (g_getenv ("LG_CONTENT_EXTRACT") == NULL || g_getenv ("LG_CONTENT_TRANSLATE") == NULL)
    {
      g_test_skip ("LG_CONTENT_EXTRACT and LG_CONTENT_TRANSLATE are not set; run through meson test");
      return g_test_run ();
    }

  g_test_add_func ("/lg/translations/content-strings-current", test_content_strings_current);
  g_test_add_func ("/lg/translations/complete", test_complete);
  g_test_add_func ("/lg/translations/numbers-kept", test_numbers_kept);
  g_test_add_func ("/lg/translations/broken-mark", test_broken_mark);
  g_test_add_func ("/lg/translations/desktop-and-metainfo", test_desktop_and_metainfo);

  status = g_test_run ();
  g_free (source_root);
  return status;
}
