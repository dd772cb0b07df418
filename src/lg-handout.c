/* lg-handout.c
 *
 * Lays topics out as a take-home sheet and draws its pages with Cairo. Each topic becomes a list
 * of items (title, In short, picture, key points, when to call, questions, notes, sources), each
 * a Pango layout measured line by line; pagination then places the items into the content box
 * of each page, splitting long text between lines (never inside one), keeping a heading with
 * what follows it and at least two lines of a paragraph together. The header band and footer are
 * drawn on every page. What was placed where is kept, so drawing a page is cheap and the same for
 * the preview, the printer and the PDF file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "lg-block.h"
#include "lg-handout.h"
#include "lg-picture.h"
#include "lg-question-ticks.h"
#include "lg-section.h"
#include "lg-source.h"

/* Geometry and type, in points. */
#define FONT_FAMILY      "Cantarell, DejaVu Sans"
#define BODY_SIZE        11.5
#define BODY_SPACING     1.3
#define TITLE_SIZE       22.0
#define SUBTITLE_SIZE    12.0
#define IN_SHORT_SIZE    12.5
#define HEADING_SIZE     14.0
#define SMALL_SIZE       9.0
#define FOOTER_SIZE      8.5
#define HEADER_HEIGHT    30.0
#define HEADER_GAP       22.0
#define FOOTER_GAP       16.0
#define FOOTER_SLACK     1.5        /* below the disclaimer: a PDF reader's glyph box may reach past the line */
#define BOX_BAR          4.0        /* accent bar on the left of a boxed text */
#define BOX_PAD_X        12.0
#define BOX_PAD_Y        9.0
#define LIST_INDENT      20.0
#define TICK_BOX         10.0
#define QUESTION_INDENT  22.0
#define NOTE_LINE        24.0       /* room to write one line by hand */
#define NOTES_MIN_LINES  3
#define FIGURE_FRACTION  0.42       /* of the content width */
#define FIGURE_GAP       16.0
#define LEGEND_DOT       14.0

#define SPACE_SECTION    18.0
#define SPACE_BLOCK      7.0
#define SPACE_ITEM       4.0

/* Colours that print well in colour and in grey (the GNOME palette). */
#define RGB(hex) (((hex) >> 16) & 0xff) / 255.0, (((hex) >> 8) & 0xff) / 255.0, ((hex) & 0xff) / 255.0
#define INK        0x241f31
#define MUTED      0x5e5c64
#define ACCENT     0x1a5fb4
#define TINT       0xe8f0fb
#define NOTE_TINT  0xf6f5f4
#define RULE       0xc0bfbc

typedef enum {
  ITEM_TITLE,
  ITEM_IN_SHORT,
  ITEM_HEADING,
  ITEM_PARAGRAPH,
  ITEM_BULLET,
  ITEM_STEP,
  ITEM_NOTE,
  ITEM_FIGURE,
  ITEM_QUESTION,
  ITEM_NOTES,
  ITEM_SOURCES,
} ItemKind;

static const char * const item_kind_names[] = {
  "title", "in-short", "heading", "paragraph", "bullet", "step", "note", "figure", "question",
  "notes", "sources",
};

typedef struct {
  ItemKind kind;
  guint topic;                 /* index into topics */
  gboolean new_page;           /* a topic starts on a fresh page */
  gboolean keep_with_next;     /* never the last thing on a page */
  gboolean splits;             /* may be split between lines (at least two on each side) */
  gboolean anchored;           /* drawn at the foot of its page's content box */
  double space_before;         /* dropped at the top of a page */
  double indent;               /* where the text starts in the content box */
  double pad_y;                /* inside a box, above and below the text */

  PangoLayout *layout;         /* the text; NULL for notes lines */
  int n_lines;
  double *line_top;            /* n_lines + 1 entries, from the layout's top */
  double *baseline;
  double *line_x;
  PangoLayout *marker;         /* bullet or step number */
  double height;               /* figure, notes: the height without text lines */

  RsvgHandle *svg;             /* figure */
  double image_width;
  double image_height;
  PangoLayout *caption;
  GPtrArray *legend;           /* of PangoLayout */
  GPtrArray *legend_numbers;   /* of PangoLayout */
  GArray *legend_y;            /* of double, from the item's top */
} Item;

typedef struct {
  Item *item;
  int first;                   /* lines [first, last) of the item's layout */
  int last;
  double y;                    /* top, from the top of the content box */
  double height;
  int notes_lines;
  gboolean after_notes;        /* sources under notes lines: no rule of their own */
} Placed;

typedef struct {
  guint topic;
  GArray *placed;              /* of Placed */
} Page;

struct _LgHandout
{
  GObject parent_instance;

  LgContentStore *store;
  GPtrArray *topics;           /* of LgTopic */
  GHashTable *ticked;          /* "topic-id/index" of ticked questions, a copy */
  LgHandoutOptions options;

  PangoContext *context;
  GHashTable *svgs;            /* picture's URI → RsvgHandle */
  GPtrArray *items;            /* of Item */
  GArray *pages;               /* of Page */
  gboolean paginated;

  double content_x;
  double content_y;
  double content_width;
  double content_height;
  double footer_height;
};

G_DEFINE_FINAL_TYPE (LgHandout, lg_handout, G_TYPE_OBJECT)

/* -------------------------------------------------------------------------------------------- */
/* Paper and options                                                                            */

gboolean
lg_paper_from_string (const char *name,
                      LgPaper    *paper)
{
  if (g_strcmp0 (name, "a4") == 0)
    *paper = LG_PAPER_A4;
  else if (g_strcmp0 (name, "letter") == 0)
    *paper = LG_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

const char *
lg_paper_to_string (LgPaper paper)
{
  return paper == LG_PAPER_LETTER ? "letter" : "a4";
}

void
lg_paper_get_size (LgPaper  paper,
                   double  *width,
                   double  *height)
{
  if (paper == LG_PAPER_LETTER)
    {
      *width = 612.0;             /* 8.5 × 11 in */
      *height = 792.0;
    }
  else
    {
      *width = 210.0 / 25.4 * 72.0;
      *height = 297.0 / 25.4 * 72.0;
    }
}

void
lg_handout_options_init (LgHandoutOptions *options,
                         LgPaper           paper)
{
  memset (options, 0, sizeof *options);
  lg_paper_get_size (paper, &options->page_width, &options->page_height);
  options->notes = TRUE;
}

void
lg_handout_options_clear (LgHandoutOptions *options)
{
  g_clear_pointer (&options->clinic_name, g_free);
  g_clear_pointer (&options->clinic_phone, g_free);
  g_clear_pointer (&options->clinic_website, g_free);
}

/* -------------------------------------------------------------------------------------------- */
/* Items                                                                                        */

static void
item_free (gpointer data)
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

static PangoLayout *
new_layout (LgHandout  *self,
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
  item->layout = new_layout (self, text, self->content_width - indent, size, bold);
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

  item->marker = new_layout (self, marker, LIST_INDENT - 6, BODY_SIZE, kind == ITEM_STEP);
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
static const char *
label_text (LgHandout  *self,
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

static char *
plain (LgHandout  *self,
       const char *text)
{
  return lg_content_store_to_plain (self->store, text);
}

static void
add_title (LgHandout *self,
           guint      index,
           LgTopic   *topic)
{
  g_autofree char *title = plain (self, lg_topic_get_title (topic));
  g_autofree char *subtitle = plain (self, lg_topic_get_subtitle (topic));
  g_autofree char *text = g_strconcat (title, "\n", subtitle, NULL);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;
  Item *item;

  item = add_item (self, ITEM_TITLE, index, 0);
  item->new_page = TRUE;
  item->keep_with_next = TRUE;
  item->layout = new_layout (self, text, self->content_width, SUBTITLE_SIZE, FALSE);
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
  g_autofree char *in_short = plain (self, lg_topic_get_in_short (topic));
  const char *label = label_text (self, "in-short");
  g_autofree char *text = g_strconcat (label, "\n", in_short, NULL);
  double indent = BOX_BAR + BOX_PAD_X;
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;
  Item *item;

  item = add_item (self, ITEM_IN_SHORT, index, 14);
  item->indent = indent;
  item->pad_y = BOX_PAD_Y;
  item->layout = new_layout (self, text, self->content_width - indent - BOX_PAD_X,
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

/* @file: where the topic's picture is (the guide's resource, or a file in a clinic pack). */
static RsvgHandle *
load_svg (LgHandout *self,
          GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  RsvgHandle *handle = g_hash_table_lookup (self->svgs, uri);
  g_autoptr(GError) error = NULL;

  if (handle != NULL)
    return handle;

  handle = lg_picture_load (file, &error);
  if (handle == NULL)
    {
      g_message ("%s: $.illustration.file: %s", uri, error->message);
      return NULL;
    }
  g_hash_table_insert (self->svgs, g_steal_pointer (&uri), handle);
  return handle;
}

/* The picture, small, with its caption and numbered legend beside it. */
static void
add_figure (LgHandout *self,
            guint      index,
            LgTopic   *topic)
{
  GFile *file = lg_topic_get_illustration_file (topic);
  const char *caption = lg_topic_get_illustration_caption (topic);
  const char * const *legend = lg_topic_get_illustration_legend (topic);
  RsvgHandle *svg;
  double width, height, text_x, text_width, y = 0;
  Item *item;

  if (file == NULL || (svg = load_svg (self, file)) == NULL)
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
      g_autofree char *text = plain (self, caption);
      PangoRectangle logical;

      item->caption = new_layout (self, text, text_width, 10.5, TRUE);
      pango_layout_get_extents (item->caption, NULL, &logical);
      y = (double) logical.height / PANGO_SCALE + 6;
    }

  item->legend = g_ptr_array_new_with_free_func (g_object_unref);
  item->legend_numbers = g_ptr_array_new_with_free_func (g_object_unref);
  item->legend_y = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; legend != NULL && legend[i] != NULL; i++)
    {
      g_autofree char *text = plain (self, legend[i]);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      PangoLayout *layout = new_layout (self, text, text_width - LEGEND_DOT - 8, 10.0, FALSE);
      PangoLayout *digits = new_layout (self, number, LEGEND_DOT, 7.5, TRUE);
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
        g_autofree char *text = plain (self, lg_block_get_text (block));
        add_text (self, ITEM_PARAGRAPH, index, space_before, text, 0, BODY_SIZE, FALSE);
      }
      break;

    case LG_BLOCK_NOTE:
      {
        g_autofree char *text = plain (self, lg_block_get_text (block));
        double indent = BOX_BAR + BOX_PAD_X;

        item = add_item (self, ITEM_NOTE, index, space_before + 2);
        item->indent = indent;
        item->pad_y = BOX_PAD_Y;
        item->splits = TRUE;
        item->layout = new_layout (self, text, self->content_width - indent - BOX_PAD_X,
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

      heading = plain (self, lg_section_get_heading (section));
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
    any = lg_question_ticks_has (self->ticked, topic, i);

  add_heading (self, index, label_text (self, "questions"));
  for (guint i = 0; questions[i] != NULL; i++)
    {
      g_autofree char *text = NULL;
      Item *item;

      if (any && !lg_question_ticks_has (self->ticked, topic, i))
        continue;
      text = plain (self, questions[i]);
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

  add_heading (self, index, label_text (self, "handout-notes"));
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
  g_autoptr(GString) text = g_string_new (label_text (self, "sources"));
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
  item->layout = new_layout (self, text->str, self->content_width, SMALL_SIZE - 0.5, FALSE);
  pango_layout_set_line_spacing (item->layout, 1.2);
  pango_layout_set_indent (item->layout, -12 * PANGO_SCALE);  /* a source's further lines hang */
  pango_layout_set_attributes (item->layout, attrs);
  pango_attr_list_unref (attrs);
  measure (item);
}

static void
add_topic (LgHandout *self,
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

  add_heading (self, index, label_text (self, "key-points"));
  add_list (self, ITEM_BULLET, index, SPACE_BLOCK, key_points, (const char * const *) bullets);

  add_when_to_call (self, index, topic);
  add_questions (self, index, topic);
  if (self->options.notes)
    add_notes (self, index);
  add_sources (self, index, topic);
}

/* -------------------------------------------------------------------------------------------- */
/* Pagination                                                                                   */

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
  Placed placed = { item, first, last, y, part_height (item, first, last), 0, FALSE };

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

/* Fills the space between the notes heading and the sources with lines to write on. */
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
      for (guint j = i + 1; j < page->placed->len; j++)
        {
          Placed *next = &g_array_index (page->placed, Placed, j);
          double top = next->item->anchored ? self->content_height - next->height : next->y;

          limit = MIN (limit, top - next->item->space_before);
          next->after_notes = TRUE;
        }
      notes->height = MAX (notes->height, limit - notes->y);
      notes->notes_lines = (int) floor (notes->height / NOTE_LINE + 0.01);
    }
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

      for (;;)
        {
          gboolean empty = page->placed->len == 0;
          double gap = empty ? 0 : item->space_before;
          double room = self->content_height - y - gap;
          double rest = part_height (item, first, n);
          int last;

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
    stretch_notes (self, &g_array_index (self->pages, Page, p));
}

static PangoLayout *
footer_layout (LgHandout  *self,
               const char *text,
               double      width,
               gboolean    bold)
{
  PangoLayout *layout = new_layout (self, text, width, FOOTER_SIZE, bold);

  pango_layout_set_line_spacing (layout, 1.15);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

/* Builds the items and places them; done once, on first need. */
static void
ensure_paginated (LgHandout *self)
{
  double margin = LG_HANDOUT_MARGIN;
  g_autoptr(PangoLayout) line1 = NULL;
  g_autoptr(PangoLayout) line2 = NULL;

  if (self->paginated)
    return;
  self->paginated = TRUE;

  self->content_x = margin;
  self->content_width = self->options.page_width - 2 * margin;
  line1 = footer_layout (self, "Ag", self->content_width, FALSE);
  line2 = footer_layout (self, label_text (self, "handout-disclaimer"), self->content_width, FALSE);
  self->footer_height = 6 + layout_height (line1) + 1 + layout_height (line2) + FOOTER_SLACK;
  self->content_y = margin + HEADER_HEIGHT + HEADER_GAP;
  self->content_height = self->options.page_height - margin - self->footer_height - FOOTER_GAP -
                         self->content_y;
  if (self->content_width < 72 || self->content_height < 72)
    return; /* a page too small to hold anything: no pages */

  for (guint i = 0; i < self->topics->len; i++)
    add_topic (self, i, g_ptr_array_index (self->topics, i));
  paginate (self);
}

/* -------------------------------------------------------------------------------------------- */
/* Drawing                                                                                      */

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
      GString *phone = g_string_new (label_text (self, "handout-phone"));

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
  g_autoptr(PangoLayout) name = new_layout (self, header_name (self), -1, 12.0, TRUE);
  g_autoptr(PangoLayout) info = new_layout (self, detail, -1, 9.5, FALSE);
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
  g_autofree char *title = plain (self, lg_topic_get_title (topic));
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
  g_autoptr(PangoLayout) number = footer_layout (self, number_text, -1, TRUE);
  g_autoptr(PangoLayout) topic = NULL;
  g_autoptr(PangoLayout) disclaimer = NULL;
  PangoRectangle number_rect;

  pango_layout_get_extents (number, NULL, &number_rect);
  topic = footer_layout (self, topic_text, width - (double) number_rect.width / PANGO_SCALE - 16, FALSE);
  pango_layout_set_ellipsize (topic, PANGO_ELLIPSIZE_END);
  disclaimer = footer_layout (self, label_text (self, "handout-disclaimer"), width, FALSE);

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
  cairo_move_to (cr, x, top + self->footer_height - FOOTER_SLACK - layout_height (disclaimer));
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
/* PDF                                                                                          */

typedef struct {
  int fd;
  int error;                   /* errno of the first failed write */
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0 && sink->error == 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          sink->error = n < 0 ? errno : EIO;
          break;
        }
      data += n;
      length -= n;
    }
  return sink->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          code,
                 const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (code),
               _("Could not write “%s”: %s"), display, reason);
  return FALSE;
}

/**
 * lg_handout_write_pdf:
 *
 * Writes every page to a PDF file at @path. The pages go to a temporary file beside it, which
 * replaces @path only once it is complete, so a failure never leaves a partial file.
 */
gboolean
lg_handout_write_pdf (LgHandout   *self,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Sink sink = { -1, 0 };
  int n_pages;

  g_return_val_if_fail (LG_IS_HANDOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = lg_handout_get_n_pages (self);
  if (n_pages == 0)
    return set_write_error (error, path, EINVAL, _("there is nothing to print"));
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return set_write_error (error, path, EISDIR, g_strerror (EISDIR));

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (sink.fd < 0)
    {
      int saved = errno;
      return set_write_error (error, path, saved, g_strerror (saved));
    }

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, self->options.page_width,
                                                 self->options.page_height);
  title = self->topics->len == 1
          ? plain (self, lg_topic_get_title (g_ptr_array_index (self->topics, 0)))
          : g_strdup (_("Handout"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, _("Liver Guide"));
  for (int i = 0; i < n_pages; i++)
    {
      cairo_t *cr = cairo_create (surface);

      lg_handout_draw_page (self, cr, i);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error == 0 && status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0 && errno != EINVAL)
    sink.error = errno;
  if (close (sink.fd) != 0 && sink.error == 0)
    sink.error = errno;
  if (sink.error == 0 && status == CAIRO_STATUS_SUCCESS && g_rename (tmp, path) != 0)
    sink.error = errno;

  if (sink.error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      if (sink.error != 0)
        return set_write_error (error, path, sink.error, g_strerror (sink.error));
      return set_write_error (error, path, EIO, cairo_status_to_string (status));
    }
  return TRUE;
}

/* -------------------------------------------------------------------------------------------- */

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

/* "liver-guide-surgery.pdf" for one topic, "liver-guide-handout.pdf" for several. */
char *
lg_handout_dup_file_name (LgHandout *self)
{
  g_return_val_if_fail (LG_IS_HANDOUT (self), NULL);

  if (self->topics->len == 1)
    return g_strdup_printf ("liver-guide-%s.pdf",
                            lg_topic_get_id (g_ptr_array_index (self->topics, 0)));
  return g_strdup ("liver-guide-handout.pdf");
}

double
lg_handout_get_page_width (LgHandout *self)
{
  g_return_val_if_fail (LG_IS_HANDOUT (self), 0);
  return self->options.page_width;
}

double
lg_handout_get_page_height (LgHandout *self)
{
  g_return_val_if_fail (LG_IS_HANDOUT (self), 0);
  return self->options.page_height;
}

/* The number of pages; lays the handout out the first time. */
int
lg_handout_get_n_pages (LgHandout *self)
{
  g_return_val_if_fail (LG_IS_HANDOUT (self), 0);

  ensure_paginated (self);
  return self->pages->len;
}

static void
clear_page (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->placed, g_array_unref);
}

static void
lg_handout_finalize (GObject *object)
{
  LgHandout *self = LG_HANDOUT (object);

  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->svgs, g_hash_table_unref);
  g_clear_pointer (&self->ticked, g_hash_table_unref);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->store);
  lg_handout_options_clear (&self->options);
  G_OBJECT_CLASS (lg_handout_parent_class)->finalize (object);
}

static void
lg_handout_class_init (LgHandoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_handout_finalize;
}

static void
lg_handout_init (LgHandout *self)
{
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  g_array_set_clear_func (self->pages, clear_page);
  self->svgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->ticked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* A device-independent context: sizes in points, no hinting, so the layout is the same on
 * screen, on paper and in the PDF. */
static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *font_options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, font_options);
  cairo_font_options_destroy (font_options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

/**
 * lg_handout_new:
 * @topics: (element-type LgTopic): the topics, in the order they are printed
 * @ticked: (nullable): "topic-id/index" keys of ticked questions; a topic with none ticked
 *   prints all its questions
 * @options: page size, notes, the clinic's details (copied)
 */
LgHandout *
lg_handout_new (LgContentStore         *store,
                GPtrArray              *topics,
                GHashTable             *ticked,
                const LgHandoutOptions *options)
{
  LgHandout *self;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (store), NULL);
  g_return_val_if_fail (topics != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (LG_TYPE_HANDOUT, NULL);
  self->store = g_object_ref (store);
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < topics->len; i++)
    g_ptr_array_add (self->topics, g_object_ref (g_ptr_array_index (topics, i)));
  if (ticked != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, ticked);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (self->ticked, g_strdup (key));
    }
  self->options = *options;
  self->options.clinic_name = g_strdup (options->clinic_name);
  self->options.clinic_phone = g_strdup (options->clinic_phone);
  self->options.clinic_website = g_strdup (options->clinic_website);
  self->context = create_context ();
  return self;
}
