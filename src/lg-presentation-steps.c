/* lg-presentation-steps.c — a topic as the steps of the exam-room presentation
 *
 * At the presentation's text size a screen holds about LG_STEP_MAX_CHARS characters of a
 * section; a longer section is split between its blocks into parts of about even length, so each
 * fills one screen instead of scrolling. A block longer than a screen stays whole (the view lets
 * it scroll rather than cut a paragraph).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-block.h"
#include "lg-presentation-steps.h"
#include "lg-section.h"

static gsize
block_chars (LgBlock *block)
{
  const char * const *items = lg_block_get_items (block);
  gsize chars = 0;

  if (lg_block_get_text (block) != NULL)
    chars += g_utf8_strlen (lg_block_get_text (block), -1);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    chars += g_utf8_strlen (items[i], -1) + 30; /* a list item starts a line of its own */
  return chars;
}

static void
add (GArray    *steps,
     LgStepKind kind,
     guint      section,
     guint      first_block,
     guint      end_block,
     guint      part)
{
  LgStep step = { kind, section, first_block, end_block, part };

  g_array_append_val (steps, step);
}

/* Section @index: one step, or as few parts as hold LG_STEP_MAX_CHARS each, split between blocks
 * and about even (a block longer than that is a part of its own). */
static void
add_section (GArray    *steps,
             LgSection *section,
             guint      index)
{
  GListModel *blocks = lg_section_get_blocks (section);
  guint n = g_list_model_get_n_items (blocks);
  g_autofree gsize *chars = g_new0 (gsize, n + 1);
  g_autofree gboolean *leads_in = g_new0 (gboolean, n + 1);
  gsize total = 0, target, part_chars = 0;
  guint first = 0, part = 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgBlock) block = g_list_model_get_item (blocks, i);
      chars[i] = block_chars (block);
      leads_in[i] = lg_block_get_block_type (block) == LG_BLOCK_PARAGRAPH &&
                    (g_str_has_suffix (lg_block_get_text (block), ":") || chars[i] < 160);
      total += chars[i];
    }
  if (n < 2 || total <= LG_STEP_MAX_CHARS)
    {
      add (steps, LG_STEP_SECTION, index, 0, n, 0);
      return;
    }
  target = total / ((total + LG_STEP_MAX_CHARS - 1) / LG_STEP_MAX_CHARS);
  for (guint i = 0; i < n; i++)
    {
      /* A block that would take the part well past the target starts the next one, unless the
       * block before leads into it: a short paragraph, or one ending in a colon ("…depends on
       * how healthy it is:"), stays with what follows. */
      if (i > first && part_chars + chars[i] > target + target / 4 && !leads_in[i - 1])
        {
          add (steps, LG_STEP_SECTION, index, first, i, part++);
          first = i;
          part_chars = 0;
        }
      part_chars += chars[i];
    }
  add (steps, LG_STEP_SECTION, index, first, n, part);
}

/* The steps of @topic, in order, as an array of LgStep; never empty (the opening is always
 * there). */
GArray *
lg_presentation_steps_new (LgTopic *topic)
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (LgStep));
  GListModel *sections;
  const char * const *points;
  const char * const *questions;

  g_return_val_if_fail (LG_IS_TOPIC (topic), steps);

  sections = lg_topic_get_sections (topic);
  points = lg_topic_get_key_points (topic);
  questions = lg_topic_get_questions (topic);
  add (steps, LG_STEP_OPENING, 0, 0, 0, 0);
  if (lg_topic_get_illustration_bytes (topic) != NULL)
    add (steps, LG_STEP_PICTURE, 0, 0, 0, 0);
  if (points != NULL && points[0] != NULL)
    add (steps, LG_STEP_KEY_POINTS, 0, 0, 0, 0);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
      add_section (steps, section, i);
    }
  if (questions != NULL && questions[0] != NULL)
    add (steps, LG_STEP_QUESTIONS, 0, 0, 0, 0);
  return steps;
}
