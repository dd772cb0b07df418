/* test-content-store.c — the content store: valid content loads; every fault fails with a message
 * that names the file and the JSON path; nothing crashes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-block.h"
#include "lg-content-store.h"
#include "lg-search.h"
#include "lg-question-ticks.h"
#include "lg-section.h"
#include "lg-source.h"
#include "fuzz/lg-fuzz-target.h"

static GBytes *
fixture (const char *dir,
         const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, size);
}

static LgContentStore *
store_with_glossary (void)
{
  LgContentStore *store = lg_content_store_new ();
  g_autoptr(GBytes) glossary = fixture ("content", "glossary.json");
  g_autoptr(GError) error = NULL;

  g_assert_true (lg_content_store_add_glossary (store, glossary, "glossary.json", &error));
  g_assert_no_error (error);
  return store;
}

static LgContentStore *
fixture_store (void)
{
  LgContentStore *store = store_with_glossary ();
  const char *files[] = { "sample.json", "second.json" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = fixture ("content", files[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (lg_content_store_add_topic (store, bytes, files[i], &error));
      g_assert_no_error (error);
    }
  return store;
}

static void
test_valid_fixture (void)
{
  g_autoptr(LgContentStore) store = fixture_store ();
  GListModel *topics = lg_content_store_get_topics (store);
  g_autoptr(LgTopic) first = g_list_model_get_item (topics, 0);
  LgTopic *sample = lg_content_store_lookup_topic (store, "sample");
  g_autoptr(LgSection) section = NULL;
  g_autoptr(LgBlock) block = NULL;
  g_autoptr(LgSource) source = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *pango = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 2);
  /* "understanding" comes before "therapies" in the sidebar, whatever the file order. */
  g_assert_cmpstr (lg_topic_get_id (first), ==, "second");

  g_assert_nonnull (sample);
  g_assert_cmpstr (lg_topic_get_title (sample), ==, "Sample topic");
  g_assert_cmpint (lg_topic_get_group (sample), ==, LG_TOPIC_GROUP_THERAPIES);
  g_assert_cmpstr (lg_topic_get_illustration (sample), ==, "ablation.svg");
  g_assert_cmpuint (g_strv_length ((GStrv) lg_topic_get_illustration_legend (sample)), ==, 2);
  g_assert_cmpstr (lg_topic_get_compare (sample, LG_COMPARE_HOSPITAL_STAY), ==, "Often none");
  g_assert_cmpstr (lg_topic_get_compare_name (sample), ==, "Sample");
  g_assert_cmpuint (g_strv_length ((GStrv) lg_topic_get_questions (sample)), ==, 2);

  section = g_list_model_get_item (lg_topic_get_sections (sample), 0);
  g_assert_cmpstr (lg_section_get_id (section), ==, "how-it-works");
  g_assert_cmpuint (g_list_model_get_n_items (lg_section_get_blocks (section)), ==, 4);
  block = g_list_model_get_item (lg_section_get_blocks (section), 2);
  g_assert_cmpint (lg_block_get_block_type (block), ==, LG_BLOCK_STEPS);
  g_assert_cmpstr (lg_block_get_items (block)[1], ==, "Second step");

  source = g_list_model_get_item (lg_topic_get_sources (sample), 0);
  g_assert_cmpstr (lg_source_get_url (source), ==, "https://example.org/page");
  g_assert_cmpstr (lg_source_get_id (source), ==, "example");
  g_assert_true (lg_source_shown_in (source, "en") && lg_source_shown_in (source, "es"));
  g_clear_object (&source);
  /* A Spanish page is listed only with Spanish content. */
  source = g_list_model_get_item (lg_topic_get_sources (sample), 1);
  g_assert_cmpstr (lg_source_get_language (source), ==, "es");
  g_assert_false (lg_source_shown_in (source, "en"));
  g_assert_true (lg_source_shown_in (source, "es"));

  /* Blocks, "In short", the key points and the Compare column name the sources behind them. */
  g_clear_object (&block);
  block = g_list_model_get_item (lg_section_get_blocks (section), 0);
  g_assert_cmpstrv (lg_block_get_sources (block), ((const char *[]) { "example", "example-es", NULL }));
  g_clear_object (&block);
  block = g_list_model_get_item (lg_section_get_blocks (section), 1);
  g_assert_null (lg_block_get_sources (block));
  g_clear_object (&block);
  block = g_list_model_get_item (lg_section_get_blocks (section), 2);
  g_assert_cmpint (lg_block_get_block_type (block), ==, LG_BLOCK_STEPS);
  g_assert_cmpstrv (lg_block_get_sources (block), ((const char *[]) { "example", NULL }));
  g_assert_cmpstrv (lg_topic_get_in_short_sources (sample), ((const char *[]) { "example", NULL }));
  g_assert_cmpstrv (lg_topic_get_key_points_sources (sample), ((const char *[]) { "example", NULL }));
  g_assert_cmpstrv (lg_topic_get_compare_sources (sample), ((const char *[]) { "example", NULL }));

  /* Glossary marks: shown as words in plain text, links in markup; the rest is escaped. */
  plain = lg_content_store_to_plain (store, lg_topic_get_in_short (sample));
  g_assert_cmpstr (plain, ==, "This is a short summary about Ablation & <b>not markup</b>.");
  pango = lg_content_store_to_pango (store, lg_topic_get_in_short (sample));
  g_assert_cmpstr (pango, ==, "This is a short summary about <a href=\"term:ablation\">Ablation</a>"
                              " &amp; &lt;b&gt;not markup&lt;/b&gt;.");

  /* Search reads body text, case-insensitively, and glossary words as shown. */
  {
    LgSearch *search = lg_content_store_get_search (store);
    int document = lg_search_find_topic (search, "sample");
    const char *queries[] = { "thin tube", "second bullet", "catheter", "embolization" };
    gboolean expected[] = { TRUE, TRUE, FALSE, FALSE };

    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_autoptr(LgSearchMatch) match = lg_search_match (search, queries[i]);
        g_assert_cmpint (lg_search_match_has (match, document), ==, expected[i]);
      }
  }

  g_assert_cmpstr (lg_glossary_term_get_definition (lg_content_store_lookup_term (store, "catheter")),
                   ==, "A thin, soft tube.");
  /* Glossary terms name their sources and the month they were checked. */
  {
    LgGlossaryTerm *term = lg_content_store_lookup_term (store, "ablation");
    g_autoptr(LgSource) term_source = g_list_model_get_item (lg_glossary_term_get_sources (term), 0);
    int year, month;

    g_assert_cmpstr (lg_source_get_publisher (term_source), ==, "National Cancer Institute");
    lg_glossary_term_get_reviewed (term, &year, &month);
    g_assert_cmpint (year, ==, 2026);
    g_assert_cmpint (month, ==, 12);
    term = lg_content_store_lookup_term (store, "catheter");
    g_assert_cmpuint (g_list_model_get_n_items (lg_glossary_term_get_sources (term)), ==, 0);
    lg_glossary_term_get_reviewed (term, &year, &month);
    g_assert_cmpint (year, ==, 0);
  }
  g_assert_cmpuint (g_list_model_get_n_items (lg_content_store_get_glossary (store)), ==, 2);
}

typedef struct {
  const char *file;
  int code;
  const char *message;
} Fault;

static const Fault faults[] = {
  { "missing-title.json", LG_CONTENT_ERROR_MISSING,
    "missing-title.json: $.title: missing required member \"title\"" },
  { "wrong-type.json", LG_CONTENT_ERROR_WRONG_TYPE,
    "wrong-type.json: $.order: expected a whole number, found a string" },
  { "unknown-block.json", LG_CONTENT_ERROR_UNKNOWN_BLOCK_TYPE,
    "unknown-block.json: $.sections[0].blocks[1].type: unknown block type \"tabel\"" },
  { "duplicate-id.json", LG_CONTENT_ERROR_DUPLICATE_ID,
    "duplicate-id.json: $.id: duplicate topic id \"sample\" (also in sample.json)" },
  { "unknown-term.json", LG_CONTENT_ERROR_UNKNOWN_TERM,
    "unknown-term.json: $.sections[0].blocks[0].text: unknown glossary term \"embolisation\"" },
  { "invalid-utf8.json", LG_CONTENT_ERROR_INVALID_UTF8,
    "invalid-utf8.json: $: invalid UTF-8 at byte " },
  { "empty.json", LG_CONTENT_ERROR_EMPTY, "empty.json: $: file is empty" },
  { "syntax.json", LG_CONTENT_ERROR_SYNTAX, "syntax.json: $: not valid JSON: " },
  { "schema-version.json", LG_CONTENT_ERROR_SCHEMA_VERSION,
    "schema-version.json: $.schema: schema version 2 is not supported (this app reads 1)" },
  { "unknown-member.json", LG_CONTENT_ERROR_UNKNOWN_MEMBER,
    "unknown-member.json: $.sectons: unknown member \"sectons\"" },
  { "bad-month.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "bad-month.json: $.reviewed: \"November 2026\" is not a month written YYYY-MM" },
  { "control-char.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "control-char.json: $.key_points[0]: control character U+0007 in text" },
  { "malformed-mark.json", LG_CONTENT_ERROR_UNKNOWN_TERM,
    "malformed-mark.json: $.questions[1]: malformed glossary mark" },
  { "no-sources.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "no-sources.json: $.sources: needs at least 1 item" },
  { "blank-text.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "blank-text.json: $.sections[0].blocks[0].text: text is empty" },
  { "not-object.json", LG_CONTENT_ERROR_WRONG_TYPE,
    "not-object.json: $: expected an object, found an array" },
  { "unknown-source.json", LG_CONTENT_ERROR_UNKNOWN_SOURCE,
    "unknown-source.json: $.sections[0].blocks[1].sources[0]: no source has the id \"exmaple\"" },
  { "duplicate-source-id.json", LG_CONTENT_ERROR_DUPLICATE_ID,
    "duplicate-source-id.json: $.sources[1].id: two sources have the id \"example\"" },
  /* A topic's codes: a known code system, a code of its form, the sources that give it. */
  { "code-system.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "code-system.json: $.codes[0].system: \"icd9\" is not icd10cm, snomedct or cpt" },
  { "code-form.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "code-form.json: $.codes[0].code: \"47120\" is not a valid code in ICD-10-CM" },
  { "code-source.json", LG_CONTENT_ERROR_UNKNOWN_SOURCE,
    "code-source.json: $.codes[0].sources[0]: no source has the id \"ama\"" },
  { "code-twice.json", LG_CONTENT_ERROR_DUPLICATE_ID,
    "code-twice.json: $.codes[1]: ICD-10-CM C78.7 is listed twice" },
  { "code-missing-display.json", LG_CONTENT_ERROR_MISSING,
    "code-missing-display.json: $.codes[0].display: missing required member \"display\"" },
  { "code-no-sources.json", LG_CONTENT_ERROR_MISSING,
    "code-no-sources.json: $.codes[0].sources: give the ids of the sources that show this code (\"sources\": [\"id\"])" },
  /* data/content/README.md allows glossary marks only in running text. */
  { "mark-in-heading.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "mark-in-heading.json: $.sections[0].heading: glossary marks ([[...]]) belong only in running text" },
  { "mark-in-title.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "mark-in-title.json: $.title: glossary marks ([[...]]) belong only in running text" },
  { "mark-in-caption.json", LG_CONTENT_ERROR_INVALID_VALUE,
    "mark-in-caption.json: $.illustration.caption: glossary marks ([[...]]) belong only in running text" },
};

static void
test_fault (gconstpointer data)
{
  const Fault *fault = data;
  g_autoptr(LgContentStore) store = fixture_store ();
  g_autoptr(GBytes) bytes = fixture ("bad", fault->file);
  g_autoptr(GError) error = NULL;

  g_assert_false (lg_content_store_add_topic (store, bytes, fault->file, &error));
  g_assert_error (error, LG_CONTENT_ERROR, fault->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, fault->message));
  /* Nothing already loaded is lost. */
  g_assert_cmpuint (g_list_model_get_n_items (lg_content_store_get_topics (store)), ==, 2);
}

static void
test_glossary_faults (void)
{
  g_autoptr(LgContentStore) store = store_with_glossary ();
  g_autoptr(GBytes) again = fixture ("content", "glossary.json");
  g_autoptr(GBytes) topic = fixture ("content", "sample.json");
  g_autoptr(GError) error = NULL;

  g_assert_false (lg_content_store_add_glossary (store, again, "more.json", &error));
  g_assert_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_DUPLICATE_ID);
  g_assert_cmpstr (error->message, ==, "more.json: $.terms[0].id: duplicate glossary term \"ablation\"");
  g_clear_error (&error);

  /* A term may cite only the glossary file's own sources. */
  {
    const char *bad = "{\"schema\": 1, \"terms\": [{\"id\": \"new\", \"term\": \"New\", "
                      "\"definition\": \"A word.\", \"sources\": [\"nci\"]}]}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (bad, strlen (bad));

    g_assert_false (lg_content_store_add_glossary (store, bytes, "more.json", &error));
    g_assert_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNKNOWN_SOURCE);
    g_assert_true (g_str_has_prefix (error->message, "more.json: $.terms[0].sources[0]: no source has the id \"nci\""));
    g_assert_null (lg_content_store_lookup_term (store, "new"));
    g_clear_error (&error);
  }

  /* A topic parsed against an empty glossary fails on its first mark. */
  g_clear_object (&store);
  store = lg_content_store_new ();
  g_assert_null (lg_content_store_parse_topic (store, topic, "sample.json", &error));
  g_assert_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNKNOWN_TERM);
  g_assert_cmpstr (error->message, ==, "sample.json: $.in_short: unknown glossary term \"ablation\"");
}

/* Truncating a valid file at every byte never crashes and always names the file. */
static void
test_truncations (void)
{
  g_autoptr(LgContentStore) store = store_with_glossary ();
  g_autoptr(GBytes) whole = fixture ("content", "sample.json");
  gsize size = g_bytes_get_size (whole);

  for (gsize n = 0; n < size - 1; n++)
    {
      g_autoptr(GBytes) part = g_bytes_new_from_bytes (whole, 0, n);
      g_autoptr(GError) error = NULL;
      g_autoptr(LgTopic) topic = lg_content_store_parse_topic (store, part, "cut.json", &error);

      g_assert_null (topic);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "cut.json: $"));
    }
}

static char *
repeat (const char *piece,
        guint       times,
        const char *tail)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (out, piece);
  g_string_append (out, tail);
  return g_string_free (out, FALSE);
}

/* Input that crashed or leaked inside json-glib 1.6 is refused before it gets there. */
static void
test_hostile_json (void)
{
  g_autoptr(LgContentStore) store = store_with_glossary ();
  struct {
    char *data;
    const char *message;
  } cases[] = {
    /* 100 000 levels overflow json-glib's recursive parser. */
    { repeat ("[", 100000, ""), "deep.json: $: nested more than 32 levels deep" },
    { repeat ("{\"a\":", 100000, "1"), "deep.json: $: nested more than 32 levels deep" },
    /* Brackets inside strings and comments do not hide real ones. */
    { repeat ("[\"]\",", 100, ""), "deep.json: $: nested more than 32 levels deep" },
    { repeat ("['}',", 100, ""), "deep.json: $: nested more than 32 levels deep" },
    { repeat ("[/* ] \" */", 100, ""), "deep.json: $: nested more than 32 levels deep" },
    /* json-glib would keep one value and drop (and leak) the rest. */
    { g_strdup ("{\"schema\": 1} {\"schema\": 1}"),
      "deep.json: $: not valid JSON: more than one value at the top level" },
    { g_strdup ("1 [1]"), "deep.json: $: not valid JSON: more than one value at the top level" },
    /* Escaped halves of surrogate pairs that are not paired: json-glib 1.6 decodes a lone one to
     * bytes that are not UTF-8, and leaks on two high halves in a row. Refused before it sees
     * them, in any string (member names too); a real pair is fine (see below). */
#define TOPIC_WITH_TITLE(t) "{\"schema\": 1, \"id\": \"a\", \"group\": \"surgery\", \"order\": 1, " \
                            "\"title\": \"" t "\"}"
    { g_strdup (TOPIC_WITH_TITLE ("x\\ud800y")), "deep.json: $: text is not valid Unicode" },
    { g_strdup (TOPIC_WITH_TITLE ("x\\ud800")), "deep.json: $: text is not valid Unicode" },
    { g_strdup (TOPIC_WITH_TITLE ("\\ud800\\ud800")), "deep.json: $: text is not valid Unicode" },
    { g_strdup (TOPIC_WITH_TITLE ("\\uDBFF\\uD800\\uDC00")), "deep.json: $: text is not valid Unicode" },
    { g_strdup (TOPIC_WITH_TITLE ("x\\udc00")), "deep.json: $: text is not valid Unicode" },
    { g_strdup (TOPIC_WITH_TITLE ("\\ud800\\u0041")), "deep.json: $: text is not valid Unicode" },
    { g_strdup (TOPIC_WITH_TITLE ("\\ud800\\\\udc00")), "deep.json: $: text is not valid Unicode" },
    { g_strdup ("{\"\\ud800\\ud800\": 1}"), "deep.json: $: text is not valid Unicode" },
    /* A bad escape: json-glib 1.6 leaks on "\ud80 " (three hex digits). */
    { g_strdup (TOPIC_WITH_TITLE ("\\ud80 x")), "deep.json: $: not valid JSON: a bad \\ escape" },
    { g_strdup (TOPIC_WITH_TITLE ("\\x41")), "deep.json: $: not valid JSON: a bad \\ escape" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (cases[i].data, strlen (cases[i].data));
      g_autoptr(GError) error = NULL;
      g_autoptr(LgTopic) topic = lg_content_store_parse_topic (store, bytes, "deep.json", &error);

      g_assert_null (topic);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }

  /* A whole pair, and an escaped backslash before "ud800", are not refused as halves. */
  {
    const char *fine[] = { TOPIC_WITH_TITLE ("x\\ud83d\\ude00y"), TOPIC_WITH_TITLE ("x\\\\ud800") };

    for (guint i = 0; i < G_N_ELEMENTS (fine); i++)
      {
        g_autoptr(GBytes) bytes = g_bytes_new_static (fine[i], strlen (fine[i]));
        g_autoptr(GError) error = NULL;
        g_autoptr(LgTopic) topic = lg_content_store_parse_topic (store, bytes, "deep.json", &error);

        g_assert_null (topic);
        g_assert_nonnull (error);
        g_assert_null (strstr (error->message, "Unicode"));
        g_assert_null (strstr (error->message, "not valid JSON"));
      }
  }
#undef TOPIC_WITH_TITLE
}

/* What a file says is quoted back in messages as one short line of valid UTF-8. */
static void
test_message_quoting (void)
{
  g_autoptr(LgContentStore) store = store_with_glossary ();
  g_autofree char *long_name = repeat ("x", 5000, "");
  g_autofree char *json = g_strdup_printf ("{\"schema\": 1, \"%s\\n\\u0001\": 1}", long_name);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;

  g_assert_null (lg_content_store_parse_topic (store, bytes, "long.json", &error));
  g_assert_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNKNOWN_MEMBER);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 200);
  g_assert_true (g_str_has_prefix (error->message, "long.json: $.xxxx"));
}

/* Every input the fuzzer ever crashed on (tests/fixtures/fuzz/) runs clean through the same
 * checks the fuzzer makes. */
static void
test_fuzz_regressions (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "fuzz", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *data = NULL;
      gsize size;

      g_assert_true (g_file_get_contents (file, &data, &size, NULL));
      g_test_message ("replaying %s", name);
      lg_fuzz_content_store ((const guint8 *) data, size);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_bundled_content (void)
{
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  GListModel *topics;

  g_assert_true (lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error));
  g_assert_no_error (error);
  topics = lg_content_store_get_topics (store);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 17);
  g_assert_nonnull (lg_content_store_lookup_topic (store, "what-are-liver-metastases"));
  g_assert_nonnull (lg_content_store_lookup_topic (store, "surgery"));
  g_assert_cmpuint (g_list_model_get_n_items (lg_content_store_get_glossary (store)), >=, 30);
}

/* Every translated set bundled loads through the same validation as English and has the same
 * shape: the same topics in the same order, the same sections, blocks, lists and glossary terms,
 * so a question ticked in one language is the same question in another. */
static void
test_translated_content (void)
{
  g_autoptr(LgContentStore) english = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = g_resources_enumerate_children (RESOURCE_BASE "/content", 0, &error);
  guint languages = 0;

  g_assert_no_error (error);
  g_assert_true (lg_content_store_load_resource (english, RESOURCE_BASE "/content", &error));
  g_assert_no_error (error);

  for (guint c = 0; children[c] != NULL; c++)
    {
      g_autoptr(LgContentStore) store = lg_content_store_new ();
      g_autofree char *dir = NULL;
      GListModel *en_topics = lg_content_store_get_topics (english);
      GListModel *topics = lg_content_store_get_topics (store);

      if (!g_str_has_suffix (children[c], "/"))
        continue;
      languages++;
      dir = g_strconcat (RESOURCE_BASE "/content/", children[c], NULL);
      dir[strlen (dir) - 1] = '\0';
      g_test_message ("%s", dir);
      g_assert_true (lg_content_store_load_resource (store, dir, &error));
      g_assert_no_error (error);

      g_assert_cmpuint (g_list_model_get_n_items (topics), ==, g_list_model_get_n_items (en_topics));
      for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
        {
          g_autoptr(LgTopic) a = g_list_model_get_item (en_topics, i);
          g_autoptr(LgTopic) b = g_list_model_get_item (topics, i);
          GListModel *a_sections = lg_topic_get_sections (a);
          GListModel *b_sections = lg_topic_get_sections (b);

          g_assert_cmpstr (lg_topic_get_id (a), ==, lg_topic_get_id (b));
          g_assert_cmpuint (g_strv_length ((GStrv) lg_topic_get_questions (a)), ==,
                            g_strv_length ((GStrv) lg_topic_get_questions (b)));
          g_assert_cmpuint (g_strv_length ((GStrv) lg_topic_get_key_points (a)), ==,
                            g_strv_length ((GStrv) lg_topic_get_key_points (b)));
          g_assert_cmpuint (g_list_model_get_n_items (a_sections), ==,
                            g_list_model_get_n_items (b_sections));
          for (guint j = 0; j < g_list_model_get_n_items (a_sections); j++)
            {
              g_autoptr(LgSection) sa = g_list_model_get_item (a_sections, j);
              g_autoptr(LgSection) sb = g_list_model_get_item (b_sections, j);

              g_assert_cmpuint (g_list_model_get_n_items (lg_section_get_blocks (sa)), ==,
                                g_list_model_get_n_items (lg_section_get_blocks (sb)));
            }
          /* Sources are cited as published, in every language. */
          g_assert_cmpuint (g_list_model_get_n_items (lg_topic_get_sources (a)), ==,
                            g_list_model_get_n_items (lg_topic_get_sources (b)));
          {
            g_autoptr(LgSource) sa = g_list_model_get_item (lg_topic_get_sources (a), 0);
            g_autoptr(LgSource) sb = g_list_model_get_item (lg_topic_get_sources (b), 0);
            g_assert_cmpstr (lg_source_get_title (sa), ==, lg_source_get_title (sb));
            g_assert_cmpstr (lg_source_get_publisher (sa), ==, lg_source_get_publisher (sb));
          }
        }
      g_assert_cmpuint (g_list_model_get_n_items (lg_content_store_get_glossary (store)), ==,
                        g_list_model_get_n_items (lg_content_store_get_glossary (english)));
      g_assert_cmpstr (lg_content_store_get_label (store, "in-short"), !=,
                       lg_content_store_get_label (english, "in-short"));
    }
  g_assert_cmpuint (languages, >=, 1);

  /* Spanish, as a reader sees it. */
  {
    g_autoptr(LgContentStore) es = lg_content_store_new ();
    LgTopic *surgery;
    g_autofree char *reviewed = NULL;
    g_autofree char *page = NULL;

    g_assert_true (lg_content_store_load_resource (es, RESOURCE_BASE "/content/es", &error));
    surgery = lg_content_store_lookup_topic (es, "surgery");
    g_assert_cmpstr (lg_topic_get_title (surgery), ==, "Cirugía");
    g_assert_cmpstr (lg_content_store_get_label (es, "in-short"), ==, "En resumen");
    g_assert_cmpstr (lg_content_store_get_group_title (es, LG_TOPIC_GROUP_THERAPIES), ==,
                     "Tratamientos");
    g_assert_cmpstr (lg_content_store_get_compare_row_title (es, LG_COMPARE_HOSPITAL_STAY), ==,
                     "Tiempo en el hospital");
    reviewed = lg_content_store_dup_reviewed (es, surgery);
    g_assert_cmpstr (reviewed, ==, "Escrito a partir de las fuentes indicadas y comprobado con ellas "
                                   "en diciembre de 2026");
    page = lg_content_store_dup_page_number (es, 1, 3);
    g_assert_cmpstr (page, ==, "Página 1 de 3");
    g_assert_cmpstr (lg_glossary_term_get_term (lg_content_store_lookup_term (es, "resection")), ==,
                     "Resección");
  }
}

/* labels.json is checked like any content: every label, nothing unknown, placeholders kept. */
static void
test_labels (void)
{
  static const struct {
    const char *from;
    const char *to;
    const char *message;
  } label_faults[] = {
    { "\"sources\": \"Sources\",", "", "labels.json: $.labels.sources: missing required member \"sources\"" },
    { "\"sources\":", "\"sorces\":", "labels.json: $.labels.sorces: unknown member \"sorces\"" },
    { "{year}", "{yaer}", "labels.json: $.labels.reviewed: the label must keep the placeholder {year}" },
    { "\"Key points\"", "\"  \"", "labels.json: $.labels.key-points: text is empty" },
    { "{pages}", "{pgs}", "labels.json: $.labels.handout-page: the label must keep the placeholder {pages}" },
  };
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_BASE "/content/labels.json", 0, NULL);
  g_autoptr(LgContentStore) good = lg_content_store_new ();
  g_autoptr(LgTopic) topic = NULL;
  g_autoptr(GBytes) sample = fixture ("content", "sample.json");
  g_autoptr(GBytes) glossary = fixture ("content", "glossary.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *page = NULL;

  g_assert_nonnull (bytes);
  g_assert_true (lg_content_store_add_labels (good, bytes, "labels.json", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lg_content_store_get_label (good, "key-points"), ==, "Key points");
  g_assert_cmpstr (lg_content_store_get_group_title (good, LG_TOPIC_GROUP_UNDERSTANDING), ==,
                   "Understanding");
  g_assert_cmpstr (lg_content_store_get_compare_row_title (good, LG_COMPARE_WITH_SURGERY), ==,
                   "Can it be combined with surgery?");
  g_assert_true (lg_content_store_add_glossary (good, glossary, "glossary.json", &error));
  topic = lg_content_store_parse_topic (good, sample, "sample.json", &error);
  g_assert_no_error (error);
  reviewed = lg_content_store_dup_reviewed (good, topic);
  g_assert_true (g_str_has_prefix (reviewed, "Written from the sources listed and checked against them in "));
  page = lg_content_store_dup_page_number (good, 2, 12);
  g_assert_cmpstr (page, ==, "Page 2 of 12");

  for (guint i = 0; i < G_N_ELEMENTS (label_faults); i++)
    {
      g_autoptr(LgContentStore) store = lg_content_store_new ();
      g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                                  g_bytes_get_size (bytes));
      g_autoptr(GBytes) broken = NULL;
      g_autoptr(GError) fault = NULL;

      g_assert_cmpuint (g_string_replace (text, label_faults[i].from, label_faults[i].to, 1), ==, 1);
      broken = g_bytes_new (text->str, text->len);
      g_assert_false (lg_content_store_add_labels (store, broken, "labels.json", &fault));
      g_assert_nonnull (fault);
      g_assert_cmpstr (fault->message, ==, label_faults[i].message);
      /* Without labels, a label is its key, never a crash. */
      g_assert_cmpstr (lg_content_store_get_label (store, "sources"), ==, "sources");
    }
}

/* The ticked questions: set and read back by topic and position, a signal for each change (and
 * none for a change that is not one), a copy that later ticks leave alone, and clearing. */
static void
count_changes (LgQuestionTicks *ticks,
               const char      *topic_id,
               guint            index,
               guint           *changes)
{
  (*changes)++;
}

static void
test_question_ticks (void)
{
  g_autoptr(LgContentStore) store = fixture_store ();
  g_autoptr(LgQuestionTicks) ticks = lg_question_ticks_new ();
  g_autoptr(LgQuestionTicks) copy = NULL;
  LgTopic *sample = lg_content_store_lookup_topic (store, "sample");
  g_auto(GStrv) ids = NULL;
  guint changes = 0;

  g_signal_connect (ticks, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_false (lg_question_ticks_get (ticks, sample, 1));
  lg_question_ticks_set (ticks, sample, 1, TRUE);
  g_assert_true (lg_question_ticks_get (ticks, sample, 1));
  g_assert_false (lg_question_ticks_get (ticks, sample, 0));
  lg_question_ticks_set (ticks, sample, 1, TRUE);
  g_assert_cmpuint (changes, ==, 1);
  lg_question_ticks_set (ticks, sample, 0, TRUE);
  g_assert_cmpuint (lg_question_ticks_get_n_ticked (ticks), ==, 2);
  ids = lg_question_ticks_dup_topic_ids (ticks);
  g_assert_cmpstrv (ids, ((const char *[]) { "sample", NULL }));

  copy = lg_question_ticks_copy (ticks);
  lg_question_ticks_set (ticks, sample, 0, FALSE);
  g_assert_false (lg_question_ticks_get (ticks, sample, 0));
  g_assert_true (lg_question_ticks_get (copy, sample, 0));
  lg_question_ticks_clear (ticks);
  g_assert_cmpuint (lg_question_ticks_get_n_ticked (ticks), ==, 0);
  g_assert_cmpuint (changes, ==, 4);
  g_assert_cmpuint (lg_question_ticks_get_n_ticked (copy), ==, 2);
}

/* A list's markers come from one place, lg_block_dup_marker(), for the topic page and the
 * handout alike. */
static void
test_list_markers (void)
{
  g_autoptr(LgBlock) steps = lg_block_new_list (LG_BLOCK_STEPS, g_strsplit ("a b c", " ", -1), NULL);
  g_autoptr(LgBlock) bullets = lg_block_new_list (LG_BLOCK_BULLETS, g_strsplit ("a b", " ", -1),
                                                  NULL);
  g_autofree char *first_step = lg_block_dup_marker (steps, 0);
  g_autofree char *third_step = lg_block_dup_marker (steps, 2);
  g_autofree char *bullet = lg_block_dup_marker (bullets, 1);
  g_autofree char *key_point = lg_block_type_dup_marker (LG_BLOCK_BULLETS, 4);

  g_assert_cmpstr (first_step, ==, "1.");
  g_assert_cmpstr (third_step, ==, "3.");
  g_assert_cmpstr (bullet, ==, "•");
  g_assert_cmpstr (key_point, ==, "•");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lg/content-store/valid-fixture", test_valid_fixture);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *name = g_strdup_printf ("/lg/content-store/fault/%s", faults[i].file);
      g_test_add_data_func (name, &faults[i], test_fault);
    }
  g_test_add_func ("/lg/content-store/glossary-faults", test_glossary_faults);
  g_test_add_func ("/lg/content-store/truncations", test_truncations);
  g_test_add_func ("/lg/content-store/bundled", test_bundled_content);
  g_test_add_func ("/lg/content-store/translated", test_translated_content);
  g_test_add_func ("/lg/content-store/labels", test_labels);
  g_test_add_func ("/lg/content-store/question-ticks", test_question_ticks);
  g_test_add_func ("/lg/content-store/list-markers", test_list_markers);
  g_test_add_func ("/lg/content-store/hostile-json", test_hostile_json);
  g_test_add_func ("/lg/content-store/message-quoting", test_message_quoting);
  g_test_add_func ("/lg/content-store/fuzz-regressions", test_fuzz_regressions);

  return g_test_run ();
}
