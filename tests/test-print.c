/* test-print.c — printing a handout through a real print system: the print view's own
 * GtkPrintOperation, sent without a dialog to a CUPS queue with a PDF printer (tests/with-cups
 * starts the scheduler), with the choices the print dialog would hand over: printer, paper,
 * copies and page range. What comes out of the printer is read back with poppler.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "lg-test-utils.h"
#include "lg-summary-view-private.h"

#include <gtk/gtkunixprint.h>

#include <glib/gstdio.h>

static LgApplication *app;
static char *tmp_dir;

static LgSummaryView *
summary_view (LgWindow *window)
{
  return LG_SUMMARY_VIEW (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_SUMMARY_VIEW));
}

static gboolean
has_pages (gpointer data)
{
  return lg_summary_view_get_n_pages (data) > 0;
}

/* Ctrl+P on @topic: the print view with its pages laid out. */
static LgSummaryView *
open_print_view (const char *topic)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgSummaryView *view;

  g_assert_true (lg_window_show_topic (window, topic));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  view = summary_view (window);
  g_assert_nonnull (view);
  g_assert_true (lg_test_wait_until (has_pages, view));
  return view;
}

static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s: %s", argv[0], err);
  return g_steal_pointer (&out);
}

/* The text of pages @first to @last of @pdf, one line per line of print. */
static char *
pdf_text (const char *pdf,
          int         first,
          int         last)
{
  g_autofree char *f = g_strdup_printf ("%d", first);
  g_autofree char *l = g_strdup_printf ("%d", last);
  const char *argv[] = { "pdftotext", "-layout", "-f", f, "-l", l, pdf, "-", NULL };

  return run_tool (argv);
}

/* A line of @text with at least 30 letters that @not_in does not have (page numbers and
 * footers repeat) and with no ligature: on its way through PostScript, a ligature glyph has no
 * letters for pdftotext to read back. */
static char *
telling_line (const char *text,
              const char *not_in)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (g_utf8_strlen (line, -1) >= 30 && strstr (not_in, line) == NULL &&
          !strstr (line, "fi") && !strstr (line, "fl") && !strstr (line, "ff"))
        return g_steal_pointer (&line);
    }
  return NULL;
}

static guint
count (const char *text,
       const char *line)
{
  guint n = 0;

  for (const char *at = strstr (text, line); at != NULL; at = strstr (at + 1, line))
    n++;
  return n;
}

static GtkPrintUnixDialog *
print_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (GTK_IS_PRINT_UNIX_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  (void) data;
  return print_dialog () != NULL;
}

/* The dialog has found the test printer in CUPS's list and selected it. */
static gboolean
printer_selected (gpointer data)
{
  GtkPrinter *printer = gtk_print_unix_dialog_get_selected_printer (data);

  return printer != NULL && g_strcmp0 (gtk_printer_get_name (printer), g_getenv ("LG_TEST_PRINTER")) == 0;
}

/* CUPS's page log line for a finished job: "job total PAGES COPIES MEDIA PAGESIZE" (PageLogFormat
 * in tests/with-cups), or NULL while no job has finished. */
static char *
page_log_line (void)
{
  g_autofree char *log = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (g_getenv ("LG_TEST_PAGE_LOG"), &log, NULL, NULL))
    return NULL;
  lines = g_strsplit (log, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], " total ") != NULL)
      return g_strstrip (g_strdup (lines[i]));
  return NULL;
}

static gboolean
job_logged (gpointer data)
{
  g_autofree char *line = page_log_line ();

  (void) data;
  return line != NULL;
}

/* The one PDF the printer wrote into its output folder. */
static char *
printed_pdf (void)
{
  const char *out = g_getenv ("LG_TEST_PRINT_OUT");
  g_autoptr(GDir) dir = g_dir_open (out, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".pdf"))
      return g_build_filename (out, name, NULL);
  return NULL;
}

static gboolean
toast_says_sent (gpointer data)
{
  return lg_test_find_label (data, "Handout sent to the printer") != NULL;
}

/* Print…, and in the system's print dialog: the test printer, Letter paper, two copies, pages
 * 1–2 of Surgery's handout, Print. What comes out is those two pages, twice, on Letter. */
static void
test_print_to_cups (void)
{
  LgSummaryView *view = open_print_view ("surgery");
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (view)));
  g_autoptr(GtkPrintOperation) export = lg_summary_view_new_print_operation (view);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autofree char *exported = g_build_filename (tmp_dir, "exported.pdf", NULL);
  g_autofree char *printed = NULL, *log = NULL;
  g_autofree char *printed_text = NULL, *kept_text = NULL, *left_text = NULL;
  g_autofree char *kept = NULL, *left = NULL;
  g_autoptr(GError) error = NULL;
  GtkPageRange range = { 0, 1 };
  GtkPrintUnixDialog *dialog;
  GtkWidget *print_label;
  double width, height;
  int n_exported;

  /* What the pages say: the same handout on Letter, exported without a printer. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, letter);
  gtk_print_operation_set_default_page_setup (export, setup);
  gtk_print_operation_set_export_filename (export, exported);
  g_assert_cmpint (gtk_print_operation_run (export, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  n_exported = lg_test_pdf_pages (exported, &width, &height);
  g_assert_cmpint (n_exported, >=, 3);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);

  /* Print…, and the choices a person makes in the dialog. */
  print_label = lg_test_find_label (GTK_WIDGET (view), "Print…");
  g_assert_nonnull (print_label);
  g_assert_true (gtk_widget_activate (gtk_widget_get_ancestor (print_label, GTK_TYPE_BUTTON)));
  g_assert_true (lg_test_wait_until (dialog_shown, NULL));
  dialog = print_dialog ();
  gtk_print_settings_set_printer (settings, g_getenv ("LG_TEST_PRINTER"));
  gtk_print_settings_set_n_copies (settings, 2);
  gtk_print_settings_set_print_pages (settings, GTK_PRINT_PAGES_RANGES);
  gtk_print_settings_set_page_ranges (settings, &range, 1);
  gtk_print_unix_dialog_set_settings (dialog, settings);
  gtk_print_unix_dialog_set_page_setup (dialog, setup);
  g_assert_true (lg_test_wait_until (printer_selected, dialog));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  g_assert_true (lg_test_wait_until (toast_says_sent, window));

  /* CUPS finished the job (its filters and Ghostscript take a few seconds, more on a busy
   * machine): two copies of two pages on Letter. */
  g_assert_true (lg_test_wait_seconds (job_logged, NULL, 120));
  log = page_log_line ();
  g_test_message ("page log: %s", log);
  g_assert_nonnull (strstr (log, " total 4 2 - Letter"));

  /* The printer's PDF: the two pages, twice, Letter-sized, saying what the handout's second
   * page says and not what its third says. (Page 1 comes out as one picture: its illustration
   * is drawn with transparency, which PostScript cannot carry, so pdftops flattens the page.) */
  printed = printed_pdf ();
  g_assert_nonnull (printed);
  g_assert_cmpint (lg_test_pdf_pages (printed, &width, &height), ==, 4);
  g_assert_cmpfloat_with_epsilon (width, 612, 1);
  g_assert_cmpfloat_with_epsilon (height, 792, 1);
  printed_text = pdf_text (printed, 1, 4);
  kept_text = pdf_text (exported, 2, 2);
  left_text = pdf_text (exported, 3, n_exported);
  kept = telling_line (kept_text, left_text);
  left = telling_line (left_text, kept_text);
  g_assert_nonnull (kept);
  g_assert_nonnull (left);
  g_test_message ("kept: %s; left out: %s", kept, left);
  g_assert_cmpuint (count (printed_text, kept), ==, 2);
  g_assert_cmpuint (count (printed_text, left), ==, 0);
}

/* GTK's CUPS backend asks colord, on the system bus, for the printer's colour profile; the test's
 * private session has no system bus, and GTK warns "failed to contact colord". That one warning is
 * written as a plain message; every other one still goes to GLib's writer, where
 * G_DEBUG=fatal-warnings fails the test. (g_test_log_set_fatal_handler() does not see GTK's
 * structured log messages.) */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  (void) user_data;
  if (log_level & G_LOG_LEVEL_WARNING)
    for (gsize i = 0; i < n_fields; i++)
      if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
          g_str_has_prefix (fields[i].value, "failed to contact colord"))
        return g_log_writer_default (G_LOG_LEVEL_MESSAGE, fields, n_fields, NULL);
  return g_log_writer_default (log_level, fields, n_fields, NULL);
}

/* Cancelling the print dialog is the person's own choice: the window says nothing about it. */
static void
test_cancel (void)
{
  LgSummaryView *view = open_print_view ("sbrt");
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (view)));
  GtkWidget *print_label = lg_test_find_label (GTK_WIDGET (view), "Print…");

  g_assert_nonnull (print_label);
  g_assert_true (gtk_widget_activate (gtk_widget_get_ancestor (print_label, GTK_TYPE_BUTTON)));
  g_assert_true (lg_test_wait_until (dialog_shown, NULL));
  gtk_dialog_response (GTK_DIALOG (print_dialog ()), GTK_RESPONSE_CANCEL);
  lg_test_wait (500);
  g_assert_null (print_dialog ());
  g_assert_null (lg_test_find_label (window, "Printing canceled"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (g_getenv ("LG_TEST_PRINTER") == NULL)
    {
      g_print ("1..0 # SKIP no test printer: run through tests/with-cups\n");
      return 77;
    }
  g_log_set_writer_func (write_log, NULL, NULL);
  app = lg_test_init (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("lg-print-XXXXXX", NULL);
  g_test_add_func ("/lg/print/cups", test_print_to_cups);
  g_test_add_func ("/lg/print/cancel", test_cancel);
  status = g_test_run ();
  lg_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
