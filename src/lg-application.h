/* lg-application.h — the application: start-up, windows, the settings and the session they share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-session.h"
#include "lg-settings.h"
#include "lg-text-scale.h"

G_BEGIN_DECLS

#define LG_TYPE_APPLICATION (lg_application_get_type ())
G_DECLARE_FINAL_TYPE (LgApplication, lg_application, LG, APPLICATION, AdwApplication)

LgApplication  *lg_application_new            (void);
LgSettings     *lg_application_get_settings   (LgApplication *self);
LgSession      *lg_application_get_session    (LgApplication *self);

G_END_DECLS
