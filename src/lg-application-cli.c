/* lg-application-cli.c
 *
 * The command line: options that need no window are handled here, in the process that was
 * started (--version, --list-topics, --export-pdf, --check-content), before GTK opens a display;
 * the rest (--topic, --language, --exam-room) go on to lg_application_command_line().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "lg-application-private.h"
#include "lg-content-pack.h"
#include "lg-handout.h"
#include "lg-languages.h"
#include "lg-link.h"
#include "lg-picture.h"
#include "lg-signal-stop.h"

const GOptionEntry lg_application_options[] = {
  { "topic", 't', 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, N_("Open at the topic with this id (repeat it to export several)"), N_("ID") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the topics in this language, such as “es” (the interface keeps its own)"),
    N_("LANG") },
  { "list-topics", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print every topic’s id and title, then exit"), NULL },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the printed handout of the topics (all without --topic) to FILE, then exit"), N_("FILE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Paper size for --export-pdf: a4 or letter"), N_("SIZE") },
  { "full", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --export-pdf: every section of each topic, not the summary"), NULL },
  { "second-language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-pdf: the same topics again in this language, after the first, such as “en”"),
    N_("LANG") },
  { "large-print", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --export-pdf: large print (16-point text, larger pictures)"), NULL },
  /* What else a handout can carry: Words to know, the Compare table */
  { "words", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --export-pdf: add “Words to know”, the glossary terms the topics use"), NULL },
  { "compare", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-pdf: add the Compare table of these treatments, or of every one with “all”"),
    N_("ID,ID,…") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version, then exit"), NULL },
  { "exam-room", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open in exam-room mode: full screen, large text"), NULL },
  { "content-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Also show the clinic topics in this folder"), N_("DIR") },
  { "check-content", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Check the clinic topics in this folder, print each problem, then exit"), N_("DIR") },
  { "resolve", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print what a liver-guide: link opens (its language, then each topic’s id and title), then exit"),
    N_("URI") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL, NULL, N_("[URI…]") },
  { NULL }
};

static int
list_topics (LgApplication *self)
{
  g_autoptr(GError) error = NULL;
  LgContentStore *store = lg_session_get_store (lg_application_get_session (self), &error);
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

/* The clinic pack files that were left out, each with its first problem, after @heading; nothing
 * when there were none. */
static void
print_left_out (LgApplication *self,
                const char    *heading)
{
  GPtrArray *problems = lg_session_get_content_problems (lg_application_get_session (self));

  if (problems->len == 0)
    return;
  g_printerr ("liver-guide: --export-pdf: %s\n", heading);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("  %s\n", ((LgContentProblem *) g_ptr_array_index (problems, i))->message);
}

/* With --second-language: the same topics in that language after the first ones. */
static gboolean
add_second_language (LgApplication *self,
                     LgHandout     *handout,
                     GPtrArray     *topics,
                     GVariantDict  *dict)
{
  g_autoptr(GPtrArray) second_topics = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  LgContentStore *second;
  const char *language = NULL;

  if (!g_variant_dict_lookup (dict, "second-language", "&s", &language))
    return TRUE;
  if (!lg_languages_is_available (language))
    {
      g_printerr (_("liver-guide: no content in “%s” for --second-language\n"), language);
      return FALSE;
    }
  second = lg_session_get_store_for (lg_application_get_session (self), language, &error);
  if (second == NULL)
    {
      g_printerr ("liver-guide: %s\n", error->message);
      return FALSE;
    }
  for (guint i = 0; i < topics->len; i++)
    {
      LgTopic *topic = lg_content_store_lookup_topic (second, lg_topic_get_id (topics->pdata[i]));

      if (topic != NULL)
        g_ptr_array_add (second_topics, topic);
    }
  lg_handout_add_part (handout, second, second_topics);
  return TRUE;
}

/* --words and --compare=all|ID,ID,…: what else the handout carries; FALSE after saying why
 * when an id is no treatment in the Compare table. */
static gboolean
add_extras (LgContentStore   *store,
            GVariantDict     *dict,
            LgHandoutOptions *options)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *all = lg_content_store_get_topics (store);
  g_auto(GStrv) asked = NULL;
  const char *compare = NULL;

  options->words = g_variant_dict_contains (dict, "words");
  if (!g_variant_dict_lookup (dict, "compare", "&s", &compare))
    return TRUE;
  asked = g_strsplit (compare, ",", -1);
  for (guint i = 0; asked[i] != NULL; i++)
    {
      LgTopic *topic = lg_content_store_lookup_topic (store, g_strstrip (asked[i]));

      if (g_str_equal (asked[i], "all"))
        continue;
      if (topic == NULL || lg_topic_get_compare_name (topic) == NULL)
        {
          g_printerr (_("liver-guide: --compare: “%s” is not a treatment in the Compare table\n"), asked[i]);
          return FALSE;
        }
      g_strv_builder_add (ids, asked[i]);
    }
  for (guint i = 0; g_strv_contains ((const char * const *) asked, "all") &&
                    i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (all, i);

      if (lg_topic_get_compare_name (topic) != NULL)
        g_strv_builder_add (ids, lg_topic_get_id (topic));
    }
  options->compare = g_strv_builder_end (ids);
  return TRUE;
}

/* Writes the handout of @ids (every topic when NULL) to @path, with no display needed. */
static int
export_pdf (LgApplication      *self,
            const char         *path,
            const char * const *ids,
            const char         *paper_name,
            GVariantDict       *dict)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LgHandout) handout = NULL;
  g_auto(LgHandoutOptions) handout_options = { 0 };
  LgContentStore *store = lg_session_get_store (lg_application_get_session (self), &error);
  LgSignalStop *stop;
  gboolean written;
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
              print_left_out (self, _("the clinic files left out, one of which may be it:"));
              return EXIT_FAILURE;
            }
          g_ptr_array_add (topics, g_object_ref (topic));
        }
    }
  else
    {
      GListModel *all = lg_content_store_get_topics (store);

      print_left_out (self, _("clinic files left out of the handout:"));
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        g_ptr_array_add (topics, g_list_model_get_item (all, i));
    }

  lg_handout_options_init (&handout_options, paper);
  lg_settings_load_clinic (lg_application_get_settings (self), &handout_options);
  handout_options.full = g_variant_dict_contains (dict, "full");
  handout_options.large_print = g_variant_dict_contains (dict, "large-print");
  if (!add_extras (store, dict, &handout_options))
    return EXIT_FAILURE;
  handout = lg_handout_new (store, topics, NULL, &handout_options);
  if (!add_second_language (self, handout, topics, dict))
    return EXIT_FAILURE;
  stop = lg_signal_stop_new ();
  written = lg_handout_write_pdf_cancellable (handout, path, lg_signal_stop_get_cancellable (stop),
                                              &error);
  lg_signal_stop_finish (stop);  /* a signal that stopped the write ends the process here */
  if (!written)
    {
      g_printerr ("liver-guide: --export-pdf: %s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

/* --resolve: what the window would open for @uri, printed as "# language: LL" and then one
 * "id<TAB>title" line each. Exit status 2 for a malformed link, 3 for one that matches nothing
 * (README.md, "Linking from a health record"). */
static int
resolve_link (LgApplication *self,
              const char    *uri)
{
  LgSession *session = lg_application_get_session (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(LgLink) link = lg_link_parse (uri, &error);
  g_autoptr(GPtrArray) found = NULL;
  const char *language;
  LgContentStore *store;

  if (link == NULL)
    {
      g_printerr (_("liver-guide: --resolve: %s\n"), error->message);
      return LG_EXIT_MALFORMED_LINK;
    }
  language = link->language ? link->language : lg_session_get_content_language (session);
  if (!lg_languages_is_available (language))
    {
      g_printerr (_("liver-guide: no content in “%s”; showing English\n"), language);
      language = "en";
    }
  if ((store = lg_session_get_store_for (session, language, &error)) == NULL)
    {
      g_printerr ("liver-guide: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if ((found = lg_link_resolve (link, store, &error)) == NULL)
    {
      g_printerr (_("liver-guide: --resolve: %s\n"), error->message);
      return LG_EXIT_NO_MATCH;
    }
  printf ("# language: %s\n", lg_content_store_get_language (store));
  for (guint i = 0; i < found->len; i++)
    {
      gpointer item = g_ptr_array_index (found, i);
      gboolean topic = LG_IS_TOPIC (item);
      g_autofree char *title = lg_content_store_to_plain (store, topic ? lg_topic_get_title (item)
                                                                       : lg_glossary_term_get_term (item));

      printf ("%s\t%s\n", topic ? lg_topic_get_id (item) : lg_glossary_term_get_id (item), title);
    }
  return EXIT_SUCCESS;
}

/* For authors of clinic packs: every problem of every file, one a line, "file:line:column:
 * $.path: message" (or "file: $.path: message" where json-glib gives no place), checked against
 * the bundled content alone (not the user's own pack). */
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
    {
      LgContentProblem *problem = g_ptr_array_index (problems, i);

      /* As compilers write it, so an editor can go there: "file:line:column: $.path: what". */
      if (problem->line > 0)
        g_print ("%s:%u:%u: %s\n", problem->file, problem->line, problem->column, problem->detail);
      else
        g_print ("%s\n", problem->message);
    }
  if (problems->len > 0)
    return EXIT_FAILURE;
  g_print (ngettext ("%u topic OK\n", "%u topics OK\n", n), n);
  return EXIT_SUCCESS;
}

/* Whether @dir, given with @option, is a folder this process can read; if not, says why. */
static gboolean
check_folder_option (const char *option,
                     const char *dir)
{
  g_autofree char *shown = lg_content_pack_display_name (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;

  if (*dir == '\0')
    g_printerr (_("liver-guide: %s: give a folder; the name is empty\n"), option);
  else if (!g_file_test (dir, G_FILE_TEST_EXISTS))
    g_printerr (_("liver-guide: %s: “%s” does not exist\n"), option, shown);
  else if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    g_printerr (_("liver-guide: %s: “%s” is not a folder\n"), option, shown);
  else if ((d = g_dir_open (dir, 0, &error)) == NULL)
    g_printerr (_("liver-guide: %s: “%s” cannot be read: %s\n"), option, shown,
                g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
                ? _("permission denied") : error->message);
  else
    return TRUE;
  return FALSE;
}

/* Every --topic is a UTF-8 id (read as bytes, so a bad one is named here, not by GOption). */
static gboolean
check_topics (const char * const *topics)
{
  for (guint i = 0; topics != NULL && topics[i] != NULL; i++)
    if (!g_utf8_validate (topics[i], -1, NULL))
      {
        g_printerr (_("liver-guide: --topic: not valid UTF-8\n"));
        return FALSE;
      }
  return TRUE;
}

/* --content-dir: this process shows that folder's topics too, in its own window even if Liver
 * Guide is running. */
static gboolean
use_content_dir (LgApplication *self,
                 const char    *dir)
{
  g_autofree char *canonical = NULL;

  if (!check_folder_option ("--content-dir", dir))
    return FALSE;
  canonical = g_canonicalize_filename (dir, NULL);
  lg_session_set_content_dir (lg_application_get_session (self), canonical);
  g_application_set_flags (G_APPLICATION (self),
                           g_application_get_flags (G_APPLICATION (self)) | G_APPLICATION_NON_UNIQUE);
  return TRUE;
}

/* --topic without --export-pdf: each must be a topic, said before a window opens. */
static gboolean
check_topics_known (LgApplication      *self,
                    const char * const *topics)
{
  g_autoptr(GError) error = NULL;
  LgContentStore *store;

  if (topics == NULL || topics[0] == NULL)
    return TRUE;
  store = lg_session_get_store (lg_application_get_session (self), &error);
  for (guint i = 0; store != NULL && topics[i] != NULL; i++)
    {
      if (lg_content_store_lookup_topic (store, topics[i]) == NULL)
        {
          g_printerr (_("liver-guide: unknown topic “%s”; see liver-guide --list-topics\n"), topics[i]);
          return FALSE;
        }
    }
  return TRUE;
}

int
_lg_application_handle_local_options (GApplication *application,
                                      GVariantDict *dict)
{
  LgApplication *self = LG_APPLICATION (application);
  g_autofree const char **topics = NULL;
  const char *language = NULL;
  const char *pdf = NULL;
  const char *paper = NULL;
  const char *dir = NULL;
  const char *uri = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("%s %s\n", _("Liver Guide"), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  if (g_variant_dict_lookup (dict, "check-content", "^&ay", &dir))
    return *dir == '\0' ? (check_folder_option ("--check-content", dir), EXIT_FAILURE)
                        : check_content (dir);
  g_variant_dict_lookup (dict, "topic", "^a&ay", &topics);
  if (!check_topics (topics))
    return EXIT_FAILURE;
  if (g_variant_dict_lookup (dict, "content-dir", "^&ay", &dir) && !use_content_dir (self, dir))
    return EXIT_FAILURE;

  /* Set here too, so a window opened by this process loads that language first; the window
   * hears of a missing one from lg_application_command_line(). */
  if (g_variant_dict_lookup (dict, "language", "&s", &language) &&
      !lg_session_set_content_language (lg_application_get_session (self), language) &&
      (g_variant_dict_contains (dict, "list-topics") || g_variant_dict_contains (dict, "export-pdf")))
    g_printerr (_("liver-guide: no content in “%s”; showing English\n"), language);

  if (g_variant_dict_contains (dict, "list-topics"))
    return list_topics (self);
  if (g_variant_dict_lookup (dict, "resolve", "&s", &uri))
    return resolve_link (self, uri);

  g_variant_dict_lookup (dict, "paper", "&s", &paper);
  if (g_variant_dict_lookup (dict, "export-pdf", "^&ay", &pdf))
    return export_pdf (self, pdf, topics, paper, dict);
  if (paper != NULL || g_variant_dict_contains (dict, "full") ||
      g_variant_dict_contains (dict, "large-print") || g_variant_dict_contains (dict, "second-language") ||
      g_variant_dict_contains (dict, "words") || g_variant_dict_contains (dict, "compare"))
    {
      /* TRANSLATORS: the options are not translated */
      g_printerr (_("liver-guide: --paper, --full, --large-print, --second-language, --words and --compare only go with --export-pdf\n"));
      return EXIT_FAILURE;
    }
  if (!check_topics_known (self, topics))
    return EXIT_FAILURE;

  if (!gtk_init_check ())
    {
      g_printerr (_("liver-guide: no display found; set DISPLAY or WAYLAND_DISPLAY, or use --list-topics\n"));
      return EXIT_FAILURE;
    }

  return -1;
}
