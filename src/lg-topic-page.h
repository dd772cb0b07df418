/* lg-topic-page.h — one topic, read top to bottom
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-content-store.h"
#include "lg-drawings.h"
#include "lg-question-ticks.h"
#include "lg-search.h"

G_BEGIN_DECLS

#define LG_TYPE_TOPIC_PAGE (lg_topic_page_get_type ())
G_DECLARE_FINAL_TYPE (LgTopicPage, lg_topic_page, LG, TOPIC_PAGE, AdwBin)

void     lg_topic_page_set_topic (LgTopicPage     *self,
                                  LgContentStore  *store,
                                  LgTopic         *topic,
                                  LgQuestionTicks *ticks);
LgTopic *lg_topic_page_get_topic (LgTopicPage    *self);
void     lg_topic_page_set_drawings (LgTopicPage *self,
                                     LgDrawings  *drawings);
void     lg_topic_page_set_text_scale (LgTopicPage *self,
                                       double       scale);
void     lg_topic_page_set_exam_room  (LgTopicPage *self,
                                       gboolean     exam_room);
void     lg_topic_page_reset     (LgTopicPage    *self);
void     lg_topic_page_focus_top (LgTopicPage    *self);
void     lg_topic_page_reveal    (LgTopicPage    *self,
                                  LgSearchPlace   place,
                                  int             section);

G_END_DECLS
