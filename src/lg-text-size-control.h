/* lg-text-size-control.h — "Text Size  −  100%  +" for the main menu
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_TEXT_SIZE_CONTROL (lg_text_size_control_get_type ())
G_DECLARE_FINAL_TYPE (LgTextSizeControl, lg_text_size_control, LG, TEXT_SIZE_CONTROL, GtkBox)

GtkWidget *lg_text_size_control_new       (void);
void       lg_text_size_control_set_scale (LgTextSizeControl *self,
                                           double             scale);

G_END_DECLS
