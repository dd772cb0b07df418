/* test-text-scale.c — the text size: its steps, the CSS it makes, the keys and the menu control,
 * that it is remembered, and that at 300% (1280×800) and at 200% in a 360-px window every topic
 * still fits: no label wider than its parent or the page, none cut short.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-preferences-window.h"
#include "lg-test-utils.h"
#include "lg-application-private.h"
#include "lg-text-scale-private.h"
#include "lg-settings-private.h"
#include "lg-text-size-control.h"
#include "lg-topic-page.h"

static LgApplication *app;

static GSettings *
settings (void)
{
  return lg_settings_get_gsettings (lg_application_get_settings (app));
}

static void
test_steps (void)
{
  static const double up[] = { 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.0 };
  double scale = 0.75;

  /* Up one step at a time, stopping at 300%; then down again, stopping at 75%. */
  for (guint i = 1; i < G_N_ELEMENTS (up); i++)
    {
      scale = lg_text_scale_step (scale, +1);
      g_assert_cmpfloat_with_epsilon (scale, up[i], 0.0001);
    }
  for (guint i = G_N_ELEMENTS (up) - 1; i > 0; i--)
    {
      g_assert_cmpfloat_with_epsilon (scale, up[i - 1], 0.0001);
      scale = lg_text_scale_step (scale, -1);
    }
  g_assert_cmpfloat_with_epsilon (lg_text_scale_step (0.75, -1), 0.75, 0.0001);
  /* A size set by hand between steps goes to the next step either way, and is kept in range. */
  g_assert_cmpfloat_with_epsilon (lg_text_scale_step (1.3, +1), 1.5, 0.0001);
  g_assert_cmpfloat_with_epsilon (lg_text_scale_step (1.3, -1), 1.25, 0.0001);
  g_assert_cmpfloat_with_epsilon (lg_text_scale_step (9, 0), 3.0, 0.0001);
}

/* The generated CSS follows the settings, with absolute sizes and a dot for the decimal point. */
static void
test_css (void)
{
  LgTextScale *text_scale = lg_application_get_text_scale (app);

  g_settings_set_double (settings (), "text-scale", 1.5);
  g_settings_set_double (settings (), "exam-room-text-scale", 3.0);
  g_assert_nonnull (strstr (lg_text_scale_get_css (text_scale), ".lg-scaled .title-1, .lg-scaled.title-1 { font-size: 30.00pt; }"));
  g_assert_nonnull (strstr (lg_text_scale_get_css (text_scale), ".lg-scaled .lg-exam-room .title-1, .lg-scaled .lg-exam-room.title-1 { font-size: 60.00pt; }"));
  g_assert_nonnull (strstr (lg_text_scale_get_css (text_scale), ".lg-scaled .heading, .lg-scaled.heading { font-size: 16.50pt; }"));
  g_assert_null (strstr (lg_text_scale_get_css (text_scale), ","  "00pt"));
  g_settings_reset (settings (), "text-scale");
  g_settings_reset (settings (), "exam-room-text-scale");
  g_assert_nonnull (strstr (lg_text_scale_get_css (text_scale), ".lg-scaled .title-1, .lg-scaled.title-1 { font-size: 20.00pt; }"));
}

static double
points (GtkWidget *label)
{
  const PangoFontDescription *desc = pango_context_get_font_description (gtk_widget_get_pango_context (label));

  return (double) pango_font_description_get_size (desc) / PANGO_SCALE;
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 change the size of every kind of text on the page, and the
 * setting; the header bar stays as it is. */
static void
test_keys (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgTopic *topic = lg_content_store_lookup_topic (lg_test_store (app), "surgery");
  g_autofree char *title = lg_content_store_to_plain (lg_test_store (app), lg_topic_get_title (topic));
  g_autofree char *in_short = lg_content_store_to_plain (lg_test_store (app), lg_topic_get_in_short (topic));
  GtkWidget *title_label, *body_label, *heading_label, *window_title;
  double title_pt, body_pt, heading_pt, chrome_pt;

  g_assert_true (lg_window_show_topic (window, "surgery"));
  lg_test_wait (100);
  /* The page's title, and the same words in the header bar. */
  title_label = lg_test_find_label (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE), title);
  window_title = lg_test_find_type (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE);
  body_label = lg_test_find_label (GTK_WIDGET (window), in_short);
  heading_label = lg_test_find_label (GTK_WIDGET (window), "Key points");
  g_assert_nonnull (title_label);
  g_assert_nonnull (body_label);
  g_assert_nonnull (heading_label);
  title_pt = points (title_label);
  body_pt = points (body_label);
  heading_pt = points (heading_label);
  chrome_pt = points (lg_test_find_label (window_title, title));

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>plus"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>equal"));
  lg_test_wait (100);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "text-scale"), 1.25, 0.0001);
  g_assert_cmpfloat_with_epsilon (points (title_label), title_pt * 1.25, 0.05);
  g_assert_cmpfloat_with_epsilon (points (body_label), body_pt * 1.25, 0.05);
  g_assert_cmpfloat_with_epsilon (points (heading_label), heading_pt * 1.25, 0.05);
  g_assert_cmpfloat_with_epsilon (points (lg_test_find_label (window_title, title)), chrome_pt, 0.001);

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>minus"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>minus"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>minus"));
  lg_test_wait (100);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "text-scale"), 0.9, 0.0001);
  g_assert_cmpfloat_with_epsilon (points (body_label), body_pt * 0.9, 0.05);

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>0"));
  lg_test_wait (100);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "text-scale"), 1.0, 0.0001);
  g_assert_cmpfloat_with_epsilon (points (body_label), body_pt, 0.001);

  /* At the ends the keys stop. */
  g_settings_set_double (settings (), "text-scale", 3.0);
  g_assert_false (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>plus"));
  g_settings_set_double (settings (), "text-scale", 0.75);
  g_assert_false (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>minus"));
  g_settings_reset (settings (), "text-scale");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The glossary popover's definition grows with the text too. */
static void
test_popover (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgGlossaryTerm *term = lg_content_store_lookup_term (lg_test_store (app), "ablation");
  g_autofree char *in_short = NULL;
  gboolean handled = FALSE;
  GtkWidget *label, *definition;
  double normal;

  g_assert_true (lg_window_show_topic (window, "ablation"));
  in_short = lg_content_store_to_plain (lg_test_store (app), lg_topic_get_in_short (lg_content_store_lookup_topic (lg_test_store (app), "ablation")));
  label = lg_test_find_label (GTK_WIDGET (window), in_short);
  lg_test_no_grab (lg_test_term_popover (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE)));
  g_signal_emit_by_name (label, "activate-link", "term:ablation", &handled);
  lg_test_wait (200);
  definition = lg_test_find_label (GTK_WIDGET (window), lg_glossary_term_get_definition (term));
  g_assert_nonnull (definition);
  normal = points (definition);
  g_settings_set_double (settings (), "text-scale", 2.0);
  lg_test_wait (100);
  g_assert_cmpfloat_with_epsilon (points (definition), normal * 2, 0.05);
  g_settings_reset (settings (), "text-scale");
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (definition, GTK_TYPE_POPOVER)));
  lg_test_wait (100);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
popover_shown (gpointer data)
{
  return lg_test_is_shown (data);
}

/* The menu's Text Size row: shows the size, and its buttons are reached with Tab alone. */
static void
test_menu_control (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkMenuButton *menu = GTK_MENU_BUTTON (lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (menu));
  GtkWidget *control = lg_test_find_type (popover, LG_TYPE_TEXT_SIZE_CONTROL);
  GtkWidget *larger = NULL;

  g_assert_nonnull (control);
  lg_test_no_grab (popover);
  gtk_menu_button_popup (menu);
  g_assert_true (lg_test_wait_until (popover_shown, control));
  lg_test_wait (100);
  g_assert_nonnull (lg_test_find_label (control, "Text Size"));
  g_assert_nonnull (lg_test_find_label (control, "100%"));

  /* Tab through the menu until the "Larger Text" button has the focus. */
  for (int i = 0; i < 12 && larger == NULL; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (popover, GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (gtk_widget_get_root (popover));
      if (focus != NULL && g_strcmp0 (gtk_widget_get_tooltip_text (focus), "Larger Text (Ctrl++)") == 0)
        larger = focus;
    }
  g_assert_nonnull (larger);
  g_assert_true (gtk_widget_is_ancestor (larger, control));
  gtk_widget_activate (larger);
  lg_test_wait (400);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "text-scale"), 1.1, 0.0001);
  g_assert_nonnull (lg_test_find_label (control, "110%"));
  /* The menu stays open for another step. */
  g_assert_true (lg_test_is_shown (control));

  gtk_popover_popdown (GTK_POPOVER (popover));
  g_settings_reset (settings (), "text-scale");
  lg_test_wait (100);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every shown label under @widget fits inside its parent (and inside @page, if given), and has
 * at least the width and height its text needs. */
static void
assert_fits (GtkWidget *widget,
             GtkWidget *page,
             const char *topic,
             guint      *n_labels)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_child_visible (widget))
    return;
  if (GTK_IS_POPOVER (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      graphene_rect_t in_parent, in_page;
      int text_width, text_height;

      g_assert_true (gtk_widget_compute_bounds (widget, parent, &in_parent));
      if (in_parent.origin.x < -0.5 || in_parent.origin.x + in_parent.size.width > gtk_widget_get_width (parent) + 0.5)
        g_error ("%s: label “%.40s” (x %.0f, width %.0f) does not fit its parent %s (width %d)",
                 topic, text, in_parent.origin.x, in_parent.size.width, G_OBJECT_TYPE_NAME (parent),
                 gtk_widget_get_width (parent));
      if (page != NULL)
        {
          g_assert_true (gtk_widget_compute_bounds (widget, page, &in_page));
          if (in_page.origin.x < -0.5 || in_page.origin.x + in_page.size.width > gtk_widget_get_width (page) + 0.5)
            g_error ("%s: label “%.40s” (x %.0f, width %.0f) does not fit the page (width %d)",
                     topic, text, in_page.origin.x, in_page.size.width, gtk_widget_get_width (page));
        }

      /* The text as laid out for drawing fits the label's box. */
      pango_layout_get_pixel_size (gtk_label_get_layout (GTK_LABEL (widget)), &text_width, &text_height);
      if (text_width > gtk_widget_get_width (widget) + 1 || text_height > gtk_widget_get_height (widget) + 1)
        g_error ("%s: label “%.40s” is cut short: %dx%d for text needing %dx%d", topic, text,
                 gtk_widget_get_width (widget), gtk_widget_get_height (widget), text_width, text_height);
      (*n_labels)++;
    }

  /* A table that scrolls sideways (Compare treatments) may be wider than the page. */
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkPolicyType policy;

      gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (widget), &policy, NULL);
      if (policy != GTK_POLICY_NEVER)
        page = NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    assert_fits (child, page, topic, n_labels);
}

static gboolean
count_tick (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
two_ticks (gpointer data)
{
  return *(guint *) data >= 2;
}

/* Waits for a whole frame, so the layout GTK owes the window is done. */
static void
wait_for_layout (GtkWidget *widget)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_tick, &ticks, NULL);

  g_assert_true (lg_test_wait_until (two_ticks, &ticks));
  gtk_widget_remove_tick_callback (widget, id);
}

static const char *views[] = { "questions", "compare", "glossary" };

static void
check_every_topic (int    width,
                   int    height,
                   double scale)
{
  GListModel *topics = lg_content_store_get_topics (lg_test_store (app));
  LgWindow *window;

  g_settings_set_double (settings (), "text-scale", scale);
  window = lg_test_window (app, width, height);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *page;
      guint n_labels = 0, n_all = 0;

      g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic)));
      lg_test_wait (100);
      wait_for_layout (GTK_WIDGET (window));
      page = lg_test_find_type (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE), GTK_TYPE_VIEWPORT);
      g_assert_nonnull (page);
      /* The page never scrolls sideways: its content is as wide as its viewport. */
      g_assert_cmpint (gtk_widget_get_width (gtk_viewport_get_child (GTK_VIEWPORT (page))), <=,
                       gtk_widget_get_width (page));
      assert_fits (page, page, lg_topic_get_id (topic), &n_labels);
      assert_fits (GTK_WIDGET (window), NULL, lg_topic_get_id (topic), &n_all); /* header bars, sidebar */
      g_test_message ("%s at %.0f%% in %dx%d: %u labels fit the page, %u in all", lg_topic_get_id (topic),
                      scale * 100, width, height, n_labels, n_all);
      g_assert_cmpuint (n_labels, >, 20);
    }

  /* The Questions, Compare and Glossary views, the same way. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkStack *content;
      GtkWidget *page;
      guint n_labels = 0, n_all = 0;

      g_assert_true (lg_window_show_view (window, views[i]));
      lg_test_wait (100);
      wait_for_layout (GTK_WIDGET (window));
      /* The window's content stack, around the stack of topic pages */
      content = GTK_STACK (gtk_widget_get_parent (gtk_widget_get_parent (lg_test_find_type (GTK_WIDGET (window),
                                                                                            LG_TYPE_TOPIC_PAGE))));
      page = lg_test_find_type (gtk_stack_get_visible_child (content), GTK_TYPE_VIEWPORT);
      g_assert_nonnull (page);
      assert_fits (page, page, views[i], &n_labels);
      assert_fits (GTK_WIDGET (window), NULL, views[i], &n_all);
      g_test_message ("%s view at %.0f%% in %dx%d: %u labels fit the page, %u in all", views[i],
                      scale * 100, width, height, n_labels, n_all);
      g_assert_cmpuint (n_labels, >, 5);

      /* The compare table is too wide for the window at this size: it scrolls sideways. */
      if (g_str_equal (views[i], "compare"))
        {
          GtkWidget *table = gtk_widget_get_ancestor (lg_test_find_type (page, GTK_TYPE_GRID), GTK_TYPE_SCROLLED_WINDOW);
          GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (table));

          g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, gtk_adjustment_get_page_size (h));
          g_assert_cmpfloat (gtk_adjustment_get_page_size (h), <=, gtk_widget_get_width (page));
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings (), "text-scale");
}

static void
test_fits_300 (void)
{
  check_every_topic (1280, 800, 3.0);
}

static void
test_fits_narrow_200 (void)
{
  check_every_topic (360, 720, 2.0);
}

static void
test_remembered (void)
{
  LgWindow *window = lg_test_window (app, 900, 700);
  GtkMenuButton *menu;

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>plus"));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "text-scale"), 1.1, 0.0001);
  /* A new window opens at that size, and its menu says so. */
  window = lg_test_window (app, 900, 700);
  menu = GTK_MENU_BUTTON (lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));
  lg_test_no_grab (GTK_WIDGET (gtk_menu_button_get_popover (menu)));
  gtk_menu_button_popup (menu);
  lg_test_wait (200);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (gtk_menu_button_get_popover (menu)), "110%"));
  gtk_menu_button_popdown (menu);
  lg_test_wait (100);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings (), "text-scale");
}

static gboolean
is_combo_row (GtkWidget     *widget,
              gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Preferences has both sizes, as the steps the keys go through, in step with the settings. */
static void
test_preferences (void)
{
  LgPreferencesWindow *prefs = lg_preferences_window_new (lg_application_get_settings (app));
  AdwComboRow *normal, *exam;
  GtkStringObject *item;

  gtk_window_present (GTK_WINDOW (prefs));
  lg_test_wait (200);
  normal = ADW_COMBO_ROW (lg_test_find_widget (GTK_WIDGET (prefs), is_combo_row, "Normal Mode"));
  exam = ADW_COMBO_ROW (lg_test_find_widget (GTK_WIDGET (prefs), is_combo_row, "Exam-Room Mode"));
  g_assert_nonnull (normal);
  g_assert_nonnull (exam);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (normal)), ==, 10);
  item = GTK_STRING_OBJECT (adw_combo_row_get_selected_item (normal));
  g_assert_cmpstr (gtk_string_object_get_string (item), ==, "100%");
  item = GTK_STRING_OBJECT (adw_combo_row_get_selected_item (exam));
  g_assert_cmpstr (gtk_string_object_get_string (item), ==, "150%");

  g_settings_set_double (settings (), "text-scale", 1.75);
  item = GTK_STRING_OBJECT (adw_combo_row_get_selected_item (normal));
  g_assert_cmpstr (gtk_string_object_get_string (item), ==, "175%");

  adw_combo_row_set_selected (normal, 9);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "text-scale"), 3.0, 0.0001);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "exam-room-text-scale"), 1.5, 0.0001);
  adw_combo_row_set_selected (exam, 0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings (), "exam-room-text-scale"), 0.75, 0.0001);

  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings (), "text-scale");
  g_settings_reset (settings (), "exam-room-text-scale");
}


/* The picture's width on the page and its first legend marker's, at @scale. */
static void
measure_picture (LgWindow *window,
                 double    scale,
                 int      *picture_width,
                 int      *marker_width)
{
  GtkWidget *page, *picture, *marker;

  g_settings_set_double (settings (), "text-scale", scale);
  lg_test_wait (200);
  wait_for_layout (GTK_WIDGET (window));
  page = lg_test_find_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE);
  picture = lg_test_find_shown_type (page, GTK_TYPE_PICTURE);
  g_assert_nonnull (picture);
  *picture_width = gtk_widget_get_width (picture);
  marker = lg_test_find_class (page, "lg-legend-number");
  g_assert_nonnull (marker);
  *marker_width = gtk_widget_get_width (marker);
}

/* The text size scales the topic page's picture and its numbered markers with the text; at 300%
 * the sidebar keeps its size, so it stays usable beside the large page. */
static void
test_picture_scales (void)
{
  LgWindow *window = lg_test_window (app, 1920, 1080);
  GtkWidget *row;
  int picture_100, marker_100, picture_200, marker_200, picture_300, marker_300, sidebar_100;

  g_assert_true (lg_window_show_topic (window, "surgery"));
  measure_picture (window, 1.0, &picture_100, &marker_100);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (lg_test_sidebar (window), 1));
  sidebar_100 = gtk_widget_get_height (row);
  measure_picture (window, 2.0, &picture_200, &marker_200);
  measure_picture (window, 3.0, &picture_300, &marker_300);
  g_test_message ("picture %d → %d → %d px, marker %d → %d → %d px at 100, 200, 300%%",
                  picture_100, picture_200, picture_300, marker_100, marker_200, marker_300);
  g_assert_cmpint (picture_200, >=, picture_100 * 18 / 10);
  g_assert_cmpint (marker_200, >=, marker_100 * 18 / 10);
  g_assert_cmpint (picture_300, >, picture_200);
  g_assert_cmpint (marker_300, >=, marker_100 * 27 / 10);
  /* The sidebar's rows keep their size, and its list still shows them all in reach. */
  g_assert_cmpint (gtk_widget_get_height (row), ==, sidebar_100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (lg_test_sidebar (window))), <=, 400);
  g_settings_reset (settings (), "text-scale");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = lg_test_init (&argc, &argv);

  g_test_add_func ("/lg/text-scale/steps", test_steps);
  g_test_add_func ("/lg/text-scale/css", test_css);
  g_test_add_func ("/lg/text-scale/keys", test_keys);
  g_test_add_func ("/lg/text-scale/popover", test_popover);
  g_test_add_func ("/lg/text-scale/menu-control", test_menu_control);
  g_test_add_func ("/lg/text-scale/remembered", test_remembered);
  g_test_add_func ("/lg/text-scale/preferences", test_preferences);
  g_test_add_func ("/lg/text-scale/fits-300", test_fits_300);
  g_test_add_func ("/lg/text-scale/picture", test_picture_scales);
  g_test_add_func ("/lg/text-scale/fits-narrow-200", test_fits_narrow_200);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
