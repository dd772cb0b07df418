/* test-packs.c — a clinic's content pack: good topics are added or replace the guide's; every bad
 * file is left out with one problem naming it, and the guide's own topics stay as they were.
 * Each case builds its pack in a fresh temporary folder.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lg-content-pack.h"
#include "lg-handout-private.h"
#include "lg-picture.h"
#include "lg-clinic-content-page.h"
#include "lg-preferences-window.h"
#include "lg-svg-paintable.h"
#include "lg-topic-page.h"
#include "lg-test-utils.h"

#define N_BUNDLED 17

static const char svg[] =
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
  "<rect width=\"40\" height=\"20\" fill=\"#2a6fb0\"/></svg>";

typedef struct {
  char *outside;     /* a folder beside the pack, for files a pack must not reach */
  char *pack;
  LgContentStore *store;
  GPtrArray *problems;
  guint n_loaded;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("lg-pack-XXXXXX", &error);

  g_assert_no_error (error);
  f->outside = g_build_filename (root, "outside", NULL);
  f->pack = g_build_filename (root, "pack", NULL);
  g_assert_cmpint (g_mkdir (f->outside, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (f->pack, 0755), ==, 0);
  f->store = lg_content_store_new ();
  lg_content_store_set_picture_check (f->store, lg_picture_check);
  g_assert_true (lg_content_store_load_resource (f->store, RESOURCE_BASE "/content", &error));
  g_assert_no_error (error);
  f->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_content_problem_free);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *root = g_path_get_dirname (f->pack);

  lg_test_remove_tree (root);
  g_free (f->outside);
  g_free (f->pack);
  g_clear_object (&f->store);
  g_ptr_array_unref (f->problems);
}

static void
write_topic (Fixture    *f,
             const char *name,
             const char *id,
             const char *title)
{
  g_autofree char *json = lg_test_topic_json (id, title, "A short summary.");

  lg_test_write_file (f->pack, name, json, -1);
}

/* A valid topic with @member (a JSON "name": value) added just before "reviewed". */
static void
write_topic_with (Fixture    *f,
                  const char *name,
                  const char *id,
                  const char *member)
{
  g_autofree char *json = lg_test_topic_json (id, "Clinic topic", "A short summary.");
  g_autofree char *with = NULL;
  char *reviewed = strstr (json, "\"reviewed\"");

  g_assert_nonnull (reviewed);
  *reviewed = '\0';
  with = g_strconcat (json, member, ",\n  \"reviewed\"", reviewed + strlen ("\"reviewed\""), NULL);
  lg_test_write_file (f->pack, name, with, -1);
}

static void
load (Fixture *f)
{
  g_autoptr(GFile) folder = g_file_new_for_path (f->pack);

  f->n_loaded = lg_content_store_load_pack (f->store, folder, f->problems);
  for (guint i = 0; i < f->problems->len; i++)
    g_test_message ("problem: %s", ((LgContentProblem *) g_ptr_array_index (f->problems, i))->message);
}

/* The guide's own topics are all there, untouched. */
static void
assert_bundled_intact (Fixture *f)
{
  LgTopic *surgery = lg_content_store_lookup_topic (f->store, "surgery");

  g_assert_nonnull (surgery);
  g_assert_cmpstr (lg_topic_get_title (surgery), ==, "Surgery");
  g_assert_nonnull (lg_content_store_lookup_topic (f->store, "what-are-liver-metastases"));
  g_assert_nonnull (lg_content_store_lookup_term (f->store, "ablation"));
}

/* Exactly one problem, for @file, starting with @message; nothing loaded; the guide intact. */
static void
assert_left_out (Fixture    *f,
                 const char *file,
                 const char *message)
{
  LgContentProblem *problem;

  g_assert_cmpuint (f->problems->len, ==, 1);
  problem = g_ptr_array_index (f->problems, 0);
  g_assert_cmpstr (problem->file, ==, file);
  g_assert_cmpstr (problem->folder, ==, f->pack);
  g_assert_true (g_str_has_prefix (problem->message, message));
  g_assert_null (strchr (problem->message, '\n'));
  g_assert_cmpuint (f->n_loaded, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lg_content_store_get_topics (f->store)), ==, N_BUNDLED);
  assert_bundled_intact (f);
}

/* -------------------------------------------------------------------------------------------- */

static void
test_new_topic (Fixture       *f,
                gconstpointer  data)
{
  GListModel *topics = lg_content_store_get_topics (f->store);
  g_autoptr(LgTopic) last = NULL;
  g_autoptr(LgTopic) before = NULL;
  g_autoptr(LgTopic) after = NULL;
  guint position = 0;
  LgTopic *topic;

  write_topic (f, "y90-prep.json", "y90-prep", "Getting ready for Y-90");
  /* Not content: hidden files, editor backups, other files. */
  write_topic (f, ".#y90-prep.json", "hidden", "Hidden");
  write_topic (f, "y90-prep.json~", "backup", "Backup");
  lg_test_write_file (f->pack, "README.txt", "notes", -1);
  load (f);

  g_assert_cmpuint (f->problems->len, ==, 0);
  g_assert_cmpuint (f->n_loaded, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, N_BUNDLED + 1);
  topic = lg_content_store_lookup_topic (f->store, "y90-prep");
  g_assert_nonnull (topic);
  /* Its file says "understanding"; a new topic goes under the clinic's own heading, after the
   * treatments and before "Next steps" (whose end the tools close). */
  g_assert_cmpint (lg_topic_get_group (topic), ==, LG_TOPIC_GROUP_CLINIC);
  g_assert_true (g_list_store_find (G_LIST_STORE (topics), topic, &position));
  before = g_list_model_get_item (topics, position - 1);
  after = g_list_model_get_item (topics, position + 1);
  g_assert_cmpint (lg_topic_get_group (before), ==, LG_TOPIC_GROUP_THERAPIES);
  g_assert_cmpint (lg_topic_get_group (after), ==, LG_TOPIC_GROUP_NEXT_STEPS);
  last = g_list_model_get_item (topics, N_BUNDLED);
  g_assert_cmpint (lg_topic_get_group (last), ==, LG_TOPIC_GROUP_NEXT_STEPS);
  g_assert_null (lg_content_store_lookup_topic (f->store, "hidden"));
  g_assert_null (lg_content_store_lookup_topic (f->store, "backup"));
  assert_bundled_intact (f);
}

/* A pack topic for one content language replaces that language's page only: the English store
 * keeps the guide's Surgery and takes the English one, the Spanish store the Spanish one; two files
 * of one id in two languages are not duplicates. A language the app has no content in is a
 * problem, named where it is. */
static void
test_topic_language (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LgContentStore) es = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (f->pack);
  g_autoptr(GPtrArray) es_problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_content_problem_free);
  LgContentProblem *problem;
  LgTopic *topic;

  write_topic_with (f, "surgery-es.json", "surgery", "\"language\": \"es\"");
  write_topic_with (f, "visit-en.json", "visit", "\"language\": \"en\"");
  write_topic_with (f, "visit-es.json", "visit", "\"language\": \"es\"");
  write_topic_with (f, "visit-fr.json", "visite", "\"language\": \"fr\"");
  load (f);

  /* English: the guide's Surgery, the English visit page, and visit-fr.json's problem. */
  g_assert_cmpstr (lg_topic_get_title (lg_content_store_lookup_topic (f->store, "surgery")), ==, "Surgery");
  topic = lg_content_store_lookup_topic (f->store, "visit");
  g_assert_nonnull (topic);
  g_assert_cmpstr (lg_topic_get_language (topic), ==, "en");
  g_assert_cmpuint (f->problems->len, ==, 1);
  problem = g_ptr_array_index (f->problems, 0);
  g_assert_cmpstr (problem->file, ==, "visit-fr.json");
  g_assert_true (g_str_has_prefix (problem->detail, "$.language: \"fr\" is not one of this app's content languages"));
  g_assert_null (lg_content_store_lookup_topic (f->store, "visite"));

  /* Spanish: the clinic's Surgery, marked as replacing the guide's, and the Spanish visit page. */
  lg_content_store_set_picture_check (es, lg_picture_check);
  g_assert_true (lg_content_store_load_resource (es, RESOURCE_BASE "/content/es", &error));
  g_assert_no_error (error);
  lg_content_store_load_pack (es, folder, es_problems);
  topic = lg_content_store_lookup_topic (es, "surgery");
  g_assert_cmpstr (lg_topic_get_title (topic), ==, "Clinic topic");
  g_assert_true (lg_topic_get_replaces_guide (topic));
  g_assert_cmpstr (lg_topic_get_language (lg_content_store_lookup_topic (es, "visit")), ==, "es");
  g_assert_cmpuint (es_problems->len, ==, 1);
}

/* "related" in a pack: an id that names no topic is left out of the page, with a problem, and the
 * topic shown; its own id, or one twice, is a fault of the file. */
static void
test_related (Fixture       *f,
              gconstpointer  data)
{
  LgContentProblem *problem;
  LgTopic *topic;

  write_topic_with (f, "visit.json", "visit", "\"related\": [\"surgery\", \"nope\"]");
  write_topic_with (f, "self.json", "self", "\"related\": [\"self\"]");
  write_topic_with (f, "twice.json", "twice", "\"related\": [\"sbrt\", \"sbrt\"]");
  load (f);

  topic = lg_content_store_lookup_topic (f->store, "visit");
  g_assert_nonnull (topic);
  g_assert_cmpstr (lg_topic_get_related (topic)[0], ==, "surgery");
  g_assert_null (lg_content_store_lookup_topic (f->store, "self"));
  g_assert_null (lg_content_store_lookup_topic (f->store, "twice"));
  g_assert_cmpuint (f->problems->len, ==, 3);
  problem = g_ptr_array_index (f->problems, 0);
  g_assert_cmpstr (problem->detail, ==, "$.related[0]: a topic is not related to itself");
  problem = g_ptr_array_index (f->problems, 1);
  g_assert_cmpstr (problem->detail, ==, "$.related[1]: \"sbrt\" is listed twice");
  problem = g_ptr_array_index (f->problems, 2);
  g_assert_cmpstr (problem->file, ==, "visit.json");
  g_assert_true (problem->file_loaded);
  g_assert_cmpstr (problem->detail, ==, "$.related[1]: no topic has the id \"nope\"; the link is left out");
}

static void
test_replace_topic (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *topics = lg_content_store_get_topics (f->store);
  LgTopic *bundled = lg_content_store_lookup_topic (f->store, "surgery");
  LgTopicGroup group = lg_topic_get_group (bundled);
  int order = lg_topic_get_order (bundled);
  guint position = G_MAXUINT;
  g_autoptr(LgTopic) at = NULL;
  LgTopic *topic;

  g_assert_true (g_list_store_find (G_LIST_STORE (topics), bundled, &position));
  write_topic (f, "our-surgery.json", "surgery", "Surgery at Riverside");
  load (f);

  g_assert_cmpuint (f->problems->len, ==, 0);
  g_assert_cmpuint (f->n_loaded, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, N_BUNDLED);
  topic = lg_content_store_lookup_topic (f->store, "surgery");
  g_assert_cmpstr (lg_topic_get_title (topic), ==, "Surgery at Riverside");
  /* Same place in the sidebar as the topic it replaces, whatever its file says. */
  g_assert_cmpint (lg_topic_get_group (topic), ==, group);
  g_assert_cmpint (lg_topic_get_order (topic), ==, order);
  at = g_list_model_get_item (topics, position);
  g_assert_true (at == topic);
}

static void
test_glossary (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *json = NULL;
  LgGlossaryTerm *term;

  lg_test_write_file (f->pack, "glossary.json",
                      "{ \"schema\": 1, \"terms\": ["
                      " { \"id\": \"mapping-visit\", \"term\": \"Mapping visit\","
                      "   \"definition\": \"A first visit to plan the treatment.\" },"
                      " { \"id\": \"ablation\", \"term\": \"Ablation\","
                      "   \"definition\": \"Our own words.\" } ] }", -1);
  json = lg_test_topic_json ("visit", "Your first visit", "Go to the [[mapping-visit]] first.");
  lg_test_write_file (f->pack, "visit.json", json, -1);
  load (f);

  g_assert_cmpuint (f->n_loaded, ==, 1);
  term = lg_content_store_lookup_term (f->store, "mapping-visit");
  g_assert_nonnull (term);
  g_assert_cmpstr (lg_glossary_term_get_term (term), ==, "Mapping visit");
  /* A pack cannot redefine the guide's terms: that one is left out, the rest of the file kept. */
  g_assert_cmpuint (f->problems->len, ==, 1);
  g_assert_cmpstr (((LgContentProblem *) g_ptr_array_index (f->problems, 0))->message, ==,
                   "glossary.json: $.terms[1].id: the glossary already has a term \"ablation\"; "
                   "this one is left out");
  g_assert_cmpstr (lg_glossary_term_get_definition (lg_content_store_lookup_term (f->store, "ablation")),
                   !=, "Our own words.");
  g_assert_nonnull (lg_content_store_lookup_topic (f->store, "visit"));
}

/* One bad term in a pack's glossary: that term is left out, with where and why; the others
 * are read, and the problem says the file was. */
static void
test_glossary_bad_term (Fixture       *f,
                        gconstpointer  data)
{
  LgContentProblem *problem;

  lg_test_write_file (f->pack, "glossary.json",
                      "{ \"schema\": 1, \"terms\": [\n"
                      " { \"id\": \"mapping-visit\", \"term\": \"Mapping visit\",\n"
                      "   \"definition\": \"A first visit to plan the treatment.\" },\n"
                      " { \"id\": \"port\", \"term\": \"Port\",\n"
                      "   \"definiton\": \"A small device under the skin.\" },\n"
                      " { \"id\": \"drain\", \"term\": \"Drain\",\n"
                      "   \"definition\": \"A thin tube that lets fluid out.\" } ] }", -1);
  load (f);

  g_assert_nonnull (lg_content_store_lookup_term (f->store, "mapping-visit"));
  g_assert_nonnull (lg_content_store_lookup_term (f->store, "drain"));
  g_assert_null (lg_content_store_lookup_term (f->store, "port"));
  /* Both faults of the term: the misspelt member, and so the missing one. */
  g_assert_cmpuint (f->problems->len, ==, 2);
  problem = g_ptr_array_index (f->problems, 0);
  g_assert_true (problem->file_loaded);
  g_assert_cmpstr (problem->file, ==, "glossary.json");
  g_assert_cmpstr (problem->detail, ==, "$.terms[1].definiton: unknown member \"definiton\"");
  g_assert_cmpuint (problem->line, ==, 5);
  problem = g_ptr_array_index (f->problems, 1);
  g_assert_true (problem->file_loaded);
  g_assert_cmpstr (problem->detail, ==, "$.terms[1].definition: missing required member \"definition\"");
  g_assert_cmpuint (problem->line, ==, 4);
}

static void
test_illustration (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) guide = NULL;
  LgTopic *topic;
  GBytes *bytes;

  lg_test_write_file (f->pack, "images/map.svg", svg, -1);
  write_topic_with (f, "map.json", "map",
                    "\"illustration\": { \"file\": \"images/map.svg\", \"alt\": \"A map.\","
                    " \"caption\": \"Where we are.\", \"legend\": [\"Door\"] }");
  write_topic_with (f, "keeps.json", "keeps",
                    "\"illustration\": { \"file\": \"resection.svg\", \"alt\": \"A liver.\","
                    " \"caption\": \"The guide's own picture.\", \"legend\": [\"Part\"] }");
  load (f);

  g_assert_cmpuint (f->problems->len, ==, 0);
  g_assert_cmpuint (f->n_loaded, ==, 2);
  topic = lg_content_store_lookup_topic (f->store, "map");
  bytes = lg_topic_get_illustration_bytes (topic);
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), svg, strlen (svg));
  g_assert_cmpstr (lg_topic_get_illustration (topic), ==, "images/map.svg");

  /* A picture the guide has and the pack does not: the guide's. */
  bytes = lg_topic_get_illustration_bytes (lg_content_store_lookup_topic (f->store, "keeps"));
  guide = g_resources_lookup_data (RESOURCE_BASE "/illustrations/resection.svg", 0, NULL);
  g_assert_nonnull (bytes);
  g_assert_true (g_bytes_equal (bytes, guide));
}

/* The printed handout draws a pack's own picture, and its text as typed. */
static void
test_handout (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new ();
  g_auto(LgHandoutOptions) options = { 0 };
  g_autoptr(LgHandout) handout = NULL;
  g_auto(GStrv) outline = NULL;
  g_autofree char *text = NULL;

  lg_test_write_file (f->pack, "images/map.svg", svg, -1);
  write_topic_with (f, "map.json", "map",
                    "\"illustration\": { \"file\": \"images/map.svg\", \"alt\": \"A map.\","
                    " \"caption\": \"Where <b>we</b> are.\", \"legend\": [\"Door\"] }");
  load (f);
  g_assert_cmpuint (f->n_loaded, ==, 1);

  g_ptr_array_add (topics, lg_content_store_lookup_topic (f->store, "map"));
  lg_handout_options_init (&options, LG_PAPER_A4);
  handout = lg_handout_new (f->store, topics, NULL, &options);
  outline = lg_handout_dup_page_outline (handout, 0);
  text = g_strjoinv ("\n", outline);
  g_test_message ("%s", text);
  g_assert_true (g_strv_contains ((const char * const *) outline, "figure\tWhere <b>we</b> are."));
}

static void
test_not_json (Fixture       *f,
               gconstpointer  data)
{
  lg_test_write_file (f->pack, "notes.json", "Call Dr Lee on Tuesdays.", -1);
  load (f);
  assert_left_out (f, "notes.json", "notes.json: $: not valid JSON: ");
}

static void
test_schema_version (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *json = lg_test_topic_json ("future", "From the future", "Later.");
  char *schema = strstr (json, "\"schema\" : 1");

  g_assert_nonnull (schema);
  schema[strlen ("\"schema\" : ")] = '2';
  lg_test_write_file (f->pack, "future.json", json, -1);
  load (f);
  assert_left_out (f, "future.json",
                   "future.json: $.schema: schema version 2 is not supported (this app reads 1)");
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  write_topic_with (f, "typo.json", "typo", "\"sectons\": []");
  load (f);
  assert_left_out (f, "typo.json", "typo.json: $.sectons: unknown member \"sectons\"");
}

static void
test_oversize (Fixture       *f,
               gconstpointer  data)
{
  gsize size = LG_CONTENT_MAX_FILE_SIZE + 1;
  g_autofree char *big = g_malloc (size);

  /* Valid JSON all the same: the size alone is the fault. */
  memset (big, ' ', size);
  big[0] = '{';
  big[size - 1] = '}';
  lg_test_write_file (f->pack, "big.json", big, size);
  load (f);
  assert_left_out (f, "big.json", "big.json: $: the file is larger than 1024 KiB");
}

static void
test_too_many (Fixture       *f,
               gconstpointer  data)
{
  LgContentProblem *problem;

  for (guint i = 1; i <= LG_CONTENT_PACK_MAX_TOPICS + 1; i++)
    {
      g_autofree char *name = g_strdup_printf ("topic-%03u.json", i);
      g_autofree char *id = g_strdup_printf ("topic-%03u", i);
      write_topic (f, name, id, id);
    }
  load (f);

  /* The first 200 by name; the 201st is named as left out. */
  g_assert_cmpuint (f->n_loaded, ==, 200);
  g_assert_nonnull (lg_content_store_lookup_topic (f->store, "topic-200"));
  g_assert_null (lg_content_store_lookup_topic (f->store, "topic-201"));
  g_assert_cmpuint (f->problems->len, ==, 1);
  problem = g_ptr_array_index (f->problems, 0);
  g_assert_cmpstr (problem->message, ==,
                   "topic-201.json: $: the folder has more than 200 topics; this one is left out");
  g_assert_cmpuint (g_list_model_get_n_items (lg_content_store_get_topics (f->store)), ==,
                    N_BUNDLED + 200);
  assert_bundled_intact (f);
}

static void
test_symlink_out (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *json = lg_test_topic_json ("elsewhere", "From elsewhere", "Not the pack's.");
  g_autofree char *target = g_build_filename (f->outside, "elsewhere.json", NULL);
  g_autofree char *link = g_build_filename (f->pack, "elsewhere.json", NULL);

  /* A valid topic, but outside the pack folder. */
  lg_test_write_file (f->outside, "elsewhere.json", json, -1);
  g_assert_cmpint (symlink (target, link), ==, 0);
  load (f);
  assert_left_out (f, "elsewhere.json",
                   "elsewhere.json: $: the file is a link to a file outside the pack folder");
}

static void
test_symlink_inside (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->pack, "images", NULL);

  /* Links that stay inside the pack are fine. */
  lg_test_write_file (f->pack, "pictures/map.svg", svg, -1);
  g_assert_cmpint (symlink ("pictures", link), ==, 0);
  write_topic_with (f, "map.json", "map",
                    "\"illustration\": { \"file\": \"images/map.svg\", \"alt\": \"A map.\","
                    " \"caption\": \"Where we are.\", \"legend\": [\"Door\"] }");
  load (f);
  g_assert_cmpuint (f->problems->len, ==, 0);
  g_assert_cmpuint (f->n_loaded, ==, 1);
}

static void
test_illustration_outside (Fixture       *f,
                           gconstpointer  data)
{
  static const struct {
    const char *file;
    const char *message;
  } cases[] = {
    { "images/map.svg", "\"images/map.svg\" is a link to a file outside the pack folder" },
    { "images", "\"images\" is a link to a file outside the pack folder" },
    { "../outside/map.svg", "\"../outside/map.svg\" leads out of the pack folder (\"..\")" },
    { "ABSOLUTE", "is an absolute path; write a path inside the pack folder" },
    { "missing.svg", "\"missing.svg\" is not in the pack folder" },
  };
  g_autofree char *outside_svg = g_build_filename (f->outside, "map.svg", NULL);
  g_autofree char *link = g_build_filename (f->pack, "images", NULL);

  /* images/ is a link to a folder outside the pack, holding a valid SVG. */
  lg_test_write_file (f->outside, "map.svg", svg, -1);
  g_assert_cmpint (symlink (f->outside, link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *file = g_str_equal (cases[i].file, "ABSOLUTE") ? outside_svg : cases[i].file;
      g_autofree char *member = g_strdup_printf ("\"illustration\": { \"file\": \"%s\", \"alt\": \"A.\","
                                                 " \"caption\": \"C.\", \"legend\": [\"L\"] }", file);
      g_autofree char *expected = g_strdup_printf ("picture.json: $.illustration.file: %s%s",
                                                   g_str_equal (cases[i].file, "ABSOLUTE") ? "\"" : "",
                                                   g_str_equal (cases[i].file, "ABSOLUTE") ? outside_svg : "");
      LgContentProblem *problem;

      g_ptr_array_set_size (f->problems, 0);
      write_topic_with (f, "picture.json", "picture", member);
      load (f);
      g_assert_cmpuint (f->problems->len, ==, 1);
      problem = g_ptr_array_index (f->problems, 0);
      g_assert_true (g_str_has_prefix (problem->message, expected));
      g_assert_nonnull (strstr (problem->message, cases[i].message));
      g_assert_null (lg_content_store_lookup_topic (f->store, "picture"));
    }
  assert_bundled_intact (f);
}

static void
test_bad_svg (Fixture       *f,
              gconstpointer  data)
{
  lg_test_write_file (f->pack, "map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><rect", -1);
  write_topic_with (f, "map.json", "map",
                    "\"illustration\": { \"file\": \"map.svg\", \"alt\": \"A map.\","
                    " \"caption\": \"Where we are.\", \"legend\": [\"Door\"] }");
  load (f);
  assert_left_out (f, "map.json",
                   "map.json: $.illustration.file: \"map.svg\" is not a picture the guide draws: "
                   "line 1: is not well-formed XML (");
}

/* A picture librsvg 2.54 aborts on at load (a convolution matrix of order 21): refused by the
 * check before librsvg sees it, with the topic, the picture and the line named. */
static void
test_hostile_svg (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "fuzz", "pictures", "hostile-convolve.svg", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  lg_test_write_file (f->pack, "map.svg", contents, -1);
  write_topic_with (f, "map.json", "map",
                    "\"illustration\": { \"file\": \"map.svg\", \"alt\": \"A map.\","
                    " \"caption\": \"Where we are.\", \"legend\": [\"Door\"] }");
  load (f);
  assert_left_out (f, "map.json",
                   "map.json: $.illustration.file: \"map.svg\" is not a picture the guide draws: "
                   "line 1: <filter> is not allowed");
}

/* Each picture is read once: after the pack is loaded, its picture file replaced by another
 * picture, then by a FIFO (whose open() would block), changes nothing the window or the handout
 * draws, and blocks neither. */
static void
test_read_once (Fixture       *f,
                gconstpointer  data)
{
  static const char tall[] =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"30\"><rect width=\"20\" height=\"30\"/></svg>";
  g_autofree char *path = g_build_filename (f->pack, "map.svg", NULL);
  g_autoptr(GPtrArray) topics = g_ptr_array_new ();
  g_auto(LgHandoutOptions) options = { 0 };
  LgTopic *topic;

  lg_test_write_file (f->pack, "map.svg", svg, -1);
  write_topic_with (f, "map.json", "map",
                    "\"illustration\": { \"file\": \"map.svg\", \"alt\": \"A map.\","
                    " \"caption\": \"Where we are.\", \"legend\": [\"Door\"] }");
  load (f);
  g_assert_cmpuint (f->n_loaded, ==, 1);
  topic = lg_content_store_lookup_topic (f->store, "map");
  g_ptr_array_add (topics, topic);
  lg_handout_options_init (&options, LG_PAPER_A4);

  for (guint step = 0; step < 2; step++)
    {
      g_autoptr(LgSvgPaintable) paintable = NULL;
      g_autoptr(LgHandout) handout = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) outline = NULL;

      g_assert_cmpint (g_unlink (path), ==, 0);
      if (step == 0)
        lg_test_write_file (f->pack, "map.svg", tall, -1);
      else
        g_assert_cmpint (mkfifo (path, 0600), ==, 0);

      /* What the topic page shows: the picture as loaded, 40 × 20. */
      paintable = lg_svg_paintable_new (lg_topic_get_illustration_bytes (topic), &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (paintable)), ==, 40);
      g_assert_cmpint (gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (paintable)), ==, 20);

      /* The handout, as exported. */
      handout = lg_handout_new (f->store, topics, NULL, &options);
      outline = lg_handout_dup_page_outline (handout, 0);
      g_assert_true (g_strv_contains ((const char * const *) outline, "figure\tWhere we are."));
    }
}

static void
test_control_characters (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *json = lg_test_topic_json ("bell", "Ring\a the bell", "Short.");

  lg_test_write_file (f->pack, "bell.json", json, -1);
  load (f);
  assert_left_out (f, "bell.json", "bell.json: $.title: control character U+0007 in text");
}

/* Markup in a clinic's text is kept as typed, and escaped for labels: shown, never interpreted. */
static void
test_markup_kept (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *json = lg_test_topic_json ("bold", "<b>Bold</b> & <span size=\"99999\">big</span>",
                                              "Press <i>here</i>.");
  g_autofree char *pango = NULL;
  LgTopic *topic;

  lg_test_write_file (f->pack, "bold.json", json, -1);
  load (f);
  g_assert_cmpuint (f->problems->len, ==, 0);
  topic = lg_content_store_lookup_topic (f->store, "bold");
  g_assert_cmpstr (lg_topic_get_title (topic), ==, "<b>Bold</b> & <span size=\"99999\">big</span>");
  pango = lg_content_store_to_pango (f->store, lg_topic_get_in_short (topic));
  g_assert_cmpstr (pango, ==, "Press &lt;i&gt;here&lt;/i&gt;.");
}

static void
test_duplicate_in_pack (Fixture       *f,
                        gconstpointer  data)
{
  write_topic (f, "a.json", "visit", "First");
  write_topic (f, "b.json", "visit", "Second");
  load (f);
  g_assert_cmpuint (f->n_loaded, ==, 1);
  g_assert_cmpstr (lg_topic_get_title (lg_content_store_lookup_topic (f->store, "visit")), ==, "First");
  g_assert_cmpuint (f->problems->len, ==, 1);
  g_assert_cmpstr (((LgContentProblem *) g_ptr_array_index (f->problems, 0))->message, ==,
                   "b.json: $.id: duplicate topic id \"visit\" (also in a.json)");
}

/* A FIFO named like a topic would block a plain read forever. */
static void
test_not_regular (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->pack, "pipe.json", NULL);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  load (f);
  assert_left_out (f, "pipe.json", "pipe.json: $: the file is not a regular file");
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent/liver-guide/topics");

  g_assert_cmpuint (lg_content_store_load_pack (f->store, folder, f->problems), ==, 0);
  g_assert_cmpuint (f->problems->len, ==, 1);
  g_assert_cmpstr (((LgContentProblem *) g_ptr_array_index (f->problems, 0))->message, ==,
                   "/nonexistent/liver-guide/topics: $: no such folder");
  assert_bundled_intact (f);
}

/* Many bad files at once: each one named once, the good one loaded, the guide intact. */
static void
test_mixed (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->pack, "passwd.json", NULL);

  write_topic (f, "good.json", "good", "Good");
  lg_test_write_file (f->pack, "empty.json", "", 0);
  lg_test_write_file (f->pack, "binary.json", "\xff\xfe\x00\x01", 4);
  lg_test_write_file (f->pack, "array.json", "[]", -1);
  g_assert_cmpint (symlink ("/etc/passwd", link), ==, 0);
  load (f);

  g_assert_cmpuint (f->n_loaded, ==, 1);
  g_assert_cmpuint (f->problems->len, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (lg_content_store_get_topics (f->store)), ==, N_BUNDLED + 1);
  assert_bundled_intact (f);
}

/* -------------------------------------------------------------------------------------------- */
/* In the window: the user's own pack folder ($XDG_DATA_HOME/liver-guide/topics)                */

static char *user_pack;
static LgApplication *app;

/* A picture librsvg 2.54 aborts on at load, in the user's own pack: read at every start. */
static void
write_user_hostile_picture (void)
{
  /* Before g_test_init(): G_TEST_SRCDIR is what g_test_build_filename() would read. */
  g_autofree char *seed = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "fuzz", "pictures",
                                            "hostile-convolve.svg", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *json = lg_test_topic_json ("clinic-map", "Our map", "Where we are.");
  g_autofree char *with = NULL;
  char *reviewed = strstr (json, "\"reviewed\"");

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  lg_test_write_file (user_pack, "map.svg", contents, -1);
  *reviewed = '\0';
  with = g_strconcat (json, "\"illustration\": { \"file\": \"map.svg\", \"alt\": \"A map.\","
                      " \"caption\": \"Where we are.\", \"legend\": [] },\n  \"reviewed\"",
                      reviewed + strlen ("\"reviewed\""), NULL);
  lg_test_write_file (user_pack, "clinic-map.json", with, -1);
}

static void
write_user_pack (void)
{
  g_autofree char *markup = lg_test_topic_json ("riverside", "Riverside <b>clinic</b>",
                                                "Call <i>us</i> & ask for the nurse.");
  g_autofree char *surgery = lg_test_topic_json ("surgery", "Surgery at Riverside", "Our way.");

  lg_test_write_file (user_pack, "riverside.json", markup, -1);
  lg_test_write_file (user_pack, "surgery.json", surgery, -1);
  lg_test_write_file (user_pack, "broken.json", "{ \"schema\": 1,", -1);
  lg_test_write_file (user_pack, "glossary.json",
                      "{ \"schema\": 1, \"terms\": [\n"
                      " { \"id\": \"port\", \"term\": \"Port\", \"definition\": \"\" },\n"
                      " { \"id\": \"drain\", \"term\": \"Drain\",\n"
                      "   \"definition\": \"A thin tube that lets fluid out.\" } ] }", -1);
  write_user_hostile_picture ();
}

static gboolean
label_hidden (gpointer label)
{
  return !lg_test_is_shown (label);
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
preferences_open (gpointer data)
{
  return find_preferences () != NULL;
}

/* The group of the Clinic Content page titled @file. */
static GtkWidget *
file_group (GtkWidget  *page,
            const char *file)
{
  for (GtkWidget *w = lg_test_find_label (page, file); w != NULL; w = gtk_widget_get_parent (w))
    if (ADW_IS_PREFERENCES_GROUP (w))
      return w;
  return NULL;
}

/* A shown label whose text looks like a JSON path, a file name or a command: what a patient must
 * never read. */
static gboolean
is_raw_label (GtkWidget     *widget,
              gconstpointer  data)
{
  const char *text;

  if (!GTK_IS_LABEL (widget) || !lg_test_is_shown (widget))
    return FALSE;
  text = gtk_label_get_text (GTK_LABEL (widget));
  return strstr (text, "$.") != NULL || strstr (text, ".json") != NULL ||
         strstr (text, "--check-content") != NULL;
}

/* The clinic's own topics have their group above the tools (Questions, Compare, Glossary), which
 * close the sidebar. */
static void
assert_clinic_above_tools (LgWindow *window)
{
  GtkListBox *list = lg_test_sidebar (window);
  int clinic = -1, first_view = -1, last_topic = -1;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      LgTopic *topic = lg_test_row_topic (window, row);

      if (topic != NULL && g_str_equal (lg_topic_get_id (topic), "riverside"))
        clinic = i;
      if (topic == NULL && first_view < 0)
        first_view = i;
      if (topic != NULL)
        last_topic = i;
    }
  g_assert_cmpint (clinic, >=, 0);
  g_assert_cmpint (clinic, <, first_view);
  g_assert_cmpint (last_topic, <, first_view);
  g_assert_nonnull (gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (list, clinic)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (list, clinic)))),
                   ==, "From your clinic");
}

static void
test_window (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgPreferencesWindow *preferences;
  GtkWidget *note, *page, *group;
  GtkListBoxRow *row;
  GtkWidget *label;

  /* The clinic's topic, under its own heading, its markup shown as typed. */
  g_assert_true (lg_window_show_topic (window, "riverside"));
  lg_test_wait (100);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "From your clinic"));
  label = lg_test_find_label (GTK_WIDGET (window), "Call <i>us</i> & ask for the nurse.");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "<i>"));
  label = lg_test_find_label_containing (GTK_WIDGET (window), "Riverside <b>clinic</b>");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "<b>"));

  /* The clinic's surgery page, where the guide's was. */
  g_assert_true (lg_window_show_topic (window, "surgery"));
  lg_test_wait (100);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Our way."));
  row = gtk_list_box_get_row_at_index (lg_test_sidebar (window), 3);
  g_assert_cmpstr (lg_test_row_title (row), ==,
                   "Surgery at Riverside");
  /* The page and its row say whose it is; a guide's page does not. */
  g_assert_nonnull (lg_test_find_label (lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE),
                                        "From your clinic"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (row), "From your clinic"));
  g_assert_null (lg_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (lg_test_sidebar (window), 4)),
                                     "From your clinic"));
  g_assert_true (lg_window_show_topic (window, "portal-vein-embolization"));
  lg_test_wait (100);
  g_assert_null (lg_test_find_label (lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE),
                                     "From your clinic"));
  g_free (lg_test_save_png (GTK_WIDGET (window), "packs-from-your-clinic"));
  assert_clinic_above_tools (window);

  /* The patient sees one quiet line, and no file name, JSON path or command. */
  label = lg_test_find_label (GTK_WIDGET (window), "Some clinic topics could not be shown");
  g_assert_nonnull (label);
  g_assert_true (lg_test_is_shown (label));
  g_assert_true (gtk_widget_has_css_class (label, "dim-label"));
  g_assert_null (lg_test_find_widget (GTK_WIDGET (window), is_raw_label, NULL));
  g_assert_null (lg_content_store_lookup_topic (lg_session_get_store (lg_application_get_session (app), NULL),
                                                "clinic-map"));
  g_free (lg_test_save_png (GTK_WIDGET (window), "packs-clinic-note"));

  /* Exam-room mode shows the patient nothing of it; leaving it brings the line back. */
  lg_window_set_exam_room (window, TRUE);
  g_assert_true (lg_test_wait_until (label_hidden, label));
  lg_window_set_exam_room (window, FALSE);
  lg_test_wait (300);
  g_assert_true (lg_test_is_shown (label));

  /* The line opens Preferences on the Clinic Content page. */
  for (note = label; note != NULL && !GTK_IS_BUTTON (note); note = gtk_widget_get_parent (note))
    ;
  g_assert_nonnull (note);
  gtk_widget_activate (note);
  g_assert_true (lg_test_wait_until (preferences_open, NULL));
  preferences = find_preferences ();
  lg_test_wait (300);
  page = GTK_WIDGET (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (preferences)));
  g_assert_true (LG_IS_CLINIC_CONTENT_PAGE (page));
  g_assert_nonnull (lg_test_find_label_containing (page, "3 files have problems"));

  /* Each file: whether patients see it, then each problem with its place. */
  group = file_group (page, "broken.json");
  g_assert_nonnull (group);
  g_assert_nonnull (lg_test_find_label_containing (group, "Not shown: patients see"));
  g_assert_nonnull (lg_test_find_label_containing (group, "not valid JSON"));
  g_assert_nonnull (lg_test_find_label_containing (group, "Line 1, column "));
  group = file_group (page, "clinic-map.json");
  g_assert_nonnull (group);
  g_assert_nonnull (lg_test_find_label_containing (group, "\"map.svg\" is not a picture the guide draws: "
                                                   "line 1: <filter> is not allowed"));
  g_assert_nonnull (lg_test_find_label_containing (group, "needs at least 1 item"));
  g_assert_nonnull (lg_test_find_label_containing (group, "$.illustration.legend"));
  /* A glossary with one bad term was read: one term was left out, not the file. */
  group = file_group (page, "glossary.json");
  g_assert_nonnull (group);
  g_assert_nonnull (lg_test_find_label_containing (group, "Read, but 1 term was left out"));
  g_assert_null (lg_test_find_label_containing (group, "Not read"));
  g_assert_nonnull (lg_content_store_lookup_term (lg_session_get_store (lg_application_get_session (app), NULL),
                                                  "drain"));
  /* The folder, with a button to open it, and the command that checks a pack. */
  g_assert_nonnull (lg_test_find_label (page, user_pack));
  label = lg_test_find_label (page, "Open Folder");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_sensitive (label));
  g_assert_nonnull (lg_test_find_label_containing (page, "liver-guide --check-content="));
  g_free (lg_test_save_png (GTK_WIDGET (preferences), "packs-clinic-content"));
  gtk_window_destroy (GTK_WINDOW (preferences));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* With no problems there is no note, and the page says every file was read. */
static void
test_window_no_problems (void)
{
  LgWindow *window;
  LgPreferencesWindow *preferences;

  g_assert_nonnull (lg_session_get_store (lg_application_get_session (app), NULL));
  /* broken.json; clinic-map.json's picture and its empty legend; glossary.json's empty definition */
  g_assert_cmpuint (lg_session_get_content_problems (lg_application_get_session (app))->len, ==, 4);
  g_ptr_array_set_size (lg_session_get_content_problems (lg_application_get_session (app)), 0);
  window = lg_test_window (app, 900, 700);
  lg_test_wait (200);
  g_assert_null (lg_test_find_label (GTK_WIDGET (window), "Some clinic topics could not be shown"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "clinic-content", NULL);
  g_assert_true (lg_test_wait_until (preferences_open, NULL));
  preferences = find_preferences ();
  g_assert_nonnull (lg_test_find_label_containing (GTK_WIDGET (preferences), "Every file in the pack folders was read"));
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("lg-data-XXXXXX", &error);
  int status;

  g_assert_no_error (error);
  /* Before anything asks GLib where the user's data is. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  user_pack = g_build_filename (data_home, "liver-guide", "topics", NULL);
  write_user_pack ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = lg_test_application ();

  g_test_add ("/lg/packs/new-topic", Fixture, NULL, fixture_set_up, test_new_topic, fixture_tear_down);
  g_test_add ("/lg/packs/replace-topic", Fixture, NULL, fixture_set_up, test_replace_topic, fixture_tear_down);
  g_test_add ("/lg/packs/topic-language", Fixture, NULL, fixture_set_up, test_topic_language, fixture_tear_down);
  g_test_add ("/lg/packs/related", Fixture, NULL, fixture_set_up, test_related, fixture_tear_down);
  g_test_add ("/lg/packs/glossary", Fixture, NULL, fixture_set_up, test_glossary, fixture_tear_down);
  g_test_add ("/lg/packs/glossary-bad-term", Fixture, NULL, fixture_set_up, test_glossary_bad_term, fixture_tear_down);
  g_test_add ("/lg/packs/illustration", Fixture, NULL, fixture_set_up, test_illustration, fixture_tear_down);
  g_test_add ("/lg/packs/handout", Fixture, NULL, fixture_set_up, test_handout, fixture_tear_down);
  g_test_add ("/lg/packs/not-json", Fixture, NULL, fixture_set_up, test_not_json, fixture_tear_down);
  g_test_add ("/lg/packs/schema-version", Fixture, NULL, fixture_set_up, test_schema_version, fixture_tear_down);
  g_test_add ("/lg/packs/invalid", Fixture, NULL, fixture_set_up, test_invalid, fixture_tear_down);
  g_test_add ("/lg/packs/oversize", Fixture, NULL, fixture_set_up, test_oversize, fixture_tear_down);
  g_test_add ("/lg/packs/too-many", Fixture, NULL, fixture_set_up, test_too_many, fixture_tear_down);
  g_test_add ("/lg/packs/symlink-out", Fixture, NULL, fixture_set_up, test_symlink_out, fixture_tear_down);
  g_test_add ("/lg/packs/symlink-inside", Fixture, NULL, fixture_set_up, test_symlink_inside, fixture_tear_down);
  g_test_add ("/lg/packs/illustration-outside", Fixture, NULL, fixture_set_up, test_illustration_outside, fixture_tear_down);
  g_test_add ("/lg/packs/bad-svg", Fixture, NULL, fixture_set_up, test_bad_svg, fixture_tear_down);
  g_test_add ("/lg/packs/hostile-svg", Fixture, NULL, fixture_set_up, test_hostile_svg, fixture_tear_down);
  g_test_add ("/lg/packs/read-once", Fixture, NULL, fixture_set_up, test_read_once, fixture_tear_down);
  g_test_add ("/lg/packs/control-characters", Fixture, NULL, fixture_set_up, test_control_characters, fixture_tear_down);
  g_test_add ("/lg/packs/markup-kept", Fixture, NULL, fixture_set_up, test_markup_kept, fixture_tear_down);
  g_test_add ("/lg/packs/duplicate-in-pack", Fixture, NULL, fixture_set_up, test_duplicate_in_pack, fixture_tear_down);
  g_test_add ("/lg/packs/not-regular", Fixture, NULL, fixture_set_up, test_not_regular, fixture_tear_down);
  g_test_add ("/lg/packs/missing-folder", Fixture, NULL, fixture_set_up, test_missing_folder, fixture_tear_down);
  g_test_add ("/lg/packs/mixed", Fixture, NULL, fixture_set_up, test_mixed, fixture_tear_down);
  g_test_add_func ("/lg/packs/window", test_window);
  g_test_add_func ("/lg/packs/window-no-problems", test_window_no_problems);

  status = g_test_run ();

  g_object_unref (app);
  lg_test_remove_tree (data_home);
  g_free (user_pack);
  return status;
}
