/* lg-question-ticks.h — the questions a person ticked, for the handout
 *
 * One set per session, shared by the topic pages, the Questions view and the print summary. A
 * ticked question is keyed "topic-id/index" inside this object only: nothing else makes or
 * reads that key. "changed" tells every check button showing a question to follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-topic.h"

G_BEGIN_DECLS

#define LG_TYPE_QUESTION_TICKS (lg_question_ticks_get_type ())
G_DECLARE_FINAL_TYPE (LgQuestionTicks, lg_question_ticks, LG, QUESTION_TICKS, GObject)

LgQuestionTicks *lg_question_ticks_new           (void);
LgQuestionTicks *lg_question_ticks_copy          (LgQuestionTicks *self);
gboolean         lg_question_ticks_get           (LgQuestionTicks *self,
                                                  LgTopic         *topic,
                                                  guint            index);
void             lg_question_ticks_set           (LgQuestionTicks *self,
                                                  LgTopic         *topic,
                                                  guint            index,
                                                  gboolean         ticked);
guint            lg_question_ticks_get_n_ticked  (LgQuestionTicks *self);
GStrv            lg_question_ticks_dup_topic_ids (LgQuestionTicks *self);
void             lg_question_ticks_clear         (LgQuestionTicks *self);

G_END_DECLS
