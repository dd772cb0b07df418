/* lg-handout-patient.c — what is printed for this patient alone: the "For you" box under the
 * first topic's title (name, date, next appointment, care-team contact, a free note) and the
 * questions typed in the print view, after the first topic's ticked ones; and the topic's
 * questions themselves (the ticked ones, or a few in the Summary when none is ticked)
 *
 * The words come in LgHandoutOptions.for_you, typed in the print view; the renderer keeps them
 * only as long as the handout, and writes them nowhere but the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-handout-private.h"
#include "lg-question-ticks.h"

/* "Label: value" on a line of its own, the label in bold. */
static void
add_line (GString    *text,
          GArray     *bold,
          const char *label,
          const char *value)
{
  g_autofree char *shown = NULL;
  gsize start;

  if (value == NULL)
    return;
  shown = g_strstrip (g_strdup (value));
  if (*shown == '\0')
    return;
  g_string_append_c (text, '\n');
  start = text->len;
  g_string_append_printf (text, "%s: ", label);
  g_array_append_val (bold, start);
  start = text->len - 1;
  g_array_append_val (bold, start);
  g_string_append (text, shown);
}

/* The box under the first topic's title, when anything was typed for it. */
void
_lg_handout_add_for_you (LgHandout *self,
                         guint      index)
{
  const LgForYou *you = &self->options.for_you;
  const char *heading = _lg_handout_label (self, "handout-for-you");
  g_autoptr(GString) text = g_string_new (heading);
  g_autoptr(GArray) bold = g_array_new (FALSE, FALSE, sizeof (gsize));
  Item *item;

  add_line (text, bold, _lg_handout_label (self, "handout-name"), you->name);
  add_line (text, bold, _lg_handout_label (self, "handout-date"), you->date);
  add_line (text, bold, _lg_handout_label (self, "handout-next-appointment"), you->next_appointment);
  add_line (text, bold, _lg_handout_label (self, "handout-contact"), you->contact);
  add_line (text, bold, _lg_handout_label (self, "handout-note"), you->note);
  if (bold->len == 0)
    return;

  item = _lg_handout_add_box (self, ITEM_FOR_YOU, index, S (12), text->str, NULL, S (BODY_SIZE),
                              FALSE);
  /* The box is short: it stays whole, with In short after it. */
  _lg_handout_bold_range (item->layout, 0, strlen (heading));
  for (guint i = 0; i + 1 < bold->len; i += 2)
    _lg_handout_bold_range (item->layout, g_array_index (bold, gsize, i),
                            g_array_index (bold, gsize, i + 1));
  _lg_handout_remeasure (item);
}

/* The questions typed for this patient, in list @list after the topic's ticked ones. */
void
_lg_handout_add_own_questions (LgHandout *self,
                               guint      index,
                               guint      list)
{
  const char * const *questions = (const char * const *) self->options.for_you.questions;

  for (guint i = 0; questions != NULL && questions[i] != NULL; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (questions[i]));
      guint start = self->items->len;
      Item *item;

      if (*text == '\0')
        continue;
      item = _lg_handout_add_text (self, ITEM_QUESTION, index, S (SPACE_BLOCK), text, NULL,
                                   S (QUESTION_INDENT), S (BODY_SIZE), FALSE);
      item->splits = FALSE;
      for (guint j = start; j < self->items->len; j++)
        ((Item *) g_ptr_array_index (self->items, j))->list = list;
    }
}

/* How many questions the Summary prints when none is ticked; a line says the rest are in the app. */
#define SUMMARY_QUESTIONS 3

/* The ticked questions of the topic; when none is ticked, all of them in Full and the first
 * SUMMARY_QUESTIONS in the Summary (then "More questions to ask are in the app."). */
void
_lg_handout_add_questions (LgHandout *self,
                           guint      index,
                           LgTopic   *topic)
{
  const char * const *questions = lg_topic_get_questions (topic);
  gboolean any = FALSE;
  guint list = ++self->n_lists;
  guint n = 0, n_all = g_strv_length ((char **) questions);
  guint first, last;

  for (guint i = 0; questions[i] != NULL && !any; i++)
    any = lg_question_ticks_get (self->ticks, topic, i);

  _lg_handout_add_heading (self, index, _lg_handout_label (self, "questions"));
  first = self->items->len;
  for (guint i = 0; questions[i] != NULL; i++)
    {
      g_autofree char *text = NULL;
      guint start;
      Item *item;

      if (any ? !lg_question_ticks_get (self->ticks, topic, i)
              : !self->options.full && n >= SUMMARY_QUESTIONS)
        continue;
      text = _lg_handout_plain (self, questions[i]);
      start = self->items->len;
      item = _lg_handout_add_text (self, ITEM_QUESTION, index, S (SPACE_BLOCK),
                       text, NULL, S (QUESTION_INDENT), S (BODY_SIZE), FALSE);
      item->splits = FALSE;
      for (guint j = start; j < self->items->len; j++)
        ((Item *) g_ptr_array_index (self->items, j))->list = list;
      n++;
    }
  if (index == 0)
    _lg_handout_add_own_questions (self, index, list);
  last = self->items->len;
  if (!any && n < n_all)
    _lg_handout_add_text (self, ITEM_PARAGRAPH, index, S (SPACE_BLOCK),
                          _lg_handout_label (self, "handout-more-questions"), NULL, 0,
                          S (BODY_SIZE), FALSE);
  /* Like a list: the first two stay together, and the last two with the line after them, so no
   * question is left alone at the top or the foot of a page. */
  if (last - first >= 2)
    {
      ((Item *) g_ptr_array_index (self->items, first))->keep_with_next = TRUE;
      ((Item *) g_ptr_array_index (self->items, last - 2))->keep_with_next = TRUE;
    }
  if (last > first && last < self->items->len)
    ((Item *) g_ptr_array_index (self->items, last - 1))->keep_with_next = TRUE;
}
