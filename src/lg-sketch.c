/* lg-sketch.c — a picture to draw on
 *
 * A drawing area lies over the picture in a GtkOverlay and takes no events until the pen is on;
 * then a drag (mouse, touch, or a stylus with its pressure) draws a stroke in the chosen colour
 * and claims its events, so the page does not scroll under the pen. The strokes are the
 * LgDrawings' (lg-drawings.h) and are painted by the renderer's lg_drawing_paint(), as on the
 * handout. The bar's buttons are the widget's actions: "sketch.drawing" (the pen), "sketch.pen"
 * (its colour), "sketch.undo" (also Ctrl+Z anywhere in the sketch) and "sketch.clear", each
 * enabled only when it can do something.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"


#include "lg-drawing-paint.h"
#include "lg-sketch-private.h"

struct _LgSketch
{
  AdwBin parent_instance;

  LgDrawings *drawings;
  char *topic_id;
  gboolean drawing;            /* the pen is on */
  LgPen pen;
  gboolean stroking;           /* a drag is drawing */
  guint stroke;                /* ...the topic's stroke of this index */
  double start_x;              /* where the drag started, in the canvas */
  double start_y;

  GtkOverlay *overlay;
  GtkWidget *canvas;
  GtkWidget *pen_button;
};

G_DEFINE_FINAL_TYPE (LgSketch, lg_sketch, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PICTURE,
  PROP_DRAWING,
  PROP_PEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkPicture *
find_picture (GtkWidget *widget)
{
  if (widget == NULL || GTK_IS_PICTURE (widget))
    return (GtkPicture *) widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkPicture *picture = find_picture (child);

      if (picture != NULL)
        return picture;
    }
  return NULL;
}

/* Where the picture's image is drawn, in the canvas: inside the GtkPicture's bounds, centred,
 * sized by its content fit (as GtkPicture draws it). */
gboolean
lg_sketch_get_picture_rect (LgSketch        *self,
                            graphene_rect_t *rect)
{
  GtkPicture *picture = find_picture (gtk_overlay_get_child (self->overlay));
  GdkPaintable *paintable = picture ? gtk_picture_get_paintable (picture) : NULL;
  graphene_rect_t bounds;
  double ratio, width, height;
  GtkContentFit fit;

  if (paintable == NULL ||
      !gtk_widget_compute_bounds (GTK_WIDGET (picture), self->canvas, &bounds) ||
      bounds.size.width <= 0 || bounds.size.height <= 0)
    return FALSE;
  width = bounds.size.width;
  height = bounds.size.height;
  ratio = gdk_paintable_get_intrinsic_aspect_ratio (paintable);
  fit = gtk_picture_get_content_fit (picture);
  if (ratio > 0 && fit != GTK_CONTENT_FIT_FILL)
    {
      /* Contain (cover: the other way), then no larger than the picture's own size. */
      if ((ratio > width / height) == (fit != GTK_CONTENT_FIT_COVER))
        height = width / ratio;
      else
        width = height * ratio;
      if (fit == GTK_CONTENT_FIT_SCALE_DOWN && gdk_paintable_get_intrinsic_width (paintable) > 0 &&
          width > gdk_paintable_get_intrinsic_width (paintable))
        {
          width = gdk_paintable_get_intrinsic_width (paintable);
          height = width / ratio;
        }
    }
  graphene_rect_init (rect, bounds.origin.x + (bounds.size.width - width) / 2,
                      bounds.origin.y + (bounds.size.height - height) / 2, width, height);
  return TRUE;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  LgSketch *self = user_data;
  graphene_rect_t rect;

  if (lg_sketch_get_picture_rect (self, &rect))
    lg_drawing_paint (self->drawings, self->topic_id, cr,
                      rect.origin.x, rect.origin.y, rect.size.width, rect.size.height);
}

static void
update_actions (LgSketch *self)
{
  gboolean any = lg_drawings_get_n_strokes (self->drawings, self->topic_id) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sketch.undo", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sketch.clear", any);
}

static void
drawings_changed_cb (LgSketch   *self,
                     const char *topic_id)
{
  if (topic_id != NULL && g_strcmp0 (topic_id, self->topic_id) != 0)
    return;
  gtk_widget_queue_draw (self->canvas);
  update_actions (self);
}

/* (@x, @y) in the canvas, in the picture's 0..1; FALSE when outside the picture. */
static gboolean
to_picture (LgSketch *self,
            double    x,
            double    y,
            double   *px,
            double   *py)
{
  graphene_rect_t rect;

  if (!lg_sketch_get_picture_rect (self, &rect))
    return FALSE;
  *px = (x - rect.origin.x) / rect.size.width;
  *py = (y - rect.origin.y) / rect.size.height;
  return *px >= 0 && *px <= 1 && *py >= 0 && *py <= 1;
}

/* Starts a stroke at (@x, @y) in the canvas, when the pen is on and the point on the picture. */
gboolean
lg_sketch_stroke_begin (LgSketch *self,
                        double    x,
                        double    y,
                        double    pressure)
{
  double px, py;

  g_return_val_if_fail (LG_IS_SKETCH (self), FALSE);

  self->stroke = lg_drawings_get_n_strokes (self->drawings, self->topic_id);
  self->stroking = self->drawing && to_picture (self, x, y, &px, &py) &&
                   lg_drawings_begin_stroke (self->drawings, self->topic_id, self->pen, px, py, pressure);
  self->start_x = x;
  self->start_y = y;
  return self->stroking;
}

/* Continues the stroke to (@x, @y) in the canvas (kept on the picture's edge when beyond it). */
void
lg_sketch_stroke_to (LgSketch *self,
                     double    x,
                     double    y,
                     double    pressure)
{
  double px, py;

  g_return_if_fail (LG_IS_SKETCH (self));

  /* Undone or cleared while drawing (Ctrl+Z, New patient): the rest of the drag draws nothing,
   * rather than going on with the stroke before it. */
  if (lg_drawings_get_n_strokes (self->drawings, self->topic_id) != self->stroke + 1)
    self->stroking = FALSE;
  if (!self->stroking)
    return;
  to_picture (self, x, y, &px, &py);
  lg_drawings_extend_stroke (self->drawings, self->topic_id, px, py, pressure);
}

/* The stylus's pressure with the gesture's last event, or 1 for a mouse or a finger. */
static double
event_pressure (GtkGesture *gesture)
{
  GdkEvent *event = gtk_gesture_get_last_event (gesture, gtk_gesture_get_last_updated_sequence (gesture));
  double pressure;

  if (event != NULL && gdk_event_get_axis (event, GDK_AXIS_PRESSURE, &pressure))
    return pressure;
  return 1;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               LgSketch       *self)
{
  if (!lg_sketch_stroke_begin (self, x, y, event_pressure (GTK_GESTURE (gesture))))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  /* Ctrl+Z undoes it from here. */
  gtk_widget_grab_focus (self->canvas);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                LgSketch       *self)
{
  lg_sketch_stroke_to (self, self->start_x + dx, self->start_y + dy,
                       event_pressure (GTK_GESTURE (gesture)));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             LgSketch       *self)
{
  drag_update_cb (gesture, dx, dy, self);
  self->stroking = FALSE;
}

/* The pen on: the canvas takes the pointer and the keyboard (Tab reaches it, Ctrl+Z works). */
void
lg_sketch_set_drawing (LgSketch *self,
                       gboolean  drawing)
{
  GtkRoot *root;

  g_return_if_fail (LG_IS_SKETCH (self));

  drawing = !!drawing;
  if (self->drawing == drawing)
    return;
  self->drawing = drawing;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (!drawing && root != NULL && gtk_root_get_focus (root) == self->canvas)
    gtk_widget_grab_focus (self->pen_button);
  gtk_widget_set_can_target (self->canvas, drawing);
  gtk_widget_set_focusable (self->canvas, drawing);
  gtk_widget_set_cursor_from_name (self->canvas, drawing ? "crosshair" : NULL);
  self->stroking = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAWING]);
}

gboolean
lg_sketch_get_drawing (LgSketch *self)
{
  g_return_val_if_fail (LG_IS_SKETCH (self), FALSE);
  return self->drawing;
}

/* Draws @topic_id's strokes from @drawings (NULL: a set of its own, as for a picture shown
 * alone) from now on. */
void
lg_sketch_set_drawings (LgSketch   *self,
                        LgDrawings *drawings,
                        const char *topic_id)
{
  g_return_if_fail (LG_IS_SKETCH (self));
  g_return_if_fail (drawings == NULL || LG_IS_DRAWINGS (drawings));

  if (self->drawings != NULL)
    g_signal_handlers_disconnect_by_data (self->drawings, self);
  g_clear_object (&self->drawings);
  self->drawings = drawings != NULL ? g_object_ref (drawings) : lg_drawings_new ();
  g_free (self->topic_id);
  self->topic_id = g_strdup (topic_id != NULL ? topic_id : "");
  self->stroking = FALSE;
  g_signal_connect_object (self->drawings, "changed", G_CALLBACK (drawings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  drawings_changed_cb (self, NULL);
}

LgDrawings *
lg_sketch_get_drawings (LgSketch *self)
{
  g_return_val_if_fail (LG_IS_SKETCH (self), NULL);
  return self->drawings;
}

const char *
lg_sketch_get_topic_id (LgSketch *self)
{
  g_return_val_if_fail (LG_IS_SKETCH (self), NULL);
  return self->topic_id;
}

void
lg_sketch_set_picture (LgSketch  *self,
                       GtkWidget *picture)
{
  g_return_if_fail (LG_IS_SKETCH (self));

  gtk_overlay_set_child (self->overlay, picture);
  gtk_widget_queue_draw (self->canvas);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICTURE]);
}

GtkWidget *
lg_sketch_get_picture (LgSketch *self)
{
  g_return_val_if_fail (LG_IS_SKETCH (self), NULL);
  return gtk_overlay_get_child (self->overlay);
}

GtkWidget *
lg_sketch_get_canvas (LgSketch *self)
{
  g_return_val_if_fail (LG_IS_SKETCH (self), NULL);
  return self->canvas;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LgSketch *self = LG_SKETCH (widget);

  lg_drawings_undo (self->drawings, self->topic_id);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LgSketch *self = LG_SKETCH (widget);

  lg_drawings_clear_topic (self->drawings, self->topic_id);
}

static void
lg_sketch_dispose (GObject *object)
{
  LgSketch *self = LG_SKETCH (object);

  if (self->drawings != NULL)
    g_signal_handlers_disconnect_by_data (self->drawings, self);
  g_clear_object (&self->drawings);
  g_clear_pointer (&self->topic_id, g_free);
  G_OBJECT_CLASS (lg_sketch_parent_class)->dispose (object);
}

static void
lg_sketch_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LgSketch *self = LG_SKETCH (object);

  switch (prop_id)
    {
    case PROP_PICTURE:
      g_value_set_object (value, lg_sketch_get_picture (self));
      break;
    case PROP_DRAWING:
      g_value_set_boolean (value, self->drawing);
      break;
    case PROP_PEN:
      g_value_set_string (value, lg_pen_to_string (self->pen));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_sketch_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LgSketch *self = LG_SKETCH (object);
  LgPen pen;

  switch (prop_id)
    {
    case PROP_PICTURE:
      lg_sketch_set_picture (self, g_value_get_object (value));
      break;
    case PROP_DRAWING:
      lg_sketch_set_drawing (self, g_value_get_boolean (value));
      break;
    case PROP_PEN:
      if (lg_pen_from_string (g_value_get_string (value), &pen) && pen != self->pen)
        {
          self->pen = pen;
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_sketch_class_init (LgSketchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_sketch_dispose;
  object_class->get_property = lg_sketch_get_property;
  object_class->set_property = lg_sketch_set_property;

  /** LgSketch:picture: what is drawn on; the strokes follow the GtkPicture in it */
  properties[PROP_PICTURE] =
    g_param_spec_object ("picture", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** LgSketch:drawing: the pen is on: a drag on the picture draws */
  properties[PROP_DRAWING] =
    g_param_spec_boolean ("drawing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** LgSketch:pen: the pen's colour, "red", "blue", "black" or "green" (lg_pen_to_string()) */
  properties[PROP_PEN] =
    g_param_spec_string ("pen", NULL, NULL, "red",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "sketch.drawing", "drawing");
  gtk_widget_class_install_property_action (widget_class, "sketch.pen", "pen");
  gtk_widget_class_install_action (widget_class, "sketch.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "sketch.clear", NULL, clear_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "sketch.undo", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-sketch.ui");
  gtk_widget_class_bind_template_child (widget_class, LgSketch, overlay);
  gtk_widget_class_bind_template_child (widget_class, LgSketch, canvas);
  gtk_widget_class_bind_template_child (widget_class, LgSketch, pen_button);
}

static void
lg_sketch_init (LgSketch *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->canvas), draw_cb, self, NULL);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (drag));
  lg_sketch_set_drawings (self, NULL, NULL);
}

/* A sketch of @topic_id's picture with the session's drawings; give it the picture with
 * lg_sketch_set_picture(). */
GtkWidget *
lg_sketch_new (LgSession  *session,
               const char *topic_id)
{
  LgSketch *self;

  g_return_val_if_fail (LG_IS_SESSION (session), NULL);

  self = g_object_new (LG_TYPE_SKETCH, NULL);
  lg_sketch_set_drawings (self, lg_session_get_drawings (session), topic_id);
  return GTK_WIDGET (self);
}
