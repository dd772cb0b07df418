/* lg-print-operation.h — printing a handout through GtkPrintOperation (the system dialog, or the
 * print portal in a Flatpak), laid out again for the page the dialog settles on
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lg-handout.h"

G_BEGIN_DECLS

/* Makes the handout to print on @width × @height points (a new reference, or NULL). */
typedef LgHandout *(*LgPrintLayout) (double   width,
                                     double   height,
                                     gpointer user_data);

#define LG_TYPE_PRINT_OPERATION (lg_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (LgPrintOperation, lg_print_operation, LG, PRINT_OPERATION, GtkPrintOperation)

LgPrintOperation *lg_print_operation_new (LgPaper        paper,
                                          const char    *job_name,
                                          LgPrintLayout  layout,
                                          gpointer       user_data);

G_END_DECLS
