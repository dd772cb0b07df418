/* lg-picture.h — a topic's illustration: the one place an SVG becomes an RsvgHandle
 *
 * The content store's picture check, the handout and the app's picture widget all read pictures
 * here, so what the store accepts is what they draw.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <librsvg/rsvg.h>

G_BEGIN_DECLS

gboolean    lg_picture_check            (GBytes  *bytes,
                                         GError **error);
RsvgHandle *lg_picture_new_from_bytes   (GBytes  *bytes,
                                         GError **error);
RsvgHandle *lg_picture_load             (GFile   *file,
                                         GError **error);

G_END_DECLS
