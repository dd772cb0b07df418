/* fuzz-picture.c — libFuzzer entry point for the picture check (lg-picture-check.c) and drawing:
 * any input is checked as a clinic's picture; one that passes is drawn by librsvg onto a small
 * cairo surface, as the handout and the window would. A crash, a leak, or a picture that passes
 * but takes longer than libFuzzer's -timeout is a finding.
 * Build and run: build-aux/dev fuzz [SECONDS]
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lg-picture.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) handle = NULL;
  RsvgRectangle viewport = { 0, 0, 96, 64 };
  cairo_surface_t *surface;
  cairo_t *cr;

  if (!lg_picture_check (bytes, &error))
    {
      /* Every refusal says why, in valid UTF-8, on one line. */
      if (error == NULL || !g_utf8_validate (error->message, -1, NULL) ||
          strchr (error->message, '\n') != NULL)
        abort ();
      return 0;
    }
  handle = G_OBJECT (lg_picture_new_from_bytes (bytes, &error));
  if (handle == NULL)
    abort ();  /* what the check passed, librsvg must read */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 96, 64);
  cr = cairo_create (surface);
  rsvg_handle_render_document (RSVG_HANDLE (handle), cr, &viewport, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
