/* lg-handout-pdf.c — the sheet and the file: paper sizes, and writing every page to a PDF (the
 * cairo PDF surface, its Title and Creator)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <cairo-pdf.h>

#include "lg-content-pack.h"
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
/* The file                                                                                     */

/* Where the pages go: a GIO stream onto the file, and its first error. */
typedef struct {
  GOutputStream *stream;
  GCancellable  *cancellable;
  GFile         *file;
  gboolean       created;      /* the file was not there before: remove it if the write fails */
  GError        *error;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error == NULL)
    g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable, &sink->error);
  return sink->error == NULL ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Opens the file the way GIO replaces one (g_file_replace(), without
 * G_FILE_CREATE_REPLACE_DESTINATION): a new file is created; an old one is written to a temporary
 * file beside it that is renamed over it on close, keeping its owner and permissions, or, when it
 * is a symbolic or hard link or its folder is read-only, rewritten in place. What is not a regular
 * file is refused before GIO opens it: GIO's open would wait for a reader of a FIFO, open a
 * device, and truncate whatever a symbolic link points to. */
static gboolean
sink_open (Sink    *sink,
           GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  sink->stream = G_OUTPUT_STREAM (g_file_create (sink->file, G_FILE_CREATE_NONE,
                                                 sink->cancellable, &local_error));
  sink->created = sink->stream != NULL;
  if (sink->created)
    return TRUE;
  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_error (&local_error);
  info = g_file_query_info (sink->file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            sink->cancellable, &local_error);
  /* Not found now means a link to nothing: GIO creates what it points to. */
  if (info == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("it is a folder"));
      return FALSE;
    }
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("it is not a regular file (a device or a pipe, say); it was left as "
                             "it is"));
      return FALSE;
    }
  sink->stream = G_OUTPUT_STREAM (g_file_replace (sink->file, NULL, FALSE, G_FILE_CREATE_NONE,
                                                  sink->cancellable, error));
  return sink->stream != NULL;
}

/* Closes the stream: when @complete, GIO renames its temporary file into place; otherwise it is
 * closed through a cancelled GCancellable, which is how GIO is told to remove its temporary file
 * instead, and a file that was not there before is removed. */
static gboolean
sink_close (Sink     *sink,
            gboolean  complete)
{
  g_autoptr(GCancellable) abandon = NULL;

  if (sink->stream == NULL)
    return FALSE;
  if (complete && sink->error == NULL &&
      g_output_stream_close (sink->stream, NULL, &sink->error))
    {
      g_clear_object (&sink->stream);
      return TRUE;
    }
  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (sink->stream, abandon, NULL);
  g_clear_object (&sink->stream);
  if (sink->created)
    g_file_delete (sink->file, NULL, NULL);
  return FALSE;
}

/* "Could not write “PATH”: why", the why in a person's words where GIO's would name the file
 * again ("Error opening file “PATH”: No such file or directory"). */
static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 GError      *cause)
{
  g_autofree char *display = lg_content_pack_display_name (path);
  const char *why = cause->message;

  if (cause->domain == G_IO_ERROR)
    switch (cause->code)
      {
      case G_IO_ERROR_NOT_FOUND: why = _("its folder does not exist"); break;
      case G_IO_ERROR_PERMISSION_DENIED: why = _("permission denied"); break;
      case G_IO_ERROR_NO_SPACE: why = _("the disk is full"); break;
      case G_IO_ERROR_READ_ONLY: why = _("the disk is read-only"); break;
      case G_IO_ERROR_FILENAME_TOO_LONG: why = _("the name is too long"); break;
      case G_IO_ERROR_CANCELLED: why = _("stopped before the file was complete"); break;
      default: break;
      }
  g_set_error (error, cause->domain, cause->code, _("Could not write “%s”: %s"), display, why);
  return FALSE;
}

/* -------------------------------------------------------------------------------------------- */
/* PDF                                                                                          */

/**
 * lg_handout_write_pdf_cancellable:
 * @cancellable: (nullable): stops the write; the file is then left as it was
 *
 * Writes every page to a PDF file at @path, replacing it as GIO does (see sink_open()): a failed
 * or cancelled write leaves no temporary file and, unless the old file had to be rewritten in
 * place (a link, or a read-only folder), the old file as it was.
 */
gboolean
lg_handout_write_pdf_cancellable (LgHandout     *self,
                                  const char    *path,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Sink sink = { NULL, cancellable, NULL, FALSE, NULL };
  int n_pages;

  g_return_val_if_fail (LG_IS_HANDOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = lg_handout_get_n_pages (self);
  if (n_pages == 0)
    {
      local_error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                         _("there is nothing to print"));
      return set_write_error (error, path, local_error);
    }
  file = sink.file = g_file_new_for_path (path);
  if (!sink_open (&sink, &local_error))
    return set_write_error (error, path, local_error);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, self->options.page_width,
                                                 self->options.page_height);
  _lg_handout_set_pdf_metadata (self, surface);
  for (int i = 0; i < n_pages && sink.error == NULL; i++)
    {
      cairo_t *cr = cairo_create (surface);

      lg_handout_draw_page (self, cr, i);
      cairo_show_page (cr);
      cairo_destroy (cr);
      if (sink.error == NULL)
        g_cancellable_set_error_if_cancelled (cancellable, &sink.error);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error == NULL && status != CAIRO_STATUS_SUCCESS)
    sink.error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                      cairo_status_to_string (status));
  if (!sink_close (&sink, sink.error == NULL))
    {
      set_write_error (error, path, sink.error);
      g_clear_error (&sink.error);
      return FALSE;
    }
  return TRUE;
}

/**
 * lg_handout_write_pdf:
 *
 * Writes every page to a PDF file at @path (lg_handout_write_pdf_cancellable(), uncancellable).
 */
gboolean
lg_handout_write_pdf (LgHandout   *self,
                      const char  *path,
                      GError     **error)
{
  return lg_handout_write_pdf_cancellable (self, path, NULL, error);
}
