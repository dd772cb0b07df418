/* lg-application.c
 *
 * The application object: it owns the settings (LgSettings) and the session (LgSession: the
 * content language, the content stores, the question ticks), starts GTK and libadwaita, and opens
 * windows, which get both as construct properties. The command line and the headless modes are in
 * lg-application-cli.c, the actions in lg-application-actions.c, the About window in lg-about.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-application-private.h"
#include "lg-search-provider.h"
#include "lg-window.h"

struct _LgApplication
{
  AdwApplication parent_instance;

  LgSettings *settings;         /* made on first use: --version needs no schema */
  LgSession *session;
  LgTextScale *text_scale;
  GtkCssProvider *high_contrast_frame;
  LgSearchProvider *search_provider;  /* while registered on the session bus */
};

G_DEFINE_FINAL_TYPE (LgApplication, lg_application, ADW_TYPE_APPLICATION)

LgSettings *
lg_application_get_settings (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = lg_settings_new ();
  return self->settings;
}

LgSession *
lg_application_get_session (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);

  if (self->session == NULL)
    self->session = lg_session_new (lg_application_get_settings (self));
  return self->session;
}

/* The text size in force for the display, made at startup. */
LgTextScale *
lg_application_get_text_scale (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);
  return self->text_scale;
}

/* The window in front, or a new one. */
LgWindow *
_lg_application_get_window (LgApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (lg_window_new (GTK_APPLICATION (self), lg_application_get_session (self)));
  return LG_WINDOW (window);
}

static int
lg_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  LgApplication *self = LG_APPLICATION (application);
  GVariantDict *dict = g_application_command_line_get_options_dict (command_line);
  LgWindow *window = _lg_application_get_window (self);
  LgSession *session = lg_application_get_session (self);
  const char *language = NULL;
  g_autofree const char **topics = NULL;
  g_autofree const char **uris = NULL;

  /* After the window exists, so it hears of a missing language and shows the notice. */
  if (g_variant_dict_lookup (dict, "language", "&s", &language))
    {
      /* For this run only: the menu ticks the language shown, the settings keep theirs. */
      lg_session_set_content_language (session, language);
      _lg_application_set_menu_choice (self, lg_session_get_content_language (session));
    }
  else
    lg_session_report_unavailable (session);
  if (g_variant_dict_lookup (dict, "topic", "^a&ay", &topics) && topics[0] != NULL)
    lg_window_show_topic (window, topics[0]);
  if (g_variant_dict_contains (dict, "exam-room"))
    lg_window_set_exam_room (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  /* liver-guide URI…, as a browser or a health record starts it */
  if (g_variant_dict_lookup (dict, G_OPTION_REMAINING, "^a&s", &uris))
    for (guint i = 0; uris[i] != NULL; i++)
      _lg_application_open_link (self, uris[i]);
  return EXIT_SUCCESS;
}

/* Links opened by D-Bus activation (org.freedesktop.Application.Open) or by GIO. */
static void
lg_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  LgApplication *self = LG_APPLICATION (application);

  gtk_window_present (GTK_WINDOW (_lg_application_get_window (self)));
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *uri = g_file_get_uri (files[i]);

      _lg_application_open_link (self, uri);
    }
}

/* On the session bus: GNOME Shell's search provider at the app's path + /SearchProvider. A copy
 * D-Bus started for the Shell alone (--gapplication-service) leaves 10 s after the last call. */
static gboolean
lg_application_dbus_register (GApplication     *application,
                              GDBusConnection  *connection,
                              const char       *object_path,
                              GError          **error)
{
  LgApplication *self = LG_APPLICATION (application);
  g_autofree char *path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (lg_application_parent_class)->dbus_register (application, connection,
                                                                         object_path, error))
    return FALSE;
  if (g_application_get_flags (application) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (application, 10000);
  self->search_provider = lg_search_provider_new (self);
  return lg_search_provider_export (self->search_provider, connection, path, error);
}

static void
lg_application_dbus_unregister (GApplication    *application,
                                GDBusConnection *connection,
                                const char      *object_path)
{
  LgApplication *self = LG_APPLICATION (application);

  if (self->search_provider != NULL)
    lg_search_provider_unexport (self->search_provider);
  g_clear_object (&self->search_provider);
  G_APPLICATION_CLASS (lg_application_parent_class)->dbus_unregister (application, connection, object_path);
}

static void
lg_application_activate (GApplication *application)
{
  LgApplication *self = LG_APPLICATION (application);
  LgWindow *window = _lg_application_get_window (self);

  lg_session_report_unavailable (lg_application_get_session (self));
  gtk_window_present (GTK_WINDOW (window));
}

/* style.css draws the frame of a window without a compositor as a border and an outline, and the
 * topic page's cards with a border, which cost a software renderer far less than libadwaita's
 * shadows; in high contrast those lines are as strong as libadwaita's. */
static void
high_contrast_cb (LgApplication   *self,
                  GParamSpec      *pspec,
                  AdwStyleManager *style)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (adw_style_manager_get_high_contrast (style))
    gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->high_contrast_frame),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  else
    gtk_style_context_remove_provider_for_display (display,
                                                   GTK_STYLE_PROVIDER (self->high_contrast_frame));
}

static void
watch_high_contrast (LgApplication *self)
{
  self->high_contrast_frame = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (self->high_contrast_frame,
                                   "window.solid-csd { outline-color: alpha(@window_fg_color, 0.5); }\n"
                                   ".lg-topic .card { border-color: alpha(@window_fg_color, 0.5); }\n"
                                   ".lg-topic .card.lg-note { border-left-color: @accent_bg_color; }",
                                   -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (high_contrast_cb), self, G_CONNECT_SWAPPED);
  high_contrast_cb (self, NULL, adw_style_manager_get_default ());
}

/* GTK reads the icon theme in a thread when the display opens, but GtkApplication and libadwaita
 * then add their icons' resource paths, which makes it read the theme again, all of it, at the
 * first icon looked up: on the main thread, in the first layout, before the first frame (about
 * 15 ms here). Started again in a thread here, that reading overlaps building the window. */
static void
load_icon_theme_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      theme,
                        GCancellable *cancellable)
{
  gtk_icon_theme_has_icon (theme, "open-menu-symbolic");
}

static void
load_icon_theme (void)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  g_task_set_task_data (task, g_object_ref (theme), g_object_unref);
  g_task_run_in_thread (task, load_icon_theme_thread);
}

static void
lg_application_startup (GApplication *application)
{
  LgApplication *self = LG_APPLICATION (application);

  /* First, so the reading overlaps GTK's and libadwaita's own start-up. */
  lg_session_preload (lg_application_get_session (self));
  G_APPLICATION_CLASS (lg_application_parent_class)->startup (application);
  load_icon_theme ();
  _lg_application_add_actions (self);
  gtk_window_set_default_icon_name (APPLICATION_ID);
  self->text_scale = lg_text_scale_new (gdk_display_get_default (), lg_application_get_settings (self));
  watch_high_contrast (self);
}

/* Question ticks and drawings last as long as a window shows them: when the last window closes, nothing of
 * them stays for the next person (the app may keep running, e.g. for D-Bus activation). */
static void
lg_application_window_removed (GtkApplication *application,
                               GtkWindow      *window)
{
  LgApplication *self = LG_APPLICATION (application);

  GTK_APPLICATION_CLASS (lg_application_parent_class)->window_removed (application, window);
  if (gtk_application_get_windows (application) == NULL && self->session != NULL)
    {
      lg_question_ticks_clear (lg_session_get_ticks (self->session));
      lg_drawings_clear (lg_session_get_drawings (self->session));
    }
}

static void
lg_application_finalize (GObject *object)
{
  LgApplication *self = LG_APPLICATION (object);

  g_clear_object (&self->search_provider);
  g_clear_object (&self->session);
  g_clear_object (&self->text_scale);
  g_clear_object (&self->settings);
  g_clear_object (&self->high_contrast_frame);
  G_OBJECT_CLASS (lg_application_parent_class)->finalize (object);
}

static void
lg_application_class_init (LgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lg_application_finalize;
  app_class->handle_local_options = _lg_application_handle_local_options;
  app_class->command_line = lg_application_command_line;
  app_class->activate = lg_application_activate;
  app_class->open = lg_application_open;
  app_class->dbus_register = lg_application_dbus_register;
  app_class->dbus_unregister = lg_application_dbus_unregister;
  app_class->startup = lg_application_startup;
  GTK_APPLICATION_CLASS (klass)->window_removed = lg_application_window_removed;
}

static void
lg_application_init (LgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), lg_application_options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explains liver metastases and their treatment."));
}

LgApplication *
lg_application_new (void)
{
  return g_object_new (LG_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
