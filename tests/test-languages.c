/* test-languages.c — which content languages the build carries and how a request is resolved
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-languages.h"

/* Sets the variables g_get_language_names() reads, clearing the others. */
static void
set_locale_env (const char *language,
                const char *lang)
{
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (lang != NULL)
    g_setenv ("LANG", lang, TRUE);
  else
    g_unsetenv ("LANG");
}

static void
test_available (void)
{
  g_auto(GStrv) codes = lg_languages_get_available ();

  /* English, the source, first; then every language of po/LINGUAS. */
  g_assert_cmpstr (codes[0], ==, "en");
  g_assert_true (g_strv_contains ((const char * const *) codes, "es"));
  g_assert_true (lg_languages_is_available ("es"));
  g_assert_false (lg_languages_is_available ("xx"));
  g_assert_false (lg_languages_is_available (NULL));

  g_assert_cmpstr (lg_languages_get_name ("en"), ==, "English");
  g_assert_cmpstr (lg_languages_get_name ("es"), ==, "Español");
  g_assert_cmpstr (lg_languages_get_name ("xx"), ==, "xx");
}

static void
assert_resolves (const char *requested,
                 const char *expected,
                 gboolean    expected_available)
{
  gboolean available = !expected_available;
  g_autofree char *code = lg_languages_resolve (requested, &available);

  g_test_message ("%s → %s", requested ? requested : "(system)", code);
  g_assert_cmpstr (code, ==, expected);
  g_assert_cmpint (available, ==, expected_available);
}

static void
test_resolve (void)
{
  assert_resolves ("es", "es", TRUE);
  assert_resolves ("ES", "es", TRUE);
  assert_resolves ("es_MX.UTF-8", "es", TRUE);
  assert_resolves ("es-419", "es", TRUE);
  assert_resolves ("en", "en", TRUE);
  assert_resolves ("en_GB", "en", TRUE);
  assert_resolves ("C", "en", TRUE);
  /* Not carried: English, and the caller is told. */
  assert_resolves ("xx", "en", FALSE);
  assert_resolves ("pt_BR", "en", FALSE);
  assert_resolves ("../content", "en", FALSE);
}

static void
test_follow_system (void)
{
  set_locale_env (NULL, "es_MX.UTF-8");
  assert_resolves ("", "es", TRUE);
  set_locale_env ("pt:es", "C.UTF-8");
  assert_resolves (NULL, "es", TRUE);
  /* GLib reads LANGUAGE even under plain C (gettext does not): the content follows the person's
   * stated language while the interface stays in English. */
  set_locale_env ("es", "C");
  assert_resolves ("", "es", TRUE);
  set_locale_env (NULL, "C.UTF-8");
  assert_resolves ("", "en", TRUE);
  set_locale_env (NULL, NULL);
  assert_resolves ("", "en", TRUE);
  set_locale_env ("de_DE", "fr_FR.UTF-8");
  assert_resolves ("", "en", TRUE);
}

static void
test_resource_dir (void)
{
  g_autofree char *en = lg_languages_get_resource_dir ("en");
  g_autofree char *es = lg_languages_get_resource_dir ("es");

  g_assert_cmpstr (en, ==, RESOURCE_BASE "/content");
  g_assert_cmpstr (es, ==, RESOURCE_BASE "/content/es");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lg/languages/available", test_available);
  g_test_add_func ("/lg/languages/resolve", test_resolve);
  g_test_add_func ("/lg/languages/follow-system", test_follow_system);
  g_test_add_func ("/lg/languages/resource-dir", test_resource_dir);

  return g_test_run ();
}
