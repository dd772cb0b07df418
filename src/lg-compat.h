/* lg-compat.h — every workaround for the GTK 4.8 / libadwaita 1.2 floor and for GTK bugs, in one
 * place, each with the version it is for and what to do when the floor rises (src/DESIGN.md,
 * "Floor shims", lists these and the ones below the app layer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *lg_compat_check_button_child (GtkWidget  *label);
void       lg_compat_name_scroller      (GtkWidget  *widget,
                                         const char *name);
void       lg_compat_name_menu_items    (GtkWidget  *popover);
void       lg_compat_name_menu_items_on_show (GtkPopover *popover);
void       lg_compat_after_first_layout (GtkWidget  *widget,
                                         GtkWidget  *measured,
                                         void      (*done) (gpointer data),
                                         gpointer    data);
void       lg_compat_unmap_popover      (GtkPopover *popover);

G_END_DECLS
