/* lg-window-actions.c — the window's actions, their keys, and (in _lg_window_actions_update(),
 * as gnome-text-editor does) every enabled state computed in one place; the content language
 * menu (the application's "app.content-language" action) and its notice
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-compat.h"
#include "lg-languages.h"
#include "lg-window-private.h"

/* Which actions can run now. Call it whenever what they depend on changes: the page shown, the
 * store, exam-room mode, the text size. */
void
_lg_window_actions_update (LgWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean summary = _lg_window_summary_shown (self);

  gtk_widget_action_set_enabled (widget, "win.close-summary", summary);
  gtk_widget_action_set_enabled (widget, "win.print-summary", !summary && self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.leave-exam-room", self->exam_room);
  gtk_widget_action_set_enabled (widget, "win.toggle-topics", self->exam_room);
  if (self->settings == NULL)
    return;
  gtk_widget_action_set_enabled (widget, "win.text-larger",
                                 lg_settings_can_step_text_scale (self->settings, self->exam_room, +1));
  gtk_widget_action_set_enabled (widget, "win.text-smaller",
                                 lg_settings_can_step_text_scale (self->settings, self->exam_room, -1));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  /* Ctrl+F searches the page shown: the Glossary has its own search. */
  if (g_strcmp0 (lg_window_get_view_name (self), "glossary") == 0)
    lg_glossary_view_focus_search (self->glossary_view);
  else
    _lg_window_sidebar_focus_search (self);
}

/* Moves to the next (+1) or previous (-1) topic among those the search shows; from a view, to
 * the topic next to its row. */
void
_lg_window_step_topic (LgWindow *self,
                       int       direction)
{
  LgSidebarItem *item = _lg_window_sidebar_neighbour (self, direction);

  if (item != NULL)
    _lg_window_show_item (self, item);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
step_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _lg_window_step_topic (LG_WINDOW (widget), g_str_equal (action_name, "win.next-topic") ? +1 : -1);
}

static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  lg_window_show_topic (LG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  lg_window_show_view (LG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
print_summary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _lg_window_show_summary (LG_WINDOW (widget));
}

static void
close_summary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _lg_window_close_summary (LG_WINDOW (widget));
}

static void
text_size_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  if (g_str_equal (action_name, "win.text-larger"))
    _lg_window_step_text_scale (self, +1);
  else if (g_str_equal (action_name, "win.text-smaller"))
    _lg_window_step_text_scale (self, -1);
  else
    _lg_window_step_text_scale (self, 0);
}

/* The session forgot the last patient (here or in another window): so does the window. Nothing
 * of theirs stays on screen: no search (nor the glossary's), every treatment in Compare, no
 * built page (with its scroll position, open sections, pen), the print summary's choices back
 * as new, on the first topic. */
void
_lg_window_new_patient (LgWindow *self)
{
  GListModel *topics = self->store ? lg_content_store_get_topics (self->store) : NULL;
  g_autoptr(LgTopic) first = topics ? g_list_model_get_item (topics, 0) : NULL;
  AdwToast *toast;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  lg_glossary_view_search (self->glossary_view, NULL);
  lg_compare_view_reset (self->compare_view);
  if (self->summary_view != NULL)
    lg_summary_view_reset (self->summary_view);
  _lg_window_clear_pages (self);
  if (first != NULL)
    lg_window_show_topic (self, lg_topic_get_id (first));
  if (self->topic_page != NULL)
    lg_topic_page_focus_top (self->topic_page);
  _lg_window_actions_update (self);

  toast = adw_toast_new (_("Ready for the next patient"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
new_patient_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  lg_session_new_patient (LG_WINDOW (widget)->session);
}

static void
add_text_size_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.text-larger", NULL, text_size_action);
  gtk_widget_class_install_action (widget_class, "win.text-smaller", NULL, text_size_action);
  gtk_widget_class_install_action (widget_class, "win.text-reset", NULL, text_size_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.text-smaller", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.text-smaller", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.text-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.text-reset", NULL);
}

void
_lg_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.next-topic", NULL, step_topic_action);
  gtk_widget_class_install_action (widget_class, "win.previous-topic", NULL, step_topic_action);
  gtk_widget_class_install_action (widget_class, "win.show-topic", "s", show_topic_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.print-summary", NULL, print_summary_action);
  gtk_widget_class_install_action (widget_class, "win.close-summary", NULL, close_summary_action);
  gtk_widget_class_install_action (widget_class, "win.new-patient", NULL, new_patient_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.next-topic", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.previous-topic", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-summary", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-patient", NULL);
  /* Before exam-room mode's Escape: in the summary, Escape goes back to the page first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.close-summary", NULL);
  _lg_window_class_add_exam_room (widget_class);
  add_text_size_actions (widget_class);
}

/* While a button's popover (or, for a toggle, what it shows) is open, the button shows no
 * tooltip: under a window manager, one that appeared on the way to the click stayed over the
 * popover's first item. */
static void
popup_shown_cb (GObject    *popup,
                GParamSpec *pspec,
                GtkWidget  *button)
{
  gboolean open = GTK_IS_TOGGLE_BUTTON (popup) ? gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (popup))
                                               : gtk_widget_get_visible (GTK_WIDGET (popup));

  gtk_widget_set_has_tooltip (button, !open);
}

static void
quiet_tooltip_while_open (GtkWidget *button,
                          GtkWidget *popup)
{
  if (popup == NULL)
    return;
  g_signal_connect_object (popup, GTK_IS_TOGGLE_BUTTON (popup) ? "notify::active" : "notify::visible",
                           G_CALLBACK (popup_shown_cb), button, 0);
}

/* -------------------------------------------------------------------------------------------- */
/* Content language                                                                             */

/* The header bar's language menu: every language this build carries, by its own name, and
 * following the system. */
void
_lg_window_fill_language_menu (LgWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) languages = g_menu_new ();
  g_autoptr(GMenu) system = g_menu_new ();
  g_autoptr(GMenuItem) follow = NULL;
  g_auto(GStrv) codes = lg_languages_get_available ();

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (lg_languages_get_name (codes[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "app.content-language",
                                               g_variant_new_string (codes[i]));
      g_menu_item_set_attribute (item, "lang", "s", codes[i]);
      g_menu_append_item (languages, item);
    }
  follow = g_menu_item_new (_("Follow System Language"), NULL);
  g_menu_item_set_action_and_target_value (follow, "app.content-language",
                                           g_variant_new_string (""));
  g_menu_append_item (system, follow);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (languages));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (system));
  gtk_menu_button_set_menu_model (self->language_button, G_MENU_MODEL (menu));
  lg_compat_name_menu_items_on_show (gtk_menu_button_get_popover (self->language_button));
  quiet_tooltip_while_open (GTK_WIDGET (self->language_button),
                            GTK_WIDGET (gtk_menu_button_get_popover (self->language_button)));
  quiet_tooltip_while_open (GTK_WIDGET (self->menu_button),
                            GTK_WIDGET (gtk_menu_button_get_popover (self->menu_button)));
  quiet_tooltip_while_open (GTK_WIDGET (self->topics_button), GTK_WIDGET (self->topics_button));
}

void
_lg_window_update_language_button (LgWindow *self)
{
  const char *code = lg_session_get_content_language (self->session);
  g_autofree char *tooltip = g_strdup_printf (_("Content Language: %s"),
                                              lg_languages_get_name (code));
  g_autofree char *short_code = g_ascii_strup (code, -1);

  /* The language's own name; its code when the window is folded and the header bar is short. */
  gtk_menu_button_set_label (self->language_button,
                             adw_leaflet_get_folded (self->leaflet) ? short_code
                                                                    : lg_languages_get_name (code));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->language_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->language_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

void
_lg_window_content_language_unavailable (LgWindow   *self,
                                 const char *requested)
{
  g_autofree char *title = g_strdup_printf (_("No content in “%s”; showing English"), requested);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

