/* bench-handout.c — how long laying out and writing the handout of every topic takes.
 *
 * Each run builds a fresh LgHandout of all topics (as `liver-guide --export-pdf` does), lays it
 * out and writes the PDF; the first run also pays for loading fonts. Prints every run and the
 * median. Run with `meson test -C build --benchmark`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "lg-handout.h"

#define RUNS 9

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liver-guide-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_auto(LgHandoutOptions) options = { 0 };
  GListModel *all;
  double times[RUNS];
  int pages = 0;

  if (dir == NULL || !lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error))
    g_error ("%s", error->message);
  all = lg_content_store_get_topics (store);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    g_ptr_array_add (topics, g_list_model_get_item (all, i));
  path = g_build_filename (dir, "all.pdf", NULL);
  lg_handout_options_init (&options, LG_PAPER_A4);
  options.clinic_name = g_strdup ("Riverside Liver Clinic");

  for (int run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LgHandout) handout = lg_handout_new (store, topics, NULL, &options);

      pages = lg_handout_get_n_pages (handout);
      if (!lg_handout_write_pdf (handout, path, &error))
        g_error ("%s", error->message);
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      g_print ("run %d: %.1f ms\n", run + 1, times[run]);
    }

  qsort (times, RUNS, sizeof times[0], compare_doubles);
  g_print ("handout of all %u topics (%d A4 pages, laid out and written as PDF): "
           "median %.1f ms over %d runs (fastest %.1f ms, slowest %.1f ms); target < 1000 ms\n",
           topics->len, pages, times[RUNS / 2], RUNS, times[0], times[RUNS - 1]);

  g_unlink (path);
  g_rmdir (dir);
  return times[RUNS / 2] < 1000 ? EXIT_SUCCESS : EXIT_FAILURE;
}
