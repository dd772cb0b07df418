/* test-screenshots.c — writes PNGs of the window (wide, narrow, dark) into the build dir, and
 * checks they show something: the right size, not blank, and dark really darker.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-test-utils.h"

static LgApplication *app;

/* Mean luminance 0..1 of a PNG, and how many distinct grey levels it has. */
static double
mean_luminance (const char *path,
                int        *width,
                int        *height,
                guint      *levels)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);
  g_autofree guchar *data = NULL;
  gboolean seen[256] = { FALSE };
  double sum = 0;
  gsize stride, n;

  g_assert_no_error (error);
  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  stride = (gsize) *width * 4;
  data = g_malloc (stride * *height);
  gdk_texture_download (texture, data, stride);
  n = (gsize) *width * *height;
  *levels = 0;
  for (gsize i = 0; i < n; i++)
    {
      const guchar *p = data + i * 4; /* B G R A */
      int y = (p[2] * 299 + p[1] * 587 + p[0] * 114) / 1000;

      sum += y / 255.0;
      if (!seen[y])
        {
          seen[y] = TRUE;
          (*levels)++;
        }
    }
  return sum / n;
}

static double
shoot (const char *name,
       const char *topic,
       int         width,
       int         height)
{
  LgWindow *window = lg_test_window (app, width, height);
  g_autofree char *path = NULL;
  int w, h;
  guint levels;
  double luminance;

  g_assert_true (lg_window_show_topic (window, topic));
  lg_test_wait (300);
  path = lg_test_save_png (GTK_WIDGET (window), name);
  luminance = mean_luminance (path, &w, &h, &levels);
  g_test_message ("%s: %dx%d, mean luminance %.2f, %u grey levels", name, w, h, luminance, levels);
  g_assert_cmpint (w, ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (h, ==, gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpint (w, >=, MIN (width, 360));
  g_assert_cmpuint (levels, >, 20); /* text and pictures, not a blank window */
  gtk_window_destroy (GTK_WINDOW (window));
  return luminance;
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  double light, dark;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = shoot ("window-wide", "what-are-liver-metastases", 1280, 800);
  shoot ("window-wide-surgery", "surgery", 1280, 800);
  shoot ("window-narrow", "ablation", 360, 720);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  lg_test_wait (100);
  dark = shoot ("window-dark", "what-are-liver-metastases", 1280, 800);
  shoot ("window-dark-narrow", "radioembolization", 360, 720);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_cmpfloat (dark, <, light - 0.3);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = lg_test_application ();

  g_test_add_func ("/lg/screenshots/window", test_screenshots);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
