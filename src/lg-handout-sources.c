/* lg-handout-sources.c — the sources as numbered notes: each block that cites sources carries
 * their numbers ("[2, 5]", the numbers the topic page gives them), and the notes at the end of
 * the topic list the sources cited (every source in Full, or when the topic cites none), each
 * a link to its address in the PDF; Full prints the address, the Summary only publisher and title.
 * They are set in two columns, filled down the first, then the second (lg-handout-layout.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-handout-private.h"
#include "lg-source.h"

/* "[1, 3]" for the sources @ids names, or NULL when it names none listed in the content's
 * language; each number goes into @cited. */
char *
_lg_handout_source_marker (LgHandout          *self,
                           LgTopic            *topic,
                           const char * const *ids,
                           GHashTable         *cited)
{
  g_autoptr(GArray) numbers = NULL;
  GString *text;

  if (ids == NULL || ids[0] == NULL)
    return NULL;
  numbers = lg_topic_number_sources (topic, lg_content_store_get_language (self->store), ids);
  if (numbers->len == 0)
    return NULL;
  text = g_string_new ("[");
  for (guint i = 0; i < numbers->len; i++)
    {
      guint number = g_array_index (numbers, guint, i);

      g_string_append_printf (text, "%s%u", i ? ", " : "", number);
      g_hash_table_add (cited, GUINT_TO_POINTER (number));
    }
  g_string_append_c (text, ']');
  return g_string_free (text, FALSE);
}

/* Sets @text, then @marker (nullable) after it, smaller and muted. Keeps the layout's
 * attributes before @text's end. */
void
_lg_handout_set_marked_text (PangoLayout *layout,
                             const char  *text,
                             const char  *marker)
{
  g_autofree char *all = marker ? g_strconcat (text, " ", marker, NULL) : g_strdup (text);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;

  pango_layout_set_text (layout, all, -1);
  if (marker != NULL)
    {
      attr = _lg_handout_foreground (MUTED);
      attr->start_index = strlen (text) + 1;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_scale_new (0.85);
      attr->start_index = strlen (text) + 1;
      pango_attr_list_insert (attrs, attr);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

/* An address as printed in Full: without "https://" and "www.", which a browser does not need.
 * The Summary prints none: its notes are the publisher and title, and the link in the PDF
 * keeps the whole address. */
static char *
printed_address (LgHandout  *self,
                 const char *url)
{
  if (!self->options.full)
    return g_strdup ("");
  if (g_str_has_prefix (url, "https://"))
    url += strlen ("https://");
  else if (g_str_has_prefix (url, "http://"))
    url += strlen ("http://");
  if (g_str_has_prefix (url, "www."))
    url += strlen ("www.");
  return g_strdup (url);
}

/* The width of one of the two columns of sources. */
double
_lg_handout_source_column (LgHandout *self)
{
  return (self->content_width - S (SOURCE_GAP)) / 2;
}

static void
add_source (LgHandout *self,
            guint      index,
            guint      list,
            guint      number,
            LgSource  *source)
{
  g_autofree char *address = printed_address (self, lg_source_get_url (source));
  const char *title = lg_source_get_title (source);
  /* A title that ends with its own "?" or "." gets no second full stop. */
  gboolean stop = *title == '\0' || strchr ("?!.", title[strlen (title) - 1]) == NULL;
  g_autofree char *text = g_strdup_printf ("%s: %s%s%s%s", lg_source_get_publisher (source), title,
                                           stop ? "." : "", *address ? " " : "", address);
  g_autofree char *digits = g_strdup_printf ("%u", number);
  Item *item = _lg_handout_add_item (self, ITEM_SOURCE, index, S (1.5));
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;

  item->anchored = TRUE;
  item->list = list;
  item->indent = S (SOURCE_INDENT);
  item->uri = g_strdup (lg_source_get_url (source));
  item->layout = _lg_handout_new_layout (self, text, _lg_handout_source_column (self) - item->indent,
                                         S (SOURCE_SIZE), FALSE);
  pango_layout_set_line_spacing (item->layout, 1.0);
  attr = _lg_handout_foreground (MUTED);
  attr->start_index = strlen (text) - strlen (address);
  pango_attr_list_insert (attrs, attr);
  pango_layout_set_attributes (item->layout, attrs);
  pango_attr_list_unref (attrs);
  item->marker = _lg_handout_new_layout (self, digits, item->indent - S (5), S (SOURCE_SIZE), TRUE);
  pango_layout_set_alignment (item->marker, PANGO_ALIGN_RIGHT);
  _lg_handout_measure (item);
}

/* The numbered notes at the foot of the topic's last page. */
void
_lg_handout_add_sources (LgHandout  *self,
                         guint       index,
                         LgTopic    *topic,
                         GHashTable *cited)
{
  g_autoptr(GPtrArray) sources = lg_topic_list_sources (topic,
                                                        lg_content_store_get_language (self->store));
  gboolean all = self->options.full || g_hash_table_size (cited) == 0;
  guint list = ++self->n_lists;
  Item *heading;

  if (sources->len == 0)
    return;
  heading = _lg_handout_add_item (self, ITEM_SOURCES, index, S (SPACE_SECTION));
  heading->anchored = TRUE;
  heading->keep_with_next = TRUE;
  heading->layout = _lg_handout_new_layout (self, _lg_handout_label (self, "sources"),
                                            self->content_width, S (SOURCE_SIZE + 1), TRUE);
  _lg_handout_measure (heading);

  for (guint i = 0; i < sources->len; i++)
    if (all || g_hash_table_contains (cited, GUINT_TO_POINTER (i + 1)))
      add_source (self, index, list, i + 1, g_ptr_array_index (sources, i));
}
