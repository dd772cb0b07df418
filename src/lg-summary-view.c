/* lg-summary-view.c
 *
 * The print summary: which topics go in the handout, the paper, whether to leave lines for
 * notes, and the pages themselves, drawn by the same LgHandout that prints them and writes the
 * PDF. Print goes through GtkPrintOperation (the system dialog, or the print portal in a
 * Flatpak); Save as PDF through a native file chooser. Every outcome is told in a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-summary-view-private.h"

#define ZOOM_MIN 0.3
#define ZOOM_MAX 3.0
#define ZOOM_FIT_MAX 1.2           /* pixels per point when the page fits the width */
#define ZOOM_STEP 1.2
#define PAGES_MARGIN 24            /* around the pages, as in the template */


G_DEFINE_FINAL_TYPE (LgSummaryView, lg_summary_view, LG_TYPE_SESSION_VIEW)

enum {
  PROP_0,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

LgPaper
_lg_summary_view_chosen_paper (LgSummaryView *self)
{
  return gtk_drop_down_get_selected (self->paper_dropdown) == 1 ? LG_PAPER_LETTER : LG_PAPER_A4;
}


/* A handout of the chosen topics, in the guide's order, on @width × @height points. */
LgHandout *
_lg_summary_view_create_handout (LgSummaryView *self,
                double         width,
                double         height)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(LgHandoutOptions) options = { 0 };
  GListModel *all = lg_content_store_get_topics (self->store);
  LgHandout *handout;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (all, i);

      if (g_hash_table_contains (self->chosen, lg_topic_get_id (topic)))
        g_ptr_array_add (topics, g_steal_pointer (&topic));
    }
  if (topics->len == 0)
    return NULL;

  lg_handout_options_init (&options, _lg_summary_view_chosen_paper (self));
  if (width > 0 && height > 0)
    {
      options.page_width = width;
      options.page_height = height;
    }
  options.notes = gtk_switch_get_active (self->notes_switch);
  options.full = gtk_drop_down_get_selected (self->depth_dropdown) == 1;
  options.large_print = gtk_switch_get_active (self->large_print_switch);
  if (self->drawings != NULL && gtk_switch_get_active (self->drawings_switch))
    options.drawings = g_object_ref (self->drawings);
  lg_settings_load_clinic (self->settings, &options);
  _lg_summary_view_get_extras (self, &options);
  handout = lg_handout_new (self->store, topics, self->ticks, &options);
  _lg_summary_view_add_second_language (self, handout, topics);
  return handout;
}

/* -------------------------------------------------------------------------------------------- */
/* Pages                                                                                        */

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  LgSummaryView *self = user_data;
  int page = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "lg-page"));

  if (self->handout == NULL || page >= lg_handout_get_n_pages (self->handout))
    return;
  cairo_scale (cr, width / lg_handout_get_page_width (self->handout),
               height / lg_handout_get_page_height (self->handout));
  lg_handout_draw_page (self->handout, cr, page);
}

static void
apply_zoom (LgSummaryView *self)
{
  double width, height;

  if (self->handout == NULL)
    return;

  width = lg_handout_get_page_width (self->handout) * self->zoom;
  height = lg_handout_get_page_height (self->handout) * self->zoom;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (child), (int) round (width));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (child), (int) round (height));
    }
  gtk_widget_set_sensitive (self->zoom_in_button, self->zoom < ZOOM_MAX);
  gtk_widget_set_sensitive (self->zoom_out_button, self->zoom > ZOOM_MIN);
}

/* Until the person zooms, the pages fit the width of the view. */
static void
fit_width (LgSummaryView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->scroller);
  double available = gtk_adjustment_get_page_size (adjustment) - 2 * PAGES_MARGIN;

  if (self->zoom_chosen || self->handout == NULL || available <= 0)
    return;
  self->zoom = CLAMP (available / lg_handout_get_page_width (self->handout), ZOOM_MIN, ZOOM_FIT_MAX);
  apply_zoom (self);
}

static gboolean
fit_width_idle (gpointer user_data)
{
  LgSummaryView *self = user_data;

  self->fit_source = 0;
  fit_width (self);
  return G_SOURCE_REMOVE;
}

/* The view's width changed (while GTK lays it out): fit the pages once that is done. */
static void
page_size_changed_cb (LgSummaryView *self)
{
  if (self->fit_source == 0 && !self->zoom_chosen)
    self->fit_source = g_idle_add (fit_width_idle, self);
}

/* The Drawings switch is there when a topic in the handout has a drawing. */
static void
update_drawings_box (LgSummaryView *self)
{
  GHashTableIter iter;
  gpointer id;
  gboolean any = FALSE;

  g_hash_table_iter_init (&iter, self->chosen);
  while (self->drawings != NULL && !any && g_hash_table_iter_next (&iter, &id, NULL))
    any = lg_drawings_get_n_strokes (self->drawings, id) > 0;
  gtk_widget_set_visible (self->drawings_box, any);
}

/* Whether the Drawings switch is shown (a chosen topic has a drawing). */
gboolean
lg_summary_view_get_drawings_shown (LgSummaryView *self)
{
  g_return_val_if_fail (LG_IS_SUMMARY_VIEW (self), FALSE);
  return gtk_widget_get_visible (self->drawings_box);
}

static void
update_topics_button (LgSummaryView *self)
{
  guint n = g_hash_table_size (self->chosen);
  g_autofree char *label = g_strdup_printf (ngettext ("%u Topic", "%u Topics", n), n);

  gtk_menu_button_set_label (self->topics_button, label);
}

/* Lays the handout out again and shows its pages: after any change of topics, paper, Summary or
 * Full, large print, notes or the clinic's details. */
void
_lg_summary_view_rebuild (LgSummaryView *self)
{
  GtkWidget *child;
  int n_pages = 0, shown = 0;

  if (self->store == NULL)
    return;

  g_clear_object (&self->handout);
  self->handout = _lg_summary_view_create_handout (self, 0, 0);
  if (self->handout != NULL)
    n_pages = lg_handout_get_n_pages (self->handout);

  /* One drawing area per page, reused. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box)); child; child = gtk_widget_get_next_sibling (child))
    shown++;
  for (; shown > n_pages; shown--)
    gtk_box_remove (self->pages_box, gtk_widget_get_last_child (GTK_WIDGET (self->pages_box)));
  for (int i = shown; i < n_pages; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();

      g_object_set_data (G_OBJECT (area), "lg-page", GINT_TO_POINTER (i));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page_cb, self, NULL);
      gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (area, "lg-page");
      gtk_box_append (self->pages_box, area);
    }
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box)); child; child = gtk_widget_get_next_sibling (child))
    {
      int page = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "lg-page"));
      g_autofree char *label = g_strdup_printf (_("Page %d of %d"), page + 1, n_pages);

      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_queue_draw (child);
    }

  if (n_pages > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "pages");
      apply_zoom (self);
      fit_width (self);
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
  if (self->n_pages != n_pages)
    {
      self->n_pages = n_pages;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
    }
  gtk_widget_set_sensitive (self->print_button, n_pages > 0);
  gtk_widget_set_sensitive (self->save_button, n_pages > 0);
  gtk_widget_set_sensitive (self->zoom_in_button, n_pages > 0 && self->zoom < ZOOM_MAX);
  gtk_widget_set_sensitive (self->zoom_out_button, n_pages > 0 && self->zoom > ZOOM_MIN);
  update_topics_button (self);
  update_drawings_box (self);
}

static void
zoom_by (LgSummaryView *self,
         double         factor)
{
  self->zoom = CLAMP (self->zoom * factor, ZOOM_MIN, ZOOM_MAX);
  self->zoom_chosen = TRUE;
  apply_zoom (self);
}

static void
zoom_in_cb (LgSummaryView *self)
{
  zoom_by (self, ZOOM_STEP);
}

static void
zoom_out_cb (LgSummaryView *self)
{
  zoom_by (self, 1 / ZOOM_STEP);
}

/* Ctrl + scroll zooms, as in document viewers. */
static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           LgSummaryView            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;
  zoom_by (self, dy < 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
  return TRUE;
}

/* -------------------------------------------------------------------------------------------- */
/* Choices                                                                                      */

static void
topic_toggled_cb (GtkCheckButton *check,
                  LgSummaryView  *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "lg-topic-id");

  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->chosen, g_strdup (id));
  else
    g_hash_table_remove (self->chosen, id);
  _lg_summary_view_rebuild (self);
}

static void
fill_topics_list (LgSummaryView *self)
{
  GListModel *topics = lg_content_store_get_topics (self->store);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box))) != NULL)
    gtk_box_remove (self->topics_box, child);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *title = lg_content_store_to_plain (self->store, lg_topic_get_title (topic));
      GtkWidget *check = gtk_check_button_new_with_label (title);

      g_object_set_data_full (G_OBJECT (check), "lg-topic-id", g_strdup (lg_topic_get_id (topic)), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (topic_toggled_cb), self);
      gtk_box_append (self->topics_box, check);
    }
}

/* Ticks exactly the chosen topics, without a rebuild for each. */
static void
sync_topic_checks (LgSummaryView *self)
{
  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box));
       check != NULL;
       check = gtk_widget_get_next_sibling (check))
    {
      const char *id = g_object_get_data (G_OBJECT (check), "lg-topic-id");

      g_signal_handlers_block_by_func (check, topic_toggled_cb, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->chosen, id));
      g_signal_handlers_unblock_by_func (check, topic_toggled_cb, self);
    }
}

static void
paper_changed_cb (LgSummaryView *self)
{
  gtk_drop_down_set_selected (self->paper_dropdown,
                              lg_settings_get_paper (self->settings) == LG_PAPER_LETTER ? 1 : 0);
}

static void
watch_settings (LgSummaryView *self,
                LgSettings    *settings)
{
  static const char * const clinic[] = {
    "notify::clinic-name", "notify::clinic-department", "notify::clinic-phone",
    "notify::clinic-after-hours", "notify::clinic-website", "notify::clinic-address",
    "notify::approved-by-name", "notify::approved-by-role", "notify::approved-month",
    "notify::clinic-logo",
  };

  if (self->settings == settings)
    return;
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  g_signal_connect_swapped (settings, "notify::paper", G_CALLBACK (paper_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (clinic); i++)
    g_signal_connect_swapped (settings, clinic[i], G_CALLBACK (_lg_summary_view_rebuild), self);
}

/* The session's content, first or in another language: the same topics, laid out again from it. */
static void
lg_summary_view_fill (LgSessionView   *view,
                      LgContentStore  *store,
                      LgQuestionTicks *ticks)
{
  LgSummaryView *self = LG_SUMMARY_VIEW (view);

  g_set_object (&self->store, store);
  g_set_object (&self->ticks, ticks);
  g_set_object (&self->drawings, lg_session_get_drawings (lg_session_view_get_session (view)));
  watch_settings (self, lg_session_get_settings (lg_session_view_get_session (view)));
  fill_topics_list (self);
  _lg_summary_view_fill_second_languages (self);
  if (g_hash_table_size (self->chosen) > 0)
    {
      sync_topic_checks (self);
      _lg_summary_view_rebuild (self);
    }
}

/* Starts a summary of the topics @ids (printed in the guide's order), on the paper from
 * Preferences. */
void
lg_summary_view_show_topics (LgSummaryView      *self,
                             const char * const *ids)
{
  g_return_if_fail (LG_IS_SUMMARY_VIEW (self));

  lg_session_view_fill_now (LG_SESSION_VIEW (self));
  g_return_if_fail (self->store != NULL);

  g_hash_table_remove_all (self->chosen);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (lg_content_store_lookup_topic (self->store, ids[i]) != NULL)
        g_hash_table_add (self->chosen, g_strdup (ids[i]));
    }
  sync_topic_checks (self);
  self->zoom_chosen = FALSE;

  /* Setting the paper rebuilds when it changes; rebuild anyway for the new topic. */
  g_signal_handlers_block_by_func (self->paper_dropdown, _lg_summary_view_rebuild, self);
  gtk_drop_down_set_selected (self->paper_dropdown,
                              lg_settings_get_paper (self->settings) == LG_PAPER_LETTER ? 1 : 0);
  g_signal_handlers_unblock_by_func (self->paper_dropdown, _lg_summary_view_rebuild, self);
  _lg_summary_view_rebuild (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Forgets the patient's handout (a new patient): no topic, every choice back as first shown. */
void
lg_summary_view_reset (LgSummaryView *self)
{
  g_return_if_fail (LG_IS_SUMMARY_VIEW (self));

  g_hash_table_remove_all (self->chosen);
  gtk_switch_set_active (self->notes_switch, TRUE);
  gtk_drop_down_set_selected (self->depth_dropdown, 0);
  gtk_switch_set_active (self->large_print_switch, FALSE);
  gtk_drop_down_set_selected (self->second_language_dropdown, 0);
  gtk_switch_set_active (self->drawings_switch, TRUE);
  _lg_summary_view_reset_extras (self);
  self->zoom = 1.0;
  self->zoom_chosen = FALSE;
  sync_topic_checks (self);
  _lg_summary_view_rebuild (self);
}

/* The number of pages the handout has now; 0 when no topic is chosen. */
int
lg_summary_view_get_n_pages (LgSummaryView *self)
{
  g_return_val_if_fail (LG_IS_SUMMARY_VIEW (self), 0);
  return self->n_pages;
}

LgHandout *
lg_summary_view_get_handout (LgSummaryView *self)
{
  g_return_val_if_fail (LG_IS_SUMMARY_VIEW (self), NULL);
  return self->handout;
}

static void
lg_summary_view_dispose (GObject *object)
{
  LgSummaryView *self = LG_SUMMARY_VIEW (object);

  g_clear_handle_id (&self->fit_source, g_source_remove);
  _lg_summary_view_dispose_extras (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->handout);
  g_clear_object (&self->store);
  g_clear_object (&self->ticks);
  g_clear_object (&self->drawings);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->chosen, g_hash_table_unref);
  g_clear_pointer (&self->second_languages, g_strfreev);
  G_OBJECT_CLASS (lg_summary_view_parent_class)->dispose (object);
}

static void
lg_summary_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LgSummaryView *self = LG_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_int (value, self->n_pages);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_summary_view_class_init (LgSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_summary_view_dispose;
  object_class->get_property = lg_summary_view_get_property;
  LG_SESSION_VIEW_CLASS (klass)->fill = lg_summary_view_fill;

  properties[PROP_N_PAGES] =
    g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, topics_button);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, topics_box);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, notes_switch);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, depth_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, large_print_switch);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, drawings_box);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, drawings_switch);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, second_language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, stack);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, pages_box);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, zoom_in_button);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, zoom_out_button);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, print_button);
  gtk_widget_class_bind_template_child (widget_class, LgSummaryView, save_button);
  _lg_summary_view_bind_extras (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, zoom_in_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_out_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "print_cb", G_CALLBACK (_lg_summary_view_print_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "save_cb", G_CALLBACK (_lg_summary_view_save_cb));
}

static void
lg_summary_view_init (LgSummaryView *self)
{
  GtkEventController *scroll;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->zoom = 1.0;

  g_signal_connect_swapped (self->paper_dropdown, "notify::selected", G_CALLBACK (_lg_summary_view_rebuild), self);
  g_signal_connect_swapped (self->notes_switch, "notify::active", G_CALLBACK (_lg_summary_view_rebuild), self);
  g_signal_connect_swapped (self->depth_dropdown, "notify::selected", G_CALLBACK (_lg_summary_view_rebuild), self);
  g_signal_connect_swapped (self->large_print_switch, "notify::active", G_CALLBACK (_lg_summary_view_rebuild), self);
  g_signal_connect_swapped (self->drawings_switch, "notify::active", G_CALLBACK (_lg_summary_view_rebuild), self);
  g_signal_connect_swapped (self->second_language_dropdown, "notify::selected", G_CALLBACK (_lg_summary_view_rebuild), self);
  g_signal_connect_swapped (gtk_scrolled_window_get_hadjustment (self->scroller), "notify::page-size",
                            G_CALLBACK (page_size_changed_cb), self);

  _lg_summary_view_init_extras (self);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), scroll);
}
