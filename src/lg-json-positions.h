/* lg-json-positions.h — where each value of a JSON file is, by JSON path, as json-glib's parser
 * reports it while it reads the file (core-internal: the JSON reader's messages use it)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

GHashTable *lg_json_positions_new  (GBytes     *bytes);
gboolean    lg_json_positions_find (GHashTable *positions,
                                    const char *path,
                                    guint      *line,
                                    guint      *column);

G_END_DECLS
