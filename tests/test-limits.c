/* test-limits.c — a clinic's topic too big to show at once is refused by the documented limits
 * (data/content/README.md, "Limits"), quickly and with the file and the JSON path; the largest
 * topic the limits allow opens in the window well within a second.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <time.h>

#include "lg-content-error.h"
#include "lg-content-pack.h"
#include "lg-picture.h"
#include "lg-topic-page-private.h"
#include "lg-test-utils.h"

static LgApplication *app;
static char *user_pack;

/* The time limits hold for a normal build; under build-aux/dev sanitize (ASan's slower memory
 * handling) the times are only reported. */
static double
time_limit (double seconds)
{
  return g_getenv ("ASAN_OPTIONS") != NULL ? 30 * seconds : seconds;
}

/* A text of @length characters (at least 40), different for each @n. */
static void
add_text (GString    *json,
          guint       n,
          guint       length)
{
  gsize start = json->len;

  g_string_append_printf (json, "Line %u of the clinic's longest page.", n);
  while (json->len - start < length)
    g_string_append (json, " Ask the nurse when anything is unclear.");
  g_string_truncate (json, start + length);
  g_string_insert_c (json, start, '"');
  g_string_append_c (json, '"');
}

/* A topic of @n_sections sections of @blocks_per_section blocks; every @list_every-th block is
 * a list of @items_per_list items, the others paragraphs; every text about @text_length long;
 * @n_others key points, questions and prompts each. */
static char *
topic_json (const char *id,
            guint       n_sections,
            guint       blocks_per_section,
            guint       list_every,
            guint       items_per_list,
            guint       n_others,
            guint       text_length)
{
  static const char *others[] = { "key_points", "questions", "teach_back" };
  GString *json = g_string_new (NULL);
  guint n = 0;

  g_string_append_printf (json, "{ \"schema\": 1, \"id\": \"%s\", \"group\": \"understanding\", "
                          "\"order\": 1, \"title\": \"The longest page\", \"subtitle\": \"Every "
                          "limit\", \"in_short\": \"All of it.\", \"sections\": [", id);
  for (guint s = 0; s < n_sections; s++)
    {
      g_string_append_printf (json, "%s{ \"heading\": \"Part %u\", \"blocks\": [", s ? "," : "", s + 1);
      for (guint b = 0; b < blocks_per_section; b++)
        {
          g_string_append (json, b ? "," : "");
          if ((s * blocks_per_section + b) % list_every == list_every - 1)
            {
              g_string_append (json, "{ \"type\": \"bullets\", \"items\": [");
              for (guint i = 0; i < items_per_list; i++)
                {
                  g_string_append (json, i ? "," : "");
                  add_text (json, n++, text_length);
                }
              g_string_append (json, "] }");
            }
          else
            {
              g_string_append (json, "{ \"type\": \"paragraph\", \"text\": ");
              add_text (json, n++, text_length);
              g_string_append (json, " }");
            }
        }
      g_string_append (json, "] }");
    }
  g_string_append (json, "]");
  for (guint k = 0; k < G_N_ELEMENTS (others); k++)
    {
      g_string_append_printf (json, ", \"%s\": [", others[k]);
      for (guint i = 0; i < n_others; i++)
        {
          g_string_append (json, i ? "," : "");
          add_text (json, n++, text_length);
        }
      g_string_append (json, "]");
    }
  g_string_append (json, ", \"sources\": [ { \"publisher\": \"Riverside Clinic\", \"title\": "
                   "\"Our sheet\", \"url\": \"https://example.org/sheet\" } ], "
                   "\"reviewed\": \"2026-12\" }");
  return g_string_free (json, FALSE);
}

/* The largest topic the limits allow, in every direction at once: 30 sections of 5 blocks (150),
 * 21 of them lists of 14 items (294), 30 key points, questions and prompts, and about 59,000
 * characters of text in 513 texts. */
static char *
biggest_json (void)
{
  return topic_json ("biggest", LG_CONTENT_MAX_SECTIONS, LG_CONTENT_MAX_BLOCKS / LG_CONTENT_MAX_SECTIONS,
                     7, 14, LG_CONTENT_MAX_LIST_ITEMS, 112);
}

/* Loads @json as a pack of one file: the problems (each "file: $.path: message"). */
static GPtrArray *
load_one (const char *name,
          const char *json,
          guint      *n_loaded)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lg-limits-XXXXXX", &error);
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  g_autoptr(GFile) folder = NULL;
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_content_problem_free);

  g_assert_no_error (error);
  lg_content_store_set_picture_check (store, lg_picture_check);
  g_assert_true (lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error));
  lg_test_write_file (dir, name, json, -1);
  folder = g_file_new_for_path (dir);
  *n_loaded = lg_content_store_load_pack (store, folder, problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", ((LgContentProblem *) g_ptr_array_index (problems, i))->message);
  lg_test_remove_tree (dir);
  return problems;
}

static void
assert_refused (const char *json,
                const char *message)
{
  guint n_loaded = 0;
  g_autoptr(GPtrArray) problems = load_one ("big.json", json, &n_loaded);

  /* The limit passed first is the first problem; a file past several limits lists each. */
  g_assert_cmpuint (n_loaded, ==, 0);
  g_assert_cmpuint (problems->len, >=, 1);
  g_assert_cmpstr (((LgContentProblem *) g_ptr_array_index (problems, 0))->message, ==, message);
}

/* 100,000 bullets in one list, inside the 1 MiB file limit: refused at once. */
static void
test_bullets (void)
{
  GString *json = g_string_new ("{ \"schema\": 1, \"id\": \"bullets\", \"group\": \"understanding\", "
                                "\"order\": 1, \"title\": \"Bullets\", \"subtitle\": \"Many\", "
                                "\"in_short\": \"Many.\", \"sections\": [ { \"heading\": \"All\", "
                                "\"blocks\": [ { \"type\": \"bullets\", \"items\": [");
  g_autofree char *text = NULL;
  gint64 start;
  double seconds;

  for (guint i = 0; i < 100000; i++)
    g_string_append (json, i ? ",\"x\"" : "\"x\"");
  g_string_append (json, "] } ] } ], \"key_points\": [\"x\"], \"questions\": [\"x\"], "
                   "\"teach_back\": [\"x\"], \"sources\": [ { \"publisher\": \"P\", \"title\": \"T\", "
                   "\"url\": \"https://example.org/\" } ], \"reviewed\": \"2026-12\" }");
  g_assert_cmpuint (json->len, <, LG_CONTENT_MAX_FILE_SIZE);
  text = g_string_free (json, FALSE);

  start = g_get_monotonic_time ();
  assert_refused (text, "big.json: $.sections[0].blocks[0].items: has 100000 items; at most 30 "
                        "are allowed");
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("100,000 bullets (%zu bytes) refused in %.3f s", strlen (text), seconds);
  g_assert_cmpfloat (seconds, <, time_limit (1.0));
}

/* Each limit, one past it, named with its place. */
static void
test_each_limit (void)
{
  g_autofree char *sections = topic_json ("t", 31, 1, 1000, 1, 1, 10);
  g_autofree char *blocks = topic_json ("t", 1, 31, 1000, 1, 1, 10);
  g_autofree char *items = topic_json ("t", 1, 1, 1, 31, 1, 10);
  g_autofree char *others = topic_json ("t", 1, 1, 1000, 1, 31, 10);
  g_autofree char *all_blocks = topic_json ("t", 6, 26, 1000, 1, 1, 10);
  g_autofree char *all_items = topic_json ("t", 11, 1, 1, 30, 1, 10);
  g_autofree char *long_text = topic_json ("t", 1, 1, 1000, 1, 1, 10001);
  g_autofree char *all_text = topic_json ("t", 30, 1, 1000, 1, 30, 1000);

  assert_refused (sections, "big.json: $.sections: has 31 items; at most 30 are allowed");
  assert_refused (blocks, "big.json: $.sections[0].blocks: has 31 items; at most 30 are allowed");
  assert_refused (items, "big.json: $.sections[0].blocks[0].items: has 31 items; at most 30 are "
                         "allowed");
  assert_refused (others, "big.json: $.key_points: has 31 items; at most 30 are allowed");
  assert_refused (all_blocks, "big.json: $.sections[5].blocks[20]: the topic has more than 150 "
                              "blocks; this one is past the limit of 150");
  assert_refused (all_items, "big.json: $.sections[10].blocks[0]: the topic has more than 300 list "
                             "items; this block is past the limit of 300");
  assert_refused (long_text, "big.json: $.sections[0].blocks[0].text: text is 10001 characters "
                             "long; at most 10000 are allowed (split it)");
  {
    guint n_loaded = 0;
    g_autoptr(GPtrArray) problems = load_one ("big.json", all_text, &n_loaded);
    const char *message;

    g_assert_cmpuint (problems->len, ==, 1);
    message = ((LgContentProblem *) g_ptr_array_index (problems, 0))->message;
    g_assert_true (g_str_has_prefix (message, "big.json: $: the topic has "));
    g_assert_true (g_str_has_suffix (message, " characters of text; at most 60000 are allowed "
                                              "(split it)"));
  }
}

static gboolean
page_complete (gpointer data)
{
  GtkWidget *page = lg_test_find_shown_type (data, LG_TYPE_TOPIC_PAGE);

  return page != NULL && lg_topic_page_is_complete (LG_TOPIC_PAGE (page));
}

/* The largest topics allowed (the most texts; the longest texts) open in the window quickly. */
/* This process's CPU time, every thread, in seconds: unlike the wall clock, it does not count
 * the time other programs on a busy machine take. */
static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static void
test_biggest_opens (void)
{
  static const char *ids[] = { "biggest", "longest" };
  LgWindow *window;
  LgContentStore *store;

  store = lg_session_get_store (lg_application_get_session (app), NULL);
  g_assert_cmpuint (lg_session_get_content_problems (lg_application_get_session (app))->len, ==, 0);
  window = lg_test_window (app, 1100, 760);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      gint64 start;
      double cpu_start, seconds, cpu;

      g_assert_nonnull (lg_content_store_lookup_topic (store, ids[i]));
      start = g_get_monotonic_time ();
      cpu_start = cpu_seconds ();
      g_assert_true (lg_window_show_topic (window, ids[i]));
      g_assert_true (lg_test_wait_until (page_complete, window));
      seconds = (g_get_monotonic_time () - start) / 1e6;
      cpu = cpu_seconds () - cpu_start;
      g_test_message ("the largest topic allowed (%s) opened in %.3f s (CPU %.3f s)", ids[i], seconds, cpu);
      g_assert_nonnull (lg_test_find_label_containing (GTK_WIDGET (window), "Line 0 of the clinic"));
      /* CPU time, so a busy machine does not fail it; the app's own work is what is limited. */
      g_assert_cmpfloat (cpu, <, time_limit (1.0));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The same topic, read by the loader alone. */
static void
test_biggest_loads (void)
{
  g_autofree char *json = biggest_json ();
  g_autoptr(GPtrArray) problems = NULL;
  guint n_loaded = 0;
  gint64 start = g_get_monotonic_time ();

  problems = load_one ("biggest.json", json, &n_loaded);
  g_test_message ("the largest topic allowed (%zu bytes) read in %.3f s", strlen (json),
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (n_loaded, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("lg-data-XXXXXX", &error);
  g_autofree char *biggest = biggest_json ();
  g_autofree char *longest = topic_json ("longest", 1, 5, 1000, 1, 1, 7000);
  int status;

  g_assert_no_error (error);
  /* Before anything asks GLib where the user's data is. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  user_pack = g_build_filename (data_home, "liver-guide", "topics", NULL);
  lg_test_write_file (user_pack, "biggest.json", biggest, -1);
  /* The other way to the text limit: few texts, long ones (eight of 7,000 characters). */
  lg_test_write_file (user_pack, "longest.json", longest, -1);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = lg_test_application ();

  g_test_add_func ("/lg/limits/bullets", test_bullets);
  g_test_add_func ("/lg/limits/each-limit", test_each_limit);
  g_test_add_func ("/lg/limits/biggest-loads", test_biggest_loads);
  g_test_add_func ("/lg/limits/biggest-opens", test_biggest_opens);

  status = g_test_run ();
  g_object_unref (app);
  lg_test_remove_tree (data_home);
  g_free (user_pack);
  return status;
}
