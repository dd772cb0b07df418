/* lg-window.c
 *
 * The main window arranges: the sidebar (lg-window-sidebar.c) beside the content, in an
 * AdwLeaflet that folds to one pane on narrow windows; in the content, a topic page, one of the
 * views, or the print summary (made on first use), which takes the page's place until Back or
 * Escape. Its actions are in lg-window-actions.c, exam-room mode and the text size in
 * lg-window-exam-room.c. The window gets the session (content, ticks) as a construct property
 * and never asks the application for anything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-bench.h"
#include "lg-compat.h"
#include "lg-languages.h"
#include "lg-text-size-control.h"
#include "lg-window-private.h"


G_DEFINE_FINAL_TYPE (LgWindow, lg_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_EXAM_ROOM,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
_lg_window_summary_shown (LgWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "summary") == 0;
}

/* In the summary, Back returns to the page it covers; otherwise it shows the sidebar of a
 * folded window. */
static void
update_header (LgWindow *self)
{
  gboolean summary = _lg_window_summary_shown (self);

  gtk_widget_set_visible (self->back_button, summary || adw_leaflet_get_folded (self->leaflet));
  gtk_widget_set_tooltip_text (self->back_button, summary ? _("Back") : _("Back to Topics"));
  /* Folded, the header has no room for it: the main menu and Ctrl+P still print. It waits for
   * the first layout, so a window opened narrow is not made wider by it. */
  gtk_widget_set_visible (self->print_button, self->laid_out && !summary &&
                                              !adw_leaflet_get_folded (self->leaflet));
  if (!summary && *adw_window_title_get_subtitle (self->title_widget) != '\0')
    adw_window_title_set_subtitle (self->title_widget, NULL);
  _lg_window_actions_update (self);
}

/* "3 pages" under "Print Summary". */
static void
summary_pages_cb (LgWindow *self)
{
  int n = lg_summary_view_get_n_pages (self->summary_view);
  g_autofree char *pages = n > 0 ? g_strdup_printf (ngettext ("%d page", "%d pages", n), n) : NULL;

  if (_lg_window_summary_shown (self))
    adw_window_title_set_subtitle (self->title_widget, pages);
}

/* Shows @topic's page, building it only on the first visit: a built page keeps its widgets and
 * their measured sizes, so going back to a topic costs neither a rebuild nor a new layout.
 * The pages kept off screen are hidden, not only left unmapped by the stack: GTK looks up the
 * style of every visible widget again, mapped or not, when the keyboard moves (as it does from
 * one sidebar row to the next on every switch), and with a dozen kept pages that was 90 % of a
 * switch's own time (callgrind; build-aux/profile-switch). */
static void
show_topic_page (LgWindow *self,
                 LgTopic  *topic)
{
  GtkWidget *shown = gtk_stack_get_visible_child (self->topic_stack);
  g_autoptr(GtkWidget) previous = shown ? g_object_ref (shown) : NULL; /* it may be removed below */
  GtkWidget *page = gtk_stack_get_child_by_name (self->topic_stack, lg_topic_get_id (topic));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_page = self->topic_page != NULL && focus != NULL &&
                     gtk_widget_is_ancestor (focus, GTK_WIDGET (self->topic_page));
  gboolean built = FALSE;

  if (page != NULL && lg_topic_page_get_topic (LG_TOPIC_PAGE (page)) != topic)
    {
      /* Built from another store, in another content language */
      g_queue_remove (&self->pages, page);
      gtk_stack_remove (self->topic_stack, page);
      page = NULL;
    }
  if (page == NULL)
    {
      page = g_object_new (LG_TYPE_TOPIC_PAGE, NULL);
      lg_topic_page_set_drawings (LG_TOPIC_PAGE (page), lg_session_get_drawings (self->session));
      lg_topic_page_set_topic (LG_TOPIC_PAGE (page), self->store, topic, lg_session_get_ticks (self->session));
      _lg_window_style_page (self, LG_TOPIC_PAGE (page));
      gtk_stack_add_named (self->topic_stack, page, lg_topic_get_id (topic));
      built = TRUE;
    }
  else
    g_queue_remove (&self->pages, page);
  g_queue_push_head (&self->pages, page);
  gtk_widget_set_visible (page, TRUE);
  gtk_stack_set_visible_child (self->topic_stack, page);
  self->topic_page = LG_TOPIC_PAGE (page);
  /* The keyboard stays in the page, at its top (GtkStack would put it back where it was). */
  if (in_page)
    lg_topic_page_focus_top (self->topic_page);
  if (!built)
    lg_topic_page_reset (self->topic_page);
  if (previous != NULL && previous != page && gtk_widget_get_parent (previous) == GTK_WIDGET (self->topic_stack))
    gtk_widget_set_visible (previous, FALSE);

  while (self->pages.length > LG_WINDOW_MAX_PAGES)
    gtk_stack_remove (self->topic_stack, g_queue_pop_tail (&self->pages));
}

/* Drops every built page and the presentation's step, e.g. when the content changes language. */
void
_lg_window_clear_pages (LgWindow *self)
{
  GtkWidget *page;

  while ((page = g_queue_pop_head (&self->pages)) != NULL)
    gtk_stack_remove (self->topic_stack, page);
  self->topic_page = NULL;
  lg_presentation_view_clear (self->presentation);
}

/* Shows what a sidebar row opens: a topic's page or a view. */
void
_lg_window_show_item (LgWindow      *self,
                      LgSidebarItem *item)
{
  LgTopic *topic = lg_sidebar_item_get_topic (item);

  g_set_object (&self->current, item);
  _lg_window_sidebar_select (self);
  if (topic != NULL)
    {
      if (self->topic_page == NULL || lg_topic_page_get_topic (self->topic_page) != topic)
        show_topic_page (self, topic);
      gtk_stack_set_visible_child_name (self->content_stack, "topic");
      lg_settings_set_last_topic (self->settings, lg_topic_get_id (topic));
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, lg_sidebar_item_get_view (item));
  adw_window_title_set_title (self->title_widget, lg_sidebar_item_get_title (item));
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  update_header (self);
  _lg_window_update_exam_bar (self);
}

gboolean
lg_window_show_topic (LgWindow   *self,
                      const char *id)
{
  LgSidebarItem *item;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);

  if (id == NULL || (item = _lg_window_sidebar_find (self, id, NULL)) == NULL)
    return FALSE;
  _lg_window_show_item (self, item);
  return TRUE;
}

/* Opens the view @name ("questions", "compare" or "glossary"); FALSE for any other name. */
gboolean
lg_window_show_view (LgWindow   *self,
                     const char *name)
{
  LgSidebarItem *item;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);

  if (name == NULL || (item = _lg_window_sidebar_find (self, NULL, name)) == NULL)
    return FALSE;
  _lg_window_show_item (self, item);
  return TRUE;
}

/* The view on screen, or NULL when it is a topic (or the error page, or the summary). */
const char *
lg_window_get_view_name (LgWindow *self)
{
  const char *visible;

  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  visible = gtk_stack_get_visible_child_name (self->content_stack);
  if (self->current == NULL || g_strcmp0 (lg_sidebar_item_get_view (self->current), visible) != 0)
    return NULL;
  return lg_sidebar_item_get_view (self->current);
}

const char *
lg_window_get_topic_id (LgWindow *self)
{
  LgTopic *topic;

  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  if (self->topic_page == NULL)
    return NULL;
  topic = lg_topic_page_get_topic (self->topic_page);
  return topic ? lg_topic_get_id (topic) : NULL;
}

static void
back_clicked_cb (LgWindow *self)
{
  if (_lg_window_summary_shown (self))
    {
      _lg_window_close_summary (self);
      return;
    }
  if (self->exam_room)
    {
      gtk_toggle_button_set_active (self->topics_button, TRUE);
      return;
    }
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
}

/* -------------------------------------------------------------------------------------------- */
/* The print summary                                                                            */

static LgSummaryView *
ensure_summary_view (LgWindow *self)
{
  if (self->summary_view == NULL)
    {
      self->summary_view = g_object_new (LG_TYPE_SUMMARY_VIEW, "session", self->session, NULL);
      g_signal_connect_swapped (self->summary_view, "notify::n-pages",
                                G_CALLBACK (summary_pages_cb), self);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->summary_view), "summary");
    }
  return self->summary_view;
}

static void
show_summary_page (LgWindow *self)
{
  gtk_stack_set_visible_child_name (self->content_stack, "summary");
  adw_window_title_set_title (self->title_widget, _("Print Summary"));
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  update_header (self);
  summary_pages_cb (self);
}

/* Opens the print summary of the topic on the page; from the Questions view, of every topic
 * with a ticked question. */
void
_lg_window_show_summary (LgWindow *self)
{
  LgTopic *topic = self->topic_page ? lg_topic_page_get_topic (self->topic_page) : NULL;
  const char *view = lg_window_get_view_name (self);
  g_auto(GStrv) ids = NULL;

  if (self->store == NULL || topic == NULL || _lg_window_summary_shown (self))
    return;

  if (g_strcmp0 (view, "questions") == 0)
    ids = lg_question_ticks_dup_topic_ids (lg_session_get_ticks (self->session));
  if (ids == NULL || ids[0] == NULL)
    {
      g_clear_pointer (&ids, g_strfreev);
      ids = g_strdupv ((char *[]) { (char *) lg_topic_get_id (topic), NULL });
    }
  g_free (self->summary_return);
  self->summary_return = g_strdup (view ? view : "topic");

  {
    g_auto(GStrv) treatments = lg_compare_view_dup_chosen (self->compare_view);

    /* The handout's Compare table shows the treatments chosen in Compare. */
    lg_summary_view_set_compare_choice (ensure_summary_view (self), (const char * const *) treatments);
  }
  lg_summary_view_show_topics (ensure_summary_view (self), (const char * const *) ids);
  show_summary_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_view));
}

/* Back to the topic or view the summary was opened from. */
void
_lg_window_close_summary (LgWindow *self)
{
  if (!_lg_window_summary_shown (self))
    return;
  if (!lg_window_show_view (self, self->summary_return))
    lg_window_show_topic (self, lg_window_get_topic_id (self));
  update_header (self);
  gtk_widget_grab_focus (gtk_stack_get_visible_child (self->content_stack));
}

/* -------------------------------------------------------------------------------------------- */
/* Content language                                                                             */

/* A clinic pack's problems are the clinic's: the patient sees one quiet line (never in
 * exam-room mode), which opens them in Preferences. */
static void
update_clinic_note (LgWindow *self)
{
  GPtrArray *problems = self->session ? lg_session_get_content_problems (self->session) : NULL;

  gtk_widget_set_visible (self->clinic_note, problems != NULL && problems->len > 0 && !self->exam_room);
}

/* Shows the session's store: the sidebar, and the topic @topic_id (or the first) or @view; or,
 * when the content could not be read, the error page. The one way the window fills itself, at
 * start-up and when the content language changes. Ticked questions are kept: they are keyed by
 * topic id and position, which every language shares. */
static void
show_store (LgWindow   *self,
            const char *topic_id,
            const char *view)
{
  g_autoptr(GError) error = NULL;
  LgContentStore *store = lg_session_get_store (self->session, &error);

  _lg_window_sidebar_clear (self);
  _lg_window_clear_pages (self);
  g_set_object (&self->store, store);
  if (store == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      _lg_window_actions_update (self);
      return;
    }
  _lg_window_sidebar_fill (self);
  _lg_window_search_changed (self);
  update_clinic_note (self);
  if (!lg_window_show_topic (self, topic_id))
    _lg_window_step_topic (self, +1);
  if (view != NULL)
    lg_window_show_view (self, view);
}

/* The session shows another content language: rebuild on the same topic or view; the summary
 * stays, its pages now in the new language (it follows the session itself). */
static void
store_changed_cb (LgWindow *self)
{
  g_autofree char *topic_id = g_strdup (lg_window_get_topic_id (self));
  g_autofree char *view = g_strdup (lg_window_get_view_name (self));
  gboolean summary = _lg_window_summary_shown (self);

  _lg_window_update_language_button (self);
  if (lg_session_get_store (self->session, NULL) == self->store && self->store != NULL)
    return;
  show_store (self, topic_id, view);
  if (summary && self->store != NULL)
    show_summary_page (self);
}

/* -------------------------------------------------------------------------------------------- */

static gboolean
lg_window_close_request (GtkWindow *window)
{
  LgWindow *self = LG_WINDOW (window);

  lg_settings_save_window (self->settings, window,
                           self->exam_room ? self->was_maximized : gtk_window_is_maximized (window));
  return GTK_WINDOW_CLASS (lg_window_parent_class)->close_request (window);
}

/* Restores the size and topic from last time and fills the window from the session. */
static void
lg_window_constructed (GObject *object)
{
  LgWindow *self = LG_WINDOW (object);
  g_autofree char *last = NULL;

  G_OBJECT_CLASS (lg_window_parent_class)->constructed (object);
  g_return_if_fail (self->session != NULL);

  self->settings = g_object_ref (lg_session_get_settings (self->session));
  _lg_window_fill_language_menu (self);
  _lg_window_update_language_button (self);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (_lg_window_update_language_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::store",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "new-patient",
                           G_CALLBACK (_lg_window_new_patient), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "content-language-unavailable",
                           G_CALLBACK (_lg_window_content_language_unavailable), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "notify::text-scale",
                           G_CALLBACK (_lg_window_sync_text_scale), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "notify::exam-room-text-scale",
                           G_CALLBACK (_lg_window_sync_text_scale), self, G_CONNECT_SWAPPED);
  _lg_window_sync_text_scale (self);
  lg_settings_restore_window (self->settings, GTK_WINDOW (self));

  last = lg_settings_dup_last_topic (self->settings);
  show_store (self, last, NULL);
  /* Start on the topic page even when the leaflet is folded. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  if (self->topic_page != NULL)
    lg_bench_watch_first_frame (GTK_WIDGET (self->topic_page));
}

static void
lg_window_dispose (GObject *object)
{
  LgWindow *self = LG_WINDOW (object);

  _lg_window_end_inhibit (self);
  g_queue_clear (&self->pages);
  self->topic_page = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), LG_TYPE_WINDOW);
  self->summary_view = NULL;    /* the content stack had it */
  g_clear_pointer (&self->summary_return, g_free);
  g_clear_object (&self->current);
  g_clear_handle_id (&self->snippets_idle, g_source_remove);
  g_clear_object (&self->english_search);
  g_clear_pointer (&self->match, lg_search_match_free);
  g_clear_pointer (&self->english_match, lg_search_match_free);
  g_clear_object (&self->items);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (lg_window_parent_class)->dispose (object);
}

static void
lg_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_EXAM_ROOM:
      g_value_set_boolean (value, LG_WINDOW (object)->exam_room);
      break;
    case PROP_SESSION:
      g_value_set_object (value, LG_WINDOW (object)->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_EXAM_ROOM:
      lg_window_set_exam_room (LG_WINDOW (object), g_value_get_boolean (value));
      break;
    case PROP_SESSION:
      LG_WINDOW (object)->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, topic_list);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, title_widget);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, language_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, print_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, topic_stack);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, questions_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, glossary_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, clinic_note);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, topics_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, leave_exam_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, exam_bar);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, previous_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, previous_title);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, next_title);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
lg_window_class_init (LgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lg_window_constructed;
  object_class->dispose = lg_window_dispose;
  object_class->get_property = lg_window_get_property;
  object_class->set_property = lg_window_set_property;
  GTK_WINDOW_CLASS (klass)->close_request = lg_window_close_request;

  properties[PROP_EXAM_ROOM] =
    g_param_spec_boolean ("exam-room", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** LgWindow:session: the content, its language and the question ticks the window shows */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, LG_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LG_TYPE_TOPIC_PAGE);
  g_type_ensure (LG_TYPE_QUESTIONS_VIEW);
  g_type_ensure (LG_TYPE_COMPARE_VIEW);
  g_type_ensure (LG_TYPE_GLOSSARY_VIEW);
  bind_template (widget_class);
  _lg_window_class_add_actions (widget_class);
}

/* The keyboard shortcuts window, built on first use: GTK would build it with every window (from
 * gtk/help-overlay.ui), before the first frame, for a window most people never open. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/help-overlay.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

static void
first_layout_done (gpointer data)
{
  LgWindow *self = data;

  self->laid_out = TRUE;
  update_header (self);
}

static void
lg_window_init (LgWindow *self)
{
  GtkPopover *menu;
  g_autoptr(GSimpleAction) help = g_simple_action_new ("show-help-overlay", NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  menu = gtk_menu_button_get_popover (self->menu_button);
  _lg_window_sidebar_init (self);
  _lg_window_exam_room_init (self);
  g_signal_connect (self, "notify::exam-room", G_CALLBACK (update_clinic_note), NULL);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (update_header), self);
  update_header (self);
  lg_compat_after_first_layout (GTK_WIDGET (self), GTK_WIDGET (self->leaflet), first_layout_done, self);
  lg_compat_name_scroller (GTK_WIDGET (self->empty_page), adw_status_page_get_title (self->empty_page));
  lg_compat_name_scroller (GTK_WIDGET (self->error_page), adw_status_page_get_title (self->error_page));

  self->text_size_control = lg_text_size_control_new ();
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (menu), self->text_size_control, "text-size");
  lg_compat_name_scroller (GTK_WIDGET (menu), _("Main Menu"));
  lg_compat_name_menu_items_on_show (menu);
  /* In the window's own action map, where gtk_application_window_set_help_overlay() finds it
   * and adds no second one. */
  g_signal_connect_object (help, "activate", G_CALLBACK (show_help_overlay_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (help));
  if (g_str_has_suffix (APPLICATION_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

LgWindow *
lg_window_new (GtkApplication *application,
               LgSession      *session)
{
  return g_object_new (LG_TYPE_WINDOW, "application", application, "session", session, NULL);
}
