/* lg-presentation-view.c — exam-room mode's presentation of a topic
 *
 * A topic becomes steps (lg-presentation-steps.c) and the view shows one at a time, filling the
 * screen, in type read from across the room: the text steps' widgets are made when the step is
 * shown and dropped when it goes, so a step costs its own few labels; the picture step's sketch
 * and picture are kept, and the picture is read once per topic. Every size is in em of the
 * window's text size (style.css, ".lg-presentation"), so the exam-room text size scales it all,
 * check boxes and legend markers included. The window steps it (lg-window-exam-room.c) and goes
 * on to the next topic past the last step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-block.h"
#include "lg-display-text.h"
#include "lg-labels.h"
#include "lg-presentation-steps.h"
#include "lg-presentation-view.h"
#include "lg-question-check.h"
#include "lg-section.h"
#include "lg-sketch.h"
#include "lg-svg-paintable.h"

struct _LgPresentationView
{
  AdwBin parent_instance;

  LgContentStore *store;
  LgTopic *topic;
  LgQuestionTicks *ticks;
  LgDrawings *drawings;
  GArray *steps;                /* of LgStep */
  guint step;
  gboolean picture_loaded;      /* the topic's picture is in the picture */

  GtkWidget *step_clamp;
  GtkWidget *step_scroller;
  GtkBox *step_box;
  GtkWidget *picture_box;
  LgSketch *sketch;
  GtkPicture *picture;
  GtkBox *legend_box;
  GtkLabel *position_label;
  GtkProgressBar *position_bar;
};

G_DEFINE_FINAL_TYPE (LgPresentationView, lg_presentation_view, ADW_TYPE_BIN)

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
text_label (const char *text,
            const char *style)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "hexpand", TRUE,
                                   NULL);

  gtk_widget_add_css_class (label, style);
  return label;
}

/* Content text (glossary marks as plain words: a definition is not read across the room). */
static GtkWidget *
content_label (LgPresentationView *self,
               const char         *text,
               const char         *style)
{
  g_autofree char *plain = lg_content_store_to_plain (self->store, text);

  return text_label (plain, style);
}

static GtkWidget *
heading_label (const char *text,
               const char *style)
{
  GtkWidget *label = text_label (text, style);

  g_object_set (label, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  return label;
}

/* The topic's title, small, over the step's own heading. */
static void
add_heading (LgPresentationView *self,
             const char         *heading)
{
  g_autofree char *title = lg_content_store_to_plain (self->store, lg_topic_get_title (self->topic));

  gtk_box_append (self->step_box, text_label (title, "lg-presentation-kicker"));
  gtk_box_append (self->step_box, heading_label (heading, "lg-presentation-heading"));
}

/* "•  text" or "3.  text" lines, in a grid so each label is laid out once for its width. */
static GtkWidget *
list_grid (LgPresentationView *self,
           const char * const *items,
           LgBlockType         type)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *marker = lg_block_type_dup_marker (type, i);
      GtkWidget *mark = text_label (marker, "lg-presentation-body");

      gtk_widget_set_hexpand (mark, FALSE);
      gtk_widget_set_valign (mark, GTK_ALIGN_START);
      gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_grid_attach (GTK_GRID (grid), mark, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), content_label (self, items[i], "lg-presentation-body"), 1, i, 1, 1);
    }
  return grid;
}

static GtkWidget *
block_widget (LgPresentationView *self,
              LgBlock            *block)
{
  GtkWidget *note;

  switch (lg_block_get_block_type (block))
    {
    case LG_BLOCK_BULLETS:
    case LG_BLOCK_STEPS:
      return list_grid (self, lg_block_get_items (block), lg_block_get_block_type (block));
    case LG_BLOCK_NOTE:
      note = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_add_css_class (note, "card");
      gtk_widget_add_css_class (note, "lg-note");
      gtk_box_append (GTK_BOX (note), content_label (self, lg_block_get_text (block), "lg-presentation-body"));
      return note;
    case LG_BLOCK_PARAGRAPH:
    default:
      return content_label (self, lg_block_get_text (block), "lg-presentation-body");
    }
}

static void
build_opening (LgPresentationView *self)
{
  gtk_box_append (self->step_box, content_label (self, lg_topic_get_title (self->topic), "lg-presentation-title"));
  g_object_set (gtk_widget_get_last_child (GTK_WIDGET (self->step_box)),
                "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_box_append (self->step_box, heading_label (lg_content_store_get_label (self->store, "in-short"),
                                                 "lg-presentation-kicker"));
  gtk_box_append (self->step_box, content_label (self, lg_topic_get_in_short (self->topic), "lg-presentation-body"));
}

static void
build_section (LgPresentationView *self,
               const LgStep       *step)
{
  g_autoptr(LgSection) section = g_list_model_get_item (lg_topic_get_sections (self->topic), step->section);
  GListModel *blocks = lg_section_get_blocks (section);
  g_autofree char *heading = lg_content_store_to_plain (self->store, lg_section_get_heading (section));

  add_heading (self, heading);
  for (guint i = step->first_block; i < step->end_block; i++)
    {
      g_autoptr(LgBlock) block = g_list_model_get_item (blocks, i);
      gtk_box_append (self->step_box, block_widget (self, block));
    }
}

static void
build_questions (LgPresentationView *self)
{
  const char * const *questions = lg_topic_get_questions (self->topic);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  add_heading (self, lg_content_store_get_label (self->store, "questions"));
  for (guint i = 0; questions[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), lg_question_check_new (self->store, self->topic, i, self->ticks));
  gtk_box_append (self->step_box, box);
}

/* The picture, its caption and legend: read the first time the step is shown for this topic. */
static void
load_picture (LgPresentationView *self)
{
  g_autoptr(LgSvgPaintable) paintable = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *caption = NULL;
  const char * const *legend = lg_topic_get_illustration_legend (self->topic);

  if (self->picture_loaded)
    return;
  self->picture_loaded = TRUE;
  clear_box (self->legend_box);
  lg_sketch_set_drawings (self->sketch, self->drawings, lg_topic_get_id (self->topic));
  paintable = lg_svg_paintable_new (lg_topic_get_illustration_bytes (self->topic), &error);
  if (paintable == NULL)
    g_message ("%s: $.illustration.file: %s", lg_topic_get_id (self->topic), error->message);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (paintable));
  caption = lg_content_store_to_plain (self->store, lg_topic_get_illustration_caption (self->topic));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, caption,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  lg_topic_get_illustration_alt (self->topic), -1);
  gtk_box_append (self->legend_box, text_label (caption, "lg-presentation-caption"));
  gtk_label_set_max_width_chars (GTK_LABEL (gtk_widget_get_last_child (GTK_WIDGET (self->legend_box))), 30);
  gtk_widget_set_hexpand (gtk_widget_get_last_child (GTK_WIDGET (self->legend_box)), FALSE);
  for (guint i = 0; legend != NULL && legend[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      GtkWidget *mark = gtk_label_new (number);
      GtkWidget *text;

      gtk_widget_add_css_class (mark, "lg-legend-number");
      gtk_widget_set_valign (mark, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (row), mark);
      text = content_label (self, legend[i], "lg-presentation-legend");
      gtk_widget_set_hexpand (text, FALSE);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 26);
      gtk_box_append (GTK_BOX (row), text);
      gtk_box_append (self->legend_box, row);
    }
}

static void
update_position (LgPresentationView *self)
{
  guint n = self->steps ? self->steps->len : 0;
  /* TRANSLATORS: the presentation's position, e.g. "3 / 9" */
  g_autofree char *position = g_strdup_printf (_("%u / %u"), self->step + 1, n);
  /* TRANSLATORS: what a screen reader says for "3 / 9" */
  g_autofree char *spoken = g_strdup_printf (_("Step %u of %u"), self->step + 1, n);

  gtk_label_set_text (self->position_label, position);
  /* The view takes the keyboard: a screen reader names it by the topic and the step. */
  if (self->topic != NULL)
    {
      g_autofree char *title = lg_content_store_to_plain (self->store, lg_topic_get_title (self->topic));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken, -1);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->position_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_progress_bar_set_fraction (self->position_bar, n > 0 ? (double) (self->step + 1) / n : 0);
}

/* Shows step @index (-1 for the last), building only its widgets. */
void
lg_presentation_view_show_step (LgPresentationView *self,
                                int                 index)
{
  const LgStep *step;

  g_return_if_fail (LG_IS_PRESENTATION_VIEW (self));
  if (self->steps == NULL || self->steps->len == 0)
    return;

  self->step = index < 0 ? self->steps->len - 1 : MIN ((guint) index, self->steps->len - 1);
  step = &g_array_index (self->steps, LgStep, self->step);
  clear_box (self->step_box);
  gtk_widget_set_visible (self->step_clamp, step->kind != LG_STEP_PICTURE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->step_scroller)), 0);
  gtk_widget_set_visible (self->picture_box, step->kind == LG_STEP_PICTURE);
  switch (step->kind)
    {
    case LG_STEP_OPENING:
      build_opening (self);
      break;
    case LG_STEP_PICTURE:
      load_picture (self);
      break;
    case LG_STEP_KEY_POINTS:
      add_heading (self, lg_content_store_get_label (self->store, "key-points"));
      gtk_box_append (self->step_box, list_grid (self, lg_topic_get_key_points (self->topic), LG_BLOCK_BULLETS));
      break;
    case LG_STEP_SECTION:
      build_section (self, step);
      break;
    case LG_STEP_QUESTIONS:
    default:
      build_questions (self);
      break;
    }
  update_position (self);
}

/* One step on (@direction > 0) or back; FALSE, and nothing changes, past either end. */
gboolean
lg_presentation_view_step (LgPresentationView *self,
                           int                 direction)
{
  g_return_val_if_fail (LG_IS_PRESENTATION_VIEW (self), FALSE);

  if (self->steps == NULL || (direction < 0 && self->step == 0) ||
      (direction > 0 && self->step + 1 >= self->steps->len))
    return FALSE;
  lg_presentation_view_show_step (self, (int) self->step + (direction > 0 ? 1 : -1));
  return TRUE;
}

guint
lg_presentation_view_get_step (LgPresentationView *self)
{
  g_return_val_if_fail (LG_IS_PRESENTATION_VIEW (self), 0);
  return self->step;
}

guint
lg_presentation_view_get_n_steps (LgPresentationView *self)
{
  g_return_val_if_fail (LG_IS_PRESENTATION_VIEW (self), 0);
  return self->steps ? self->steps->len : 0;
}

LgTopic *
lg_presentation_view_get_topic (LgPresentationView *self)
{
  g_return_val_if_fail (LG_IS_PRESENTATION_VIEW (self), NULL);
  return self->topic;
}

/* Forgets the topic and what was on screen (leaving exam-room mode, a new patient). */
void
lg_presentation_view_clear (LgPresentationView *self)
{
  g_return_if_fail (LG_IS_PRESENTATION_VIEW (self));

  clear_box (self->step_box);
  clear_box (self->legend_box);
  gtk_picture_set_paintable (self->picture, NULL);
  self->picture_loaded = FALSE;
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_object (&self->topic);
  g_clear_object (&self->store);
  g_clear_object (&self->ticks);
  g_clear_object (&self->drawings);
  self->step = 0;
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

/* Shows @topic from its first step. */
void
lg_presentation_view_set_topic (LgPresentationView *self,
                                LgContentStore     *store,
                                LgTopic            *topic,
                                LgQuestionTicks    *ticks,
                                LgDrawings         *drawings)
{
  g_return_if_fail (LG_IS_PRESENTATION_VIEW (self));
  g_return_if_fail (LG_IS_TOPIC (topic));

  lg_presentation_view_clear (self);
  self->store = g_object_ref (store);
  self->topic = g_object_ref (topic);
  self->ticks = g_object_ref (ticks);
  self->drawings = g_object_ref (drawings);
  self->steps = lg_presentation_steps_new (topic);
  /* It takes the keyboard, so the arrow keys and Space reach its shortcuts. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  lg_presentation_view_show_step (self, 0);
}

static void
lg_presentation_view_dispose (GObject *object)
{
  LgPresentationView *self = LG_PRESENTATION_VIEW (object);

  if (self->step_box != NULL)
    lg_presentation_view_clear (self);
  G_OBJECT_CLASS (lg_presentation_view_parent_class)->dispose (object);
}

static void
lg_presentation_view_class_init (LgPresentationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_presentation_view_dispose;
  g_type_ensure (LG_TYPE_SKETCH);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-presentation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, step_clamp);
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, step_scroller);
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, step_box);
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, picture_box);
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, sketch);
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, picture);
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, legend_box);
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, position_label);
  gtk_widget_class_bind_template_child (widget_class, LgPresentationView, position_bar);
}

static void
lg_presentation_view_init (LgPresentationView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The picture fills the height the step leaves it (the sketch centres it, at its own size). */
  gtk_widget_set_vexpand (gtk_widget_get_parent (GTK_WIDGET (self->picture)), TRUE);
}
