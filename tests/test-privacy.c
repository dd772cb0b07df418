/* test-privacy.c — nothing about a patient is stored: the settings schema has no place for ticked
 * questions or notes, and a whole session (ticking questions, searching, moving between topics,
 * saving the handout as a PDF through the Save button and the file chooser, closing the window)
 * writes nothing but that PDF and the settings (window size, last topic), under a temporary HOME
 * with the keyfile settings backend; GTK's recent-files list keeps other apps' entries and gets
 * no entry for the handout.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <glib/gstdio.h>

#include "lg-summary-view.h"
#include "lg-test-utils.h"

static LgApplication *app;
static char *root;       /* the temporary HOME; every XDG folder is inside it */

static const char *folders[] = { "config", "data", "cache", "state" };
static const char *variables[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

/* Every file under @dir, as paths relative to @root. */
static void
list_files (const char *dir,
            GPtrArray  *files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        list_files (path, files);
      else
        g_ptr_array_add (files, g_strdup (path + strlen (root) + 1));
    }
}

typedef struct {
  GPtrArray *words;      /* key names, summaries and descriptions */
  gboolean in_text;
} SchemaText;

static void
schema_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  SchemaText *st = user_data;

  st->in_text = g_str_equal (element, "summary") || g_str_equal (element, "description");
  for (guint i = 0; g_str_equal (element, "key") && names[i] != NULL; i++)
    if (g_str_equal (names[i], "name"))
      g_ptr_array_add (st->words, g_strdup (values[i]));
}

static void
schema_end (GMarkupParseContext  *context,
            const char           *element,
            gpointer              user_data,
            GError              **error)
{
  ((SchemaText *) user_data)->in_text = FALSE;
}

static void
schema_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 length,
             gpointer              user_data,
             GError              **error)
{
  SchemaText *st = user_data;

  if (st->in_text)
    g_ptr_array_add (st->words, g_strndup (text, length));
}

/* No key of the schema is about the patient: no ticks, questions, notes or answers, whether in a
 * key's name or in what its summary and description say it holds. */
static void
test_schema (void)
{
  static const GMarkupParser parser = { schema_start, schema_end, schema_text, NULL, NULL };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 "io.github.liverguide.LiverGuide.gschema.xml", NULL);
  g_autoptr(GRegex) about_patient = g_regex_new ("tick|question|note|answer|patient|checked",
                                                 G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  SchemaText st = { words, FALSE };
  gsize length;

  g_assert_true (g_file_get_contents (path, &xml, &length, NULL));
  /* The file's own comment says what is never stored; comments are not keys. */
  g_assert_nonnull (strstr (xml, "Nothing about a patient"));
  context = g_markup_parse_context_new (&parser, 0, &st, NULL);
  g_assert_true (g_markup_parse_context_parse (context, xml, length, &error));
  g_assert_no_error (error);

  g_assert_true (g_ptr_array_find_with_equal_func (words, "last-topic", g_str_equal, NULL));
  for (guint i = 0; i < words->len; i++)
    {
      const char *text = g_ptr_array_index (words, i);

      g_test_message ("schema: %s", text);
      g_assert_false (g_regex_match (about_patient, text, 0, NULL));
    }
}

static void
tick_questions (LgWindow   *window,
                const char *id,
                GPtrArray  *ticked)
{
  LgContentStore *store = lg_session_get_store (lg_application_get_session (app), NULL);
  const char * const *questions = lg_topic_get_questions (lg_content_store_lookup_topic (store, id));

  g_assert_true (lg_window_show_topic (window, id));
  lg_test_wait (50);
  for (guint i = 0; i < 2 && questions[i] != NULL; i++)
    {
      g_autofree char *text = lg_content_store_to_plain (store, questions[i]);
      GtkWidget *check = gtk_widget_get_ancestor (lg_test_find_label (GTK_WIDGET (window), text),
                                                  GTK_TYPE_CHECK_BUTTON);

      g_assert_nonnull (check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_ptr_array_add (ticked, g_steal_pointer (&text));
      g_ptr_array_add (ticked, g_strdup_printf ("%s/%u", id, i));
    }
}

/* The dialog the Save button opened (GtkFileChooserNative's own, with no portal). */
static gboolean
find_chooser (gpointer data)
{
  GtkWidget **found = data;
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (window))
        *found = window;
    }
  return *found != NULL;
}

/* The button labelled @label under @root. */
static GtkWidget *
find_button (GtkWidget  *top,
             const char *label)
{
  if (GTK_IS_BUTTON (top) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (top)), label) == 0)
    return top;
  for (GtkWidget *child = gtk_widget_get_first_child (top); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
file_written (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* Saves the handout as a person does: the summary's Save button, then the file chooser's Save,
 * with the folder and name chosen in the chooser. */
static void
save_through_chooser (LgSummaryView *summary,
                      const char    *folder,
                      const char    *name)
{
  GtkWidget *save = find_button (GTK_WIDGET (summary), "_Save as PDF…");
  GtkWidget *chooser = NULL;
  GtkWidget *accept;
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (save);
  gtk_widget_activate (save);
  g_assert_true (lg_test_wait_until (find_chooser, &chooser));
  /* Once shown, it has gone to its start folder; then the person picks theirs. */
  g_assert_true (lg_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, chooser));
  lg_test_wait (500);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  lg_test_wait (300);
  accept = find_button (chooser, "_Save");
  g_assert_nonnull (accept);
  gtk_widget_activate (accept);
  g_assert_true (lg_test_wait_until (file_written, path));
  /* GtkRecentManager writes its list a moment after an item is added. */
  lg_test_wait (1500);
}

#define OTHER_RECENT \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<xbel version=\"1.0\" xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n" \
  "      xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\">\n" \
  "  <bookmark href=\"file:///home/clinic/letter.odt\" added=\"2026-12-01T10:00:00Z\"\n" \
  "            modified=\"2026-12-01T10:00:00Z\" visited=\"2026-12-01T10:00:00Z\">\n" \
  "    <info><metadata owner=\"http://freedesktop.org\"><mime:mime-type type=\"application/vnd.oasis.opendocument.text\"/>\n" \
  "    <bookmark:applications><bookmark:application name=\"Writer\" exec=\"&apos;writer %u&apos;\"\n" \
  "      modified=\"2026-12-01T10:00:00Z\" count=\"1\"/></bookmark:applications></metadata></info>\n" \
  "  </bookmark>\n" \
  "</xbel>\n"

static guint
count_bookmarks (const char *xbel)
{
  guint n = 0;

  for (const char *p = xbel; (p = strstr (p, "<bookmark ")) != NULL; p++)
    n++;
  return n;
}

/* A whole session leaves one file: the settings keyfile, holding no patient's ticks or words. */
static void
test_session (void)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) secrets = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *keyfile = NULL;
  g_autofree char *keyfile_path = NULL;
  g_autofree char *documents = g_build_filename (root, "Documents", NULL);
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  LgSummaryView *summary;
  LgWindow *window;
  GtkWidget *search;

  /* Before the session: at most the settings the test harness wrote (the content language) and
   * the GL driver's shader cache. */
  list_files (root, before);
  for (guint i = 0; i < before->len; i++)
    {
      const char *file = g_ptr_array_index (before, i);

      g_test_message ("before the session: %s", file);
      g_assert_true (g_str_equal (file, "config/glib-2.0/settings/keyfile") ||
                     g_str_has_prefix (file, "cache/mesa_shader_cache"));
    }

  /* Another app's entry in the account's recent-files list, which must stay. */
  {
    g_autofree char *data_dir = g_build_filename (root, "data", NULL);

    lg_test_write_file (data_dir, "recently-used.xbel", OTHER_RECENT, -1);
  }

  window = lg_test_window (app, 1000, 700);
  tick_questions (window, "surgery", secrets);
  tick_questions (window, "radioembolization", secrets);
  search = lg_test_find_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "my tumor is 3 cm");
  g_ptr_array_add (secrets, g_strdup ("3 cm"));
  lg_test_wait (300);
  gtk_editable_set_text (GTK_EDITABLE (search), "");

  /* The one file a person asks for: the handout, saved as a PDF where they chose. */
  pdf = g_build_filename (root, "Documents", "handout.pdf", NULL);
  g_assert_cmpint (g_mkdir_with_parents (documents, 0700), ==, 0);
  g_assert_true (lg_window_show_topic (window, "surgery"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  lg_test_wait (500);
  summary = LG_SUMMARY_VIEW (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_SUMMARY_VIEW));
  save_through_chooser (summary, documents, "handout.pdf");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  /* The name the chooser offered holds the topic: it must not be kept anywhere either. */
  g_ptr_array_add (secrets, g_strdup ("Surgery"));
  g_ptr_array_add (secrets, g_strdup ("handout.pdf"));

  g_assert_true (lg_window_show_topic (window, "sbrt"));
  gtk_window_close (GTK_WINDOW (window));
  g_settings_sync ();
  lg_test_wait (200);

  list_files (root, after);
  for (guint i = 0; i < after->len; i++)
    {
      const char *file = g_ptr_array_index (after, i);
      g_autofree char *path = g_build_filename (root, file, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_test_message ("written: %s", file);
      /* The files the app writes: its settings, and the PDF that was asked for... */
      if (g_str_equal (file, "config/glib-2.0/settings/keyfile") ||
          g_str_equal (file, "Documents/handout.pdf"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      if (!g_str_has_prefix (file, "cache/mesa_shader_cache"))
        g_test_message ("%s:\n%.2000s", file, contents);
      /* GTK's file chooser writes the account's recent-files list whatever the app does; it
       * must hold no entry (the handout was taken out again), so no file and no topic... */
      if (g_str_equal (file, "data/recently-used.xbel"))
        {
          g_assert_nonnull (strstr (contents, "file:///home/clinic/letter.odt"));
          g_assert_null (strstr (contents, "handout"));
          g_assert_cmpuint (count_bookmarks (contents), ==, 1);
        }
      /* ...and the GL driver's cache of compiled shaders (mesa_shader_cache, or
       * mesa_shader_cache_db in newer Mesa), written by Mesa whatever the app. */
      else
        g_assert_true (g_str_has_prefix (file, "cache/mesa_shader_cache"));
      for (guint j = 0; j < secrets->len; j++)
        g_assert_null (memmem (contents, length, g_ptr_array_index (secrets, j),
                               strlen (g_ptr_array_index (secrets, j))));
    }
  g_assert_true (g_ptr_array_find_with_equal_func (after, "config/glib-2.0/settings/keyfile",
                                                   g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (after, "Documents/handout.pdf", g_str_equal, NULL));

  /* It holds what the app means to keep (so this test sees writes)... */
  keyfile_path = g_build_filename (root, "config", "glib-2.0", "settings", "keyfile", NULL);
  g_assert_true (g_file_get_contents (keyfile_path, &keyfile, NULL, NULL));
  g_test_message ("keyfile:\n%s", keyfile);
  g_assert_nonnull (strstr (keyfile, "last-topic='sbrt'"));
  g_assert_nonnull (strstr (keyfile, "window-size=(1000, 700)"));
  /* ...and nothing the patient ticked or typed. */
  for (guint i = 0; i < secrets->len; i++)
    g_assert_null (strstr (keyfile, g_ptr_array_index (secrets, i)));
  g_assert_null (strstr (keyfile, "tick"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before GLib, GTK or GSettings ask where the user's files are. */
  root = g_dir_make_tmp ("lg-home-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("HOME", root, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *dir = g_build_filename (root, folders[i], NULL);
      g_setenv (variables[i], dir, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = lg_test_application ();

  g_test_add_func ("/lg/privacy/schema", test_schema);
  g_test_add_func ("/lg/privacy/session", test_session);

  status = g_test_run ();
  g_object_unref (app);
  lg_test_remove_tree (root);
  g_free (root);
  return status;
}
