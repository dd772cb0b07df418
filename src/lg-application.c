/* lg-application.c
 *
 * Command line (--topic, --language, --exam-room, --list-topics, --export-pdf, --version)
 * handled locally where no window is needed, application actions and accelerators, the About and
 * Preferences windows, the text size, and the content stores: one per content language, each
 * loaded once on first use.
 *
 * The content language is the app's own, apart from the UI language: the UI follows the system
 * locale through gettext, while the content is read from the translated copy of the JSON that the
 * build bundled for that language (lg-languages.c). Changing it swaps the store that
 * lg_application_get_store() returns and notifies "content-language"; windows rebuild from it.
 * Clinic content packs (--content-dir, --check-content) are added to every store: lg-content-pack.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-application.h"
#include "lg-content-pack.h"
#include "lg-handout.h"
#include "lg-picture.h"
#include "lg-languages.h"
#include "lg-preferences-window.h"
#include "lg-source.h"
#include "lg-text-scale.h"
#include "lg-window.h"
#include "lg-settings.h"

struct _LgApplication
{
  AdwApplication parent_instance;

  GHashTable *stores;           /* language code → LgContentStore */
  GHashTable *store_errors;     /* language code → GError, for a set that failed to load */
  GSettings *settings;
  char *content_language;       /* the language shown; NULL until first needed */
  char *unavailable;            /* the settings asked for this missing language at start-up */
  LgTextScale *text_scale;
  GtkCssProvider *high_contrast_frame;
  char *content_dir;            /* --content-dir, or NULL */
  GPtrArray *content_problems;  /* of LgContentProblem: clinic pack files left out */
  GThread *preload;             /* reading the content at start-up, see preload_content() */
};

G_DEFINE_FINAL_TYPE (LgApplication, lg_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_CONTENT_LANGUAGE,
  N_PROPS
};

enum {
  CONTENT_LANGUAGE_UNAVAILABLE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The language the settings ask for, the first time anything needs one. */
static void
ensure_content_language (LgApplication *self)
{
  g_autofree char *requested = NULL;
  gboolean available;

  if (self->content_language != NULL)
    return;
  requested = g_settings_get_string (lg_application_get_settings (self), "content-language");
  self->content_language = lg_languages_resolve (requested, &available);
  if (!available)
    self->unavailable = g_steal_pointer (&requested);
}

/* Keeps the outcome of reading the bundled content in @language, with the clinic's pack added:
 * the store, or why it failed. On the main thread: the pack's problems are the app's. */
static LgContentStore *
keep_loaded (LgApplication  *self,
             const char     *language,
             LgContentStore *loaded,
             GError         *error)
{
  if (error == NULL)
    {
      /* The clinic's own topics, as written, whatever the content language. */
      g_ptr_array_set_size (self->content_problems, 0);
      lg_content_store_load_packs (loaded, self->content_dir, self->content_problems);
      g_hash_table_insert (self->stores, g_strdup (language), loaded);
      return loaded;
    }
  g_clear_object (&loaded);
  /* A translated set names its folder: "es/surgery.json: $.title: …". */
  if (!g_str_equal (language, "en"))
    g_prefix_error (&error, "%s/", language);
  g_hash_table_insert (self->store_errors, g_strdup (language), error);
  return NULL;
}

typedef struct {
  char *language;
  char *dir;
  LgContentStore *store;
  GError *error;
} Preload;

static gpointer
preload_thread (gpointer data)
{
  Preload *preload = data;

  preload->store = lg_content_store_new ();
  lg_content_store_set_picture_check (preload->store, lg_picture_check);
  lg_content_store_load_resource (preload->store, preload->dir, &preload->error);
  return preload;
}

/* Reads the content in a thread while GTK and libadwaita start, for the window to come. It
 * touches nothing but its own new store until lg_application_get_store() takes it over. */
static void
preload_content (LgApplication *self)
{
  Preload *preload;

  ensure_content_language (self);
  if (self->preload != NULL || g_hash_table_contains (self->stores, self->content_language))
    return;
  preload = g_new0 (Preload, 1);
  preload->language = g_strdup (self->content_language);
  preload->dir = lg_languages_get_resource_dir (self->content_language);
  self->preload = g_thread_new ("lg-content", preload_thread, preload);
}

/* Waits for the reading started by preload_content(), and keeps what it read if @keep. */
static void
finish_preload (LgApplication *self,
                gboolean       keep)
{
  Preload *preload;

  if (self->preload == NULL)
    return;
  preload = g_thread_join (g_steal_pointer (&self->preload));
  if (keep && !g_hash_table_contains (self->stores, preload->language) &&
      !g_hash_table_contains (self->store_errors, preload->language))
    keep_loaded (self, preload->language, g_steal_pointer (&preload->store), g_steal_pointer (&preload->error));
  g_clear_object (&preload->store);
  g_clear_error (&preload->error);
  g_free (preload->language);
  g_free (preload->dir);
  g_free (preload);
}

/* The content in the current content language, parsed on first use. */
LgContentStore *
lg_application_get_store (LgApplication  *self,
                          GError        **error)
{
  LgContentStore *store;
  GError *store_error;

  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);

  finish_preload (self, TRUE);
  ensure_content_language (self);
  store = g_hash_table_lookup (self->stores, self->content_language);
  store_error = g_hash_table_lookup (self->store_errors, self->content_language);

  if (store == NULL && store_error == NULL)
    {
      LgContentStore *loaded = lg_content_store_new ();
      lg_content_store_set_picture_check (loaded, lg_picture_check);
      g_autofree char *dir = lg_languages_get_resource_dir (self->content_language);
      GError *load_error = NULL;

      lg_content_store_load_resource (loaded, dir, &load_error);
      store = keep_loaded (self, self->content_language, loaded, load_error);
      store_error = g_hash_table_lookup (self->store_errors, self->content_language);
    }
  if (store_error != NULL)
    {
      g_propagate_error (error, g_error_copy (store_error));
      return NULL;
    }
  return store;
}

/* The code of the content language shown: "en", "es", … */
const char *
lg_application_get_content_language (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);

  ensure_content_language (self);
  return self->content_language;
}

/* Shows the content in @language ("es", "es_MX"; NULL or "" to follow the system) from now on,
 * without touching the settings. When this build has no such language it shows English, emits
 * "content-language-unavailable" (windows show a notice) and returns FALSE. */
gboolean
lg_application_set_content_language (LgApplication *self,
                                     const char    *language)
{
  g_autofree char *code = NULL;
  gboolean available;

  g_return_val_if_fail (LG_IS_APPLICATION (self), FALSE);

  code = lg_languages_resolve (language, &available);
  g_clear_pointer (&self->unavailable, g_free);
  if (g_strcmp0 (code, self->content_language) != 0)
    {
      g_free (self->content_language);
      self->content_language = g_steal_pointer (&code);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_LANGUAGE]);
    }
  if (!available)
    g_signal_emit (self, signals[CONTENT_LANGUAGE_UNAVAILABLE], 0, language);
  return available;
}

/* Tells the windows, once, that the language the settings ask for is not in this build. */
static void
report_unavailable_setting (LgApplication *self)
{
  g_autofree char *requested = g_steal_pointer (&self->unavailable);

  if (requested != NULL)
    g_signal_emit (self, signals[CONTENT_LANGUAGE_UNAVAILABLE], 0, requested);
}

/* Which item of the header bar's language menu is ticked: a code, or "" for the system's. */
static void
set_menu_choice (LgApplication *self,
                 const char    *choice)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "content-language");

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (choice));
}

static void
settings_language_changed_cb (LgApplication *self,
                              const char    *key,
                              GSettings     *settings)
{
  g_autofree char *requested = g_settings_get_string (settings, "content-language");

  set_menu_choice (self, requested);
  lg_application_set_content_language (self, requested);
}

/* The clinic pack files that were left out, with why (element-type LgContentProblem). */
GPtrArray *
lg_application_get_content_problems (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);
  return self->content_problems;
}

GSettings *
lg_application_get_settings (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    {
      self->settings = g_settings_new ("io.github.liverguide.LiverGuide");
      g_signal_connect_object (self->settings, "changed::content-language",
                               G_CALLBACK (settings_language_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  return self->settings;
}

/* The text size in force for the display, made at startup. */
LgTextScale *
lg_application_get_text_scale (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);
  return self->text_scale;
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
  { "topic", 't', 0, G_OPTION_ARG_STRING_ARRAY, NULL, N_("Open at the topic with this id (repeat it to export several)"), N_("ID") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the topics in this language, such as “es” (the interface keeps its own)"),
    N_("LANG") },
  { "list-topics", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print every topic’s id and title, then exit"), NULL },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the printed handout of the topics (all without --topic) to FILE, then exit"), N_("FILE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Paper size for --export-pdf: a4 or letter"), N_("SIZE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version, then exit"), NULL },
  { "exam-room", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open in exam-room mode: full screen, large text"), NULL },
  { "content-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Also show the clinic topics in this folder"), N_("DIR") },
  { "check-content", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Check the clinic topics in this folder, print each problem, then exit"), N_("DIR") },
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

      /* UTF-8 as it is, whatever the locale: under plain C, g_print() would turn every accent
       * of a Spanish title into "?". */
      printf ("%s\t%s\n", lg_topic_get_id (topic), title);
    }
  return EXIT_SUCCESS;
}

/* Writes the handout of @ids (every topic when NULL) to @path, with no display needed. */
static int
export_pdf (LgApplication      *self,
            const char         *path,
            const char * const *ids,
            const char         *paper_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LgHandout) handout = NULL;
  g_auto(LgHandoutOptions) handout_options = { 0 };
  LgContentStore *store = lg_application_get_store (self, &error);
  LgPaper paper;

  if (store == NULL)
    {
      g_printerr ("liver-guide: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (paper_name != NULL && !lg_paper_from_string (paper_name, &paper))
    {
      g_printerr (_("liver-guide: unknown paper size “%s”; use a4 or letter\n"), paper_name);
      return EXIT_FAILURE;
    }
  if (paper_name == NULL)
    paper = lg_settings_get_paper (lg_application_get_settings (self));

  if (ids != NULL && ids[0] != NULL)
    {
      for (guint i = 0; ids[i] != NULL; i++)
        {
          LgTopic *topic = lg_content_store_lookup_topic (store, ids[i]);

          if (topic == NULL)
            {
              g_printerr (_("liver-guide: unknown topic “%s”; see liver-guide --list-topics\n"), ids[i]);
              return EXIT_FAILURE;
            }
          g_ptr_array_add (topics, g_object_ref (topic));
        }
    }
  else
    {
      GListModel *all = lg_content_store_get_topics (store);

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        g_ptr_array_add (topics, g_list_model_get_item (all, i));
    }

  lg_handout_options_init (&handout_options, paper);
  lg_settings_load_clinic (lg_application_get_settings (self), &handout_options);
  handout = lg_handout_new (store, topics, NULL, &handout_options);
  if (!lg_handout_write_pdf (handout, path, &error))
    {
      g_printerr ("liver-guide: %s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

/* For authors of clinic packs: every problem as "file: $.path: message", one a line, checked
 * against the bundled content alone (not the user's own pack). */
static int
check_content (const char *dir)
{
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  lg_content_store_set_picture_check (store, lg_picture_check);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_content_problem_free);
  g_autoptr(GFile) folder = g_file_new_for_commandline_arg (dir);
  g_autoptr(GError) error = NULL;
  guint n;

  if (!lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error))
    {
      g_printerr ("liver-guide: %s\n", error->message);
      return EXIT_FAILURE;
    }
  n = lg_content_store_load_pack (store, folder, problems);
  for (guint i = 0; i < problems->len; i++)
    g_print ("%s\n", ((LgContentProblem *) g_ptr_array_index (problems, i))->message);
  if (problems->len > 0)
    return EXIT_FAILURE;
  g_print (ngettext ("%u topic OK\n", "%u topics OK\n", n), n);
  return EXIT_SUCCESS;
}

static int
lg_application_handle_local_options (GApplication *application,
                                     GVariantDict *dict)
{
  LgApplication *self = LG_APPLICATION (application);
  g_autofree const char **topics = NULL;
  const char *language = NULL;
  const char *pdf = NULL;
  const char *paper = NULL;
  const char *dir = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("%s %s\n", _("Liver Guide"), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  if (g_variant_dict_lookup (dict, "check-content", "^&ay", &dir))
    return check_content (dir);
  if (g_variant_dict_lookup (dict, "content-dir", "^&ay", &dir))
    {
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *shown = g_filename_display_name (dir);
          g_printerr (_("liver-guide: --content-dir: “%s” is not a folder\n"), shown);
          return EXIT_FAILURE;
        }
      /* This process shows that folder, in its own window, even if Liver Guide is running. */
      g_free (self->content_dir);
      self->content_dir = g_canonicalize_filename (dir, NULL);
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  /* Set here too, so a window opened by this process loads that language first; the window
   * hears of a missing one from lg_application_command_line(). */
  if (g_variant_dict_lookup (dict, "language", "&s", &language) &&
      !lg_application_set_content_language (self, language) &&
      (g_variant_dict_contains (dict, "list-topics") || g_variant_dict_contains (dict, "export-pdf")))
    g_printerr (_("liver-guide: no content in “%s”; showing English\n"), language);

  if (g_variant_dict_contains (dict, "list-topics"))
    return list_topics (self);

  g_variant_dict_lookup (dict, "topic", "^a&s", &topics);
  g_variant_dict_lookup (dict, "paper", "&s", &paper);
  if (g_variant_dict_lookup (dict, "export-pdf", "^&ay", &pdf))
    return export_pdf (self, pdf, topics, paper);
  if (paper != NULL)
    {
      g_printerr (_("liver-guide: --paper only goes with --export-pdf\n"));
      return EXIT_FAILURE;
    }

  if (topics != NULL && topics[0] != NULL)
    {
      g_autoptr(GError) error = NULL;
      LgContentStore *store = lg_application_get_store (self, &error);

      for (guint i = 0; store != NULL && topics[i] != NULL; i++)
        {
          if (lg_content_store_lookup_topic (store, topics[i]) == NULL)
            {
              g_printerr (_("liver-guide: unknown topic “%s”; see liver-guide --list-topics\n"), topics[i]);
              return EXIT_FAILURE;
            }
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
  const char *language = NULL;
  g_autofree const char **topics = NULL;

  /* After the window exists, so it hears of a missing language and shows the notice. */
  if (g_variant_dict_lookup (dict, "language", "&s", &language))
    {
      /* For this run only: the menu ticks the language shown, the settings keep theirs. */
      lg_application_set_content_language (self, language);
      set_menu_choice (self, lg_application_get_content_language (self));
    }
  else
    report_unavailable_setting (self);
  if (g_variant_dict_lookup (dict, "topic", "^a&s", &topics) && topics[0] != NULL)
    lg_window_show_topic (window, topics[0]);
  if (g_variant_dict_contains (dict, "exam-room"))
    lg_window_set_exam_room (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  return EXIT_SUCCESS;
}

static void
lg_application_activate (GApplication *application)
{
  LgApplication *self = LG_APPLICATION (application);
  LgWindow *window = get_window (self);

  report_unavailable_setting (self);
  gtk_window_present (GTK_WINDOW (window));
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
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LgApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  LgPreferencesWindow *window = lg_preferences_window_new (lg_application_get_settings (self));

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

  g_settings_set_string (lg_application_get_settings (self), "content-language",
                         g_variant_get_string (value, NULL));
  /* The settings' changed signal updates the state and the content. */
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "content-language", NULL, "s", "''", content_language_change_state },
};

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
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  LgApplication *self = LG_APPLICATION (application);

  /* First, so the reading overlaps GTK's and libadwaita's own start-up. */
  preload_content (self);
  G_APPLICATION_CLASS (lg_application_parent_class)->startup (application);
  load_icon_theme ();

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  {
    g_autofree char *requested = g_settings_get_string (lg_application_get_settings (self),
                                                        "content-language");

    set_menu_choice (self, requested);
  }
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         preferences_accels);
  /* GTK sets this one only for a help overlay at gtk/help-overlay.ui; ours is built on first use
   * (lg-window.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay",
                                         help_accels);
  gtk_window_set_default_icon_name (APPLICATION_ID);
  LG_APPLICATION (application)->text_scale =
    lg_text_scale_new (gdk_display_get_default (), lg_application_get_settings (LG_APPLICATION (application)));

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

static void
lg_application_finalize (GObject *object)
{
  LgApplication *self = LG_APPLICATION (object);

  finish_preload (self, FALSE);
  g_clear_pointer (&self->stores, g_hash_table_unref);
  g_clear_pointer (&self->store_errors, g_hash_table_unref);
  g_clear_object (&self->text_scale);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->content_language, g_free);
  g_clear_pointer (&self->unavailable, g_free);
  g_clear_object (&self->high_contrast_frame);
  g_clear_pointer (&self->content_dir, g_free);
  g_clear_pointer (&self->content_problems, g_ptr_array_unref);
  G_OBJECT_CLASS (lg_application_parent_class)->finalize (object);
}

static void
lg_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LgApplication *self = LG_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CONTENT_LANGUAGE:
      g_value_set_string (value, lg_application_get_content_language (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LgApplication *self = LG_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CONTENT_LANGUAGE:
      lg_application_set_content_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_application_class_init (LgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lg_application_finalize;
  object_class->get_property = lg_application_get_property;
  object_class->set_property = lg_application_set_property;
  app_class->handle_local_options = lg_application_handle_local_options;
  app_class->command_line = lg_application_command_line;
  app_class->activate = lg_application_activate;
  app_class->startup = lg_application_startup;

  /**
   * LgApplication:content-language:
   *
   * The code of the language the content is shown in ("en", "es"), apart from the UI language.
   * Setting it takes a code, or "" to follow the system; an unavailable one shows English.
   */
  properties[PROP_CONTENT_LANGUAGE] =
    g_param_spec_string ("content-language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgApplication::content-language-unavailable:
   * @requested: the language asked for
   *
   * A language was asked for that this build does not carry; English is shown instead.
   */
  signals[CONTENT_LANGUAGE_UNAVAILABLE] =
    g_signal_new ("content-language-unavailable", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
lg_application_init (LgApplication *self)
{
  self->content_problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_content_problem_free);
  self->stores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->store_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_error_free);
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
