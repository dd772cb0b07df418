/* lg-handout-draw.c — drawing one page of the handout: the paper, the header band, the items
 * placed there (with the picture), the footer; and the page's outline, the same page as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "lg-handout-private.h"

static void
set_rgb (cairo_t *cr,
         guint    rgb)
{
  cairo_set_source_rgb (cr, RGB (rgb));
}

/* Lines [first, last) of the item's layout, line @first's top at @y. */
static void
show_lines (cairo_t *cr,
            Item    *item,
            int      first,
            int      last,
            double   x,
            double   y)
{
  GSList *lines = pango_layout_get_lines_readonly (item->layout);

  lines = g_slist_nth (lines, first);
  for (int i = first; i < last && lines != NULL; i++, lines = lines->next)
    {
      cairo_move_to (cr, x + item->line_x[i], y + item->baseline[i] - item->line_top[first]);
      pango_cairo_show_layout_line (cr, lines->data);
    }
}

/* Draws @layout with its first baseline at @baseline. */
static void
show_on_baseline (cairo_t     *cr,
                  PangoLayout *layout,
                  double       x,
                  double       baseline)
{
  cairo_move_to (cr, x, baseline - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_figure (LgHandout *self,
             cairo_t   *cr,
             Item      *item,
             double     x,
             double     y)
{
  RsvgRectangle viewport = { x, y, item->image_width, item->image_height };
  double text_x = x + item->image_width + FIGURE_GAP;

  cairo_save (cr);
  rsvg_handle_render_document (item->svg, cr, &viewport, NULL);
  cairo_restore (cr);

  if (item->caption != NULL)
    {
      set_rgb (cr, INK);
      cairo_move_to (cr, text_x, y);
      pango_cairo_show_layout (cr, item->caption);
    }

  for (guint i = 0; i < item->legend->len; i++)
    {
      PangoLayout *text = g_ptr_array_index (item->legend, i);
      PangoLayout *digits = g_ptr_array_index (item->legend_numbers, i);
      double top = y + g_array_index (item->legend_y, double, i);
      double baseline = top + (double) pango_layout_get_baseline (text) / PANGO_SCALE;
      double cy = baseline - 3.6;

      set_rgb (cr, ACCENT);
      cairo_arc (cr, text_x + LEGEND_DOT / 2, cy, LEGEND_DOT / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      show_on_baseline (cr, digits, text_x, cy + 2.7);
      set_rgb (cr, INK);
      cairo_move_to (cr, text_x + LEGEND_DOT + 8, top);
      pango_cairo_show_layout (cr, text);
    }
}

static void
draw_notes (LgHandout *self,
            cairo_t   *cr,
            Placed    *placed,
            double     x,
            double     y)
{
  set_rgb (cr, RULE);
  cairo_set_line_width (cr, 0.6);
  for (int i = 1; i <= placed->notes_lines; i++)
    {
      double line_y = round (y + i * NOTE_LINE) - 0.3;

      cairo_move_to (cr, x, line_y);
      cairo_line_to (cr, x + self->content_width, line_y);
    }
  cairo_stroke (cr);
}

static void
draw_placed (LgHandout *self,
             cairo_t   *cr,
             Placed    *placed)
{
  Item *item = placed->item;
  double x = self->content_x;
  double y = self->content_y + (item->anchored ? self->content_height - placed->height : placed->y);
  double text_y = y + item->pad_y;
  double first_baseline = 0;

  if (item->layout != NULL)
    first_baseline = text_y + item->baseline[placed->first] - item->line_top[placed->first];

  switch (item->kind)
    {
    case ITEM_IN_SHORT:
    case ITEM_NOTE:
      set_rgb (cr, item->kind == ITEM_IN_SHORT ? TINT : NOTE_TINT);
      cairo_rectangle (cr, x, y, self->content_width, placed->height);
      cairo_fill (cr);
      set_rgb (cr, ACCENT);
      cairo_rectangle (cr, x, y, BOX_BAR, placed->height);
      cairo_fill (cr);
      break;

    case ITEM_BULLET:
    case ITEM_STEP:
      if (placed->first == 0)
        {
          set_rgb (cr, item->kind == ITEM_BULLET ? ACCENT : INK);
          show_on_baseline (cr, item->marker, x, first_baseline);
        }
      break;

    case ITEM_QUESTION:
      if (placed->first == 0)
        {
          set_rgb (cr, MUTED);
          cairo_set_line_width (cr, 1.0);
          cairo_rectangle (cr, x + 2.5, first_baseline + 1.5 - TICK_BOX, TICK_BOX, TICK_BOX);
          cairo_stroke (cr);
        }
      break;

    case ITEM_SOURCES:
      if (placed->after_notes)
        break;
      set_rgb (cr, RULE);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x, y - 6.3);
      cairo_line_to (cr, x + self->content_width, y - 6.3);
      cairo_stroke (cr);
      break;

    case ITEM_FIGURE:
      draw_figure (self, cr, item, x, y);
      return;

    case ITEM_NOTES:
      draw_notes (self, cr, placed, x, y);
      return;

    case ITEM_TITLE:
    case ITEM_HEADING:
    case ITEM_PARAGRAPH:
    default:
      break;
    }

  set_rgb (cr, item->kind == ITEM_HEADING ? ACCENT : INK);
  show_lines (cr, item, placed->first, placed->last, x + item->indent, text_y);
}

static char *
header_detail (LgHandout *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (self->options.clinic_phone != NULL && *self->options.clinic_phone != '\0')
    {
      GString *phone = g_string_new (_lg_handout_label (self, "handout-phone"));

      g_string_replace (phone, "{phone}", self->options.clinic_phone, 0);
      g_ptr_array_add (parts, g_string_free (phone, FALSE));
    }
  if (self->options.clinic_website != NULL && *self->options.clinic_website != '\0')
    g_ptr_array_add (parts, g_strdup (self->options.clinic_website));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("   ·   ", (char **) parts->pdata);
}

static const char *
header_name (LgHandout *self)
{
  if (self->options.clinic_name != NULL && *self->options.clinic_name != '\0')
    return self->options.clinic_name;
  return _("Liver Guide");
}

/* The band across the top: the clinic's name on the left, its phone and website on the right. */
static void
draw_header (LgHandout *self,
             cairo_t   *cr)
{
  double x = self->content_x, y = LG_HANDOUT_MARGIN, width = self->content_width;
  double inner = width - 2 * 12, name_width, detail_width;
  g_autofree char *detail = header_detail (self);
  g_autoptr(PangoLayout) name = _lg_handout_new_layout (self, header_name (self), -1, 12.0, TRUE);
  g_autoptr(PangoLayout) info = _lg_handout_new_layout (self, detail, -1, 9.5, FALSE);
  PangoRectangle name_rect, info_rect;
  double baseline = y + HEADER_HEIGHT / 2 + 4.5;

  set_rgb (cr, TINT);
  cairo_rectangle (cr, x, y, width, HEADER_HEIGHT);
  cairo_fill (cr);
  set_rgb (cr, ACCENT);
  cairo_rectangle (cr, x, y + HEADER_HEIGHT - 2, width, 2);
  cairo_fill (cr);

  /* Share the width, the name first; what does not fit ends in "…" on one line. */
  pango_layout_get_extents (name, NULL, &name_rect);
  pango_layout_get_extents (info, NULL, &info_rect);
  name_width = MIN ((double) name_rect.width / PANGO_SCALE, inner * (*detail ? 0.6 : 1.0));
  detail_width = MIN ((double) info_rect.width / PANGO_SCALE, inner - name_width - 24);
  name_width = MIN (inner - (*detail ? detail_width + 24 : 0), (double) name_rect.width / PANGO_SCALE);
  pango_layout_set_width (name, (int) (name_width * PANGO_SCALE));
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (info, (int) (MAX (detail_width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (info, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (info, PANGO_ALIGN_RIGHT);

  set_rgb (cr, ACCENT);
  show_on_baseline (cr, name, x + 12, baseline);
  if (*detail)
    {
      set_rgb (cr, INK);
      show_on_baseline (cr, info, x + width - 12 - detail_width, baseline);
    }
}

static char *
footer_topic_line (LgHandout *self,
                   guint      topic_index)
{
  LgTopic *topic = g_ptr_array_index (self->topics, topic_index);
  g_autofree char *title = _lg_handout_plain (self, lg_topic_get_title (topic));
  g_autofree char *reviewed = lg_content_store_dup_reviewed (self->store, topic);

  return g_strconcat (title, "   ·   ", reviewed, NULL);
}

static char *
page_label (LgHandout *self,
            int        page,
            int        n_pages)
{
  return lg_content_store_dup_page_number (self->store, page + 1, n_pages);
}

static void
draw_footer (LgHandout *self,
             cairo_t   *cr,
             int        page_index)
{
  Page *page = &g_array_index (self->pages, Page, page_index);
  double x = self->content_x, width = self->content_width;
  double top = self->options.page_height - LG_HANDOUT_MARGIN - self->footer_height;
  g_autofree char *topic_text = footer_topic_line (self, page->topic);
  g_autofree char *number_text = page_label (self, page_index, self->pages->len);
  g_autoptr(PangoLayout) number = _lg_handout_footer_layout (self, number_text, -1, TRUE);
  g_autoptr(PangoLayout) topic = NULL;
  g_autoptr(PangoLayout) disclaimer = NULL;
  PangoRectangle number_rect;

  pango_layout_get_extents (number, NULL, &number_rect);
  topic = _lg_handout_footer_layout (self, topic_text,
                                     width - (double) number_rect.width / PANGO_SCALE - 16, FALSE);
  pango_layout_set_ellipsize (topic, PANGO_ELLIPSIZE_END);
  disclaimer = _lg_handout_footer_layout (self, _lg_handout_label (self, "handout-disclaimer"),
                                          width, FALSE);

  set_rgb (cr, RULE);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, top + 0.3);
  cairo_line_to (cr, x + width, top + 0.3);
  cairo_stroke (cr);

  set_rgb (cr, MUTED);
  cairo_move_to (cr, x, top + 6);
  pango_cairo_show_layout (cr, topic);
  set_rgb (cr, INK);
  cairo_move_to (cr, x + width - (double) number_rect.width / PANGO_SCALE, top + 6);
  pango_cairo_show_layout (cr, number);
  /* Bottom-aligned just above the margin, whatever the fonts' line heights: never in it. */
  cairo_move_to (cr, x,
                 top + self->footer_height - FOOTER_SLACK - _lg_handout_layout_height (disclaimer));
  pango_cairo_show_layout (cr, disclaimer);
}

/**
 * lg_handout_draw_page:
 * @cr: a context whose unit is the point, origin at the page's top left corner
 *
 * Draws page @page (from 0): white paper, header band, the items placed there, the footer.
 */
void
lg_handout_draw_page (LgHandout *self,
                      cairo_t   *cr,
                      int        page)
{
  Page *p;

  g_return_if_fail (LG_IS_HANDOUT (self));
  g_return_if_fail (page >= 0 && page < lg_handout_get_n_pages (self));

  p = &g_array_index (self->pages, Page, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, self->options.page_width, self->options.page_height);
  cairo_fill (cr);

  draw_header (self, cr);

  cairo_save (cr);
  cairo_rectangle (cr, self->content_x, self->content_y - 8, self->content_width,
                   self->content_height + 8);
  cairo_clip (cr);
  for (guint i = 0; i < p->placed->len; i++)
    draw_placed (self, cr, &g_array_index (p->placed, Placed, i));
  cairo_restore (cr);

  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/* -------------------------------------------------------------------------------------------- */
/* Outline                                                                                      */

/* The outline's name of each ItemKind, in its order. */
static const char * const item_kind_names[] = {
  "title", "in-short", "heading", "paragraph", "bullet", "step", "note", "figure", "question",
  "notes", "sources",
};
G_STATIC_ASSERT (G_N_ELEMENTS (item_kind_names) == ITEM_SOURCES + 1);

static void
add_line (GStrvBuilder *builder,
          char         *line)
{
  g_strv_builder_add (builder, line);
  g_free (line);
}

/**
 * lg_handout_dup_page_outline:
 *
 * What page @page holds, in order, one "kind\ttext" line per block placed there (e.g.
 * "heading\tKey points", "question\t…"), between "header\t…" and "footer\t…". For tests and
 * debugging: it is the renderer's own record of its layout.
 */
GStrv
lg_handout_dup_page_outline (LgHandout *self,
                             int        page)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *detail = NULL;
  g_autofree char *topic_line = NULL;
  g_autofree char *number = NULL;
  Page *p;

  g_return_val_if_fail (LG_IS_HANDOUT (self), NULL);
  g_return_val_if_fail (page >= 0 && page < lg_handout_get_n_pages (self), NULL);

  p = &g_array_index (self->pages, Page, page);
  detail = header_detail (self);
  add_line (builder, g_strdup_printf ("header\t%s\t%s", header_name (self), detail));
  for (guint i = 0; i < p->placed->len; i++)
    {
      Placed *placed = &g_array_index (p->placed, Placed, i);
      Item *item = placed->item;
      g_autofree char *text = NULL;

      if (item->layout != NULL)
        {
          const char *all = pango_layout_get_text (item->layout);
          GSList *lines = pango_layout_get_lines_readonly (item->layout);
          PangoLayoutLine *first = g_slist_nth_data (lines, placed->first);
          PangoLayoutLine *last = g_slist_nth_data (lines, placed->last - 1);

          text = g_strndup (all + first->start_index,
                            last->start_index + last->length - first->start_index);
          g_strdelimit (text, "\n", ' ');
        }
      else if (item->kind == ITEM_FIGURE && item->caption != NULL)
        text = g_strdup (pango_layout_get_text (item->caption));
      else if (item->kind == ITEM_NOTES)
        text = g_strdup_printf ("%d lines", placed->notes_lines);

      add_line (builder, g_strdup_printf ("%s\t%s", item_kind_names[item->kind], text ? text : ""));
    }
  topic_line = footer_topic_line (self, p->topic);
  number = page_label (self, page, self->pages->len);
  add_line (builder, g_strdup_printf ("footer\t%s\t%s", topic_line, number));
  return g_strv_builder_end (builder);
}
