/* lg-compare-view.c
 *
 * The Compare treatments view: one table, a column for each topic that has a "compare" object
 * (in sidebar order) and a row for each LgCompareRow. The table sits in a scrolled window that
 * scrolls sideways, so in a narrow window the columns keep a readable width instead of being
 * squeezed or cut off; a hint then says to scroll. Every cell tells a screen reader its row and
 * column as well as its text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lg-compare-view-private.h"

struct _LgCompareView
{
  LgSessionView parent_instance;

  guint n_columns;
  guint hint_idle;
  GPtrArray *column_ids;        /* the topic id of each column, from 1 */
  GHashTable *hidden;           /* ids of the treatments the clinician took out; never saved */

  GtkLabel *title_label;
  GtkLabel *intro_label;
  GtkScrolledWindow *page_scroller;
  GtkScrolledWindow *table_scroller;
  GtkGrid *table;
  GtkLabel *scroll_hint;
  GtkBox *choose_box;
};

G_DEFINE_FINAL_TYPE (LgCompareView, lg_compare_view, LG_TYPE_SESSION_VIEW)

static GtkWidget *
cell (const char *text,
      const char *accessible_label,
      const char *style,
      gboolean    striped)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "yalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD,
                                   "width-chars", 10,
                                   "max-width-chars", 18,
                                   "selectable", FALSE,
                                   "hexpand", TRUE,
                                   NULL);

  gtk_widget_add_css_class (label, "lg-compare-cell");
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  if (striped)
    gtk_widget_add_css_class (label, "lg-compare-stripe");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return label;
}

static void
clear_table (LgCompareView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choose_box))) != NULL)
    gtk_box_remove (self->choose_box, child);
  g_ptr_array_set_size (self->column_ids, 0);
  self->n_columns = 0;
}

/* Shows or hides each column as its check button says; the last one shown cannot be unticked. */
static void
update_columns (LgCompareView *self)
{
  guint n_shown = 0;
  GtkWidget *last = NULL;

  for (guint column = 1; column <= self->n_columns; column++)
    {
      const char *id = g_ptr_array_index (self->column_ids, column - 1);
      gboolean shown = !g_hash_table_contains (self->hidden, id);

      for (guint row = 0; row <= LG_N_COMPARE_ROWS; row++)
        gtk_widget_set_visible (gtk_grid_get_child_at (self->table, column, row), shown);
      n_shown += shown;
    }
  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->choose_box));
       check != NULL; check = gtk_widget_get_next_sibling (check))
    {
      gtk_widget_set_sensitive (check, TRUE);
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        last = check;
    }
  if (n_shown == 1 && last != NULL)
    gtk_widget_set_sensitive (last, FALSE);
}

static void
choose_toggled_cb (GtkCheckButton *check,
                   LgCompareView  *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "lg-topic-id");

  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->hidden, id);
  else
    g_hash_table_add (self->hidden, g_strdup (id));
  update_columns (self);
}

/* Every treatment in the table again (a new patient): which were chosen was about the last one. */
void
lg_compare_view_reset (LgCompareView *self)
{
  g_return_if_fail (LG_IS_COMPARE_VIEW (self));

  g_hash_table_remove_all (self->hidden);
  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->choose_box));
       check != NULL; check = gtk_widget_get_next_sibling (check))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  update_columns (self);
}

/* The ids of the treatments shown, in the table's order (the handout's Compare table prints
 * them); NULL before the table is first filled, when every treatment is shown. */
GStrv
lg_compare_view_dup_chosen (LgCompareView *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_return_val_if_fail (LG_IS_COMPARE_VIEW (self), NULL);

  if (self->n_columns == 0)
    return NULL;
  for (guint i = 0; i < self->column_ids->len; i++)
    if (!g_hash_table_contains (self->hidden, self->column_ids->pdata[i]))
      g_strv_builder_add (ids, self->column_ids->pdata[i]);
  return g_strv_builder_end (ids);
}

/* A check button in the "Choose Treatments" popover for the column of @topic. */
static void
add_choice (LgCompareView *self,
            LgTopic       *topic,
            const char    *name)
{
  GtkWidget *check = gtk_check_button_new_with_label (name);

  g_object_set_data_full (G_OBJECT (check), "lg-topic-id", g_strdup (lg_topic_get_id (topic)), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               !g_hash_table_contains (self->hidden, lg_topic_get_id (topic)));
  g_signal_connect (check, "toggled", G_CALLBACK (choose_toggled_cb), self);
  gtk_box_append (self->choose_box, check);
}

static void
lg_compare_view_fill (LgSessionView   *view,
                      LgContentStore  *store,
                      LgQuestionTicks *ticks)
{
  LgCompareView *self = LG_COMPARE_VIEW (view);
  GListModel *topics;
  GtkWidget *corner;
  guint column = 1;

  clear_table (self);

  /* Every word of the table is the content's, in its language. */
  gtk_label_set_text (self->title_label, lg_content_store_get_label (store, "view-compare"));
  gtk_label_set_text (self->intro_label, lg_content_store_get_label (store, "compare-intro"));
  gtk_label_set_text (self->scroll_hint, lg_content_store_get_label (store, "compare-scroll-hint"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  lg_content_store_get_label (store, "compare-table"), -1);
  corner = cell (lg_content_store_get_label (store, "compare-treatment"),
                 lg_content_store_get_label (store, "compare-treatment"), "lg-compare-head", FALSE);
  gtk_grid_attach (self->table, corner, 0, 0, 1, 1);
  for (guint row = 0; row < LG_N_COMPARE_ROWS; row++)
    {
      const char *title = lg_content_store_get_compare_row_title (store, row);
      GtkWidget *heading = cell (title, title, "lg-compare-row-head", row % 2 == 1);

      gtk_grid_attach (self->table, heading, 0, row + 1, 1, 1);
    }

  topics = lg_content_store_get_topics (store);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *name = NULL;
      GtkWidget *heading;

      if (lg_topic_get_compare_name (topic) == NULL)
        continue;

      name = lg_content_store_to_plain (store, lg_topic_get_compare_name (topic));
      heading = cell (name, name, "lg-compare-head", FALSE);
      /* A Tab stop per column, so the keyboard scrolls the table sideways too. */
      gtk_label_set_selectable (GTK_LABEL (heading), TRUE);
      gtk_grid_attach (self->table, heading, column, 0, 1, 1);
      g_ptr_array_add (self->column_ids, g_strdup (lg_topic_get_id (topic)));
      add_choice (self, topic, name);
      for (guint row = 0; row < LG_N_COMPARE_ROWS; row++)
        {
          g_autofree char *text = lg_content_store_to_plain (store, lg_topic_get_compare (topic, row));
          /* "Surgery, Time in hospital: About 3 to 6 days" */
          g_autofree char *spoken = g_strdup_printf (C_("compare cell", "%s, %s: %s"),
                                                     name,
                                                     lg_content_store_get_compare_row_title (store, row),
                                                     text);

          gtk_grid_attach (self->table, cell (text, spoken, NULL, row % 2 == 1),
                           column, row + 1, 1, 1);
        }
      column++;
    }
  self->n_columns = column - 1;
  update_columns (self);
}

/* The number of treatments in the table. */
guint
lg_compare_view_get_n_columns (LgCompareView *self)
{
  g_return_val_if_fail (LG_IS_COMPARE_VIEW (self), 0);
  return self->n_columns;
}

/* Shows the "scroll sideways" hint only when the table is wider than its window. Deferred to an
 * idle, as the adjustment changes while the scrolled window is being laid out. */
static gboolean
update_hint (gpointer user_data)
{
  LgCompareView *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->table_scroller);
  gboolean scrolls = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_lower (adjustment)
                     > gtk_adjustment_get_page_size (adjustment) + 1;

  self->hint_idle = 0;
  if (gtk_widget_get_visible (GTK_WIDGET (self->scroll_hint)) != scrolls)
    gtk_widget_set_visible (GTK_WIDGET (self->scroll_hint), scrolls);
  return G_SOURCE_REMOVE;
}

static void
hadjustment_changed_cb (LgCompareView *self)
{
  if (self->hint_idle == 0)
    self->hint_idle = g_idle_add (update_hint, self);
}

/* The wheel over the table: up and down move the page, as anywhere else on it (a scrolled window
 * takes every scroll over it, even one it cannot scroll); sideways moves the table. */
static gboolean
table_scroll_cb (LgCompareView            *self,
                 double                    dx,
                 double                    dy,
                 GtkEventControllerScroll *controller)
{
  GtkAdjustment *page = gtk_scrolled_window_get_vadjustment (self->page_scroller);
  double step = 1;

  if (dy == 0 || fabs (dx) > fabs (dy))
    return FALSE;
  /* A wheel's notch moves as far as the page's own scrolled window moves it. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (page), 2.0 / 3.0);
  gtk_adjustment_set_value (page, gtk_adjustment_get_value (page) + dy * step);
  return TRUE;
}

static void
lg_compare_view_dispose (GObject *object)
{
  LgCompareView *self = LG_COMPARE_VIEW (object);

  g_clear_handle_id (&self->hint_idle, g_source_remove);
  g_clear_pointer (&self->column_ids, g_ptr_array_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  G_OBJECT_CLASS (lg_compare_view_parent_class)->dispose (object);
}

static void
lg_compare_view_class_init (LgCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_compare_view_dispose;
  LG_SESSION_VIEW_CLASS (klass)->fill = lg_compare_view_fill;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LgCompareView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LgCompareView, intro_label);
  gtk_widget_class_bind_template_child (widget_class, LgCompareView, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, LgCompareView, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, LgCompareView, table);
  gtk_widget_class_bind_template_child (widget_class, LgCompareView, scroll_hint);
  gtk_widget_class_bind_template_child (widget_class, LgCompareView, choose_box);
}

static void
lg_compare_view_init (LgCompareView *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_ids = g_ptr_array_new_with_free_func (g_free);
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (table_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->table_scroller), scroll);
  adjustment = gtk_scrolled_window_get_hadjustment (self->table_scroller);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (hadjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
