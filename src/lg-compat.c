/* lg-compat.c — the app's workarounds for the GTK 4.8 / libadwaita 1.2 floor and for GTK bugs
 *
 * Each function says which GTK it is for and what to do when the floor rises. Keeping them here
 * means raising the floor is one file's review, not a search through every widget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-compat.h"

/* A check button's child. GTK 4.8's check button binary-searches its child's width for every
 * height it is given (5 times the cost of a question, measured); a grid around the label stops
 * that. Newer GTK (4.18 measured) does not search, and there the grid would make the check
 * button report a minimum height above its natural one (a warning): the label goes in directly.
 * Floor at GTK 4.10 or later: return @label and drop this function. */
GtkWidget *
lg_compat_check_button_child (GtkWidget *label)
{
  GtkWidget *cell;

  if (gtk_get_minor_version () > 8)
    return label;
  cell = gtk_grid_new ();
  gtk_grid_attach (GTK_GRID (cell), label, 0, 0, 1, 1);
  return cell;
}

/* AdwStatusPage (libadwaita 1.2 to 1.7 at least) and GTK's menu popover scroll their content in a
 * focusable scrolled window with no name of its own: give it one, for screen readers. When
 * libadwaita names it (check with Accerciser), drop this. */
void
lg_compat_name_scroller (GtkWidget  *widget,
                         const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      lg_compat_name_scroller (child, name);
    }
}

/* A menu popover's items are named by their label (a "labelled-by" relation). GTK 4.18 does not
 * pass that name on to screen readers (AT-SPI shows the items nameless, the label "invalid"): name
 * each item with its text directly, which every GTK reads the same way. GTK's menu items are
 * GtkModelButton, a private type: found as actionable widgets with a "text" property. When GTK
 * fixes the relation (the atspi test would show named items without this), drop it. */
void
lg_compat_name_menu_items (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ACTIONABLE (child) && g_object_class_find_property (G_OBJECT_GET_CLASS (child), "text") != NULL)
        {
          g_autofree char *text = NULL;

          /* The label's text as shown, without the mnemonic's underline. */
          g_object_get (child, "text", &text, NULL);
          if (text != NULL && *text != '\0')
            {
              gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
              gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
            }
        }
      lg_compat_name_menu_items (child);
    }
}

/* The items are made when the popover is first shown: name them each time it is. */
void
lg_compat_name_menu_items_on_show (GtkPopover *popover)
{
  g_signal_handlers_disconnect_by_func (popover, lg_compat_name_menu_items, NULL);
  g_signal_connect (popover, "show", G_CALLBACK (lg_compat_name_menu_items), NULL);
}

typedef struct {
  GtkWidget *measured;
  void (*done) (gpointer data);
  gpointer data;
} FirstLayout;

static gboolean
first_layout_cb (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  FirstLayout *wait = user_data;

  if (gtk_widget_get_width (wait->measured) == 0)
    return G_SOURCE_CONTINUE;
  wait->done (wait->data);
  return G_SOURCE_REMOVE;
}

/* Calls @done once @measured has been laid out. AdwLeaflet (libadwaita 1.2; AdwNavigationSplitView
 * and breakpoints from 1.4 replace it) knows whether it folds only after its first allocation, so
 * what depends on folding waits for it. Floor at libadwaita 1.4: use breakpoints instead. */
void
lg_compat_after_first_layout (GtkWidget  *widget,
                              GtkWidget  *measured,
                              void      (*done) (gpointer data),
                              gpointer    data)
{
  FirstLayout *wait = g_new0 (FirstLayout, 1);

  wait->measured = measured;
  wait->done = done;
  wait->data = data;
  gtk_widget_add_tick_callback (widget, first_layout_cb, wait, g_free);
}

/* Closes a popover as its parent unmaps (another view, or the window closes): GTK 4.8 otherwise
 * may look for the pointer on the popover's destroyed surface. Harmless on newer GTK; drop it with
 * a GTK 4.10 floor after checking the topic page tests under Xvfb. */
void
lg_compat_unmap_popover (GtkPopover *popover)
{
  gtk_popover_popdown (popover);
}
