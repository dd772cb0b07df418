/* test-accessibility.c — what a screen reader and a keyboard user get: every control named,
 * headings exposed as headings, illustrations described, the page read in the order it is shown,
 * and the glossary, questions, exam-room mode and text size reached by keys alone.
 * (GTK_A11Y=test: the accessible attributes are recorded for these checks.)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-section.h"
#include "lg-test-utils.h"
#include "lg-topic-page.h"

static LgApplication *app;

static GtkWidget *
page_of (LgWindow *window)
{
  return lg_test_find_type (GTK_WIDGET (window), LG_TYPE_TOPIC_PAGE);
}

/* Whether a screen reader gets a name for @widget: a label of its own, or a labelling widget. */
static gboolean
has_name (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* The widget a screen reader announces for a focusable part: an entry's text field belongs to its
 * entry, a menu button's inner button to the menu button. */
static GtkWidget *
announced (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (GTK_IS_TEXT (widget) && parent != NULL && GTK_IS_EDITABLE (parent))
    return parent;
  if (parent != NULL && GTK_IS_MENU_BUTTON (parent))
    return parent;
  return widget;
}

/* Every shown control under @root that takes focus or a click has a name. */
static void
assert_named (GtkWidget *root,
              const char *where,
              guint      *n_controls)
{
  if (!gtk_widget_get_mapped (root) || !gtk_widget_get_child_visible (root))
    return;

  if ((gtk_widget_get_focusable (root) && !GTK_IS_LABEL (root)) ||
      GTK_IS_BUTTON (root) || GTK_IS_CHECK_BUTTON (root) || GTK_IS_LIST_BOX_ROW (root) || GTK_IS_EDITABLE (root))
    {
      GtkWidget *control = announced (root);

      if (!has_name (control))
        g_error ("%s: %s (%s) has no accessible name", where, G_OBJECT_TYPE_NAME (control),
                 gtk_widget_get_tooltip_text (control) ? gtk_widget_get_tooltip_text (control) : "no tooltip");
      (*n_controls)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    assert_named (child, where, n_controls);
}

static void
test_names (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GListModel *topics = lg_content_store_get_topics (lg_test_store (app));
  guint n_controls = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);

      g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic)));
      lg_test_wait (50);
      assert_named (GTK_WIDGET (window), lg_topic_get_id (topic), &n_controls);
    }
  /* The Questions, Compare and Glossary views. */
  {
    static const char *views[] = { "questions", "compare", "glossary" };

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      {
        g_assert_true (lg_window_show_view (window, views[i]));
        lg_test_wait (100);
        assert_named (GTK_WIDGET (window), views[i], &n_controls);
      }
  }
  /* The search's "No Topics Found" page. */
  {
    GtkWidget *entry = lg_test_sidebar_search (window);

    gtk_editable_set_text (GTK_EDITABLE (entry), "zzqx nothing like this");
    lg_test_wait (400);
    g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "No Topics Found"));
    assert_named (GTK_WIDGET (window), "no topics found", &n_controls);
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
    lg_test_wait (100);
  }
  /* Exam-room mode's own buttons, and the main menu with its text size control. */
  lg_window_set_exam_room (window, TRUE);
  lg_test_wait (100);
  assert_named (GTK_WIDGET (window), "exam-room mode", &n_controls);
  lg_window_set_exam_room (window, FALSE);
  {
    GtkMenuButton *menu = GTK_MENU_BUTTON (lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));

    lg_test_no_grab (GTK_WIDGET (gtk_menu_button_get_popover (menu)));
    gtk_menu_button_popup (menu);
    lg_test_wait (200);
    assert_named (GTK_WIDGET (gtk_menu_button_get_popover (menu)), "main menu", &n_controls);
    gtk_menu_button_popdown (menu);
  }
  g_test_message ("%u controls named", n_controls);
  g_assert_cmpuint (n_controls, >, 100);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether some shown label under @root with the text @text is a heading ("Surgery" is both a group
 * and a topic in the sidebar). */
static gboolean
has_heading (GtkWidget  *root,
             const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0 &&
      gtk_test_accessible_has_role (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_ROLE_HEADING))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (has_heading (child, text))
      return TRUE;
  return FALSE;
}

/* Section headings, card headings and the sidebar's group names are headings. */
static void
test_headings (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GListModel *topics = lg_content_store_get_topics (lg_test_store (app));
  const char *fixed[] = { "In short", "Key points", "Questions to ask your care team", "Sources",
                          "Understanding", "Surgery", "Treatments", "Next steps" };

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *title = lg_test_plain (app, lg_topic_get_title (topic));
      GListModel *sections = lg_topic_get_sections (topic);

      g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic)));
      lg_test_wait (50);
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (lg_test_find_label (page_of (window), title)),
                                       GTK_ACCESSIBLE_ROLE_HEADING);
      for (guint j = 0; j < g_list_model_get_n_items (sections); j++)
        {
          g_autoptr(LgSection) section = g_list_model_get_item (sections, j);
          GtkWidget *heading = lg_test_find_label (page_of (window), lg_section_get_heading (section));

          g_assert_nonnull (heading);
          gtk_test_accessible_assert_role (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_ROLE_HEADING);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    if (!has_heading (GTK_WIDGET (window), fixed[i]))
      g_error ("“%s” is not shown as a heading", fixed[i]);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each illustration is named by its caption and described by its alt text. */
static void
test_illustrations (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GListModel *topics = lg_content_store_get_topics (lg_test_store (app));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *picture;

      if (lg_topic_get_illustration (topic) == NULL)
        continue;
      g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic)));
      lg_test_wait (50);
      picture = lg_test_find_type (page_of (window), GTK_TYPE_PICTURE);
      g_assert_true (lg_test_is_shown (picture));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_ROLE_IMG);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           lg_topic_get_illustration_alt (topic));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           lg_topic_get_illustration_caption (topic));
      n++;
    }
  g_assert_cmpuint (n, >=, 8);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Hidden from assistive technologies: GTK 4.8 sets the state only on hidden widgets, newer GTK
 * sets it on every widget, TRUE or FALSE. */
static gboolean
accessible_hidden (GtkWidget *widget)
{
  g_autofree char *mismatch = NULL;

  if (!gtk_test_accessible_has_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN))
    return FALSE;
  mismatch = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
  return mismatch == NULL;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (!gtk_widget_get_mapped (widget) || GTK_IS_POPOVER (widget))
    return;
  if (GTK_IS_LABEL (widget) && !accessible_hidden (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* A screen reader reads the page's widgets in tree order: that order goes down the page (and, on
 * one line, from left to right), so what is heard is what is seen. */
static void
test_reading_order (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GListModel *topics = lg_content_store_get_topics (lg_test_store (app));

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      GtkWidget *page;
      graphene_point_t last = { -1, -1 };

      g_assert_true (lg_window_show_topic (window, lg_topic_get_id (topic)));
      lg_test_wait (100);
      page = page_of (window);
      collect_labels (page, labels);
      g_assert_cmpuint (labels->len, >, 20);
      for (guint j = 0; j < labels->len; j++)
        {
          graphene_point_t at;

          g_assert_true (gtk_widget_compute_point (labels->pdata[j], page, &GRAPHENE_POINT_INIT (0, 0), &at));
          if (at.y < last.y - 0.5 || (G_APPROX_VALUE (at.y, last.y, 0.5) && at.x < last.x))
            g_error ("%s: “%.30s” is read after what is shown below or beside it", lg_topic_get_id (topic),
                     gtk_label_get_text (labels->pdata[j]));
          last = at;
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_shown (gpointer widget)
{
  return lg_test_is_shown (widget);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

/* Puts the keyboard on the topic page's first Tab stop (GTK 4.8: its first control; newer GTK: the
 * page's scrolled window, focusable itself) and returns it, as a Tab into the page would. */
static GtkWidget *
page_start (LgWindow *window)
{
  GtkWidget *scroller = lg_test_find_type (page_of (window), GTK_TYPE_SCROLLED_WINDOW);

  g_assert_true (gtk_widget_child_focus (scroller, GTK_DIR_TAB_FORWARD));
  return gtk_window_get_focus (GTK_WINDOW (window));
}

/* A shown label whose text has a glossary link. */
static gboolean
is_link_label (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && lg_test_is_shown (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), "href=\"term:") != NULL;
}

/* A glossary word by keyboard: Tab moves from link to link, Enter shows the definition, Escape
 * hides it and the keyboard is back on the link. */
static void
test_glossary_keys (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *label, *popover, *focus = NULL;
  g_autofree char *uri_copy = NULL;
  const char *uri;
  LgGlossaryTerm *term;

  g_assert_true (lg_window_show_topic (window, "ablation"));
  lg_test_wait (100);
  label = lg_test_find_widget (page_of (window), is_link_label, NULL);
  g_assert_nonnull (label);

  /* Tab from the page's start reaches the label, on its first link (no text selected). */
  focus = page_start (window);
  for (int i = 0; i < 40 && focus != label; i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (window));
    }
  g_assert_true (focus == label);
  uri = strstr (gtk_label_get_label (GTK_LABEL (label)), "href=\"term:") + strlen ("href=\"");
  uri_copy = g_strndup (uri, strcspn (uri, "\""));
  /* GTK 4.8 names the link the keyboard is on; newer GTK does not say (NULL). */
  if (gtk_label_get_current_uri (GTK_LABEL (label)) != NULL)
    g_assert_cmpstr (gtk_label_get_current_uri (GTK_LABEL (label)), ==, uri_copy);
  term = lg_content_store_lookup_term (lg_test_store (app), uri_copy + strlen ("term:"));
  g_assert_nonnull (term);

  /* Enter (the label's activate-current-link binding) opens the definition. */
  popover = lg_test_term_popover (page_of (window));
  g_assert_nonnull (popover);
  lg_test_no_grab (popover);
  g_signal_emit_by_name (label, "activate-current-link");
  g_assert_true (lg_test_wait_until (is_shown, popover));
  g_assert_nonnull (lg_test_find_label (popover, lg_glossary_term_get_definition (term)));

  /* Escape closes it, with the keyboard back on the same link. */
  g_assert_true (lg_test_press_key (popover, GDK_KEY_Escape, 0));
  g_assert_true (lg_test_wait_until (is_hidden, popover));
  lg_test_wait (100);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == label);
  if (gtk_label_get_current_uri (GTK_LABEL (label)) != NULL)
    g_assert_cmpstr (gtk_label_get_current_uri (GTK_LABEL (label)), ==, uri_copy);

  /* The same from a later link in the label, if it has one. */
  if (gtk_widget_child_focus (label, GTK_DIR_TAB_FORWARD) && gtk_window_get_focus (GTK_WINDOW (window)) == label)
    {
      g_free (uri_copy);
      uri_copy = g_strdup (gtk_label_get_current_uri (GTK_LABEL (label)));
      g_signal_emit_by_name (label, "activate-current-link");
      g_assert_true (lg_test_wait_until (is_shown, popover));
      g_assert_true (lg_test_press_key (popover, GDK_KEY_Escape, 0));
      g_assert_true (lg_test_wait_until (is_hidden, popover));
      g_assert_cmpstr (gtk_label_get_current_uri (GTK_LABEL (label)), ==, uri_copy);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The term a shown definition popover is about, by its title. */
static LgGlossaryTerm *
popover_term (GtkWidget *popover)
{
  GListModel *glossary = lg_content_store_get_glossary (lg_test_store (app));

  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(LgGlossaryTerm) term = g_list_model_get_item (glossary, i);

      if (lg_test_find_label (popover, lg_glossary_term_get_term (term)) != NULL &&
          lg_test_find_label (popover, lg_glossary_term_get_definition (term)) != NULL)
        return term;
    }
  return NULL;
}

/* Two terms in a row by keyboard: Tab from an open definition closes it and goes on to the next
 * link, where Enter shows that term, not the first; a shortcut closes it too. */
static void
test_glossary_walk (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *label, *popover, *focus;
  LgGlossaryTerm *first, *second;
  g_autofree char *href = NULL;

  g_assert_true (lg_window_show_topic (window, "ablation"));
  lg_test_wait (100);
  label = lg_test_find_widget (page_of (window), is_link_label, NULL);
  focus = page_start (window);
  for (int i = 0; i < 40 && focus != label; i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (window));
    }
  g_assert_true (focus == label);
  popover = lg_test_term_popover (page_of (window));
  lg_test_no_grab (popover);
  g_signal_emit_by_name (label, "activate-current-link");
  g_assert_true (lg_test_wait_until (is_shown, popover));
  first = popover_term (popover);
  g_assert_nonnull (first);

  /* Tab: the definition closes and the keyboard is on the next link (maybe in the same text). */
  g_assert_true (lg_test_press_key (popover, GDK_KEY_Tab, 0));
  g_assert_true (lg_test_wait_until (is_hidden, popover));
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  for (int i = 0; i < 40 && !(GTK_IS_LABEL (focus) &&
                              strstr (gtk_label_get_label (GTK_LABEL (focus)), "href=\"term:") != NULL); i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (window));
    }
  g_assert_true (GTK_IS_LABEL (focus));
  if (gtk_label_get_current_uri (GTK_LABEL (focus)) != NULL) /* GTK 4.8 says which link */
    g_assert_cmpstr (gtk_label_get_current_uri (GTK_LABEL (focus)), !=, "term:" );
  g_signal_emit_by_name (focus, "activate-current-link");
  g_assert_true (lg_test_wait_until (is_shown, popover));
  second = popover_term (popover);
  g_assert_nonnull (second);
  /* The popover shows a term of the link the keyboard is on, and not the first one's. */
  href = g_strdup_printf ("href=\"term:%s\"", lg_glossary_term_get_id (second));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (focus)), href));
  if (gtk_label_get_current_uri (GTK_LABEL (focus)) != NULL)
    g_assert_cmpstr (gtk_label_get_current_uri (GTK_LABEL (focus)) + strlen ("term:"), ==,
                     lg_glossary_term_get_id (second));
  g_assert_true (second != first);

  /* A window shortcut (Alt+Down) closes it rather than being swallowed. */
  g_assert_true (lg_test_press_key (popover, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_true (lg_test_wait_until (is_hidden, popover));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Questions are check buttons that Tab reaches and Space ticks. */
static void
test_question_keys (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgTopic *topic = lg_content_store_lookup_topic (lg_test_store (app), "surgery");
  g_autofree char *question = lg_test_plain (app, lg_topic_get_questions (topic)[0]);
  GtkWidget *check, *focus = NULL;

  g_assert_true (lg_window_show_topic (window, "surgery"));
  lg_test_wait (100);
  check = gtk_widget_get_ancestor (lg_test_find_label (GTK_WIDGET (window), question), GTK_TYPE_CHECK_BUTTON);
  focus = page_start (window);
  for (int i = 0; i < 80 && focus != check; i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (window));
    }
  g_assert_true (focus == check);
  g_assert_true (gtk_widget_activate (check));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = lg_test_init (&argc, &argv);

  g_test_add_func ("/lg/accessibility/names", test_names);
  g_test_add_func ("/lg/accessibility/headings", test_headings);
  g_test_add_func ("/lg/accessibility/illustrations", test_illustrations);
  g_test_add_func ("/lg/accessibility/reading-order", test_reading_order);
  g_test_add_func ("/lg/accessibility/glossary-keys", test_glossary_keys);
  g_test_add_func ("/lg/accessibility/glossary-walk", test_glossary_walk);
  g_test_add_func ("/lg/accessibility/question-keys", test_question_keys);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
