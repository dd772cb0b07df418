/* lg-about.c — the About window: what the app is, how its content was written and checked, and
 * the publishers of every source the topics cite
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-about.h"
#include "lg-source.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* "Written from the sources … in December 2026": the least recent month any topic was checked,
 * or NULL when no topic says. */
static char *
dup_how_checked (LgContentStore *store)
{
  GListModel *topics = lg_content_store_get_topics (store);
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *month = NULL;
  int oldest = G_MAXINT;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      int year, number;

      lg_topic_get_reviewed (topic, &year, &number);
      if (year > 0 && number > 0)
        oldest = MIN (oldest, year * 12 + number - 1);
    }
  if (oldest == G_MAXINT)
    return NULL;
  when = g_date_time_new_utc (oldest / 12, oldest % 12 + 1, 1, 0, 0, 0);
  /* TRANSLATORS: a month and year, as in "December 2026" (strftime format) */
  month = g_date_time_format (when, _("%B %Y"));
  /* TRANSLATORS: %s is a month and year, e.g. "December 2026" */
  return g_strdup_printf (_("Every topic was written from the sources it lists and checked against "
                            "them in %s or later; each topic shows its own month. No clinician has "
                            "reviewed this guide for you: it is for learning and does not replace "
                            "advice from your care team."), month);
}

/* Presents the About window for @store's content (NULL when it failed to load) over @parent. */
void
lg_about_present (GtkWindow      *parent,
                  LgContentStore *store)
{
  static const char *developers[] = { "Liver Guide developers", NULL };
  g_autoptr(GPtrArray) publishers = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *checked = NULL;
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
                        "transient-for", parent,
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
  if (store != NULL && (checked = dup_how_checked (store)) != NULL)
    adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("How the content was checked"),
                                        NULL, GTK_LICENSE_CUSTOM, checked);
  if (publishers->len > 1)
    adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                  _("Content sources"),
                                                  (const char **) publishers->pdata);
  gtk_window_present (about);
}

