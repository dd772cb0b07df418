/* lg-drawing-paint.c — a topic's drawing painted over its picture
 *
 * Each stroke is drawn twice: a white edge a little wider, then the pen's colour, both with round
 * ends and joins. The edge keeps every pen readable on any part of any picture (the liver's brown,
 * an artery's red, a picture in dark colours) and on paper. A stroke from a stylus varies in
 * width with the pressure, segment by segment; one without pressure is one path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lg-drawing-paint.h"

/* The white edge on each side, as a fraction of the stroke's width. */
#define EDGE 0.35

/* The width at @pressure: half at the lightest touch, full when pressed. */
static double
pressure_width (double full,
                double pressure)
{
  return full * (0.5 + 0.5 * pressure);
}

static gboolean
uniform_pressure (const LgStroke *stroke)
{
  float first = g_array_index (stroke->points, LgStrokePoint, 0).pressure;

  for (guint i = 1; i < stroke->points->len; i++)
    if (g_array_index (stroke->points, LgStrokePoint, i).pressure != first)
      return FALSE;
  return TRUE;
}

/* The stroke's path (a dot for a single point) at @line_width, or each segment at its own. */
static void
trace (cairo_t        *cr,
       const LgStroke *stroke,
       double          x,
       double          y,
       double          width,
       double          height,
       double          full,
       double          extra)
{
  GArray *points = stroke->points;
  const LgStrokePoint *p = &g_array_index (points, LgStrokePoint, 0);

  if (points->len == 1)
    {
      cairo_arc (cr, x + p->x * width, y + p->y * height,
                 (pressure_width (full, p->pressure) + extra) / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    }
  if (uniform_pressure (stroke))
    {
      cairo_set_line_width (cr, pressure_width (full, p->pressure) + extra);
      cairo_move_to (cr, x + p->x * width, y + p->y * height);
      for (guint i = 1; i < points->len; i++)
        {
          p = &g_array_index (points, LgStrokePoint, i);
          cairo_line_to (cr, x + p->x * width, y + p->y * height);
        }
      cairo_stroke (cr);
      return;
    }
  for (guint i = 1; i < points->len; i++)
    {
      const LgStrokePoint *a = &g_array_index (points, LgStrokePoint, i - 1);
      const LgStrokePoint *b = &g_array_index (points, LgStrokePoint, i);

      cairo_set_line_width (cr, pressure_width (full, (a->pressure + b->pressure) / 2) + extra);
      cairo_move_to (cr, x + a->x * width, y + a->y * height);
      cairo_line_to (cr, x + b->x * width, y + b->y * height);
      cairo_stroke (cr);
    }
}

/* Paints @topic_id's strokes over a picture drawn at @x, @y, @width × @height. */
void
lg_drawing_paint (LgDrawings *drawings,
                  const char *topic_id,
                  cairo_t    *cr,
                  double      x,
                  double      y,
                  double      width,
                  double      height)
{
  guint n;
  double full = LG_STROKE_WIDTH * width;

  g_return_if_fail (LG_IS_DRAWINGS (drawings));
  g_return_if_fail (cr != NULL);

  n = lg_drawings_get_n_strokes (drawings, topic_id);
  if (n == 0 || width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const LgStroke *stroke = lg_drawings_get_stroke (drawings, topic_id, i);
      guint rgb = lg_pen_get_rgb (stroke->pen);

      cairo_set_source_rgb (cr, 1, 1, 1);
      trace (cr, stroke, x, y, width, height, full, 2 * EDGE * full);
      cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                            (rgb & 0xff) / 255.0);
      trace (cr, stroke, x, y, width, height, full, 0);
    }
  cairo_restore (cr);
}
