/* lg-picture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-error.h"
#include "lg-picture.h"

/**
 * lg_picture_new_from_bytes:
 *
 * Reads @bytes as an SVG document. Returns: (transfer full) (nullable): the handle, or %NULL with
 * librsvg's error.
 */
RsvgHandle *
lg_picture_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  const guint8 *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  return rsvg_handle_new_from_data (data, size, error);
}

/**
 * lg_picture_load:
 * @file: where a topic's picture is, as the store has it (lg_topic_get_illustration_file()): the
 *   guide's resource:// URI, or a file in a clinic pack (checked when the pack was loaded)
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL with the reading or librsvg's error.
 */
RsvgHandle *
lg_picture_load (GFile   *file,
                 GError **error)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, error);

  return bytes ? lg_picture_new_from_bytes (bytes, error) : NULL;
}

/* Whether librsvg reads @bytes as an SVG document: the content store's picture check
 * (lg_content_store_set_picture_check()), so a pack's picture is one the handout can draw. */
gboolean
lg_picture_check (GBytes  *bytes,
                  GError **error)
{
  g_autoptr(GObject) handle = NULL;
  g_autoptr(GError) local_error = NULL;

  handle = G_OBJECT (lg_picture_new_from_bytes (bytes, &local_error));
  if (handle == NULL)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE,
                   "is not an SVG picture librsvg can draw (%s)", local_error->message);
      return FALSE;
    }
  return TRUE;
}
