/* lg-picture-values.c
 *
 * The attributes of the picture allow-list, each with the kind of value it takes, and the checks
 * of those values: every number finite and at most LG_PICTURE_MAX_NUMBER, font sizes absolute and
 * bounded, references only to "#id" inside the file, transforms bounded in how much they enlarge,
 * and "style" read as the same attributes. A value's syntax is left to librsvg.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lg-picture-check.h"
#include "lg-picture-values.h"

typedef enum {
  KIND_FREE,       /* a keyword or a name: no numbers that matter, no functions */
  KIND_ID,
  KIND_UNITS,      /* patternUnits, clipPathUnits…: userSpaceOnUse only where it matters */
  KIND_LENGTH,     /* one number with a unit */
  KIND_NUMBER,     /* one plain number */
  KIND_OPACITY,
  KIND_FONT_SIZE,
  KIND_LIST,       /* numbers separated by spaces or commas */
  KIND_VIEW_BOX,
  KIND_PATH,
  KIND_PAINT,
  KIND_CLIP,
  KIND_TRANSFORM,
  KIND_DASH,
  KIND_HREF,
  KIND_STYLE,
} Kind;

typedef struct {
  const char *name;
  Kind kind;
  double length_weight;  /* how many times the value may count in the outline's length */
  gboolean in_style;     /* may also be written in style="" */
} Attribute;

static const Attribute attributes[] = {
  { "id", KIND_ID, 0, FALSE },
  { "class", KIND_FREE, 0, FALSE },
  { "role", KIND_FREE, 0, FALSE },
  { "version", KIND_FREE, 0, FALSE },
  { "baseProfile", KIND_FREE, 0, FALSE },
  { "lang", KIND_FREE, 0, FALSE },
  { "aria-label", KIND_FREE, 0, FALSE },
  { "aria-hidden", KIND_FREE, 0, FALSE },
  { "preserveAspectRatio", KIND_FREE, 0, FALSE },
  { "gradientUnits", KIND_FREE, 0, FALSE },
  { "spreadMethod", KIND_FREE, 0, FALSE },
  { "patternUnits", KIND_UNITS, 0, FALSE },
  { "patternContentUnits", KIND_UNITS, 0, FALSE },
  { "clipPathUnits", KIND_UNITS, 0, FALSE },
  { "font-family", KIND_FREE, 0, TRUE },
  { "font-weight", KIND_FREE, 0, TRUE },
  { "font-style", KIND_FREE, 0, TRUE },
  { "font-variant", KIND_FREE, 0, TRUE },
  { "font-stretch", KIND_FREE, 0, TRUE },
  { "text-anchor", KIND_FREE, 0, TRUE },
  { "text-decoration", KIND_FREE, 0, TRUE },
  { "dominant-baseline", KIND_FREE, 0, TRUE },
  { "alignment-baseline", KIND_FREE, 0, TRUE },
  { "direction", KIND_FREE, 0, TRUE },
  { "writing-mode", KIND_FREE, 0, TRUE },
  { "fill-rule", KIND_FREE, 0, TRUE },
  { "clip-rule", KIND_FREE, 0, TRUE },
  { "stroke-linecap", KIND_FREE, 0, TRUE },
  { "stroke-linejoin", KIND_FREE, 0, TRUE },
  { "visibility", KIND_FREE, 0, TRUE },
  { "display", KIND_FREE, 0, TRUE },
  { "overflow", KIND_FREE, 0, TRUE },
  { "shape-rendering", KIND_FREE, 0, TRUE },
  { "text-rendering", KIND_FREE, 0, TRUE },
  { "color-rendering", KIND_FREE, 0, TRUE },
  { "color-interpolation", KIND_FREE, 0, TRUE },
  { "paint-order", KIND_FREE, 0, TRUE },
  { "vector-effect", KIND_FREE, 0, TRUE },
  { "x", KIND_LIST, 0, FALSE },
  { "y", KIND_LIST, 0, FALSE },
  { "dx", KIND_LIST, 0, FALSE },
  { "dy", KIND_LIST, 0, FALSE },
  { "rotate", KIND_LIST, 0, FALSE },
  { "width", KIND_LENGTH, 2, FALSE },
  { "height", KIND_LENGTH, 2, FALSE },
  { "cx", KIND_LENGTH, 0, FALSE },
  { "cy", KIND_LENGTH, 0, FALSE },
  { "r", KIND_LENGTH, 7, FALSE },
  { "rx", KIND_LENGTH, 7, FALSE },
  { "ry", KIND_LENGTH, 7, FALSE },
  { "x1", KIND_LENGTH, 2, FALSE },
  { "y1", KIND_LENGTH, 2, FALSE },
  { "x2", KIND_LENGTH, 2, FALSE },
  { "y2", KIND_LENGTH, 2, FALSE },
  { "fx", KIND_LENGTH, 0, FALSE },
  { "fy", KIND_LENGTH, 0, FALSE },
  { "fr", KIND_LENGTH, 0, FALSE },
  { "offset", KIND_LENGTH, 0, FALSE },
  { "stroke-width", KIND_LENGTH, 0, TRUE },
  { "stroke-dashoffset", KIND_LENGTH, 0, TRUE },
  { "letter-spacing", KIND_LENGTH, 0, TRUE },
  { "word-spacing", KIND_LENGTH, 0, TRUE },
  { "stroke-miterlimit", KIND_NUMBER, 0, TRUE },
  { "fill-opacity", KIND_NUMBER, 0, TRUE },
  { "stroke-opacity", KIND_NUMBER, 0, TRUE },
  { "stop-opacity", KIND_NUMBER, 0, TRUE },
  { "opacity", KIND_OPACITY, 0, TRUE },
  { "font-size", KIND_FONT_SIZE, 0, TRUE },
  { "points", KIND_LIST, 2, FALSE },
  { "viewBox", KIND_VIEW_BOX, 0, FALSE },
  { "d", KIND_PATH, 4, FALSE },
  { "fill", KIND_PAINT, 0, TRUE },
  { "stroke", KIND_PAINT, 0, TRUE },
  { "stop-color", KIND_PAINT, 0, TRUE },
  { "color", KIND_PAINT, 0, TRUE },
  { "clip-path", KIND_CLIP, 0, TRUE },
  { "transform", KIND_TRANSFORM, 0, FALSE },
  { "patternTransform", KIND_TRANSFORM, 0, FALSE },
  { "gradientTransform", KIND_TRANSFORM, 0, FALSE },
  { "stroke-dasharray", KIND_DASH, 0, TRUE },
  { "href", KIND_HREF, 0, FALSE },
  { "style", KIND_STYLE, 0, FALSE },
};

void
lg_picture_element_clear (LgPictureElement *e)
{
  g_free (e->id);
  for (guint i = 0; i < e->n_paint_refs; i++)
    g_free (e->paint_refs[i]);
  *e = (LgPictureElement) { .scale = 1.0, .dash = -1 };
}

static const Attribute *
find_attribute (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    if (g_str_equal (attributes[i].name, name))
      return &attributes[i];
  return NULL;
}

/* One number at *p (after spaces and commas), moved past; FALSE with a problem when it is not
 * finite or too large, or when there is no number. */
static gboolean
next_number (const char **p,
             double      *value,
             char       **problem)
{
  char *end;

  while (g_ascii_isspace (**p) || **p == ',')
    (*p)++;
  if (!(g_ascii_isdigit (**p) || **p == '.' || **p == '-' || **p == '+'))
    return FALSE;
  *value = g_ascii_strtod (*p, &end);
  if (end == *p)
    return FALSE;
  *p = end;
  if (!isfinite (*value) || fabs (*value) > LG_PICTURE_MAX_NUMBER)
    {
      *problem = g_strdup_printf ("a number is larger than %d", LG_PICTURE_MAX_NUMBER);
      return FALSE;
    }
  return TRUE;
}

/* Every number in @value, where letters from @letters may stand between them (path commands).
 * @sum: the sum of their sizes; @out: the first @n_out of them. Returns how many, or -1. */
static int
scan_numbers (const char  *value,
              const char  *letters,
              double      *sum,
              double      *out,
              guint        n_out,
              char       **problem)
{
  const char *p = value;
  int n = 0;
  double v;

  while (TRUE)
    {
      while (g_ascii_isspace (*p) || *p == ',' || (*p != '\0' && strchr (letters, *p) != NULL))
        p++;
      if (*p == '\0')
        return n;
      if (!next_number (&p, &v, problem))
        {
          if (*problem == NULL)
            *problem = g_strdup ("is not a list of numbers");
          return -1;
        }
      if (sum != NULL)
        *sum += fabs (v);
      if ((guint) n < n_out)
        out[n] = v;
      n++;
    }
}

/* One number with a unit; @px: its size in pixels when the unit is absolute, else 0. */
static gboolean
check_length (const char  *value,
              gboolean     font_size,
              double      *number,
              double      *px,
              char       **problem)
{
  static const struct { const char *unit; double factor; gboolean absolute; } units[] = {
    { "", 1, TRUE }, { "px", 1, TRUE }, { "pt", 4.0 / 3, TRUE }, { "pc", 16, TRUE },
    { "mm", 96 / 25.4, TRUE }, { "cm", 96 / 2.54, TRUE }, { "in", 96, TRUE },
    { "%", 1, FALSE }, { "em", 1, FALSE }, { "ex", 1, FALSE },
  };
  const char *p = value;
  g_autofree char *unit = NULL;

  if (!next_number (&p, number, problem))
    {
      if (*problem == NULL)
        *problem = g_strdup ("is not a number");
      return FALSE;
    }
  unit = g_strstrip (g_strdup (p));
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (unit, units[i].unit))
      {
        if (font_size && !units[i].absolute)
          break;
        *px = units[i].absolute ? *number * units[i].factor : 0;
        if (fabs (*px) > LG_PICTURE_MAX_NUMBER)
          break;
        return TRUE;
      }
  *problem = font_size ? g_strdup ("a font size is a number of pixels or points")
                       : g_strdup_printf ("\"%s\" is not a length allowed here", unit);
  return FALSE;
}

static gboolean
check_font_size (const char  *value,
                 char       **problem)
{
  double number, px;

  if (!check_length (value, TRUE, &number, &px, problem))
    return FALSE;
  if (px <= 0 || px > LG_PICTURE_MAX_FONT_SIZE)
    {
      *problem = g_strdup_printf ("a font size is more than 0 and at most %d pixels",
                                  LG_PICTURE_MAX_FONT_SIZE);
      return FALSE;
    }
  return TRUE;
}

/* Whether @value is @word, with spaces around it or not. */
static gboolean
is_word (const char *value,
         const char *word)
{
  gsize n = strlen (word);

  while (g_ascii_isspace (*value))
    value++;
  if (strncmp (value, word, n) != 0)
    return FALSE;
  for (value += n; g_ascii_isspace (*value); value++)
    ;
  return *value == '\0';
}

static gboolean
is_id_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.' || c == ':';
}

/* "#id" with nothing else: a reference inside the file. */
static char *
local_id (const char *value,
          gsize       length)
{
  if (length < 2 || value[0] != '#')
    return NULL;
  for (gsize i = 1; i < length; i++)
    if (!is_id_char (value[i]))
      return NULL;
  return g_strndup (value + 1, length - 1);
}

/* "url(#id)", as a fill, a stroke or a clip-path: @id is what it names; @rest what follows. */
static gboolean
parse_url (const char  *value,
           char       **id,
           const char **rest)
{
  const char *p = value + strlen ("url(");
  const char *start, *end;

  while (g_ascii_isspace (*p) || *p == '\'' || *p == '"')
    p++;
  start = p;
  while (*p == '#' || is_id_char (*p))
    p++;
  end = p;
  while (g_ascii_isspace (*p) || *p == '\'' || *p == '"')
    p++;
  if (*p != ')' || !(*id = local_id (start, end - start)))
    return FALSE;
  *rest = p + 1;
  return TRUE;
}

/* A colour (a name, #rgb, rgb(…)), none, or url(#id) with a colour to fall back on. */
static gboolean
check_paint (LgPictureElement  *e,
             const char        *value,
             gboolean           clip,
             char             **problem)
{
  const char *rest = value;
  char *id = NULL;

  while (g_ascii_isspace (*rest))
    rest++;
  if (g_str_has_prefix (rest, "url("))
    {
      if (!parse_url (rest, &id, &rest))
        {
          *problem = g_strdup ("url() may only name an element of this file, as url(#name)");
          return FALSE;
        }
      if (e->n_paint_refs == LG_PICTURE_MAX_REFS)
        {
          g_free (id);
          *problem = g_strdup ("too many url() references on one element");
          return FALSE;
        }
      e->paint_refs[e->n_paint_refs++] = id;
    }
  else if (clip && !is_word (rest, "none"))
    {
      *problem = g_strdup ("a clip-path is url(#name) or none");
      return FALSE;
    }
  for (const char *p = rest; *p; p++)
    if (!(g_ascii_isalnum (*p) || strchr ("#(),.%+- \t\r\n", *p) != NULL) ||
        g_ascii_strncasecmp (p, "url", 3) == 0)
      {
        *problem = g_strdup ("is not a colour");
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_dash (LgPictureElement  *e,
            const char        *value,
            char             **problem)
{
  double period = 0;
  int n;

  if (is_word (value, "none"))
    {
      e->dash = 0;
      return TRUE;
    }
  if ((n = scan_numbers (value, "", &period, NULL, 0, problem)) < 0)
    return FALSE;
  /* An odd list is repeated to make an even one. */
  e->dash = n % 2 ? 2 * period : period;
  return TRUE;
}

/* transform="translate(…) rotate(…) scale(…)": how much it may enlarge, at most (the product of
 * each step's largest stretch), so nested transforms cannot blow a tile or a glyph up. */
static gboolean
check_transform (LgPictureElement  *e,
                 const char        *value,
                 char             **problem)
{
  const char *p = value;

  while (TRUE)
    {
      g_autofree char *name = NULL;
      const char *start;
      double v[6] = { 0 };
      guint n = 0;
      double stretch = 1;

      while (g_ascii_isspace (*p) || *p == ',')
        p++;
      if (*p == '\0')
        return TRUE;
      start = p;
      while (g_ascii_isalpha (*p))
        p++;
      name = g_strndup (start, p - start);
      while (g_ascii_isspace (*p))
        p++;
      if (*p != '(')
        return (*problem = g_strdup ("is not a transform"), FALSE);
      p++;
      while (n < 6 && next_number (&p, &v[n], problem))
        n++;
      while (g_ascii_isspace (*p) || *p == ',')
        p++;
      if (*problem != NULL || *p != ')')
        return (*problem = *problem ? *problem : g_strdup ("is not a transform"), FALSE);
      p++;
      if (g_str_equal (name, "matrix") && n == 6)
        stretch = sqrt (v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + v[3] * v[3]);
      else if (g_str_equal (name, "scale") && (n == 1 || n == 2))
        stretch = MAX (fabs (v[0]), fabs (n == 2 ? v[1] : v[0]));
      else if ((g_str_equal (name, "skewX") || g_str_equal (name, "skewY")) && n == 1)
        stretch = 1 + fabs (tan (v[0] * G_PI / 180));
      else if (!((g_str_equal (name, "translate") && (n == 1 || n == 2)) ||
                 (g_str_equal (name, "rotate") && (n == 1 || n == 3))))
        return (*problem = g_strdup ("is not a transform"), FALSE);
      e->scale *= stretch;
      if (!(e->scale <= LG_PICTURE_MAX_SCALE))
        {
          *problem = g_strdup_printf ("enlarges more than %d times", LG_PICTURE_MAX_SCALE);
          return FALSE;
        }
    }
}

static gboolean check_style (LgPictureElement *e, const char *value, char **problem);

static gboolean
check_value (LgPictureElement  *e,
             const Attribute   *a,
             const char        *value,
             char             **problem)
{
  double number = 0, px = 0, sum = 0;

  switch (a->kind)
    {
    case KIND_FREE:
      if (strchr (value, '(') != NULL || strlen (value) > 200)
        return (*problem = g_strdup ("is not a plain keyword or name"), FALSE);
      return TRUE;
    case KIND_ID:
      g_free (e->id);
      e->id = g_strdup (value);
      return TRUE;
    case KIND_UNITS:
      e->user_space = g_str_equal (value, "userSpaceOnUse");
      if (!e->user_space)
        return (*problem = g_strdup ("only userSpaceOnUse is allowed"), FALSE);
      return TRUE;
    case KIND_LENGTH:
      if (!check_length (value, FALSE, &number, &px, problem))
        return FALSE;
      e->length += a->length_weight * fabs (number);
      if (g_str_equal (a->name, "width"))
        e->width = px;
      else if (g_str_equal (a->name, "height"))
        e->height = px;
      return TRUE;
    case KIND_OPACITY:
      e->opacity = TRUE;
      G_GNUC_FALLTHROUGH;
    case KIND_NUMBER:
      return scan_numbers (value, "%", NULL, NULL, 0, problem) == 1 ||
             (*problem = *problem ? *problem : g_strdup ("is not one number"), FALSE);
    case KIND_FONT_SIZE:
      return check_font_size (value, problem);
    case KIND_LIST:
      if (scan_numbers (value, "", &sum, NULL, 0, problem) < 0)
        return FALSE;
      e->length += a->length_weight * sum;
      return TRUE;
    case KIND_VIEW_BOX:
      if (scan_numbers (value, "", NULL, e->view_box, 4, problem) != 4 ||
          e->view_box[2] <= 0 || e->view_box[3] <= 0)
        return (*problem = *problem ? *problem : g_strdup ("is not four numbers with a size"), FALSE);
      return TRUE;
    case KIND_PATH:
      if (scan_numbers (value, "MmZzLlHhVvCcSsQqTtAa", &sum, NULL, 0, problem) < 0)
        return FALSE;
      e->length += a->length_weight * sum;
      return TRUE;
    case KIND_PAINT:
    case KIND_CLIP:
      return check_paint (e, value, a->kind == KIND_CLIP, problem);
    case KIND_TRANSFORM:
      return check_transform (e, value, problem);
    case KIND_DASH:
      return check_dash (e, value, problem);
    case KIND_HREF:
      {
        g_autofree char *id = local_id (value, strlen (value));

        if (id == NULL)
          return (*problem = g_strdup ("may only name an element of this file, as #name"), FALSE);
        return TRUE;
      }
    case KIND_STYLE:
      return check_style (e, value, problem);
    default:
      g_assert_not_reached ();
    }
}

/* style="fill: #fff; stroke-width: 2": each property one of the attributes style may set,
 * checked as that attribute. */
static gboolean
check_style (LgPictureElement  *e,
             const char        *value,
             char             **problem)
{
  g_auto(GStrv) declarations = NULL;

  if (strpbrk (value, "\\@{}!") != NULL || strstr (value, "/*") != NULL)
    return (*problem = g_strdup ("style may only hold \"property: value\" pairs"), FALSE);
  declarations = g_strsplit (value, ";", -1);
  for (guint i = 0; declarations[i] != NULL; i++)
    {
      char *colon = strchr (declarations[i], ':');
      const Attribute *a;

      if (colon == NULL)
        {
          if (*g_strstrip (declarations[i]) == '\0')
            continue;
          return (*problem = g_strdup ("style may only hold \"property: value\" pairs"), FALSE);
        }
      *colon = '\0';
      a = find_attribute (g_strstrip (declarations[i]));
      if (a == NULL || !a->in_style)
        {
          *problem = g_strdup_printf ("the style property \"%s\" is not allowed", declarations[i]);
          return FALSE;
        }
      if (!check_value (e, a, g_strstrip (colon + 1), problem))
        return FALSE;
    }
  return TRUE;
}

/* Whether the attribute @name="@value" is on the allow-list; @problem: why not. */
gboolean
lg_picture_check_attribute (LgPictureElement  *e,
                            const char        *name,
                            const char        *value,
                            char             **problem)
{
  const Attribute *a = find_attribute (name);

  *problem = NULL;
  if (a == NULL)
    {
      *problem = g_strdup ("the attribute is not allowed");
      return FALSE;
    }
  return check_value (e, a, value, problem);
}
