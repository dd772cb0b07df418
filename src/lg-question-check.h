/* lg-question-check.h — a check button for one question to ask, that follows the session's question ticks
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lg-content-store.h"
#include "lg-question-ticks.h"

G_BEGIN_DECLS

GtkWidget *lg_question_check_new (LgContentStore  *store,
                                  LgTopic         *topic,
                                  guint            index,
                                  LgQuestionTicks *ticks);

G_END_DECLS
