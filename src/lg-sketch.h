/* lg-sketch.h — a picture to draw on, with the pen and its colours, Undo and Clear
 *
 * Put any picture in it (lg_sketch_set_picture(), or the "picture" property in a template): the
 * strokes lie over the GtkPicture inside it, in the picture's own 0..1 coordinates, and are kept
 * in an LgDrawings (the session's) under a topic id, so every sketch of that topic, and its
 * handout, shows the same drawing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-drawings.h"
#include "lg-session.h"

G_BEGIN_DECLS

#define LG_TYPE_SKETCH (lg_sketch_get_type ())
G_DECLARE_FINAL_TYPE (LgSketch, lg_sketch, LG, SKETCH, AdwBin)

GtkWidget  *lg_sketch_new          (LgSession  *session,
                                    const char *topic_id);
void        lg_sketch_set_drawings (LgSketch   *self,
                                    LgDrawings *drawings,
                                    const char *topic_id);
LgDrawings *lg_sketch_get_drawings (LgSketch   *self);
const char *lg_sketch_get_topic_id (LgSketch   *self);
void        lg_sketch_set_picture  (LgSketch   *self,
                                    GtkWidget  *picture);
GtkWidget  *lg_sketch_get_picture  (LgSketch   *self);
void        lg_sketch_set_drawing  (LgSketch   *self,
                                    gboolean    drawing);
gboolean    lg_sketch_get_drawing  (LgSketch   *self);

G_END_DECLS
