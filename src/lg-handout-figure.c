/* lg-handout-figure.c — a topic's picture on the handout: small with its caption and numbered
 * legend beside it, or in large print larger with the legend under it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lg-handout-private.h"
#include "lg-picture.h"

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

/* The caption and the numbered legend, @text_width wide; returns their height. */
static double
add_legend (LgHandout          *self,
            Item               *item,
            const char         *caption,
            const char * const *legend,
            double              text_width)
{
  double y = 0;

  if (caption != NULL)
    {
      g_autofree char *text = _lg_handout_plain (self, caption);

      item->caption = _lg_handout_new_layout (self, text, text_width, S (CAPTION_SIZE), TRUE);
      y = _lg_handout_layout_height (item->caption) + S (5);
    }

  item->legend = g_ptr_array_new_with_free_func (g_object_unref);
  item->legend_numbers = g_ptr_array_new_with_free_func (g_object_unref);
  item->legend_y = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; legend != NULL && legend[i] != NULL; i++)
    {
      g_autofree char *text = _lg_handout_plain (self, legend[i]);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      PangoLayout *layout = _lg_handout_new_layout (self, text, text_width - S (LEGEND_DOT + 7),
                                                    S (LEGEND_SIZE), FALSE);
      PangoLayout *digits = _lg_handout_new_layout (self, number, S (LEGEND_DOT), S (9.0), TRUE);

      pango_layout_set_line_spacing (layout, 1.05);
      pango_layout_set_alignment (digits, PANGO_ALIGN_CENTER);
      g_ptr_array_add (item->legend, layout);
      g_ptr_array_add (item->legend_numbers, digits);
      g_array_append_val (item->legend_y, y);
      y += MAX (_lg_handout_layout_height (layout), S (LEGEND_DOT)) + S (2);
    }
  return y;
}

/* The picture with its caption and numbered legend: small with the legend beside it, or in
 * large print larger with the legend under it. */
void
_lg_handout_add_figure (LgHandout *self,
                        guint      index,
                        LgTopic   *topic)
{
  RsvgHandle *svg;
  double width, height, legend_height;
  gboolean large = self->options.large_print;
  Item *item;

  if ((svg = load_svg (self, topic)) == NULL)
    return;
  if (!rsvg_handle_get_intrinsic_size_in_pixels (svg, &width, &height) || width <= 0 || height <= 0)
    {
      width = 480;
      height = 320;
    }

  item = _lg_handout_add_item (self, ITEM_FIGURE, index, S (SPACE_SECTION));
  item->svg = g_object_ref (svg);
  item->image_width = round (self->content_width * (large ? FIGURE_LARGE : FIGURE_FRACTION));
  item->image_height = round (item->image_width * height / width);
  item->legend_x = large ? 0 : item->image_width + S (FIGURE_GAP);
  item->legend_top = large ? item->image_height + S (FIGURE_GAP) : 0;
  legend_height = add_legend (self, item, lg_topic_get_illustration_caption (topic),
                              lg_topic_get_illustration_legend (topic),
                              self->content_width - item->legend_x);
  item->height = large ? item->legend_top + legend_height : MAX (item->image_height, legend_height);
}

