/* lg-application.h — the application: command line, actions, the content everyone shares
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-content-store.h"
#include "lg-text-scale.h"

G_BEGIN_DECLS

#define LG_TYPE_APPLICATION (lg_application_get_type ())
G_DECLARE_FINAL_TYPE (LgApplication, lg_application, LG, APPLICATION, AdwApplication)

LgApplication  *lg_application_new               (void);
LgContentStore *lg_application_get_store         (LgApplication  *self,
                                                  GError        **error);
GSettings      *lg_application_get_settings      (LgApplication  *self);
const char     *lg_application_get_content_language (LgApplication *self);
gboolean        lg_application_set_content_language (LgApplication *self,
                                                     const char    *language);
LgTextScale    *lg_application_get_text_scale    (LgApplication  *self);
GPtrArray      *lg_application_get_content_problems (LgApplication *self);

G_END_DECLS
