/* lg-handout-draw.c — drawing one page of the handout: the paper, the header band, the items
 * placed there (with the picture and what was drawn on it), the footer; and the page's
 * outline, the same page as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lg-drawing-paint.h"
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
  double text_x = x + item->legend_x, text_y = y + item->legend_top;
  double dot = S (LEGEND_DOT);

  cairo_save (cr);
  rsvg_handle_render_document (item->svg, cr, &viewport, NULL);
  cairo_restore (cr);
  if (self->options.drawings != NULL)
    lg_drawing_paint (self->options.drawings,
                      lg_topic_get_id (g_ptr_array_index (self->topics, item->topic)),
                      cr, x, y, item->image_width, item->image_height);

  _lg_handout_tag_begin (cr, "Caption", NULL);
  if (item->caption != NULL)
    {
      cairo_set_source_rgb (cr, RGB (INK));
      cairo_move_to (cr, text_x, text_y);
      pango_cairo_show_layout (cr, item->caption);
    }

  for (guint i = 0; i < item->legend->len; i++)
    {
      PangoLayout *text = g_ptr_array_index (item->legend, i);
      PangoLayout *digits = g_ptr_array_index (item->legend_numbers, i);
      double top = text_y + g_array_index (item->legend_y, double, i);
      double baseline = top + (double) pango_layout_get_baseline (text) / PANGO_SCALE;
      double cy = baseline - S (3.8);

      cairo_set_source_rgb (cr, RGB (ACCENT));
      cairo_arc (cr, text_x + dot / 2, cy, dot / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      show_on_baseline (cr, digits, text_x, cy + S (3.2));
      cairo_set_source_rgb (cr, RGB (INK));
      cairo_move_to (cr, text_x + dot + S (7), top);
      pango_cairo_show_layout (cr, text);
    }
  _lg_handout_tag_end (cr, "Caption");
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
      double line_y = round (y + i * S (NOTE_LINE)) - 0.3;

      cairo_move_to (cr, x, line_y);
      cairo_line_to (cr, x + self->content_width, line_y);
    }
  cairo_stroke (cr);
}

/* A row of the Compare table: the treatments' names on a tint, every other row striped, a rule
 * under each; each cell in its structure tag. */
static void
draw_row (LgHandout *self,
          cairo_t   *cr,
          Placed    *placed,
          double     x,
          double     y)
{
  Item *item = placed->item;
  guint row = 0;

  for (guint i = 0; i < self->items->len && self->items->pdata[i] != item; i++)
    row = ((Item *) self->items->pdata[i])->head_row ? 0 : row + 1;
  if (item->head_row || row % 2 == 0)
    {
      set_rgb (cr, item->head_row ? TINT : NOTE_TINT);
      cairo_rectangle (cr, x, y, self->content_width, placed->height);
      cairo_fill (cr);
    }
  set_rgb (cr, RULE);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, y + placed->height - 0.3);
  cairo_line_to (cr, x + self->content_width, y + placed->height - 0.3);
  cairo_stroke (cr);
  for (guint i = 0; i < item->cells->len; i++)
    {
      const char *tag = item->head_row || i == 0 ? "TH" : "TD";

      _lg_handout_tag_begin (cr, tag, NULL);
      set_rgb (cr, INK);
      cairo_move_to (cr, x + item->cell_x[i], y + item->pad_y);
      pango_cairo_show_layout (cr, item->cells->pdata[i]);
      _lg_handout_tag_end (cr, tag);
    }
}

/* What an item draws besides its text: a box, a list's marker, a tick box, a rule. */
static void
draw_decoration (LgHandout *self,
                 cairo_t   *cr,
                 Placed    *placed,
                 double     x,
                 double     y,
                 double     first_baseline)
{
  Item *item = placed->item;

  switch (item->kind)
    {
    case ITEM_IN_SHORT:
    case ITEM_NOTE:
    case ITEM_CALL:
    case ITEM_FOR_YOU:
      set_rgb (cr, item->kind == ITEM_NOTE ? NOTE_TINT : TINT);
      cairo_rectangle (cr, x, y, self->content_width, placed->height);
      cairo_fill (cr);
      set_rgb (cr, ACCENT);
      cairo_rectangle (cr, x, y, S (BOX_BAR), placed->height);
      cairo_fill (cr);
      break;

    case ITEM_BULLET:
    case ITEM_STEP:
    case ITEM_SOURCE:
      if (placed->first == 0 && !item->continued)
        {
          set_rgb (cr, item->kind == ITEM_BULLET ? ACCENT : INK);
          _lg_handout_tag_begin (cr, "Lbl", NULL);
          show_on_baseline (cr, item->marker, x, first_baseline);
          _lg_handout_tag_end (cr, "Lbl");
        }
      break;

    case ITEM_QUESTION:
      if (placed->first == 0 && !item->continued)
        {
          set_rgb (cr, MUTED);
          cairo_set_line_width (cr, 1.0);
          cairo_rectangle (cr, x + 2.5, first_baseline + 1.5 - S (TICK_BOX), S (TICK_BOX), S (TICK_BOX));
          cairo_stroke (cr);
        }
      break;

    case ITEM_SOURCES:
      set_rgb (cr, RULE);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x, y - 5.3);
      cairo_line_to (cr, x + self->content_width, y - 5.3);
      cairo_stroke (cr);
      break;

    case ITEM_TITLE:
    case ITEM_HEADING:
    case ITEM_PARAGRAPH:
    case ITEM_FIGURE:
    case ITEM_NOTES:
    default:
      break;
    }
}

static void
draw_placed (LgHandout *self,
             cairo_t   *cr,
             Placed    *placed)
{
  Item *item = placed->item;
  double x = self->content_x + placed->x;
  double y = self->content_y + placed->y;
  double text_y = y + item->pad_y;
  double first_baseline = 0;

  if (item->kind == ITEM_FIGURE)
    {
      draw_figure (self, cr, item, x, y);
      return;
    }
  if (item->kind == ITEM_NOTES)
    {
      draw_notes (self, cr, placed, x, y);
      return;
    }
  if (item->kind == ITEM_ROW)
    {
      draw_row (self, cr, placed, x, y);
      return;
    }

  first_baseline = text_y + item->baseline[placed->first] - item->line_top[placed->first];
  draw_decoration (self, cr, placed, x, y, first_baseline);

  if (item->kind == ITEM_HEADING || item->kind == ITEM_SOURCES)
    set_rgb (cr, ACCENT);
  else
    set_rgb (cr, INK);
  if (item->uri != NULL)
    _lg_handout_tag_begin (cr, CAIRO_TAG_LINK, item->uri);
  else if (item->list != 0)
    _lg_handout_tag_begin (cr, "LBody", NULL);
  show_lines (cr, item, placed->first, placed->last, x + item->indent, text_y);
  if (item->uri != NULL)
    _lg_handout_tag_end (cr, CAIRO_TAG_LINK);
  else if (item->list != 0)
    _lg_handout_tag_end (cr, "LBody");
}

/* Draws the items placed on @p, each in its structure tag, a list's items inside one "L". */
static void
draw_items (LgHandout *self,
            cairo_t   *cr,
            Page      *p)
{
  for (guint i = 0; i < p->placed->len; i++)
    {
      Placed *placed = &g_array_index (p->placed, Placed, i);
      Placed *next = i + 1 < p->placed->len ? &g_array_index (p->placed, Placed, i + 1) : NULL;
      Placed *previous = i > 0 ? &g_array_index (p->placed, Placed, i - 1) : NULL;
      guint list = placed->item->list;
      const char *tag = _lg_handout_item_tag (placed->item);

      if (list != 0 && (previous == NULL || previous->item->list != list))
        _lg_handout_tag_begin (cr, "L", NULL);
      if (placed->item->table != 0 && (previous == NULL || previous->item->table != placed->item->table))
        _lg_handout_tag_begin (cr, "Table", NULL);
      if (tag != NULL)
        _lg_handout_tag_begin (cr, tag, NULL);
      draw_placed (self, cr, placed);
      if (tag != NULL)
        _lg_handout_tag_end (cr, tag);
      if (list != 0 && (next == NULL || next->item->list != list))
        _lg_handout_tag_end (cr, "L");
      if (placed->item->table != 0 && (next == NULL || next->item->table != placed->item->table))
        _lg_handout_tag_end (cr, "Table");
    }
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
  _lg_handout_use_part (self, p->topic);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, self->options.page_width, self->options.page_height);
  cairo_fill (cr);

  _lg_handout_draw_header (self, cr);

  cairo_save (cr);
  cairo_rectangle (cr, self->content_x, self->content_y - 8, self->content_width,
                   self->content_height + 8);
  cairo_clip (cr);
  draw_items (self, cr, p);
  cairo_restore (cr);

  _lg_handout_draw_footer (self, cr, page);
  cairo_restore (cr);
}

/* -------------------------------------------------------------------------------------------- */
/* Outline                                                                                      */

/* The outline's name of each ItemKind, in its order. */
static const char * const item_kind_names[] = {
  "title", "in-short", "heading", "paragraph", "bullet", "step", "note", "figure", "question",
  "call", "notes", "sources", "source", "for-you", "word", "row",
};
G_STATIC_ASSERT (G_N_ELEMENTS (item_kind_names) == ITEM_ROW + 1);

/* Adds @line (taken), a phone's no-break spaces written as spaces. */
static void
add_line (GStrvBuilder *builder,
          char         *line)
{
  GString *text = g_string_new (line);

  g_free (line);
  g_string_replace (text, "\u00a0", " ", 0);
  g_strv_builder_add (builder, text->str);
  g_string_free (text, TRUE);
}

/* A table row as "cell | cell | cell". */
static char *
row_text (Item *item)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < item->cells->len; i++)
    g_string_append_printf (text, "%s%s", i ? " | " : "",
                            pango_layout_get_text (item->cells->pdata[i]));
  g_strdelimit (text->str, "\n", ' ');
  return g_string_free (g_steal_pointer (&text), FALSE);
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
  g_autofree char *header = NULL;
  g_autofree char *footer = NULL;
  Page *p;

  g_return_val_if_fail (LG_IS_HANDOUT (self), NULL);
  g_return_val_if_fail (page >= 0 && page < lg_handout_get_n_pages (self), NULL);

  p = &g_array_index (self->pages, Page, page);
  _lg_handout_use_part (self, p->topic);
  header = _lg_handout_header_text (self);
  add_line (builder, g_strdup_printf ("header\t%s", header));
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
      else if (item->kind == ITEM_ROW)
        text = row_text (item);

      add_line (builder, g_strdup_printf ("%s\t%s", item_kind_names[item->kind], text ? text : ""));
    }
  footer = _lg_handout_footer_text (self, page);
  add_line (builder, g_strdup_printf ("footer\t%s", footer));
  return g_strv_builder_end (builder);
}
