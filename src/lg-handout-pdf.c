/* lg-handout-pdf.c — the sheet and the file: paper sizes, and writing every page to a PDF (the
 * cairo PDF surface, its Title and Creator)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>

#include "lg-handout-private.h"

/* -------------------------------------------------------------------------------------------- */
/* Paper                                                                                        */

gboolean
lg_paper_from_string (const char *name,
                      LgPaper    *paper)
{
  if (g_strcmp0 (name, "a4") == 0)
    *paper = LG_PAPER_A4;
  else if (g_strcmp0 (name, "letter") == 0)
    *paper = LG_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

const char *
lg_paper_to_string (LgPaper paper)
{
  return paper == LG_PAPER_LETTER ? "letter" : "a4";
}

void
lg_paper_get_size (LgPaper  paper,
                   double  *width,
                   double  *height)
{
  if (paper == LG_PAPER_LETTER)
    {
      *width = 612.0;             /* 8.5 × 11 in */
      *height = 792.0;
    }
  else
    {
      *width = 210.0 / 25.4 * 72.0;
      *height = 297.0 / 25.4 * 72.0;
    }
}

/* -------------------------------------------------------------------------------------------- */
/* PDF                                                                                          */

typedef struct {
  int fd;
  int error;                   /* errno of the first failed write */
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0 && sink->error == 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          sink->error = n < 0 ? errno : EIO;
          break;
        }
      data += n;
      length -= n;
    }
  return sink->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          code,
                 const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (code),
               _("Could not write “%s”: %s"), display, reason);
  return FALSE;
}

/**
 * lg_handout_write_pdf:
 *
 * Writes every page to a PDF file at @path. The pages go to a temporary file beside it, which
 * replaces @path only once it is complete, so a failure never leaves a partial file.
 */
gboolean
lg_handout_write_pdf (LgHandout   *self,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Sink sink = { -1, 0 };
  int n_pages;

  g_return_val_if_fail (LG_IS_HANDOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = lg_handout_get_n_pages (self);
  if (n_pages == 0)
    return set_write_error (error, path, EINVAL, _("there is nothing to print"));
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return set_write_error (error, path, EISDIR, g_strerror (EISDIR));

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (sink.fd < 0)
    {
      int saved = errno;
      return set_write_error (error, path, saved, g_strerror (saved));
    }

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, self->options.page_width,
                                                 self->options.page_height);
  _lg_handout_set_pdf_metadata (self, surface);
  for (int i = 0; i < n_pages; i++)
    {
      cairo_t *cr = cairo_create (surface);

      lg_handout_draw_page (self, cr, i);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error == 0 && status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0 && errno != EINVAL)
    sink.error = errno;
  if (close (sink.fd) != 0 && sink.error == 0)
    sink.error = errno;
  if (sink.error == 0 && status == CAIRO_STATUS_SUCCESS && g_rename (tmp, path) != 0)
    sink.error = errno;

  if (sink.error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      if (sink.error != 0)
        return set_write_error (error, path, sink.error, g_strerror (sink.error));
      return set_write_error (error, path, EIO, cairo_status_to_string (status));
    }
  return TRUE;
}
