/* test-sketch.c — drawing on a topic's picture: the strokes as LgDrawings keeps them, the sketch
 * over the picture (the pen off lets the page be, on it draws where the picture is, in the colour
 * chosen; Ctrl+Z and Undo take the last stroke back, Clear all of them), the pens readable on any
 * picture, and the drawing on the handout's picture (the print summary's Drawings switch).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "lg-drawing-paint.h"
#include "lg-sketch-private.h"
#include "lg-summary-view-private.h"
#include "lg-test-utils.h"

static LgApplication *app;

/* Pixels of @data within a few levels of the colour @rgb (cairo's ARGB32: B, G, R, A). */
static guint
count_colour (const guchar *data,
              int           width,
              int           height,
              int           stride,
              guint         rgb)
{
  int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = data + y * stride + x * 4;

        if (ABS (p[2] - r) <= 10 && ABS (p[1] - g) <= 10 && ABS (p[0] - b) <= 10 && p[3] == 0xff)
          n++;
      }
  return n;
}

static guint
count_in_surface (cairo_surface_t *surface,
                  guint            rgb)
{
  cairo_surface_flush (surface);
  return count_colour (cairo_image_surface_get_data (surface),
                       cairo_image_surface_get_width (surface),
                       cairo_image_surface_get_height (surface),
                       cairo_image_surface_get_stride (surface), rgb);
}

/* The pixels of @rgb in @widget as it is on screen. */
static guint
count_on_screen (GtkWidget  *widget,
                 const char *name,
                 guint       rgb)
{
  g_autofree char *path = lg_test_save_png (widget, name);
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  guint n;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  n = count_in_surface (surface, rgb);
  cairo_surface_destroy (surface);
  return n;
}

static double
luminance (guint rgb)
{
  double c[3] = { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0 };

  for (int i = 0; i < 3; i++)
    c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static void
count_changed_cb (LgDrawings *drawings,
                  const char *topic_id,
                  guint      *n)
{
  (*n)++;
}

/* The strokes as kept: in the picture's 0..1, close points dropped, out-of-range and NaN
 * points kept on the picture, undo and clear, a copy that later strokes do not touch, a limit. */
static void
test_drawings (void)
{
  g_autoptr(LgDrawings) drawings = lg_drawings_new ();
  g_autoptr(LgDrawings) copy = NULL;
  const LgStroke *stroke;
  const LgStrokePoint *point;
  guint changes = 0, i;

  g_signal_connect (drawings, "changed", G_CALLBACK (count_changed_cb), &changes);
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "surgery"), ==, 0);
  g_assert_true (lg_drawings_begin_stroke (drawings, "surgery", LG_PEN_BLUE, 0.25, 0.5, 1));
  lg_drawings_extend_stroke (drawings, "surgery", 0.2501, 0.5, 1);   /* too close: dropped */
  lg_drawings_extend_stroke (drawings, "surgery", 0.5, 0.5, 0.4);
  lg_drawings_extend_stroke (drawings, "surgery", 1.7, -3, 1);       /* off the picture */
  lg_drawings_extend_stroke (drawings, "surgery", NAN, 0.5, NAN);
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "surgery"), ==, 1);
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "sbrt"), ==, 0);
  stroke = lg_drawings_get_stroke (drawings, "surgery", 0);
  g_assert_cmpint (stroke->pen, ==, LG_PEN_BLUE);
  g_assert_cmpuint (stroke->points->len, ==, 4);
  point = &g_array_index (stroke->points, LgStrokePoint, 1);
  g_assert_cmpfloat_with_epsilon (point->x, 0.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (point->pressure, 0.4, 1e-6);
  point = &g_array_index (stroke->points, LgStrokePoint, 2);
  g_assert_cmpfloat (point->x, ==, 1);
  g_assert_cmpfloat (point->y, ==, 0);
  point = &g_array_index (stroke->points, LgStrokePoint, 3);
  g_assert_cmpfloat (point->x, ==, 0);
  g_assert_cmpfloat (point->pressure, ==, 1);
  g_assert_cmpuint (changes, ==, 4);   /* the begin and each point kept */

  copy = lg_drawings_copy (drawings);
  g_assert_true (lg_drawings_begin_stroke (drawings, "sbrt", LG_PEN_RED, 0.1, 0.1, 1));
  g_assert_cmpuint (lg_drawings_get_n_topics (drawings), ==, 2);
  g_assert_cmpuint (lg_drawings_get_n_topics (copy), ==, 1);
  g_assert_cmpuint (lg_drawings_get_stroke (copy, "surgery", 0)->points->len, ==, 4);

  g_assert_true (lg_drawings_undo (drawings, "surgery"));
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "surgery"), ==, 0);
  g_assert_false (lg_drawings_undo (drawings, "surgery"));
  g_assert_cmpuint (lg_drawings_get_n_topics (drawings), ==, 1);
  lg_drawings_clear_topic (drawings, "sbrt");
  g_assert_cmpuint (lg_drawings_get_n_topics (drawings), ==, 0);

  /* A scribble without end stops at the limit instead of growing. */
  for (i = 0; lg_drawings_begin_stroke (drawings, "surgery", LG_PEN_BLACK, 0.5, 0.5, 1); i++)
    ;
  g_assert_cmpuint (i, ==, LG_DRAWING_MAX_STROKES);
  for (i = 0; i < 2 * LG_STROKE_MAX_POINTS; i++)
    lg_drawings_extend_stroke (drawings, "surgery", (i % 2) * 0.5, i * 1.0 / (2 * LG_STROKE_MAX_POINTS), 1);
  g_assert_cmpuint (lg_drawings_get_stroke (drawings, "surgery", LG_DRAWING_MAX_STROKES - 1)->points->len,
                    ==, LG_STROKE_MAX_POINTS);
  changes = 0;
  lg_drawings_clear (drawings);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (lg_drawings_get_n_topics (drawings), ==, 0);
}

/* Every pen is dark enough on the white edge it is drawn with (4.5:1), and each is its own
 * colour, named for the sketch's actions. */
static void
test_pens (void)
{
  for (LgPen pen = 0; pen < LG_N_PENS; pen++)
    {
      double contrast = 1.05 / (luminance (lg_pen_get_rgb (pen)) + 0.05);
      LgPen back;

      g_test_message ("%s: %.1f:1 on white", lg_pen_to_string (pen), contrast);
      g_assert_cmpfloat (contrast, >=, 4.5);
      g_assert_true (lg_pen_from_string (lg_pen_to_string (pen), &back));
      g_assert_cmpint (back, ==, pen);
      for (LgPen other = 0; other < pen; other++)
        g_assert_cmpuint (lg_pen_get_rgb (other), !=, lg_pen_get_rgb (pen));
    }
  g_assert_false (lg_pen_from_string ("purple", &(LgPen) { 0 }));
}

static gboolean
revealed (gpointer sketch)
{
  GtkWidget *undo = lg_test_find_tooltip (sketch, "Undo Stroke");

  return undo != NULL && gtk_widget_get_mapped (undo) && gtk_widget_get_width (undo) > 0;
}

/* A stroke across the middle of the picture, as a drag would draw it. */
static void
drag_across (LgSketch *sketch,
             double    from,
             double    to)
{
  graphene_rect_t rect;
  double y;

  g_assert_true (lg_sketch_get_picture_rect (sketch, &rect));
  y = rect.origin.y + rect.size.height * 0.55;
  g_assert_true (lg_sketch_stroke_begin (sketch, rect.origin.x + rect.size.width * from, y, 1));
  for (int i = 1; i <= 20; i++)
    lg_sketch_stroke_to (sketch, rect.origin.x + rect.size.width * (from + (to - from) * i / 20),
                         y + 10 * sin (i / 3.0), 1);
}

static LgSketch *
radioembolization_sketch (LgWindow *window)
{
  LgSketch *sketch;

  g_assert_true (lg_window_show_topic (window, "radioembolization"));
  lg_test_wait (300);
  sketch = LG_SKETCH (lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_SKETCH));
  g_assert_nonnull (sketch);
  g_assert_cmpstr (lg_sketch_get_topic_id (sketch), ==, "radioembolization");
  return sketch;
}

/* On the topic page: the pen off, a drag on the picture draws nothing (the page scrolls); on, it
 * draws one stroke where the picture is, seen on screen in the colour chosen; Ctrl+Z and Undo take
 * it back, Clear takes all; the drawing is the session's, so another sketch of the topic shares it. */
static void
test_draw (void)
{
  LgWindow *window = lg_test_window (app, 1100, 800);
  LgDrawings *drawings = lg_session_get_drawings (lg_application_get_session (app));
  LgSketch *sketch = radioembolization_sketch (window);
  GtkWidget *canvas = lg_sketch_get_canvas (sketch);
  GtkWidget *other;
  graphene_rect_t rect;
  guint green = lg_pen_get_rgb (LG_PEN_GREEN);

  g_assert_cmpuint (lg_drawings_get_n_topics (drawings), ==, 0);
  g_assert_false (gtk_widget_get_can_target (canvas));
  g_assert_true (lg_sketch_get_picture_rect (sketch, &rect));
  g_assert_false (lg_sketch_stroke_begin (sketch, rect.origin.x + 20, rect.origin.y + 20, 1));
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "radioembolization"), ==, 0);
  g_assert_cmpuint (count_on_screen (canvas, "sketch-none", green), ==, 0);

  /* The pen, as its button turns it on; the colour, as a swatch chooses it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sketch), "sketch.drawing", NULL));
  g_assert_true (lg_sketch_get_drawing (sketch));
  g_assert_true (gtk_widget_get_can_target (canvas));
  g_assert_true (gtk_widget_get_focusable (canvas));
  g_assert_true (lg_test_wait_until (revealed, sketch));
  g_assert_false (gtk_widget_get_sensitive (lg_test_find_tooltip (GTK_WIDGET (sketch), "Undo Stroke")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sketch), "sketch.pen", "s", "green"));

  /* Outside the picture (in the clamp's margin beside it, or above it) draws nothing. */
  g_assert_false (lg_sketch_stroke_begin (sketch, rect.origin.x - 4, rect.origin.y + 40, 1));
  g_assert_false (lg_sketch_stroke_begin (sketch, rect.origin.x + 40, rect.origin.y - 4, 1));
  drag_across (sketch, 0.2, 0.8);
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "radioembolization"), ==, 1);
  g_assert_cmpint (lg_drawings_get_stroke (drawings, "radioembolization", 0)->pen, ==, LG_PEN_GREEN);
  g_assert_cmpfloat_with_epsilon (g_array_index (lg_drawings_get_stroke (drawings, "radioembolization", 0)->points,
                                                 LgStrokePoint, 0).x, 0.2, 0.01);
  lg_test_wait (100);
  g_assert_cmpuint (count_on_screen (canvas, "sketch-stroke", green), >, 200);
  g_assert_true (gtk_widget_get_sensitive (lg_test_find_tooltip (GTK_WIDGET (sketch), "Undo Stroke")));

  /* The session's drawing: a sketch made for the same topic (as exam-room mode would) has it. */
  other = g_object_ref_sink (lg_sketch_new (lg_application_get_session (app), "radioembolization"));
  g_assert_true (lg_sketch_get_drawings (LG_SKETCH (other)) == drawings);
  g_object_unref (other);

  /* Ctrl+Z where the drawing has the keyboard. */
  gtk_widget_grab_focus (canvas);
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (sketch), "<Control>z"));
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "radioembolization"), ==, 0);
  lg_test_wait (100);
  g_assert_cmpuint (count_on_screen (canvas, "sketch-undone", green), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (lg_test_find_tooltip (GTK_WIDGET (sketch), "Undo Stroke")));
  /* Nothing more to undo: the key goes on to the window. */
  g_assert_false (lg_test_activate_shortcut (GTK_WIDGET (sketch), "<Control>z"));

  /* Undone in the middle of a drag: the rest of the drag does not join the stroke before. */
  drag_across (sketch, 0.1, 0.3);
  g_assert_true (lg_sketch_stroke_begin (sketch, rect.origin.x + rect.size.width * 0.5, rect.origin.y + 30, 1));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (sketch), "<Control>z"));
  lg_sketch_stroke_to (sketch, rect.origin.x + rect.size.width * 0.9, rect.origin.y + 60, 1);
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "radioembolization"), ==, 1);
  g_assert_cmpuint (lg_drawings_get_stroke (drawings, "radioembolization", 0)->points->len, ==, 21);
  lg_drawings_clear (drawings);

  /* The Undo button, then Clear. */
  drag_across (sketch, 0.1, 0.5);
  drag_across (sketch, 0.5, 0.9);
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "radioembolization"), ==, 2);
  g_signal_emit_by_name (lg_test_find_tooltip (GTK_WIDGET (sketch), "Undo Stroke"), "clicked");
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "radioembolization"), ==, 1);
  drag_across (sketch, 0.3, 0.6);
  g_signal_emit_by_name (lg_test_find_tooltip (GTK_WIDGET (sketch), "Clear Drawing"), "clicked");
  g_assert_cmpuint (lg_drawings_get_n_strokes (drawings, "radioembolization"), ==, 0);

  /* The pen off again: the page is the page's. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sketch), "sketch.drawing", NULL));
  g_assert_false (gtk_widget_get_can_target (canvas));
  gtk_window_destroy (GTK_WINDOW (window));
  lg_drawings_clear (drawings);
}

/* The handout of the radioembolization topic, drawn at 2 px a point: the pixels of @rgb on its
 * pages. */
static guint
handout_pixels (LgDrawings *drawings,
                gboolean    large_print,
                guint       rgb,
                const char *pdf)
{
  LgContentStore *store = lg_test_store (app);
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(LgHandoutOptions) options = { 0 };
  g_autoptr(LgHandout) handout = NULL;
  g_autoptr(LgQuestionTicks) ticks = lg_question_ticks_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n = 0;

  g_ptr_array_add (topics, g_object_ref (lg_content_store_lookup_topic (store, "radioembolization")));
  lg_handout_options_init (&options, LG_PAPER_A4);
  options.large_print = large_print;
  options.drawings = drawings ? g_object_ref (drawings) : NULL;
  handout = lg_handout_new (store, topics, ticks, &options);
  if (pdf != NULL)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
      g_autofree char *path = g_build_filename (dir, pdf, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
      g_assert_true (lg_handout_write_pdf (handout, path, &error));
      g_assert_no_error (error);
      g_test_message ("handout: %s", path);
    }
  for (int page = 0; page < lg_handout_get_n_pages (handout); page++)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * lg_handout_get_page_width (handout),
                                            2 * lg_handout_get_page_height (handout));
      cr = cairo_create (surface);
      cairo_scale (cr, 2, 2);
      lg_handout_draw_page (handout, cr, page);
      cairo_destroy (cr);
      n += count_in_surface (surface, rgb);
      cairo_surface_destroy (surface);
    }
  return n;
}

/* The drawing goes onto the handout's picture, at normal and large print (it scales with the
 * picture), in its colour; without it, no such colour anywhere on the page. */
static void
test_handout (void)
{
  g_autoptr(LgDrawings) drawings = lg_drawings_new ();
  guint green = lg_pen_get_rgb (LG_PEN_GREEN);
  guint normal, large;

  g_assert_true (lg_drawings_begin_stroke (drawings, "radioembolization", LG_PEN_GREEN, 0.1, 0.5, 1));
  for (int i = 1; i <= 40; i++)
    lg_drawings_extend_stroke (drawings, "radioembolization", 0.1 + 0.02 * i, 0.5 + 0.1 * sin (i / 4.0), 1);
  g_assert_cmpuint (handout_pixels (NULL, FALSE, green, "handout-no-drawing.pdf"), ==, 0);
  normal = handout_pixels (drawings, FALSE, green, "handout-drawing.pdf");
  large = handout_pixels (drawings, TRUE, green, NULL);
  g_test_message ("pen pixels on the handout: %u, in large print %u", normal, large);
  g_assert_cmpuint (normal, >, 300);
  g_assert_cmpuint (large, >, normal * 3 / 2);
  /* The PDFs differ by the drawing's paths (the same text and picture in both). */
  {
    g_autofree char *with = g_test_build_filename (G_TEST_BUILT, "screenshots", "handout-drawing.pdf", NULL);
    g_autofree char *without = g_test_build_filename (G_TEST_BUILT, "screenshots", "handout-no-drawing.pdf", NULL);
    GStatBuf a, b;

    g_assert_cmpint (g_stat (with, &a), ==, 0);
    g_assert_cmpint (g_stat (without, &b), ==, 0);
    g_test_message ("PDF sizes: %ld bytes with the drawing, %ld without", (long) a.st_size, (long) b.st_size);
    g_assert_cmpint (a.st_size, >, b.st_size);
  }
  /* Another topic's drawing is not this one's. */
  lg_drawings_clear (drawings);
  g_assert_true (lg_drawings_begin_stroke (drawings, "surgery", LG_PEN_GREEN, 0.1, 0.5, 1));
  lg_drawings_extend_stroke (drawings, "surgery", 0.9, 0.5, 1);
  g_assert_cmpuint (handout_pixels (drawings, FALSE, green, NULL), ==, 0);
}

static guint
summary_pixels (LgSummaryView *summary,
                guint          rgb)
{
  LgHandout *handout = lg_summary_view_get_handout (summary);
  guint n = 0;

  for (int page = 0; page < lg_handout_get_n_pages (handout); page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, lg_handout_get_page_width (handout),
                                                             lg_handout_get_page_height (handout));
      cairo_t *cr = cairo_create (surface);

      lg_handout_draw_page (handout, cr, page);
      cairo_destroy (cr);
      n += count_in_surface (surface, rgb);
      cairo_surface_destroy (surface);
    }
  return n;
}

/* The print summary of a topic with a drawing offers the Drawings switch, on: the handout shows
 * the drawing; off, it does not. A topic without one shows no switch. */
static void
test_summary (void)
{
  LgWindow *window = lg_test_window (app, 1100, 800);
  LgDrawings *drawings = lg_session_get_drawings (lg_application_get_session (app));
  LgSketch *sketch = radioembolization_sketch (window);
  LgSummaryView *summary;
  guint green = lg_pen_get_rgb (LG_PEN_GREEN);

  lg_sketch_set_drawing (sketch, TRUE);
  g_object_set (sketch, "pen", "black", NULL);
  drag_across (sketch, 0.2, 0.9);
  g_assert_cmpint (lg_drawings_get_stroke (drawings, "radioembolization", 0)->pen, ==, LG_PEN_BLACK);
  lg_drawings_clear (drawings);
  g_object_set (sketch, "pen", "green", NULL);
  drag_across (sketch, 0.2, 0.9);

  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  lg_test_wait (300);
  summary = LG_SUMMARY_VIEW (lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_SUMMARY_VIEW));
  g_assert_nonnull (summary);
  g_assert_true (lg_summary_view_get_drawings_shown (summary));
  g_assert_true (gtk_switch_get_active (summary->drawings_switch));
  {
    guint with = summary_pixels (summary, green);

    g_test_message ("pen pixels on the summary's handout: %u", with);
    g_assert_cmpuint (with, >, 100);
    gtk_switch_set_active (summary->drawings_switch, FALSE);
    g_assert_cmpuint (summary_pixels (summary, green), ==, 0);
  }
  gtk_switch_set_active (summary->drawings_switch, TRUE);
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "Escape"));

  /* A topic with no drawing: no switch. */
  g_assert_true (lg_window_show_topic (window, "surgery"));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>p"));
  lg_test_wait (200);
  g_assert_false (lg_summary_view_get_drawings_shown (summary));
  gtk_window_destroy (GTK_WINDOW (window));
  lg_drawings_clear (drawings);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = lg_test_init (&argc, &argv);

  g_test_add_func ("/lg/sketch/drawings", test_drawings);
  g_test_add_func ("/lg/sketch/pens", test_pens);
  g_test_add_func ("/lg/sketch/draw", test_draw);
  g_test_add_func ("/lg/sketch/handout", test_handout);
  g_test_add_func ("/lg/sketch/summary", test_summary);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
