/* lg-settings.h — the app's settings: one object over GSettings, with typed and derived properties
 *
 * Every GSettings key is named in lg-settings.c only. Each key is a property of the same name,
 * notified when the key changes (from Preferences, another window or dconf); derived properties
 * follow their key: whether each text size can grow or shrink, and the paper in force (the
 * locale's when the preference is "automatic"). The renderer never reads a setting: the app turns
 * these into LgHandoutOptions with lg_settings_load_clinic() and lg_settings_get_paper().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lg-handout.h"

G_BEGIN_DECLS

#define LG_TYPE_SETTINGS (lg_settings_get_type ())
G_DECLARE_FINAL_TYPE (LgSettings, lg_settings, LG, SETTINGS, GObject)

LgSettings *lg_settings_new                 (void);

double      lg_settings_get_text_scale      (LgSettings       *self,
                                             gboolean          exam_room);
void        lg_settings_step_text_scale     (LgSettings       *self,
                                             gboolean          exam_room,
                                             int               direction);
gboolean    lg_settings_can_step_text_scale (LgSettings       *self,
                                             gboolean          exam_room,
                                             int               direction);

LgPaper     lg_settings_get_locale_paper    (void);
LgPaper     lg_settings_get_paper           (LgSettings       *self);
void        lg_settings_load_clinic         (LgSettings       *self,
                                             LgHandoutOptions *options);
char       *lg_settings_single_line         (const char       *text);
gboolean    lg_settings_set_clinic_logo     (LgSettings       *self,
                                             GFile            *file,
                                             GError          **error);

char       *lg_settings_dup_content_language (LgSettings      *self);
void        lg_settings_set_content_language (LgSettings      *self,
                                              const char      *language);
char       *lg_settings_dup_last_topic      (LgSettings       *self);
void        lg_settings_set_last_topic      (LgSettings       *self,
                                             const char       *id);
void        lg_settings_reset_patient       (LgSettings       *self);
void        lg_settings_restore_window      (LgSettings       *self,
                                             GtkWindow        *window);
void        lg_settings_save_window         (LgSettings       *self,
                                             GtkWindow        *window,
                                             gboolean          maximized);

G_END_DECLS
