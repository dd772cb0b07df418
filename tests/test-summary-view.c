/* test-summary-view.c — the print summary as a person uses it: Ctrl+P, the pages shown, the
 * choices, Print and Save as PDF giving the pages shown, Preferences showing at once, Escape.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "lg-compare-view.h"
#include "lg-preferences-window-private.h"
#include "lg-questions-view.h"
#include "lg-summary-view-private.h"
#include "lg-handout-private.h"
#include "lg-test-utils.h"
#include "lg-window-private.h"
#include "lg-settings-private.h"
#include "lg-settings.h"

static LgApplication *app;
static char *tmp_dir;

static GSettings *
settings (void)
{
  return lg_settings_get_gsettings (lg_application_get_settings (app));
}

static LgSummaryView *
summary_view (LgWindow *window)
{
  return LG_SUMMARY_VIEW (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_SUMMARY_VIEW));
}

static void
collect_pages (GtkWidget *root,
               GPtrArray *pages)
{
  if (GTK_IS_DRAWING_AREA (root) && lg_test_is_shown (root))
    g_ptr_array_add (pages, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_pages (child, pages);
}

/* The pages on screen. */
static GPtrArray *
shown_pages (LgSummaryView *view)
{
  GPtrArray *pages = g_ptr_array_new ();

  collect_pages (GTK_WIDGET (view), pages);
  return pages;
}

/* The page count of a handout of @ids (in the guide's order) as the renderer lays it out. */
static LgHandout *
expected_handout (const char * const *ids,
                  LgPaper             paper,
                  gboolean            notes,
                  LgQuestionTicks    *ticked,
                  gboolean            full,
                  gboolean            large_print)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(LgHandoutOptions) options = { 0 };
  GListModel *all = lg_content_store_get_topics (lg_test_store (app));

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (all, i);

      if (g_strv_contains (ids, lg_topic_get_id (topic)))
        g_ptr_array_add (topics, g_steal_pointer (&topic));
    }
  lg_handout_options_init (&options, paper);
  lg_settings_load_clinic (lg_application_get_settings (app), &options);
  options.notes = notes;
  options.full = full;
  options.large_print = large_print;
  return lg_handout_new (lg_test_store (app), topics, ticked, &options);
}

static int
expected_pages (const char * const *ids,
                LgPaper             paper,
                gboolean            notes,
                LgQuestionTicks    *ticked)
{
  g_autoptr(LgHandout) handout = expected_handout (ids, paper, notes, ticked, FALSE, FALSE);

  return lg_handout_get_n_pages (handout);
}

static void
assert_pages_label (LgWindow *window,
                    int       n)
{
  g_autofree char *label = g_strdup_printf (n == 1 ? "%d page" : "%d pages", n);

  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), label));
}

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
first_page_laid_out (gpointer data)
{
  g_autoptr(GPtrArray) pages = shown_pages (data);

  return pages->len > 0 && gtk_widget_get_width (pages->pdata[0]) > 0;
}

/* Ctrl+P on @topic, and the summary on screen. */
static LgWindow *
open_summary_at (const char *topic,
                 int         width,
                 int         height)
{
  LgWindow *window = lg_test_window (app, width, height);

  g_assert_true (lg_window_show_topic (window, topic));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  g_assert_true (lg_test_wait_until (first_page_laid_out, summary_view (window)));
  lg_test_wait (200);
  return window;
}

static LgWindow *
open_summary (const char *topic)
{
  return open_summary_at (topic, 1100, 760);
}

static gboolean
page_drawn (const char *path)
{
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, NULL);
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  guint dark = 0;

  gdk_texture_download (texture, data, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    dark += data[i * 4] < 128 && data[i * 4 + 3] > 0;
  return dark > 200; /* ink on paper, not a blank page */
}

static GBytes *
png_bytes (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/* Ctrl+P shows the current topic's pages; Escape and Back return to the topic. */
static void
test_open_close (void)
{
  const char *ids[] = { "surgery", NULL };
  LgWindow *window;
  LgSummaryView *view;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *png = NULL;
  int n;

  g_settings_reset (settings (), "paper-size");
  window = open_summary ("surgery");
  view = summary_view (window);
  g_assert_true (lg_test_is_shown (GTK_WIDGET (view)));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Print Summary"));
  g_assert_null (lg_test_find_tooltip (GTK_WIDGET (window), "Print Summary"));

  n = expected_pages (ids, lg_settings_get_paper (lg_application_get_settings (app)), TRUE, NULL);
  g_assert_cmpint (n, >=, 2);
  assert_pages_label (window, n);
  pages = shown_pages (view);
  g_assert_cmpuint (pages->len, ==, n);
  g_assert_cmpint (lg_handout_get_n_pages (lg_summary_view_get_handout (view)), ==, n);
  png = lg_test_save_png (pages->pdata[0], "summary-page-1");
  g_assert_true (page_drawn (png));

  /* Escape: back to the topic, its title on screen, the Print Summary button back. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));
  lg_test_wait (100);
  g_assert_false (lg_test_is_shown (GTK_WIDGET (view)));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Surgery"));
  g_assert_nonnull (lg_test_find_tooltip (GTK_WIDGET (window), "Print Summary"));
  /* Escape on the topic page does nothing more. */
  g_assert_false (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));

  /* The header button, and the Back button. */
  click (lg_test_find_tooltip (GTK_WIDGET (window), "Print Summary"));
  lg_test_wait (100);
  g_assert_true (lg_test_is_shown (GTK_WIDGET (view)));
  click (lg_test_find_tooltip (GTK_WIDGET (window), "Back"));
  lg_test_wait (100);
  g_assert_false (lg_test_is_shown (GTK_WIDGET (view)));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, "surgery");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A narrow window keeps its width: no Print Summary button in the header, but Ctrl+P works. */
static void
test_narrow (void)
{
  LgWindow *window = lg_test_window (app, 360, 720);

  g_assert_true (lg_window_show_topic (window, "sbrt"));
  lg_test_wait (100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_null (lg_test_find_tooltip (GTK_WIDGET (window), "Print Summary"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  g_assert_true (lg_test_wait_until (first_page_laid_out, summary_view (window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A question ticked on the topic page is the only one in the handout. */
static void
test_ticked_question (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *check;
  LgHandout *handout;
  guint questions = 0;

  g_assert_true (lg_window_show_topic (window, "ablation"));
  check = lg_test_wait_for_type (GTK_WIDGET (window), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  lg_test_wait (100);
  handout = lg_summary_view_get_handout (summary_view (window));
  for (int p = 0; p < lg_handout_get_n_pages (handout); p++)
    {
      g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, p);

      for (guint i = 0; outline[i] != NULL; i++)
        questions += g_str_has_prefix (outline[i], "question\t");
    }
  g_assert_cmpuint (questions, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_checks (GtkWidget *root,
                GPtrArray *checks)
{
  if (GTK_IS_CHECK_BUTTON (root))
    g_ptr_array_add (checks, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_checks (child, checks);
}

/* From the Questions view, the summary holds every topic with a ticked question (with just those
 * questions), and Escape goes back to the Questions view. */
static void
test_from_questions (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *questions;
  LgHandout *handout;
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  guint ticked_questions = 0;

  g_assert_true (lg_window_show_view (window, "questions"));
  lg_test_wait (100);
  questions = lg_test_find_type (GTK_WIDGET (window), LG_TYPE_QUESTIONS_VIEW);
  collect_checks (questions, checks);
  g_assert_cmpuint (checks->len, >, 10);
  gtk_check_button_set_active (checks->pdata[0], TRUE);
  gtk_check_button_set_active (checks->pdata[checks->len - 1], TRUE);

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  g_assert_true (lg_test_wait_until (first_page_laid_out, summary_view (window)));
  handout = lg_summary_view_get_handout (summary_view (window));
  for (int p = 0; p < lg_handout_get_n_pages (handout); p++)
    {
      g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, p);

      for (guint i = 0; outline[i] != NULL; i++)
        {
          if (g_str_has_prefix (outline[i], "title\t"))
            g_ptr_array_add (titles, g_strdup (outline[i] + strlen ("title\t")));
          ticked_questions += g_str_has_prefix (outline[i], "question\t");
        }
    }
  g_assert_cmpuint (titles->len, ==, 2);
  g_assert_true (g_str_has_prefix (titles->pdata[0], "What are liver metastases?"));
  g_assert_true (g_str_has_prefix (titles->pdata[1], "Living with liver metastases"));
  g_assert_cmpuint (ticked_questions, ==, 2);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "2 Topics"));

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));
  lg_test_wait (100);
  g_assert_cmpstr (lg_window_get_view_name (window), ==, "questions");
  g_assert_true (lg_test_is_shown (questions));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The content language changes while the summary is open: the summary stays, in the new language. */
static void
test_language (void)
{
  LgWindow *window = open_summary ("surgery");
  LgSummaryView *view = summary_view (window);
  g_auto(GStrv) outline = NULL;
  g_autofree char *joined = NULL;

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "es"));
  lg_test_wait (200);
  g_assert_true (lg_test_is_shown (GTK_WIDGET (view)));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Print Summary"));
  outline = lg_handout_dup_page_outline (lg_summary_view_get_handout (view), 0);
  joined = g_strjoinv ("\n", outline);
  g_assert_nonnull (strstr (joined, "title\tCirugía"));
  g_assert_nonnull (strstr (joined, "heading\tPuntos clave"));
  g_assert_nonnull (strstr (joined, "\tPágina 1 de "));
  g_assert_null (strstr (joined, "Key points"));

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "en"));
  lg_test_wait (100);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkCheckButton *
topic_check (LgSummaryView *view,
             const char    *title)
{
  GtkWidget *popover = lg_test_find_type (GTK_WIDGET (view), GTK_TYPE_POPOVER);
  GtkWidget *first = lg_test_find_type (popover, GTK_TYPE_CHECK_BUTTON);

  for (GtkWidget *check = first; check != NULL; check = gtk_widget_get_next_sibling (check))
    {
      if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), title) == 0)
        return GTK_CHECK_BUTTON (check);
    }
  g_error ("no topic check button “%s”", title);
  return NULL;
}

typedef struct {
  GtkWidget *root;
  const char *prefix;
} LabelPrefix;

/* A shown label whose text starts with @prefix (a toast's, say). */
static gboolean
is_label_with_prefix (GtkWidget     *widget,
                      gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && lg_test_is_shown (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

static gboolean
toast_shown (gpointer data)
{
  LabelPrefix *l = data;
  return lg_test_find_widget (l->root, is_label_with_prefix, l->prefix) != NULL;
}

/* Topics, paper and notes change the pages shown, and Save as PDF and Print give exactly them. */
static void
test_choices (void)
{
  const char *two[] = { "ablation", "sbrt", NULL };
  LgWindow *window = open_summary ("sbrt");
  LgSummaryView *view = summary_view (window);
  GtkDropDown *paper = GTK_DROP_DOWN (lg_test_find_type (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN));
  GtkSwitch *notes = GTK_SWITCH (lg_test_find_type (GTK_WIDGET (view), GTK_TYPE_SWITCH));
  g_autofree char *pdf = g_build_filename (tmp_dir, "saved.pdf", NULL);
  g_autofree char *printed = g_build_filename (tmp_dir, "printed.pdf", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "no-such-folder", "printed.pdf", NULL);
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GError) error = NULL;
  LabelPrefix sent = { GTK_WIDGET (window), "Handout sent to the printer" };
  LabelPrefix failed = { GTK_WIDGET (window), "Could not print" };
  double width, height;
  int n;

  gtk_check_button_set_active (topic_check (view, "Ablation (microwave and radiofrequency)"), TRUE);
  gtk_drop_down_set_selected (paper, 1);
  lg_test_wait (100);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "2 Topics"));

  n = expected_pages (two, LG_PAPER_LETTER, TRUE, NULL);
  pages = shown_pages (view);
  g_assert_cmpuint (pages->len, ==, n);
  assert_pages_label (window, n);

  /* Save as PDF writes the pages shown. */
  g_assert_true (lg_summary_view_write_pdf (view, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lg_test_pdf_pages (pdf, &width, &height), ==, n);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.01);

  /* So does printing (to a file, as the print dialog's "Print to File" would). */
  lg_summary_view_print (view, GTK_PRINT_OPERATION_ACTION_EXPORT, printed);
  g_assert_cmpint (lg_test_pdf_pages (printed, &width, &height), ==, n);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_true (lg_test_wait_until (toast_shown, &sent));

  /* A printer error is a toast, not a crash. */
  lg_summary_view_print (view, GTK_PRINT_OPERATION_ACTION_EXPORT, missing);
  g_assert_true (lg_test_wait_until (toast_shown, &failed));
  g_test_message ("toast: %s", gtk_label_get_text (GTK_LABEL (lg_test_find_widget (GTK_WIDGET (window), is_label_with_prefix, "Could not print"))));

  /* Without notes lines, the pages the renderer makes without them. */
  gtk_switch_set_active (notes, FALSE);
  lg_test_wait (100);
  g_clear_pointer (&pages, g_ptr_array_unref);
  pages = shown_pages (view);
  g_assert_cmpuint (pages->len, ==, expected_pages (two, LG_PAPER_LETTER, FALSE, NULL));

  /* No topic at all: said plainly, nothing to print. */
  gtk_check_button_set_active (topic_check (view, "Ablation (microwave and radiofrequency)"), FALSE);
  gtk_check_button_set_active (topic_check (view, "SBRT (stereotactic body radiation therapy)"), FALSE);
  lg_test_wait (100);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "No Topics Chosen"));
  g_assert_false (gtk_widget_is_sensitive (lg_test_find_label (GTK_WIDGET (window), "Print…")));
  g_assert_false (gtk_widget_is_sensitive (lg_test_find_label (GTK_WIDGET (window), "Save as PDF…")));
  g_assert_false (lg_summary_view_write_pdf (view, pdf, &error));
  g_assert_nonnull (error);

  g_unlink (pdf);
  g_unlink (printed);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
laid_out (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static LgPreferencesWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LG_IS_PREFERENCES_WINDOW (window))
        return LG_PREFERENCES_WINDOW (window);
    }
  return NULL;
}

static gboolean
is_entry_row (GtkWidget     *widget,
              gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}


static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 GType       type,
                 const char *tooltip)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, type, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Summary or Full Topic, and Large Print: the pages shown are the renderer's with those choices,
 * and Save as PDF gives them. */
static void
test_depth_large (void)
{
  const char *one[] = { "surgery", NULL };
  LgWindow *window = open_summary ("surgery");
  LgSummaryView *view = summary_view (window);
  GtkDropDown *depth = NULL;
  GtkSwitch *large = NULL;
  g_autofree char *pdf = g_build_filename (tmp_dir, "full-large.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  LgPaper paper = lg_settings_get_paper (lg_application_get_settings (app));
  double width, height;
  int summary, full, full_large;

  depth = GTK_DROP_DOWN (find_by_tooltip (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, "What Each Topic Prints"));
  large = GTK_SWITCH (find_by_tooltip (GTK_WIDGET (view), GTK_TYPE_SWITCH, "16-point text and larger pictures"));
  g_assert_nonnull (depth);
  g_assert_nonnull (large);

  summary = lg_summary_view_get_n_pages (view);
  g_assert_cmpint (summary, ==, expected_pages (one, paper, TRUE, NULL));
  gtk_drop_down_set_selected (depth, 1);
  lg_test_wait (100);
  full = lg_summary_view_get_n_pages (view);
  g_assert_cmpint (full, >, summary);
  gtk_switch_set_active (large, TRUE);
  lg_test_wait (100);
  full_large = lg_summary_view_get_n_pages (view);
  g_assert_cmpint (full_large, >, full);
  {
    g_autoptr(LgHandout) expected = expected_handout (one, paper, TRUE, NULL, TRUE, TRUE);

    g_assert_cmpint (full_large, ==, lg_handout_get_n_pages (expected));
  }
  pages = shown_pages (view);
  g_assert_cmpuint (pages->len, ==, full_large);
  g_assert_true (lg_summary_view_write_pdf (view, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lg_test_pdf_pages (pdf, &width, &height), ==, full_large);
  g_free (lg_test_save_png (pages->pdata[0], "summary-full-large"));

  gtk_drop_down_set_selected (depth, 0);
  gtk_switch_set_active (large, FALSE);
  lg_test_wait (100);
  g_assert_cmpint (lg_summary_view_get_n_pages (view), ==, summary);

  /* A second language: the same topic again in Spanish, after the English, in Spanish words. */
  {
    GtkDropDown *second = GTK_DROP_DOWN (find_by_tooltip (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, "Second Language"));
    LgHandout *handout;
    int n;

    g_assert_nonnull (second);
    gtk_drop_down_set_selected (second, 1);
    lg_test_wait (100);
    handout = lg_summary_view_get_handout (view);
    n = lg_handout_get_n_pages (handout);
    g_assert_cmpint (n, >, summary);
    {
      g_auto(GStrv) first = lg_handout_dup_page_outline (handout, 0);
      g_auto(GStrv) last = lg_handout_dup_page_outline (handout, n - 1);
      g_autofree char *last_number = g_strdup_printf ("\tPágina %d de %d", n, n);

      g_assert_true (g_str_has_prefix (first[1], "title\tSurgery"));
      g_assert_true (g_str_has_suffix (last[g_strv_length (last) - 1], last_number));
    }
    gtk_drop_down_set_selected (second, 0);
    lg_test_wait (100);
    g_assert_cmpint (lg_summary_view_get_n_pages (view), ==, summary);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The clinic's name typed in Preferences is on the pages at once; so is the paper chosen. */
static void
test_preferences (void)
{
  LgWindow *window;
  LgSummaryView *view;
  LgPreferencesWindow *preferences;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *before_png = NULL;
  g_autofree char *after_png = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_auto(GStrv) outline = NULL;
  g_autofree char *clinic = NULL;
  g_autofree char *paper = NULL;
  AdwComboRow *paper_row;

  g_settings_reset (settings (), "clinic-name");
  g_settings_reset (settings (), "paper-size");
  window = open_summary ("radioembolization");
  view = summary_view (window);
  outline = lg_handout_dup_page_outline (lg_summary_view_get_handout (view), 0);
  g_assert_true (g_str_has_prefix (outline[0], "header\tLiver Guide\t"));
  pages = shown_pages (view);
  before_png = lg_test_save_png (pages->pdata[0], "summary-before-preferences");
  before = png_bytes (before_png);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  g_assert_true (lg_test_wait_until (laid_out, preferences));
  lg_test_wait (300);
  gtk_editable_set_text (GTK_EDITABLE (lg_test_find_widget (GTK_WIDGET (preferences), is_entry_row, "Clinic Name")),
                         "Hillside Cancer Centre");
  gtk_editable_set_text (GTK_EDITABLE (lg_test_find_widget (GTK_WIDGET (preferences), is_entry_row, "Phone")), "555 0199");
  lg_test_wait (200);

  clinic = g_settings_get_string (settings (), "clinic-name");
  g_assert_cmpstr (clinic, ==, "Hillside Cancer Centre");
  g_strfreev (outline);
  outline = lg_handout_dup_page_outline (lg_summary_view_get_handout (view), 0);
  g_assert_cmpstr (outline[0], ==, "header\tHillside Cancer Centre\tPhone: 555 0199");
  g_clear_pointer (&pages, g_ptr_array_unref);
  pages = shown_pages (view);
  after_png = lg_test_save_png (pages->pdata[0], "summary-after-preferences");
  after = png_bytes (after_png);
  g_assert_false (g_bytes_equal (before, after));   /* the page on screen was drawn again */

  /* A line break typed or pasted in a one-line field is a space; the preview in Preferences and
   * the pages follow at once, and who approved the content is in the footer. */
  gtk_editable_set_text (GTK_EDITABLE (lg_test_find_widget (GTK_WIDGET (preferences), is_entry_row, "Department")),
                         "Liver\nTumor Clinic");
  gtk_editable_set_text (GTK_EDITABLE (lg_test_find_widget (GTK_WIDGET (preferences), is_entry_row, "Name")), "Dr. Ana Ruiz");
  gtk_editable_set_text (GTK_EDITABLE (lg_test_find_widget (GTK_WIDGET (preferences), is_entry_row, "Role")), "Surgeon");
  gtk_editable_set_text (GTK_EDITABLE (lg_test_find_widget (GTK_WIDGET (preferences), is_entry_row, "Month")), "November 2026");
  lg_test_wait (200);
  {
    g_autofree char *department = g_settings_get_string (settings (), "clinic-department");
    g_autofree char *preview = lg_handout_dup_header_text (lg_preferences_window_get_preview (preferences));
    g_auto(GStrv) now = lg_handout_dup_page_outline (lg_summary_view_get_handout (view), 0);
    guint last = g_strv_length (now) - 1;

    g_assert_null (strchr (department, '\n'));
    g_assert_cmpstr (preview, ==, "Hillside Cancer Centre   ·   Liver Tumor Clinic. Phone: 555 0199");
    g_assert_cmpstr (now[0], ==, "header\tHillside Cancer Centre   ·   Liver Tumor Clinic\tPhone: 555 0199");
    g_assert_true (g_str_has_suffix (now[last], "\tApproved for this clinic by Dr. Ana Ruiz, Surgeon, November 2026"));
    g_assert_cmpint (gtk_widget_get_height (lg_test_find_type (GTK_WIDGET (preferences), GTK_TYPE_DRAWING_AREA)), >, 20);
  }
  /* A logo: a picture is taken (and on the pages), anything else refused. */
  {
    g_autofree char *png = g_build_filename (tmp_dir, "logo.png", NULL);
    g_autofree char *text = g_build_filename (tmp_dir, "logo.txt", NULL);
    g_autoptr(GFile) png_file = g_file_new_for_path (png);
    g_autoptr(GFile) text_file = g_file_new_for_path (text);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 120, 60);
    double plain_height = lg_handout_get_header_height (lg_summary_view_get_handout (view));

    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy (surface);
    g_assert_true (g_file_set_contents (text, "not a picture", -1, NULL));
    g_assert_false (lg_preferences_window_choose_logo (preferences, text_file));
    g_assert_true (lg_preferences_window_choose_logo (preferences, png_file));
    lg_test_wait (100);
    g_assert_nonnull (lg_test_find_label (GTK_WIDGET (preferences), "clinic-logo.png"));
    g_assert_cmpfloat (lg_handout_get_header_height (lg_summary_view_get_handout (view)), >, plain_height);
    lg_settings_set_clinic_logo (lg_application_get_settings (app), NULL, NULL);
    lg_test_wait (100);
    g_assert_nonnull (lg_test_find_label (GTK_WIDGET (preferences), "None"));
  }
  g_settings_reset (settings (), "clinic-department");
  g_settings_reset (settings (), "approved-by-name");
  g_settings_reset (settings (), "approved-by-role");
  g_settings_reset (settings (), "approved-month");

  /* The paper size preference: the summary follows it. */
  paper_row = ADW_COMBO_ROW (lg_test_find_type (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  adw_combo_row_set_selected (paper_row, 2);
  lg_test_wait (100);
  paper = g_settings_get_string (settings (), "paper-size");
  g_assert_cmpstr (paper, ==, "letter");
  g_assert_cmpfloat (lg_handout_get_page_width (lg_summary_view_get_handout (view)), ==, 612);
  adw_combo_row_set_selected (paper_row, 1);
  lg_test_wait (100);
  g_assert_cmpfloat_with_epsilon (lg_handout_get_page_width (lg_summary_view_get_handout (view)), 595.3, 0.1);

  g_free (lg_test_save_png (GTK_WIDGET (preferences), "preferences"));
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings (), "clinic-name");
  g_settings_reset (settings (), "clinic-phone");
  g_settings_reset (settings (), "paper-size");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Zoom buttons make the pages bigger and smaller. */
static void
test_zoom (void)
{
  LgWindow *window = open_summary ("sbrt");
  LgSummaryView *view = summary_view (window);
  g_autoptr(GPtrArray) pages = shown_pages (view);
  GtkWidget *page = pages->pdata[0];
  int width = gtk_widget_get_width (page);

  g_assert_cmpint (width, >, 200);
  click (lg_test_find_tooltip (GTK_WIDGET (window), "Zoom In"));
  lg_test_wait (100);
  g_assert_cmpint (gtk_widget_get_width (page), >, width);
  click (lg_test_find_tooltip (GTK_WIDGET (window), "Zoom Out"));
  click (lg_test_find_tooltip (GTK_WIDGET (window), "Zoom Out"));
  lg_test_wait (100);
  g_assert_cmpint (gtk_widget_get_width (page), <, width);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Mean luminance (0 dark … 1 light) of a PNG. */
static double
png_luminance (const char *path)
{
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, NULL);
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  double sum = 0;

  gdk_texture_download (texture, data, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    sum += (data[i * 4 + 2] * 0.299 + data[i * 4 + 1] * 0.587 + data[i * 4] * 0.114) / 255;
  return sum / ((gsize) width * height);
}

/* The window with the summary of @topic, as a person sees it; the summary itself fits in 360
 * pixels. */
static double
shoot_summary (const char *name,
               const char *topic,
               int         width,
               int         height)
{
  LgWindow *window = open_summary_at (topic, width, height);
  g_autofree char *path = lg_test_save_png (GTK_WIDGET (window), name);
  double luminance = png_luminance (path);
  int minimum;

  g_test_message ("%s: mean luminance %.2f", name, luminance);
  gtk_widget_measure (GTK_WIDGET (summary_view (window)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_true (page_drawn (path));
  gtk_window_destroy (GTK_WINDOW (window));
  return luminance;
}

static void
shoot_preferences (const char *name)
{
  LgPreferencesWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  g_assert_true (lg_test_wait_until (laid_out, preferences));
  lg_test_wait (300);
  g_free (lg_test_save_png (GTK_WIDGET (preferences), name));
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* Screenshots with a clinic's details: wide and narrow, light and dark; and Preferences. */
static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  double light, dark;

  g_settings_set_string (settings (), "clinic-name", "Riverside Liver Clinic");
  g_settings_set_string (settings (), "clinic-phone", "555 0100");
  g_settings_set_string (settings (), "clinic-website", "www.riverside-liver.example");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = shoot_summary ("summary-wide", "ablation", 1280, 800);
  shoot_summary ("summary-narrow", "surgery", 360, 720);
  shoot_preferences ("preferences-light");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  lg_test_wait (100);
  dark = shoot_summary ("summary-dark", "ablation", 1280, 800);
  shoot_summary ("summary-dark-narrow", "sbrt", 360, 720);
  shoot_preferences ("preferences-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* The window darkens around the pages; the paper stays white. */
  g_assert_cmpfloat (dark, <, light - 0.05);

  g_settings_reset (settings (), "clinic-name");
  g_settings_reset (settings (), "clinic-phone");
  g_settings_reset (settings (), "clinic-website");
}

/* The entry a shown label (its mnemonic) names, under @root. */
static GtkEditable *
entry_for (GtkWidget  *root,
           const char *label)
{
  GtkWidget *found = lg_test_find_label (root, label);

  g_assert_nonnull (found);
  return GTK_EDITABLE (gtk_label_get_mnemonic_widget (GTK_LABEL (found)));
}

/* Whether any page of the view's handout has a line starting with @prefix. */
static gboolean
handout_has_line (LgSummaryView *view,
                  const char    *prefix)
{
  LgHandout *handout = lg_summary_view_get_handout (view);

  for (int p = 0; p < lg_handout_get_n_pages (handout); p++)
    {
      g_auto(GStrv) outline = lg_handout_dup_page_outline (handout, p);

      for (guint i = 0; outline[i] != NULL; i++)
        if (g_str_has_prefix (outline[i], prefix))
          return TRUE;
    }
  return FALSE;
}

/* For you (typed in its popover), Words to know and the Compare table of the treatments chosen in
 * Compare: each shown on the pages as it is set, and in the saved PDF. */
static void
test_extras (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgSummaryView *view;
  GtkWidget *for_you, *compare_view;
  GtkSwitch *words, *compare;
  g_autofree char *pdf = g_build_filename (tmp_dir, "extras.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *questions;
  double width, height;
  int plain;

  /* Liver transplant taken out of Compare. */
  g_assert_true (lg_window_show_view (window, "compare"));
  lg_test_wait (200);
  compare_view = lg_test_find_type (GTK_WIDGET (window), LG_TYPE_COMPARE_VIEW);
  for (GtkWidget *w = lg_test_find_type (compare_view, GTK_TYPE_CHECK_BUTTON); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (g_str_equal (gtk_check_button_get_label (GTK_CHECK_BUTTON (w)), "Liver transplant"))
      gtk_check_button_set_active (GTK_CHECK_BUTTON (w), FALSE);

  g_assert_true (lg_window_show_topic (window, "surgery"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  g_assert_true (lg_test_wait_until (first_page_laid_out, summary_view (window)));
  view = summary_view (window);
  plain = lg_summary_view_get_n_pages (view);
  g_assert_false (handout_has_line (view, "for-you\t"));

  words = GTK_SWITCH (find_by_tooltip (GTK_WIDGET (view), GTK_TYPE_SWITCH,
                                       "The glossary words the topics use, with what they mean, at the end"));
  compare = GTK_SWITCH (find_by_tooltip (GTK_WIDGET (view), GTK_TYPE_SWITCH,
                                         "The treatments chosen in Compare, side by side, at the end"));
  g_assert_nonnull (words);
  g_assert_nonnull (compare);
  gtk_switch_set_active (words, TRUE);
  lg_test_wait (100);
  g_assert_cmpint (lg_summary_view_get_n_pages (view), >=, plain);
  g_assert_true (handout_has_line (view, "heading\tWords to know"));
  plain = lg_summary_view_get_n_pages (view);
  gtk_switch_set_active (compare, TRUE);
  lg_test_wait (100);
  g_assert_cmpint (lg_summary_view_get_n_pages (view), >, plain);
  g_assert_true (handout_has_line (view, "row\tTreatment | Surgery | Whole-body treatment"));
  g_assert_false (handout_has_line (view, "row\tTreatment | Surgery | Liver transplant"));

  for_you = find_by_tooltip (GTK_WIDGET (view), GTK_TYPE_MENU_BUTTON,
                             "The patient’s own details and questions, printed on the handout only");
  g_assert_nonnull (for_you);
  gtk_menu_button_popup (GTK_MENU_BUTTON (for_you));
  lg_test_wait (200);
  gtk_editable_set_text (entry_for (for_you, "Name"), "Ana Pérez");
  gtk_editable_set_text (entry_for (for_you, "Next Appointment"), "14 December, 9:30");
  questions = gtk_text_view_get_buffer (GTK_TEXT_VIEW (gtk_label_get_mnemonic_widget (
    GTK_LABEL (lg_test_find_label (for_you, "Questions, one a line")))));
  gtk_text_buffer_set_text (questions, "Can I drive home?\nWho reads my scan?", -1);
  lg_test_wait (600);
  g_assert_true (handout_has_line (view, "for-you\tFor you Name: Ana Pérez Next appointment: 14 December, 9:30"));
  g_assert_true (handout_has_line (view, "question\tWho reads my scan?"));
  {
    g_autoptr(GPtrArray) pages = shown_pages (view);

    g_assert_cmpuint (pages->len, ==, lg_summary_view_get_n_pages (view));
    g_free (lg_test_save_png (pages->pdata[0], "summary-for-you"));
  }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (for_you));

  g_assert_true (lg_summary_view_write_pdf (view, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lg_test_pdf_pages (pdf, &width, &height), ==, lg_summary_view_get_n_pages (view));
  {
    g_autofree char *argv_pdf = g_strdup (pdf);
    const char *argv[] = { "pdftotext", argv_pdf, "-", NULL };
    g_autofree char *out = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_nonnull (strstr (out, "Ana Pérez"));
    g_assert_nonnull (strstr (out, "Words to know"));
    g_assert_nonnull (strstr (out, "Compare treatments"));
  }
  g_remove (pdf);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = lg_test_init (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("liver-guide-summary-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/lg/summary-view/open-close", test_open_close);
  g_test_add_func ("/lg/summary-view/narrow", test_narrow);
  g_test_add_func ("/lg/summary-view/ticked-question", test_ticked_question);
  g_test_add_func ("/lg/summary-view/from-questions", test_from_questions);
  g_test_add_func ("/lg/summary-view/language", test_language);
  g_test_add_func ("/lg/summary-view/choices", test_choices);
  g_test_add_func ("/lg/summary-view/preferences", test_preferences);
  g_test_add_func ("/lg/summary-view/depth-large", test_depth_large);
  g_test_add_func ("/lg/summary-view/zoom", test_zoom);
  g_test_add_func ("/lg/summary-view/extras", test_extras);
  g_test_add_func ("/lg/summary-view/screenshots", test_screenshots);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_object_unref (app);
  return status;
}
