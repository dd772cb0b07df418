/* lg-content-pack.h — reading a clinic's content pack safely: files stay inside the pack folder
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lg-content-error.h"

G_BEGIN_DECLS

#define LG_CONTENT_PACK_MAX_TOPICS 200

char     *lg_content_pack_get_user_folder (void);
GBytes   *lg_content_pack_read_file       (GFile       *folder,
                                           const char  *relative,
                                           GError     **error);
char     *lg_content_pack_display_name    (const char  *file_name);

G_END_DECLS
