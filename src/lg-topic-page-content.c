/* lg-topic-page-content.c — the topic page's widgets, made from the content: text with glossary
 * links, lists, notes, headings, the sections with their "Sources" buttons, the illustration and
 * its legend, the questions and the sources
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-block.h"
#include "lg-question-check.h"
#include "lg-section.h"
#include "lg-source.h"
#include "lg-svg-paintable.h"
#include "lg-topic-page-private.h"


void
_lg_topic_page_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* A label for content text: escaped, glossary marks as links, wrapping. Not selectable: a
 * selectable label is one more Tab stop, and selects all its text when Tab reaches it, which
 * leaves its glossary links out of reach of the keyboard. Tab goes from link to link instead. */
static GtkWidget *
text_label (LgTopicPage *self,
            const char  *text)
{
  g_autofree char *markup = lg_content_store_to_pango (self->store, text);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN_LINE_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "lg-body");
  g_signal_connect_swapped (label, "activate-link", G_CALLBACK (_lg_topic_page_activate_link), self);
  return label;
}

/* Lists are two-column grids, markers beside text. A grid sizes its columns before its rows, so
 * each wrapping label is laid out for its real width; a horizontal GtkBox per item would instead
 * ask every label for its width at a given height, a binary search of ~8 Pango layouts each. */
static GtkWidget *
list_grid (guint spacing)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), spacing);
  return grid;
}

/* "•  text" or "3.  text" as row @row of @grid, the marker hidden from screen readers. */
static void
list_item (LgTopicPage *self,
           GtkGrid     *grid,
           int          row,
           const char  *marker,
           const char  *text)
{
  GtkWidget *mark = gtk_label_new (marker);

  gtk_label_set_yalign (GTK_LABEL (mark), 0);
  gtk_widget_set_valign (mark, GTK_ALIGN_START);
  gtk_widget_set_size_request (mark, 20, -1);
  gtk_label_set_xalign (GTK_LABEL (mark), 1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (mark, "lg-body"); /* same line height as the text beside it */
  gtk_grid_attach (grid, mark, 0, row, 1, 1);
  gtk_grid_attach (grid, text_label (self, text), 1, row, 1, 1);
}

GtkWidget *
_lg_topic_page_list_box (LgTopicPage        *self,
                         const char * const *items,
                         gboolean            numbered)
{
  GtkWidget *grid = list_grid (6);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *marker = lg_block_type_dup_marker (numbered ? LG_BLOCK_STEPS
                                                                   : LG_BLOCK_BULLETS, i);

      list_item (self, GTK_GRID (grid), i, marker, items[i]);
    }
  return grid;
}

static GtkWidget *
heading_label (const char *text,
               const char *style)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);
  gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
block_widget (LgTopicPage *self,
              LgBlock     *block)
{
  GtkWidget *note;

  switch (lg_block_get_block_type (block))
    {
    case LG_BLOCK_PARAGRAPH:
      return text_label (self, lg_block_get_text (block));
    case LG_BLOCK_BULLETS:
      return _lg_topic_page_list_box (self, lg_block_get_items (block), FALSE);
    case LG_BLOCK_STEPS:
      return _lg_topic_page_list_box (self, lg_block_get_items (block), TRUE);
    case LG_BLOCK_NOTE:
      note = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_add_css_class (note, "card");
      gtk_widget_add_css_class (note, "lg-note");
      gtk_box_append (GTK_BOX (note), text_label (self, lg_block_get_text (block)));
      return note;
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "1. Publisher, Title" with the title a link: one of the topic's sources, numbered as listed. */
static GtkWidget *
source_label (LgSource *source,
              guint     number)
{
  g_autofree char *markup = g_markup_printf_escaped ("%u. %s, <a href=\"%s\">%s</a>", number,
                                                     lg_source_get_publisher (source),
                                                     lg_source_get_url (source),
                                                     lg_source_get_title (source));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* The popover of a "Sources" button, made when it is first opened (making it for every button
 * of every page would cost a topic switch about 10 ms): the sources its ids name, with their
 * numbers in the list at the end of the page. */
static void
create_sources_popover (GtkMenuButton *button,
                        gpointer       user_data)
{
  LgTopicPage *self = user_data;
  const char * const *ids = g_object_get_data (G_OBJECT (button), "lg-source-ids");
  const char *language;
  g_autoptr(GArray) numbers = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  GtkWidget *popover, *box;

  if (gtk_menu_button_get_popover (button) != NULL || self->topic == NULL)
    return;
  language = lg_content_store_get_language (self->store);
  numbers = lg_topic_number_sources (self->topic, language, ids);
  shown = lg_topic_list_sources (self->topic, language);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "lg-section-sources");
  for (guint i = 0; i < numbers->len; i++)
    {
      guint number = g_array_index (numbers, guint, i);
      GtkWidget *source = source_label (g_ptr_array_index (shown, number - 1), number);

      gtk_label_set_max_width_chars (GTK_LABEL (source), 50);
      gtk_box_append (GTK_BOX (box), source);
    }
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

/* Under a section, In short or the key points: "Sources 1, 3", a small button whose popover lists
 * the sources @ids (what its blocks cite), with their numbers in the list at the end of the page.
 * NULL when none of them is listed in the content's language. */
GtkWidget *
_lg_topic_page_sources_button (LgTopicPage        *self,
                               const char * const *ids)
{
  const char *language = lg_content_store_get_language (self->store);
  g_autofree char *list = lg_topic_dup_source_numbers (self->topic, language, ids);
  g_autofree char *text = NULL;
  GtkWidget *button, *label;

  if (list == NULL)
    return NULL;
  text = g_strdup_printf ("%s %s", lg_content_store_get_label (self->store, "sources"), list);

  /* The button says "Sources"; the numbers go to screen readers and, with the sources, to the
   * popover, so a long list never widens a narrow window. */
  label = gtk_label_new (lg_content_store_get_label (self->store, "sources"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), label);
  g_object_set_data_full (G_OBJECT (button), "lg-source-ids", g_strdupv ((GStrv) ids),
                          (GDestroyNotify) g_strfreev);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_sources_popover, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "lg-sources-button");
  return button;
}

/* Sections @from to @to (exclusive, clamped to how many there are). */
void
_lg_topic_page_fill_sections (LgTopicPage *self,
                              guint        from,
                              guint        to)
{
  GListModel *sections = lg_topic_get_sections (self->topic);

  for (guint i = from; i < MIN (to, g_list_model_get_n_items (sections)); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
      GListModel *blocks = lg_section_get_blocks (section);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      g_auto(GStrv) ids = lg_topic_dup_section_sources (self->topic, i);
      GtkWidget *sources;

      g_autofree char *heading = lg_content_store_to_plain (self->store,
                                                            lg_section_get_heading (section));

      gtk_box_append (GTK_BOX (box), heading_label (heading, "title-2"));
      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(LgBlock) block = g_list_model_get_item (blocks, j);
          gtk_box_append (GTK_BOX (box), block_widget (self, block));
        }
      if ((sources = _lg_topic_page_sources_button (self, (const char * const *) ids)) != NULL)
        gtk_box_append (GTK_BOX (box), sources);
      gtk_box_append (self->sections_box, box);
    }
}

void
_lg_topic_page_fill_illustration (LgTopicPage *self)
{
  g_autoptr(LgSvgPaintable) paintable = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *caption = NULL;
  const char * const *legend;
  GBytes *bytes = lg_topic_get_illustration_bytes (self->topic);

  gtk_widget_set_visible (self->illustration_box, FALSE);
  lg_sketch_set_drawing (self->sketch, FALSE);
  if (self->drawings == NULL)
    self->drawings = lg_drawings_new ();   /* a page shown alone */
  lg_sketch_set_drawings (self->sketch, self->drawings, lg_topic_get_id (self->topic));
  if (bytes == NULL)
    return;

  paintable = lg_svg_paintable_new (bytes, &error);
  if (paintable == NULL)
    {
      g_message ("%s: $.illustration.file: %s", lg_topic_get_id (self->topic), error->message);
      return;
    }

  caption = lg_content_store_to_plain (self->store, lg_topic_get_illustration_caption (self->topic));
  gtk_picture_set_paintable (self->illustration_picture, GDK_PAINTABLE (paintable));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->illustration_picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  caption,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  lg_topic_get_illustration_alt (self->topic),
                                  -1);
  gtk_label_set_text (self->caption_label, caption);

  legend = lg_topic_get_illustration_legend (self->topic);
  if (legend != NULL && legend[0] != NULL)
    {
      GtkWidget *grid = list_grid (4);

      for (guint i = 0; legend[i] != NULL; i++)
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          GtkWidget *mark = gtk_label_new (number);

          gtk_widget_add_css_class (mark, "lg-legend-number");
          gtk_widget_set_valign (mark, GTK_ALIGN_START);
          gtk_grid_attach (GTK_GRID (grid), mark, 0, i, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), text_label (self, legend[i]), 1, i, 1, 1);
        }
      gtk_box_append (self->legend_box, grid);
    }
  gtk_widget_set_visible (self->illustration_box, TRUE);
}

void
_lg_topic_page_fill_questions (LgTopicPage *self)
{
  const char * const *questions = lg_topic_get_questions (self->topic);

  for (guint i = 0; questions[i] != NULL; i++)
    gtk_box_append (self->questions_box, lg_question_check_new (self->store, self->topic, i, self->ticks));
}

void
_lg_topic_page_fill_sources (LgTopicPage *self)
{
  g_autoptr(GPtrArray) sources = lg_topic_list_sources (self->topic,
                                                       lg_content_store_get_language (self->store));
  g_autofree char *reviewed = lg_content_store_dup_reviewed (self->store, self->topic);

  for (guint i = 0; i < sources->len; i++)
    {
      GtkWidget *label = source_label (g_ptr_array_index (sources, i), i + 1);

      gtk_label_set_width_chars (GTK_LABEL (label), MIN_LINE_CHARS);
      gtk_box_append (self->sources_box, label);
    }
  gtk_label_set_text (self->reviewed_label, reviewed);
}


/* "Related topics": a button for each topic the page names that the store has (a pack's link to
 * no topic is left out, and reported when the pack is read); each opens it (win.show-topic). */
void
_lg_topic_page_fill_related (LgTopicPage *self)
{
  const char * const *related = lg_topic_get_related (self->topic);
  guint n = 0;

  for (guint i = 0; related != NULL && related[i] != NULL; i++)
    {
      LgTopic *other = lg_content_store_lookup_topic (self->store, related[i]);
      g_autofree char *title = NULL;
      GtkWidget *button, *label;

      if (other == NULL)
        continue;
      title = lg_content_store_to_plain (self->store, lg_topic_get_title (other));
      label = g_object_new (GTK_TYPE_LABEL, "label", title, "xalign", 0.0f, "wrap", TRUE,
                            "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);
      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), label);
      /* A button with a label of its own as child has no name for screen readers at GTK 4.8. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "lg-related");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_string (lg_topic_get_id (other)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-topic");
      gtk_box_append (self->related_box, button);
      n++;
    }
  gtk_label_set_text (self->related_heading, lg_content_store_get_label (self->store, "related"));
  gtk_widget_set_visible (GTK_WIDGET (self->related_heading), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->related_box), n > 0);
}
