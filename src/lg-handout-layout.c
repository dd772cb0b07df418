/* lg-handout-layout.c — pagination: the content box of a page, and the items placed onto pages
 *
 * Items go into the content box in order, long text split between lines (never inside one, at
 * least two lines on each side), a heading kept with what follows it, the sources at the foot of
 * the page in two columns and the notes lines stretched down to them. Done once, on first need.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lg-handout-private.h"

static double
part_height (Item *item,
             int   first,
             int   last)
{
  double height = item->layout ? item->line_top[last] - item->line_top[first] : item->height;

  return height + 2 * item->pad_y;
}

static double
whole_height (Item *item)
{
  return part_height (item, 0, item->layout ? item->n_lines : 0);
}

/* Text too tall for a whole page must split even if it was meant to stay together. */
static gboolean
can_split (LgHandout *self,
           Item      *item)
{
  if (item->layout == NULL || item->n_lines < 2)
    return FALSE;
  if (whole_height (item) > self->content_height)
    return TRUE;
  return item->splits && item->n_lines >= 4;
}

static int
min_lines (LgHandout *self,
           Item      *item)
{
  return whole_height (item) > self->content_height ? 1 : 2;
}

/* The room what must follow item @i onto the same page needs: for a heading, the next item's
 * first two lines (or all of it, when it stays together). */
static double
kept_with (LgHandout *self,
           guint      i)
{
  double extra = 0;

  while (i + 1 < self->items->len)
    {
      Item *item = g_ptr_array_index (self->items, i);
      Item *next = g_ptr_array_index (self->items, i + 1);

      if (!item->keep_with_next || next->new_page)
        break;
      if (can_split (self, next))
        return extra + next->space_before + part_height (next, 0, min_lines (self, next));
      extra += next->space_before + whole_height (next);
      i++;
    }
  return extra;
}

static Page *
new_page (LgHandout *self,
          guint      topic)
{
  Page page = { topic, g_array_new (FALSE, FALSE, sizeof (Placed)) };

  g_array_append_val (self->pages, page);
  return &g_array_index (self->pages, Page, self->pages->len - 1);
}

static void
place (Page  *page,
       Item  *item,
       int    first,
       int    last,
       double y)
{
  Placed placed = { item, first, last, 0, y, part_height (item, first, last), 0 };

  g_array_append_val (page->placed, placed);
}

/* The most lines from @first on that fit in @room, leaving at least @min on each side. */
static int
lines_that_fit (Item   *item,
                int     first,
                double  room,
                int     min)
{
  int last = first;

  while (last < item->n_lines && part_height (item, first, last + 1) <= room)
    last++;
  if (last < item->n_lines && item->n_lines - last < min)
    last = item->n_lines - min;
  return last - first >= min ? last : first;
}

/* The anchored items at the end of a page (the numbered sources) go down to its foot. */
static void
anchor_to_foot (LgHandout *self,
                Page      *page)
{
  guint n = page->placed->len, first = n;
  double free_room;

  while (first > 0 && g_array_index (page->placed, Placed, first - 1).item->anchored)
    first--;
  if (first == n)
    return;
  free_room = self->content_height;
  for (guint i = first; i < n; i++)
    free_room = MIN (free_room, self->content_height - (g_array_index (page->placed, Placed, i).y +
                                                        g_array_index (page->placed, Placed, i).height));
  for (guint i = first; i < n && free_room > 0; i++)
    g_array_index (page->placed, Placed, i).y += free_room;
}

/* Fills the space between the notes heading and what follows (the sources) with lines to
 * write on. */
static void
stretch_notes (LgHandout *self,
               Page      *page)
{
  for (guint i = 0; i < page->placed->len; i++)
    {
      Placed *notes = &g_array_index (page->placed, Placed, i);
      double limit = self->content_height;

      if (notes->item->kind != ITEM_NOTES)
        continue;
      if (i + 1 < page->placed->len)
        {
          Placed *next = &g_array_index (page->placed, Placed, i + 1);

          limit = next->y - next->item->space_before;
        }
      notes->height = MAX (notes->height, limit - notes->y);
      notes->notes_lines = (int) floor (notes->height / S (NOTE_LINE) + 0.01);
    }
}

/* The height of items @first to @end (exclusive) one under the other. */
static double
column_height (LgHandout *self,
               guint      first,
               guint      end)
{
  double height = 0;

  for (guint j = first; j < end; j++)
    height += (j > first ? ((Item *) self->items->pdata[j])->space_before : 0) +
              whole_height (self->items->pdata[j]);
  return height;
}

/* Sources @first to @end (exclusive) of the items in two columns: the first column takes the
 * first of them, as many as make the columns most even. Returns the height of the taller
 * column; *@split is the first source of the second column. */
static double
two_columns (LgHandout *self,
             guint      first,
             guint      end,
             guint     *split)
{
  double best = G_MAXDOUBLE;

  *split = end;
  for (guint m = first; m <= end; m++)
    {
      double tallest = MAX (column_height (self, first, m), column_height (self, m, end));

      if (tallest < best)
        {
          best = tallest;
          *split = m;
        }
    }
  return best;
}

/* The end of the run of sources from item @first on. */
static guint
sources_end (LgHandout *self,
             guint      first)
{
  guint end = first;

  while (end < self->items->len && ((Item *) self->items->pdata[end])->kind == ITEM_SOURCE &&
         !((Item *) self->items->pdata[end])->new_page)
    end++;
  return end;
}

/* The room the sources' heading at item @i and its sources take in two columns. */
static double
sources_height (LgHandout *self,
                guint      i)
{
  Item *heading = g_ptr_array_index (self->items, i);
  guint split;

  return heading->space_before + whole_height (heading) +
         two_columns (self, i + 1, sources_end (self, i + 1), &split);
}

/* The lines for notes give way (down to one) when at their fullest they would push the
 * sources after them onto a page of their own. */
static void
fit_notes (LgHandout *self,
           guint      i,
           double     y)
{
  Item *notes = g_ptr_array_index (self->items, i);
  double tail = 0, line = S (NOTE_LINE);

  if (i + 1 < self->items->len && ((Item *) self->items->pdata[i + 1])->kind == ITEM_SOURCES &&
      !((Item *) self->items->pdata[i + 1])->new_page)
    tail = sources_height (self, i + 1);
  notes->height = NOTES_MIN_LINES * line;
  while (notes->height > line && y + notes->height + tail > self->content_height)
    notes->height -= line;
  if (y + notes->height + tail > self->content_height)
    notes->height = NOTES_MIN_LINES * line;   /* they go over anyway: the lines stay */
}

/* Places items @first to @end (exclusive) one under the other from @top down, @x from the
 * content box's left. */
static void
place_column (LgHandout *self,
              Page      *page,
              guint      first,
              guint      end,
              double     x,
              double     top)
{
  for (guint j = first; j < end; j++)
    {
      Item *item = g_ptr_array_index (self->items, j);

      top += j > first ? item->space_before : 0;
      place (page, item, 0, item->n_lines, top);
      g_array_index (page->placed, Placed, page->placed->len - 1).x = x;
      top += whole_height (item);
    }
}

/* How many of items @first to @end (exclusive) fit one under the other from @top down (one at
 * least at the top of a page, which is drawn clipped if it is taller). */
static guint
fit_column (LgHandout *self,
            guint      first,
            guint      end,
            double     top)
{
  guint last = first;

  while (last < end && top + column_height (self, first, last + 1) <= self->content_height)
    last++;
  return last == first && top == 0 && first < end ? first + 1 : last;
}

/* Places sources @first to @end (exclusive) from @y down, in two columns: all of them evenly
 * when they fit, else down the first column and then the second as far as the page goes, the
 * rest on the next pages. Returns the page the last of them is on. */
static Page *
place_sources (LgHandout *self,
               Page      *page,
               double     y,
               guint      first,
               guint      end)
{
  double column_x = _lg_handout_source_column (self) + S (SOURCE_GAP);

  for (;;)
    {
      guint split, last;

      if (two_columns (self, first, end, &split) <= self->content_height - y)
        {
          place_column (self, page, first, split, 0, y);
          place_column (self, page, split, end, column_x, y);
          return page;
        }
      split = fit_column (self, first, end, y);
      last = fit_column (self, split, end, y);
      place_column (self, page, first, split, 0, y);
      place_column (self, page, split, last, column_x, y);
      if (last == end)
        return page;
      first = last;
      page = new_page (self, page->topic);
      y = 0;
    }
}

/* The foot of what the page holds, its lines for notes aside. */
static double
text_bottom (Page *page)
{
  double bottom = 0;

  for (guint i = 0; i < page->placed->len; i++)
    {
      Placed *placed = &g_array_index (page->placed, Placed, i);

      if (placed->item->kind != ITEM_NOTES)
        bottom = MAX (bottom, placed->y + placed->height);
    }
  return bottom;
}

static void
paginate (LgHandout *self)
{
  Page *page = NULL;
  double y = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      int first = 0;
      int n = item->layout ? item->n_lines : 0;

      if (page == NULL || (item->new_page && page->placed->len > 0))
        {
          page = new_page (self, item->topic);
          y = 0;
        }
      if (item->kind == ITEM_NOTES)
        fit_notes (self, i, y);
      /* The notes heading too: its lines give way before it goes to the next page. */
      else if (i + 1 < self->items->len &&
               ((Item *) g_ptr_array_index (self->items, i + 1))->kind == ITEM_NOTES)
        fit_notes (self, i + 1, y + (page->placed->len ? item->space_before : 0) +
                   whole_height (item));

      /* The sources, in two columns. */
      if (item->kind == ITEM_SOURCE)
        {
          guint end = sources_end (self, i);

          page = place_sources (self, page, y, i, end);
          i = end - 1;
          y = self->content_height;
          continue;
        }

      for (;;)
        {
          gboolean empty = page->placed->len == 0;
          double gap = empty ? 0 : item->space_before;
          double room = self->content_height - y - gap;
          double rest = part_height (item, first, n);
          int last;

          /* The sources stay together on the next page when they do not all fit here and this
           * page is well filled (60%, its lines for notes aside) already; else they run on. */
          if (item->kind == ITEM_SOURCES && !empty && text_bottom (page) >= 0.6 * self->content_height &&
              sources_height (self, i) > self->content_height - y &&
              sources_height (self, i) - item->space_before <= self->content_height)
            {
              page = new_page (self, item->topic);
              y = 0;
              continue;
            }
          if (rest <= room && (empty || rest + kept_with (self, i) <= room))
            {
              place (page, item, first, n, y + gap);
              y += gap + rest;
              break;
            }
          if (can_split (self, item) &&
              (last = lines_that_fit (item, first, room, min_lines (self, item))) > first)
            {
              place (page, item, first, last, y + gap);
              first = last;
            }
          else if (empty)
            {
              /* Taller than a page and cannot split: drawn clipped to the content box. */
              place (page, item, first, n, 0);
              y = rest;
              break;
            }
          page = new_page (self, item->topic);
          y = 0;
        }
    }

  for (guint p = 0; p < self->pages->len; p++)
    {
      anchor_to_foot (self, &g_array_index (self->pages, Page, p));
      stretch_notes (self, &g_array_index (self->pages, Page, p));
    }
}

double
_lg_handout_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

/* For tests: how much of page @page's content box its flowing items fill (the sources at its
 * foot count as filled), and how much room the first item of the next page needed there (with
 * what stays with it), or 0 on the last page. */
void
_lg_handout_page_fill (LgHandout *self,
                       int        page,
                       double    *filled,
                       double    *next_needed)
{
  Page *p = &g_array_index (self->pages, Page, page);
  double used = 0, anchored = self->content_height;

  for (guint i = 0; i < p->placed->len; i++)
    {
      Placed *placed = &g_array_index (p->placed, Placed, i);

      if (placed->item->anchored)
        anchored = MIN (anchored, placed->y - placed->item->space_before);
      else if (placed->item->kind != ITEM_NOTES)
        used = MAX (used, placed->y + placed->height);
    }
  *filled = used + (self->content_height - anchored);
  *next_needed = 0;
  if (page + 1 < (int) self->pages->len)
    {
      Page *next = &g_array_index (self->pages, Page, page + 1);
      Placed *first = &g_array_index (next->placed, Placed, 0);
      guint i;

      g_ptr_array_find (self->items, first->item, &i);
      *next_needed = first->item->new_page ? G_MAXDOUBLE
                     : first->item->space_before + kept_with (self, i) +
                       (can_split (self, first->item)
                        ? part_height (first->item, 0, min_lines (self, first->item))
                        : whole_height (first->item));
    }
}

/* Builds the items and places them; done once, on first need. */
void
_lg_handout_ensure_paginated (LgHandout *self)
{
  double margin = LG_HANDOUT_MARGIN;
  double header_height = 0;

  if (self->paginated)
    return;
  self->paginated = TRUE;

  self->content_x = margin;
  self->content_width = self->options.page_width - 2 * margin;
  if (self->content_width < 72)
    return; /* a page too small to hold anything: no pages */
  /* The header as tall as the tallest part's (its words differ in each language). */
  for (guint i = 0; i < self->topics->len || i == 0; i++)
    {
      _lg_handout_use_part (self, i);
      _lg_handout_layout_header (self);
      header_height = MAX (header_height, self->header_height);
    }
  self->header_height = header_height;
  self->footer_height = _lg_handout_measure_footer (self);
  self->content_y = margin + self->header_height + S (HEADER_GAP);
  self->content_height = self->options.page_height - margin - self->footer_height -
                         S (FOOTER_GAP) - self->content_y;
  if (self->content_height < 72)
    return;

  if (self->options.words)
    self->words = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->topics->len; i++)
    {
      _lg_handout_use_part (self, i);
      _lg_handout_add_topic (self, i, g_ptr_array_index (self->topics, i));
      /* After each part's last topic (which ends with its "Words to know"): the Compare table,
       * in its language. */
      if (i + 1 == self->topics->len || self->stores->pdata[i + 1] != self->stores->pdata[i])
        _lg_handout_add_compare (self, i);
    }
  paginate (self);
}
