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
 * This file is the object (its options, getters and construction); the items are made in
 * lg-handout-items.c, placed in lg-handout-layout.c, drawn in lg-handout-draw.c and written to a
 * PDF in lg-handout-pdf.c, all sharing lg-handout-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-handout-private.h"

G_DEFINE_FINAL_TYPE (LgHandout, lg_handout, G_TYPE_OBJECT)

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
  g_clear_pointer (&options->clinic_department, g_free);
  g_clear_pointer (&options->clinic_phone, g_free);
  g_clear_pointer (&options->clinic_after_hours, g_free);
  g_clear_pointer (&options->clinic_website, g_free);
  g_clear_pointer (&options->clinic_address, g_free);
  g_clear_pointer (&options->approved_by, g_free);
  g_clear_pointer (&options->clinic_logo, g_bytes_unref);
  g_clear_object (&options->drawings);
  g_clear_pointer (&options->for_you.name, g_free);
  g_clear_pointer (&options->for_you.date, g_free);
  g_clear_pointer (&options->for_you.next_appointment, g_free);
  g_clear_pointer (&options->for_you.contact, g_free);
  g_clear_pointer (&options->for_you.note, g_free);
  g_clear_pointer (&options->for_you.questions, g_strfreev);
  g_clear_pointer (&options->compare, g_strfreev);
}

/* @dest (uninitialised) becomes a deep copy of @src. */
void
lg_handout_options_copy (LgHandoutOptions       *dest,
                         const LgHandoutOptions *src)
{
  *dest = *src;
  dest->clinic_name = g_strdup (src->clinic_name);
  dest->clinic_department = g_strdup (src->clinic_department);
  dest->clinic_phone = g_strdup (src->clinic_phone);
  dest->clinic_after_hours = g_strdup (src->clinic_after_hours);
  dest->clinic_website = g_strdup (src->clinic_website);
  dest->clinic_address = g_strdup (src->clinic_address);
  dest->approved_by = g_strdup (src->approved_by);
  dest->clinic_logo = src->clinic_logo ? g_bytes_ref (src->clinic_logo) : NULL;
  /* A copy, so a stroke drawn while a PDF is written cannot change it under the writer. */
  dest->drawings = src->drawings ? lg_drawings_copy (src->drawings) : NULL;
  dest->for_you.name = g_strdup (src->for_you.name);
  dest->for_you.date = g_strdup (src->for_you.date);
  dest->for_you.next_appointment = g_strdup (src->for_you.next_appointment);
  dest->for_you.contact = g_strdup (src->for_you.contact);
  dest->for_you.note = g_strdup (src->for_you.note);
  dest->for_you.questions = g_strdupv (src->for_you.questions);
  dest->compare = g_strdupv (src->compare);
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

  _lg_handout_ensure_paginated (self);
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
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->svgs, g_hash_table_unref);
  g_clear_object (&self->header_name);
  g_clear_object (&self->header_detail);
  g_clear_object (&self->logo_svg);
  g_clear_pointer (&self->logo_png, cairo_surface_destroy);
  g_clear_object (&self->ticks);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->stores, g_ptr_array_unref);
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
  self->items = g_ptr_array_new_with_free_func (_lg_handout_item_free);
  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  g_array_set_clear_func (self->pages, clear_page);
  self->svgs = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                      (GDestroyNotify) g_bytes_unref, g_object_unref);
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
 * @ticks: (nullable): the ticked questions (copied); a topic with none ticked prints all its
 *   questions
 * @options: page size, notes, the clinic's details (copied)
 */
LgHandout *
lg_handout_new (LgContentStore         *store,
                GPtrArray              *topics,
                LgQuestionTicks        *ticks,
                const LgHandoutOptions *options)
{
  LgHandout *self;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (store), NULL);
  g_return_val_if_fail (topics != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (LG_TYPE_HANDOUT, NULL);
  self->store = store;
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  self->stores = g_ptr_array_new_with_free_func (g_object_unref);
  lg_handout_add_part (self, store, topics);
  self->ticks = ticks ? lg_question_ticks_copy (ticks) : lg_question_ticks_new ();
  lg_handout_options_copy (&self->options, options);
  self->scale = options->large_print ? LARGE_PRINT_SCALE : 1.0;
  self->context = create_context ();
  return self;
}

/**
 * lg_handout_add_part:
 * @topics: (element-type LgTopic): topics of @store
 *
 * Adds @topics after those already there, in @store's language: their fixed words, header and
 * footer follow it (a handout in two languages, each part after the other). Only before the
 * handout is first laid out.
 */
void
lg_handout_add_part (LgHandout      *self,
                     LgContentStore *store,
                     GPtrArray      *topics)
{
  g_return_if_fail (LG_IS_HANDOUT (self));
  g_return_if_fail (LG_IS_CONTENT_STORE (store));
  g_return_if_fail (!self->paginated);

  for (guint i = 0; i < topics->len; i++)
    {
      g_ptr_array_add (self->topics, g_object_ref (g_ptr_array_index (topics, i)));
      g_ptr_array_add (self->stores, g_object_ref (store));
    }
}

/* The words that follow go in the language of topic @topic's part. */
void
_lg_handout_use_part (LgHandout *self,
                      guint      topic)
{
  if (topic < self->stores->len)
    self->store = g_ptr_array_index (self->stores, topic);
}
