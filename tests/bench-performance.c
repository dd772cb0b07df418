/* bench-performance.c — how fast Liver Guide starts, switches topics, searches and loads its
 * content on this machine, against what GTK and libadwaita cost by themselves.
 *
 * Run with `meson test -C build --benchmark` (meson starts it under xvfb-run and
 * dbus-run-session). It prints the machine, then one Markdown table. Every time is a median, as
 * wall-clock time and as CPU time: on a shared machine the wall clock also counts other people's
 * work, the CPU time only this program's. Targets are judged on the wall clock unless a row says
 * CPU. Rows:
 *   - start-up: from just before spawning liver-guide (or tests/bench-reference) to the first frame
 *     painted with the topic page mapped (the LG_BENCH_STARTUP hook, src/lg-bench.c), and of a
 *     minimal plain-GTK window with the same things on its first frame (bench-reference with
 *     LG_BENCH_REFERENCE_MINIMAL, the page LG_BENCH_REFERENCE_PAGE names), so what GTK itself
 *     costs to show them and what the app adds are both in the table; the programs alternate,
 *     after one discarded warm-up run of each; CPU is the child's own, all threads, up to that
 *     frame;
 *   - peak RSS of the three at that frame;
 *   - content load: lg_content_store_load_resource() of all bundled content;
 *   - topic switch: activating a sidebar row until the window's next frame is painted, for a topic
 *     not yet shown in that window and for one shown before; also the part before painting
 *     (building and laying out), and, for scale, a repaint of the whole unchanged window and of
 *     an empty AdwApplicationWindow of the same size, and the same switch in plain GTK (a list
 *     row activated, a GtkStack of pages of wrapped GtkLabels with the same words); these rows
 *     are judged on CPU time (issue 21): the part before painting ≤ 8 ms for a new topic, ≤ 3 ms
 *     for one shown before, a whole switch ≤ 1.3× the repaint of the unchanged window;
 *   - exam-room presentation at 1920×1080: entering until its first step is painted, one step
 *     (its first showing, and shown before), leaving, and a repaint of the unchanged presentation;
 *   - search: the sidebar's filter pass for one keystroke (the entry's "search-changed" handler,
 *     without GtkSearchEntry's 150 ms typing delay);
 *   - handout: a new LgHandout of every topic, laid out and written as a PDF, as
 *     `liver-guide --export-pdf` does;
 *   - scaling: load, search and memory with the bundled topics copied under new ids to 10× and
 *     100×; growth is judged on CPU time, which other load on the machine does not inflate.
 * Everything runs with the font settings a GNOME session gives every program (see
 * start_desktop_settings()); LG_BENCH_BARE_SESSION=1 runs without them, as a bare Xvfb is.
 * With arguments, only those parts run (start-up, content, switch, presentation, search, handout,
 * scaling).
 * Exit status: 0 when everything ran (missed targets are marked in the table), 1 when a
 * measurement could not be made, or with LG_BENCH_STRICT=1 also when a target was missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#if defined __has_include
#if __has_include (<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif

#include "lg-handout.h"
#include "lg-test-utils.h"
#include "lg-window-private.h"

#define STARTUP_RUNS 21
#define CHILD_TIMEOUT_S 30

static LgApplication *app;      /* one for the process: each window's store is its store */
static GString *table;
static const char *session = "bare Xvfb, no settings daemon";
static gboolean missed;
static gboolean broken;

/* -------------------------------------------------------------------------------------------- */
/* Numbers                                                                                      */

typedef struct {
  GArray *wall;                 /* of double, ms */
  GArray *cpu;
} Series;

static void
series_init (Series *s)
{
  s->wall = g_array_new (FALSE, FALSE, sizeof (double));
  s->cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
series_clear (Series *s)
{
  g_clear_pointer (&s->wall, g_array_unref);
  g_clear_pointer (&s->cpu, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Series, series_clear)

static void
series_add (Series *s,
            double  wall_ms,
            double  cpu_ms)
{
  g_array_append_val (s->wall, wall_ms);
  g_array_append_val (s->cpu, cpu_ms);
}

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
clock_ms (clockid_t id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double wall_ms (void) { return g_get_monotonic_time () / 1000.0; }
static double thread_cpu_ms (void) { return clock_ms (CLOCK_THREAD_CPUTIME_ID); }
static double process_cpu_ms (void) { return clock_ms (CLOCK_PROCESS_CPUTIME_ID); }

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
     const char *wall,
     const char *cpu,
     const char *target,
     int         met)          /* 1 met, 0 missed, -1 no target */
{
  g_string_append_printf (table, "| %s | %s | %s | %s | %s |\n", measure, wall, cpu, target,
                          met < 0 ? "" : met ? "met" : "**missed**");
  if (met == 0)
    missed = TRUE;
}

/* A row of medians in ms, judged on the wall clock against @target_ms (0: none). */
static void
row_ms (const char *measure,
        Series     *s,
        double      target_ms)
{
  g_autofree char *wall = g_strdup_printf ("%.2f ms (%u runs)", median (s->wall), s->wall->len);
  g_autofree char *cpu = g_strdup_printf ("%.2f ms", median (s->cpu));
  g_autofree char *target = target_ms > 0 ? g_strdup_printf ("≤ %g ms", target_ms) : g_strdup ("");

  row (measure, wall, cpu, target, target_ms > 0 ? median (s->wall) <= target_ms : -1);
}

/* -------------------------------------------------------------------------------------------- */
/* The machine                                                                                  */

static char *
first_match (const char *file,
             const char *prefix)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (file, &text, NULL, NULL))
    return g_strdup ("?");
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      {
        const char *value = lines[i] + strlen (prefix);

        while (*value == ' ' || *value == '\t' || *value == ':' || *value == '=')
          value++;
        return g_strdup (value);
      }
  return g_strdup (g_strstrip (text));
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  fields = g_strsplit (text, " ", 2);
  return g_strdup (fields[0]);
}

static void
print_machine (const char *renderer,
               const char *load_before,
               const char *load_after)
{
  g_autofree char *cpu = first_match ("/proc/cpuinfo", "model name");
  g_autofree char *debian = first_match ("/etc/debian_version", "");
  g_autofree char *os = first_match ("/etc/os-release", "PRETTY_NAME");

  printf ("Machine: %u × %s; %s (Debian %s); GTK %u.%u.%u, libadwaita %u.%u.%u; "
          "renderer %s under Xvfb; session font settings: %s; "
          "1-minute load average %s before, %s after.\n",
          g_get_num_processors (), cpu, os, debian,
          gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
          adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version (),
          renderer, session, load_before, load_after);
}

/* -------------------------------------------------------------------------------------------- */
/* The session                                                                                  */

/* Debian 12's GNOME defaults (org.gnome.desktop.interface font-name, font-hinting,
 * font-antialiasing), as gsd-xsettings serves them to every X11 program. */
static const char desktop_settings[] =
  "Gtk/FontName \"Cantarell 11\"\n"
  "Xft/Antialias 1\n"
  "Xft/Hinting 1\n"
  "Xft/HintStyle \"hintslight\"\n"
  "Xft/RGBA \"none\"\n";

static gboolean
hint_style_served (gpointer data)
{
  g_autofree char *hint_style = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-xft-hintstyle", &hint_style, NULL);
  return g_strcmp0 (hint_style, "hintslight") == 0;
}

/* A desktop session has a settings daemon that gives every program the user's font settings;
 * a bare Xvfb has none, and GTK then leaves hinting to fontconfig's defaults. With those,
 * FreeType re-runs DejaVu Sans's hinting program for almost every glyph drawn (about 100 M
 * instructions before Liver Guide's first frame, none with a desktop's "hintslight"), a cost no
 * desktop user pays. So the benchmark serves GNOME's defaults with xsettingsd, to the app and the
 * reference alike (the reference draws no text). Returns the daemon, or NULL (noted in the
 * machine line) when xsettingsd is missing or LG_BENCH_BARE_SESSION=1. */
static GSubprocess *
start_desktop_settings (const char *dir)
{
  g_autofree char *conf = g_build_filename (dir, "xsettingsd.conf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) daemon = NULL;

  if (g_strcmp0 (g_getenv ("LG_BENCH_BARE_SESSION"), "1") == 0)
    return NULL;
  if (!g_file_set_contents (conf, desktop_settings, -1, &error))
    g_error ("bench: %s", error->message);
  daemon = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                             &error, "xsettingsd", "-c", conf, NULL);
  if (daemon == NULL)
    {
      g_printerr ("bench: no xsettingsd (%s); measuring a bare Xvfb session\n", error->message);
      session = "bare Xvfb, no settings daemon (xsettingsd not installed)";
      return NULL;
    }
  lg_test_wait (100); /* a daemon that cannot own the display exits at once */
  if (!lg_test_wait_until (hint_style_served, NULL) || g_subprocess_get_identifier (daemon) == NULL)
    {
      /* Another settings daemon owns the display (a desktop session): keep its settings. */
      g_printerr ("bench: xsettingsd could not serve this display; measuring with its own settings\n");
      session = "the display's own settings daemon (xsettingsd could not start)";
      g_subprocess_force_exit (daemon);
      return NULL;
    }
  session = "GNOME's defaults served by xsettingsd (Cantarell 11, hinting slight, grayscale)";
  return g_steal_pointer (&daemon);
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

/* Runs @binary with LG_BENCH_STARTUP=1 (and LG_BENCH_REFERENCE_MINIMAL=@minimal_page unless NULL):
 * ms from spawn to its first frame, its CPU ms up to then and its peak RSS. */
static gboolean
run_startup (const char *binary,
             const char *minimal_page,
             double     *ms,
             double     *cpu_ms,
             double     *rss_mib)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  Child child = { NULL, FALSE };
  gint64 end, start, frame = 0, cpu = 0;
  long rss = 0;

  g_subprocess_launcher_setenv (launcher, "LG_BENCH_STARTUP", "1", TRUE);
  if (minimal_page != NULL)
    g_subprocess_launcher_setenv (launcher, "LG_BENCH_REFERENCE_MINIMAL", minimal_page, TRUE);
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
      if (sscanf (out, "LG_BENCH_STARTUP %" G_GINT64_FORMAT " %ld %" G_GINT64_FORMAT,
                  &frame, &rss, &cpu) == 3)
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
  *cpu_ms = cpu / 1000.0;
  *rss_mib = rss / 1024.0;
  return TRUE;
}

/* The three programs alternate: the app, the minimal window with the app's first-frame things in
 * plain GTK (tests/bench-reference.c with LG_BENCH_REFERENCE_MINIMAL) and the empty window. The
 * minimal one is what GTK itself costs to show what the app's first frame shows; the app's cost
 * over it is the app's own. */
static void
bench_startup (const char *app_binary,
               const char *reference_binary,
               const char *minimal_page)
{
  g_auto(Series) app_time = { 0 };
  g_auto(Series) ref_time = { 0 };
  g_auto(Series) min_time = { 0 };
  g_autoptr(GArray) app_rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ref_rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) min_rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *wall = NULL;
  g_autofree char *cpu = NULL;
  double ms, cpu_ms, rss;

  series_init (&app_time);
  series_init (&ref_time);
  series_init (&min_time);
  /* One discarded run of each: the first start reads libraries and fonts from disk. */
  if (!run_startup (app_binary, NULL, &ms, &cpu_ms, &rss) ||
      !run_startup (reference_binary, NULL, &ms, &cpu_ms, &rss) ||
      (minimal_page != NULL && !run_startup (reference_binary, minimal_page, &ms, &cpu_ms, &rss)))
    {
      broken = TRUE;
      row ("start-up", "failed (see the log)", "", "", -1);
      return;
    }
  for (guint i = 0; i < STARTUP_RUNS; i++)
    {
      if (!run_startup (reference_binary, NULL, &ms, &cpu_ms, &rss))
        break;
      series_add (&ref_time, ms, cpu_ms);
      g_array_append_val (ref_rss, rss);
      if (minimal_page != NULL)
        {
          if (!run_startup (reference_binary, minimal_page, &ms, &cpu_ms, &rss))
            break;
          series_add (&min_time, ms, cpu_ms);
          g_array_append_val (min_rss, rss);
        }
      if (!run_startup (app_binary, NULL, &ms, &cpu_ms, &rss))
        break;
      series_add (&app_time, ms, cpu_ms);
      g_array_append_val (app_rss, rss);
    }
  if (app_time.wall->len < STARTUP_RUNS)
    {
      broken = TRUE;
      row ("start-up", "failed (see the log)", "", "", -1);
      return;
    }

  row_ms ("start-up to first frame, Liver Guide", &app_time, 0);
  if (minimal_page != NULL)
    row_ms ("start-up to first frame, minimal plain-GTK window with the same first-frame things",
            &min_time, 0);
  row_ms ("start-up to first frame, reference (empty AdwApplicationWindow)", &ref_time, 0);
  wall = g_strdup_printf ("%.2f", median (app_time.wall) / median (ref_time.wall));
  cpu = g_strdup_printf ("%.2f", median (app_time.cpu) / median (ref_time.cpu));
  row ("start-up ratio", wall, cpu, "≤ 1.2",
       median (app_time.wall) / median (ref_time.wall) <= 1.2);
  if (minimal_page != NULL)
    {
      g_free (wall);
      g_free (cpu);
      wall = g_strdup_printf ("%.2f / %.2f", median (app_time.wall) / median (min_time.wall),
                              median (min_time.wall) / median (ref_time.wall));
      cpu = g_strdup_printf ("%.2f / %.2f", median (app_time.cpu) / median (min_time.cpu),
                             median (min_time.cpu) / median (ref_time.cpu));
      row ("… Liver Guide to the minimal window / the minimal window to the empty one", wall, cpu,
           "", -1);
    }

  g_free (wall);
  wall = g_strdup_printf ("%.1f MiB", median (app_rss));
  row ("peak RSS at first frame, Liver Guide", wall, "", "", -1);
  if (minimal_page != NULL)
    {
      g_free (wall);
      wall = g_strdup_printf ("%.1f MiB", median (min_rss));
      row ("peak RSS at first frame, minimal plain-GTK window", wall, "", "", -1);
    }
  g_free (wall);
  wall = g_strdup_printf ("%.1f MiB", median (ref_rss));
  row ("peak RSS at first frame, reference", wall, "", "", -1);
  g_free (wall);
  wall = g_strdup_printf ("%.2f", median (app_rss) / median (ref_rss));
  row ("peak RSS ratio", wall, "", "≤ 1.2", median (app_rss) / median (ref_rss) <= 1.2);
}

/* -------------------------------------------------------------------------------------------- */
/* Content                                                                                      */

static void
load_bundled (Series *s)
{
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  double wall = wall_ms (), cpu = thread_cpu_ms ();

  lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error);
  if (s != NULL)
    series_add (s, wall_ms () - wall, thread_cpu_ms () - cpu);
  g_assert_no_error (error);
}

static void
bench_content_load (void)
{
  g_auto(Series) s = { 0 };

  series_init (&s);
  load_bundled (NULL); /* warm-up */
  for (guint i = 0; i < 101; i++)
    load_bundled (&s);
  row_ms ("content load (all bundled topics and the glossary)", &s, 5);
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

        if (!g_str_has_suffix (names[i], ".json") || g_str_equal (names[i], "glossary.json") ||
            g_str_equal (names[i], "labels.json"))
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

/* A store read as lg_content_store_load_resource() reads one, from @files. */
static LgContentStore *
load_generated (GPtrArray *files)
{
  g_autoptr(GBytes) glossary = g_resources_lookup_data (RESOURCE_BASE "/content/glossary.json", 0, NULL);
  g_autoptr(GBytes) labels = g_resources_lookup_data (RESOURCE_BASE "/content/labels.json", 0, NULL);
  g_autoptr(GError) error = NULL;
  LgContentStore *store = lg_content_store_new ();

  lg_content_store_add_glossary (store, glossary, "glossary.json", &error);
  g_assert_no_error (error);
  lg_content_store_add_labels (store, labels, "labels.json", &error);
  g_assert_no_error (error);
  add_topics (store, files, 0);
  return store;
}

/* -------------------------------------------------------------------------------------------- */
/* The window: topic switch and search                                                          */

typedef struct {
  double laid_out;              /* wall ms when the frame's layout phase ended */
  double laid_out_cpu;
  double painted;               /* wall ms after the frame was painted */
  double painted_cpu;
  gboolean done;
} Frame;

/* Marks for a profiler, called only in the switches LG_BENCH_SWITCH_PROFILE names: a change
 * starts, its frame's layout phase has ended, the frame is painted. They do nothing; callgrind
 * counts between them with `--zero-before=mark_change --dump-before=mark_laid_out
 * --dump-before=mark_painted` (build-aux/profile-switch). */
static gboolean marking;
G_GNUC_NO_INLINE __attribute__ ((used)) static void
mark_change (void)
{
#ifdef CALLGRIND_START_INSTRUMENTATION
  /* Under `--instr-atstart=no`, what comes before the first marked switch runs uninstrumented. */
  CALLGRIND_START_INSTRUMENTATION;
#endif
  __asm__ volatile ("");
}
G_GNUC_NO_INLINE __attribute__ ((used)) static void mark_laid_out (void) { __asm__ volatile (""); }
G_GNUC_NO_INLINE __attribute__ ((used)) static void mark_painted (void) { __asm__ volatile (""); }

/* Connected after GTK's own layout handler, so it runs when layout is done. */
static void
layout_cb (GdkFrameClock *clock,
           Frame         *frame)
{
  if (frame->laid_out == 0)
    {
      frame->laid_out = wall_ms ();
      frame->laid_out_cpu = process_cpu_ms ();
      if (marking)
        mark_laid_out ();
    }
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  if (!frame->done)
    {
      frame->painted = wall_ms ();
      frame->painted_cpu = process_cpu_ms ();
      frame->done = TRUE;
      if (marking)
        mark_painted ();
    }
}

/* Runs @change (as a click would) and waits for the window's next painted frame. */
static void
measure_frame (GtkWidget *window,
               void     (*change) (gpointer),
               gpointer   data,
               Series    *to_frame,
               Series    *before_paint)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frame frame = { 0 };
  gulong layout_handler, paint_handler;
  double wall, cpu, end;

  layout_handler = g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), &frame);
  paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);
  if (marking)
    mark_change ();
  wall = wall_ms ();
  cpu = process_cpu_ms ();
  change (data);
  end = wall + 5000;
  while (!frame.done && wall_ms () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, layout_handler);
  g_signal_handler_disconnect (clock, paint_handler);
  g_assert_true (frame.done);

  series_add (to_frame, frame.painted - wall, frame.painted_cpu - cpu);
  if (before_paint != NULL && frame.laid_out > 0)
    series_add (before_paint, frame.laid_out - wall, frame.laid_out_cpu - cpu);
  lg_test_wait (30); /* let follow-up frames and idles settle before the next change */
}

static void
activate_row (gpointer row)
{
  gtk_widget_activate (GTK_WIDGET (row));
}

/* Changes only the window's background, so the renderer repaints the whole unchanged window. */
static void
toggle_background (gpointer window)
{
  if (gtk_widget_has_css_class (window, "lg-bench-a"))
    gtk_widget_remove_css_class (window, "lg-bench-a");
  else
    gtk_widget_add_css_class (window, "lg-bench-a");
}

/* The sidebar's topic rows (not those of the Questions, Compare and Glossary views). */
static GPtrArray *
topic_rows (LgWindow *window)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (lg_test_sidebar (window), i)) != NULL; i++)
    if (lg_test_row_topic (window, row) != NULL)
      g_ptr_array_add (rows, row);
  return rows;
}

/* The switch's rows are judged on CPU time: the app's own part against a time, a whole switch
 * against the renderer's repaint of the unchanged window (@repaint). */
static void
row_switch (const char *measure,
            Series     *s,
            double      target_ms,
            Series     *repaint)
{
  g_autofree char *wall = g_strdup_printf ("%.2f ms (%u runs)", median (s->wall), s->wall->len);
  g_autofree char *cpu = g_strdup_printf ("%.2f ms", median (s->cpu));
  g_autofree char *target = NULL;
  int met = -1;

  if (target_ms > 0)
    {
      target = g_strdup_printf ("≤ %g ms (CPU)", target_ms);
      met = median (s->cpu) <= target_ms;
    }
  else if (repaint != NULL)
    {
      target = g_strdup_printf ("≤ 1.3× repaint (CPU; now %.2f×)", median (s->cpu) / median (repaint->cpu));
      met = median (s->cpu) <= 1.3 * median (repaint->cpu);
    }
  row (measure, wall, cpu, target ? target : "", met);
}

/* The texts of every label under @widget, in order, with their markup. */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_label (GTK_LABEL (widget)) != '\0')
    g_ptr_array_add (texts, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

/* A page of plain GTK with the same words as a topic page: a scrolled column of wrapped
 * GtkLabels, one per label of the page, with its markup; no libadwaita, none of our widgets. */
static GtkWidget *
plain_page (GtkWidget *topic_page)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  collect_labels (topic_page, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), texts->pdata[i]);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 70);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  return scroller;
}

typedef struct {
  GtkStack *stack;
  GtkWidget *page;
} PlainSwitch;

/* Our stack's switch as show_topic_page() does it: the kept page shown, the one before hidden. */
static void
our_stack_switch (gpointer data)
{
  PlainSwitch *sw = data;
  GtkWidget *previous = gtk_stack_get_visible_child (sw->stack);

  gtk_widget_set_visible (sw->page, TRUE);
  gtk_stack_set_visible_child (sw->stack, sw->page);
  if (previous != NULL && previous != sw->page)
    gtk_widget_set_visible (previous, FALSE);
}

static void
plain_row_activated_cb (GtkListBox    *list,
                        GtkListBoxRow *row,
                        GtkStack      *stack)
{
  GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack));

  for (int i = gtk_list_box_row_get_index (row); i > 0; i--)
    page = gtk_widget_get_next_sibling (page);
  gtk_stack_set_visible_child (stack, page);
}

/* The same switches in plain GTK: a GtkWindow of the same size with a GtkListBox of one row per
 * page beside a GtkStack (sized by the page shown, as ours) of plain_page()s of every topic page
 * @window built; each row is activated as bench_topic_switch() activates ours (which moves the
 * keyboard to it), first once for every page, then three rounds again. What it costs is GTK's
 * own cost of switching to that much text. */
static void
plain_switches (LgWindow *window,
                Series   *first,
                Series   *first_before,
                Series   *again,
                Series   *again_before)
{
  GtkWidget *plain = gtk_window_new ();
  GtkWidget *pane = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *stack = gtk_stack_new ();
  guint n = 0;

  gtk_stack_set_hhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_widget_set_hexpand (stack, TRUE);
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (window->topic_stack)); page != NULL;
       page = gtk_widget_get_next_sibling (page), n++)
    {
      gtk_stack_add_child (GTK_STACK (stack), plain_page (page));
      gtk_list_box_append (GTK_LIST_BOX (list),
                           gtk_label_new (gtk_stack_page_get_name (gtk_stack_get_page (window->topic_stack, page))));
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (plain_row_activated_cb), stack);
  gtk_box_append (GTK_BOX (pane), list);
  gtk_box_append (GTK_BOX (pane), stack);
  gtk_window_set_child (GTK_WINDOW (plain), pane);
  gtk_window_set_default_size (GTK_WINDOW (plain), 1100, 760);
  gtk_window_present (GTK_WINDOW (plain));
  g_assert_true (lg_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, plain));
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)));
  lg_test_wait (300);
  for (guint round = 0; round < 4; round++)
    for (guint i = round == 0 ? 1 : 0; i < n; i++)
      measure_frame (plain, activate_row, gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i),
                     round == 0 ? first : again, round == 0 ? first_before : again_before);
  gtk_window_destroy (GTK_WINDOW (plain));
  lg_test_wait (50);
}

static void
bench_topic_switch (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_auto(Series) first = { 0 };
  g_auto(Series) first_before = { 0 };
  g_auto(Series) again = { 0 };
  g_auto(Series) again_before = { 0 };
  g_auto(Series) repaint = { 0 };
  g_auto(Series) reference_repaint = { 0 };
  g_auto(Series) plain_first = { 0 };
  g_auto(Series) plain_first_before = { 0 };
  g_auto(Series) plain_again = { 0 };
  g_auto(Series) plain_again_before = { 0 };
  GtkWidget *reference;
  /* For a profiler (build-aux/profile-switch): which switches to mark ("new", "again" or
   * "repaint"), in how many windows, with how many rounds of going back. */
  const char *profile = g_getenv ("LG_BENCH_SWITCH_PROFILE");
  guint windows = profile ? 1 : 3;
  guint rounds = profile && g_getenv ("LG_BENCH_SWITCH_ROUNDS") ? atoi (g_getenv ("LG_BENCH_SWITCH_ROUNDS")) : 3;
  /* ... and, going back, only a part of a switch: "stack" (gtk_stack_set_visible_child() of the
   * kept page) or "focus" (the same after the keyboard moved to the topic's row). */
  const char *part = profile ? g_getenv ("LG_BENCH_SWITCH_PART") : NULL;

  series_init (&reference_repaint);
  series_init (&first);
  series_init (&first_before);
  series_init (&again);
  series_init (&again_before);
  series_init (&repaint);
  series_init (&plain_first);
  series_init (&plain_first_before);
  series_init (&plain_again);
  series_init (&plain_again_before);
  gtk_css_provider_load_from_data (css, "window.lg-bench-a { background-color: #fbfbfb; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  for (guint w = 0; w < windows; w++)
    {
      LgWindow *window = lg_test_window (app, 1100, 760);
      g_autoptr(GPtrArray) rows = topic_rows (window);
      g_autofree char *opened = g_strdup (lg_window_get_topic_id (window));

      gtk_widget_grab_focus (rows->pdata[0]);
      marking = g_strcmp0 (profile, "repaint") == 0;
      for (guint i = 0; i < 5; i++)
        measure_frame (GTK_WIDGET (window), toggle_background, window, &repaint, NULL);

      /* The first round visits every topic but the one the window opened on for the first time;
       * three rounds of going back follow. */
      for (guint round = 0; round <= rounds; round++)
        for (guint i = 0; i < rows->len; i++)
          {
            LgTopic *topic = lg_test_row_topic (window, rows->pdata[i]);

            if (round == 0 && g_str_equal (lg_topic_get_id (topic), opened))
              continue;
            marking = g_strcmp0 (profile, round == 0 ? "new" : "again") == 0;
            if (round > 0 && part != NULL)
              {
                /* Profiling one part of a switch: the stack's change alone, or after moving
                 * the keyboard to the row, as activating it does */
                PlainSwitch sw = { window->topic_stack,
                                   gtk_stack_get_child_by_name (window->topic_stack, lg_topic_get_id (topic)) };

                if (g_str_equal (part, "focus"))
                  gtk_widget_grab_focus (rows->pdata[i]);
                window->topic_page = LG_TOPIC_PAGE (sw.page);
                measure_frame (GTK_WIDGET (window), our_stack_switch, &sw, &again, &again_before);
                continue;
              }
            measure_frame (GTK_WIDGET (window), activate_row, rows->pdata[i],
                           round == 0 ? &first : &again,
                           round == 0 ? &first_before : &again_before);
            g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic));
          }
      marking = FALSE;
      if (w == 0 && profile == NULL)
        plain_switches (window, &plain_first, &plain_first_before, &plain_again, &plain_again_before);
      gtk_window_destroy (GTK_WINDOW (window));
      lg_test_wait (50);
    }
  /* The same repaint of the reference program's window: an empty AdwApplicationWindow. */
  reference = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (reference), 1100, 760);
  gtk_window_present (GTK_WINDOW (reference));
  g_assert_true (lg_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, reference));
  lg_test_wait (300);
  for (guint i = 0; i < 15; i++)
    measure_frame (reference, toggle_background, reference, &reference_repaint, NULL);
  gtk_window_destroy (GTK_WINDOW (reference));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (css));

  row_switch ("topic switch, topic not yet shown in the window", &first, 0, &repaint);
  row_switch ("… of which building and laying out (before painting)", &first_before, 8, NULL);
  row_switch ("topic switch, topic shown before", &again, 0, &repaint);
  row_switch ("… of which building and laying out (before painting)", &again_before, 3, NULL);
  row_ms ("for scale: repainting the whole unchanged window (the renderer's floor)", &repaint, 0);
  row_ms ("for scale: the same repaint of the reference's empty window", &reference_repaint, 0);
  if (plain_again.wall->len > 0)
    {
      row_ms ("for scale: the same switch in plain GTK (a GtkListBox's row activated, a GtkStack of wrapped GtkLabels with the topics' words), page not yet shown",
              &plain_first, 0);
      row_ms ("… of which laying out (before painting)", &plain_first_before, 0);
      row_ms ("for scale: the same switch in plain GTK, page shown before", &plain_again, 0);
      row_ms ("… of which laying out (before painting)", &plain_again_before, 0);
    }
}

/* -------------------------------------------------------------------------------------------- */
/* Exam-room presentation                                                                       */

static void set_exam_room (gpointer window) { lg_window_set_exam_room (window, TRUE); }
static void unset_exam_room (gpointer window) { lg_window_set_exam_room (window, FALSE); }
static void next_step (gpointer window) { gtk_widget_activate_action (window, "win.next-step", NULL); }
static void previous_step (gpointer window) { gtk_widget_activate_action (window, "win.previous-step", NULL); }

/* At 1920×1080: entering exam-room mode on each topic, stepping through its steps (each step's
 * first showing) and back (shown before; the topic's picture already read), leaving; and a
 * repaint of the whole unchanged presentation. */
static void
bench_presentation (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_auto(Series) enter = { 0 };
  g_auto(Series) step_first = { 0 };
  g_auto(Series) step_again = { 0 };
  g_auto(Series) leave = { 0 };
  g_auto(Series) repaint = { 0 };
  LgWindow *window = lg_test_window (app, 1920, 1080);
  g_autoptr(GPtrArray) rows = topic_rows (window);

  series_init (&enter);
  series_init (&step_first);
  series_init (&step_again);
  series_init (&leave);
  series_init (&repaint);
  gtk_css_provider_load_from_data (css, "window.lg-bench-a { background-color: #fbfbfb; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  for (guint i = 0; i < rows->len; i++)
    {
      LgPresentationView *view = window->presentation;
      guint n;

      gtk_widget_activate (rows->pdata[i]);
      lg_test_wait (100);
      measure_frame (GTK_WIDGET (window), set_exam_room, window, &enter, NULL);
      n = lg_presentation_view_get_n_steps (view);
      for (guint j = 1; j < n; j++)
        measure_frame (GTK_WIDGET (window), next_step, window, &step_first, NULL);
      for (guint j = 1; j < n; j++)
        measure_frame (GTK_WIDGET (window), previous_step, window, &step_again, NULL);
      if (i % 4 == 0)
        for (guint j = 0; j < 5; j++)
          measure_frame (GTK_WIDGET (window), toggle_background, window, &repaint, NULL);
      measure_frame (GTK_WIDGET (window), unset_exam_room, window, &leave, NULL);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (css));

  row_ms ("exam-room presentation at 1920×1080: entering, to the first step painted", &enter, 0);
  row_ms ("… one step, its first showing", &step_first, 0);
  row_ms ("… one step, shown before", &step_again, 0);
  row_ms ("… leaving, to the topic page painted", &leave, 0);
  row_ms ("… for scale: repainting the whole unchanged presentation", &repaint, 0);
}

/* Types each query one character at a time, then clears it; the filter pass of every keystroke,
 * in wall and thread CPU ms. */
static void
keystroke_times (LgWindow *window,
                 Series   *s)
{
  static const char * const queries[] = { "liver", "tumor", "radiation", "pump", "qqq" };
  GtkWidget *entry = lg_test_sidebar_search (window);

  /* Only the keystrokes timed here run the filter; the entry's own timer never fires. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), G_MAXINT);
  for (guint round = 0; round < 4; round++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      for (gsize len = 1; len <= strlen (queries[q]) + 1; len++)
        {
          g_autofree char *text = g_strndup (queries[q], len <= strlen (queries[q]) ? len : 0);
          double wall, cpu;

          gtk_editable_set_text (GTK_EDITABLE (entry), text);
          wall = wall_ms ();
          cpu = thread_cpu_ms ();
          g_signal_emit_by_name (entry, "search-changed");
          series_add (s, wall_ms () - wall, thread_cpu_ms () - cpu);
          while (g_main_context_iteration (NULL, FALSE))
            ;
        }
}

static void
bench_search (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  g_auto(Series) s = { 0 };

  series_init (&s);
  keystroke_times (window, &s);
  row_ms ("search, one keystroke's filter pass over the sidebar", &s, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* -------------------------------------------------------------------------------------------- */
/* Handout                                                                                      */

static void
bench_handout (void)
{
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liver-guide-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *measure = NULL;
  g_auto(LgHandoutOptions) options = { 0 };
  g_auto(Series) s = { 0 };
  GListModel *all;
  int pages = 0;

  g_assert_no_error (error);
  lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error);
  g_assert_no_error (error);
  all = lg_content_store_get_topics (store);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    g_ptr_array_add (topics, g_list_model_get_item (all, i));
  path = g_build_filename (dir, "all.pdf", NULL);
  lg_handout_options_init (&options, LG_PAPER_A4);
  options.clinic_name = g_strdup ("Riverside Liver Clinic");

  series_init (&s);
  for (guint run = 0; run < 12; run++)
    {
      double wall = wall_ms (), cpu = thread_cpu_ms ();
      g_autoptr(LgHandout) handout = lg_handout_new (store, topics, NULL, &options);

      pages = lg_handout_get_n_pages (handout);
      g_assert_true (lg_handout_write_pdf (handout, path, &error));
      g_assert_no_error (error);
      if (run > 0) /* the first run also loads fonts */
        series_add (&s, wall_ms () - wall, thread_cpu_ms () - cpu);
    }
  g_unlink (path);
  g_rmdir (dir);
  measure = g_strdup_printf ("handout: laying out and writing the PDF of all %u topics (%d A4 pages)",
                             topics->len, pages);
  row_ms (measure, &s, 500);
}

/* -------------------------------------------------------------------------------------------- */
/* Scaling                                                                                      */

typedef struct {
  guint topics;
  double load_ms, load_cpu;
  double search_ms, search_cpu;
  double content_kib;
  double window_kib;
} Scale;

static void
measure_scale (guint  copies,
               Scale *scale)
{
  g_autoptr(GPtrArray) files = topic_files (copies);
  g_auto(Series) loads = { 0 };
  g_auto(Series) keys = { 0 };
  LgContentStore *store;
  LgWindow *window;
  double before, with_window;
  guint runs = copies >= 100 ? 7 : copies >= 10 ? 21 : 101;

  series_init (&loads);
  series_init (&keys);
  scale->topics = files->len;
  for (guint i = 0; i < runs; i++)
    {
      double wall = wall_ms (), cpu = thread_cpu_ms ();
      g_autoptr(LgContentStore) s = load_generated (files);

      series_add (&loads, wall_ms () - wall, thread_cpu_ms () - cpu);
    }
  scale->load_ms = median (loads.wall);
  scale->load_cpu = median (loads.cpu);

  before = heap_bytes ();
  store = load_generated (files);
  scale->content_kib = (heap_bytes () - before) / 1024;
  g_object_unref (store);

  /* The app's own store, grown to this scale by the generated copies, behind a new window. */
  store = lg_session_get_store (lg_application_get_session (app), NULL);
  add_topics (store, files, g_list_model_get_n_items (lg_content_store_get_topics (store)));
  /* The window's heap: what it holds while shown, less what stays once it is gone. Measured
   * the other way round (before it is made, then with it), GTK 4.18 read as negative: making a
   * window frees what the window before it left for its next frame. */
  window = lg_test_window (app, 1100, 760);
  keystroke_times (window, &keys);
  scale->search_ms = median (keys.wall);
  scale->search_cpu = median (keys.cpu);
  with_window = heap_bytes ();
  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_wait (200);
  scale->window_kib = (with_window - heap_bytes ()) / 1024;
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
      g_autofree char *wall = NULL;
      g_autofree char *cpu = NULL;
      g_autofree char *target = NULL;
      double growth_load = s[i].load_cpu / s[0].load_cpu;
      double growth_search = s[i].search_cpu / s[0].search_cpu;
      double growth_content = s[i].content_kib / s[0].content_kib;
      double growth_window = s[i].window_kib / s[0].window_kib;
      /* Linear or better, with 25 % for measuring noise. */
      double limit = copies[i] * 1.25;

      measure = g_strdup_printf ("scaling %u× (%u topics): load / search keystroke / content heap / "
                                 "window heap", copies[i], s[i].topics);
      wall = g_strdup_printf ("%.1f ms / %.3f ms / %.0f KiB / %.0f KiB", s[i].load_ms,
                              s[i].search_ms, s[i].content_kib, s[i].window_kib);
      if (i == 0)
        {
          cpu = g_strdup_printf ("%.1f ms / %.3f ms", s[i].load_cpu, s[i].search_cpu);
          row (measure, wall, cpu, "the base", -1);
          continue;
        }
      cpu = g_strdup_printf ("%.1f ms / %.3f ms (growth ×%.1f / ×%.1f / ×%.1f / ×%.1f)",
                             s[i].load_cpu, s[i].search_cpu,
                             growth_load, growth_search, growth_content, growth_window);
      target = g_strdup_printf ("each ≤ ×%u (linear)", copies[i]);
      row (measure, wall, cpu, target,
           growth_load <= limit && growth_search <= limit && growth_content <= limit &&
           growth_window <= limit);
    }
}

/* -------------------------------------------------------------------------------------------- */

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
  const char *minimal_page = g_getenv ("LG_BENCH_REFERENCE_PAGE");
  gboolean strict = g_strcmp0 (g_getenv ("LG_BENCH_STRICT"), "1") == 0;
  g_autofree char *load_before = load_average ();
  g_autofree char *load_after = NULL;
  g_autofree char *renderer = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GSubprocess) settings_daemon = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench: needs a display; run it through meson test --benchmark (it uses xvfb-run)\n");
      return 77;
    }
  g_assert_nonnull (app_binary);
  g_assert_nonnull (reference_binary);

  table = g_string_new ("| measure | wall clock, median | CPU time, median | target | |\n"
                        "| --- | --- | --- | --- | --- |\n");
  gtk_init ();
  adw_init ();
  dir = g_dir_make_tmp ("lg-bench-XXXXXX", NULL);
  g_assert_nonnull (dir);
  settings_daemon = start_desktop_settings (dir);
  if (wanted (argc, argv, "start-up"))
    bench_startup (app_binary, reference_binary, minimal_page);
  app = lg_test_application ();
  if (wanted (argc, argv, "content"))
    bench_content_load ();
  if (wanted (argc, argv, "switch"))
    bench_topic_switch ();
  if (wanted (argc, argv, "presentation"))
    bench_presentation ();
  if (wanted (argc, argv, "search"))
    bench_search ();
  if (wanted (argc, argv, "handout"))
    bench_handout ();
  if (wanted (argc, argv, "scaling"))
    bench_scaling ();

  {
    LgWindow *window = lg_test_window (app, 400, 400);

    renderer = g_strdup (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
    gtk_window_destroy (GTK_WINDOW (window));
  }
  g_object_unref (app);
  load_after = load_average ();
  if (settings_daemon != NULL)
    g_subprocess_force_exit (settings_daemon);
  lg_test_remove_tree (dir);

  printf ("\n");
  print_machine (renderer, load_before, load_after);
  printf ("\n%s", table->str);
  g_string_free (table, TRUE);
  return broken || (strict && missed) ? EXIT_FAILURE : EXIT_SUCCESS;
}
