/* lg-questions-view.h — every topic's questions, to tick for the printed summary
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-content-store.h"

G_BEGIN_DECLS

#define LG_TYPE_QUESTIONS_VIEW (lg_questions_view_get_type ())
G_DECLARE_FINAL_TYPE (LgQuestionsView, lg_questions_view, LG, QUESTIONS_VIEW, AdwBin)

void lg_questions_view_set_content (LgQuestionsView *self,
                                    LgContentStore  *store,
                                    GHashTable      *ticked);
void lg_questions_view_sync_ticks  (LgQuestionsView *self);

G_END_DECLS
