/* test-exam-room.c — exam-room mode as a clinician uses it: in by key, menu or command line;
 * the sidebar away and back; large text of its own; large previous/next buttons and Page Up/Down;
 * no teach-back prompts; Escape puts everything back.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-test-utils.h"
#include "lg-window-private.h"
#include "lg-settings-private.h"
#include "lg-presentation-view.h"
#include "lg-topic-page.h"

static LgApplication *app;

static LgTopic *
topic_at (guint i)
{
  g_autoptr(LgTopic) topic = g_list_model_get_item (lg_content_store_get_topics (lg_test_store (app)), i);
  return topic;
}

static char *
title_of (guint i)
{
  return lg_content_store_to_plain (lg_test_store (app), lg_topic_get_title (topic_at (i)));
}

static GtkWidget *
sidebar (LgWindow *window)
{
  return GTK_WIDGET (lg_test_sidebar (window));
}

static GtkWidget *
teach_back (LgWindow *window)
{
  return lg_test_find_type (GTK_WIDGET (window), GTK_TYPE_EXPANDER);
}

/* The font size, in points, that a label with the given text is drawn at. */
static double
label_points (LgWindow   *window,
              const char *text)
{
  GtkWidget *label = lg_test_find_label (GTK_WIDGET (window), text);
  PangoContext *context;
  const PangoFontDescription *desc;

  g_assert_nonnull (label);
  context = gtk_widget_get_pango_context (label);
  desc = pango_context_get_font_description (context);
  return (double) pango_font_description_get_size (desc) / PANGO_SCALE;
}

static void
reset_settings (void)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));

  g_settings_reset (settings, "text-scale");
  g_settings_reset (settings, "exam-room-text-scale");
}

static void
test_enter_and_leave (void)
{
  LgWindow *window;
  GtkWidget *leave, *previous, *next, *topics;
  g_autofree char *title0 = title_of (0);
  g_autofree char *title1 = title_of (1);
  g_autofree char *title2 = title_of (2);
  g_autofree char *in_short = NULL;
  double normal_points, exam_points;

  reset_settings ();
  window = lg_test_window (app, 1100, 760);
  g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic_at (1))));
  in_short = lg_content_store_to_plain (lg_test_store (app), lg_topic_get_in_short (topic_at (1)));
  lg_test_wait (100);
  normal_points = label_points (window, in_short);
  g_assert_true (lg_test_is_shown (sidebar (window)));
  g_assert_true (lg_test_is_shown (teach_back (window)));
  g_assert_null (lg_test_find_tooltip (GTK_WIDGET (window), "Leave Exam-Room Mode (Esc)"));

  /* F11 enters. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "F11"));
  lg_test_wait (300);
  g_assert_true (lg_window_get_exam_room (window));
  g_assert_false (lg_test_is_shown (sidebar (window)));
  g_assert_false (lg_test_is_shown (teach_back (window)));
  leave = lg_test_find_tooltip (GTK_WIDGET (window), "Leave Exam-Room Mode (Esc)");
  topics = lg_test_find_tooltip (GTK_WIDGET (window), "Show Topics (F9)");
  g_assert_nonnull (leave);
  g_assert_nonnull (topics);

  /* The topic is presented, one step at a time: In short first, in text more than twice as large
   * as the exam-room text size (1.5 times the reader's), which the page would have. */
  g_assert_true (lg_test_is_shown (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_PRESENTATION_VIEW)));
  exam_points = label_points (window, in_short);
  g_assert_cmpfloat (exam_points, >=, normal_points * 1.5 * 2);

  /* The large buttons name the neighbouring topics. */
  previous = gtk_widget_get_ancestor (lg_test_find_label (GTK_WIDGET (window), "Previous Topic"), GTK_TYPE_BUTTON);
  next = gtk_widget_get_ancestor (lg_test_find_label (GTK_WIDGET (window), "Next Topic"), GTK_TYPE_BUTTON);
  g_assert_nonnull (previous);
  g_assert_nonnull (next);
  /* (The page may name them too, under Related topics.) */
  g_assert_nonnull (lg_test_find_label (previous, title0));
  g_assert_nonnull (lg_test_find_label (next, title2));
  /* …large enough to hit from a step away. */
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (next, next, &bounds));
    g_assert_cmpfloat (bounds.size.height, >=, 64);
  }

  /* The next button goes on; at the first topic there is no previous button. */
  gtk_widget_activate (next);
  lg_test_wait (400);
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (2)));
  g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic_at (0))));
  lg_test_wait (100);
  g_assert_false (lg_test_is_shown (previous));
  g_assert_nonnull (lg_test_find_label (next, title1));

  /* Escape leaves and puts it all back. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));
  lg_test_wait (300);
  g_assert_false (lg_window_get_exam_room (window));
  g_assert_true (lg_test_is_shown (sidebar (window)));
  g_assert_true (lg_test_is_shown (teach_back (window)));
  g_assert_false (lg_test_is_shown (leave));
  g_assert_false (lg_test_is_shown (next));
  in_short = (g_free (in_short), lg_content_store_to_plain (lg_test_store (app), lg_topic_get_in_short (topic_at (0))));
  g_assert_cmpfloat_with_epsilon (label_points (window, in_short), normal_points, 0.01);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  /* Escape outside exam-room mode does nothing to it; F5 enters too. */
  g_assert_false (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "F5"));
  g_assert_true (lg_window_get_exam_room (window));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "F5"));
  g_assert_false (lg_window_get_exam_room (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_menu_item (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkMenuButton *menu = GTK_MENU_BUTTON (lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));
  GMenuModel *model = gtk_menu_button_get_menu_model (menu);
  gboolean found = FALSE;

  /* "Exam-Room Mode" is in the main menu, as a check item on the window's action. */
  for (int s = 0; s < g_menu_model_get_n_items (model); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, s, G_MENU_LINK_SECTION);

      for (int i = 0; section && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *label = NULL;
          g_autofree char *action = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          if (g_strcmp0 (label, "_Exam-Room Mode") == 0)
            {
              g_assert_cmpstr (action, ==, "win.exam-room");
              found = TRUE;
            }
        }
    }
  g_assert_true (found);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (menu), "win.exam-room", NULL));
  g_assert_true (lg_window_get_exam_room (window));
  gtk_widget_activate (lg_test_find_tooltip (GTK_WIDGET (window), "Leave Exam-Room Mode (Esc)"));
  lg_test_wait (400);
  g_assert_false (lg_window_get_exam_room (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sidebar_back (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *topics, *row;

  lg_window_set_exam_room (window, TRUE);
  lg_test_wait (200);
  g_assert_false (lg_test_is_shown (sidebar (window)));

  /* F9 brings the topics back, with the keyboard in the list. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "F9"));
  lg_test_wait (300);
  g_assert_true (lg_test_is_shown (sidebar (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), sidebar (window)) ||
                 gtk_window_get_focus (GTK_WINDOW (window)) == sidebar (window));
  topics = lg_test_find_tooltip (GTK_WIDGET (window), "Show Topics (F9)");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (topics)));

  /* Choosing a topic opens it and the list makes way again. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sidebar (window)), 3));
  gtk_widget_activate (row);
  lg_test_wait (300);
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (3)));
  g_assert_false (lg_test_is_shown (sidebar (window)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (topics)));

  /* The button does the same as F9. */
  gtk_widget_activate (topics);
  lg_test_wait (300);
  g_assert_true (lg_test_is_shown (sidebar (window)));
  gtk_widget_activate (topics);
  lg_test_wait (300);
  g_assert_false (lg_test_is_shown (sidebar (window)));

  /* Leaving with the list shown or not, the sidebar is back. */
  lg_window_set_exam_room (window, FALSE);
  lg_test_wait (300);
  g_assert_true (lg_test_is_shown (sidebar (window)));
  g_assert_false (lg_test_activate_shortcut (GTK_WIDGET (window), "F9"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Page Up and Page Down step through the presentation in exam-room mode only, into the next
 * topic past its last step and back into the previous topic's last step; elsewhere they scroll
 * the page. */
static void
test_page_keys (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgPresentationView *presentation;
  guint n;

  g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic_at (4))));
  g_assert_false (lg_test_activate_shortcut (GTK_WIDGET (window), "Page_Down"));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (4)));

  lg_window_set_exam_room (window, TRUE);
  presentation = LG_PRESENTATION_VIEW (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_PRESENTATION_VIEW));
  n = lg_presentation_view_get_n_steps (presentation);
  g_assert_cmpuint (n, >, 3);
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Page_Down"));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (4)));
  g_assert_cmpuint (lg_presentation_view_get_step (presentation), ==, 1);
  for (guint i = 1; i < n; i++)
    g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Page_Down"));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (5)));
  g_assert_cmpuint (lg_presentation_view_get_step (presentation), ==, 0);
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Page_Up"));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (4)));
  g_assert_cmpuint (lg_presentation_view_get_step (presentation), ==, n - 1);

  /* Leaving, the topic's page is back, with the keyboard in it. */
  lg_window_set_exam_room (window, FALSE);
  lg_test_wait (300);
  g_assert_true (lg_test_is_shown (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE)));
  g_assert_false (lg_test_is_shown (GTK_WIDGET (presentation)));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         lg_test_find_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Exam-room mode has its own text size; changing it there leaves the reader's size alone. */
static void
test_own_text_size (void)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));
  LgWindow *window;

  reset_settings ();
  g_settings_set_double (settings, "text-scale", 1.25);
  window = lg_test_window (app, 1100, 760);
  lg_window_set_exam_room (window, TRUE);
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>plus"));
  g_assert_cmpfloat (g_settings_get_double (settings, "exam-room-text-scale"), ==, 1.75);
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.25);
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>0"));
  g_assert_cmpfloat (g_settings_get_double (settings, "exam-room-text-scale"), ==, 1.5);
  lg_window_set_exam_room (window, FALSE);
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>minus"));
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.1);
  g_assert_cmpfloat (g_settings_get_double (settings, "exam-room-text-scale"), ==, 1.5);
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

/* Closing the window in exam-room mode remembers the window as it was before, not full screen. */
static void
test_close_in_exam_room (void)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));
  LgWindow *window = lg_test_window (app, 1000, 700);

  g_settings_set_boolean (settings, "window-maximized", TRUE);
  lg_window_set_exam_room (window, TRUE);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = lg_test_init (&argc, &argv);

  g_test_add_func ("/lg/exam-room/enter-and-leave", test_enter_and_leave);
  g_test_add_func ("/lg/exam-room/menu-item", test_menu_item);
  g_test_add_func ("/lg/exam-room/sidebar-back", test_sidebar_back);
  g_test_add_func ("/lg/exam-room/page-keys", test_page_keys);
  g_test_add_func ("/lg/exam-room/own-text-size", test_own_text_size);
  g_test_add_func ("/lg/exam-room/close", test_close_in_exam_room);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
