/* lg-clinic-content-page.c
 *
 * Preferences' "Clinic Content" page, for the clinic's IT person (patients see at most one quiet
 * line in the sidebar): a group for each file of the pack with problems, saying whether patients
 * see it, then each problem as what is wrong with where it is (line, column and JSON path); the
 * pack folders, each with a button to open it; and the command that checks a pack. A glossary
 * with a bad term was still read: its group says which terms were left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-clinic-content-page.h"
#include "lg-content-store.h"

/* More than this many problems are summed up, not listed: --check-content lists them all. */
#define MAX_PROBLEMS_SHOWN 60

struct _LgClinicContentPage
{
  AdwPreferencesPage parent_instance;

  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *folders_group;
  AdwPreferencesGroup *check_group;
  AdwActionRow *check_row;
  GPtrArray *added;          /* the groups and rows added for the problems and folders */
};

G_DEFINE_FINAL_TYPE (LgClinicContentPage, lg_clinic_content_page, ADW_TYPE_PREFERENCES_PAGE)

static GtkWidget *
plain_row (const char *title,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Messages quote what a file holds: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* One problem: what is wrong as the title; where, as "Line 12, column 26 · $.sections[0]". */
static GtkWidget *
problem_row (LgContentProblem *problem)
{
  const char *detail = problem->detail ? problem->detail : problem->message;
  const char *split = g_str_has_prefix (detail, "$") ? strstr (detail, ": ") : NULL;
  g_autofree char *path = split ? g_strndup (detail, split - detail) : NULL;
  g_autofree char *where = NULL;

  if (problem->line > 0 && path != NULL && !g_str_equal (path, "$"))
    /* TRANSLATORS: where a problem is in a clinic's file; %s is a JSON path like $.sections[0] */
    where = g_strdup_printf (_("Line %u, column %u · %s"), problem->line, problem->column, path);
  else if (problem->line > 0)
    where = g_strdup_printf (_("Line %u, column %u"), problem->line, problem->column);
  else if (path != NULL && !g_str_equal (path, "$"))
    where = g_strdup (path);
  else
    where = g_strdup (_("The whole file"));
  return plain_row (split ? split + 2 : detail, where);
}

/* What the file's problems mean for patients, and what to do. */
static char *
file_description (GPtrArray *problems,
                  guint      first,
                  guint      n)
{
  LgContentProblem *problem = g_ptr_array_index (problems, first);
  g_autofree char *what = NULL;

  if (!problem->file_loaded)
    what = g_strdup (g_str_equal (problem->file, "glossary.json")
                     ? _("Not read: patients see none of its terms.")
                     : _("Not shown: patients see the guide’s own topic, if it has one, or no topic."));
  else if (!g_str_equal (problem->file, "glossary.json"))
    what = g_strdup (_("Shown, but without the related topics below."));
  else
    what = g_strdup_printf (ngettext ("Read, but %u term was left out: patients do not see it.",
                                      "Read, but %u terms were left out: patients do not see them.",
                                      n), n);
  return g_strdup_printf ("%s %s", what,
                          _("Correct the file in a text editor at each place below, then restart Liver Guide."));
}

static void
add_group (LgClinicContentPage *self,
           AdwPreferencesGroup *group)
{
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), group);
  g_ptr_array_add (self->added, group);
}

/* A group per file, in the order they were read; a glossary's terms left out count as terms. */
static guint
add_problems (LgClinicContentPage *self,
              GPtrArray           *problems)
{
  guint n_files = 0, shown = 0;

  for (guint i = 0; problems != NULL && i < problems->len;)
    {
      LgContentProblem *first = g_ptr_array_index (problems, i);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      g_autofree char *description = NULL;
      g_autoptr(GHashTable) terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint end = i;

      for (; end < problems->len; end++)
        {
          LgContentProblem *p = g_ptr_array_index (problems, end);
          const char *split = p->detail ? strstr (p->detail, "].") : NULL;

          if (!g_str_equal (p->folder, first->folder) || !g_str_equal (p->file, first->file))
            break;
          /* "$.terms[3].definition: …": one term, however many faults it has. */
          if (p->file_loaded && split != NULL)
            g_hash_table_add (terms, g_strndup (p->detail, split - p->detail));
          else if (p->file_loaded)
            g_hash_table_add (terms, g_strdup (p->detail));
        }
      n_files++;
      adw_preferences_group_set_title (group, first->file);
      description = file_description (problems, i, g_hash_table_size (terms));
      adw_preferences_group_set_description (group, description);
      for (; i < end; i++)
        if (shown++ < MAX_PROBLEMS_SHOWN)
          adw_preferences_group_add (group, problem_row (g_ptr_array_index (problems, i)));
      add_group (self, group);
    }
  if (shown > MAX_PROBLEMS_SHOWN)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      g_autofree char *more = g_strdup_printf (ngettext ("…and %u more problem: the command below lists it.",
                                                         "…and %u more problems: the command below lists them.",
                                                         shown - MAX_PROBLEMS_SHOWN),
                                               shown - MAX_PROBLEMS_SHOWN);
      adw_preferences_group_set_description (group, more);
      add_group (self, group);
    }
  return n_files;
}

static void
open_folder_cb (GtkButton *button,
                gpointer   user_data)
{
  const char *folder = g_object_get_data (G_OBJECT (button), "lg-folder");
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
add_folder (LgClinicContentPage *self,
            const char          *folder)
{
  gboolean exists = g_file_test (folder, G_FILE_TEST_IS_DIR);
  g_autofree char *shown = g_filename_display_name (folder);
  GtkWidget *row = plain_row (shown, exists ? NULL : _("Does not exist yet: create it, then put the files in it."));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Open Folder"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, exists);
  g_object_set_data_full (G_OBJECT (button), "lg-folder", g_strdup (folder), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (open_folder_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (self->folders_group, row);
  g_ptr_array_add (self->added, row);
}

/**
 * lg_clinic_content_page_set_problems:
 * @problems: (element-type LgContentProblem) (nullable): the pack's problems, as the session has them
 * @folders: the pack folders read, the user's first
 */
void
lg_clinic_content_page_set_problems (LgClinicContentPage *self,
                                     GPtrArray           *problems,
                                     const char * const  *folders)
{
  g_autofree char *quoted = NULL;
  g_autofree char *command = NULL;
  guint n_files;

  g_return_if_fail (LG_IS_CLINIC_CONTENT_PAGE (self));

  for (guint i = 0; i < self->added->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->added, i);

      if (ADW_IS_PREFERENCES_GROUP (widget))
        adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (widget));
      else
        adw_preferences_group_remove (self->folders_group, widget);
    }
  g_ptr_array_set_size (self->added, 0);

  n_files = add_problems (self, problems);
  if (n_files == 0)
    adw_preferences_group_set_description (self->summary_group,
                                           _("Every file in the pack folders was read: patients see all of the clinic’s topics."));
  else
    {
      g_autofree char *summary = g_strdup_printf (ngettext ("%u file has problems. The guide’s own topics are not affected; patients see one quiet line saying some clinic topics could not be shown.",
                                                            "%u files have problems. The guide’s own topics are not affected; patients see one quiet line saying some clinic topics could not be shown.",
                                                            n_files), n_files);
      adw_preferences_group_set_description (self->summary_group, summary);
    }
  /* The folders and the command after the problems (a page has no insert at libadwaita 1.2). */
  for (AdwPreferencesGroup **g = (AdwPreferencesGroup *[]) { self->folders_group, self->check_group, NULL };
       *g != NULL; g++)
    {
      g_object_ref (*g);
      adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), *g);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), *g);
      g_object_unref (*g);
    }
  for (guint i = 0; folders != NULL && folders[i] != NULL; i++)
    add_folder (self, folders[i]);

  quoted = g_shell_quote (folders != NULL && folders[0] != NULL ? folders[0] : "FOLDER");
  command = g_strdup_printf ("liver-guide --check-content=%s", quoted);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->check_row), command);
}

static void
lg_clinic_content_page_finalize (GObject *object)
{
  LgClinicContentPage *self = LG_CLINIC_CONTENT_PAGE (object);

  g_clear_pointer (&self->added, g_ptr_array_unref);
  G_OBJECT_CLASS (lg_clinic_content_page_parent_class)->finalize (object);
}

static void
lg_clinic_content_page_class_init (LgClinicContentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lg_clinic_content_page_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-clinic-content-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LgClinicContentPage, summary_group);
  gtk_widget_class_bind_template_child (widget_class, LgClinicContentPage, folders_group);
  gtk_widget_class_bind_template_child (widget_class, LgClinicContentPage, check_group);
  gtk_widget_class_bind_template_child (widget_class, LgClinicContentPage, check_row);
}

static void
lg_clinic_content_page_init (LgClinicContentPage *self)
{
  self->added = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
