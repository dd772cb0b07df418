/* lg-application-actions.c — the application's actions (About, Preferences, Quit, the content
 * language menu) and their accelerators
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-about.h"
#include "lg-application-private.h"
#include "lg-preferences-window.h"

/* Which item of the header bar's language menu is ticked: a code, or "" for the system's. */
void
_lg_application_set_menu_choice (LgApplication *self,
                                 const char    *choice)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "content-language");

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (choice));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LgApplication *self = user_data;
  LgSession *session = lg_application_get_session (self);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  LgPreferencesWindow *window = lg_preferences_window_new (lg_application_get_settings (self));
  g_auto(GStrv) folders = lg_session_dup_content_folders (session);

  lg_preferences_window_set_store (window, lg_session_get_store (session, NULL));
  lg_preferences_window_set_clinic_content (window, lg_session_get_content_problems (session),
                                            (const char * const *) folders);
  /* app.clinic-content: the same window, on the page the sidebar's note is about. */
  if (action != NULL && g_str_equal (g_action_get_name (G_ACTION (action)), "clinic-content"))
    lg_preferences_window_show_clinic_content (window);

  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *application = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (application));

  /* Close windows properly, so their size and topic are saved. */
  for (GList *l = windows; l != NULL; )
    {
      GList *next = l->next;
      gtk_window_close (l->data);
      l = next;
    }
}

/* The header bar's language menu: the state is the setting ("" follows the system), and
 * choosing keeps it for next time. */
static void
content_language_change_state (GSimpleAction *action,
                               GVariant      *value,
                               gpointer       user_data)
{
  LgApplication *self = user_data;

  lg_settings_set_content_language (lg_application_get_settings (self),
                                    g_variant_get_string (value, NULL));
  /* The settings' changed signal updates the state and the content. */
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LgApplication *self = user_data;

  lg_about_present (gtk_application_get_active_window (GTK_APPLICATION (self)),
                    lg_session_get_store (lg_application_get_session (self), NULL));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "clinic-content", preferences_action },
  { "quit", quit_action },
  { "content-language", NULL, "s", "''", content_language_change_state },
};

/* The settings' language changed (here or elsewhere): the menu ticks it. The session shows it. */
static void
settings_language_cb (LgApplication *self,
                      GParamSpec    *pspec,
                      LgSettings    *settings)
{
  g_autofree char *requested = lg_settings_dup_content_language (settings);

  _lg_application_set_menu_choice (self, requested);
}

/* New patient shows the settings' language again, even when the key did not change. */
static void
new_patient_cb (LgApplication *self)
{
  settings_language_cb (self, NULL, lg_application_get_settings (self));
}

void
_lg_application_add_actions (LgApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  LgSettings *settings = lg_application_get_settings (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  g_signal_connect_object (settings, "notify::content-language", G_CALLBACK (settings_language_cb),
                           self, G_CONNECT_SWAPPED);
  settings_language_cb (self, NULL, settings);
  g_signal_connect_object (lg_application_get_session (self), "new-patient",
                           G_CALLBACK (new_patient_cb), self, G_CONNECT_SWAPPED);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  /* GTK sets this one only for a help overlay at gtk/help-overlay.ui; ours is built on first use
   * (lg-window.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", help_accels);
}
