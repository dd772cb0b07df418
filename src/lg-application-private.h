/* lg-application-private.h — what the application's files share: lg-application.c (the object,
 * start-up, windows), lg-application-cli.c (the command line and the headless modes) and
 * lg-application-actions.c (its actions)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-application.h"
#include "lg-window.h"

G_BEGIN_DECLS

extern const GOptionEntry lg_application_options[];

/* liver-guide --resolve's exit status for a link it cannot read, and for one nothing answers */
#define LG_EXIT_MALFORMED_LINK 2
#define LG_EXIT_NO_MATCH 3

int  _lg_application_handle_local_options (GApplication  *application,
                                           GVariantDict  *dict);
void _lg_application_add_actions          (LgApplication *self);
LgWindow *_lg_application_get_window      (LgApplication *self);
void _lg_application_open_link            (LgApplication *self,
                                           const char    *uri);
void _lg_application_set_menu_choice      (LgApplication *self,
                                           const char    *choice);

/* For tests */
LgTextScale    *lg_application_get_text_scale (LgApplication *self);

G_END_DECLS
