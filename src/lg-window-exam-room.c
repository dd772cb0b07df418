/* lg-window-exam-room.c — exam-room mode and the text size
 *
 * Exam-room mode: full screen with no window chrome, the sidebar hidden (F9 or the "Show Topics"
 * button bring it back), the exam-room text size, a topic presented one step at a time
 * (LgPresentationView), large previous and next buttons, no teach-back prompts, and the screen
 * kept awake. Page Down, Right, Down and Space go one step on, into the next topic's first step
 * past the last; Page Up, Left, Up and Shift+Space back. The header bar moves over the content,
 * hidden, as in GNOME's image viewer: the pointer at the top edge shows it, and so does F10,
 * which also puts the keyboard on the main menu; Escape hides it again (and, when it is hidden,
 * leaves the mode). Leaving puts the window back as it was, on the topic's page.
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

/* The topic pages keep the reader's text size in exam-room mode too: hidden behind the
 * presentation, they are neither restyled nor laid out again on entering and leaving. */
void
_lg_window_sync_text_scale (LgWindow *self)
{
  double scale = lg_settings_get_text_scale (self->settings, self->exam_room);

  lg_text_size_control_set_scale (LG_TEXT_SIZE_CONTROL (self->text_size_control), scale);
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    lg_topic_page_set_text_scale (l->data, lg_settings_get_text_scale (self->settings, FALSE));
  _lg_window_actions_update (self);
}

/* A topic page built now gets the text size and mode the others have. */
void
_lg_window_style_page (LgWindow    *self,
                       LgTopicPage *page)
{
  lg_topic_page_set_text_scale (page, lg_settings_get_text_scale (self->settings, FALSE));
  lg_topic_page_set_exam_room (page, self->exam_room);
}

/* What exam-room mode shows takes its text size (lg-text-scale.c): the presentation, the large
 * buttons, the views, the print summary. */
static void
set_exam_class (LgWindow *self,
                gboolean  exam_room)
{
  GtkWidget *parts[] = { GTK_WIDGET (self->presentation), self->exam_bar,
                         GTK_WIDGET (self->questions_view), GTK_WIDGET (self->compare_view),
                         GTK_WIDGET (self->glossary_view), GTK_WIDGET (self->summary_view) };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] == NULL)
      continue;
    else if (exam_room)
      gtk_widget_add_css_class (parts[i], LG_EXAM_ROOM_CLASS);
    else
      gtk_widget_remove_css_class (parts[i], LG_EXAM_ROOM_CLASS);
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

gboolean
_lg_window_presenting (LgWindow *self)
{
  return self->exam_room &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "presentation") == 0;
}

/* In exam-room mode a topic is presented; a view (Questions, Compare, Glossary) shows as it is. */
static void
present_current (LgWindow *self)
{
  LgTopic *topic = self->current != NULL ? lg_sidebar_item_get_topic (self->current) : NULL;
  const char *visible = gtk_stack_get_visible_child_name (self->content_stack);

  if (topic == NULL || self->store == NULL ||
      (g_strcmp0 (visible, "topic") != 0 && g_strcmp0 (visible, "presentation") != 0))
    return;
  if (lg_presentation_view_get_topic (self->presentation) != topic)
    lg_presentation_view_set_topic (self->presentation, self->store, topic,
                                    lg_session_get_ticks (self->session),
                                    lg_session_get_drawings (self->session));
  gtk_stack_set_visible_child_name (self->content_stack, "presentation");
}

/* The keys go on stepping after a step dropped the focused widget (a question's check box). */
static void
keep_focus (LgWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (_lg_window_presenting (self) &&
      (focus == NULL || focus == GTK_WIDGET (self) || !gtk_widget_get_mapped (focus) ||
       gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content_stack))))
    gtk_widget_grab_focus (GTK_WIDGET (self->presentation));
}

/* The large buttons name the topics before and after this one (among those the search shows). */
void
_lg_window_update_exam_bar (LgWindow *self)
{
  if (!self->exam_room || self->current == NULL)
    return;
  present_current (self);
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

/* One step on or back; past either end, into the neighbouring topic (its last step, going back). */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);
  int direction = g_str_equal (action_name, "win.next-step") ? +1 : -1;
  LgSidebarItem *item;

  if (_lg_window_presenting (self) && lg_presentation_view_step (self->presentation, direction))
    {
      keep_focus (self);
      return;
    }
  if ((item = _lg_window_sidebar_neighbour (self, direction)) == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  _lg_window_show_item (self, item);
  if (direction < 0 && _lg_window_presenting (self))
    lg_presentation_view_show_step (self->presentation, -1);
  keep_focus (self);
}

/* -------------------------------------------------------------------------------------------- */
/* The header bar over the content                                                              */

/* The keyboard is in the header (or a menu opened from it). */
static gboolean
header_in_use (LgWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->header_revealer));
}

static void
show_header (LgWindow *self,
             gboolean  shown)
{
  gboolean in_use = header_in_use (self);

  if (gtk_revealer_get_reveal_child (self->header_revealer) == shown)
    return;
  /* The keyboard first, into the content: a hidden header drops it (GTK 4.18). */
  if (!shown && in_use)
    gtk_widget_grab_focus (_lg_window_presenting (self) ? GTK_WIDGET (self->presentation)
                                                         : gtk_stack_get_visible_child (self->content_stack));
  gtk_revealer_set_reveal_child (self->header_revealer, shown);
}

/* In exam-room mode the header lies over the content, hidden; otherwise above it. */
static void
move_header (LgWindow *self,
             gboolean  over)
{
  GtkWidget *header = g_object_ref (GTK_WIDGET (self->header_revealer));

  if (over)
    {
      gtk_box_remove (GTK_BOX (self->content_pane), header);
      gtk_overlay_add_overlay (self->content_overlay, header);
    }
  else
    {
      gtk_overlay_remove_overlay (self->content_overlay, header);
      gtk_box_prepend (GTK_BOX (self->content_pane), header);
    }
  g_object_unref (header);
  /* At once: above the content it is part of the window again, not a header that slides in. */
  gtk_revealer_set_transition_type (self->header_revealer, GTK_REVEALER_TRANSITION_TYPE_NONE);
  gtk_revealer_set_reveal_child (self->header_revealer, !over);
  gtk_revealer_set_transition_type (self->header_revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
}

/* The pointer at the window's top edge shows the header; moving well below it hides it. */
static void
pointer_moved_cb (LgWindow *self,
                  double    x,
                  double    y)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->header_revealer));

  if (!self->exam_room || _lg_window_summary_shown (self))
    return;
  if (y <= 4)
    show_header (self, TRUE);
  else if (y > height + 48 && !header_in_use (self))
    show_header (self, FALSE);
}

/* The keyboard left the header: it goes, unless the pointer holds it. */
static void
focus_moved_cb (LgWindow *self)
{
  if (self->exam_room && !_lg_window_summary_shown (self) &&
      gtk_revealer_get_reveal_child (self->header_revealer) && !header_in_use (self) &&
      gtk_revealer_get_child_revealed (self->header_revealer))
    gtk_revealer_set_reveal_child (self->header_revealer, FALSE);
}

/* F10: the header, with the keyboard on the main menu button (Enter opens it). */
static void
show_header_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  show_header (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->menu_button));
}

/* Print Summary in exam-room mode: its header (Back, the title) shows, the large buttons go. */
static void
visible_page_cb (LgWindow *self)
{
  gboolean summary = _lg_window_summary_shown (self);

  if (!self->exam_room)
    return;
  set_exam_class (self, TRUE); /* the summary is made on first use */
  gtk_widget_set_visible (self->exam_bar, !summary);
  show_header (self, summary);
}

/* Escape hides the header when it shows; otherwise it leaves exam-room mode. */
static void
leave_exam_room_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  if (gtk_revealer_get_reveal_child (self->header_revealer))
    show_header (self, FALSE);
  else
    lg_window_set_exam_room (self, FALSE);
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
  set_exam_class (self, TRUE);
  gtk_toggle_button_set_active (self->topics_button, FALSE);
  set_topics_shown (self, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  gtk_window_fullscreen (window);
  move_header (self, TRUE);
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

  set_exam_class (self, FALSE);
  move_header (self, FALSE);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "presentation") == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "topic");
  lg_presentation_view_clear (self->presentation);
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
  if (exam_room && _lg_window_presenting (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->presentation));
  else if (!exam_room && self->topic_page != NULL &&
           g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "topic") == 0)
    lg_topic_page_focus_top (self->topic_page);
  g_object_notify (G_OBJECT (self), "exam-room");
}

static void
add_key (GtkEventController *controller,
         guint               keyval,
         GdkModifierType     modifiers,
         const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action)));
}

/* Page Up and Page Down step in exam-room mode wherever the focus is (a presenter's remote sends
 * them), and F10 shows the header; otherwise Page Up and Down scroll the page as usual. */
static GtkEventController *
page_keys_new (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  add_key (controller, GDK_KEY_Page_Down, 0, "win.next-step");
  add_key (controller, GDK_KEY_Page_Up, 0, "win.previous-step");
  add_key (controller, GDK_KEY_F10, 0, "win.show-header");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
  return controller;
}

/* The arrows and Space step while the keyboard is in the presentation; a check box that has it
 * still takes Space. */
static GtkEventController *
step_keys_new (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  add_key (controller, GDK_KEY_Right, 0, "win.next-step");
  add_key (controller, GDK_KEY_Down, 0, "win.next-step");
  add_key (controller, GDK_KEY_space, 0, "win.next-step");
  add_key (controller, GDK_KEY_Left, 0, "win.previous-step");
  add_key (controller, GDK_KEY_Up, 0, "win.previous-step");
  add_key (controller, GDK_KEY_space, GDK_SHIFT_MASK, "win.previous-step");
  return controller;
}

void
_lg_window_exam_room_init (LgWindow *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion;

  self->page_keys = page_keys_new ();
  gtk_widget_add_controller (GTK_WIDGET (self), self->page_keys);
  /* Sees Ctrl+scroll before the page's scrolled window does. */
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (content_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->content_stack), scroll);
  g_signal_connect_swapped (self->topics_button, "toggled", G_CALLBACK (topics_toggled_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->presentation), step_keys_new ());
  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (pointer_moved_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_moved_cb), NULL);
  g_signal_connect_swapped (self->content_stack, "notify::visible-child-name",
                            G_CALLBACK (visible_page_cb), self);
}

void
_lg_window_class_add_exam_room (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.exam-room", "exam-room");
  gtk_widget_class_install_action (widget_class, "win.leave-exam-room", NULL, leave_exam_room_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-topics", NULL, toggle_topics_action);
  gtk_widget_class_install_action (widget_class, "win.next-step", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.previous-step", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.show-header", NULL, show_header_action);
  g_type_ensure (LG_TYPE_PRESENTATION_VIEW);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, presentation);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, header_revealer);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, content_overlay);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-exam-room", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-topics", NULL);
}
