/* test-links.c — liver-guide: links as a health record sends them: `liver-guide --resolve` with
 * no display, and a link opened in the window
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-link.h"
#include "lg-session.h"
#include "lg-settings-private.h"
#include "lg-test-utils.h"
#include "lg-window-private.h"

#define ICD10CM "2.16.840.1.113883.6.90"
#define CPT "2.16.840.1.113883.6.12"


/* liver-guide --resolve=URI, run as an integrator runs it: no display at all. */
static void
resolve (LgTestRun  *result,
         const char *uri)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *option = g_strconcat ("--resolve=", uri, NULL);
  const char *args[] = { option, NULL };

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANG", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "LC_ALL");
  lg_test_run_binary (result, launcher, args);
  g_test_message ("%s → %d\n%s%s", uri, result->status, result->out, result->err);
}

static void
test_resolve_topic (void)
{
  g_auto(LgTestRun) english = { 0 };
  g_auto(LgTestRun) spanish = { 0 };
  g_auto(LgTestRun) term = { 0 };

  resolve (&english, "liver-guide:topic/surgery");
  g_assert_cmpint (english.status, ==, 0);
  g_assert_cmpstr (english.out, ==, "# language: en\nsurgery\tSurgery\n");
  /* The link's language, whatever the settings say. */
  resolve (&spanish, "liver-guide:topic/surgery?lang=es");
  g_assert_cmpint (spanish.status, ==, 0);
  g_assert_cmpstr (spanish.out, ==, "# language: es\nsurgery\tCirugía\n");
  resolve (&term, "liver-guide:term/metastasis?lang=es");
  g_assert_cmpint (term.status, ==, 0);
  g_assert_cmpstr (term.out, ==, "# language: es\nmetastasis\tMetástasis\n");
}

/* An infobutton request with ICD-10-CM C78.7 (liver metastases) opens the two topics about the
 * diagnosis itself; written without its dot, as records often send it, too. */
static void
test_resolve_infobutton (void)
{
  g_auto(LgTestRun) icd = { 0 };
  g_auto(LgTestRun) no_dot = { 0 };
  g_auto(LgTestRun) cpt = { 0 };

  resolve (&icd, "liver-guide:infobutton?mainSearchCriteria.v.c=C78.7&mainSearchCriteria.v.cs=" ICD10CM
                 "&mainSearchCriteria.v.dn=Secondary+malignant+neoplasm+of+liver"
                 "&informationRecipient.languageCode.c=es-US&age.v.v=67&age.v.u=a");
  g_assert_cmpint (icd.status, ==, 0);
  g_assert_cmpstr (icd.out, ==, "# language: es\n"
                                "what-are-liver-metastases\t¿Qué son las metástasis hepáticas?\n"
                                "where-it-started\tImporta dónde empezó el cáncer\n");
  resolve (&no_dot, "liver-guide:infobutton?mainSearchCriteria.v.c=c787&mainSearchCriteria.v.cs=" ICD10CM);
  g_assert_cmpint (no_dot.status, ==, 0);
  g_assert_true (g_str_has_prefix (no_dot.out, "# language: en\nwhat-are-liver-metastases\t"));
  /* A procedure: percutaneous radiofrequency ablation. */
  resolve (&cpt, "liver-guide:infobutton?mainSearchCriteria.v.c=47382&mainSearchCriteria.v.cs=" CPT);
  g_assert_cmpint (cpt.status, ==, 0);
  g_assert_cmpstr (cpt.out, ==, "# language: en\nablation\tAblation (microwave and radiofrequency)\n");
}

/* CPT 37243 (embolization for a tumour) is reported for both chemoembolization and Y-90
 * radioembolization: both topics answer, in the record's language. */
static void
test_resolve_cpt_several (void)
{
  g_auto(LgTestRun) run = { 0 };

  resolve (&run, "liver-guide:infobutton?mainSearchCriteria.v.c=37243&mainSearchCriteria.v.cs=" CPT
                 "&informationRecipient.languageCode.c=es");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "# language: es\n"
                                "radioembolization\tRadioembolización (Y-90 / SIRT)\n"
                                "chemoembolization\tQuimioembolización (TACE)\n");
}

/* Every code in the content resolves to the topics listing it, and each is real: the code
 * system's form, a display name, a source the topic has. */
static void
test_every_code_resolves (void)
{
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  GListModel *topics;
  guint n_codes = 0;

  g_assert_true (lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error));
  topics = lg_content_store_get_topics (store);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      GPtrArray *codes = lg_topic_get_codes (topic);

      for (guint j = 0; codes != NULL && j < codes->len; j++)
        {
          LgTopicCode *code = g_ptr_array_index (codes, j);
          g_autofree char *uri = g_strdup_printf ("liver-guide:infobutton?mainSearchCriteria.v.c=%s"
                                                  "&mainSearchCriteria.v.cs=%s", code->code,
                                                  lg_code_system_lookup (code->system)->oid);
          g_autoptr(LgLink) link = lg_link_parse (uri, &error);
          g_autoptr(GPtrArray) found = NULL;

          g_assert_no_error (error);
          found = lg_link_resolve (link, store, &error);
          g_assert_no_error (error);
          g_assert_true (g_ptr_array_find (found, topic, NULL));
          n_codes++;
        }
    }
  g_assert_cmpuint (n_codes, >=, 12);
}

/* A link that is not one: exit 2 and why; a link nothing answers: exit 3 and what was asked. */
static void
test_resolve_refusals (void)
{
  static const struct {
    const char *uri;
    int status;
    const char *message;
  } cases[] = {
    { "https://example.org/topic/surgery", 2, "not a liver-guide: link" },
    { "liver-guide:topic/Surgery%20now", 2, "“Surgery now” is not an id" },
    { "liver-guide:topics/surgery", 2, "a link is liver-guide:topic/ID" },
    { "liver-guide:topic/surgery?lang=espa%C3%B1ol", 2, "“español” is not a language code" },
    { "liver-guide:infobutton?mainSearchCriteria.v.c=C78.7", 2, "needs its code system’s OID" },
    { "liver-guide:infobutton?age.v.v=67", 2, "needs mainSearchCriteria.v.c" },
    { "liver-guide:infobutton?mainSearchCriteria.v.c=%FF&mainSearchCriteria.v.cs=" ICD10CM, 2, "" },
    { "liver-guide:topic/nope", 3, "No topic has the id “nope”" },
    { "liver-guide:term/nope", 3, "No glossary term has the id “nope”" },
    { "liver-guide:infobutton?mainSearchCriteria.v.c=C22.0&mainSearchCriteria.v.cs=" ICD10CM, 3,
      "No topic matches ICD-10-CM code C22.0" },
    { "liver-guide:infobutton?mainSearchCriteria.v.c=250.00&mainSearchCriteria.v.cs=2.16.840.1.113883.6.103", 3,
      "not of 2.16.840.1.113883.6.103" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(LgTestRun) run = { 0 };

      resolve (&run, cases[i].uri);
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "liver-guide: --resolve: "));
      g_assert_nonnull (strstr (run.err, cases[i].message));
      g_assert_true (g_str_has_suffix (run.err, "\n") && strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
    }
}

/* The code for which no topic was checked but a name was given: the sidebar's search finds it. */
static void
test_resolve_display_name (void)
{
  g_auto(LgTestRun) run = { 0 };

  resolve (&run, "liver-guide:infobutton?mainSearchCriteria.v.c=C22.0&mainSearchCriteria.v.cs=" ICD10CM
                 "&mainSearchCriteria.v.dn=SBRT");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\nsbrt\tSBRT (stereotactic body radiation therapy)\n"));
}

static LgApplication *app;

/* The application as a browser or a health record starts it: a link to open. */
static LgWindow *
open_link (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  LgWindow *window;

  g_application_open (G_APPLICATION (app), &file, 1, "");
  window = LG_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  lg_test_wait (200);
  return window;
}

/* The message dialog on screen, or NULL. */
static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
close_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  lg_session_set_content_language (lg_application_get_session (app), "en");
}

/* A topic link opens that topic, in the link's language. */
static void
test_open_topic (void)
{
  LgWindow *window = open_link ("liver-guide:topic/sbrt?lang=es");

  g_assert_cmpstr (lg_window_get_topic_id (window), ==, "sbrt");
  g_assert_cmpstr (lg_session_get_content_language (lg_application_get_session (app)), ==, "es");
  g_assert_nonnull (lg_test_wait_for_label (GTK_WIDGET (window), "SBRT (radioterapia corporal estereotáctica)"));
  g_assert_null (find_dialog ());
  window = open_link ("liver-guide:term/metastasis");
  g_assert_cmpstr (lg_window_get_view_name (window), ==, "glossary");
  close_windows ();
}

/* The list a message dialog offers, or NULL. */
static GtkWidget *
find_list (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *list = find_list (child);

      if (list != NULL)
        return list;
    }
  return NULL;
}

/* The rows of the list a message dialog offers, by topic id. */
static GtkListBoxRow *
find_row (AdwMessageDialog *dialog,
          const char       *id)
{
  GtkWidget *list = find_list (GTK_WIDGET (dialog));

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "lg-topic-id"), id) == 0)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

/* C78.7 is on two topics: a list offers both, by title and subtitle, and a row opens its topic. */
static void
test_open_several (void)
{
  LgWindow *window = open_link ("liver-guide:infobutton?mainSearchCriteria.v.c=C78.7&mainSearchCriteria.v.cs=" ICD10CM);
  AdwMessageDialog *dialog = find_dialog ();
  GtkListBoxRow *row;
  int width;

  g_assert_nonnull (dialog);
  g_assert_nonnull (lg_test_wait_for_label (GTK_WIDGET (dialog), "Several Topics Match"));
  /* Its own wrapping heading, not AdwMessageDialog's one-line one (libadwaita 1.7 warns when that is
   * measured narrower than its text); the window title still names the dialog. */
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Several Topics Match");
  g_assert_nonnull (lg_test_wait_for_label (GTK_WIDGET (dialog), "Choose the topic to open for ICD-10-CM C78.7."));
  g_assert_nonnull (find_row (dialog, "what-are-liver-metastases"));
  g_assert_null (find_row (dialog, "surgery"));
  row = find_row (dialog, "where-it-started");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Where the cancer started matters");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  width = gtk_widget_get_width (GTK_WIDGET (row));
  g_assert_cmpint (width, >, 200);  /* the row has the dialog's width, not a button's sliver */
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_false (adw_message_dialog_has_response (dialog, "where-it-started"));
  g_signal_emit_by_name (find_list (GTK_WIDGET (dialog)), "row-activated", row);
  lg_test_wait (100);
  g_assert_null (find_dialog ());
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, "where-it-started");
  close_windows ();
}

/* A procedure code on two topics, from a Spanish record: the list is in Spanish. */
static void
test_open_cpt_several (void)
{
  LgWindow *window = open_link ("liver-guide:infobutton?mainSearchCriteria.v.c=37243&mainSearchCriteria.v.cs=" CPT
                                "&informationRecipient.languageCode.c=es-US");
  AdwMessageDialog *dialog = find_dialog ();
  GtkListBoxRow *row;

  g_assert_nonnull (dialog);
  g_assert_nonnull (lg_test_wait_for_label (GTK_WIDGET (dialog), "Choose the topic to open for CPT 37243."));
  row = find_row (dialog, "chemoembolization");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Quimioembolización (TACE)");
  g_assert_nonnull (find_row (dialog, "radioembolization"));
  g_assert_null (find_row (dialog, "ablation"));
  g_signal_emit_by_name (find_list (GTK_WIDGET (dialog)), "row-activated", row);
  lg_test_wait (100);
  g_assert_null (find_dialog ());
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, "chemoembolization");
  g_assert_nonnull (lg_test_wait_for_label (GTK_WIDGET (window), "Quimioembolización (TACE)"));
  close_windows ();
}

/* Nothing matches, or the link is not one: a dialog says which, over the topic list. */
static void
test_open_none (void)
{
  static const struct {
    const char *uri;
    const char *heading;
    const char *body;
  } cases[] = {
    { "liver-guide:infobutton?mainSearchCriteria.v.c=C22.0&mainSearchCriteria.v.cs=" ICD10CM, "No Topic Found",
      "No topic matches ICD-10-CM code C22.0. The guide’s topics are in the list." },
    { "liver-guide:topic/Bad_Id", "This Link Cannot Be Opened",
      "“Bad_Id” is not an id (ids are written with a–z, 0–9 and -). The guide’s topics are in the list." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AdwMessageDialog *dialog;

      open_link (cases[i].uri);
      dialog = find_dialog ();
      g_assert_nonnull (dialog);
      g_assert_nonnull (lg_test_wait_for_label (GTK_WIDGET (dialog), cases[i].heading));
      g_assert_nonnull (lg_test_wait_for_label (GTK_WIDGET (dialog), cases[i].body));
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  close_windows ();
}

/* A name with no code the guide lists: the sidebar's search shows what it finds. */
static void
test_open_by_name (void)
{
  LgWindow *window = open_link ("liver-guide:infobutton?mainSearchCriteria.v.dn=radioembolization");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lg_test_sidebar_search (window))), ==, "radioembolization");
  g_assert_null (find_dialog ());
  close_windows ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = g_object_new (LG_TYPE_APPLICATION, "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      "resource-base-path", RESOURCE_BASE, NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_settings_set_string (lg_settings_get_gsettings (lg_application_get_settings (app)), "content-language", "en");
  g_test_add_func ("/lg/links/open-topic", test_open_topic);
  g_test_add_func ("/lg/links/open-several", test_open_several);
  g_test_add_func ("/lg/links/open-cpt-several", test_open_cpt_several);
  g_test_add_func ("/lg/links/open-none", test_open_none);
  g_test_add_func ("/lg/links/open-by-name", test_open_by_name);
  g_test_add_func ("/lg/links/resolve-topic", test_resolve_topic);
  g_test_add_func ("/lg/links/resolve-infobutton", test_resolve_infobutton);
  g_test_add_func ("/lg/links/resolve-cpt-several", test_resolve_cpt_several);
  g_test_add_func ("/lg/links/resolve-refusals", test_resolve_refusals);
  g_test_add_func ("/lg/links/resolve-display-name", test_resolve_display_name);
  g_test_add_func ("/lg/links/every-code-resolves", test_every_code_resolves);
  return g_test_run ();
}
