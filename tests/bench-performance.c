/* bench-performance.c — how fast Liver Guide starts, switches topics, searches and loads its
 * content on this machine, against what GTK and libadwaita cost by themselves.
 *
 * Run with `meson test -C build --benchmark` (meson starts it under xvfb-run and
 * dbus-run-session). It prints one Markdown table. Rows:
 *   - start-up: from just before spawning liver-guide (or tests/bench-reference) to the first frame
 *     painted with the topic page mapped (the LG_BENCH_STARTUP hook, src/lg-bench.c); the two
 *     programs alternate, after one discarded warm-up run of each;
 *   - peak RSS of both at that frame;
 *   - content load: lg_content_store_load_resource() of all bundled content;
 *   - topic switch: activating a sidebar row until the window's next frame is painted, for a topic
 *     not yet shown in that window and for one shown before;
 *   - search: the sidebar's filter pass for one keystroke (the entry's "search-changed" handler,
 *     without GtkSearchEntry's 150 ms typing delay);
 *   - scaling: load, search and memory with the bundled topics copied under new ids to 10× and 100×.
 * Exit status: 0 when everything ran (missed targets are marked in the table), 1 when a
 * measurement could not be made, or with LG_BENCH_STRICT=1 also when a target was missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include "lg-test-utils.h"

#define STARTUP_RUNS 11
#define CHILD_TIMEOUT_S 30

static LgApplication *app;      /* one for the process: each window's store is its store */
static GString *table;
static gboolean missed;
static gboolean broken;

/* -------------------------------------------------------------------------------------------- */
/* Numbers                                                                                      */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  double *v = (double *) values->data;

  if (values->len == 0)
    return NAN;
  g_array_sort (values, compare_doubles);
  return values->len % 2 ? v[values->len / 2] : (v[values->len / 2 - 1] + v[values->len / 2]) / 2;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Heap in use by this thread's arena, in bytes: what the content and widgets hold. */
static double
heap_bytes (void)
{
  struct mallinfo2 info;

  malloc_trim (0);
  info = mallinfo2 ();
  return (double) info.uordblks + (double) info.hblkhd;
}

static void
row (const char *measure,
     const char *value,
     const char *target,
     int         met)          /* 1 met, 0 missed, -1 no target */
{
  g_string_append_printf (table, "| %s | %s | %s | %s |\n", measure, value, target,
                          met < 0 ? "" : met ? "met" : "**missed**");
  if (met == 0)
    missed = TRUE;
}

static void
row_ms (const char *measure,
        double      ms,
        double      target_ms,
        guint       runs)
{
  g_autofree char *value = g_strdup_printf ("%.2f ms (median of %u)", ms, runs);
  g_autofree char *target = target_ms > 0 ? g_strdup_printf ("≤ %g ms", target_ms) : g_strdup ("");

  row (measure, value, target, target_ms > 0 ? ms <= target_ms : -1);
}

/* -------------------------------------------------------------------------------------------- */
/* Start-up and peak memory, in separate processes                                              */

typedef struct {
  GSubprocess *process;
  gboolean done;
} Child;

static void
child_exited_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Child *child = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  child->done = TRUE;
}

/* Runs @binary with LG_BENCH_STARTUP=1; returns the ms from spawn to its first frame. */
static gboolean
run_startup (const char  *binary,
             double      *ms,
             double      *rss_mib)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  Child child = { NULL, FALSE };
  gint64 end, start, frame = 0;
  long rss = 0;

  g_subprocess_launcher_setenv (launcher, "LG_BENCH_STARTUP", "1", TRUE);
  start = g_get_monotonic_time ();
  child.process = g_subprocess_launcher_spawn (launcher, &error, binary, NULL);
  if (child.process == NULL)
    {
      g_printerr ("bench: %s: %s\n", binary, error->message);
      return FALSE;
    }
  g_subprocess_wait_async (child.process, NULL, child_exited_cb, &child);
  end = g_get_monotonic_time () + CHILD_TIMEOUT_S * G_USEC_PER_SEC;
  while (!child.done && g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  if (!child.done)
    {
      g_printerr ("bench: %s showed no frame in %d s\n", binary, CHILD_TIMEOUT_S);
      g_subprocess_force_exit (child.process);
      while (!child.done)
        g_main_context_iteration (NULL, TRUE);
      g_object_unref (child.process);
      return FALSE;
    }

  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child.process));
  while ((out = g_data_input_stream_read_line (lines, NULL, NULL, NULL)) != NULL)
    {
      if (sscanf (out, "LG_BENCH_STARTUP %" G_GINT64_FORMAT " %ld", &frame, &rss) == 2)
        break;
      g_clear_pointer (&out, g_free);
    }
  g_object_unref (child.process);
  if (frame == 0)
    {
      g_printerr ("bench: %s exited without reporting its first frame\n", binary);
      return FALSE;
    }
  *ms = (frame - start) / 1000.0;
  *rss_mib = rss / 1024.0;
  return TRUE;
}

static void
bench_startup (const char *app_binary,
               const char *reference_binary)
{
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ref_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ref_rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *value = NULL;
  double ms, rss, a, r;

  /* One discarded run of each: the first start reads libraries and fonts from disk. */
  if (!run_startup (app_binary, &ms, &rss) || !run_startup (reference_binary, &ms, &rss))
    {
      broken = TRUE;
      row ("start-up", "failed (see the log)", "", -1);
      return;
    }
  for (guint i = 0; i < STARTUP_RUNS; i++)
    {
      if (!run_startup (reference_binary, &ms, &rss))
        break;
      g_array_append_val (ref_ms, ms);
      g_array_append_val (ref_rss, rss);
      if (!run_startup (app_binary, &ms, &rss))
        break;
      g_array_append_val (app_ms, ms);
      g_array_append_val (app_rss, rss);
    }
  if (app_ms->len < STARTUP_RUNS)
    {
      broken = TRUE;
      row ("start-up", "failed (see the log)", "", -1);
      return;
    }

  a = median (app_ms);
  r = median (ref_ms);
  value = g_strdup_printf ("%.1f ms (median of %u)", a, app_ms->len);
  row ("start-up to first frame, Liver Guide", value, "", -1);
  g_free (value);
  value = g_strdup_printf ("%.1f ms (median of %u)", r, ref_ms->len);
  row ("start-up to first frame, reference (empty AdwApplicationWindow)", value, "", -1);
  g_free (value);
  value = g_strdup_printf ("%.2f", a / r);
  row ("start-up ratio", value, "≤ 1.2", a / r <= 1.2);
  g_free (value);

  a = median (app_rss);
  r = median (ref_rss);
  value = g_strdup_printf ("%.1f MiB", a);
  row ("peak RSS at first frame, Liver Guide", value, "", -1);
  g_free (value);
  value = g_strdup_printf ("%.1f MiB", r);
  row ("peak RSS at first frame, reference", value, "", -1);
  g_free (value);
  value = g_strdup_printf ("%.2f", a / r);
  row ("peak RSS ratio", value, "≤ 1.2", a / r <= 1.2);
}

/* -------------------------------------------------------------------------------------------- */
/* Content                                                                                      */

static double
load_bundled_ms (void)
{
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double ms;

  lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error);
  ms = ms_since (start);
  g_assert_no_error (error);
  return ms;
}

static void
bench_content_load (void)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  load_bundled_ms (); /* warm-up */
  for (guint i = 0; i < 101; i++)
    {
      double ms = load_bundled_ms ();
      g_array_append_val (times, ms);
    }
  row_ms ("content load (all bundled topics and the glossary)", median (times), 5, times->len);
}

/* The bundled topic files, then @copies - 1 copies of each under new ids ("surgery-x2"). */
static GPtrArray *
topic_files (guint copies)
{
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_BASE "/content", 0, NULL);

  g_assert_nonnull (names);
  for (guint copy = 0; copy < copies; copy++)
    for (guint i = 0; names[i] != NULL; i++)
      {
        g_autofree char *path = g_strconcat (RESOURCE_BASE "/content/", names[i], NULL);
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(JsonParser) parser = json_parser_new ();
        g_autofree char *id = NULL;
        JsonObject *root;
        char *text;

        if (!g_str_has_suffix (names[i], ".json") || g_str_equal (names[i], "glossary.json"))
          continue;
        bytes = g_resources_lookup_data (path, 0, NULL);
        if (copy == 0)
          {
            g_ptr_array_add (files, g_steal_pointer (&bytes));
            continue;
          }
        g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                                   g_bytes_get_size (bytes), NULL));
        root = json_node_get_object (json_parser_get_root (parser));
        id = g_strdup_printf ("%s-x%u", json_object_get_string_member (root, "id"), copy + 1);
        json_object_set_string_member (root, "id", id);
        text = json_to_string (json_parser_get_root (parser), FALSE);
        g_ptr_array_add (files, g_bytes_new_take (text, strlen (text)));
      }
  return files;
}

/* Adds @files[@first…] to @store, as the content store reads each file. */
static void
add_topics (LgContentStore *store,
            GPtrArray      *files,
            guint           first)
{
  for (guint i = first; i < files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("generated-%u.json", i);

      lg_content_store_add_topic (store, files->pdata[i], name, &error);
      g_assert_no_error (error);
    }
}

static LgContentStore *
load_generated (GPtrArray *files,
                GBytes    *glossary)
{
  g_autoptr(GError) error = NULL;
  LgContentStore *store = lg_content_store_new ();

  lg_content_store_add_glossary (store, glossary, "glossary.json", &error);
  g_assert_no_error (error);
  add_topics (store, files, 0);
  return store;
}

/* -------------------------------------------------------------------------------------------- */
/* The window: topic switch and search                                                          */

typedef struct {
  gint64 time;
  gboolean done;
} Frame;

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  if (!frame->done)
    {
      frame->time = g_get_monotonic_time ();
      frame->done = TRUE;
    }
}

static GtkListBox *
sidebar (LgWindow *window)
{
  return GTK_LIST_BOX (lg_test_find_type (GTK_WIDGET (window), GTK_TYPE_LIST_BOX));
}

/* Activates @row as a click would and returns the ms until the window's next painted frame. */
static double
switch_ms (LgWindow      *window,
           GtkListBoxRow *row)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  LgTopic *topic = g_object_get_data (G_OBJECT (row), "lg-topic");
  Frame frame = { 0, FALSE };
  gint64 start, end;
  gulong handler;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);
  start = g_get_monotonic_time ();
  gtk_widget_activate (GTK_WIDGET (row));
  end = start + 5 * G_USEC_PER_SEC;
  while (!frame.done && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_assert_true (frame.done);
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic));
  lg_test_wait (30); /* let follow-up frames and idles settle before the next switch */
  return (frame.time - start) / 1000.0;
}

static void
bench_topic_switch (void)
{
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) again = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint w = 0; w < 3; w++)
    {
      LgWindow *window = lg_test_window (app, 1100, 760);
      GtkListBox *list = sidebar (window);
      int n = 0;

      while (gtk_list_box_get_row_at_index (list, n) != NULL)
        n++;
      gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
      /* The window opens on row 0: rows 1…n-1 are first visits, then three rounds of revisits. */
      for (int round = 0; round < 4; round++)
        for (int i = round == 0 ? 1 : 0; i < n; i++)
          {
            double ms = switch_ms (window, gtk_list_box_get_row_at_index (list, i));
            g_array_append_val (round == 0 ? first : again, ms);
          }
      gtk_window_destroy (GTK_WINDOW (window));
      lg_test_wait (50);
    }
  row_ms ("topic switch, topic not yet shown in the window", median (first), 8, first->len);
  row_ms ("topic switch, topic shown before", median (again), 8, again->len);
}

/* Types each query one character at a time, then clears it; the filter pass of every keystroke. */
static GArray *
keystroke_times (LgWindow *window)
{
  static const char * const queries[] = { "liver", "tumor", "radiation", "pump", "qqq" };
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *entry = lg_test_find_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);

  /* Only the keystrokes timed here run the filter; the entry's own timer never fires. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), G_MAXINT);
  for (guint round = 0; round < 4; round++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      for (gsize len = 1; len <= strlen (queries[q]) + 1; len++)
        {
          g_autofree char *text = g_strndup (queries[q], len <= strlen (queries[q]) ? len : 0);
          gint64 start;
          double ms;

          gtk_editable_set_text (GTK_EDITABLE (entry), text);
          start = g_get_monotonic_time ();
          g_signal_emit_by_name (entry, "search-changed");
          ms = ms_since (start);
          g_array_append_val (times, ms);
          while (g_main_context_iteration (NULL, FALSE))
            ;
        }
  return times;
}

static void
bench_search (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  g_autoptr(GArray) times = keystroke_times (window);

  row_ms ("search, one keystroke's filter pass over the sidebar", median (times), 2, times->len);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* -------------------------------------------------------------------------------------------- */
/* Scaling                                                                                      */

typedef struct {
  guint topics;
  double load_ms;
  double search_ms;
  double content_kib;
  double window_kib;
} Scale;

static void
measure_scale (guint  copies,
               Scale *scale)
{
  g_autoptr(GPtrArray) files = topic_files (copies);
  g_autoptr(GBytes) glossary = g_resources_lookup_data (RESOURCE_BASE "/content/glossary.json", 0, NULL);
  g_autoptr(GArray) loads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keys = NULL;
  LgContentStore *store;
  LgWindow *window;
  double before;
  guint runs = copies >= 100 ? 7 : copies >= 10 ? 21 : 101;

  scale->topics = files->len;
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LgContentStore) s = load_generated (files, glossary);
      double ms = ms_since (start);

      g_array_append_val (loads, ms);
    }
  scale->load_ms = median (loads);

  before = heap_bytes ();
  store = load_generated (files, glossary);
  scale->content_kib = (heap_bytes () - before) / 1024;
  g_object_unref (store);

  /* The app's own store, grown to this scale by the generated copies, behind a new window. */
  store = lg_application_get_store (app, NULL);
  add_topics (store, files, g_list_model_get_n_items (lg_content_store_get_topics (store)));
  before = heap_bytes ();
  window = lg_test_window (app, 1100, 760);
  scale->window_kib = (heap_bytes () - before) / 1024;
  keys = keystroke_times (window);
  scale->search_ms = median (keys);
  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_wait (50);
}

static void
bench_scaling (void)
{
  static const guint copies[] = { 1, 10, 100 };
  Scale s[G_N_ELEMENTS (copies)];

  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    measure_scale (copies[i], &s[i]);

  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      g_autofree char *measure = NULL;
      g_autofree char *value = NULL;
      g_autofree char *target = NULL;
      double growth_load = s[i].load_ms / s[0].load_ms;
      double growth_search = s[i].search_ms / s[0].search_ms;
      double growth_content = s[i].content_kib / s[0].content_kib;
      double growth_window = s[i].window_kib / s[0].window_kib;
      /* Linear or better, with 25 % for timing noise. */
      double limit = copies[i] * 1.25;

      measure = g_strdup_printf ("scaling %u× (%u topics): load / search / content heap / window heap",
                                 copies[i], s[i].topics);
      value = g_strdup_printf ("%.1f ms / %.3f ms / %.0f KiB / %.0f KiB", s[i].load_ms,
                               s[i].search_ms, s[i].content_kib, s[i].window_kib);
      if (i == 0)
        {
          row (measure, value, "the base", -1);
          continue;
        }
      g_free (value);
      value = g_strdup_printf ("%.1f ms / %.3f ms / %.0f KiB / %.0f KiB (×%.1f / ×%.1f / ×%.1f / ×%.1f)",
                               s[i].load_ms, s[i].search_ms, s[i].content_kib, s[i].window_kib,
                               growth_load, growth_search, growth_content, growth_window);
      target = g_strdup_printf ("each ≤ ×%u (linear)", copies[i]);
      row (measure, value, target,
           growth_load <= limit && growth_search <= limit && growth_content <= limit &&
           growth_window <= limit);
    }
}

/* -------------------------------------------------------------------------------------------- */

/* With arguments, only those parts run (start-up, content, switch, search, scaling): for profiling. */
static gboolean
wanted (int          argc,
        char       **argv,
        const char  *part)
{
  return argc < 2 || g_strv_contains ((const char * const *) argv + 1, part);
}

int
main (int   argc,
      char *argv[])
{
  const char *app_binary = g_getenv ("LG_BINARY");
  const char *reference_binary = g_getenv ("LG_BENCH_REFERENCE");
  gboolean strict = g_strcmp0 (g_getenv ("LG_BENCH_STRICT"), "1") == 0;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench: needs a display; run it through meson test --benchmark (it uses xvfb-run)\n");
      return 77;
    }
  g_assert_nonnull (app_binary);
  g_assert_nonnull (reference_binary);

  table = g_string_new ("| measure | median | target | |\n| --- | --- | --- | --- |\n");
  if (wanted (argc, argv, "start-up"))
    bench_startup (app_binary, reference_binary);

  gtk_init ();
  adw_init ();
  app = lg_test_application ();
  if (wanted (argc, argv, "content"))
    bench_content_load ();
  if (wanted (argc, argv, "switch"))
    bench_topic_switch ();
  if (wanted (argc, argv, "search"))
    bench_search ();
  if (wanted (argc, argv, "handout"))
    row ("handout, laying out and writing the PDF of every topic",
         "n/a (handout renderer not merged)", "≤ 500 ms", -1);
  if (wanted (argc, argv, "scaling"))
    bench_scaling ();

  g_object_unref (app);
  printf ("\n%s", table->str);
  g_string_free (table, TRUE);
  return broken || (strict && missed) ? EXIT_FAILURE : EXIT_SUCCESS;
}
