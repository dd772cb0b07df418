/* lg-text-size-control.c
 *
 * The main menu's text size row: smaller, the size now (press to reset), larger. Its buttons
 * activate the window's win.text-smaller, win.text-reset and win.text-larger actions, so it works
 * from the keyboard like any other menu item (Tab or the arrow keys reach each button).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-text-scale.h"
#include "lg-text-size-control.h"

struct _LgTextSizeControl
{
  GtkBox parent_instance;

  GtkButton *reset_button;
  GtkLabel *percent_label;
};

G_DEFINE_FINAL_TYPE (LgTextSizeControl, lg_text_size_control, GTK_TYPE_BOX)

void
lg_text_size_control_set_scale (LgTextSizeControl *self,
                                double             scale)
{
  g_autofree char *percent = NULL;

  g_return_if_fail (LG_IS_TEXT_SIZE_CONTROL (self));

  percent = lg_text_scale_format (scale);
  gtk_label_set_text (self->percent_label, percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reset_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, percent, -1);
}

static void
lg_text_size_control_class_init (LgTextSizeControlClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-text-size-control.ui");
  gtk_widget_class_bind_template_child (widget_class, LgTextSizeControl, reset_button);
  gtk_widget_class_bind_template_child (widget_class, LgTextSizeControl, percent_label);
}

static void
lg_text_size_control_init (LgTextSizeControl *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lg_text_size_control_set_scale (self, 1.0);
}

GtkWidget *
lg_text_size_control_new (void)
{
  return g_object_new (LG_TYPE_TEXT_SIZE_CONTROL, NULL);
}
