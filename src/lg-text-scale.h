/* lg-text-scale.h — the reader's text size, applied through one CSS provider
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Widgets under this class (the window's content area) take the text-scale setting; */
#define LG_TEXT_SCALE_CLASS "lg-scaled"
/* and inside a window with this class, the exam-room-text-scale setting. */
#define LG_EXAM_ROOM_CLASS "lg-exam-room"

typedef struct _LgSettings LgSettings;

#define LG_TYPE_TEXT_SCALE (lg_text_scale_get_type ())
G_DECLARE_FINAL_TYPE (LgTextScale, lg_text_scale, LG, TEXT_SCALE, GObject)

LgTextScale *lg_text_scale_new     (GdkDisplay  *display,
                                    LgSettings  *settings);
double       lg_text_scale_step    (double       scale,
                                    int          direction);
char        *lg_text_scale_format  (double       scale);
void         lg_text_scale_bind_combo_row (LgSettings  *settings,
                                           const char  *property,
                                           AdwComboRow *row);

G_END_DECLS
