/* lg-picture-values.h — the allow-list's attributes: which a picture may have, and what their
 * values may say (renderer-internal, for lg-picture-check.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LG_PICTURE_MAX_REFS 8

/* What one element's attributes said, as far as the limits need it. */
typedef struct {
  const char *name;       /* the element's local name */
  char *id;
  double width;           /* width and height in pixels when given in an absolute unit; else 0 */
  double height;
  double view_box[4];
  gboolean user_space;    /* patternUnits="userSpaceOnUse" */
  gboolean opacity;       /* has an opacity: drawn on a surface of its own */
  double scale;           /* how much its transform may enlarge, at most */
  double dash;            /* its stroke-dasharray's period; 0: none; -1: not set here */
  double length;          /* an upper bound of the length of its outline */
  char *paint_refs[LG_PICTURE_MAX_REFS];  /* the ids of its url(#id) fills and strokes */
  guint n_paint_refs;
} LgPictureElement;

void     lg_picture_element_clear   (LgPictureElement  *e);
gboolean lg_picture_check_attribute (LgPictureElement  *e,
                                     const char        *name,
                                     const char        *value,
                                     char             **problem);

G_END_DECLS
