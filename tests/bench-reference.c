/* bench-reference.c — the floor Liver Guide's start-up is measured against
 *
 * The least a libadwaita app can be: an AdwApplication (with an id, so it registers on the session
 * bus as Liver Guide does) that presents one empty AdwApplicationWindow of Liver Guide's default
 * size. With LG_BENCH_STARTUP=1 it prints the same line as src/lg-bench.c on its first painted
 * frame and quits:
 *
 *   LG_BENCH_STARTUP <monotonic µs> <peak RSS KiB> <CPU µs, all threads>
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <sys/resource.h>

#include <adwaita.h>

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  gint64 now = g_get_monotonic_time ();
  struct rusage usage;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  getrusage (RUSAGE_SELF, &usage);
  printf ("LG_BENCH_STARTUP %" G_GINT64_FORMAT " %ld %" G_GINT64_FORMAT "\n", now, usage.ru_maxrss,
          (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
          usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
  fflush (stdout);
  g_application_quit (g_application_get_default ());
}

static void
map_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_paint_cb), window, 0);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  if (g_getenv ("LG_BENCH_STARTUP") != NULL)
    g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.liverguide.BenchReference",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
