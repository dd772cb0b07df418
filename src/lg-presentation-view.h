/* lg-presentation-view.h — exam-room mode's presentation of a topic, one step on the screen
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-content-store.h"
#include "lg-drawings.h"
#include "lg-question-ticks.h"

G_BEGIN_DECLS

#define LG_TYPE_PRESENTATION_VIEW (lg_presentation_view_get_type ())
G_DECLARE_FINAL_TYPE (LgPresentationView, lg_presentation_view, LG, PRESENTATION_VIEW, AdwBin)

void     lg_presentation_view_set_topic  (LgPresentationView *self,
                                          LgContentStore     *store,
                                          LgTopic            *topic,
                                          LgQuestionTicks    *ticks,
                                          LgDrawings         *drawings);
LgTopic *lg_presentation_view_get_topic  (LgPresentationView *self);
void     lg_presentation_view_show_step  (LgPresentationView *self,
                                          int                 index);
gboolean lg_presentation_view_step       (LgPresentationView *self,
                                          int                 direction);
guint    lg_presentation_view_get_step   (LgPresentationView *self);
guint    lg_presentation_view_get_n_steps (LgPresentationView *self);
void     lg_presentation_view_clear      (LgPresentationView *self);

G_END_DECLS
