/* lg-summary-view-output.c — the print summary's two ways out: Print, through LgPrintOperation,
 * and Save as PDF, through a native file chooser; every outcome is told in a toast
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-print-operation.h"
#include "lg-signal-stop.h"
#include "lg-summary-view-private.h"

/* Tells how printing or saving went; a failure shows at once, ahead of any other toast. */
static void
show_toast (LgSummaryView *self,
            const char    *text,
            gboolean       failure)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);  /* toast titles are markup */
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", text);
      return;
    }
  toast = adw_toast_new (escaped);
  if (failure)
    adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
toast (LgSummaryView *self,
       const char    *text)
{
  show_toast (self, text, FALSE);
}

static void
toast_failure (LgSummaryView *self,
               const char    *text)
{
  show_toast (self, text, TRUE);
}

/* -------------------------------------------------------------------------------------------- */
/* Print                                                                                        */

static LgHandout *
layout_for_print (double   width,
                  double   height,
                  gpointer user_data)
{
  return _lg_summary_view_create_handout (user_data, width, height);
}

/**
 * lg_summary_view_new_print_operation:
 *
 * A print operation for the handout as chosen, on the chosen paper (LgPrintOperation).
 */
GtkPrintOperation *
lg_summary_view_new_print_operation (LgSummaryView *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (LG_IS_SUMMARY_VIEW (self), NULL);

  if (self->handout != NULL)
    {
      name = lg_handout_dup_file_name (self->handout);
      *strrchr (name, '.') = '\0';
    }
  return GTK_PRINT_OPERATION (lg_print_operation_new (_lg_summary_view_chosen_paper (self), name, layout_for_print, self));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               LgSummaryView           *self)
{
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (operation), "lg-reported"))
    return;
  g_object_set_data (G_OBJECT (operation), "lg-reported", GINT_TO_POINTER (TRUE));

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      {
        g_autofree char *text = g_strdup_printf (_("Could not print: %s"),
                                                 error ? error->message : _("unknown error"));
        toast_failure (self, text);
      }
      break;
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
      /* The person closed the print dialog: nothing happened that needs telling. */
      break;
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      if (gtk_print_operation_get_status (operation) == GTK_PRINT_STATUS_FINISHED_ABORTED)
        toast (self, _("Printing canceled"));
      else
        toast (self, _("Handout sent to the printer"));
      break;
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      break;
    }
}

/**
 * lg_summary_view_print:
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG to ask the person, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT to write @export_file without asking
 *
 * Prints the handout; the outcome (sent, stopped by the print system, failed) is told in a toast;
 * cancelling the dialog is not.
 */
void
lg_summary_view_print (LgSummaryView           *self,
                       GtkPrintOperationAction  action,
                       const char              *export_file)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  GtkRoot *root;

  g_return_if_fail (LG_IS_SUMMARY_VIEW (self));

  if (self->handout == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  operation = lg_summary_view_new_print_operation (self);
  if (export_file != NULL)
    gtk_print_operation_set_export_filename (operation, export_file);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  result = gtk_print_operation_run (operation, action,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL &&
      !g_object_get_data (G_OBJECT (operation), "lg-reported"))
    {
      g_autofree char *text = g_strdup_printf (_("Could not print: %s"), error->message);

      g_object_set_data (G_OBJECT (operation), "lg-reported", GINT_TO_POINTER (TRUE));
      toast_failure (self, text);
    }
  else if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    print_done_cb (operation, result, self);
}

void
_lg_summary_view_print_cb (LgSummaryView *self)
{
  lg_summary_view_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL);
}

/* -------------------------------------------------------------------------------------------- */
/* Save as PDF                                                                                  */

gboolean
lg_summary_view_write_pdf (LgSummaryView  *self,
                           const char     *path,
                           GError        **error)
{
  LgSignalStop *stop;
  gboolean written;

  g_return_val_if_fail (LG_IS_SUMMARY_VIEW (self), FALSE);

  if (self->handout == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Choose at least one topic to put in the handout."));
      return FALSE;
    }
  stop = lg_signal_stop_new ();
  written = lg_handout_write_pdf_cancellable (self->handout, path,
                                              lg_signal_stop_get_cancellable (stop), error);
  lg_signal_stop_finish (stop);  /* a signal that stopped the write ends the process here */
  return written;
}

/* No trace of a save outside the file. GTK's file chooser adds every file it saves to the
 * account's recent-files list, which every app shows (GTK 4.8's add_selection_to_recent_list(),
 * with no option to stop it); on a shared exam-room computer, the handout's name holds the
 * topic. Turning gtk-recent-files-enabled off is no cure: GtkRecentManager then writes an empty
 * list, wiping every other app's entries. The entry arrives a moment after the response (an
 * asynchronous query) and is written 250 ms after that, so it is taken out as soon as it is
 * there: the list is written as it was. */
typedef struct {
  char *uri;
  guint tries;
} Forget;

static void
forget_free (gpointer data)
{
  Forget *forget = data;

  g_free (forget->uri);
  g_free (forget);
}

static gboolean
forget_cb (gpointer data)
{
  Forget *forget = data;
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  GtkRecentInfo *info = gtk_recent_manager_lookup_item (recent, forget->uri, NULL);

  if (info != NULL)
    {
      gtk_recent_info_unref (info);
      gtk_recent_manager_remove_item (recent, forget->uri, NULL);
      return G_SOURCE_REMOVE;
    }
  return ++forget->tries < 150 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;  /* 3 s */
}

static void
forget_recent (GFile *file)
{
  Forget *forget = g_new0 (Forget, 1);

  forget->uri = g_file_get_uri (file);
  g_timeout_add_full (G_PRIORITY_HIGH, 20, forget_cb, forget, forget_free);
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  LgSummaryView   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  forget_recent (file);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      toast_failure (self, _("Could not save the PDF: choose a folder on this computer"));
      return;
    }
  if (!lg_summary_view_write_pdf (self, path, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Could not save the PDF. %s"), error->message);
      toast_failure (self, text);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = g_strdup_printf (_("Saved “%s”"), name);
      toast (self, text);
    }
}

void
_lg_summary_view_save_cb (LgSummaryView *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->handout == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Handout as PDF"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = lg_handout_dup_file_name (self->handout);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

