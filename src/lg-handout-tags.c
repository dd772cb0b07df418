/* lg-handout-tags.c — the PDF's structure and metadata: each item drawn inside cairo's structure
 * tags (H1 for a topic's title, H2 for a heading, P, L and LI for lists, questions and sources,
 * Figure for the picture with its caption and legend, Link for each source's address), in
 * reading order; and the document's title, made of the topics' titles
 *
 * Cairo ignores the tags on other surfaces, so the preview and the printer draw the same calls.
 * Only what cairo 1.16 (Debian 12) accepts is used: a tag's attributes are a Link's uri alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>

#include "lg-handout-private.h"

/* @uri (nullable) makes @tag a link to it. */
void
_lg_handout_tag_begin (cairo_t    *cr,
                       const char *tag,
                       const char *uri)
{
  g_autoptr(GString) attributes = NULL;

  if (uri == NULL)
    {
      cairo_tag_begin (cr, tag, NULL);
      return;
    }
  /* In cairo's attribute syntax a quote and a backslash are escaped with a backslash. */
  attributes = g_string_new (uri);
  g_string_replace (attributes, "\\", "\\\\", 0);
  g_string_replace (attributes, "'", "\\'", 0);
  g_string_prepend (attributes, "uri='");
  g_string_append_c (attributes, '\'');
  cairo_tag_begin (cr, tag, attributes->str);
}

void
_lg_handout_tag_end (cairo_t    *cr,
                     const char *tag)
{
  cairo_tag_end (cr, tag);
}

/* The structure element an item is, or NULL for drawing only (the lines for notes). */
const char *
_lg_handout_item_tag (Item *item)
{
  switch (item->kind)
    {
    case ITEM_TITLE:
      return "H1";
    case ITEM_HEADING:
    case ITEM_SOURCES:
      return "H2";
    case ITEM_BULLET:
    case ITEM_STEP:
    case ITEM_QUESTION:
    case ITEM_SOURCE:
      return "LI";
    case ITEM_FIGURE:
      return "Figure";
    case ITEM_ROW:
      return "TR";
    case ITEM_NOTES:
      return NULL;
    case ITEM_IN_SHORT:
    case ITEM_PARAGRAPH:
    case ITEM_NOTE:
    case ITEM_CALL:
    case ITEM_FOR_YOU:
    case ITEM_WORD:
    default:
      return "P";
    }
}

/* The topics' titles, as displayed ("Surgery, Ablation"). */
char *
_lg_handout_dup_pdf_title (LgHandout *self)
{
  g_autoptr(GString) title = g_string_new (NULL);

  for (guint i = 0; i < self->topics->len; i++)
    {
      g_autofree char *text = _lg_handout_plain (self, lg_topic_get_title (g_ptr_array_index (self->topics, i)));

      g_string_append_printf (title, "%s%s", i ? ", " : "", text);
    }
  return g_string_free (g_steal_pointer (&title), FALSE);
}

void
_lg_handout_set_pdf_metadata (LgHandout       *self,
                              cairo_surface_t *surface)
{
  g_autofree char *title = _lg_handout_dup_pdf_title (self);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  _lg_handout_label (self, "handout-app-name"));
}
