/* lg-settings-private.h — what only the tests see of the settings: the GSettings object under them, to set keys as a user or dconf would
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-settings.h"

G_BEGIN_DECLS

GSettings  *lg_settings_get_gsettings       (LgSettings       *self);

G_END_DECLS
