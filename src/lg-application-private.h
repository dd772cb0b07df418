/* lg-application-private.h — what the application's files share: lg-application.c (the object,
 * start-up, windows), lg-application-cli.c (the command line and the headless modes) and
 * lg-application-actions.c (its actions)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-application.h"

G_BEGIN_DECLS

extern const GOptionEntry lg_application_options[];

int  _lg_application_handle_local_options (GApplication  *application,
                                           GVariantDict  *dict);
void _lg_application_add_actions          (LgApplication *self);
void _lg_application_set_menu_choice      (LgApplication *self,
                                           const char    *choice);

/* For tests */
LgTextScale    *lg_application_get_text_scale (LgApplication *self);

G_END_DECLS
