/* lg-picture-check.h — the allow-list a picture passes before librsvg reads it
 *
 * A clinic's SVG is read by libxml2 (no network, no DTD, no entities) and refused unless it is
 * plain vector drawing within the limits below; data/content/README.md lists what is allowed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LG_PICTURE_MAX_ELEMENTS      200     /* elements in the whole file */
#define LG_PICTURE_MAX_DEPTH         16      /* nesting below <svg> */
#define LG_PICTURE_MAX_NUMBER        100000  /* any coordinate, length or other number */
#define LG_PICTURE_MAX_SIZE          4096    /* the <svg> width and height, in pixels */
#define LG_PICTURE_MAX_WIDE          3       /* width over height, at most */
#define LG_PICTURE_MAX_TALL          1.5     /* height over width, at most (the window draws a
                                              * picture as wide as the text: a tall one large) */
#define LG_PICTURE_MAX_FONT_SIZE     100     /* font-size, in pixels or points */
#define LG_PICTURE_MAX_TEXT          1000    /* characters inside <text> in the whole file */
#define LG_PICTURE_MAX_SCALE         100     /* how much nested transforms may enlarge */
#define LG_PICTURE_MAX_OPACITY       8       /* elements with opacity (each is drawn apart) */
#define LG_PICTURE_MAX_IN_PATTERNS   25      /* elements inside <pattern>s */
#define LG_PICTURE_MAX_PATTERN_USES  2       /* fills and strokes with a pattern */
#define LG_PICTURE_MAX_DASHES        200000  /* dashes of every dashed line together */

gboolean lg_picture_check_svg (const char *data,
                               gsize       size,
                               char      **problem);

G_END_DECLS
