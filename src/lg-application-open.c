/* lg-application-open.c
 *
 * A liver-guide: link opened in the window (lg-link.c reads it): given on the command line, or
 * sent by D-Bus activation or GIO (org.freedesktop.Application.Open). One match opens its topic
 * or glossary term; several topics listing the code are offered in a dialog to choose from; a
 * name found by no code fills the sidebar's search with it; nothing, or a link that is not one,
 * says so in a dialog over the topic list. A link's language becomes the content language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-application-private.h"
#include "lg-link.h"

static void
tell (LgWindow   *window,
      const char *heading,
      const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, NULL);

  /* TRANSLATORS: %s says what was wrong with the link, such as "No topic matches CPT code 47999" */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("%s. The guide’s topics are in the list."), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chosen_cb (AdwMessageDialog *dialog,
           const char       *response,
           LgWindow         *window)
{
  if (!g_str_equal (response, "cancel"))
    lg_window_show_topic (window, response);
}

/* Several topics list the code: the person chooses one. */
static void
choose (LgWindow       *window,
        LgContentStore *store,
        LgLink         *link,
        GPtrArray      *topics)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Several Topics Match"), NULL);

  /* TRANSLATORS: "ICD-10-CM C78.7": a code system and a code from a health record */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("Choose the topic to open for %s %s."),
                                  link->code_system->label, link->code);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  for (guint i = 0; i < topics->len; i++)
    {
      LgTopic *topic = g_ptr_array_index (topics, i);
      g_autofree char *title = lg_content_store_to_plain (store, lg_topic_get_title (topic));

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), lg_topic_get_id (topic), title);
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (chosen_cb), window, 0);
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
