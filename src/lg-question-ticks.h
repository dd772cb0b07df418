/* lg-question-ticks.h — the set of ticked questions, and the one place its key is made and read
 *
 * A ticked question is kept, for as long as the window lives, as the key "topic-id/index" in a
 * GHashTable used as a set. Only these functions build or take such a key apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-topic.h"

G_BEGIN_DECLS

char     *lg_question_ticks_key            (LgTopic    *topic,
                                            guint       index);
gboolean  lg_question_ticks_has            (GHashTable *ticked,
                                            LgTopic    *topic,
                                            guint       index);
GStrv     lg_question_ticks_dup_topic_ids  (GHashTable *ticked);

G_END_DECLS
