/* lg-svg-paintable.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-picture.h"
#include "lg-svg-paintable.h"

struct _LgSvgPaintable
{
  GObject parent_instance;
  RsvgHandle *handle;
  double width;
  double height;
};

static void paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LgSvgPaintable, lg_svg_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, paintable_iface_init))

static void
lg_svg_paintable_snapshot (GdkPaintable *paintable,
                           GdkSnapshot  *snapshot,
                           double        width,
                           double        height)
{
  LgSvgPaintable *self = LG_SVG_PAINTABLE (paintable);
  RsvgRectangle viewport = { 0, 0, width, height };
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (GTK_SNAPSHOT (snapshot),
                                  &GRAPHENE_RECT_INIT (0, 0, width, height));
  rsvg_handle_render_document (self->handle, cr, &viewport, NULL);
  cairo_destroy (cr);
}

static int
lg_svg_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  return (int) LG_SVG_PAINTABLE (paintable)->width;
}

static int
lg_svg_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  return (int) LG_SVG_PAINTABLE (paintable)->height;
}

static double
lg_svg_paintable_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  LgSvgPaintable *self = LG_SVG_PAINTABLE (paintable);

  return self->height > 0 ? self->width / self->height : 0;
}

static GdkPaintableFlags
lg_svg_paintable_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_CONTENTS | GDK_PAINTABLE_STATIC_SIZE;
}

static void
paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = lg_svg_paintable_snapshot;
  iface->get_intrinsic_width = lg_svg_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = lg_svg_paintable_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = lg_svg_paintable_get_intrinsic_aspect_ratio;
  iface->get_flags = lg_svg_paintable_get_flags;
}

static void
lg_svg_paintable_finalize (GObject *object)
{
  g_clear_object (&LG_SVG_PAINTABLE (object)->handle);
  G_OBJECT_CLASS (lg_svg_paintable_parent_class)->finalize (object);
}

static void
lg_svg_paintable_class_init (LgSvgPaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_svg_paintable_finalize;
}

static void
lg_svg_paintable_init (LgSvgPaintable *self)
{
}

/* @bytes: a topic's picture as the store read and checked it (lg_topic_get_illustration_bytes()):
 * nothing is read from a file here. */
LgSvgPaintable *
lg_svg_paintable_new (GBytes  *bytes,
                      GError **error)
{
  g_autoptr(LgSvgPaintable) self = NULL;
  RsvgHandle *handle = lg_picture_new_from_bytes (bytes, error);

  if (handle == NULL)
    return NULL;
  self = g_object_new (LG_TYPE_SVG_PAINTABLE, NULL);
  self->handle = handle;
  if (!rsvg_handle_get_intrinsic_size_in_pixels (self->handle, &self->width, &self->height))
    {
      self->width = 480;
      self->height = 320;
    }
  return g_steal_pointer (&self);
}
