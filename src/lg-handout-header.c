/* lg-handout-header.c — what every page carries: the header band (the clinic's name and
 * department, its phones, website and address, wrapped to as many lines as they need, never cut)
 * and the footer (the topic and its review, the page number, who approved the handout for the
 * clinic, the disclaimer); and the clinic's phone line under "When to call"
 *
 * Every fixed word is a label of the content, so it follows the content's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-handout-private.h"

#define SEPARATOR "   ·   "

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* @label with each {key} in @keys (NULL-terminated pairs) replaced. */
static char *
fill_label (LgHandout  *self,
            const char *label,
            ...)
{
  GString *text = g_string_new (_lg_handout_label (self, label));
  const char *key;
  va_list args;

  va_start (args, label);
  while ((key = va_arg (args, const char *)) != NULL)
    g_string_replace (text, key, va_arg (args, const char *), 0);
  va_end (args);
  return g_string_free (text, FALSE);
}

/* A phone number kept on one line: its spaces made no-break spaces. */
static char *
unbroken (const char *phone)
{
  GString *text = g_string_new (phone);

  g_string_replace (text, " ", "\u00a0", 0);
  return g_string_free (text, FALSE);
}

static char *
header_name (LgHandout *self)
{
  const char *name = is_set (self->options.clinic_name) ? self->options.clinic_name
                                                        : _lg_handout_label (self, "handout-app-name");

  if (is_set (self->options.clinic_department))
    return g_strconcat (name, SEPARATOR, self->options.clinic_department, NULL);
  return g_strdup (name);
}

static char *
header_detail (LgHandout *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (is_set (self->options.clinic_phone))
    {
      g_autofree char *phone = unbroken (self->options.clinic_phone);
      g_ptr_array_add (parts, fill_label (self, "handout-phone", "{phone}", phone, NULL));
    }
  if (is_set (self->options.clinic_after_hours))
    {
      g_autofree char *phone = unbroken (self->options.clinic_after_hours);
      g_ptr_array_add (parts, fill_label (self, "handout-after-hours", "{phone}", phone, NULL));
    }
  if (is_set (self->options.clinic_website))
    g_ptr_array_add (parts, g_strdup (self->options.clinic_website));
  if (is_set (self->options.clinic_address))
    g_ptr_array_add (parts, g_strdup (self->options.clinic_address));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (SEPARATOR, (char **) parts->pdata);
}

/* "NAME\tDETAIL", for the page outline. */
char *
_lg_handout_header_text (LgHandout *self)
{
  g_autofree char *name = header_name (self);
  g_autofree char *detail = header_detail (self);

  return g_strconcat (name, "\t", detail, NULL);
}

static double
text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Lays out the header band for the content width: the name (bold) and department, then the
 * details, each wrapped to as many lines as it needs. */
void
_lg_handout_layout_header (LgHandout *self)
{
  double inner;
  g_autofree char *name = header_name (self);
  g_autofree char *detail = header_detail (self);
  const char *clinic = is_set (self->options.clinic_name) ? self->options.clinic_name : NULL;
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  g_clear_object (&self->header_name);
  g_clear_object (&self->header_detail);
  g_clear_object (&self->logo_svg);
  g_clear_pointer (&self->logo_png, cairo_surface_destroy);
  self->logo_width = self->logo_height = 0;
  self->header_store = self->store;

  /* The logo at the left, the text beside it. */
  _lg_handout_load_logo (self, S (LOGO_HEIGHT), S (LOGO_MAX_WIDTH));
  self->logo_room = self->logo_width > 0 ? self->logo_width + S (10) : 0;
  inner = self->content_width - 2 * S (12) - self->logo_room;
  self->header_name = _lg_handout_new_layout (self, name, inner, S (HEADER_NAME_SIZE), FALSE);
  pango_layout_set_line_spacing (self->header_name, 1.1);
  attr->end_index = clinic ? strlen (clinic) : strlen (name);
  pango_attr_list_insert (attrs, attr);
  pango_layout_set_attributes (self->header_name, attrs);
  pango_attr_list_unref (attrs);
  self->header_height = 2 * S (HEADER_PAD) + _lg_handout_layout_height (self->header_name) + 2;
  if (*detail == '\0')
    {
      self->header_height = MAX (self->header_height, 2 * S (HEADER_PAD) + self->logo_height + 2);
      return;
    }

  self->header_detail = _lg_handout_new_layout (self, detail, inner, S (HEADER_INFO_SIZE), FALSE);
  pango_layout_set_line_spacing (self->header_detail, 1.1);
  /* On one row, the details on the right, when both fit whole; else the details under it. */
  self->header_one_row = pango_layout_get_line_count (self->header_name) == 1 &&
                         pango_layout_get_line_count (self->header_detail) == 1 &&
                         text_width (self->header_name) + S (24) + text_width (self->header_detail) <= inner;
  if (self->header_one_row)
    pango_layout_set_alignment (self->header_detail, PANGO_ALIGN_RIGHT);
  else
    self->header_height += S (2) + _lg_handout_layout_height (self->header_detail);
  self->header_height = MAX (self->header_height, 2 * S (HEADER_PAD) + self->logo_height + 2);
}

void
_lg_handout_draw_header (LgHandout *self,
                         cairo_t   *cr)
{
  /* Laid out again in the page's language, as tall as the tallest part's. */
  if (self->header_store != self->store)
    {
      double height = self->header_height;

      _lg_handout_layout_header (self);
      self->header_height = height;
    }

  double x = self->content_x, y = LG_HANDOUT_MARGIN, width = self->content_width;
  double text_y = y + S (HEADER_PAD);
  double text_x = x + S (12) + self->logo_room;

  cairo_set_source_rgb (cr, RGB (TINT));
  cairo_rectangle (cr, x, y, width, self->header_height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, RGB (ACCENT));
  cairo_rectangle (cr, x, y + self->header_height - 2, width, 2);
  cairo_fill (cr);

  _lg_handout_draw_logo (self, cr, x + S (12), text_y);
  cairo_set_source_rgb (cr, RGB (ACCENT));
  _lg_handout_tag_begin (cr, "P", NULL);
  cairo_move_to (cr, text_x, text_y);
  pango_cairo_show_layout (cr, self->header_name);
  _lg_handout_tag_end (cr, "P");
  if (self->header_detail != NULL)
    {
      _lg_handout_tag_begin (cr, "P", NULL);
      double baseline = text_y + (double) pango_layout_get_baseline (self->header_name) / PANGO_SCALE;

      cairo_set_source_rgb (cr, RGB (INK));
      if (self->header_one_row)
        cairo_move_to (cr, text_x,
                       baseline - (double) pango_layout_get_baseline (self->header_detail) / PANGO_SCALE);
      else
        cairo_move_to (cr, text_x, text_y + _lg_handout_layout_height (self->header_name) + S (2));
      pango_cairo_show_layout (cr, self->header_detail);
      _lg_handout_tag_end (cr, "P");
    }
}

/* "Call CLINIC at PHONE; after hours, PHONE.", or NULL when no phone is set. */
char *
_lg_handout_call_text (LgHandout *self)
{
  const char *clinic = is_set (self->options.clinic_name) ? self->options.clinic_name
                                                          : _lg_handout_label (self, "handout-care-team");
  g_autofree char *phone = NULL;
  g_autofree char *after = NULL;

  if (!is_set (self->options.clinic_phone))
    return NULL;
  phone = unbroken (self->options.clinic_phone);
  if (!is_set (self->options.clinic_after_hours))
    return fill_label (self, "handout-call", "{clinic}", clinic, "{phone}", phone, NULL);
  after = unbroken (self->options.clinic_after_hours);
  return fill_label (self, "handout-call-after-hours", "{clinic}", clinic, "{phone}", phone,
                     "{after-hours}", after, NULL);
}

/* -------------------------------------------------------------------------------------------- */
/* Footer                                                                                       */

static PangoLayout *
footer_layout (LgHandout  *self,
               const char *text,
               double      width,
               gboolean    bold)
{
  PangoLayout *layout = _lg_handout_new_layout (self, text, width, S (FOOTER_SIZE), bold);

  pango_layout_set_line_spacing (layout, 1.15);
  return layout;
}

static char *
topic_line (LgHandout *self,
            guint      topic_index)
{
  LgTopic *topic = g_ptr_array_index (self->topics, topic_index);
  g_autofree char *title = _lg_handout_plain (self, lg_topic_get_title (topic));
  g_autofree char *reviewed = lg_content_store_dup_reviewed (self->store, topic);

  return g_strconcat (title, SEPARATOR, reviewed, NULL);
}

static char *
approved_line (LgHandout *self)
{
  if (!is_set (self->options.approved_by))
    return NULL;
  return fill_label (self, "handout-approved", "{approved}", self->options.approved_by, NULL);
}

/* The page's footer, made of its layouts; any of them may be NULL except the first three. */
typedef struct {
  PangoLayout *topic;
  PangoLayout *number;
  PangoLayout *disclaimer;
  PangoLayout *approved;
  double number_width;
} Footer;

static void
footer_init (LgHandout *self,
             Footer    *footer,
             guint      topic_index,
             int        page,
             int        n_pages)
{
  g_autofree char *number = lg_content_store_dup_page_number (self->store, page + 1, MAX (n_pages, 1));
  g_autofree char *widest = lg_content_store_dup_page_number (self->store, 888, 888);
  g_autofree char *topic = topic_line (self, topic_index);
  g_autofree char *approved = approved_line (self);
  g_autoptr(PangoLayout) wide = footer_layout (self, widest, -1, TRUE);
  PangoRectangle rect;

  /* As wide as any page number can be, so the topic line wraps the same on every page. */
  pango_layout_get_extents (wide, NULL, &rect);
  footer->number_width = (double) rect.width / PANGO_SCALE;
  footer->number = footer_layout (self, number, footer->number_width, TRUE);
  pango_layout_set_alignment (footer->number, PANGO_ALIGN_RIGHT);
  footer->topic = footer_layout (self, topic, self->content_width - footer->number_width - S (16),
                                 FALSE);
  footer->approved = approved ? footer_layout (self, approved, self->content_width, FALSE) : NULL;
  footer->disclaimer = footer_layout (self, _lg_handout_label (self, "handout-disclaimer"),
                                      self->content_width, FALSE);
}

static void
footer_clear (Footer *footer)
{
  g_clear_object (&footer->topic);
  g_clear_object (&footer->number);
  g_clear_object (&footer->approved);
  g_clear_object (&footer->disclaimer);
}

static double
footer_height (LgHandout *self,
               Footer    *footer)
{
  double height = 6 + MAX (_lg_handout_layout_height (footer->topic),
                           _lg_handout_layout_height (footer->number));

  if (footer->approved != NULL)
    height += 1 + _lg_handout_layout_height (footer->approved);
  return height + 1 + _lg_handout_layout_height (footer->disclaimer) + FOOTER_SLACK;
}

/* The footer's height: the tallest any topic's footer needs. */
double
_lg_handout_measure_footer (LgHandout *self)
{
  double height = 0;

  for (guint i = 0; i < self->topics->len; i++)
    {
      Footer footer = { 0 };

      _lg_handout_use_part (self, i);
      footer_init (self, &footer, i, 0, 1);
      height = MAX (height, footer_height (self, &footer));
      footer_clear (&footer);
    }
  return height;
}

/* "TOPIC LINE\tPAGE N OF M[\tAPPROVED]", for the page outline. */
char *
_lg_handout_footer_text (LgHandout *self,
                         int        page)
{
  Page *p = &g_array_index (self->pages, Page, page);
  g_autofree char *topic = NULL;
  g_autofree char *number = NULL;
  g_autofree char *approved = NULL;

  _lg_handout_use_part (self, p->topic);
  topic = topic_line (self, p->topic);
  number = lg_content_store_dup_page_number (self->store, page + 1, self->pages->len);
  approved = approved_line (self);

  return g_strconcat (topic, "\t", number, approved ? "\t" : "", approved, NULL);
}

static void
show_tagged (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  _lg_handout_tag_begin (cr, "P", NULL);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  _lg_handout_tag_end (cr, "P");
}

void
_lg_handout_draw_footer (LgHandout *self,
                         cairo_t   *cr,
                         int        page)
{
  Page *p = &g_array_index (self->pages, Page, page);
  double x = self->content_x, width = self->content_width;
  double top = self->options.page_height - LG_HANDOUT_MARGIN - self->footer_height;
  double bottom = top + self->footer_height - FOOTER_SLACK;
  Footer footer = { 0 };

  footer_init (self, &footer, p->topic, page, self->pages->len);
  cairo_set_source_rgb (cr, RGB (RULE));
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, top + 0.3);
  cairo_line_to (cr, x + width, top + 0.3);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, RGB (MUTED));
  show_tagged (cr, footer.topic, x, top + 6);
  cairo_set_source_rgb (cr, RGB (INK));
  show_tagged (cr, footer.number, x + width - footer.number_width, top + 6);
  /* Bottom-aligned just above the margin, whatever the fonts' line heights: never in it. */
  bottom -= _lg_handout_layout_height (footer.disclaimer);
  if (footer.approved != NULL)
    show_tagged (cr, footer.approved, x, bottom - 1 - _lg_handout_layout_height (footer.approved));
  show_tagged (cr, footer.disclaimer, x, bottom);
  footer_clear (&footer);
}

/* -------------------------------------------------------------------------------------------- */
/* The header alone, for its preview in Preferences                                             */

/* The header band's height for the handout's page width, in points. */
double
lg_handout_get_header_height (LgHandout *self)
{
  g_return_val_if_fail (LG_IS_HANDOUT (self), 0);

  _lg_handout_ensure_paginated (self);
  return self->header_height;
}

/**
 * lg_handout_draw_header:
 * @cr: a context whose unit is the point, origin at the header band's top left corner
 *
 * Draws the header band as every page has it.
 */
void
lg_handout_draw_header (LgHandout *self,
                        cairo_t   *cr)
{
  g_return_if_fail (LG_IS_HANDOUT (self));

  if (lg_handout_get_header_height (self) <= 0)
    return;
  cairo_save (cr);
  cairo_translate (cr, -self->content_x, -LG_HANDOUT_MARGIN);
  _lg_handout_draw_header (self, cr);
  cairo_restore (cr);
}

/* The header's words, "NAME. DETAILS", for a screen reader. */
char *
lg_handout_dup_header_text (LgHandout *self)
{
  g_autofree char *name = NULL;
  g_autofree char *detail = NULL;
  GString *text;

  g_return_val_if_fail (LG_IS_HANDOUT (self), NULL);
  name = header_name (self);
  detail = header_detail (self);
  text = g_string_new (name);
  if (*detail != '\0')
    g_string_append_printf (text, ". %s", detail);
  g_string_replace (text, "\u00a0", " ", 0);
  return g_string_free (text, FALSE);
}
