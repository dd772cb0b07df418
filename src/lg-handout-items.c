/* lg-handout-items.c — the handout's items: each topic turned into a flat list of blocks to print
 *
 * Title, In short, picture, key points, when to call, questions, notes and sources, in that
 * order; each text is a Pango layout measured line by line, so pagination can split it between
 * lines. Which items stay together (a heading with what follows, a list's first and last two) is
 * decided here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lg-block.h"
#include "lg-handout-private.h"
#include "lg-picture.h"
#include "lg-question-ticks.h"
#include "lg-section.h"
#include "lg-source.h"

void
_lg_handout_item_free (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
  g_clear_object (&item->marker);
  g_clear_object (&item->caption);
  g_clear_object (&item->svg);
  g_clear_pointer (&item->legend, g_ptr_array_unref);
  g_clear_pointer (&item->legend_numbers, g_ptr_array_unref);
  g_clear_pointer (&item->legend_y, g_array_unref);
  g_free (item->line_top);
  g_free (item->baseline);
  g_free (item->line_x);
  g_free (item);
}

PangoLayout *
_lg_handout_new_layout (LgHandout  *self,
                        const char *text,
                        double      width,
                        double      size,
                        gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, BODY_SPACING);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Records where each line of the item's layout sits, so pages can be split between lines. */
static void
measure (Item *item)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  int n = pango_layout_get_line_count (item->layout);
  int i = 0, y0 = 0, y1 = 0;

  item->n_lines = n;
  item->line_top = g_new0 (double, n + 1);
  item->baseline = g_new0 (double, n);
  item->line_x = g_new0 (double, n);
  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      item->line_top[i] = (double) y0 / PANGO_SCALE;
      item->baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      item->line_x[i] = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (i < n && pango_layout_iter_next_line (iter));
  item->line_top[n] = (double) y1 / PANGO_SCALE;
  pango_layout_iter_free (iter);
}

static Item *
add_item (LgHandout *self,
          ItemKind   kind,
          guint      topic,
          double     space_before)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  item->topic = topic;
  item->space_before = space_before;
  g_ptr_array_add (self->items, item);
  return item;
}

static Item *
add_text (LgHandout  *self,
          ItemKind    kind,
          guint       topic,
          double      space_before,
          const char *text,
          double      indent,
          double      size,
          gboolean    bold)
{
  Item *item = add_item (self, kind, topic, space_before);

  item->indent = indent;
  item->layout = _lg_handout_new_layout (self, text, self->content_width - indent, size, bold);
  item->splits = TRUE;
  measure (item);
  return item;
}

static void
add_heading (LgHandout  *self,
             guint       topic,
             const char *text)
{
  Item *item = add_text (self, ITEM_HEADING, topic, SPACE_SECTION, text, 0, HEADING_SIZE, TRUE);

  item->splits = FALSE;
  item->keep_with_next = TRUE;
}

/* A bullet ("•") or numbered ("3.") list item, the marker right-aligned before the text. */
static void
add_list_item (LgHandout  *self,
               ItemKind    kind,
               guint       topic,
               double      space_before,
               const char *marker,
               const char *text)
{
  Item *item = add_text (self, kind, topic, space_before, text, LIST_INDENT, BODY_SIZE, FALSE);

  item->marker = _lg_handout_new_layout (self, marker, LIST_INDENT - 6, BODY_SIZE,
                                         kind == ITEM_STEP);
  pango_layout_set_alignment (item->marker, PANGO_ALIGN_RIGHT);
}

/* A whole list: its first two and last two items stay together, so no item is left alone at
 * the foot or the top of a page. */
static void
add_list (LgHandout          *self,
          ItemKind            kind,
          guint               topic,
          double              space_before,
          const char * const *items,
          const char * const *markers)
{
  guint n = items ? g_strv_length ((char **) items) : 0;
  guint first = self->items->len;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = lg_content_store_to_plain (self->store, items[i]);
      add_list_item (self, kind, topic, i == 0 ? space_before : SPACE_ITEM, markers[i], text);
    }
  if (n >= 2)
    {
      ((Item *) g_ptr_array_index (self->items, first))->keep_with_next = TRUE;
      ((Item *) g_ptr_array_index (self->items, first + n - 2))->keep_with_next = TRUE;
    }
}

/* The handout's fixed words come from the content, so they are in the content's language. */
const char *
_lg_handout_label (LgHandout  *self,
                   const char *key)
{
  return lg_content_store_get_label (self->store, key);
}

static PangoAttribute *
foreground_attr (guint rgb)
{
  return pango_attr_foreground_new (((rgb >> 16) & 0xff) * 257, ((rgb >> 8) & 0xff) * 257,
                                    (rgb & 0xff) * 257);
}

char *
_lg_handout_plain (LgHandout  *self,
                   const char *text)
{
  return lg_content_store_to_plain (self->store, text);
}

static void
add_title (LgHandout *self,
           guint      index,
           LgTopic   *topic)
{
  g_autofree char *title = _lg_handout_plain (self, lg_topic_get_title (topic));
  g_autofree char *subtitle = _lg_handout_plain (self, lg_topic_get_subtitle (topic));
  g_autofree char *text = g_strconcat (title, "\n", subtitle, NULL);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;
  Item *item;

  item = add_item (self, ITEM_TITLE, index, 0);
  item->new_page = TRUE;
  item->keep_with_next = TRUE;
  item->layout = _lg_handout_new_layout (self, text, self->content_width, SUBTITLE_SIZE, FALSE);
  pango_layout_set_line_spacing (item->layout, 1.15);

  attr = pango_attr_size_new ((int) (TITLE_SIZE * PANGO_SCALE));
  attr->end_index = strlen (title) + 1;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  attr->end_index = strlen (title);
  pango_attr_list_insert (attrs, attr);
  attr = foreground_attr (MUTED);
  attr->start_index = strlen (title) + 1;
  pango_attr_list_insert (attrs, attr);
  pango_layout_set_attributes (item->layout, attrs);
  pango_attr_list_unref (attrs);
  measure (item);
}

static void
add_in_short (LgHandout *self,
              guint      index,
              LgTopic   *topic)
{
  g_autofree char *in_short = _lg_handout_plain (self, lg_topic_get_in_short (topic));
  const char *label = _lg_handout_label (self, "in-short");
  g_autofree char *text = g_strconcat (label, "\n", in_short, NULL);
  double indent = BOX_BAR + BOX_PAD_X;
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;
  Item *item;

  item = add_item (self, ITEM_IN_SHORT, index, 14);
  item->indent = indent;
  item->pad_y = BOX_PAD_Y;
  item->layout = _lg_handout_new_layout (self, text, self->content_width - indent - BOX_PAD_X,
                                         IN_SHORT_SIZE, FALSE);

  attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  attr->end_index = strlen (label);
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_size_new ((int) (10.0 * PANGO_SCALE));
  attr->end_index = strlen (label) + 1;
  pango_attr_list_insert (attrs, attr);
  attr = foreground_attr (ACCENT);
  attr->end_index = strlen (label);
  pango_attr_list_insert (attrs, attr);
  pango_layout_set_attributes (item->layout, attrs);
  pango_attr_list_unref (attrs);
  measure (item);
}

/* The topic's picture, from the bytes the store read and checked (never from a file again),
 * read by librsvg once per handout. */
static RsvgHandle *
load_svg (LgHandout *self,
          LgTopic   *topic)
{
  GBytes *bytes = lg_topic_get_illustration_bytes (topic);
  RsvgHandle *handle = bytes ? g_hash_table_lookup (self->svgs, bytes) : NULL;
  g_autoptr(GError) error = NULL;

  if (bytes == NULL || handle != NULL)
    return handle;

  handle = lg_picture_new_from_bytes (bytes, &error);
  if (handle == NULL)
    {
      g_message ("%s: $.illustration.file: %s", lg_topic_get_id (topic), error->message);
      return NULL;
    }
  g_hash_table_insert (self->svgs, g_bytes_ref (bytes), handle);
  return handle;
}

/* The picture, small, with its caption and numbered legend beside it. */
static void
add_figure (LgHandout *self,
            guint      index,
            LgTopic   *topic)
{
  const char *caption = lg_topic_get_illustration_caption (topic);
  const char * const *legend = lg_topic_get_illustration_legend (topic);
  RsvgHandle *svg;
  double width, height, text_x, text_width, y = 0;
  Item *item;

  if ((svg = load_svg (self, topic)) == NULL)
    return;
  if (!rsvg_handle_get_intrinsic_size_in_pixels (svg, &width, &height) || width <= 0 || height <= 0)
    {
      width = 480;
      height = 320;
    }

  item = add_item (self, ITEM_FIGURE, index, SPACE_SECTION);
  item->svg = g_object_ref (svg);
  item->image_width = round (self->content_width * FIGURE_FRACTION);
  item->image_height = round (item->image_width * height / width);
  text_x = item->image_width + FIGURE_GAP;
  text_width = self->content_width - text_x;

  if (caption != NULL)
    {
      g_autofree char *text = _lg_handout_plain (self, caption);
      PangoRectangle logical;

      item->caption = _lg_handout_new_layout (self, text, text_width, 10.5, TRUE);
      pango_layout_get_extents (item->caption, NULL, &logical);
      y = (double) logical.height / PANGO_SCALE + 6;
    }

  item->legend = g_ptr_array_new_with_free_func (g_object_unref);
  item->legend_numbers = g_ptr_array_new_with_free_func (g_object_unref);
  item->legend_y = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; legend != NULL && legend[i] != NULL; i++)
    {
      g_autofree char *text = _lg_handout_plain (self, legend[i]);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      PangoLayout *layout = _lg_handout_new_layout (self, text, text_width - LEGEND_DOT - 8,
                                                    10.0, FALSE);
      PangoLayout *digits = _lg_handout_new_layout (self, number, LEGEND_DOT, 7.5, TRUE);
      PangoRectangle logical;

      pango_layout_set_line_spacing (layout, 1.15);
      pango_layout_set_alignment (digits, PANGO_ALIGN_CENTER);
      g_ptr_array_add (item->legend, layout);
      g_ptr_array_add (item->legend_numbers, digits);
      g_array_append_val (item->legend_y, y);
      pango_layout_get_extents (layout, NULL, &logical);
      y += MAX ((double) logical.height / PANGO_SCALE, LEGEND_DOT) + 5;
    }
  item->height = MAX (item->image_height, y);
}

static void
add_block (LgHandout *self,
           guint      index,
           LgBlock   *block,
           double     space_before)
{
  const char * const *items;
  Item *item;

  switch (lg_block_get_block_type (block))
    {
    case LG_BLOCK_PARAGRAPH:
      {
        g_autofree char *text = _lg_handout_plain (self, lg_block_get_text (block));
        add_text (self, ITEM_PARAGRAPH, index, space_before, text, 0, BODY_SIZE, FALSE);
      }
      break;

    case LG_BLOCK_NOTE:
      {
        g_autofree char *text = _lg_handout_plain (self, lg_block_get_text (block));
        double indent = BOX_BAR + BOX_PAD_X;

        item = add_item (self, ITEM_NOTE, index, space_before + 2);
        item->indent = indent;
        item->pad_y = BOX_PAD_Y;
        item->splits = TRUE;
        item->layout = _lg_handout_new_layout (self, text,
                                               self->content_width - indent - BOX_PAD_X,
                                               BODY_SIZE, FALSE);
        measure (item);
      }
      break;

    case LG_BLOCK_BULLETS:
    case LG_BLOCK_STEPS:
      {
        gboolean steps = lg_block_get_block_type (block) == LG_BLOCK_STEPS;
        g_autoptr(GStrvBuilder) markers = g_strv_builder_new ();
        g_auto(GStrv) numbers = NULL;

        items = lg_block_get_items (block);
        for (guint i = 0; items != NULL && items[i] != NULL; i++)
          {
            g_autofree char *number = g_strdup_printf ("%u.", i + 1);
            g_strv_builder_add (markers, steps ? number : "•");
          }
        numbers = g_strv_builder_end (markers);
        add_list (self, steps ? ITEM_STEP : ITEM_BULLET, index, space_before, items,
                  (const char * const *) numbers);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* "When to call your care team": the part of a topic a patient must have at home. */
static void
add_when_to_call (LgHandout *self,
                  guint      index,
                  LgTopic   *topic)
{
  GListModel *sections = lg_topic_get_sections (topic);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
      GListModel *blocks = lg_section_get_blocks (section);
      g_autofree char *heading = NULL;

      if (g_strcmp0 (lg_section_get_id (section), "when-to-call") != 0)
        continue;

      heading = _lg_handout_plain (self, lg_section_get_heading (section));
      add_heading (self, index, heading);
      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(LgBlock) block = g_list_model_get_item (blocks, j);
          g_autoptr(LgBlock) next = g_list_model_get_item (blocks, j + 1);
          Item *last;

          add_block (self, index, block, j == 0 ? SPACE_BLOCK : SPACE_BLOCK + 2);

          /* A short paragraph that leads into a list stays with it. */
          last = g_ptr_array_index (self->items, self->items->len - 1);
          if (next != NULL && last->kind == ITEM_PARAGRAPH && last->n_lines <= 2 &&
              (lg_block_get_block_type (next) == LG_BLOCK_BULLETS ||
               lg_block_get_block_type (next) == LG_BLOCK_STEPS))
            last->keep_with_next = TRUE;
        }
    }
}

/* The ticked questions of the topic, or all of them when none is ticked. */
static void
add_questions (LgHandout *self,
               guint      index,
               LgTopic   *topic)
{
  const char * const *questions = lg_topic_get_questions (topic);
  gboolean any = FALSE;
  guint n = 0;

  for (guint i = 0; questions[i] != NULL && !any; i++)
    any = lg_question_ticks_get (self->ticks, topic, i);

  add_heading (self, index, _lg_handout_label (self, "questions"));
  for (guint i = 0; questions[i] != NULL; i++)
    {
      g_autofree char *text = NULL;
      Item *item;

      if (any && !lg_question_ticks_get (self->ticks, topic, i))
        continue;
      text = _lg_handout_plain (self, questions[i]);
      item = add_text (self, ITEM_QUESTION, index, n++ == 0 ? SPACE_BLOCK : SPACE_BLOCK + 1,
                       text, QUESTION_INDENT, BODY_SIZE, FALSE);
      item->splits = FALSE;
    }
}

static void
add_notes (LgHandout *self,
           guint      index)
{
  Item *item;

  add_heading (self, index, _lg_handout_label (self, "handout-notes"));
  item = add_item (self, ITEM_NOTES, index, 0);
  item->height = NOTES_MIN_LINES * NOTE_LINE;
  item->keep_with_next = TRUE;     /* the sources come with the lines, not alone on a page */
}

static void
add_sources (LgHandout *self,
             guint      index,
             LgTopic   *topic)
{
  GListModel *sources = lg_topic_get_sources (topic);
  g_autoptr(GString) text = g_string_new (_lg_handout_label (self, "sources"));
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;
  Item *item;

  attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  attr->end_index = text->len;
  pango_attr_list_insert (attrs, attr);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LgSource) source = g_list_model_get_item (sources, i);
      guint start;

      g_string_append_printf (text, "\n%s: %s. ", lg_source_get_publisher (source),
                              lg_source_get_title (source));
      start = text->len;
      g_string_append (text, lg_source_get_url (source));
      attr = foreground_attr (MUTED);
      attr->start_index = start;
      attr->end_index = text->len;
      pango_attr_list_insert (attrs, attr);
    }

  item = add_item (self, ITEM_SOURCES, index, SPACE_SECTION);
  item->anchored = TRUE;
  item->pad_y = 0;
  item->layout = _lg_handout_new_layout (self, text->str, self->content_width, SMALL_SIZE - 0.5,
                                         FALSE);
  pango_layout_set_line_spacing (item->layout, 1.2);
  pango_layout_set_indent (item->layout, -12 * PANGO_SCALE);  /* a source's further lines hang */
  pango_layout_set_attributes (item->layout, attrs);
  pango_attr_list_unref (attrs);
  measure (item);
}

void
_lg_handout_add_topic (LgHandout *self,
                       guint      index,
                       LgTopic   *topic)
{
  const char * const *key_points = lg_topic_get_key_points (topic);
  g_auto(GStrv) bullets = NULL;
  guint n = g_strv_length ((char **) key_points);

  bullets = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    bullets[i] = g_strdup ("•");

  add_title (self, index, topic);
  add_in_short (self, index, topic);
  add_figure (self, index, topic);

  add_heading (self, index, _lg_handout_label (self, "key-points"));
  add_list (self, ITEM_BULLET, index, SPACE_BLOCK, key_points, (const char * const *) bullets);

  add_when_to_call (self, index, topic);
  add_questions (self, index, topic);
  if (self->options.notes)
    add_notes (self, index);
  add_sources (self, index, topic);
}
