/* lg-sketch-private.h — for tests only: a stroke as the sketch's drag gesture makes it, at points
 * in the sketch's drawing area (what GTK would give it)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-sketch.h"

G_BEGIN_DECLS

GtkWidget *lg_sketch_get_canvas   (LgSketch *self);
gboolean   lg_sketch_stroke_begin (LgSketch *self,
                                   double    x,
                                   double    y,
                                   double    pressure);
void       lg_sketch_stroke_to    (LgSketch *self,
                                   double    x,
                                   double    y,
                                   double    pressure);
gboolean   lg_sketch_get_picture_rect (LgSketch        *self,
                                       graphene_rect_t *rect);

G_END_DECLS
