/* lg-picture.h — a topic's illustration: the one place an SVG becomes an RsvgHandle
 *
 * The content store's picture check, the handout and the app's picture widget all read pictures
 * here, from the bytes the store kept (lg_topic_get_illustration_bytes()), so what the store
 * checked is what they draw.
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
char       *lg_picture_clean_message    (const char *message);

G_END_DECLS
