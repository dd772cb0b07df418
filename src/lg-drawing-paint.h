/* lg-drawing-paint.h — a topic's drawing painted with cairo over its picture: the one way strokes
 * are drawn, on screen (LgSketch) and on the handout (lg-handout-figure.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "lg-drawings.h"

G_BEGIN_DECLS

void lg_drawing_paint (LgDrawings *drawings,
                       const char *topic_id,
                       cairo_t    *cr,
                       double      x,
                       double      y,
                       double      width,
                       double      height);

G_END_DECLS
