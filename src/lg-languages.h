/* lg-languages.h — the content languages this build carries, and choosing one
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GStrv       lg_languages_get_available    (void);
gboolean    lg_languages_is_available     (const char *code);
const char *lg_languages_get_name         (const char *code);
char       *lg_languages_resolve          (const char *requested,
                                           gboolean   *available);
char       *lg_languages_get_resource_dir (const char *code);

G_END_DECLS
