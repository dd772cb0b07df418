/* lg-test-utils.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "lg-test-utils.h"
#include "lg-topic-page-private.h"
#include "lg-settings-private.h"
#include "lg-topic-page.h"
#include "lg-window-private.h"

/* The start of every widget test's main(): GTest with GTK (gtk_test_init) and libadwaita, then
 * the real application (lg_test_application()); the caller owns it. */
LgApplication *
lg_test_init (int    *argc,
              char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  return lg_test_application ();
}

/* The real application class, without an id, so tests need no session bus and may run side by
 * side; registering it runs the real startup (actions, accelerators, style). */
LgApplication *
lg_test_application (void)
{
  g_autoptr(GError) error = NULL;
  LgApplication *app = g_object_new (LG_TYPE_APPLICATION,
                                     "flags", G_APPLICATION_NON_UNIQUE,
                                     "resource-base-path", RESOURCE_BASE,
                                     NULL);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* English content whatever the machine's language; tests of the content language pick theirs. */
  g_settings_set_string (lg_settings_get_gsettings (lg_application_get_settings (app)), "content-language", "en");
  return app;
}

static gboolean
window_ready (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* A window of the given size, on the first topic, shown and laid out. */
LgWindow *
lg_test_window (LgApplication *app,
                int            width,
                int            height)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));
  LgWindow *window;

  g_settings_set (settings, "window-size", "(ii)", width, height);
  g_settings_set_string (settings, "last-topic", "");
  window = lg_window_new (GTK_APPLICATION (app), lg_application_get_session (app));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lg_test_wait_until (window_ready, window));
  lg_test_wait (300);
  return window;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_incomplete_page (GtkWidget     *widget,
                    gconstpointer  data)
{
  return LG_IS_TOPIC_PAGE (widget) && gtk_widget_get_mapped (widget) &&
         !lg_topic_page_is_complete (LG_TOPIC_PAGE (widget));
}

/* No topic page on screen is still building, or yet to draw, what is below its first screen. */
static gboolean
pages_complete (gpointer data)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (lg_test_find_widget (l->data, is_incomplete_page, NULL) != NULL)
        return FALSE;
    }
  return TRUE;
}

/* The app's content in its current language; failing to read it fails the test. */
LgContentStore *
lg_test_store (LgApplication *app)
{
  g_autoptr(GError) error = NULL;
  LgContentStore *store = lg_session_get_store (lg_application_get_session (app), &error);

  g_assert_no_error (error);
  return store;
}

/* @text (content text with glossary marks) as a person reads it on screen. */
char *
lg_test_plain (LgApplication *app,
               const char    *text)
{
  return lg_content_store_to_plain (lg_test_store (app), text);
}

void
lg_test_wait (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  /* A topic page builds what is below its first screen once that is drawn; what a test looks at
   * next is the whole page, as a person sees it a moment later. */
  lg_test_wait_until (pages_complete, NULL);
}

/* Runs the main loop until @condition holds, for at most five seconds. */
gboolean
lg_test_wait_until (gboolean (*condition) (gpointer),
                    gpointer   data)
{
  return lg_test_wait_seconds (condition, data, 5);
}

/* Runs the main loop until @condition holds, for at most @seconds. */
gboolean
lg_test_wait_seconds (gboolean (*condition) (gpointer),
                      gpointer   data,
                      guint      seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

/* Whether a person could see @widget: it and all its ancestors are drawn. */
gboolean
lg_test_is_shown (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_child_visible (widget);
}

static gboolean
is_shown_label (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && lg_test_is_shown (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The first shown GtkLabel under @root whose text is @text. */
GtkWidget *
lg_test_find_label (GtkWidget  *root,
                    const char *text)
{
  return lg_test_find_widget (root, is_shown_label, text);
}

static gboolean
is_shown_label_containing (GtkWidget     *widget,
                           gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && lg_test_is_shown (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The first shown label under @root whose text contains @text. */
GtkWidget *
lg_test_find_label_containing (GtkWidget  *root,
                               const char *text)
{
  return lg_test_find_widget (root, is_shown_label_containing, text);
}

static gboolean
has_shown_tooltip (GtkWidget     *widget,
                   gconstpointer  tooltip)
{
  return lg_test_is_shown (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* The first shown widget under @root whose tooltip is @tooltip (how buttons with icons are named). */
GtkWidget *
lg_test_find_tooltip (GtkWidget  *root,
                      const char *tooltip)
{
  return lg_test_find_widget (root, has_shown_tooltip, tooltip);
}

static gboolean
has_shown_class (GtkWidget     *widget,
                 gconstpointer  css_class)
{
  return lg_test_is_shown (widget) && gtk_widget_has_css_class (widget, css_class);
}

/* The first shown widget under @root with the style class @css_class. */
GtkWidget *
lg_test_find_class (GtkWidget  *root,
                    const char *css_class)
{
  return lg_test_find_widget (root, has_shown_class, css_class);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_shown_of_type (GtkWidget     *widget,
                  gconstpointer  type)
{
  return is_of_type (widget, type) && lg_test_is_shown (widget);
}

/* The first widget of @type under @root that a person could see: the window keeps the pages of
 * topics shown before, hidden, beside the one on screen. */
GtkWidget *
lg_test_find_shown_type (GtkWidget *root,
                         GType      type)
{
  return lg_test_find_widget (root, is_shown_of_type, GSIZE_TO_POINTER (type));
}

/* The first widget of @type under @root, preferring one a person could see. */
GtkWidget *
lg_test_find_type (GtkWidget *root,
                   GType      type)
{
  GtkWidget *shown = lg_test_find_shown_type (root, type);

  return shown != NULL ? shown : lg_test_find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

typedef struct {
  GtkWidget *root;
  gboolean (*match) (GtkWidget *, gconstpointer);
  gconstpointer data;
  GtkWidget *found;
} Search;

static gboolean
search_done (gpointer user_data)
{
  Search *search = user_data;

  search->found = lg_test_find_widget (search->root, search->match, search->data);
  return search->found != NULL;
}

/* The first widget under @root that @match accepts, waiting up to five seconds for it: a topic
 * page builds what is below its first screen once that has been painted. */
static GtkWidget *
wait_for_widget (GtkWidget     *root,
                 gboolean     (*match) (GtkWidget *, gconstpointer),
                 gconstpointer  data)
{
  Search search = { root, match, data, NULL };

  lg_test_wait_until (search_done, &search);
  return search.found;
}

/* lg_test_find_label(), waiting for the label to be shown. */
GtkWidget *
lg_test_wait_for_label (GtkWidget  *root,
                        const char *text)
{
  return wait_for_widget (root, is_shown_label, text);
}

/* lg_test_find_shown_type(), waiting for such a widget to be shown. */
GtkWidget *
lg_test_wait_for_type (GtkWidget *root,
                       GType      type)
{
  return wait_for_widget (root, is_shown_of_type, GSIZE_TO_POINTER (type));
}

/* Activates the shortcut bound to @trigger (e.g. "<Alt>Down") on @widget, as a key press would. */
gboolean
lg_test_activate_shortcut (GtkWidget  *widget,
                           const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      /* A controller that sees no events (phase NONE) would not see this key press either. */
      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) == GTK_PHASE_NONE)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          /* Like GTK, go on to the next shortcut for the key when one does nothing (its
           * action is disabled): Escape closes the print summary, else leaves exam-room mode. */
          if (g_str_equal (text, trigger) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Keeps @popover from grabbing the pointer and keyboard when it opens: test programs run side by
 * side on one X display, and one's grab would close the other's popover. */
void
lg_test_no_grab (GtkWidget *popover)
{
  gtk_popover_set_autohide (GTK_POPOVER (popover), FALSE);
}

/* Gives @widget's key controllers a key press, as the key would once it reached @widget (for keys
 * that widgets handle in code, not through shortcuts: Escape in a popover). */
gboolean
lg_test_press_key (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  static const GtkPropagationPhase phases[] = { GTK_PHASE_CAPTURE, GTK_PHASE_TARGET, GTK_PHASE_BUBBLE };

  /* In the order GTK gives an event to them: capture phase first. */
  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
        gboolean handled = FALSE;

        if (!GTK_IS_EVENT_CONTROLLER_KEY (controller) ||
            gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != phases[p])
          continue;
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
        if (handled)
          return TRUE;
      }
  return FALSE;
}

/* Renders @widget as it is on screen into G_TEST_BUILDDIR/screenshots/NAME.png. */
char *
lg_test_save_png (GtkWidget  *widget,
                  const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir, file, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  /* A window not drawn yet has nothing to render (slow machines, sanitizer builds): wait for it. */
  for (guint tries = 0; node == NULL && tries < 50; tries++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      if (tries > 0)
        lg_test_wait (100);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  return path;
}

void
lg_test_run_clear (LgTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs LG_BINARY with the arguments @args (NULL-terminated) through @launcher, which must pipe
 * stdout and stderr, and waits for it. */
void
lg_test_run_binary (LgTestRun           *result,
                    GSubprocessLauncher *launcher,
                    const char * const  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LG_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  result->status = g_subprocess_get_exit_status (process);
}

/* The first widget under @root, depth first and @root included, for which @match (widget, @data)
 * is true; shown or not (@match decides). */
GtkWidget *
lg_test_find_widget (GtkWidget     *root,
                     gboolean     (*match) (GtkWidget *, gconstpointer),
                     gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lg_test_find_widget (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_sidebar (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar");
}

static gboolean
is_search_entry (GtkWidget     *widget,
                 gconstpointer  placeholder)
{
  g_autofree char *text = NULL;

  if (!GTK_IS_SEARCH_ENTRY (widget))
    return FALSE;
  g_object_get (widget, "placeholder-text", &text, NULL);
  return g_strcmp0 (text, placeholder) == 0;
}

/* The sidebar's topic list: the window's only list box with the navigation-sidebar style. */
GtkListBox *
lg_test_sidebar (LgWindow *window)
{
  GtkWidget *list = lg_test_find_widget (GTK_WIDGET (window), is_sidebar, NULL);

  g_assert_nonnull (list);
  return GTK_LIST_BOX (list);
}

/* A sidebar row's title. */
const char *
lg_test_row_title (GtkListBoxRow *row)
{
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (gtk_list_box_row_get_child (row))));
}

/* The words a search found that a sidebar row shows under its title, or NULL when it shows none. */
const char *
lg_test_row_snippet (GtkListBoxRow *row)
{
  GtkWidget *snippet = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));

  return gtk_widget_get_visible (snippet) ? gtk_label_get_text (GTK_LABEL (snippet)) : NULL;
}

/* The topic a sidebar row opens, or NULL for a view row: from the window's model, as the window
 * itself finds it. */
LgTopic *
lg_test_row_topic (LgWindow      *window,
                   GtkListBoxRow *row)
{
  g_autoptr(LgSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (window->items),
                                                         gtk_list_box_row_get_index (row));

  g_assert_nonnull (item);
  return lg_sidebar_item_get_topic (item);
}

/* The Glossary view's own search entry. */
GtkWidget *
lg_test_glossary_search (LgWindow *window)
{
  GtkWidget *entry = lg_test_find_widget (GTK_WIDGET (window), is_search_entry, "Search the glossary");

  g_assert_nonnull (entry);
  return entry;
}

/* The sidebar's search entry (the Glossary view has one of its own). */
GtkWidget *
lg_test_sidebar_search (LgWindow *window)
{
  GtkWidget *entry = lg_test_find_widget (GTK_WIDGET (window), is_search_entry, "Search topics");

  g_assert_nonnull (entry);
  return entry;
}

/* A valid topic file (schema 1) with @id, @title and @in_short (JSON-escaped here). */
char *
lg_test_topic_json (const char *id,
                    const char *title,
                    const char *in_short)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "group");
  json_builder_add_string_value (builder, "understanding");
  json_builder_set_member_name (builder, "order");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_set_member_name (builder, "subtitle");
  json_builder_add_string_value (builder, "From the clinic");
  json_builder_set_member_name (builder, "in_short");
  json_builder_add_string_value (builder, in_short);
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "heading");
  json_builder_add_string_value (builder, "Before");
  json_builder_set_member_name (builder, "blocks");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "paragraph");
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, "Come early.");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  for (guint i = 0; i < 3; i++)
    {
      static const char *lists[] = { "key_points", "questions", "teach_back" };

      json_builder_set_member_name (builder, lists[i]);
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, "Bring your medicines.");
      json_builder_end_array (builder);
    }
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "publisher");
  json_builder_add_string_value (builder, "Riverside Clinic");
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "Our sheet");
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, "https://example.org/sheet");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "reviewed");
  json_builder_add_string_value (builder, "2025-01");
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Writes @contents into @dir/@name, making @dir (and any folder in @name) first. */
void
lg_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* The page count of the PDF at @path and its first page's size in points, as poppler's pdfinfo
 * reads them. */
int
lg_test_pdf_pages (const char *path,
                   double     *width,
                   double     *height)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *pages, *size;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdfinfo %s: %s", path, err);
  pages = strstr (out, "\nPages:");
  size = strstr (out, "\nPage size:");
  g_assert_nonnull (pages);
  g_assert_nonnull (size);
  g_assert_cmpint (sscanf (size + strlen ("\nPage size:"), " %lf x %lf", width, height), ==, 2);
  return atoi (pages + strlen ("\nPages:"));
}

/* Removes @path and, when it is a folder, all in it; a symbolic link is removed, never followed. */
void
lg_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) && (dir = g_dir_open (path, 0, NULL)) != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          lg_test_remove_tree (child);
        }
    }
  g_remove (path);
}

/* A topic page's glossary popover (a child of the page itself; the "Sources" buttons under the
 * sections have popovers of their own, further down). */
GtkWidget *
lg_test_term_popover (GtkWidget *page)
{
  for (GtkWidget *child = gtk_widget_get_first_child (page); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      return child;
  g_assert_not_reached ();
}
