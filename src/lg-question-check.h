/* lg-question-check.h — a check button for one question to ask, bound to the window's ticked set
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lg-content-store.h"

G_BEGIN_DECLS

GtkWidget *lg_question_check_new  (LgContentStore *store,
                                   LgTopic        *topic,
                                   guint           index,
                                   GHashTable     *ticked);
void       lg_question_check_sync (GtkWidget      *check,
                                   GHashTable     *ticked);

G_END_DECLS
