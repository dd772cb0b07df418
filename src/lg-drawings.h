/* lg-drawings.h — what a clinician drew on the topics' pictures, for the screen and the handout
 *
 * One set per session, in memory only (nothing writes it anywhere), shared by every sketch on a
 * topic's picture and by the print summary. Each topic has its strokes in drawing order; a
 * stroke is one pen colour and its points in the picture's own coordinates, 0..1 across and
 * down the picture, so a drawing scales with the picture on screen and on paper. GLib only: the
 * renderer draws the strokes (lg-drawing-paint.h), the app's LgSketch makes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The pens, in the order the sketch's bar offers them. */
typedef enum {
  LG_PEN_RED,
  LG_PEN_BLUE,
  LG_PEN_BLACK,
  LG_PEN_GREEN,
  LG_N_PENS
} LgPen;

guint       lg_pen_get_rgb     (LgPen       pen);
const char *lg_pen_to_string   (LgPen       pen);
gboolean    lg_pen_from_string (const char *name,
                                LgPen      *pen);

/* A stroke's width at full pressure, as a fraction of the picture's width. */
#define LG_STROKE_WIDTH 0.009

/* What one topic may hold: a drawing is a few marks, and this bounds its memory. */
#define LG_DRAWING_MAX_STROKES 500
#define LG_STROKE_MAX_POINTS 4000

typedef struct {
  float x;         /* 0..1 across the picture */
  float y;         /* 0..1 down the picture */
  float pressure;  /* 0..1; 1 without a stylus */
} LgStrokePoint;

typedef struct {
  LgPen pen;
  GArray *points;  /* of LgStrokePoint, at least one */
} LgStroke;

#define LG_TYPE_DRAWINGS (lg_drawings_get_type ())
G_DECLARE_FINAL_TYPE (LgDrawings, lg_drawings, LG, DRAWINGS, GObject)

LgDrawings     *lg_drawings_new             (void);
LgDrawings     *lg_drawings_copy            (LgDrawings *self);
guint           lg_drawings_get_n_strokes   (LgDrawings *self,
                                             const char *topic_id);
const LgStroke *lg_drawings_get_stroke      (LgDrawings *self,
                                             const char *topic_id,
                                             guint       index);
gboolean        lg_drawings_begin_stroke    (LgDrawings *self,
                                             const char *topic_id,
                                             LgPen       pen,
                                             double      x,
                                             double      y,
                                             double      pressure);
void            lg_drawings_extend_stroke   (LgDrawings *self,
                                             const char *topic_id,
                                             double      x,
                                             double      y,
                                             double      pressure);
gboolean        lg_drawings_undo            (LgDrawings *self,
                                             const char *topic_id);
void            lg_drawings_clear_topic     (LgDrawings *self,
                                             const char *topic_id);
void            lg_drawings_clear           (LgDrawings *self);
guint           lg_drawings_get_n_topics    (LgDrawings *self);

G_END_DECLS
