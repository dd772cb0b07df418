/* lg-preferences-window-private.h — for tests only: the header preview and choosing a logo
 * without the file chooser
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-preferences-window.h"

G_BEGIN_DECLS

LgHandout *lg_preferences_window_get_preview (LgPreferencesWindow *self);
gboolean   lg_preferences_window_choose_logo (LgPreferencesWindow *self,
                                              GFile               *file);

G_END_DECLS
