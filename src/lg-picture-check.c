/* lg-picture-check.c
 *
 * The picture allow-list. librsvg draws anything SVG can say, and some of it costs without bound
 * (a filter's kernel, a noise octave count, an embedded raster, <use> chains, a gzip stream) or
 * aborts (an enormous font size). So a picture is first read here with libxml2's reader, over the
 * bytes in memory, with no network, no DTD and no entity expansion, and refused unless every
 * element and attribute is on the list below and every number is within the limits of
 * lg-picture-check.h. librsvg only ever sees bytes that passed. The values' syntax is checked
 * only as far as the limits need: librsvg still parses them, and refuses what it cannot read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>

#include "lg-picture-check.h"
#include "lg-picture-values.h"

#define SVG_NS "http://www.w3.org/2000/svg"
#define XLINK_NS "http://www.w3.org/1999/xlink"
#define XML_NS "http://www.w3.org/XML/1998/namespace"

/* The drawing elements a picture may hold. */
static const char * const elements[] = {
  "svg", "g", "defs", "title", "desc", "metadata",
  "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
  "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "pattern",
  NULL
};

/* Drawing programs' own namespaces: librsvg ignores their elements and attributes (Inkscape's
 * layers, names, page settings, and the RDF of <metadata>). */
static const char * const editor_namespaces[] = {
  "http://www.inkscape.org/namespaces/inkscape",
  "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  "http://creativecommons.org/ns#",
  "http://purl.org/dc/elements/1.1/",
  NULL
};

enum {
  IN_TEXT = 1 << 0,
  IN_PATTERN = 1 << 1,
  IN_OPACITY = 1 << 2,
};

typedef struct {
  guint flags;
  double scale;   /* how much the transforms down to here may enlarge, at most */
  double dash;    /* the stroke-dasharray period in force; 0: none */
} Level;

typedef struct {
  char *id;
  double scale;
} PaintRef;

typedef struct {
  xmlTextReaderPtr reader;
  char *problem;
  int xml_line;
  char *xml_message;
  Level stack[LG_PICTURE_MAX_DEPTH + 2];
  guint n_elements;
  guint n_text;
  guint n_in_patterns;
  guint n_opacity;
  double view_width;
  double view_height;
  double dashes;
  GHashTable *patterns;  /* id → tile area (pixels²) */
  GArray *paint_refs;    /* PaintRef: every url(#id) in a fill or a stroke */
  LgPictureElement element;
} Check;

static gboolean G_GNUC_PRINTF (2, 3)
fail (Check      *c,
      const char *format,
      ...)
{
  g_autofree char *what = NULL;
  xmlNodePtr node;
  long line;
  va_list args;

  if (c->problem != NULL)
    return FALSE;
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  node = xmlTextReaderCurrentNode (c->reader);
  line = node != NULL ? xmlGetLineNo (node) : -1;
  if (line <= 0)
    line = xmlTextReaderGetParserLineNumber (c->reader);
  c->problem = g_strdup_printf ("line %ld: %s", line, what);
  return FALSE;
}

/* The reader's error handler, not the structured one: its type is the same in libxml2 2.9 and
 * 2.12+ (where the structured handler's error became const). */
static void
on_xml_error (void                    *user_data,
              const char              *message,
              xmlParserSeverities      severity,
              xmlTextReaderLocatorPtr  locator)
{
  Check *c = user_data;

  if (c->xml_message != NULL ||
      (severity != XML_PARSER_SEVERITY_ERROR && severity != XML_PARSER_SEVERITY_VALIDITY_ERROR))
    return;
  c->xml_line = xmlTextReaderLocatorLineNumber (locator);
  c->xml_message = g_utf8_make_valid (message != NULL ? message : "", -1);
  g_strstrip (c->xml_message);
}

static gboolean
is_one_of (const char         *name,
           const char * const *names)
{
  return name != NULL && g_strv_contains (names, name);
}

/* Each attribute of the element the reader is on, checked into c->element. */
static gboolean
check_attributes (Check *c)
{
  while (c->problem == NULL && xmlTextReaderMoveToNextAttribute (c->reader) == 1)
    {
      const char *ns = (const char *) xmlTextReaderConstNamespaceUri (c->reader);
      const char *name = (const char *) xmlTextReaderConstLocalName (c->reader);
      const char *value = (const char *) xmlTextReaderConstValue (c->reader);
      const char *problem = NULL;
      g_autofree char *owned = NULL;

      if (xmlTextReaderIsNamespaceDecl (c->reader) == 1 || is_one_of (ns, editor_namespaces))
        continue;
      if (ns != NULL && g_str_equal (ns, XML_NS) && is_one_of (name, (const char *[]) { "space", "lang", NULL }))
        continue;
      if (ns != NULL && !(g_str_equal (ns, XLINK_NS) && g_str_equal (name, "href")))
        return fail (c, "the attribute %s:%s is not allowed", (const char *) xmlTextReaderConstPrefix (c->reader), name);
      if (!lg_picture_check_attribute (&c->element, name, value ? value : "", &owned))
        problem = owned;
      if (problem != NULL)
        return fail (c, "<%s %s=\"…\">: %s", c->element.name, name, problem);
    }
  xmlTextReaderMoveToElement (c->reader);
  return c->problem == NULL;
}

/* The root's viewBox (or its width and height): the picture's own size, which a pattern tile may
 * not exceed. */
static gboolean
check_root (Check *c)
{
  LgPictureElement *e = &c->element;
  double w = e->view_box[2] > 0 ? e->view_box[2] : e->width;
  double h = e->view_box[3] > 0 ? e->view_box[3] : e->height;

  if (w <= 0 || h <= 0)
    return fail (c, "<svg> needs a viewBox, or a width and a height in pixels");
  if (e->width > LG_PICTURE_MAX_SIZE || e->height > LG_PICTURE_MAX_SIZE)
    return fail (c, "<svg> is larger than %d pixels", LG_PICTURE_MAX_SIZE);
  if (e->width > 0 && e->height > 0)
    {
      w = e->width;
      h = e->height;
    }
  if (w / h > LG_PICTURE_MAX_WIDE || h / w > LG_PICTURE_MAX_TALL)
    return fail (c, "<svg> is more than %g times as wide as it is tall, or %g times as tall as it is wide",
                 (double) LG_PICTURE_MAX_WIDE, LG_PICTURE_MAX_TALL);
  w = e->view_box[2] > 0 ? e->view_box[2] : w;
  h = e->view_box[3] > 0 ? e->view_box[3] : h;
  c->view_width = w;
  c->view_height = h;
  return TRUE;
}

static gboolean
check_pattern (Check *c,
               Level *level)
{
  LgPictureElement *e = &c->element;

  if (level->flags & IN_PATTERN)
    return fail (c, "a <pattern> inside a <pattern> is not allowed");
  if (!e->user_space)
    return fail (c, "<pattern> needs patternUnits=\"userSpaceOnUse\"");
  if (e->id != NULL)
    g_hash_table_insert (c->patterns, g_strdup (e->id),
                         g_memdup2 ((double[]) { e->width * e->height * e->scale * e->scale },
                                    sizeof (double)));
  level->flags |= IN_PATTERN;
  return TRUE;
}

/* What the element's attributes add to the picture's totals. */
static gboolean
count_element (Check *c,
               Level *level)
{
  LgPictureElement *e = &c->element;

  level->scale *= e->scale;
  if (level->scale > LG_PICTURE_MAX_SCALE)
    return fail (c, "<%s>: the transforms down to it enlarge more than %d times", e->name,
                 LG_PICTURE_MAX_SCALE);
  if (e->dash >= 0)
    level->dash = e->dash;
  if (level->dash > 0)
    {
      c->dashes += e->length / level->dash;
      if (c->dashes > LG_PICTURE_MAX_DASHES)
        return fail (c, "the dashed lines have more than %d dashes", LG_PICTURE_MAX_DASHES);
    }
  for (guint i = 0; i < e->n_paint_refs; i++)
    {
      if (level->flags & IN_PATTERN)
        return fail (c, "<%s>: inside a <pattern>, a fill or stroke may not use url()", e->name);
      g_array_append_val (c->paint_refs, ((PaintRef) { g_strdup (e->paint_refs[i]), level->scale }));
    }
  return TRUE;
}

static gboolean
check_element (Check *c)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (c->reader);
  const char *name = (const char *) xmlTextReaderConstLocalName (c->reader);
  int depth = xmlTextReaderDepth (c->reader);
  Level *level;

  if (++c->n_elements > LG_PICTURE_MAX_ELEMENTS)
    return fail (c, "the picture has more than %d elements", LG_PICTURE_MAX_ELEMENTS);
  if (depth < 0 || depth > LG_PICTURE_MAX_DEPTH)
    return fail (c, "elements are nested more than %d deep", LG_PICTURE_MAX_DEPTH);
  level = &c->stack[depth];
  *level = depth > 0 ? c->stack[depth - 1] : (Level) { 0, 1.0, 0 };
  if (level->flags & IN_PATTERN && ++c->n_in_patterns > LG_PICTURE_MAX_IN_PATTERNS)
    return fail (c, "the patterns hold more than %d elements", LG_PICTURE_MAX_IN_PATTERNS);

  if (is_one_of (ns, editor_namespaces))
    return TRUE;
  if (ns != NULL && !g_str_equal (ns, SVG_NS))
    return fail (c, "the element %s:%s is not allowed", (const char *) xmlTextReaderConstPrefix (c->reader), name);
  if (!is_one_of (name, elements))
    return fail (c, "<%s> is not allowed (a picture holds plain drawing only)", name);
  if ((depth == 0) != g_str_equal (name, "svg"))
    return fail (c, depth == 0 ? "the picture is not an <svg>" : "an <svg> inside the picture is not allowed");

  lg_picture_element_clear (&c->element);
  c->element.name = name;
  if (!check_attributes (c) || !count_element (c, level))
    return FALSE;
  if (depth == 0 && !check_root (c))
    return FALSE;
  if (g_str_equal (name, "pattern") && !check_pattern (c, level))
    return FALSE;
  /* Each opacity is a layer drawn apart and then blended: one inside another costs many times
   * over, so they may not nest. */
  if (c->element.opacity && ++c->n_opacity > LG_PICTURE_MAX_OPACITY)
    return fail (c, "more than %d elements have an opacity", LG_PICTURE_MAX_OPACITY);
  if (c->element.opacity && level->flags & IN_OPACITY)
    return fail (c, "<%s> has an opacity inside an element with an opacity", name);
  if (c->element.opacity)
    level->flags |= IN_OPACITY;
  if (g_str_equal (name, "text") || g_str_equal (name, "tspan"))
    level->flags |= IN_TEXT;
  return TRUE;
}

static gboolean
check_node (Check *c)
{
  const char *value;

  switch (xmlTextReaderNodeType (c->reader))
    {
    case XML_READER_TYPE_ELEMENT:
      return check_element (c);
    case XML_READER_TYPE_DOCUMENT_TYPE:
      return fail (c, "a DOCTYPE is not allowed");
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
      return fail (c, "entities are not allowed");
    case XML_READER_TYPE_PROCESSING_INSTRUCTION:
      return fail (c, "processing instructions (<?…?>) are not allowed");
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
      {
        int depth = xmlTextReaderDepth (c->reader);

        if (depth < 1 || depth > LG_PICTURE_MAX_DEPTH + 1 || !(c->stack[depth - 1].flags & IN_TEXT))
          return TRUE;
        value = (const char *) xmlTextReaderConstValue (c->reader);
        c->n_text += value ? g_utf8_strlen (value, -1) : 0;
        if (c->n_text > LG_PICTURE_MAX_TEXT)
          return fail (c, "the picture has more than %d characters of text", LG_PICTURE_MAX_TEXT);
        return TRUE;
      }
    default:
      return TRUE;
    }
}

/* Every fill or stroke with a pattern draws its tile apart: the tile, as large as it is drawn,
 * may not be larger than the whole picture, and only so many may be drawn. */
static gboolean
check_pattern_uses (Check *c)
{
  guint uses = 0;

  for (guint i = 0; i < c->paint_refs->len; i++)
    {
      PaintRef *ref = &g_array_index (c->paint_refs, PaintRef, i);
      double *area = g_hash_table_lookup (c->patterns, ref->id);

      if (area == NULL)
        continue;
      if (++uses > LG_PICTURE_MAX_PATTERN_USES)
        {
          c->problem = g_strdup_printf ("more than %d fills or strokes use a pattern",
                                        LG_PICTURE_MAX_PATTERN_USES);
          return FALSE;
        }
      if (*area * ref->scale * ref->scale > c->view_width * c->view_height)
        {
          c->problem = g_strdup_printf ("the pattern \"%s\" is drawn larger than the picture",
                                        ref->id);
          return FALSE;
        }
    }
  return TRUE;
}

/* Whether the XML declaration, if there is one, names no encoding or UTF-8. */
static gboolean
is_utf8_declared (const char *data,
                  gsize       size)
{
  const char *end, *encoding;
  g_autofree char *declaration = NULL;

  if (size < 5 || strncmp (data, "<?xml", 5) != 0 || !(end = g_strstr_len (data, size, "?>")))
    return TRUE;
  declaration = g_strndup (data, end - data);
  encoding = strstr (declaration, "encoding");
  if (encoding == NULL)
    return TRUE;
  encoding += strlen ("encoding");
  while (*encoding == ' ' || *encoding == '=' || *encoding == '"' || *encoding == '\'')
    encoding++;
  return g_ascii_strncasecmp (encoding, "utf-8", 5) == 0 &&
         (encoding[5] == '"' || encoding[5] == '\'');
}

/* @text (taken) as valid UTF-8 on one line: libxml2's messages have line breaks inside, and the
 * names a file gives may not be UTF-8. */
static char *
one_line (char *text)
{
  char *valid;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  g_free (text);
  for (char *p = valid; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  return valid;
}

static void
clear_paint_ref (gpointer data)
{
  g_free (((PaintRef *) data)->id);
}

/**
 * lg_picture_check_svg:
 * @problem: (out): what is wrong and where, as "line 12: <image> is not allowed …"
 *
 * Whether @data (a whole SVG file) is a picture the guide draws: well-formed XML with no DOCTYPE,
 * not compressed, and only the elements, attributes and sizes of the allow-list.
 */
gboolean
lg_picture_check_svg (const char *data,
                      gsize       size,
                      char      **problem)
{
  Check c = { 0 };
  int status = 1;

  g_return_val_if_fail (problem != NULL, FALSE);

  if (size >= 2 && (guchar) data[0] == 0x1f && (guchar) data[1] == 0x8b)
    {
      *problem = g_strdup ("is compressed (.svgz); save it as a plain SVG file");
      return FALSE;
    }
  if (size > G_MAXINT)
    {
      *problem = g_strdup ("is too large");
      return FALSE;
    }
  if (!is_utf8_declared (data, size))
    {
      *problem = g_strdup ("line 1: the file is not in UTF-8; save it as UTF-8");
      return FALSE;
    }
  /* Read as UTF-8 whatever it says, so libxml2 never converts (and never prints its own
   * conversion errors); librsvg reads what passed as UTF-8 too. */
  c.reader = xmlReaderForMemory (data, (int) size, NULL, "UTF-8",
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (c.reader == NULL)
    {
      *problem = g_strdup ("cannot be read as XML");
      return FALSE;
    }
  xmlTextReaderSetErrorHandler (c.reader, on_xml_error, &c);
  c.patterns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c.paint_refs = g_array_new (FALSE, FALSE, sizeof (PaintRef));
  g_array_set_clear_func (c.paint_refs, clear_paint_ref);

  while (c.problem == NULL && (status = xmlTextReaderRead (c.reader)) == 1)
    check_node (&c);
  /* libxml2 reads a DOCTYPE's internal subset before the reader reaches it, and may stop there
   * (an entity loop, a billion laughs): say what it was. */
  if (c.problem == NULL && (status != 0 || c.xml_message != NULL) &&
      g_strstr_len (data, size, "<!DOCTYPE") != NULL)
    c.problem = g_strdup_printf ("line %d: a DOCTYPE is not allowed", MAX (c.xml_line, 1));
  if (c.problem == NULL && (status != 0 || c.xml_message != NULL))
    c.problem = g_strdup_printf ("line %d: is not well-formed XML (%s)", c.xml_line,
                                 c.xml_message ? c.xml_message : "it ends too soon");
  if (c.problem == NULL && c.n_elements == 0)
    c.problem = g_strdup ("has no <svg> element");
  if (c.problem == NULL)
    check_pattern_uses (&c);

  xmlFreeTextReader (c.reader);
  lg_picture_element_clear (&c.element);
  g_hash_table_unref (c.patterns);
  g_array_unref (c.paint_refs);
  g_free (c.xml_message);
  *problem = one_line (c.problem);
  return c.problem == NULL;
}
