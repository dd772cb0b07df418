/* lg-preferences-window.c
 *
 * Every row is bound to its property of LgSettings, so a change is saved at once and anything
 * that listens to the settings (the summary preview) follows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "lg-handout.h"
#include "lg-preferences-window-private.h"
#include "lg-text-scale.h"
#include "lg-clinic-content-page.h"
#include "lg-settings.h"

struct _LgPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  LgSettings *settings;

  LgContentStore *store;        /* for the header preview's fixed words, or NULL */
  LgHandout *preview;

  AdwEntryRow *clinic_name_row;
  AdwEntryRow *clinic_department_row;
  AdwEntryRow *clinic_phone_row;
  AdwEntryRow *clinic_after_hours_row;
  AdwEntryRow *clinic_website_row;
  AdwEntryRow *clinic_address_row;
  AdwEntryRow *approved_by_name_row;
  AdwEntryRow *approved_by_role_row;
  AdwEntryRow *approved_month_row;
  AdwActionRow *logo_row;
  GtkWidget *logo_remove_button;
  GtkFileChooserNative *chooser;
  GtkWidget *header_preview_group;
  GtkDrawingArea *header_preview;
  AdwComboRow *paper_row;
  AdwComboRow *text_scale_row;
  AdwComboRow *exam_room_text_scale_row;
  LgClinicContentPage *clinic_content_page;
};

G_DEFINE_FINAL_TYPE (LgPreferencesWindow, lg_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The paper row's items, in order: the locale's paper, A4, US Letter. */
static const char * const paper_values[] = { "", "a4", "letter" };

static gboolean
paper_to_index (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *name = g_value_get_string (from);

  g_value_set_uint (to, 0);
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (paper_values); i++)
    {
      if (g_str_equal (name, paper_values[i]))
        g_value_set_uint (to, i);
    }
  return TRUE;
}

static gboolean
index_to_paper (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  guint i = g_value_get_uint (from);

  g_value_set_string (to, i < G_N_ELEMENTS (paper_values) ? paper_values[i] : "");
  return TRUE;
}

/* -------------------------------------------------------------------------------------------- */
/* Header preview                                                                               */

/* The header laid out again, as the handout will print it on the paper in force. */
static void
update_preview (LgPreferencesWindow *self)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new ();
  g_auto(LgHandoutOptions) options = { 0 };
  int width = gtk_widget_get_width (GTK_WIDGET (self->header_preview));
  double scale;
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;
  lg_handout_options_init (&options, lg_settings_get_paper (self->settings));
  lg_settings_load_clinic (self->settings, &options);
  g_clear_object (&self->preview);
  self->preview = lg_handout_new (self->store, topics, NULL, &options);
  scale = width > 0 ? width / (options.page_width - 2 * LG_HANDOUT_MARGIN) : 1.0;
  gtk_drawing_area_set_content_height (self->header_preview,
                                       (int) ceil (lg_handout_get_header_height (self->preview) * scale));
  text = lg_handout_dup_header_text (self->preview);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header_preview),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->header_preview));
}

static void
draw_preview_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  LgPreferencesWindow *self = user_data;
  double page_width;

  if (self->preview == NULL)
    return;
  page_width = lg_handout_get_page_width (self->preview) - 2 * LG_HANDOUT_MARGIN;
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / page_width, width / page_width);
  lg_handout_draw_header (self->preview, cr);
}

/**
 * lg_preferences_window_set_store:
 * @store: the content shown, whose fixed words the header uses
 *
 * Shows the header preview, in @store's language.
 */
void
lg_preferences_window_set_store (LgPreferencesWindow *self,
                                 LgContentStore      *store)
{
  g_return_if_fail (LG_IS_PREFERENCES_WINDOW (self));

  g_set_object (&self->store, store);
  gtk_widget_set_visible (self->header_preview_group, store != NULL);
  update_preview (self);
}

/* The preview's own handout, for tests. */
LgHandout *
lg_preferences_window_get_preview (LgPreferencesWindow *self)
{
  g_return_val_if_fail (LG_IS_PREFERENCES_WINDOW (self), NULL);
  return self->preview;
}

/* -------------------------------------------------------------------------------------------- */
/* Logo                                                                                         */

static void
update_logo_row (LgPreferencesWindow *self)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  g_object_get (self->settings, "clinic-logo", &path, NULL);
  name = path && *path ? g_path_get_basename (path) : NULL;
  adw_action_row_set_subtitle (self->logo_row, name ? name : _("None"));
  gtk_widget_set_sensitive (self->logo_remove_button, name != NULL);
}

/**
 * lg_preferences_window_choose_logo:
 *
 * Uses @file as the clinic's logo (a copy is kept); a file that is not a PNG or SVG picture is
 * refused in a toast naming it. Returns whether it was taken.
 */
gboolean
lg_preferences_window_choose_logo (LgPreferencesWindow *self,
                                   GFile               *file)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LG_IS_PREFERENCES_WINDOW (self), FALSE);

  if (!lg_settings_set_clinic_logo (self->settings, file, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
      return FALSE;
    }
  return TRUE;
}

static void
logo_response_cb (GtkNativeDialog     *dialog,
                  int                  response,
                  LgPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file != NULL)
    lg_preferences_window_choose_logo (self, file);
}

static void
logo_choose_cb (LgPreferencesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose the Clinic’s Logo"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PNG or SVG pictures"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (logo_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
logo_remove_cb (LgPreferencesWindow *self)
{
  lg_settings_set_clinic_logo (self->settings, NULL, NULL);
}

static void
lg_preferences_window_dispose (GObject *object)
{
  LgPreferencesWindow *self = LG_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LG_TYPE_PREFERENCES_WINDOW);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->preview);
  g_clear_object (&self->store);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  G_OBJECT_CLASS (lg_preferences_window_parent_class)->dispose (object);
}

static void
lg_preferences_window_class_init (LgPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_preferences_window_dispose;

  g_type_ensure (LG_TYPE_CLINIC_CONTENT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/lg-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, clinic_name_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, clinic_department_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, clinic_phone_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, clinic_after_hours_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, clinic_website_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, clinic_address_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, approved_by_name_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, approved_by_role_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, approved_month_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, header_preview_group);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, logo_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, logo_remove_button);
  gtk_widget_class_bind_template_callback (widget_class, logo_choose_cb);
  gtk_widget_class_bind_template_callback (widget_class, logo_remove_cb);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, header_preview);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, text_scale_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, exam_room_text_scale_row);
  gtk_widget_class_bind_template_child (widget_class, LgPreferencesWindow, clinic_content_page);
}

static void
lg_preferences_window_init (LgPreferencesWindow *self)
{
  g_autofree char *automatic = NULL;
  g_autoptr(GtkStringList) papers = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Typing goes into the clinic's name, the first thing to fill in, not onto a page's tab. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->clinic_name_row));
  gtk_drawing_area_set_draw_func (self->header_preview, draw_preview_cb, self, NULL);
  g_signal_connect_swapped (self->header_preview, "resize", G_CALLBACK (update_preview), self);
  gtk_widget_set_visible (self->header_preview_group, FALSE);

  /* In the order of paper_values; the first says which paper the locale picks. */
  automatic = g_strdup_printf (_("Automatic (%s)"),
                               lg_settings_get_locale_paper () == LG_PAPER_LETTER ? _("US Letter") : _("A4"));
  papers = gtk_string_list_new ((const char * const []) { automatic, _("A4"), _("US Letter"), NULL });
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
}

static void
bind_text (LgPreferencesWindow *self,
           const char          *property,
           AdwEntryRow         *row)
{
  g_object_bind_property (self->settings, property, row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

LgPreferencesWindow *
lg_preferences_window_new (LgSettings *settings)
{
  LgPreferencesWindow *self;

  g_return_val_if_fail (LG_IS_SETTINGS (settings), NULL);

  self = g_object_new (LG_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  bind_text (self, "clinic-name", self->clinic_name_row);
  bind_text (self, "clinic-department", self->clinic_department_row);
  bind_text (self, "clinic-phone", self->clinic_phone_row);
  bind_text (self, "clinic-after-hours", self->clinic_after_hours_row);
  bind_text (self, "clinic-website", self->clinic_website_row);
  bind_text (self, "clinic-address", self->clinic_address_row);
  bind_text (self, "approved-by-name", self->approved_by_name_row);
  bind_text (self, "approved-by-role", self->approved_by_role_row);
  bind_text (self, "approved-month", self->approved_month_row);
  g_signal_connect_swapped (settings, "notify", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (settings, "notify::clinic-logo", G_CALLBACK (update_logo_row), self);
  update_logo_row (self);
  g_object_bind_property_full (settings, "paper-size", self->paper_row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               paper_to_index, index_to_paper, NULL, NULL);
  lg_text_scale_bind_combo_row (settings, "text-scale", self->text_scale_row);
  lg_text_scale_bind_combo_row (settings, "exam-room-text-scale", self->exam_room_text_scale_row);
  return self;
}

/**
 * lg_preferences_window_set_clinic_content:
 * @problems: (element-type LgContentProblem) (nullable): the clinic pack's problems
 * @folders: the pack folders, the user's first
 *
 * Fills the "Clinic Content" page.
 */
void
lg_preferences_window_set_clinic_content (LgPreferencesWindow *self,
                                          GPtrArray           *problems,
                                          const char * const  *folders)
{
  g_return_if_fail (LG_IS_PREFERENCES_WINDOW (self));

  lg_clinic_content_page_set_problems (self->clinic_content_page, problems, folders);
}

/* Opens on the "Clinic Content" page (from the sidebar's note). */
void
lg_preferences_window_show_clinic_content (LgPreferencesWindow *self)
{
  g_return_if_fail (LG_IS_PREFERENCES_WINDOW (self));

  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self),
                                           ADW_PREFERENCES_PAGE (self->clinic_content_page));
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
}
