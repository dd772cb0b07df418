/* lg-settings.h — the app's typed reading of its GSettings for the layers below it
 *
 * The core and the renderer never read a setting: the renderer gets the paper and the clinic's
 * details as arguments (LgHandoutOptions); these functions are where the app turns its GSettings
 * keys into those arguments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lg-handout.h"

G_BEGIN_DECLS

LgPaper lg_settings_get_locale_paper    (void);
LgPaper lg_settings_get_paper           (GSettings        *settings);
void    lg_settings_load_clinic         (GSettings        *settings,
                                         LgHandoutOptions *options);

G_END_DECLS
