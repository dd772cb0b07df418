/* lg-handout-logo.c — the clinic's logo, a PNG or an SVG chosen in Preferences: checked as a
 * pack's picture is (it comes from outside the guide), and drawn at the left of the header
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-error.h"
#include "lg-handout-private.h"
#include "lg-picture.h"

static const guint8 png_signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

typedef struct {
  const guint8 *data;
  gsize left;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (length > reader->left)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data, length);
  reader->data += length;
  reader->left -= length;
  return CAIRO_STATUS_SUCCESS;
}

/* The PNG in @bytes as an image surface, or NULL when cairo cannot read it or it is too large. */
static cairo_surface_t *
png_from_bytes (GBytes *bytes)
{
  PngReader reader = { 0 };
  cairo_surface_t *surface;

  reader.data = g_bytes_get_data (bytes, &reader.left);
  surface = cairo_image_surface_create_from_png_stream (read_png, &reader);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS ||
      cairo_image_surface_get_width (surface) <= 0 || cairo_image_surface_get_height (surface) <= 0 ||
      cairo_image_surface_get_width (surface) > LG_LOGO_MAX_PIXELS ||
      cairo_image_surface_get_height (surface) > LG_LOGO_MAX_PIXELS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

static gboolean
is_png (GBytes *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  return size >= sizeof png_signature && memcmp (data, png_signature, sizeof png_signature) == 0;
}

/**
 * lg_logo_check:
 * @extension: (out) (optional): "png" or "svg"
 *
 * Whether @bytes is a logo the handout can draw: a PNG cairo reads (at most
 * LG_LOGO_MAX_PIXELS a side) or an SVG librsvg reads, at most LG_LOGO_MAX_BYTES long. The error
 * says why not, in words that follow the file's name.
 */
gboolean
lg_logo_check (GBytes      *bytes,
               const char **extension,
               GError     **error)
{
  g_autoptr(GError) svg_error = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_bytes_get_size (bytes) > LG_LOGO_MAX_BYTES)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE,
                   "is larger than %d KiB", LG_LOGO_MAX_BYTES / 1024);
      return FALSE;
    }
  if (is_png (bytes))
    {
      cairo_surface_t *png = png_from_bytes (bytes);

      if (png == NULL)
        {
          g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE,
                       "is not a PNG picture that can be drawn (damaged, or over %d pixels a side)",
                       LG_LOGO_MAX_PIXELS);
          return FALSE;
        }
      cairo_surface_destroy (png);
      if (extension != NULL)
        *extension = "png";
      return TRUE;
    }
  if (!lg_picture_check (bytes, &svg_error))
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE,
                   "is neither a PNG nor an SVG picture that can be drawn");
      return FALSE;
    }
  if (extension != NULL)
    *extension = "svg";
  return TRUE;
}

/* Reads the options' logo, @height points high and at most @max_width wide (its proportions
 * kept); a logo that does not read is left out. */
void
_lg_handout_load_logo (LgHandout *self,
                       double     height,
                       double     max_width)
{
  GBytes *bytes = self->options.clinic_logo;
  double width = 0, pixel_height = 0;

  if (bytes == NULL || !lg_logo_check (bytes, NULL, NULL))
    return;
  if (is_png (bytes))
    {
      self->logo_png = png_from_bytes (bytes);
      width = cairo_image_surface_get_width (self->logo_png);
      pixel_height = cairo_image_surface_get_height (self->logo_png);
    }
  else
    {
      self->logo_svg = lg_picture_new_from_bytes (bytes, NULL);
      if (self->logo_svg == NULL ||
          !rsvg_handle_get_intrinsic_size_in_pixels (self->logo_svg, &width, &pixel_height) ||
          width <= 0 || pixel_height <= 0)
        {
          width = 4;
          pixel_height = 3;
        }
    }
  self->logo_height = height;
  self->logo_width = MIN (max_width, height * width / pixel_height);
  self->logo_height = self->logo_width * pixel_height / width;
}

void
_lg_handout_draw_logo (LgHandout *self,
                       cairo_t   *cr,
                       double     x,
                       double     y)
{
  if (self->logo_width <= 0)
    return;
  cairo_save (cr);
  if (self->logo_svg != NULL)
    {
      RsvgRectangle viewport = { x, y, self->logo_width, self->logo_height };

      rsvg_handle_render_document (self->logo_svg, cr, &viewport, NULL);
    }
  else if (self->logo_png != NULL)
    {
      double scale = self->logo_width / cairo_image_surface_get_width (self->logo_png);

      cairo_translate (cr, x, y);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, self->logo_png, 0, 0);
      cairo_paint (cr);
    }
  cairo_restore (cr);
}
