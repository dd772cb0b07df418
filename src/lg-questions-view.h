/* lg-questions-view.h — every topic's questions, to tick for the printed summary (its "session"
 * property gives the questions and the ticks)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-session-view.h"

G_BEGIN_DECLS

#define LG_TYPE_QUESTIONS_VIEW (lg_questions_view_get_type ())
G_DECLARE_FINAL_TYPE (LgQuestionsView, lg_questions_view, LG, QUESTIONS_VIEW, LgSessionView)

G_END_DECLS
