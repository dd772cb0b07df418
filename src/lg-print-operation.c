/* lg-print-operation.c — printing a handout (as GNOME Text Editor's EditorPrintOperation is a
 * GtkPrintOperation subclass)
 *
 * The paper is preselected, the whole sheet is ours (the handout keeps its own margins) and
 * points are the unit. At begin-print the handout is laid out again for the page set up in the
 * dialog, which may differ from the preview's; LgHandout draws each page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-print-operation.h"

struct _LgPrintOperation
{
  GtkPrintOperation parent_instance;

  LgPrintLayout layout;
  gpointer layout_data;
  LgHandout *handout;           /* laid out for the dialog's page, from begin-print on */
};

G_DEFINE_FINAL_TYPE (LgPrintOperation, lg_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
lg_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (operation);

  g_clear_object (&self->handout);
  self->handout = self->layout (gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context), self->layout_data);
  gtk_print_operation_set_n_pages (operation,
                                   self->handout ? MAX (1, lg_handout_get_n_pages (self->handout)) : 1);
}

static void
lg_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (operation);

  if (self->handout != NULL && page < lg_handout_get_n_pages (self->handout))
    lg_handout_draw_page (self->handout, gtk_print_context_get_cairo_context (context), page);
}

static void
lg_print_operation_finalize (GObject *object)
{
  g_clear_object (&LG_PRINT_OPERATION (object)->handout);
  G_OBJECT_CLASS (lg_print_operation_parent_class)->finalize (object);
}

static void
lg_print_operation_class_init (LgPrintOperationClass *klass)
{
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = lg_print_operation_finalize;
  print_class->begin_print = lg_print_operation_begin_print;
  print_class->draw_page = lg_print_operation_draw_page;
}

static void
lg_print_operation_init (LgPrintOperation *self)
{
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

/* @layout (with @user_data, which must outlive the operation) makes the handout for the page the
 * dialog settles on; @job_name (nullable) names the print job. */
LgPrintOperation *
lg_print_operation_new (LgPaper        paper,
                        const char    *job_name,
                        LgPrintLayout  layout,
                        gpointer       user_data)
{
  LgPrintOperation *self = g_object_new (LG_TYPE_PRINT_OPERATION, NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == LG_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                              : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  if (job_name != NULL)
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);
  self->layout = layout;
  self->layout_data = user_data;
  return self;
}
