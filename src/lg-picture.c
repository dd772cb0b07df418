/* lg-picture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-error.h"
#include "lg-picture-check.h"
#include "lg-picture.h"

/**
 * lg_picture_clean_message:
 *
 * librsvg's messages (libxml2's, passed on) end in a line break, sometimes after a NUL or a stray
 * byte: the message as valid UTF-8 with no trailing space, line break or U+FFFD.
 * Returns: (transfer full): the message to show
 */
char *
lg_picture_clean_message (const char *message)
{
  char *clean = g_utf8_make_valid (message != NULL ? message : "", -1);
  gsize n = strlen (clean);

  while (n > 0)
    {
      const char *last = g_utf8_find_prev_char (clean, clean + n);
      gunichar c = g_utf8_get_char (last);

      if (c != 0xFFFD && !g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_CONTROL)
        break;
      n = last - clean;
    }
  clean[n] = '\0';
  return g_strchug (clean);
}

/**
 * lg_picture_new_from_bytes:
 * @bytes: a picture that passed lg_picture_check() (a clinic's, when its pack was loaded) or one
 *   of the guide's own (which a test checks the same way)
 *
 * Returns: (transfer full) (nullable): the handle, or %NULL with librsvg's error.
 */
RsvgHandle *
lg_picture_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(GError) local_error = NULL;
  const guint8 *data;
  RsvgHandle *handle;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  handle = rsvg_handle_new_from_data (data, size, &local_error);
  if (handle == NULL)
    {
      g_autofree char *message = lg_picture_clean_message (local_error->message);

      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE,
                   "is not an SVG picture librsvg can draw (%s)", message);
    }
  return handle;
}

/* The content store's picture check (lg_content_store_set_picture_check()): the allow-list of
 * lg-picture-check.c first, so librsvg reads only plain, bounded drawing, then librsvg itself, so
 * a pack's picture is one the window and the handout can draw. */
gboolean
lg_picture_check (GBytes  *bytes,
                  GError **error)
{
  g_autoptr(GObject) handle = NULL;
  g_autofree char *problem = NULL;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (!lg_picture_check_svg (data, size, &problem))
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE,
                   "is not a picture the guide draws: %s", problem);
      return FALSE;
    }
  handle = G_OBJECT (lg_picture_new_from_bytes (bytes, error));
  return handle != NULL;
}
