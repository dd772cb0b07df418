/* test-links.c — liver-guide: links as a health record sends them: `liver-guide --resolve` with
 * no display, and a link opened in the window
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-link.h"
#include "lg-test-utils.h"
#include "lg-window-private.h"

#define ICD10CM "2.16.840.1.113883.6.90"
#define CPT "2.16.840.1.113883.6.12"

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* liver-guide --resolve=URI, run as an integrator runs it: no display at all. */
static void
resolve (Run        *result,
         const char *uri)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *option = g_strconcat ("--resolve=", uri, NULL);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANG", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "LC_ALL");
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("LG_BINARY"), option, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  result->status = g_subprocess_get_exit_status (process);
  g_test_message ("%s → %d\n%s%s", uri, result->status, result->out, result->err);
}

static void
test_resolve_topic (void)
{
  g_auto(Run) english = { 0 };
  g_auto(Run) spanish = { 0 };
  g_auto(Run) term = { 0 };

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
  g_auto(Run) icd = { 0 };
  g_auto(Run) no_dot = { 0 };
  g_auto(Run) cpt = { 0 };

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
      g_auto(Run) run = { 0 };

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
  g_auto(Run) run = { 0 };

  resolve (&run, "liver-guide:infobutton?mainSearchCriteria.v.c=C22.0&mainSearchCriteria.v.cs=" ICD10CM
                 "&mainSearchCriteria.v.dn=SBRT");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\nsbrt\tSBRT (stereotactic body radiation therapy)\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/lg/links/resolve-topic", test_resolve_topic);
  g_test_add_func ("/lg/links/resolve-infobutton", test_resolve_infobutton);
  g_test_add_func ("/lg/links/resolve-refusals", test_resolve_refusals);
  g_test_add_func ("/lg/links/resolve-display-name", test_resolve_display_name);
  g_test_add_func ("/lg/links/every-code-resolves", test_every_code_resolves);
  return g_test_run ();
}
