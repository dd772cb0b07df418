/* test-screenshots.c — writes PNGs of the window (wide, narrow, dark), every topic page, the
 * glossary popover and the Questions, Compare and Glossary views; exam-room mode at 1920×1080,
 * 300% text, a 360-px window at 200%, the main menu; and, run again with
 * ADW_DEBUG_HIGH_CONTRAST=1, high contrast; into the build dir, and checks they show something:
 * the right size, not blank, and dark really darker.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-test-utils.h"
#include "lg-settings-private.h"
#include "lg-topic-page.h"

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

/* Saves the window and checks the picture shows something; returns its mean luminance. */
static double
save_and_check (LgWindow   *window,
                const char *name,
                int         width)
{
  g_autofree char *path = NULL;
  int w, h;
  guint levels;
  double luminance;

  path = lg_test_save_png (GTK_WIDGET (window), name);
  luminance = mean_luminance (path, &w, &h, &levels);
  g_test_message ("%s: %dx%d, mean luminance %.2f, %u grey levels", name, w, h, luminance, levels);
  g_assert_cmpint (w, ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (h, ==, gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpint (w, >=, MIN (width, 360));
  /* Nothing on screen (a long translated word, a heading that cannot wrap) widens the window. */
  g_assert_cmpint (w, <=, width);
  g_assert_cmpuint (levels, >, 20); /* text and pictures, not a blank window */
  return luminance;
}

static double
shoot (const char *name,
       const char *topic,
       int         width,
       int         height)
{
  LgWindow *window = lg_test_window (app, width, height);
  double luminance;

  g_assert_true (lg_window_show_topic (window, topic));
  lg_test_wait (300);
  luminance = save_and_check (window, name, width);
  gtk_window_destroy (GTK_WINDOW (window));
  return luminance;
}

/* Saves @window as NAME.png once laid out, checks the picture, and closes the window. */
static double
shoot_window (LgWindow   *window,
              const char *name,
              int         width)
{
  double luminance;

  lg_test_wait (300);
  luminance = save_and_check (window, name, width);
  gtk_window_destroy (GTK_WINDOW (window));
  return luminance;
}

static double
shoot_view (const char *name,
            const char *view,
            int         width,
            int         height)
{
  LgWindow *window = lg_test_window (app, width, height);
  double luminance;

  g_assert_true (lg_window_show_view (window, view));
  lg_test_wait (300);
  luminance = save_and_check (window, name, width);
  gtk_window_destroy (GTK_WINDOW (window));
  return luminance;
}

/* Every topic page in the content language @language, in the light style, scrolled down a
 * screen at a time so the whole page is seen: PREFIX-ID-1.png, PREFIX-ID-2.png, … */
static void
shoot_topic_pages (const char         *language,
                   const char         *prefix,
                   const char * const *only)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GError) error = NULL;
  LgContentStore *store;
  GListModel *topics;

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), language));
  store = lg_session_get_store (lg_application_get_session (app), &error);
  g_assert_no_error (error);
  topics = lg_content_store_get_topics (store);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      LgWindow *window;
      GtkScrolledWindow *scroller;
      GtkAdjustment *v;
      guint page = 1;

      if (only != NULL && !g_strv_contains (only, lg_topic_get_id (topic)))
        continue;
      window = lg_test_window (app, 1280, 900);
      g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic)));
      lg_test_wait (300);
      scroller = GTK_SCROLLED_WINDOW (lg_test_find_type (lg_test_find_shown_type (GTK_WIDGET (window),
                                                                                  LG_TYPE_TOPIC_PAGE),
                                                         GTK_TYPE_SCROLLED_WINDOW));
      v = gtk_scrolled_window_get_vadjustment (scroller);
      for (;; page++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%s-%u", prefix, lg_topic_get_id (topic), page);

          save_and_check (window, name, 1280);
          if (gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v) >= gtk_adjustment_get_upper (v) - 1)
            break;
          gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v) - 60);
          lg_test_wait (100);
        }
      g_assert_cmpuint (page, >=, 2);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "en"));
}

static void
test_topic_pages (void)
{
  shoot_topic_pages ("en", "topic", NULL);
}

/* Spanish is longer than English: the longest topics again, to look at for clipping. */
static void
test_topic_pages_spanish (void)
{
  static const char * const longest[] = { "surgery", "hepatic-artery-infusion", NULL };

  shoot_topic_pages ("es", "topic-es", g_getenv ("LG_SCREENSHOTS_ALL") ? NULL : longest);
}

/* Renders @window with @popover drawn where it shows on screen (a popover is a surface of its
 * own, so the window's picture alone would not have it) into screenshots/NAME.png. */
static void
save_with_popover (LgWindow   *window,
                   GtkWidget  *popover,
                   const char *name)
{
  g_autoptr(GdkPaintable) window_paint = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GdkPaintable) popover_paint = gtk_widget_paintable_new (popover);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  double wx, wy, px, py;
  int w, h;
  guint levels;

  /* A window not drawn yet has nothing to render (sanitizer builds, a busy machine): wait. */
  for (guint tries = 0; tries < 50; tries++)
    {
      g_autoptr(GtkSnapshot) probe = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) drawn = NULL;

      gdk_paintable_snapshot (window_paint, probe, width, height);
      drawn = gtk_snapshot_free_to_node (g_steal_pointer (&probe));
      if (drawn != NULL)
        break;
      lg_test_wait (100);
    }
  gtk_native_get_surface_transform (GTK_NATIVE (window), &wx, &wy);
  gtk_native_get_surface_transform (GTK_NATIVE (popover), &px, &py);
  gdk_paintable_snapshot (window_paint, snapshot, width, height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (gdk_popup_get_position_x (GDK_POPUP (surface)) + px - wx,
                                                          gdk_popup_get_position_y (GDK_POPUP (surface)) + py - wy));
  gdk_paintable_snapshot (popover_paint, snapshot, gtk_widget_get_width (popover), gtk_widget_get_height (popover));
  gtk_snapshot_restore (snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  mean_luminance (path, &w, &h, &levels);
  g_assert_cmpuint (levels, >, 20);
}

static void
test_glossary_popover (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  LgWindow *window;
  GtkWidget *label;
  gboolean handled = FALSE;
  g_autoptr(GError) error = NULL;
  LgContentStore *store = lg_session_get_store (lg_application_get_session (app), &error);
  g_autofree char *in_short = NULL;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = lg_test_window (app, 1280, 800);
  g_assert_true (lg_window_show_topic (window, "radioembolization"));
  lg_test_wait (300);
  in_short = lg_content_store_to_plain (store, lg_topic_get_in_short (lg_content_store_lookup_topic (store, "radioembolization")));
  label = lg_test_find_label (GTK_WIDGET (window), in_short);
  g_assert_nonnull (label);
  g_signal_emit_by_name (label, "activate-link", "term:radioembolization", &handled);
  g_assert_true (handled);
  lg_test_wait (300);
  {
    LgGlossaryTerm *term = lg_content_store_lookup_term (store, "radioembolization");
    GtkWidget *definition = lg_test_find_label (GTK_WIDGET (window), lg_glossary_term_get_definition (term));
    GtkWidget *popover;

    g_assert_nonnull (definition);
    popover = gtk_widget_get_ancestor (definition, GTK_TYPE_POPOVER);
    g_assert_true (gtk_widget_get_mapped (popover));
    save_with_popover (window, popover, "glossary-popover");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_views (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  double light, dark;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot_view ("glossary-view", "glossary", 1280, 800);
  shoot_view ("questions-view", "questions", 1280, 800);
  light = shoot_view ("compare-wide", "compare", 1280, 800);
  shoot_view ("compare-narrow", "compare", 360, 720);
  shoot_view ("glossary-narrow", "glossary", 360, 720);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  lg_test_wait (100);
  dark = shoot_view ("compare-dark", "compare", 1280, 800);
  shoot_view ("compare-dark-narrow", "compare", 360, 720);
  shoot_view ("questions-dark", "questions", 1280, 800);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_cmpfloat (dark, <, light - 0.3);
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

/* Spanish content: the window, the views, dark and narrow; no window is widened by it. */
static void
test_screenshots_spanish (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "es"));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot ("window-es-wide", "what-are-liver-metastases", 1280, 800);
  shoot ("window-es-narrow", "chemoembolization", 360, 720);
  shoot_view ("compare-es-wide", "compare", 1280, 800);
  shoot_view ("compare-es-narrow", "compare", 360, 720);
  shoot_view ("questions-es", "questions", 1280, 800);
  shoot_view ("glossary-es", "glossary", 1280, 800);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot ("window-es-dark-narrow", "sbrt", 360, 720);
  shoot_view ("compare-es-dark", "compare", 1280, 800);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "en"));
}

/* The content language menu, open over the window. */
static void
test_language_menu (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  LgWindow *window;
  GtkWidget *button;
  GtkPopover *popover;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = lg_test_window (app, 1100, 760);
  button = lg_test_find_tooltip (GTK_WIDGET (window), "Content Language: English");
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  lg_test_wait (400);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (popover), "Español"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (popover), "Follow System Language"));
  save_with_popover (window, GTK_WIDGET (popover), "language-menu");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Exam-room mode as a wall screen shows it, in light and dark. */
static void
test_exam_room (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  LgWindow *window;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = lg_test_window (app, 1920, 1080);
  g_assert_true (lg_window_show_topic (window, "radioembolization"));
  lg_window_set_exam_room (window, TRUE);
  shoot_window (window, "exam-room", 1920);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = lg_test_window (app, 1920, 1080);
  g_assert_true (lg_window_show_topic (window, "surgery"));
  lg_window_set_exam_room (window, TRUE);
  shoot_window (window, "exam-room-dark", 1920);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* @topic's page scrolled @fraction of the way down. */
static double
shoot_scrolled (const char *name,
                const char *topic,
                int         width,
                int         height,
                double      fraction)
{
  LgWindow *window = lg_test_window (app, width, height);
  GtkWidget *page;
  GtkAdjustment *adjustment;

  g_assert_true (lg_window_show_topic (window, topic));
  lg_test_wait (300);
  page = lg_test_find_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE); /* the topic's, on screen */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (lg_test_find_type (page, GTK_TYPE_SCROLLED_WINDOW)));
  gtk_adjustment_set_value (adjustment, fraction * (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)));
  return shoot_window (window, name, width);
}

/* The largest text in an ordinary window, and large text in a phone-sized one. */
static void
test_large_text (void)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_set_double (settings, "text-scale", 3.0);
  shoot ("text-300", "ablation", 1280, 800);
  shoot_scrolled ("text-300-legend", "ablation", 1280, 800, 0.17);
  shoot_scrolled ("text-300-end", "ablation", 1280, 800, 1.0);
  g_settings_set_double (settings, "text-scale", 2.0);
  shoot ("narrow-200", "chemoembolization", 360, 720);
  shoot_scrolled ("narrow-200-questions", "chemoembolization", 360, 720, 0.85);
  shoot_view ("glossary-narrow-200", "glossary", 360, 720);
  g_settings_set_double (settings, "text-scale", 3.0);
  shoot_view ("compare-300", "compare", 1280, 800);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot ("narrow-200-dark", "what-are-liver-metastases", 360, 720);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_settings_reset (settings, "text-scale");
}

/* The main menu's popover with the text size row, as it opens. */
static void
test_menu (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkMenuButton *menu = GTK_MENU_BUTTON (lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (menu));
  g_autofree char *path = NULL;

  lg_test_no_grab (popover);
  gtk_menu_button_popup (menu);
  lg_test_wait (400);
  g_assert_true (lg_test_is_shown (popover));
  path = lg_test_save_png (popover, "main-menu");
  gtk_menu_button_popdown (menu);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Run with ADW_DEBUG_HIGH_CONTRAST=1: libadwaita's high-contrast style, light and dark. */
static void
test_high_contrast (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  double light, dark;

  g_assert_true (adw_style_manager_get_high_contrast (style));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = shoot ("high-contrast", "ablation", 1280, 800);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = shoot ("high-contrast-dark", "ablation", 1280, 800);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpfloat (dark, <, light - 0.3);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = lg_test_init (&argc, &argv);

  if (g_strcmp0 (g_getenv ("ADW_DEBUG_HIGH_CONTRAST"), "1") == 0)
    {
      g_test_add_func ("/lg/screenshots/high-contrast", test_high_contrast);
    }
  else
    {
      g_test_add_func ("/lg/screenshots/window", test_screenshots);
      g_test_add_func ("/lg/screenshots/topic-pages", test_topic_pages);
      g_test_add_func ("/lg/screenshots/glossary-popover", test_glossary_popover);
      g_test_add_func ("/lg/screenshots/views", test_views);
      g_test_add_func ("/lg/screenshots/window-spanish", test_screenshots_spanish);
      g_test_add_func ("/lg/screenshots/topic-pages-spanish", test_topic_pages_spanish);
      g_test_add_func ("/lg/screenshots/language-menu", test_language_menu);
      g_test_add_func ("/lg/screenshots/exam-room", test_exam_room);
      g_test_add_func ("/lg/screenshots/large-text", test_large_text);
      g_test_add_func ("/lg/screenshots/menu", test_menu);
    }

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
