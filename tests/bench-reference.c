/* bench-reference.c — the floor Liver Guide's start-up is measured against
 *
 * The least a libadwaita app can be: an AdwApplication (with an id, so it registers on the session
 * bus as Liver Guide does) that presents one empty AdwApplicationWindow of Liver Guide's default
 * size. With LG_BENCH_STARTUP=1 it reports its first painted frame and quits, through the same
 * src/lg-bench.c as the app (compiled in, without the rest of the app).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>

#include "lg-bench.h"

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  lg_bench_watch_first_frame (window);
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
