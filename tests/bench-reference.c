/* bench-reference.c — the floors Liver Guide's start-up is measured against
 *
 * The least a libadwaita app can be: an AdwApplication (with an id, so it registers on the session
 * bus as Liver Guide does) that presents one empty AdwApplicationWindow of Liver Guide's default
 * size. With LG_BENCH_STARTUP=1 it reports its first painted frame and quits, through the same
 * src/lg-bench.c as the app (compiled in, without the rest of the app).
 *
 * With LG_BENCH_REFERENCE_MINIMAL=FILE it presents instead, in plain GTK and libadwaita widgets
 * and with none of Liver Guide's code, what Liver Guide's first frame shows: a header bar over a
 * sidebar with the search entry and the topic list (group headings and rows), and a header bar
 * with the topic's title, print, language and menu buttons over a scrolled page of wrapped labels
 * with the first topic's first screen (title, subtitle, the In short card, the picture drawn by
 * librsvg, the Draw button, caption and legend). FILE is tests/bench-reference-page.py's output,
 * made from the bundled content at build time. What this costs over the empty window is what GTK
 * itself costs to show those things; what Liver Guide costs over this is its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <librsvg/rsvg.h>

#include "lg-bench.h"

static void
draw_picture (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        handle)
{
  RsvgRectangle viewport = { 0, 0, width, height };

  rsvg_handle_render_document (handle, cr, &viewport, NULL);
}

static GtkWidget *
picture_new (const char *path)
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle = rsvg_handle_new_from_file (path, &error);
  GtkWidget *frame, *area;
  double width, height;

  if (handle == NULL)
    g_error ("bench-reference: %s", error->message);
  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height))
    width = 560, height = 370;
  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), width);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), height);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_picture, handle, g_object_unref);
  frame = gtk_frame_new (NULL);
  gtk_widget_set_halign (frame, GTK_ALIGN_CENTER);
  gtk_frame_set_child (GTK_FRAME (frame), area);
  return frame;
}

static GtkWidget *
label_new (const char *text,
           const char *style,
           gboolean    markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* The sidebar and the page from @path's lines (see tests/bench-reference-page.py). */
static GtkWidget *
minimal_content (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GtkWidget *split, *sidebar, *header, *search, *scroller, *list, *content, *page, *card, *box;

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("bench-reference: %s", error->message);
  lines = g_strsplit (text, "\n", -1);

  sidebar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_size_request (sidebar, 280, -1);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Liver Guide", NULL));
  gtk_box_append (GTK_BOX (sidebar), header);
  search = gtk_search_entry_new ();
  g_object_set (search, "placeholder-text", "Search topics", "margin-start", 12, "margin-end", 12,
                "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_box_append (GTK_BOX (sidebar), search);
  list = gtk_list_box_new ();
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (sidebar), scroller);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (content, TRUE);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (content), header);
  box = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (box), "open-menu-symbolic");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), box);
  box = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (box), "English");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), box);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), gtk_button_new_from_icon_name ("document-print-symbolic"));
  page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_object_set (page, "margin-start", 56, "margin-end", 56, "margin-top", 24, "margin-bottom", 24, NULL);
  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), page);
  gtk_box_append (GTK_BOX (content), scroller);
  card = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      const char *value;
      GtkWidget *w;

      if (tab == NULL)
        continue;
      *tab = '\0';
      value = tab + 1;
      if (strcmp (lines[i], "group") == 0 || strcmp (lines[i], "row") == 0)
        {
          w = gtk_list_box_row_new ();
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (w),
                                      label_new (value, *lines[i] == 'g' ? "heading" : NULL, FALSE));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (w), *lines[i] == 'r');
          gtk_list_box_append (GTK_LIST_BOX (list), w);
          continue;
        }
      if (strcmp (lines[i], "title") == 0)
        {
          adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (value, NULL));
          w = label_new (value, "title-1", FALSE);
        }
      else if (strcmp (lines[i], "subtitle") == 0)
        w = label_new (value, NULL, FALSE);
      else if (strcmp (lines[i], "heading") == 0)
        {
          card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
          gtk_widget_add_css_class (card, "card");
          g_object_set (card, "margin-bottom", 12, "spacing", 6, NULL);
          gtk_box_append (GTK_BOX (page), card);
          gtk_box_append (GTK_BOX (card), label_new (value, "heading", FALSE));
          continue;
        }
      else if (strcmp (lines[i], "text") == 0)
        w = label_new (value, NULL, TRUE);
      else if (strcmp (lines[i], "button") == 0)
        {
          w = gtk_button_new_with_label (value);
          gtk_widget_add_css_class (w, "flat");
          gtk_widget_set_halign (w, card != NULL ? GTK_ALIGN_START : GTK_ALIGN_CENTER);
        }
      else if (strcmp (lines[i], "picture") == 0)
        {
          card = NULL;
          w = picture_new (value);
        }
      else if (strcmp (lines[i], "caption") == 0)
        w = label_new (value, "heading", FALSE);
      else
        w = label_new (value, NULL, FALSE);
      gtk_box_append (GTK_BOX (card != NULL ? card : page), w);
    }

  split = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (split), sidebar);
  gtk_box_append (GTK_BOX (split), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (split), content);
  return split;
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  const char *minimal = g_getenv ("LG_BENCH_REFERENCE_MINIMAL");

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  if (minimal != NULL && *minimal != '\0')
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), minimal_content (minimal));
  lg_bench_watch_first_frame (window);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.liverguide.BenchReference",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
