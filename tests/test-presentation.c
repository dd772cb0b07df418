/* test-presentation.c — exam-room mode's presentation as a clinician and a patient across the
 * room meet it, at 1920×1080 and the default exam-room text size: a topic as steps, one idea
 * each, stepped by every key a presenter uses and on into the next topic; text, picture, markers
 * and check boxes measured as drawn; no window chrome until the pointer or F10 asks for it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-block.h"
#include "lg-presentation-steps.h"
#include "lg-presentation-view.h"
#include "lg-section.h"
#include "lg-sketch.h"
#include "lg-settings-private.h"
#include "lg-test-utils.h"
#include "lg-window-private.h"

static LgApplication *app;

static LgTopic *
topic_at (guint i)
{
  g_autoptr(LgTopic) topic = g_list_model_get_item (lg_content_store_get_topics (lg_test_store (app)), i);
  return topic;
}

static LgPresentationView *
presentation (LgWindow *window)
{
  return LG_PRESENTATION_VIEW (lg_test_find_type (GTK_WIDGET (window), LG_TYPE_PRESENTATION_VIEW));
}

/* The window at 1920×1080 in exam-room mode, on topic @id, laid out. */
static LgWindow *
present (const char *id)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));
  LgWindow *window;

  g_settings_reset (settings, "exam-room-text-scale");
  window = lg_test_window (app, 1920, 1080);
  g_assert_true (lg_window_show_topic (window, id));
  lg_window_set_exam_room (window, TRUE);
  lg_test_wait (300);
  return window;
}

/* Every topic's steps: the opening first, each section's blocks covered once and in order, a
 * long section in parts, a lead-in paragraph never the last block of a part. */
static void
test_steps (void)
{
  GListModel *topics = lg_content_store_get_topics (lg_test_store (app));
  guint split = 0;

  for (guint t = 0; t < g_list_model_get_n_items (topics); t++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, t);
      g_autoptr(GArray) steps = lg_presentation_steps_new (topic);
      GListModel *sections = lg_topic_get_sections (topic);
      guint next_section = 0, next_block = 0, pictures = 0;

      g_assert_cmpuint (steps->len, >, 2);
      g_assert_cmpint (g_array_index (steps, LgStep, 0).kind, ==, LG_STEP_OPENING);
      for (guint i = 0; i < steps->len; i++)
        {
          const LgStep *step = &g_array_index (steps, LgStep, i);
          g_autoptr(LgSection) section = NULL;
          guint n;

          pictures += step->kind == LG_STEP_PICTURE;
          if (step->kind != LG_STEP_SECTION)
            continue;
          if (step->first_block == 0)
            {
              g_assert_cmpuint (next_block, ==, 0);
            }
          g_assert_cmpuint (step->section, ==, next_section);
          g_assert_cmpuint (step->first_block, ==, next_block);
          g_assert_cmpuint (step->end_block, >, step->first_block);
          section = g_list_model_get_item (sections, step->section);
          n = g_list_model_get_n_items (lg_section_get_blocks (section));
          split += step->part > 1;
          next_block = step->end_block == n ? 0 : step->end_block;
          next_section = step->end_block == n ? step->section + 1 : step->section;
          if (step->end_block < n)
            {
              g_autoptr(LgBlock) last = g_list_model_get_item (lg_section_get_blocks (section), step->end_block - 1);
              g_assert_false (lg_block_get_text (last) != NULL && g_str_has_suffix (lg_block_get_text (last), ":"));
            }
        }
      g_assert_cmpuint (next_section, ==, g_list_model_get_n_items (sections));
      g_assert_cmpuint (pictures, ==, lg_topic_get_illustration_bytes (topic) != NULL);
    }
  /* The guide's long sections (surgery's "How well it works") are split. */
  g_assert_cmpuint (split, >, 3);
}

/* The capital H's height as drawn in @label's font, in pixels. */
static int
cap_height (GtkWidget *label)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, "H");
  PangoRectangle ink;

  pango_layout_get_pixel_extents (layout, &ink, NULL);
  return ink.height;
}


/* Read from 2–3 m: body capitals at least 36 px tall, a wide column, the picture filling the
 * screen with markers that grow with it, check boxes of 48 px. */
static void
test_sizes (void)
{
  LgWindow *window = present ("surgery");
  LgPresentationView *view = presentation (window);
  GtkWidget *body, *picture, *marker, *check;
  GdkPaintable *paintable;
  double aspect, drawn_width, drawn_height;
  int width, height;

  body = lg_test_find_class (GTK_WIDGET (view), "lg-presentation-body");
  g_assert_nonnull (body);
  g_test_message ("body capitals %d px, column %d px", cap_height (body), gtk_widget_get_width (body));
  g_assert_cmpint (cap_height (body), >=, 36);
  g_assert_cmpint (gtk_widget_get_width (body), >=, 1400);

  /* Step 2: the picture and its legend. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "Right"));
  lg_test_wait (300);
  picture = lg_test_find_shown_type (GTK_WIDGET (view), GTK_TYPE_PICTURE);
  g_assert_nonnull (picture);
  paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  g_assert_nonnull (paintable);
  width = gtk_widget_get_width (picture);
  height = gtk_widget_get_height (picture);
  aspect = gdk_paintable_get_intrinsic_aspect_ratio (paintable);
  drawn_width = MIN (width, height * aspect);
  drawn_height = drawn_width / aspect;
  g_test_message ("picture %.0f×%.0f px in %d×%d", drawn_width, drawn_height, width, height);
  g_assert_cmpfloat (drawn_width, >=, 1000);
  /* Tall enough, or as wide as its place: a wide picture (Surgery's is 2:1, with the actions
   * beside the liver) is limited by the width left beside its legend. */
  g_assert_true (drawn_height >= 650 || drawn_width >= width - 1);
  marker = lg_test_find_class (GTK_WIDGET (view), "lg-legend-number");
  g_assert_nonnull (marker);
  g_test_message ("legend marker %d px", gtk_widget_get_width (marker));
  g_assert_cmpint (gtk_widget_get_width (marker), >=, 48);

  /* The last step: the questions, with check boxes to tick from a step away. */
  lg_presentation_view_show_step (view, -1);
  lg_test_wait (300);
  check = lg_test_find_shown_type (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  check = gtk_widget_get_first_child (check); /* the box drawn */
  g_test_message ("check box %d×%d px", gtk_widget_get_width (check), gtk_widget_get_height (check));
  g_assert_cmpint (gtk_widget_get_width (check), >=, 48);
  g_assert_cmpint (gtk_widget_get_height (check), >=, 48);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Right, Down, Space and Page Down go on; Left, Up, Shift+Space and Page Up back; past the last
 * step the next topic opens at its first; the position follows. */
static void
test_keys (void)
{
  LgWindow *window = present (lg_topic_get_id (topic_at (0)));
  LgPresentationView *view = presentation (window);
  guint n = lg_presentation_view_get_n_steps (view);
  g_autofree char *position = NULL;

  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (view));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (view), (position = g_strdup_printf ("1 / %u", n))));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "Right"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "Down"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "space"));
  g_assert_cmpuint (lg_presentation_view_get_step (view), ==, 3);
  g_free (position);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (view), (position = g_strdup_printf ("4 / %u", n))));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "Left"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "Up"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "<Shift>space"));
  g_assert_cmpuint (lg_presentation_view_get_step (view), ==, 0);
  /* At the first step of the first topic there is nothing before. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "Left"));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (0)));

  for (guint i = 0; i < n; i++)
    g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (view), "Right"));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (1)));
  g_assert_cmpuint (lg_presentation_view_get_step (view), ==, 0);
  {
    g_autofree char *in_short = lg_test_plain (app, lg_topic_get_in_short (topic_at (1)));
    g_assert_nonnull (lg_test_find_label (GTK_WIDGET (view), in_short));
  }
  /* The keyboard stays in the presentation, so the next key steps again. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (view));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
header_shown (LgWindow *window)
{
  return gtk_revealer_get_reveal_child (window->header_revealer);
}

/* No window chrome: the header shows at the top edge or by F10 (the keyboard on the main menu),
 * Escape hides it, a second Escape leaves; Print Summary has its header and not the large bar;
 * one Leave button, shown and named. */
static void
test_chrome (void)
{
  LgWindow *window = present ("surgery");
  GtkWidget *leave = lg_test_find_tooltip (GTK_WIDGET (window), "Leave Exam-Room Mode (Esc)");

  g_assert_false (header_shown (window));
  g_assert_null (lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));
  g_assert_nonnull (leave);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (leave), ==, "Leave Exam-Room Mode (Esc)");

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "F10"));
  lg_test_wait (400);
  g_assert_true (header_shown (window));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu")) ||
                 gtk_window_get_focus (GTK_WINDOW (window)) == lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));
  lg_test_wait (400);
  g_assert_false (header_shown (window));
  g_assert_true (lg_window_get_exam_room (window));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (presentation (window)));

  /* Ctrl+P: the print summary with its header, without the previous/next bar under it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-summary", NULL));
  lg_test_wait (400);
  g_assert_true (header_shown (window));
  g_assert_false (lg_test_is_shown (window->exam_bar));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));
  lg_test_wait (400);
  g_assert_true (lg_test_is_shown (GTK_WIDGET (presentation (window))));
  g_assert_true (lg_test_is_shown (window->exam_bar));
  g_assert_false (header_shown (window));

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));
  lg_test_wait (300);
  g_assert_false (lg_window_get_exam_room (window));
  g_assert_true (header_shown (window));
  g_assert_nonnull (lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The clinician draws on the presented picture: the stroke is the topic's, on its page too. */
static void
test_sketch (void)
{
  LgWindow *window = present ("surgery");
  LgPresentationView *view = presentation (window);
  GtkWidget *sketch;

  lg_presentation_view_show_step (view, 1);
  lg_test_wait (200);
  sketch = lg_test_find_shown_type (GTK_WIDGET (view), LG_TYPE_SKETCH);
  g_assert_nonnull (sketch);
  g_assert_cmpstr (lg_sketch_get_topic_id (LG_SKETCH (sketch)), ==, "surgery");
  g_assert_true (lg_sketch_get_drawings (LG_SKETCH (sketch)) == lg_session_get_drawings (lg_application_get_session (app)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* New patient in the middle of a presentation: back to the first topic's first step, the ticks
 * gone from its check boxes. */
static void
test_new_patient (void)
{
  LgWindow *window = present (lg_topic_get_id (topic_at (0)));
  LgPresentationView *view = presentation (window);
  GtkWidget *check;

  lg_presentation_view_show_step (view, -1);
  check = lg_test_find_shown_type (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-patient", NULL));
  lg_test_wait (200);
  g_assert_true (lg_window_get_exam_room (window));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic_at (0)));
  g_assert_cmpuint (lg_presentation_view_get_step (view), ==, 0);
  lg_presentation_view_show_step (view, -1);
  check = lg_test_find_shown_type (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = lg_test_init (&argc, &argv);

  g_test_add_func ("/lg/presentation/steps", test_steps);
  g_test_add_func ("/lg/presentation/sizes", test_sizes);
  g_test_add_func ("/lg/presentation/keys", test_keys);
  g_test_add_func ("/lg/presentation/chrome", test_chrome);
  g_test_add_func ("/lg/presentation/sketch", test_sketch);
  g_test_add_func ("/lg/presentation/new-patient", test_new_patient);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
