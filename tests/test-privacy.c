/* test-privacy.c — nothing about a patient is stored: the settings schema has no place for ticked
 * questions or notes, and a whole session (ticking questions, searching, moving between topics,
 * saving the handout as a PDF through the Save button and the file chooser, closing the window)
 * writes nothing but that PDF and the settings (window size, last topic), under a temporary HOME
 * with the keyfile settings backend; GTK's recent-files list keeps other apps' entries and gets
 * no entry for the handout. New patient leaves nothing of the last one on screen, in the print
 * summary, in the session or in the settings.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <glib/gstdio.h>

#include "lg-compare-view.h"
#include "lg-settings-private.h"
#include "lg-sketch-private.h"
#include "lg-summary-view-private.h"
#include "lg-window-private.h"
#include "lg-handout-private.h"
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

/* A button labelled @label. */
static gboolean
is_button (GtkWidget     *widget,
           gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
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
  GtkWidget *save = lg_test_find_widget (GTK_WIDGET (summary), is_button, "_Save as PDF…");
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
  accept = lg_test_find_widget (chooser, is_button, "_Save");
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

/* Whether any page of the summary's handout holds @text. */
static gboolean
handout_holds (LgSummaryView *summary,
               const char    *text)
{
  LgHandout *handout = lg_summary_view_get_handout (summary);

  for (int page = 0; handout != NULL && page < lg_handout_get_n_pages (handout); page++)
    {
      g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, page);
      g_autofree char *all = g_strjoinv ("\n", outline);

      if (strstr (all, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The "For you" box and a typed question, in the print summary's handout once laid out. */
static void
type_for_you (LgSummaryView *summary,
              GPtrArray     *secrets)
{
  gtk_editable_set_text (summary->name_entry, "Ana Quintero");
  gtk_editable_set_text (summary->appointment_entry, "Tuesday 9:40");
  gtk_editable_set_text (summary->note_entry, "Bring the blue folder");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (summary->questions_view),
                            "May my sister stay overnight?", -1);
  g_ptr_array_add (secrets, g_strdup ("Ana Quintero"));
  g_ptr_array_add (secrets, g_strdup ("Tuesday 9:40"));
  g_ptr_array_add (secrets, g_strdup ("blue folder"));
  g_ptr_array_add (secrets, g_strdup ("sister stay"));
  lg_test_wait (600);
  g_assert_true (handout_holds (summary, "Name: Ana Quintero"));
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
  /* Typed for the patient: it goes on the page, and nowhere else. */
  type_for_you (summary, secrets);
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

static LgSketch *
radioembolization_sketch (LgWindow *window)
{
  g_assert_true (lg_window_show_topic (window, "radioembolization"));
  lg_test_wait (200);
  return LG_SKETCH (lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_SKETCH));
}

/* The "question\t…" lines of the print summary's handout. */
static guint
count_printed_questions (LgSummaryView *summary)
{
  LgHandout *handout = lg_summary_view_get_handout (summary);
  guint n = 0;

  for (int page = 0; handout != NULL && page < lg_handout_get_n_pages (handout); page++)
    {
      g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, page);

      for (guint i = 0; outline[i] != NULL; i++)
        n += g_str_has_prefix (outline[i], "question\t");
    }
  return n;
}

static gboolean
is_checked_button (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)) &&
      gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_checked_button (child))
      return TRUE;
  return FALSE;
}

/* Whether every check button under @widget is ticked, shown or not (a popover's too). */
static gboolean
all_checks_active (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget) && !gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)))
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!all_checks_active (child))
      return FALSE;
  return TRUE;
}

/* New patient (Ctrl+Shift+N): everything one patient left is gone, on screen, in the print
 * summary, in the session and in the settings the next start reads. Before it: questions ticked
 * on two topics, a drawing, words in both searches, a treatment taken out of Compare, Spanish
 * content, larger text in both modes, the print summary in large print without notes, another
 * topic on screen. */
static void
test_new_patient (void)
{
  LgSession *session = lg_application_get_session (app);
  LgSettings *settings = lg_application_get_settings (app);
  GSettings *gsettings = lg_settings_get_gsettings (settings);
  g_autoptr(GPtrArray) secrets = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *keyfile = NULL;
  g_autofree char *keyfile_path = g_build_filename (root, "config", "glib-2.0", "settings", "keyfile", NULL);
  g_autofree char *last = NULL;
  g_autoptr(LgTopic) first = NULL;
  LgWindow *window = lg_test_window (app, 1000, 700);
  LgDrawings *drawings = lg_session_get_drawings (session);
  LgSummaryView *summary;
  LgSketch *sketch;
  GtkWidget *search, *glossary_search, *compare;
  graphene_rect_t rect;
  guint n_questions;

  tick_questions (window, "surgery", secrets);
  tick_questions (window, "radioembolization", secrets);
  sketch = LG_SKETCH (lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_SKETCH));
  lg_sketch_set_drawing (sketch, TRUE);
  g_assert_true (lg_sketch_get_picture_rect (sketch, &rect));
  g_assert_true (lg_sketch_stroke_begin (sketch, rect.origin.x + 30, rect.origin.y + 30, 1));
  lg_sketch_stroke_to (sketch, rect.origin.x + 200, rect.origin.y + 120, 1);
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "radioembolization"), ==, 1);

  /* The print summary of this topic: its two ticked questions, the drawing, large print. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  lg_test_wait (300);
  summary = LG_SUMMARY_VIEW (lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_SUMMARY_VIEW));
  g_assert_cmpuint (count_printed_questions (summary), ==, 2);
  g_assert_true (lg_summary_view_get_drawings_shown (summary));
  gtk_switch_set_active (summary->large_print_switch, TRUE);
  gtk_switch_set_active (summary->notes_switch, FALSE);
  type_for_you (summary, secrets);
  g_assert_true (handout_holds (summary, "May my sister stay overnight?"));
  gtk_switch_set_active (summary->words_switch, TRUE);
  gtk_switch_set_active (summary->compare_switch, TRUE);
  g_assert_true (handout_holds (summary, "Words to know"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));

  search = lg_test_sidebar_search (window);
  gtk_editable_set_text (GTK_EDITABLE (search), "my tumor");
  g_assert_true (lg_window_show_view (window, "glossary"));
  glossary_search = lg_test_glossary_search (window);
  gtk_editable_set_text (GTK_EDITABLE (glossary_search), "portal");
  /* One treatment taken out of Compare. */
  g_assert_true (lg_window_show_view (window, "compare"));
  lg_test_wait (200);
  compare = lg_test_find_type (GTK_WIDGET (window), LG_TYPE_COMPARE_VIEW);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (lg_test_find_type (compare, GTK_TYPE_CHECK_BUTTON)), FALSE);
  g_assert_false (all_checks_active (compare));
  lg_settings_step_text_scale (settings, FALSE, +1);
  lg_settings_step_text_scale (settings, TRUE, +1);
  lg_settings_set_content_language (settings, "es");
  lg_test_wait (300);
  g_assert_cmpstr (lg_session_get_content_language (session), ==, "es");
  g_assert_true (lg_window_show_topic (window, "sbrt"));
  lg_test_wait (100);

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Shift><Control>n"));
  lg_test_wait (300);

  /* The session and the settings: nothing ticked or drawn, every setting as a new account's. */
  g_assert_cmpuint (lg_question_ticks_get_n_ticked (lg_session_get_ticks (session)), ==, 0);
  g_assert_cmpuint (lg_drawings_get_n_topics (drawings), ==, 0);
  g_assert_cmpstr (lg_session_get_content_language (session), ==, "en");
  g_assert_cmpfloat (lg_settings_get_text_scale (settings, FALSE), ==, 1.0);
  g_assert_cmpfloat (lg_settings_get_text_scale (settings, TRUE), ==, 1.5);
  g_assert_true (g_settings_get_user_value (gsettings, "content-language") == NULL);
  g_assert_true (g_settings_get_user_value (gsettings, "text-scale") == NULL);
  g_assert_true (g_settings_get_user_value (gsettings, "exam-room-text-scale") == NULL);

  /* On screen: the first topic, at its top, no search, nothing ticked, no drawing, the toast. */
  first = g_list_model_get_item (lg_content_store_get_topics (lg_session_get_store (session, NULL)), 0);
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (first));
  g_assert_null (lg_window_get_view_name (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (glossary_search)), ==, "");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Ready for the next patient"));
  last = lg_settings_dup_last_topic (settings);
  g_assert_true (last[0] == '\0' || g_str_equal (last, lg_topic_get_id (first)));
  g_assert_true (lg_window_show_view (window, "questions"));
  lg_test_wait (200);
  g_assert_false (is_checked_button (GTK_WIDGET (window)));
  compare = lg_test_find_type (GTK_WIDGET (window), LG_TYPE_COMPARE_VIEW);
  g_assert_true (all_checks_active (compare));

  sketch = radioembolization_sketch (window);
  g_assert_false (lg_sketch_get_drawing (sketch));
  g_assert_cmpuint (lg_drawings_get_n_strokes (lg_sketch_get_drawings (sketch), "radioembolization"), ==, 0);
  g_assert_false (is_checked_button (GTK_WIDGET (window)));

  /* The print summary: every question unticked (so the Summary prints its first three, not the
   * last patient's two), no drawing, choices as new. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  lg_test_wait (300);
  n_questions = g_strv_length ((GStrv) lg_topic_get_questions (lg_content_store_lookup_topic (lg_session_get_store (session, NULL),
                                                                                                "radioembolization")));
  g_assert_cmpuint (n_questions, >, 2);
  g_assert_cmpuint (count_printed_questions (summary), ==, MIN (n_questions, 3));
  g_assert_false (lg_summary_view_get_drawings_shown (summary));
  g_assert_false (gtk_switch_get_active (summary->large_print_switch));
  g_assert_true (gtk_switch_get_active (summary->notes_switch));
  g_assert_true (gtk_switch_get_active (summary->drawings_switch));
  /* Nothing typed for the last patient: not in the fields, not on the page, not undoable. */
  g_assert_cmpstr (gtk_editable_get_text (summary->name_entry), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (summary->appointment_entry), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (summary->note_entry), ==, "");
  g_assert_false (gtk_text_buffer_get_can_undo (gtk_text_view_get_buffer (summary->questions_view)));
  {
    GtkTextIter start, end;
    g_autofree char *typed = NULL;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (summary->questions_view), &start, &end);
    typed = gtk_text_buffer_get_text (gtk_text_view_get_buffer (summary->questions_view), &start, &end, FALSE);
    g_assert_cmpstr (typed, ==, "");
  }
  g_assert_false (gtk_switch_get_active (summary->words_switch));
  g_assert_false (gtk_switch_get_active (summary->compare_switch));
  g_assert_false (handout_holds (summary, "Ana Quintero"));
  g_assert_false (handout_holds (summary, "Tuesday 9:40"));
  g_assert_false (handout_holds (summary, "blue folder"));
  g_assert_false (handout_holds (summary, "sister stay"));
  g_assert_false (handout_holds (summary, "For you"));
  g_assert_false (handout_holds (summary, "Words to know"));

  /* And the next start reads none of it. */
  gtk_window_close (GTK_WINDOW (window));
  g_settings_sync ();
  lg_test_wait (200);
  g_assert_true (g_file_get_contents (keyfile_path, &keyfile, NULL, NULL));
  g_test_message ("keyfile:\n%s", keyfile);
  g_assert_null (strstr (keyfile, "content-language"));
  g_assert_null (strstr (keyfile, "text-scale"));
  g_assert_null (strstr (keyfile, "sbrt"));
  for (guint i = 0; i < secrets->len; i++)
    g_assert_null (strstr (keyfile, g_ptr_array_index (secrets, i)));
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
  g_test_add_func ("/lg/privacy/new-patient", test_new_patient);

  status = g_test_run ();
  g_object_unref (app);
  lg_test_remove_tree (root);
  g_free (root);
  return status;
}
