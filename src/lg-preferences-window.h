/* lg-preferences-window.h — the clinic's details (with a preview of the handout's header), who
 * approved the content, and the paper for handouts, kept in GSettings; the clinic pack's problems
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-settings.h"

G_BEGIN_DECLS

#define LG_TYPE_PREFERENCES_WINDOW (lg_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (LgPreferencesWindow, lg_preferences_window, LG, PREFERENCES_WINDOW, AdwPreferencesWindow)

LgPreferencesWindow *lg_preferences_window_new         (LgSettings          *settings);
void                 lg_preferences_window_set_store   (LgPreferencesWindow *self,
                                                        LgContentStore      *store);
void                 lg_preferences_window_set_clinic_content  (LgPreferencesWindow *self,
                                                                GPtrArray           *problems,
                                                                const char * const  *folders);
void                 lg_preferences_window_show_clinic_content (LgPreferencesWindow *self);

G_END_DECLS
