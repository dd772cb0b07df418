/* lg-window-exam-room.c — exam-room mode and the text size
 *
 * Exam-room mode: full screen, the sidebar hidden (F9 or the "Show Topics" button bring it back),
 * the exam-room text size, large previous and next buttons, Page Up and Page Down to change topic,
 * no teach-back prompts, and the screen kept awake. Leaving puts the window back as it was.
 *
 * Exam-room mode has a text size of its own (1.5× to start with), so leaving it restores the
 * reader's size untouched. LgTextScale turns both settings into CSS; here the window keeps its
 * controls in step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-text-scale.h"
#include "lg-text-size-control.h"
#include "lg-window-private.h"

void
_lg_window_sync_text_scale (LgWindow *self)
{
  double scale = lg_settings_get_text_scale (self->settings, self->exam_room);

  lg_text_size_control_set_scale (LG_TEXT_SIZE_CONTROL (self->text_size_control), scale);
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    lg_topic_page_set_text_scale (l->data, scale);
  _lg_window_actions_update (self);
}

/* A topic page built now gets the text size and mode the others have. */
void
_lg_window_style_page (LgWindow    *self,
                       LgTopicPage *page)
{
  lg_topic_page_set_text_scale (page, lg_settings_get_text_scale (self->settings, self->exam_room));
  lg_topic_page_set_exam_room (page, self->exam_room);
}

/* One step larger (+1) or smaller (-1), or back to the default (0), in the mode the window is in. */
void
_lg_window_step_text_scale (LgWindow *self,
                            int       direction)
{
  lg_settings_step_text_scale (self->settings, self->exam_room, direction);
}

/* Ctrl+scroll over the page: up for larger text, down for smaller. Plain scrolling goes on to
 * the page. */
static gboolean
content_scroll_cb (LgWindow                 *self,
                   double                    dx,
                   double                    dy,
                   GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0)
    return FALSE;

  self->scroll_delta += dy;
  if (self->scroll_delta <= -1 || self->scroll_delta >= 1)
    {
      _lg_window_step_text_scale (self, self->scroll_delta < 0 ? +1 : -1);
      self->scroll_delta = 0;
    }
  return TRUE;
}

static void
set_neighbour (LgWindow      *self,
               GtkWidget     *button,
               GtkLabel      *label,
               LgSidebarItem *item,
               const char    *format)
{
  g_autofree char *name = NULL;

  gtk_widget_set_visible (button, item != NULL);
  if (item == NULL)
    return;
  name = g_strdup_printf (format, lg_sidebar_item_get_title (item));
  gtk_label_set_text (label, lg_sidebar_item_get_title (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The large buttons name the topics before and after this one (among those the search shows). */
void
_lg_window_update_exam_bar (LgWindow *self)
{
  if (!self->exam_room || self->current == NULL)
    return;
  set_neighbour (self, self->previous_button, self->previous_title,
                 _lg_window_sidebar_neighbour (self, -1), _("Previous Topic: %s"));
  set_neighbour (self, self->next_button, self->next_title,
                 _lg_window_sidebar_neighbour (self, +1), _("Next Topic: %s"));
}

static void
set_topics_shown (LgWindow *self,
                  gboolean  shown)
{
  gtk_widget_set_visible (self->sidebar_pane, shown);
  gtk_widget_set_visible (self->sidebar_separator, shown);
}

/* The "Show Topics" button and F9 bring the sidebar back in exam-room mode, and take it away. */
static void
topics_toggled_cb (LgWindow *self)
{
  gboolean shown = gtk_toggle_button_get_active (self->topics_button);

  if (!self->exam_room)
    return;
  set_topics_shown (self, shown);
  if (shown)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
      gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
    }
  else
    {
      adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
    }
}

static void
toggle_topics_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  gtk_toggle_button_set_active (self->topics_button, !gtk_toggle_button_get_active (self->topics_button));
}

static void
leave_exam_room_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  lg_window_set_exam_room (LG_WINDOW (widget), FALSE);
}

void
_lg_window_end_inhibit (LgWindow *self)
{
  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  g_clear_object (&self->inhibit_app);
}

gboolean
lg_window_get_exam_room (LgWindow *self)
{
  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);
  return self->exam_room;
}

static void
enter (LgWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);

  self->was_fullscreen = gtk_window_is_fullscreen (window);
  self->was_maximized = gtk_window_is_maximized (window);
  self->was_on_sidebar = adw_leaflet_get_folded (self->leaflet) &&
                         adw_leaflet_get_visible_child (self->leaflet) == self->sidebar_pane;
  gtk_widget_add_css_class (GTK_WIDGET (self), LG_EXAM_ROOM_CLASS);
  gtk_toggle_button_set_active (self->topics_button, FALSE);
  set_topics_shown (self, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  gtk_window_fullscreen (window);
  if (gtk_window_get_application (window) != NULL)
    {
      self->inhibit_app = g_object_ref (gtk_window_get_application (window));
      self->inhibit_cookie = gtk_application_inhibit (self->inhibit_app, window,
                                                      GTK_APPLICATION_INHIBIT_IDLE,
                                                      _("Exam-room mode"));
    }
}

static void
leave (LgWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);

  gtk_widget_remove_css_class (GTK_WIDGET (self), LG_EXAM_ROOM_CLASS);
  set_topics_shown (self, TRUE);
  if (self->was_on_sidebar)
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  if (!self->was_fullscreen)
    gtk_window_unfullscreen (window);
  if (self->was_maximized)
    gtk_window_maximize (window);
  _lg_window_end_inhibit (self);
}

void
lg_window_set_exam_room (LgWindow *self,
                         gboolean  exam_room)
{
  g_return_if_fail (LG_IS_WINDOW (self));

  exam_room = !!exam_room;
  if (self->exam_room == exam_room)
    return;
  self->exam_room = exam_room;
  if (exam_room)
    enter (self);
  else
    leave (self);

  gtk_widget_set_visible (GTK_WIDGET (self->topics_button), exam_room);
  gtk_widget_set_visible (self->leave_exam_button, exam_room);
  gtk_widget_set_visible (self->exam_bar, exam_room);
  gtk_event_controller_set_propagation_phase (self->page_keys, exam_room ? GTK_PHASE_CAPTURE : GTK_PHASE_NONE);
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    lg_topic_page_set_exam_room (l->data, exam_room);
  _lg_window_update_exam_bar (self);
  _lg_window_sync_text_scale (self);
  g_object_notify (G_OBJECT (self), "exam-room");
}

/* Page Up and Page Down change topic in exam-room mode, wherever the focus is (a presenter's
 * remote sends them); otherwise they scroll the page as usual. */
static GtkEventController *
page_keys_new (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, 0),
                                                          gtk_named_action_new ("win.next-topic")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, 0),
                                                          gtk_named_action_new ("win.previous-topic")));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
  return controller;
}

void
_lg_window_exam_room_init (LgWindow *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  self->page_keys = page_keys_new ();
  gtk_widget_add_controller (GTK_WIDGET (self), self->page_keys);
  /* Sees Ctrl+scroll before the page's scrolled window does. */
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (content_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->content_stack), scroll);
  g_signal_connect_swapped (self->topics_button, "toggled", G_CALLBACK (topics_toggled_cb), self);
}

void
_lg_window_class_add_exam_room (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.exam-room", "exam-room");
  gtk_widget_class_install_action (widget_class, "win.leave-exam-room", NULL, leave_exam_room_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-topics", NULL, toggle_topics_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-topics", NULL);
}
