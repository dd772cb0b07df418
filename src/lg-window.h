/* lg-window.h — the main window: topic sidebar and topic page
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-session.h"

G_BEGIN_DECLS

#define LG_TYPE_WINDOW (lg_window_get_type ())
G_DECLARE_FINAL_TYPE (LgWindow, lg_window, LG, WINDOW, AdwApplicationWindow)

LgWindow   *lg_window_new              (GtkApplication *application,
                                        LgSession      *session);
gboolean    lg_window_show_topic       (LgWindow       *self,
                                        const char     *id);
gboolean    lg_window_show_view        (LgWindow       *self,
                                        const char     *name);
gboolean    lg_window_show_term        (LgWindow       *self,
                                        const char     *id);
void        lg_window_search           (LgWindow       *self,
                                        const char     *text);
void        lg_window_set_exam_room    (LgWindow       *self,
                                        gboolean        exam_room);

G_END_DECLS
