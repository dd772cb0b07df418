/* lg-bench.c
 *
 * With LG_BENCH_STARTUP=1 in the environment, the window passes its topic page here. On the first
 * frame painted while that page is mapped, the app prints one line to stdout,
 *
 *   LG_BENCH_STARTUP <monotonic µs> <peak RSS KiB> <CPU µs, all threads>
 *
 * and quits. The benchmark compares the time with the moment just before it spawned the app
 * (g_get_monotonic_time() is CLOCK_MONOTONIC, the same clock in every process). Without the
 * variable nothing here runs. tests/bench-reference.c, the empty window start-up is compared with,
 * is built with this file too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <sys/resource.h>

#include "lg-bench.h"

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *widget)
{
  gint64 now = g_get_monotonic_time ();
  struct rusage usage;

  if (!gtk_widget_get_mapped (widget))
    return;
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, widget);
  getrusage (RUSAGE_SELF, &usage);
  printf ("LG_BENCH_STARTUP %" G_GINT64_FORMAT " %ld %" G_GINT64_FORMAT "\n", now, usage.ru_maxrss,
          (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
          usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
  fflush (stdout);
  g_application_quit (g_application_get_default ());
}

static void
map_cb (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (widget, map_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (after_paint_cb), widget, 0);
}

/* Reports the first frame painted with @widget mapped, if LG_BENCH_STARTUP is set. */
void
lg_bench_watch_first_frame (GtkWidget *widget)
{
  if (g_getenv ("LG_BENCH_STARTUP") == NULL)
    return;
  if (gtk_widget_get_mapped (widget))
    map_cb (widget);
  else
    g_signal_connect (widget, "map", G_CALLBACK (map_cb), NULL);
}
