/* lg-settings.c — the app's settings: one object over GSettings (as GNOME Console's KgxSettings)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lg-settings-private.h"
#include "lg-text-scale.h"

struct _LgSettings
{
  GObject parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (LgSettings, lg_settings, G_TYPE_OBJECT)

enum {
  PROP_0,
  /* Keys, under their own names */
  PROP_TEXT_SCALE,
  PROP_EXAM_ROOM_TEXT_SCALE,
  PROP_CLINIC_NAME,
  PROP_CLINIC_PHONE,
  PROP_CLINIC_WEBSITE,
  PROP_CLINIC_DEPARTMENT,
  PROP_CLINIC_AFTER_HOURS,
  PROP_CLINIC_ADDRESS,
  PROP_APPROVED_BY_NAME,
  PROP_APPROVED_BY_ROLE,
  PROP_APPROVED_MONTH,
  PROP_CLINIC_LOGO,
  PROP_PAPER_SIZE,
  PROP_CONTENT_LANGUAGE,
  /* Derived */
  PROP_TEXT_SCALE_CAN_GROW,
  PROP_TEXT_SCALE_CAN_SHRINK,
  PROP_EXAM_ROOM_TEXT_SCALE_CAN_GROW,
  PROP_EXAM_ROOM_TEXT_SCALE_CAN_SHRINK,
  PROP_PAPER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
scale_key (gboolean exam_room)
{
  return exam_room ? "exam-room-text-scale" : "text-scale";
}

double
lg_settings_get_text_scale (LgSettings *self,
                            gboolean    exam_room)
{
  g_return_val_if_fail (LG_IS_SETTINGS (self), 1.0);
  return lg_text_scale_step (g_settings_get_double (self->settings, scale_key (exam_room)), 0);
}

/* One step larger (+1) or smaller (-1), or back to the default (0). */
void
lg_settings_step_text_scale (LgSettings *self,
                             gboolean    exam_room,
                             int         direction)
{
  g_return_if_fail (LG_IS_SETTINGS (self));

  if (direction == 0)
    g_settings_reset (self->settings, scale_key (exam_room));
  else
    g_settings_set_double (self->settings, scale_key (exam_room),
                           lg_text_scale_step (lg_settings_get_text_scale (self, exam_room), direction));
}

gboolean
lg_settings_can_step_text_scale (LgSettings *self,
                                 gboolean    exam_room,
                                 int         direction)
{
  double scale;

  g_return_val_if_fail (LG_IS_SETTINGS (self), FALSE);
  scale = lg_settings_get_text_scale (self, exam_room);
  return direction > 0 ? lg_text_scale_step (scale, +1) > scale : lg_text_scale_step (scale, -1) < scale;
}

/* The paper this computer's locale uses: US Letter in North America, A4 nearly everywhere else. */
LgPaper
lg_settings_get_locale_paper (void)
{
  const char *name = gtk_paper_size_get_default ();

  return g_str_has_prefix (name, "na_") ? LG_PAPER_LETTER : LG_PAPER_A4;
}

/* The paper-size preference; empty means the locale's. */
LgPaper
lg_settings_get_paper (LgSettings *self)
{
  g_autofree char *name = NULL;
  LgPaper paper;

  g_return_val_if_fail (LG_IS_SETTINGS (self), LG_PAPER_A4);
  name = g_settings_get_string (self->settings, "paper-size");
  if (!lg_paper_from_string (name, &paper))
    paper = lg_settings_get_locale_paper ();
  return paper;
}

/* @text with every line break, tab or other control character a space. */
static char *
unbroken (const char *text)
{
  GString *line = g_string_sized_new (text ? strlen (text) : 0);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_c (line, ' ');
      else
        g_string_append_unichar (line, c);
    }
  return g_string_free (line, FALSE);
}

/* @text as one line, its ends stripped: the clinic's details are printed on one line each,
 * whatever a settings editor put in them. */
char *
lg_settings_single_line (const char *text)
{
  return g_strstrip (unbroken (text));
}

/* A single-line key as Preferences shows it: line breaks made spaces, but the spaces at its
 * ends kept, so a space typed at the end of a word stays while a person types. */
static char *
get_unbroken (LgSettings *self,
              const char *key)
{
  g_autofree char *value = g_settings_get_string (self->settings, key);

  return unbroken (value);
}

static void
set_unbroken (LgSettings *self,
              const char *key,
              const char *text)
{
  g_autofree char *value = unbroken (text);

  g_settings_set_string (self->settings, key, value);
}

static char *
get_line (LgSettings *self,
          const char *key)
{
  g_autofree char *value = g_settings_get_string (self->settings, key);

  return lg_settings_single_line (value);
}

/* The file's bytes, or NULL (and an error in plain words) when it cannot be read or is larger
 * than a logo may be. */
static GBytes *
read_limited (GFile   *file,
              GError **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, error);

  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      g_file_info_get_size (info) > LG_LOGO_MAX_BYTES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "is not a picture file of at most %d KiB", LG_LOGO_MAX_BYTES / 1024);
      return NULL;
    }
  return g_file_load_bytes (file, NULL, NULL, error);
}

/* The logo kept for the clinic, checked again (the settings may have been edited), or NULL. */
static GBytes *
read_logo (LgSettings *self,
           GError    **error)
{
  g_autofree char *path = g_settings_get_string (self->settings, "clinic-logo");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (*path == '\0')
    return NULL;
  file = g_file_new_for_path (path);
  bytes = read_limited (file, error);
  if (bytes == NULL || !lg_logo_check (bytes, NULL, error))
    return NULL;
  return g_steal_pointer (&bytes);
}

/* "name, role, month" of who approved the content for the clinic, or NULL when none is set. */
static char *
approved_by (LgSettings *self)
{
  static const char * const keys[] = { "approved-by-name", "approved-by-role", "approved-month" };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      char *part = get_line (self, keys[i]);

      if (*part != '\0')
        g_ptr_array_add (parts, part);
      else
        g_free (part);
    }
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

/* The clinic's details and who approved the content, from Preferences, each on one line. */
void
lg_settings_load_clinic (LgSettings       *self,
                         LgHandoutOptions *options)
{
  g_return_if_fail (LG_IS_SETTINGS (self));

  g_free (options->clinic_name);
  g_free (options->clinic_department);
  g_free (options->clinic_phone);
  g_free (options->clinic_after_hours);
  g_free (options->clinic_website);
  g_free (options->clinic_address);
  g_free (options->approved_by);
  options->clinic_name = get_line (self, "clinic-name");
  options->clinic_department = get_line (self, "clinic-department");
  options->clinic_phone = get_line (self, "clinic-phone");
  options->clinic_after_hours = get_line (self, "clinic-after-hours");
  options->clinic_website = get_line (self, "clinic-website");
  options->clinic_address = get_line (self, "clinic-address");
  options->approved_by = approved_by (self);
  g_clear_pointer (&options->clinic_logo, g_bytes_unref);
  options->clinic_logo = read_logo (self, NULL);
}

/* The folder the logo's copy is kept in: the app's own, so the original may move or go. */
static char *
logo_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "liver-guide", NULL);
}

/**
 * lg_settings_set_clinic_logo:
 * @file: a PNG or SVG picture, or NULL for no logo
 *
 * Checks @file as a clinic pack's picture is checked, keeps a copy of it in the app's data
 * folder and prints that on every handout. On an error (naming the file) nothing changes.
 */
gboolean
lg_settings_set_clinic_logo (LgSettings  *self,
                             GFile       *file,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = logo_folder ();
  g_autofree char *name = NULL;
  g_autofree char *copy = NULL;
  const char *extension = NULL;

  g_return_val_if_fail (LG_IS_SETTINGS (self), FALSE);

  if (file == NULL)
    {
      g_autofree char *kept = g_settings_get_string (self->settings, "clinic-logo");
      g_autofree char *parent = g_path_get_dirname (kept);

      /* The copy goes too, when it is ours. */
      if (*kept != '\0' && g_str_equal (parent, folder))
        g_unlink (kept);
      g_settings_reset (self->settings, "clinic-logo");
      return TRUE;
    }
  name = g_file_get_parse_name (file);
  bytes = read_limited (file, &local_error);
  if (bytes == NULL || !lg_logo_check (bytes, &extension, &local_error))
    {
      /* TRANSLATORS: the file's name, then why it cannot be the logo */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” %s"), name, local_error->message);
      return FALSE;
    }
  copy = g_strdup_printf ("%s%cclinic-logo.%s", folder, G_DIR_SEPARATOR, extension);
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents (copy, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "“%s”: %s", copy,
                   local_error ? local_error->message : g_strerror (errno));
      return FALSE;
    }
  g_settings_set_string (self->settings, "clinic-logo", copy);
  return TRUE;
}

/* The content language asked for: a code, or "" to follow the system. */
char *
lg_settings_dup_content_language (LgSettings *self)
{
  g_return_val_if_fail (LG_IS_SETTINGS (self), NULL);
  return g_settings_get_string (self->settings, "content-language");
}

void
lg_settings_set_content_language (LgSettings *self,
                                  const char *language)
{
  g_return_if_fail (LG_IS_SETTINGS (self));
  g_settings_set_string (self->settings, "content-language", language ? language : "");
}

char *
lg_settings_dup_last_topic (LgSettings *self)
{
  g_return_val_if_fail (LG_IS_SETTINGS (self), NULL);
  return g_settings_get_string (self->settings, "last-topic");
}

void
lg_settings_set_last_topic (LgSettings *self,
                            const char *id)
{
  g_return_if_fail (LG_IS_SETTINGS (self));
  g_settings_set_string (self->settings, "last-topic", id);
}

/* Back to their defaults (the schema's, or the clinic's for every account through dconf), the
 * settings a patient's visit changes: the last topic, the content language and both text sizes,
 * so none comes back for the next patient, now or at the next start. */
void
lg_settings_reset_patient (LgSettings *self)
{
  static const char *keys[] = { "last-topic", "content-language", "text-scale", "exam-room-text-scale" };

  g_return_if_fail (LG_IS_SETTINGS (self));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (self->settings, keys[i]);
}

/* The largest window size kept from last time, in each direction: an 8K screen's width. */
#define MAX_WINDOW_SIZE 8192

/* The window's size and maximized state from last time. The settings are hand-editable: a size
 * of 0 or less gives the default size, one larger than any screen is cut to MAX_WINDOW_SIZE. */
void
lg_settings_restore_window (LgSettings *self,
                            GtkWindow  *window)
{
  int width, height;

  g_return_if_fail (LG_IS_SETTINGS (self));

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  if (width <= 0 || height <= 0)
    {
      g_autoptr(GVariant) fallback = g_settings_get_default_value (self->settings, "window-size");

      g_variant_get (fallback, "(ii)", &width, &height);
    }
  gtk_window_set_default_size (window, MIN (width, MAX_WINDOW_SIZE), MIN (height, MAX_WINDOW_SIZE));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (window);
}

void
lg_settings_save_window (LgSettings *self,
                         GtkWindow  *window,
                         gboolean    maximized)
{
  int width, height;

  g_return_if_fail (LG_IS_SETTINGS (self));

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  g_settings_apply (self->settings);
}

/* For tests and for what GSettings does itself (bindings in Preferences). */
GSettings *
lg_settings_get_gsettings (LgSettings *self)
{
  g_return_val_if_fail (LG_IS_SETTINGS (self), NULL);
  return self->settings;
}

/* A key changed: notify its property and the ones derived from it. */
static void
changed_cb (LgSettings *self,
            const char *key)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key);

  if (pspec == NULL)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  if (pspec == properties[PROP_TEXT_SCALE])
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE_CAN_GROW]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE_CAN_SHRINK]);
    }
  else if (pspec == properties[PROP_EXAM_ROOM_TEXT_SCALE])
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXAM_ROOM_TEXT_SCALE_CAN_GROW]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXAM_ROOM_TEXT_SCALE_CAN_SHRINK]);
    }
  else if (pspec == properties[PROP_PAPER_SIZE])
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
lg_settings_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LgSettings *self = LG_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_TEXT_SCALE:
    case PROP_EXAM_ROOM_TEXT_SCALE:
      g_value_set_double (value, lg_settings_get_text_scale (self, prop_id == PROP_EXAM_ROOM_TEXT_SCALE));
      break;
    case PROP_CLINIC_NAME:
    case PROP_CLINIC_PHONE:
    case PROP_CLINIC_WEBSITE:
    case PROP_CLINIC_DEPARTMENT:
    case PROP_CLINIC_AFTER_HOURS:
    case PROP_CLINIC_ADDRESS:
    case PROP_APPROVED_BY_NAME:
    case PROP_APPROVED_BY_ROLE:
    case PROP_APPROVED_MONTH:
      g_value_take_string (value, get_unbroken (self, pspec->name));
      break;
    case PROP_CLINIC_LOGO:
    case PROP_PAPER_SIZE:
    case PROP_CONTENT_LANGUAGE:
      g_value_take_string (value, g_settings_get_string (self->settings, pspec->name));
      break;
    case PROP_TEXT_SCALE_CAN_GROW:
    case PROP_EXAM_ROOM_TEXT_SCALE_CAN_GROW:
      g_value_set_boolean (value, lg_settings_can_step_text_scale (self, prop_id == PROP_EXAM_ROOM_TEXT_SCALE_CAN_GROW, +1));
      break;
    case PROP_TEXT_SCALE_CAN_SHRINK:
    case PROP_EXAM_ROOM_TEXT_SCALE_CAN_SHRINK:
      g_value_set_boolean (value, lg_settings_can_step_text_scale (self, prop_id == PROP_EXAM_ROOM_TEXT_SCALE_CAN_SHRINK, -1));
      break;
    case PROP_PAPER:
      g_value_set_int (value, lg_settings_get_paper (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_settings_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LgSettings *self = LG_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_TEXT_SCALE:
    case PROP_EXAM_ROOM_TEXT_SCALE:
      g_settings_set_double (self->settings, pspec->name, lg_text_scale_step (g_value_get_double (value), 0));
      break;
    case PROP_CLINIC_NAME:
    case PROP_CLINIC_PHONE:
    case PROP_CLINIC_WEBSITE:
    case PROP_CLINIC_DEPARTMENT:
    case PROP_CLINIC_AFTER_HOURS:
    case PROP_CLINIC_ADDRESS:
    case PROP_APPROVED_BY_NAME:
    case PROP_APPROVED_BY_ROLE:
    case PROP_APPROVED_MONTH:
      set_unbroken (self, pspec->name, g_value_get_string (value));
      break;
    case PROP_PAPER_SIZE:
    case PROP_CONTENT_LANGUAGE:
      g_settings_set_string (self->settings, pspec->name, g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_settings_finalize (GObject *object)
{
  g_clear_object (&LG_SETTINGS (object)->settings);
  G_OBJECT_CLASS (lg_settings_parent_class)->finalize (object);
}

static GParamSpec *
key_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
derived_boolean (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
lg_settings_class_init (LgSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lg_settings_finalize;
  object_class->get_property = lg_settings_get_property;
  object_class->set_property = lg_settings_set_property;

  properties[PROP_TEXT_SCALE] = g_param_spec_double ("text-scale", NULL, NULL, 0.75, 3.0, 1.0, rw);
  properties[PROP_EXAM_ROOM_TEXT_SCALE] =
    g_param_spec_double ("exam-room-text-scale", NULL, NULL, 0.75, 3.0, 1.5, rw);
  properties[PROP_CLINIC_NAME] = key_string ("clinic-name");
  properties[PROP_CLINIC_PHONE] = key_string ("clinic-phone");
  properties[PROP_CLINIC_WEBSITE] = key_string ("clinic-website");
  properties[PROP_CLINIC_DEPARTMENT] = key_string ("clinic-department");
  properties[PROP_CLINIC_AFTER_HOURS] = key_string ("clinic-after-hours");
  properties[PROP_CLINIC_ADDRESS] = key_string ("clinic-address");
  properties[PROP_APPROVED_BY_NAME] = key_string ("approved-by-name");
  properties[PROP_APPROVED_BY_ROLE] = key_string ("approved-by-role");
  properties[PROP_APPROVED_MONTH] = key_string ("approved-month");
  /** LgSettings:clinic-logo: read only; set it with lg_settings_set_clinic_logo(). */
  properties[PROP_CLINIC_LOGO] = g_param_spec_string ("clinic-logo", NULL, NULL, "",
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAPER_SIZE] = key_string ("paper-size");
  properties[PROP_CONTENT_LANGUAGE] = key_string ("content-language");
  properties[PROP_TEXT_SCALE_CAN_GROW] = derived_boolean ("text-scale-can-grow");
  properties[PROP_TEXT_SCALE_CAN_SHRINK] = derived_boolean ("text-scale-can-shrink");
  properties[PROP_EXAM_ROOM_TEXT_SCALE_CAN_GROW] = derived_boolean ("exam-room-text-scale-can-grow");
  properties[PROP_EXAM_ROOM_TEXT_SCALE_CAN_SHRINK] = derived_boolean ("exam-room-text-scale-can-shrink");
  /** LgSettings:paper: the LgPaper in force: the preference, or the locale's when automatic. */
  properties[PROP_PAPER] = g_param_spec_int ("paper", NULL, NULL, LG_PAPER_A4, LG_PAPER_LETTER, LG_PAPER_A4,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lg_settings_init (LgSettings *self)
{
  self->settings = g_settings_new ("io.github.liverguide.LiverGuide");
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
}

LgSettings *
lg_settings_new (void)
{
  return g_object_new (LG_TYPE_SETTINGS, NULL);
}
