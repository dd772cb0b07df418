/* lg-handout-compare.c — the Compare table on paper: after each part, on a page of its own, the
 * treatments the clinician chose (LgHandoutOptions.compare, shown in the guide's order), a row
 * for each Compare row and a column for each treatment
 *
 * A portrait page holds three treatment columns (two in large print) beside the rows' titles, so
 * more treatments make several bands of columns one under the other, each with the treatments'
 * names at its top. Every cell wraps inside its column; a band stays on one page when it fits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-handout-private.h"

#define TITLE_COLUMN 0.26          /* of the content width: the rows' titles */
#define CELL_PAD_X   5.0
#define CELL_PAD_Y   5.0
#define COLUMNS      3             /* treatment columns in one band; large print: 2 */

/* One row: @texts[0] the row's title, then one cell per treatment in the band. */
static Item *
add_row (LgHandout          *self,
         guint               index,
         const char * const *texts,
         guint               n,
         gboolean            head)
{
  double title_width = self->content_width * TITLE_COLUMN;
  double column = (self->content_width - title_width) / (n - 1);
  Item *item = _lg_handout_add_item (self, ITEM_ROW, index, head ? S (SPACE_SECTION) : 0);

  item->head_row = head;
  item->table = self->n_tables;
  item->cells = g_ptr_array_new_with_free_func (g_object_unref);
  item->cell_x = g_new0 (double, n);
  for (guint i = 0; i < n; i++)
    {
      double width = (i == 0 ? title_width : column) - 2 * S (CELL_PAD_X);
      PangoLayout *cell = _lg_handout_new_layout (self, texts[i], width, S (BODY_SIZE),
                                                  head || i == 0);

      pango_layout_set_wrap (cell, PANGO_WRAP_WORD);
      item->cell_x[i] = (i == 0 ? 0 : title_width + (i - 1) * column) + S (CELL_PAD_X);
      item->height = MAX (item->height, _lg_handout_layout_height (cell));
      g_ptr_array_add (item->cells, cell);
    }
  item->pad_y = S (CELL_PAD_Y);
  return item;
}

/* The chosen treatments of the part's language, in the guide's order. */
static GPtrArray *
chosen_treatments (LgHandout *self)
{
  GListModel *all = lg_content_store_get_topics (self->store);
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (all, i);

      if (lg_topic_get_compare_name (topic) != NULL &&
          g_strv_contains ((const char * const *) self->options.compare, lg_topic_get_id (topic)))
        g_ptr_array_add (chosen, g_steal_pointer (&topic));
    }
  return chosen;
}

/* One band: the treatments [first, first + n) of @chosen. */
static void
add_band (LgHandout *self,
          guint      index,
          GPtrArray *chosen,
          guint      first,
          guint      n)
{
  g_autofree const char **texts = g_new0 (const char *, n + 2);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  guint start = self->items->len;
  double height = 0;

  self->n_tables++;
  texts[0] = _lg_handout_label (self, "compare-treatment");
  for (guint c = 0; c < n; c++)
    {
      char *name = _lg_handout_plain (self, lg_topic_get_compare_name (chosen->pdata[first + c]));

      g_ptr_array_add (owned, name);
      texts[c + 1] = name;
    }
  add_row (self, index, texts, n + 1, TRUE);
  for (guint row = 0; row < LG_N_COMPARE_ROWS; row++)
    {
      texts[0] = lg_content_store_get_compare_row_title (self->store, row);
      for (guint c = 0; c < n; c++)
        {
          char *text = _lg_handout_plain (self, lg_topic_get_compare (chosen->pdata[first + c], row));

          g_ptr_array_add (owned, text);
          texts[c + 1] = text;
        }
      add_row (self, index, texts, n + 1, FALSE);
    }

  /* The band on one page when it fits on one; else at least its names with its first row. */
  for (guint i = start; i < self->items->len; i++)
    height += ((Item *) self->items->pdata[i])->height + 2 * S (CELL_PAD_Y);
  for (guint i = start; i + 1 < self->items->len; i++)
    ((Item *) self->items->pdata[i])->keep_with_next = i == start || height < self->content_height;
}

/* The table of the chosen treatments, when any was chosen. */
void
_lg_handout_add_compare (LgHandout *self,
                         guint      index)
{
  g_autoptr(GPtrArray) chosen = NULL;
  guint per_band = self->options.large_print ? COLUMNS - 1 : COLUMNS;

  if (self->options.compare == NULL)
    return;
  chosen = chosen_treatments (self);
  if (chosen->len == 0)
    return;
  _lg_handout_add_part_title (self, index, _lg_handout_label (self, "view-compare"));
  for (guint first = 0; first < chosen->len; first += per_band)
    add_band (self, index, chosen, first, MIN (per_band, chosen->len - first));
}
