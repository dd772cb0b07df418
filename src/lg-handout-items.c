/* lg-handout-items.c — the handout's items: each topic turned into a flat list of blocks to print
 *
 * Title, In short, picture, key points, the sections, questions, (at a part's end) "Words to
 * know", notes and the numbered sources, in that order. The Summary prints the sections a patient acts on at home, "When to call" first
 * under In short (then before, after, care at home, side effects after the key points); Full
 * prints every section in the topic's order; a clinic's own topic prints all of its sections in
 * both. Each text is a Pango layout measured line by line, so pagination
 * can split it between lines. Which items stay together (a heading with what follows, a list's
 * first and last two, a warning-signs list with its emergency note) is decided here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lg-block.h"
#include "lg-handout-private.h"
#include "lg-section.h"

/* The sections of a treatment topic that the Summary prints: what to do before and after, at
 * home, about side effects, and when to call. */
static const char * const summary_sections[] = {
  "before", "after", "care-at-home", "side-effects", "when-to-call", NULL
};

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
  g_clear_pointer (&item->cells, g_ptr_array_unref);
  g_free (item->cell_x);
  g_free (item->line_top);
  g_free (item->baseline);
  g_free (item->line_x);
  g_free (item->uri);
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
  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, BODY_SPACING);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Records where each line of the item's layout sits, so pages can be split between lines. */
void
_lg_handout_measure (Item *item)
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

/* Measures the item again, after a change of its text, width or attributes. */
void
_lg_handout_remeasure (Item *item)
{
  g_clear_pointer (&item->line_top, g_free);
  g_clear_pointer (&item->baseline, g_free);
  g_clear_pointer (&item->line_x, g_free);
  _lg_handout_measure (item);
}

Item *
_lg_handout_add_item (LgHandout *self,
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
last_item (LgHandout *self)
{
  return g_ptr_array_index (self->items, self->items->len - 1);
}

/* Pango measures a line in 32-bit units, so a paragraph longer than a few hundred thousand
 * characters (a hostile clinic pack) would be measured wrong: very long text becomes several
 * items, each at most this long, cut between words where it can be. */
#define PIECE_BYTES 16384

static GStrv
split_long (const char *text)
{
  g_autoptr(GStrvBuilder) pieces = g_strv_builder_new ();
  gsize length = strlen (text);

  while (length > PIECE_BYTES)
    {
      const char *end = g_utf8_find_prev_char (text, text + PIECE_BYTES);
      const char *space = g_strrstr_len (text, PIECE_BYTES, " ");
      g_autofree char *piece = NULL;

      if (space != NULL && space > text)
        end = space;
      piece = g_strndup (text, end - text);
      g_strv_builder_add (pieces, piece);
      length -= end - text + (end == space);
      text = end + (end == space);
    }
  g_strv_builder_add (pieces, text);
  return g_strv_builder_end (pieces);
}

/* A text item (or more, when @text is very long: see split_long()); @marker (nullable) is its
 * sources' numbers, printed after it in a muted colour. Returns the first. */
Item *
_lg_handout_add_text (LgHandout  *self,
                      ItemKind    kind,
                      guint       topic,
                      double      space_before,
                      const char *text,
                      const char *marker,
                      double      indent,
                      double      size,
                      gboolean    bold)
{
  g_auto(GStrv) pieces = split_long (text);
  Item *first = NULL;

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      Item *item = _lg_handout_add_item (self, kind, topic, i == 0 ? space_before : 0);

      item->continued = i > 0;
      item->indent = indent;
      item->layout = _lg_handout_new_layout (self, "", self->content_width - indent, size, bold);
      _lg_handout_set_marked_text (item->layout, pieces[i], pieces[i + 1] ? NULL : marker);
      item->splits = TRUE;
      _lg_handout_measure (item);
      first = first ? first : item;
    }
  return first;
}

/* The list (from 1) of the items from @start on. */
static void
set_list (LgHandout *self,
          guint      start,
          guint      list)
{
  for (guint i = start; i < self->items->len; i++)
    ((Item *) g_ptr_array_index (self->items, i))->list = list;
}

void
_lg_handout_add_heading (LgHandout  *self,
                         guint       topic,
                         const char *text)
{
  Item *item = _lg_handout_add_text (self, ITEM_HEADING, topic, S (SPACE_SECTION), text, NULL, 0,
                         S (HEADING_SIZE), TRUE);

  item->splits = FALSE;
  item->keep_with_next = TRUE;
}

/* A whole bullet ("•") or numbered ("3.") list, each marker right-aligned before its text: its
 * first two and last two items stay together, so no item is left alone at the foot or the top
 * of a page. @sources (nullable) is printed after the last item. */
static void
add_list (LgHandout          *self,
          ItemKind            kind,
          guint               topic,
          double              space_before,
          const char * const *items,
          const char         *sources)
{
  guint n = items ? g_strv_length ((char **) items) : 0;
  guint first = self->items->len;
  guint list = ++self->n_lists;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = _lg_handout_plain (self, items[i]);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      guint start = self->items->len;
      Item *item = _lg_handout_add_text (self, kind, topic, i == 0 ? space_before : S (SPACE_ITEM), text,
                             i + 1 == n ? sources : NULL, S (LIST_INDENT), S (BODY_SIZE), FALSE);

      set_list (self, start, list);
      item->marker = _lg_handout_new_layout (self, kind == ITEM_STEP ? number : "•",
                                             S (LIST_INDENT - 6), S (BODY_SIZE),
                                             kind == ITEM_STEP);
      pango_layout_set_alignment (item->marker, PANGO_ALIGN_RIGHT);
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

/* Bytes [@start, @end) of @layout's text in bold, its other attributes kept. */
void
_lg_handout_bold_range (PangoLayout *layout,
                        gsize        start,
                        gsize        end)
{
  PangoAttrList *old = pango_layout_get_attributes (layout);
  PangoAttrList *attrs = old ? pango_attr_list_copy (old) : pango_attr_list_new ();
  PangoAttribute *attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

PangoAttribute *
_lg_handout_foreground (guint rgb)
{
  return pango_attr_foreground_new (((rgb >> 16) & 0xff) * 257, ((rgb >> 8) & 0xff) * 257,
                                    (rgb & 0xff) * 257);
}

/* Plain text; with "Words to know", the glossary terms it marks are noted. */
char *
_lg_handout_plain (LgHandout  *self,
                   const char *text)
{
  if (self->words != NULL)
    _lg_handout_note_terms (self, text);
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

  item = _lg_handout_add_item (self, ITEM_TITLE, index, 0);
  item->new_page = TRUE;
  item->keep_with_next = TRUE;
  item->layout = _lg_handout_new_layout (self, text, self->content_width, S (SUBTITLE_SIZE), FALSE);
  pango_layout_set_line_spacing (item->layout, 1.15);

  attr = pango_attr_size_new ((int) (S (TITLE_SIZE) * PANGO_SCALE));
  attr->end_index = strlen (title) + 1;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  attr->end_index = strlen (title);
  pango_attr_list_insert (attrs, attr);
  attr = _lg_handout_foreground (MUTED);
  attr->start_index = strlen (title) + 1;
  pango_attr_list_insert (attrs, attr);
  pango_layout_set_attributes (item->layout, attrs);
  pango_attr_list_unref (attrs);
  _lg_handout_measure (item);
}

/* A tinted box with an accent bar: In short, a note, the clinic's phone under "When to call";
 * very long text makes several boxes, one under the other. Returns the first. */
Item *
_lg_handout_add_box (LgHandout  *self,
         ItemKind    kind,
         guint       index,
         double      space_before,
         const char *text,
         const char *marker,
         double      size,
         gboolean    bold)
{
  double indent = S (BOX_BAR + BOX_PAD_X);
  guint start = self->items->len;
  Item *first = _lg_handout_add_text (self, kind, index, space_before, text, marker, indent, size, bold);

  for (guint i = start; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      item->pad_y = S (BOX_PAD_Y);
      pango_layout_set_width (item->layout,
                              (int) ((self->content_width - indent - S (BOX_PAD_X)) * PANGO_SCALE));
      _lg_handout_remeasure (item);
    }
  return first;
}

static void
add_in_short (LgHandout  *self,
              guint       index,
              LgTopic    *topic,
              GHashTable *cited)
{
  g_autofree char *in_short = _lg_handout_plain (self, lg_topic_get_in_short (topic));
  g_autofree char *marker = _lg_handout_source_marker (self, topic,
                                                       lg_topic_get_in_short_sources (topic), cited);
  const char *label = _lg_handout_label (self, "in-short");
  g_autofree char *text = g_strconcat (label, "\n", in_short, NULL);
  Item *item = _lg_handout_add_box (self, ITEM_IN_SHORT, index, S (8), text, marker, S (IN_SHORT_SIZE), FALSE);
  PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (item->layout));
  PangoAttribute *attr;

  if (attrs == NULL)
    attrs = pango_attr_list_new ();
  attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  attr->end_index = strlen (label);
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_size_new ((int) (S (IN_SHORT_LABEL) * PANGO_SCALE));
  attr->end_index = strlen (label) + 1;
  pango_attr_list_insert (attrs, attr);
  attr = _lg_handout_foreground (ACCENT);
  attr->end_index = strlen (label);
  pango_attr_list_insert (attrs, attr);
  pango_layout_set_attributes (item->layout, attrs);
  pango_attr_list_unref (attrs);
  _lg_handout_remeasure (item);
}

static void
add_block (LgHandout  *self,
           guint       index,
           LgTopic    *topic,
           LgBlock    *block,
           double      space_before,
           GHashTable *cited)
{
  g_autofree char *marker = _lg_handout_source_marker (self, topic, lg_block_get_sources (block),
                                                       cited);
  g_autofree char *text = NULL;

  switch (lg_block_get_block_type (block))
    {
    case LG_BLOCK_PARAGRAPH:
      text = _lg_handout_plain (self, lg_block_get_text (block));
      _lg_handout_add_text (self, ITEM_PARAGRAPH, index, space_before, text, marker, 0, S (BODY_SIZE), FALSE);
      break;

    case LG_BLOCK_NOTE:
      text = _lg_handout_plain (self, lg_block_get_text (block));
      _lg_handout_add_box (self, ITEM_NOTE, index, space_before + S (2), text, marker, S (BODY_SIZE), FALSE);
      break;

    case LG_BLOCK_BULLETS:
    case LG_BLOCK_STEPS:
      add_list (self, lg_block_get_block_type (block) == LG_BLOCK_STEPS ? ITEM_STEP : ITEM_BULLET,
                index, space_before, lg_block_get_items (block), marker);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Under "When to call", the clinic's phone first, where a patient with a fever looks. */
static void
add_call (LgHandout *self,
          guint      index)
{
  g_autofree char *text = _lg_handout_call_text (self);

  if (text == NULL)
    return;
  _lg_handout_add_box (self, ITEM_CALL, index, S (SPACE_BLOCK), text, NULL, S (BODY_SIZE), TRUE);
}

/* The blocks of @section that print: every one in Full; in the Summary, all but those the
 * topic marks `"summary": false` (a section always keeps its first block). */
static GPtrArray *
printed_blocks (LgHandout *self,
                LgSection *section)
{
  GListModel *blocks = lg_section_get_blocks (section);
  GPtrArray *printed = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
    {
      LgBlock *block = g_list_model_get_item (blocks, j);

      if (j == 0 || self->options.full || lg_block_get_in_summary (block))
        g_ptr_array_add (printed, block);
      else
        g_object_unref (block);
    }
  return printed;
}

static void
add_section (LgHandout  *self,
             guint       index,
             LgTopic    *topic,
             LgSection  *section,
             GHashTable *cited)
{
  g_autoptr(GPtrArray) blocks = printed_blocks (self, section);
  gboolean call = g_strcmp0 (lg_section_get_id (section), "when-to-call") == 0;
  g_autofree char *heading = _lg_handout_plain (self, lg_section_get_heading (section));
  guint first;

  _lg_handout_add_heading (self, index, heading);
  first = self->items->len;
  if (call)
    add_call (self, index);
  for (guint j = 0; j < blocks->len; j++)
    {
      LgBlock *block = g_ptr_array_index (blocks, j);
      LgBlock *next = j + 1 < blocks->len ? g_ptr_array_index (blocks, j + 1) : NULL;
      LgBlockType next_type = next ? lg_block_get_block_type (next) : LG_BLOCK_PARAGRAPH;
      Item *last;

      add_block (self, index, topic, block,
                 j == 0 && !call ? S (SPACE_BLOCK) : S (SPACE_BLOCK + 2), cited);

      /* A short paragraph that leads into a list stays with it; a list stays with the note
       * after it (the emergency note under the warning signs). */
      last = last_item (self);
      if (next != NULL && last->kind == ITEM_PARAGRAPH && last->n_lines <= 2 &&
          (next_type == LG_BLOCK_BULLETS || next_type == LG_BLOCK_STEPS))
        last->keep_with_next = TRUE;
      if (next_type == LG_BLOCK_NOTE && next != NULL &&
          (last->kind == ITEM_BULLET || last->kind == ITEM_STEP))
        last->keep_with_next = TRUE;
    }

  /* When to call is read in a hurry: the signs with what leads into them and the emergency
   * note after them on one page, when they fit on one (the clinic's phone stays with the
   * heading). */
  for (guint i = call ? first : self->items->len; i + 1 < self->items->len; i++)
    ((Item *) g_ptr_array_index (self->items, i))->keep_with_next =
      ((Item *) g_ptr_array_index (self->items, i))->kind != ITEM_CALL;
}

/* Which sections print: every one in Full and for a clinic's own topic; else the Summary's. */
static gboolean
prints_section (LgHandout *self,
                LgTopic   *topic,
                LgSection *section)
{
  const char *id = lg_section_get_id (section);

  if (self->options.full || lg_topic_get_from_clinic (topic))
    return TRUE;
  return id != NULL && g_strv_contains (summary_sections, id);
}

/* The sections that print, in the topic's order: all of them (@when_to_call TRUE and in order),
 * or only "When to call" (TRUE), or all but it (FALSE). */
static void
add_sections (LgHandout  *self,
              guint       index,
              LgTopic    *topic,
              GHashTable *cited,
              gboolean    when_to_call)
{
  GListModel *sections = lg_topic_get_sections (topic);
  gboolean all = self->options.full || lg_topic_get_from_clinic (topic);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
      gboolean call = g_strcmp0 (lg_section_get_id (section), "when-to-call") == 0;

      if (prints_section (self, topic, section) && (all || call == when_to_call))
        add_section (self, index, topic, section, cited);
    }
}

static void
add_notes (LgHandout *self,
           guint      index)
{
  Item *item;

  _lg_handout_add_heading (self, index, _lg_handout_label (self, "handout-notes"));
  item = _lg_handout_add_item (self, ITEM_NOTES, index, 0);
  item->height = NOTES_MIN_LINES * S (NOTE_LINE);
}

void
_lg_handout_add_topic (LgHandout *self,
                       guint      index,
                       LgTopic   *topic)
{
  g_autoptr(GHashTable) cited = g_hash_table_new (NULL, NULL);   /* source numbers printed */
  g_autofree char *marker = _lg_handout_source_marker (self, topic,
                                                       lg_topic_get_key_points_sources (topic),
                                                       cited);
  gboolean in_order;

  add_title (self, index, topic);
  if (index == 0)
    _lg_handout_add_for_you (self, index);
  add_in_short (self, index, topic, cited);

  /* The Summary puts "When to call" first, under In short: what matters most, first. */
  in_order = self->options.full || lg_topic_get_from_clinic (topic);
  if (!in_order)
    add_sections (self, index, topic, cited, TRUE);
  _lg_handout_add_figure (self, index, topic);
  _lg_handout_add_heading (self, index, _lg_handout_label (self, "key-points"));
  add_list (self, ITEM_BULLET, index, S (SPACE_BLOCK), lg_topic_get_key_points (topic), marker);
  add_sections (self, index, topic, cited, in_order);

  _lg_handout_add_questions (self, index, topic);
  /* The part's last topic ends with the words its topics use (then the lines for notes, which
   * stretch down to the sources). */
  if (self->words != NULL &&
      (index + 1 == self->topics->len || self->stores->pdata[index + 1] != self->stores->pdata[index]))
    _lg_handout_add_words (self, index);
  if (self->options.notes)
    add_notes (self, index);
  _lg_handout_add_sources (self, index, topic, cited);
}
