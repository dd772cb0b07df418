/* test-search.c — search that forgives (src/lg-search.c, lg-search-fold.c): case, accents and
 * Unicode forms folded, a typo forgiven in longer words, aliases, no sources, in the bundled
 * content in English and Spanish.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "lg-languages.h"
#include "lg-search.h"

static void
test_fold (void)
{
  g_autofree char *decomposed = lg_search_fold ("Caf\x65\xcc\x81 CIRUG\xc3\x8d" "A", -1);
  g_autofree char *precomposed = lg_search_fold ("caf\xc3\xa9 cirug\xc3\xad" "a", -1);
  g_autofree char *hyphen = lg_search_fold ("Y-90, DEB-TACE; 2-3 weeks", -1);
  g_autofree char *ligature = lg_search_fold ("\xef\xac\x81ne Stra\xc3\x9f" "e", -1);

  g_assert_cmpstr (decomposed, ==, "cafe cirugia");
  g_assert_cmpstr (precomposed, ==, "cafe cirugia");
  g_assert_cmpstr (hyphen, ==, "y90 debtace 2 3 weeks");
  g_assert_cmpstr (ligature, ==, "fine strasse");
}

/* Under a Turkish locale (where "I" lowers to a dotless "ı"), "ISTANBUL" still finds "İstanbul". */
static void
test_fold_turkish (void)
{
  const char *old = setlocale (LC_ALL, NULL);
  g_autofree char *saved = g_strdup (old);
  g_autofree char *upper = NULL, *dotted = NULL, *dotless = NULL;

  if (setlocale (LC_ALL, "tr_TR.UTF-8") == NULL)
    {
      g_test_skip ("no tr_TR.UTF-8 locale");
      return;
    }
  upper = lg_search_fold ("ISTANBUL", -1);
  dotted = lg_search_fold ("\xc4\xb0stanbul", -1);
  dotless = lg_search_fold ("\xc4\xb1stanbul", -1);
  setlocale (LC_ALL, saved);
  g_assert_cmpstr (upper, ==, "istanbul");
  g_assert_cmpstr (dotted, ==, "istanbul");
  g_assert_cmpstr (dotless, ==, "istanbul");
}

static void
test_near (void)
{
  g_assert_true (lg_search_near ("embolisation", "embolization"));     /* changed */
  g_assert_true (lg_search_near ("chemoembolizaton", "chemoembolization")); /* dropped */
  g_assert_true (lg_search_near ("surgrey", "surgery"));               /* swapped */
  g_assert_true (lg_search_near ("radiaton", "radiation"));
  g_assert_true (lg_search_near ("ablatoin", "ablation"));
  g_assert_true (lg_search_near ("radiat1on", "radiation"));           /* while typing */
  g_assert_false (lg_search_near ("tumr", "tumor"));                   /* under five letters */
  g_assert_false (lg_search_near ("surgrye", "surgery"));              /* two edits */
}

static LgContentStore *
load (const char *language)
{
  LgContentStore *store = lg_content_store_new ();
  g_autofree char *dir = lg_languages_get_resource_dir (language);
  g_autoptr(GError) error = NULL;

  g_assert_true (lg_content_store_load_resource (store, dir, &error));
  g_assert_no_error (error);
  return store;
}

static gboolean
finds (LgContentStore *store,
       const char     *query,
       const char     *topic)
{
  LgSearch *search = lg_content_store_get_search (store);
  g_autoptr(LgSearchMatch) match = lg_search_match (search, query);

  return lg_search_match_has (match, lg_search_find_topic (search, topic));
}

static void
test_content (void)
{
  g_autoptr(LgContentStore) en = load ("en");
  g_autoptr(LgContentStore) es = load ("es");
  LgSearch *search = lg_content_store_get_search (en);
  g_autoptr(LgSearchMatch) match = lg_search_match (search, "Floxuridine");
  int hai = lg_search_find_topic (search, "hepatic-artery-infusion");
  int passage = lg_search_match_passage (search, match, hai);
  g_autofree char *markup = NULL;
  int section = -1;

  /* Spanish typed without accents. */
  g_assert_true (finds (es, "cirugia", "surgery"));
  g_assert_true (finds (es, "higado", "what-are-liver-metastases"));
  g_assert_true (finds (es, "ablacion", "ablation"));
  g_assert_true (finds (es, "CIRUGÍA", "surgery"));
  /* A typo in a longer word, another spelling. */
  g_assert_true (finds (en, "embolisation", "portal-vein-embolization"));
  g_assert_true (finds (en, "radioembolisation", "radioembolization"));
  g_assert_true (finds (en, "surgrey", "surgery"));
  /* Aliases, in English and as translated. */
  g_assert_true (finds (en, "y90", "radioembolization"));
  g_assert_true (finds (en, "Y-90", "radioembolization"));
  g_assert_true (finds (en, "sirt", "radioembolization"));
  g_assert_true (finds (en, "DEB-TACE", "chemoembolization"));
  g_assert_true (finds (en, "haip", "hepatic-artery-infusion"));
  g_assert_true (finds (en, "sabr", "sbrt"));
  g_assert_true (finds (en, "mwa", "ablation"));
  g_assert_true (finds (es, "quimio", "systemic-treatment"));
  g_assert_true (finds (es, "quimioterapia", "systemic-treatment"));
  g_assert_true (finds (es, "sirt", "radioembolization"));
  g_assert_false (finds (en, "y90", "surgery"));
  /* Sources are not searched: a publisher or an address finds nothing. */
  g_assert_false (finds (en, "cancer.gov", "surgery"));
  g_assert_false (finds (en, "https", "surgery"));
  /* A word of the body: the passage, highlighted, and where it is on the page. */
  g_assert_cmpint (passage, >=, 0);
  g_assert_cmpint (lg_search_passage_place (search, passage, &section), ==, LG_SEARCH_PLACE_SECTION);
  g_assert_cmpint (section, >=, 0);
  markup = lg_search_passage_markup (search, match, passage, 90);
  g_assert_nonnull (strstr (markup, "<b>"));
  {
    /* Well-formed markup (Pango's is XML): no stray "<" or "&". */
    static const GMarkupParser parser = { 0 };
    g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
    g_autofree char *wrapped = g_strdup_printf ("<markup>%s</markup>", markup);

    g_assert_true (g_markup_parse_context_parse (context, wrapped, -1, NULL));
    g_assert_true (g_markup_parse_context_end_parse (context, NULL));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/lg/search/fold", test_fold);
  g_test_add_func ("/lg/search/fold-turkish", test_fold_turkish);
  g_test_add_func ("/lg/search/near", test_near);
  g_test_add_func ("/lg/search/content", test_content);
  return g_test_run ();
}
