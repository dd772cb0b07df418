/* lg-drawings.c — what a clinician drew on the topics' pictures
 *
 * A GHashTable from topic id to a GPtrArray of strokes. Points closer than a fraction of the
 * picture to the last one are not kept (a mouse reports every pixel); a topic holds at most
 * LG_DRAWING_MAX_STROKES strokes of LG_STROKE_MAX_POINTS points, so a long scribble cannot grow
 * without bound. "changed" names the topic whose drawing changed, or NULL for all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h> /* isfinite(), a macro: the core links no libm */

#include "lg-drawings.h"

/* Points this close (in the picture's 0..1 units) to the last are dropped. */
#define MIN_STEP 0.0025

struct _LgDrawings
{
  GObject parent_instance;

  GHashTable *topics;          /* topic id → GPtrArray of LgStroke */
};

G_DEFINE_FINAL_TYPE (LgDrawings, lg_drawings, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Dark enough for at least 4.5:1 against the white edge every stroke is drawn with
 * (lg-drawing-paint.c), so each shows on any picture, light or dark (tests/test-sketch.c). */
static const struct {
  const char *name;
  guint rgb;
} pens[LG_N_PENS] = {
  [LG_PEN_RED] = { "red", 0xa51d2d },
  [LG_PEN_BLUE] = { "blue", 0x1a5fb4 },
  [LG_PEN_BLACK] = { "black", 0x000000 },
  [LG_PEN_GREEN] = { "green", 0x217a45 },
};

guint
lg_pen_get_rgb (LgPen pen)
{
  g_return_val_if_fail (pen < LG_N_PENS, 0);
  return pens[pen].rgb;
}

const char *
lg_pen_to_string (LgPen pen)
{
  g_return_val_if_fail (pen < LG_N_PENS, NULL);
  return pens[pen].name;
}

gboolean
lg_pen_from_string (const char *name,
                    LgPen      *pen)
{
  for (guint i = 0; i < LG_N_PENS && name != NULL; i++)
    if (g_str_equal (name, pens[i].name))
      {
        *pen = i;
        return TRUE;
      }
  return FALSE;
}

static void
stroke_free (gpointer data)
{
  LgStroke *stroke = data;

  g_array_unref (stroke->points);
  g_free (stroke);
}

static LgStroke *
stroke_copy (const LgStroke *src)
{
  LgStroke *stroke = g_new0 (LgStroke, 1);

  stroke->pen = src->pen;
  stroke->points = g_array_copy (src->points);
  return stroke;
}

static GPtrArray *
lookup (LgDrawings *self,
        const char *topic_id)
{
  return topic_id != NULL ? g_hash_table_lookup (self->topics, topic_id) : NULL;
}

static LgStrokePoint
make_point (double x,
            double y,
            double pressure)
{
  /* NaN goes to 0 too: CLAMP() would keep it. */
  LgStrokePoint point = {
    isfinite (x) ? CLAMP (x, 0, 1) : 0,
    isfinite (y) ? CLAMP (y, 0, 1) : 0,
    isfinite (pressure) && pressure > 0 ? MIN (pressure, 1) : 1,
  };

  return point;
}

static void
emit_changed (LgDrawings *self,
              const char *topic_id)
{
  g_signal_emit (self, signals[CHANGED], 0, topic_id);
}

/* The strokes on @topic_id's picture. */
guint
lg_drawings_get_n_strokes (LgDrawings *self,
                           const char *topic_id)
{
  GPtrArray *strokes;

  g_return_val_if_fail (LG_IS_DRAWINGS (self), 0);

  strokes = lookup (self, topic_id);
  return strokes != NULL ? strokes->len : 0;
}

const LgStroke *
lg_drawings_get_stroke (LgDrawings *self,
                        const char *topic_id,
                        guint       index)
{
  GPtrArray *strokes;

  g_return_val_if_fail (LG_IS_DRAWINGS (self), NULL);

  strokes = lookup (self, topic_id);
  g_return_val_if_fail (strokes != NULL && index < strokes->len, NULL);
  return g_ptr_array_index (strokes, index);
}

/* Starts a stroke at (@x, @y) with @pen; FALSE when the topic's drawing is full. */
gboolean
lg_drawings_begin_stroke (LgDrawings *self,
                          const char *topic_id,
                          LgPen       pen,
                          double      x,
                          double      y,
                          double      pressure)
{
  GPtrArray *strokes;
  LgStroke *stroke;
  LgStrokePoint point = make_point (x, y, pressure);

  g_return_val_if_fail (LG_IS_DRAWINGS (self), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);
  g_return_val_if_fail (pen < LG_N_PENS, FALSE);

  strokes = lookup (self, topic_id);
  if (strokes == NULL)
    {
      strokes = g_ptr_array_new_with_free_func (stroke_free);
      g_hash_table_insert (self->topics, g_strdup (topic_id), strokes);
    }
  if (strokes->len >= LG_DRAWING_MAX_STROKES)
    return FALSE;

  stroke = g_new0 (LgStroke, 1);
  stroke->pen = pen;
  stroke->points = g_array_new (FALSE, FALSE, sizeof (LgStrokePoint));
  g_array_append_val (stroke->points, point);
  g_ptr_array_add (strokes, stroke);
  emit_changed (self, topic_id);
  return TRUE;
}

/* Adds (@x, @y) to the topic's last stroke, unless it is too close to the last point. */
void
lg_drawings_extend_stroke (LgDrawings *self,
                           const char *topic_id,
                           double      x,
                           double      y,
                           double      pressure)
{
  GPtrArray *strokes;
  LgStroke *stroke;
  LgStrokePoint point = make_point (x, y, pressure);
  const LgStrokePoint *last;
  double dx, dy;

  g_return_if_fail (LG_IS_DRAWINGS (self));

  strokes = lookup (self, topic_id);
  if (strokes == NULL || strokes->len == 0)
    return;
  stroke = g_ptr_array_index (strokes, strokes->len - 1);
  last = &g_array_index (stroke->points, LgStrokePoint, stroke->points->len - 1);
  dx = point.x - last->x;
  dy = point.y - last->y;
  if (stroke->points->len >= LG_STROKE_MAX_POINTS || dx * dx + dy * dy < MIN_STEP * MIN_STEP)
    return;
  g_array_append_val (stroke->points, point);
  emit_changed (self, topic_id);
}

/* Takes the topic's last stroke away; FALSE when there was none. */
gboolean
lg_drawings_undo (LgDrawings *self,
                  const char *topic_id)
{
  GPtrArray *strokes;

  g_return_val_if_fail (LG_IS_DRAWINGS (self), FALSE);

  strokes = lookup (self, topic_id);
  if (strokes == NULL || strokes->len == 0)
    return FALSE;
  g_ptr_array_set_size (strokes, strokes->len - 1);
  if (strokes->len == 0)
    g_hash_table_remove (self->topics, topic_id);
  emit_changed (self, topic_id);
  return TRUE;
}

void
lg_drawings_clear_topic (LgDrawings *self,
                         const char *topic_id)
{
  g_return_if_fail (LG_IS_DRAWINGS (self));

  if (topic_id != NULL && g_hash_table_remove (self->topics, topic_id))
    emit_changed (self, topic_id);
}

/* Forgets every drawing (a new patient). */
void
lg_drawings_clear (LgDrawings *self)
{
  g_return_if_fail (LG_IS_DRAWINGS (self));

  if (g_hash_table_size (self->topics) == 0)
    return;
  g_hash_table_remove_all (self->topics);
  emit_changed (self, NULL);
}

/* How many topics have a drawing. */
guint
lg_drawings_get_n_topics (LgDrawings *self)
{
  g_return_val_if_fail (LG_IS_DRAWINGS (self), 0);
  return g_hash_table_size (self->topics);
}

/* A copy that later strokes do not change: what a handout draws. */
LgDrawings *
lg_drawings_copy (LgDrawings *self)
{
  LgDrawings *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (LG_IS_DRAWINGS (self), NULL);

  copy = lg_drawings_new ();
  g_hash_table_iter_init (&iter, self->topics);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *strokes = value;
      GPtrArray *strokes_copy = g_ptr_array_new_full (strokes->len, stroke_free);

      for (guint i = 0; i < strokes->len; i++)
        g_ptr_array_add (strokes_copy, stroke_copy (g_ptr_array_index (strokes, i)));
      g_hash_table_insert (copy->topics, g_strdup (key), strokes_copy);
    }
  return copy;
}

static void
lg_drawings_finalize (GObject *object)
{
  LgDrawings *self = LG_DRAWINGS (object);

  g_clear_pointer (&self->topics, g_hash_table_unref);
  G_OBJECT_CLASS (lg_drawings_parent_class)->finalize (object);
}

static void
lg_drawings_class_init (LgDrawingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lg_drawings_finalize;

  /**
   * LgDrawings::changed:
   * @topic_id: (nullable): the topic whose drawing changed, or NULL for every topic
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
lg_drawings_init (LgDrawings *self)
{
  self->topics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
}

LgDrawings *
lg_drawings_new (void)
{
  return g_object_new (LG_TYPE_DRAWINGS, NULL);
}
