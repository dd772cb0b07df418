/* lg-svg-paintable.h — draws an SVG with librsvg at whatever size it is shown, so it stays sharp
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_SVG_PAINTABLE (lg_svg_paintable_get_type ())
G_DECLARE_FINAL_TYPE (LgSvgPaintable, lg_svg_paintable, LG, SVG_PAINTABLE, GObject)

LgSvgPaintable *lg_svg_paintable_new               (GBytes      *bytes,
                                                    GError     **error);

G_END_DECLS
