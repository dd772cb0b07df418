/* lg-application.c
 *
 * Command line (--topic, --list-topics, --version) handled locally where no window is needed,
 * application actions and accelerators, the About window, and the content store loaded once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-application.h"
#include "lg-source.h"
#include "lg-window.h"

struct _LgApplication
{
  AdwApplication parent_instance;

  LgContentStore *store;
  GError *store_error;
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (LgApplication, lg_application, ADW_TYPE_APPLICATION)

/* The bundled content, parsed on first use. */
LgContentStore *
lg_application_get_store (LgApplication  *self,
                          GError        **error)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);

  if (self->store == NULL && self->store_error == NULL)
    {
      g_autoptr(LgContentStore) store = lg_content_store_new ();

      if (lg_content_store_load_resource (store, RESOURCE_BASE "/content", &self->store_error))
        self->store = g_steal_pointer (&store);
    }
  if (self->store_error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->store_error));
      return NULL;
    }
  return self->store;
}

GSettings *
lg_application_get_settings (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new ("io.github.liverguide.LiverGuide");
  return self->settings;
}

static LgWindow *
get_window (LgApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (lg_window_new (self));
  return LG_WINDOW (window);
}

/* -------------------------------------------------------------------------------------------- */
/* Command line                                                                                 */

static const GOptionEntry options[] = {
  { "topic", 't', 0, G_OPTION_ARG_STRING, NULL, N_("Open at the topic with this id"), N_("ID") },
  { "list-topics", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print every topic’s id and title, then exit"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version, then exit"), NULL },
  { NULL }
};

static int
list_topics (LgApplication *self)
{
  g_autoptr(GError) error = NULL;
  LgContentStore *store = lg_application_get_store (self, &error);
  GListModel *topics;

  if (store == NULL)
    {
      g_printerr ("liver-guide: %s\n", error->message);
      return EXIT_FAILURE;
    }
  topics = lg_content_store_get_topics (store);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *title = lg_content_store_to_plain (store, lg_topic_get_title (topic));

      g_print ("%s\t%s\n", lg_topic_get_id (topic), title);
    }
  return EXIT_SUCCESS;
}

static int
lg_application_handle_local_options (GApplication *application,
                                     GVariantDict *dict)
{
  LgApplication *self = LG_APPLICATION (application);
  const char *topic = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("%s %s\n", _("Liver Guide"), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  if (g_variant_dict_contains (dict, "list-topics"))
    return list_topics (self);

  if (g_variant_dict_lookup (dict, "topic", "&s", &topic))
    {
      g_autoptr(GError) error = NULL;
      LgContentStore *store = lg_application_get_store (self, &error);

      if (store != NULL && lg_content_store_lookup_topic (store, topic) == NULL)
        {
          g_printerr (_("liver-guide: unknown topic “%s”; see liver-guide --list-topics\n"), topic);
          return EXIT_FAILURE;
        }
    }

  if (!gtk_init_check ())
    {
      g_printerr (_("liver-guide: no display found; set DISPLAY or WAYLAND_DISPLAY, or use --list-topics\n"));
      return EXIT_FAILURE;
    }

  return -1;
}

static int
lg_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  LgApplication *self = LG_APPLICATION (application);
  GVariantDict *dict = g_application_command_line_get_options_dict (command_line);
  LgWindow *window = get_window (self);
  const char *topic = NULL;

  if (g_variant_dict_lookup (dict, "topic", "&s", &topic))
    lg_window_show_topic (window, topic);
  gtk_window_present (GTK_WINDOW (window));
  return EXIT_SUCCESS;
}

static void
lg_application_activate (GApplication *application)
{
  gtk_window_present (GTK_WINDOW (get_window (LG_APPLICATION (application))));
}

/* -------------------------------------------------------------------------------------------- */
/* Actions                                                                                      */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LgApplication *self = user_data;
  static const char *developers[] = { "Liver Guide developers", NULL };
  g_autoptr(GPtrArray) publishers = g_ptr_array_new_with_free_func (g_free);
  LgContentStore *store = lg_application_get_store (self, NULL);
  GtkWindow *about;

  if (store != NULL)
    {
      GListModel *topics = lg_content_store_get_topics (store);

      for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
        {
          g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
          GListModel *sources = lg_topic_get_sources (topic);

          for (guint j = 0; j < g_list_model_get_n_items (sources); j++)
            {
              g_autoptr(LgSource) source = g_list_model_get_item (sources, j);
              const char *publisher = lg_source_get_publisher (source);

              if (!g_ptr_array_find_with_equal_func (publishers, publisher, g_str_equal, NULL))
                g_ptr_array_add (publishers, g_strdup (publisher));
            }
        }
      g_ptr_array_sort (publishers, compare_names);
    }
  g_ptr_array_add (publishers, NULL);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Liver Guide"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Liver Guide developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Plain-language explanations of liver metastases and their "
                                      "treatment, for patients, families and clinicians.\n\n"
                                      "This app is for learning and does not replace advice from "
                                      "your care team."),
                        "website", "https://github.com/liverguide/liver-guide",
                        "issue-url", "https://github.com/liverguide/liver-guide/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Content and illustrations"),
                                      NULL, GTK_LICENSE_CUSTOM,
                                      _("The topics, glossary and illustrations are licensed under "
                                        "the <a href=\"https://creativecommons.org/licenses/by-sa/4.0/\">"
                                        "Creative Commons Attribution-ShareAlike 4.0</a> licence."));
  if (publishers->len > 1)
    adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                  _("Content sources"),
                                                  (const char **) publishers->pdata);
  gtk_window_present (about);
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

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
lg_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (lg_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
lg_application_finalize (GObject *object)
{
  LgApplication *self = LG_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (lg_application_parent_class)->finalize (object);
}

static void
lg_application_class_init (LgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lg_application_finalize;
  app_class->handle_local_options = lg_application_handle_local_options;
  app_class->command_line = lg_application_command_line;
  app_class->activate = lg_application_activate;
  app_class->startup = lg_application_startup;
}

static void
lg_application_init (LgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explains liver metastases and their treatment."));
}

LgApplication *
lg_application_new (void)
{
  return g_object_new (LG_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
