/* lg-presentation-steps.h — a topic as the steps of the exam-room presentation, one idea each
 *
 * The title and In short; the picture with its legend; the key points; each section (a long one
 * in parts, so nothing scrolls); the questions. The steps only point into the topic: the
 * view builds the widgets of the one step it shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-topic.h"

G_BEGIN_DECLS

typedef enum {
  LG_STEP_OPENING,     /* the title and In short */
  LG_STEP_PICTURE,     /* the illustration and its legend */
  LG_STEP_KEY_POINTS,
  LG_STEP_SECTION,     /* blocks [first_block, end_block) of section @section */
  LG_STEP_QUESTIONS,
} LgStepKind;

typedef struct {
  LgStepKind kind;
  guint section;
  guint first_block;
  guint end_block;
  guint part;          /* 1, 2… of a section split in parts; 0 when it is not */
} LgStep;

/* A section with more characters than this is shown over several steps. */
#define LG_STEP_MAX_CHARS 420

GArray *lg_presentation_steps_new (LgTopic *topic);

G_END_DECLS
