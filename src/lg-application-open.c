/* lg-application-open.c
 *
 * A liver-guide: link opened in the window (lg-link.c reads it): given on the command line, or
 * sent by D-Bus activation or GIO (org.freedesktop.Application.Open). One match opens its topic
 * or glossary term; several topics listing the code are offered as a list in a dialog to choose from; a
 * name found by no code fills the sidebar's search with it; nothing, or a link that is not one,
 * says so in a dialog over the topic list. A link's language becomes the content language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-application-private.h"
#include "lg-link.h"

/* A message dialog over the window whose heading and body are its own wrapping labels, in its
 * extra child: AdwMessageDialog's heading label does not wrap, and libadwaita 1.7 measures it for
 * any width it is offered, which under fatal warnings ends the program when a heading is wider
 * than the dialog's first guess. @extra, if any, goes under the body. */
static GtkWidget *
message_new (LgWindow   *window,
             const char *heading,
             const char *body,
             GtkWidget  *extra)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), NULL, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *labels[] = { gtk_label_new (heading), gtk_label_new (body) };

  gtk_widget_add_css_class (labels[0], "title-2");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_wrap (GTK_LABEL (labels[i]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (labels[i]), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (labels[i]), GTK_JUSTIFY_CENTER);
      gtk_box_append (GTK_BOX (box), labels[i]);
    }
  if (extra != NULL)
    gtk_box_append (GTK_BOX (box), extra);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  gtk_window_set_title (GTK_WINDOW (dialog), heading);
  return dialog;
}

static void
tell (LgWindow   *window,
      const char *heading,
      const char *message)
{
  /* TRANSLATORS: %s says what was wrong with the link, such as "No topic matches CPT code 47999" */
  g_autofree char *body = g_strdup_printf (_("%s. The guide’s topics are in the list."), message);
  GtkWidget *dialog = message_new (window, heading, body, NULL);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  LgWindow      *window)
{
  const char *id = g_object_get_data (G_OBJECT (row), "lg-topic-id");
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (list), ADW_TYPE_MESSAGE_DIALOG);

  lg_window_show_topic (window, id);
  gtk_window_close (GTK_WINDOW (dialog));
}

/* One row of the list to choose from: the topic's title and its one-line subtitle. Both wrap,
 * so the dialog never needs more width than it has. */
static GtkWidget *
topic_row (LgContentStore *store,
           LgTopic        *topic)
{
  g_autofree char *title = lg_content_store_to_plain (store, lg_topic_get_title (topic));
  g_autofree char *subtitle = lg_content_store_to_plain (store, lg_topic_get_subtitle (topic));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "lg-topic-id", g_strdup (lg_topic_get_id (topic)), g_free);
  return row;
}

/* Several topics list the code: the person chooses one from a list (a row each, not a button
 * each: buttons do not wrap, and a long title made the dialog measure its labels too narrow). */
static void
choose (LgWindow       *window,
        LgContentStore *store,
        LgLink         *link,
        GPtrArray      *topics)
{
  GtkWidget *list = gtk_list_box_new ();
  /* TRANSLATORS: "ICD-10-CM C78.7": a code system and a code from a health record */
  g_autofree char *body = g_strdup_printf (_("Choose the topic to open for %s %s."),
                                           link->code_system->label, link->code);
  GtkWidget *dialog;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < topics->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), topic_row (store, g_ptr_array_index (topics, i)));
  g_signal_connect_object (list, "row-activated", G_CALLBACK (row_activated_cb), window, 0);
  dialog = message_new (window, _("Several Topics Match"), body, list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_lg_application_open_link (LgApplication *self,
                           const char    *uri)
{
  LgSession *session = lg_application_get_session (self);
  LgWindow *window = _lg_application_get_window (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(LgLink) link = lg_link_parse (uri, &error);
  g_autoptr(GPtrArray) found = NULL;
  LgContentStore *store;
  gpointer first;

  if (link == NULL)
    {
      tell (window, _("This Link Cannot Be Opened"), error->message);
      return;
    }
  if (link->language != NULL)
    {
      lg_session_set_content_language (session, link->language);
      _lg_application_set_menu_choice (self, lg_session_get_content_language (session));
    }
  if ((store = lg_session_get_store (session, NULL)) == NULL)
    return;  /* the window shows why */
  if ((found = lg_link_resolve (link, store, &error)) == NULL)
    {
      tell (window, _("No Topic Found"), error->message);
      return;
    }
  first = g_ptr_array_index (found, 0);
  if (LG_IS_GLOSSARY_TERM (first))
    lg_window_show_term (window, lg_glossary_term_get_id (first));
  else if (link->kind == LG_LINK_INFOBUTTON &&
           (link->code_system == NULL || !lg_topic_has_code (first, link->code_system, link->code)))
    lg_window_search (window, link->display_name);  /* found by its name: the search shows them */
  else if (found->len == 1)
    lg_window_show_topic (window, lg_topic_get_id (first));
  else
    choose (window, store, link, found);
}
