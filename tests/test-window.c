/* test-window.c — the main window as a person uses it: sidebar, topic page, search, keys, folding
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-preferences-window.h"

#include "lg-test-utils.h"
#include "lg-window-private.h"
#include "lg-settings-private.h"
#include "lg-source.h"
#include "lg-topic-page-private.h"

static gboolean is_label_containing (GtkWidget *widget, gconstpointer text);
static LgApplication *app;

static GPtrArray *
shown_rows (LgWindow *window)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (lg_test_sidebar (window), i)) != NULL; i++)
    if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
      g_ptr_array_add (rows, row);
  return rows;
}

static GtkListBoxRow *
row_for (LgWindow   *window,
         const char *title)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (lg_test_sidebar (window), i)) != NULL; i++)
    if (g_strcmp0 (lg_test_row_title (row), title) == 0)
      return row;
  return NULL;
}

/* The page shows @topic: its title and its In short text are on screen. */
static void
assert_page_shows (LgWindow *window,
                   LgTopic  *topic)
{
  g_autofree char *title = lg_test_plain (app, lg_topic_get_title (topic));
  g_autofree char *in_short = lg_test_plain (app, lg_topic_get_in_short (topic));
  AdwWindowTitle *window_title = ADW_WINDOW_TITLE (lg_test_find_type (GTK_WIDGET (window),
                                                                      ADW_TYPE_WINDOW_TITLE));

  lg_test_wait (50);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), title));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), in_short));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, lg_topic_get_id (topic));
  (void) window_title;
}

static LgTopic *
topic_at (guint i)
{
  g_autoptr(LgTopic) topic = g_list_model_get_item (lg_content_store_get_topics (lg_test_store (app)), i);
  return topic; /* the store keeps it alive */
}

static void
test_sidebar_rows (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GListModel *topics = lg_content_store_get_topics (lg_test_store (app));
  g_autoptr(GPtrArray) rows = shown_rows (window);

  /* Every topic, then the three views (tests/test-views.c). */
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (topics) + 3);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 17);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autofree char *title = lg_test_plain (app, lg_topic_get_title (topic_at (i)));
      g_assert_cmpstr (lg_test_row_title (rows->pdata[i]), ==, title);
    }
  /* Group headings as in the design. */
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Understanding"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Liver-directed therapies"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Next steps"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_row (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgTopic *surgery = lg_content_store_lookup_topic (lg_test_store (app), "surgery");
  LgTopic *sbrt = lg_content_store_lookup_topic (lg_test_store (app), "sbrt");

  gtk_widget_activate (GTK_WIDGET (row_for (window, "Surgery")));
  assert_page_shows (window, surgery);
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (lg_test_find_type (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE))),
                   !=, NULL);

  g_assert_true (lg_window_show_topic (window, "sbrt"));
  assert_page_shows (window, sbrt);
  /* The surgery text is gone from the page. */
  {
    g_autofree char *surgery_short = lg_test_plain (app, lg_topic_get_in_short (surgery));
    g_assert_null (lg_test_find_label (GTK_WIDGET (window), surgery_short));
  }
  g_assert_false (lg_window_show_topic (window, "no-such-topic"));
  assert_page_shows (window, sbrt);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  LgWindow *window;
  guint count;
} RowCount;

static gboolean
rows_shown_are (gpointer data)
{
  RowCount *c = data;
  g_autoptr(GPtrArray) rows = shown_rows (c->window);
  return rows->len == c->count;
}

static void
test_search (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *entry = lg_test_sidebar_search (window);
  GtkWidget *focus;
  RowCount one = { window, 1 + 3 }, none = { window, 3 }, all = { window, 20 };
  g_autoptr(GPtrArray) rows = NULL;

  /* Ctrl+F puts the cursor in the search entry. */
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Control>f"));
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* A word that only the body of one topic uses (the three view rows stay, below it). */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Floxuridine");
  g_assert_true (lg_test_wait_until (rows_shown_are, &one));
  rows = shown_rows (window);
  g_assert_cmpstr (lg_test_row_title (rows->pdata[0]),
                   ==, "Hepatic artery infusion pump");

  /* Enter opens the first match. */
  g_signal_emit_by_name (entry, "activate");
  assert_page_shows (window, lg_content_store_lookup_topic (lg_test_store (app), "hepatic-artery-infusion"));

  /* A title word matches too; nothing matching shows the empty state. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzqx nothing like this");
  g_assert_true (lg_test_wait_until (rows_shown_are, &none));
  lg_test_wait (50);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "No Topics Found"));

  /* Escape clears the search and every topic is back. */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (lg_test_wait_until (rows_shown_are, &all));
  lg_test_wait (50);
  g_assert_null (lg_test_find_label (GTK_WIDGET (window), "No Topics Found"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
page_scrolled (gpointer data)
{
  LgWindow *window = data;
  GtkWidget *page = lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE);
  GtkWidget *scroller = page ? lg_test_find_type (page, GTK_TYPE_SCROLLED_WINDOW) : NULL;

  return scroller != NULL &&
         gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))) > 100;
}

/* A word of the body: the row shows it highlighted under the title, in English or with an
 * accent left out in Spanish, and opens the topic scrolled to it. */
static void
test_search_snippet_and_scroll (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *entry = lg_test_sidebar_search (window);
  RowCount one = { window, 1 + 3 };
  g_autoptr(GPtrArray) rows = NULL;
  const char *snippet;

  gtk_editable_set_text (GTK_EDITABLE (entry), "floxuridne");    /* one letter dropped */
  g_assert_true (lg_test_wait_until (rows_shown_are, &one));
  lg_test_wait (100);
  rows = shown_rows (window);
  g_assert_cmpstr (lg_test_row_title (rows->pdata[0]), ==, "Hepatic artery infusion pump");
  snippet = lg_test_row_snippet (rows->pdata[0]);
  g_assert_nonnull (snippet);
  g_assert_nonnull (strstr (snippet, "floxuridine"));
  g_signal_emit_by_name (entry, "activate");
  assert_page_shows (window, lg_content_store_lookup_topic (lg_test_store (app), "hepatic-artery-infusion"));
  g_assert_true (lg_test_wait_until (page_scrolled, window));

  g_signal_emit_by_name (entry, "stop-search");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_next_previous (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);

  g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic_at (0))));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Alt>Down"));
  assert_page_shows (window, topic_at (1));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Alt>Down"));
  assert_page_shows (window, topic_at (2));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Alt>Up"));
  assert_page_shows (window, topic_at (1));

  /* At the end it stays put. */
  g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic_at (16))));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Alt>Down"));
  assert_page_shows (window, topic_at (16));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The topic pages the window holds that are visible: only the one on screen. The kept ones are
 * hidden, so a keyboard move does not restyle them (see show_topic_page()). */
static guint
visible_pages (LgWindow *window)
{
  guint visible = 0;

  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (window->topic_stack)); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    if (gtk_widget_get_visible (page))
      visible++;
  return visible;
}

static GtkAdjustment *
page_adjustment (LgTopicPage *page)
{
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (lg_test_find_type (GTK_WIDGET (page),
                                                                                      GTK_TYPE_SCROLLED_WINDOW)));
}

/* Going round every topic and back finds each page as it was left: built once, kept, and
 * shown from its top again even when it was left scrolled down. */
static void
test_pages_kept (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GListModel *topics = lg_content_store_get_topics (lg_test_store (app));
  guint n = g_list_model_get_n_items (topics);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  g_assert_cmpuint (n, <=, LG_WINDOW_MAX_PAGES);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic_at (i))));
      g_ptr_array_add (pages, window->topic_page);
      lg_test_wait (20);
      g_assert_true (lg_test_is_shown (GTK_WIDGET (window->topic_page)));
      g_assert_cmpuint (visible_pages (window), ==, 1);
      /* Left scrolled down */
      lg_test_wait_until ((gboolean (*) (gpointer)) lg_topic_page_is_complete, window->topic_page);
      gtk_adjustment_set_value (page_adjustment (window->topic_page), 400);
      g_assert_cmpfloat (gtk_adjustment_get_value (page_adjustment (window->topic_page)), >, 0);
    }
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic_at (i))));
      g_assert_true (window->topic_page == pages->pdata[i]);
      lg_test_wait (20);
      g_assert_true (lg_test_is_shown (GTK_WIDGET (window->topic_page)));
      g_assert_cmpuint (visible_pages (window), ==, 1);
      g_assert_cmpfloat (gtk_adjustment_get_value (page_adjustment (window->topic_page)), ==, 0);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (void)
{
  LgWindow *window = lg_test_window (app, 360, 720);
  AdwLeaflet *leaflet = ADW_LEAFLET (lg_test_find_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
  GtkWidget *back;

  g_assert_true (adw_leaflet_get_folded (leaflet));
  /* It opens on a topic, with a back button to the list. */
  assert_page_shows (window, topic_at (0));
  back = lg_test_find_tooltip (GTK_WIDGET (window), "Back to Topics");
  g_assert_nonnull (back);
  gtk_widget_activate (back);
  lg_test_wait (400);
  g_assert_true (lg_test_is_shown (GTK_WIDGET (lg_test_sidebar (window))));

  gtk_widget_activate (GTK_WIDGET (row_for (window, "Surgery")));
  lg_test_wait (400);
  assert_page_shows (window, lg_content_store_lookup_topic (lg_test_store (app), "surgery"));
  g_assert_false (lg_test_is_shown (GTK_WIDGET (lg_test_sidebar (window))));

  /* A search left in the list, now out of sight, does not limit Alt+Down and Alt+Up: they go to
   * the topics beside this one, as the list without the search has them. */
  gtk_editable_set_text (GTK_EDITABLE (lg_test_sidebar_search (window)), "ablation");
  lg_test_wait (300);
  g_assert_false (lg_test_is_shown (GTK_WIDGET (lg_test_sidebar (window))));
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Alt>Down"));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, "portal-vein-embolization");
  g_assert_true (lg_test_activate_shortcut (GTK_WIDGET (window), "<Alt>Up"));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, "surgery");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_remembers (void)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));
  LgWindow *window = lg_test_window (app, 900, 700);
  g_autofree char *last = NULL;
  int width, height;

  g_assert_true (lg_window_show_topic (window, "sbrt"));
  gtk_window_set_default_size (GTK_WINDOW (window), 950, 650);
  gtk_window_close (GTK_WINDOW (window));

  last = g_settings_get_string (settings, "last-topic");
  g_assert_cmpstr (last, ==, "sbrt");
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 950);
  g_assert_cmpint (height, ==, 650);

  window = lg_window_new (GTK_APPLICATION (app), lg_application_get_session (app));
  gtk_window_present (GTK_WINDOW (window));
  lg_test_wait (300);
  assert_page_shows (window, lg_content_store_lookup_topic (lg_test_store (app), "sbrt"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The settings file is hand-editable: a size no window can have gives no GTK critical (the test
 * runs under G_DEBUG=fatal-warnings) and a window of the default size, or of the largest kept. */
static void
test_absurd_window_size (void)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));
  const struct { int width, height, want_width, want_height; } cases[] = {
    { -500, -2, 1100, 760 },
    { 0, 700, 1100, 760 },
    { 1000000, 900000, 8192, 8192 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LgWindow *window;
      int width, height;

      g_settings_set (settings, "window-size", "(ii)", cases[i].width, cases[i].height);
      window = lg_window_new (GTK_APPLICATION (app), lg_application_get_session (app));
      gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
      g_assert_cmpint (width, ==, cases[i].want_width);
      g_assert_cmpint (height, ==, cases[i].want_height);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_glossary_popover (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgGlossaryTerm *term = lg_content_store_lookup_term (lg_test_store (app), "ablation");
  g_autofree char *in_short = NULL;
  g_autofree char *uri = g_strdup ("term:ablation");
  GtkWidget *label, *popover, *definition;
  gboolean handled = FALSE;

  g_assert_true (lg_window_show_topic (window, "ablation"));
  in_short = lg_test_plain (app, lg_topic_get_in_short (lg_content_store_lookup_topic (lg_test_store (app), "ablation")));
  label = lg_test_find_label (GTK_WIDGET (window), in_short);
  g_assert_nonnull (label);
  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
  lg_test_wait (200);

  /* The definition is on screen, in a popover. */
  definition = lg_test_find_label (GTK_WIDGET (window), lg_glossary_term_get_definition (term));
  g_assert_nonnull (definition);
  popover = gtk_widget_get_ancestor (definition, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_nonnull (lg_test_find_label (popover, lg_glossary_term_get_term (term)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The card (In short, Key points) that holds @label: its "Sources" button's popover. */
static GtkWidget *
card_sources_popover (GtkWidget  *label,
                      const char *card_class,
                      gboolean    open)
{
  GtkWidget *card = label, *button;

  while (card != NULL && !gtk_widget_has_css_class (card, card_class))
    card = gtk_widget_get_parent (card);
  g_assert_nonnull (card);
  button = lg_test_find_type (card, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_has_css_class (button, "lg-sources-button"));
  /* Opened as a click would (when on screen); its popover is made then. */
  if (!open)
    return button;
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  lg_test_wait (100);
  g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (lg_test_is_shown (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
  return GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
}

/* A label showing @text, shown or not. */
static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Each source @ids names is in @popover as "N. Publisher, Title". */
static void
assert_lists_sources (GtkWidget          *popover,
                      LgTopic            *topic,
                      const char * const *ids)
{
  g_autoptr(GPtrArray) shown = lg_topic_list_sources (topic, "en");
  guint found = 0;

  g_assert_nonnull (ids);
  for (guint i = 0; i < shown->len; i++)
    {
      LgSource *source = g_ptr_array_index (shown, i);
      g_autofree char *text = NULL;

      if (!g_strv_contains (ids, lg_source_get_id (source)))
        continue;
      text = g_strdup_printf ("%u. %s, %s", i + 1, lg_source_get_publisher (source),
                              lg_source_get_title (source));
      g_assert_nonnull (lg_test_find_widget (popover, is_label, text));
      found++;
    }
  g_assert_cmpuint (found, ==, g_strv_length ((GStrv) ids));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* "In short" and the key points name their sources, as every section does. */
static void
test_summary_sources (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgTopic *topic = lg_content_store_lookup_topic (lg_test_store (app), "radioembolization");
  g_autofree char *in_short = lg_test_plain (app, lg_topic_get_in_short (topic));
  g_autofree char *key_point = lg_test_plain (app, lg_topic_get_key_points (topic)[0]);
  GtkWidget *label;

  g_assert_true (lg_window_show_topic (window, "radioembolization"));
  lg_test_wait (200);
  label = lg_test_find_label (GTK_WIDGET (window), in_short);
  g_assert_nonnull (label);
  assert_lists_sources (card_sources_popover (label, "lg-in-short", TRUE), topic,
                        lg_topic_get_in_short_sources (topic));
  label = lg_test_find_label (GTK_WIDGET (window), key_point);
  g_assert_nonnull (label);
  /* Below the first screen: its button names the numbers of what the key points cite. */
  {
    GtkWidget *button = card_sources_popover (label, "lg-key-points", FALSE);
    g_autofree char *numbers = lg_topic_dup_source_numbers (topic, "en", lg_topic_get_key_points_sources (topic));
    g_autofree char *expected = g_strdup_printf ("Sources %s", numbers);

    g_assert_nonnull (numbers);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_question_ticks (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgTopic *surgery = lg_content_store_lookup_topic (lg_test_store (app), "surgery");
  const char *question = lg_topic_get_questions (surgery)[0];
  g_autofree char *text = lg_test_plain (app, question);
  GtkWidget *label, *check;

  g_assert_true (lg_window_show_topic (window, "surgery"));
  label = lg_test_wait_for_label (GTK_WIDGET (window), text);
  g_assert_nonnull (label);
  check = gtk_widget_get_ancestor (label, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  g_assert_true (lg_window_show_topic (window, "sbrt"));
  g_assert_true (lg_window_show_topic (window, "surgery"));
  check = gtk_widget_get_ancestor (lg_test_wait_for_label (GTK_WIDGET (window), text), GTK_TYPE_CHECK_BUTTON);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The app's icon is found (About, window list) even when running from the build tree. */
static void
test_icon (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  g_assert_true (gtk_icon_theme_has_icon (theme, "io.github.liverguide.LiverGuide"));
  g_assert_true (gtk_icon_theme_has_icon (theme, "io.github.liverguide.LiverGuide-symbolic"));
}

/* Going back to a topic shows it as it first looked: at the top, the teach-back prompts folded,
 * and only that topic's text on screen. */
static void
test_back_to_topic (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgTopic *surgery = lg_content_store_lookup_topic (lg_test_store (app), "surgery");
  g_autofree char *prompt = lg_test_plain (app, lg_topic_get_teach_back (surgery)[0]);
  g_autofree char *sbrt_in_short = lg_test_plain (app, lg_topic_get_in_short (lg_content_store_lookup_topic (lg_test_store (app), "sbrt")));
  GtkExpander *expander;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;

  g_assert_true (lg_window_show_topic (window, "surgery"));
  expander = GTK_EXPANDER (gtk_widget_get_ancestor (lg_test_wait_for_label (GTK_WIDGET (window),
                                                                            "Check understanding (for the care team)"),
                                                    GTK_TYPE_EXPANDER));
  g_assert_nonnull (expander);
  gtk_expander_set_expanded (expander, TRUE);
  lg_test_wait (50);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), prompt));
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (expander), GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  g_assert_true (lg_window_show_topic (window, "sbrt"));
  assert_page_shows (window, lg_content_store_lookup_topic (lg_test_store (app), "sbrt"));
  g_assert_null (lg_test_find_label (GTK_WIDGET (window), prompt));

  g_assert_true (lg_window_show_topic (window, "surgery"));
  assert_page_shows (window, surgery);
  g_assert_null (lg_test_find_label (GTK_WIDGET (window), sbrt_in_short));
  g_assert_null (lg_test_find_label (GTK_WIDGET (window), prompt));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+? and the main menu's Keyboard Shortcuts open the shortcuts window over the window; it is
 * built then, not with the window. */
static void
test_shortcuts_window (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "win.show-help-overlay");
  GtkWindow *overlay;

  g_assert_nonnull (accels);
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  lg_test_wait (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (overlay) == GTK_WINDOW (window));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (overlay), "Search topics"));
  /* Keys by the names on the keyboard, never a key's symbol name. */
  g_assert_null (lg_test_find_widget (GTK_WIDGET (overlay), is_label_containing, "Page_Up"));
  g_assert_null (lg_test_find_widget (GTK_WIDGET (overlay), is_label_containing, "Page_Down"));
  g_assert_nonnull (lg_test_find_widget (GTK_WIDGET (overlay), is_label_containing, "Page Up"));

  /* Closing hides it; the next time shows the same one again. */
  gtk_window_close (overlay);
  lg_test_wait (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_wait (50);
}

/* A label containing @text, shown or not (About's legal page is one click away). */
static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* About says how the content was checked (the month of the least recent check) and claims no
 * clinician's review. */
static void
test_about (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *about = NULL;
  g_autoptr(GListModel) toplevels = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  lg_test_wait (100);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = toplevel;
    }
  g_assert_nonnull (about);
  g_assert_nonnull (lg_test_find_widget (about, is_label_containing, "checked against them in December 2026 or later"));
  g_assert_nonnull (lg_test_find_widget (about, is_label_containing, "No clinician has reviewed this guide"));
  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A page names the topics it mentions under "Related topics", at its end: each a button that
 * opens that topic, in the window. */
static void
test_related_topics (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *label, *button, *page;

  g_assert_true (lg_window_show_topic (window, "surgery"));
  g_assert_nonnull (lg_test_wait_for_label (GTK_WIDGET (window), "Related topics"));
  page = lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE);
  label = lg_test_find_label (page, "Portal vein embolization");
  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_nonnull (lg_test_find_label (page, "Liver transplant for colorectal cancer in the liver"));
  /* The keyboard reaches it; the page scrolls to it. */
  g_assert_true (gtk_widget_grab_focus (button));

  /* As Enter or Space would (a button's activation lasts a quarter of a second). */
  gtk_widget_activate (button);
  lg_test_wait (400);
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, "portal-vein-embolization");
  /* And its page links back. */
  page = lg_test_find_shown_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE);
  g_assert_nonnull (lg_test_wait_for_label (page, "Related topics"));
  g_assert_nonnull (lg_test_find_label (page, "Surgery"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static gboolean
preferences_shown (gpointer data)
{
  GtkWindow *window = find_toplevel (LG_TYPE_PREFERENCES_WINDOW);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

/* Preferences opens with the keyboard in the clinic's name, and shows the paper's value whole. */
static void
test_preferences_open (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWindow *preferences;
  GtkWidget *focus, *name_row, *value;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (lg_test_wait_until (preferences_shown, NULL));
  lg_test_wait (300);
  preferences = find_toplevel (LG_TYPE_PREFERENCES_WINDOW);
  focus = gtk_window_get_focus (preferences);
  name_row = gtk_widget_get_ancestor (lg_test_find_label (GTK_WIDGET (preferences), "Clinic Name"),
                                      ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (focus);
  g_assert_nonnull (name_row);
  g_assert_true (focus == name_row || gtk_widget_is_ancestor (focus, name_row));

  value = lg_test_find_label_containing (GTK_WIDGET (preferences), "Automatic (");
  g_assert_nonnull (value);
  {
    int natural = 0;

    gtk_widget_measure (value, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
    g_assert_cmpint (gtk_widget_get_width (value), >=, natural);
  }
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* While the content-language or main menu is open, its button shows no tooltip (one over the
 * menu's first item hid it); closed, the tooltip is back. */
static void
test_no_tooltip_over_menu (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  const char *names[] = { "Content Language: English", "Main Menu" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *button = lg_test_find_tooltip (GTK_WIDGET (window), names[i]);

      g_assert_nonnull (button);
      button = gtk_widget_get_ancestor (button, GTK_TYPE_MENU_BUTTON);
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_has_tooltip (button));
      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      lg_test_wait (200);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
      g_assert_false (gtk_widget_get_has_tooltip (button));
      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
      lg_test_wait (200);
      g_assert_true (gtk_widget_get_has_tooltip (button));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The mean brightness (0..1) of @widget as it is drawn. */
static double
mean_brightness (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autofree guchar *pixels = NULL;
  double sum = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    sum += (pixels[4 * i] + pixels[4 * i + 1] + pixels[4 * i + 2]) / (3.0 * 255.0);
  return sum / ((double) width * height);
}

/* In dark style the pictures are no longer the brightest panel on screen: dimmed, not replaced. */
static void
test_dark_pictures (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *picture;
  double light, dark;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_true (lg_window_show_topic (window, "surgery"));
  lg_test_wait (300);
  picture = lg_test_find_shown_type (GTK_WIDGET (window), GTK_TYPE_PICTURE);
  g_assert_nonnull (picture);
  g_assert_true (gtk_widget_has_css_class (picture, "lg-illustration"));
  light = mean_brightness (picture);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  lg_test_wait (300);
  dark = mean_brightness (picture);
  g_test_message ("picture brightness: light %.2f, dark %.2f", light, dark);
  g_assert_cmpfloat (dark, <, light * 0.85);
  g_assert_cmpfloat (dark, >, light * 0.6);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = lg_test_init (&argc, &argv);

  g_test_add_func ("/lg/window/sidebar-rows", test_sidebar_rows);
  g_test_add_func ("/lg/window/select-row", test_select_row);
  g_test_add_func ("/lg/window/search", test_search);
  g_test_add_func ("/lg/window/search-snippet-and-scroll", test_search_snippet_and_scroll);
  g_test_add_func ("/lg/window/next-previous", test_next_previous);
  g_test_add_func ("/lg/window/pages-kept", test_pages_kept);
  g_test_add_func ("/lg/window/narrow", test_narrow);
  g_test_add_func ("/lg/window/remembers", test_remembers);
  g_test_add_func ("/lg/window/absurd-window-size", test_absurd_window_size);
  g_test_add_func ("/lg/window/glossary-popover", test_glossary_popover);
  g_test_add_func ("/lg/window/summary-sources", test_summary_sources);
  g_test_add_func ("/lg/window/question-ticks", test_question_ticks);
  g_test_add_func ("/lg/window/icon", test_icon);
  g_test_add_func ("/lg/window/back-to-topic", test_back_to_topic);
  g_test_add_func ("/lg/window/related-topics", test_related_topics);
  g_test_add_func ("/lg/window/preferences-open", test_preferences_open);
  g_test_add_func ("/lg/window/no-tooltip-over-menu", test_no_tooltip_over_menu);
  g_test_add_func ("/lg/window/dark-pictures", test_dark_pictures);
  g_test_add_func ("/lg/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/lg/window/about", test_about);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
