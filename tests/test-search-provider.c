/* test-search-provider.c — GNOME Shell's search, over D-Bus as the Shell calls it: the real
 * application registered on a private session bus (its own dbus-daemon), called from a second connection;
 * and the installed form, the binary started by D-Bus activation, leaving when idle
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "lg-settings-private.h"
#include "lg-test-utils.h"
#include "lg-window-private.h"

#define TEST_APP_ID APPLICATION_ID ".SearchTest"
#define TEST_PATH "/io/github/liverguide/LiverGuide/SearchTest/SearchProvider"
#define IFACE "org.gnome.Shell.SearchProvider2"

static LgApplication *app;
static GDBusConnection *shell;   /* the Shell's side: a connection of its own */

typedef struct {
  GVariant *reply;
  GError *error;
  gboolean done;
} Call;

static void
call_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Call *call = data;

  call->reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &call->error);
  call->done = TRUE;
}

/* @method called as the Shell calls it; the app answers from this process's main loop. */
static GVariant *
call_on (const char *name,
         const char *path,
         const char *method,
         GVariant   *args,
         const char *reply_type)
{
  Call call = { 0 };

  g_dbus_connection_call (shell, name, path, IFACE, method, args, G_VARIANT_TYPE (reply_type),
                          G_DBUS_CALL_FLAGS_NONE, 30000, NULL, call_done, &call);
  while (!call.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (call.error);
  return call.reply;
}

static GVariant *
call (const char *method,
      GVariant   *args,
      const char *reply_type)
{
  return call_on (TEST_APP_ID, TEST_PATH, method, args, reply_type);
}

static GStrv
initial (const char * const *terms)
{
  g_autoptr(GVariant) reply = call ("GetInitialResultSet", g_variant_new ("(^as)", terms), "(as)");
  GStrv results = NULL;

  g_variant_get (reply, "(^as)", &results);
  return results;
}

static void
set_content_language (const char *language)
{
  g_settings_set_string (lg_settings_get_gsettings (lg_application_get_settings (app)), "content-language", language);
  lg_session_set_content_language (lg_application_get_session (app), language);
}

/* "embolization" finds the three treatments named for it, first (a title match), whatever the
 * sidebar's search folds; typing on narrows to those among them that still match. */
static void
test_initial_and_subsearch (void)
{
  g_auto(GStrv) results = NULL;
  g_auto(GStrv) narrowed = NULL;
  g_autoptr(GVariant) reply = NULL;

  set_content_language ("en");
  results = initial ((const char *[]) { "embolization", NULL });
  g_assert_true (g_strv_contains ((const char * const *) results, "topic:portal-vein-embolization"));
  g_assert_true (g_strv_contains ((const char * const *) results, "topic:radioembolization"));
  g_assert_true (g_strv_contains ((const char * const *) results, "topic:chemoembolization"));
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_str_has_suffix (results[i], "embolization"));

  reply = call ("GetSubsearchResultSet", g_variant_new ("(^as^as)", results,
                                                        (const char *[]) { "embolization", "portal", NULL }),
                "(as)");
  g_variant_get (reply, "(^as)", &narrowed);
  g_assert_true (g_strv_contains ((const char * const *) narrowed, "topic:portal-vein-embolization"));
  g_assert_false (g_strv_contains ((const char * const *) narrowed, "topic:radioembolization"));
  g_assert_cmpuint (g_strv_length (narrowed), <, g_strv_length (results));
  for (guint i = 0; narrowed[i] != NULL; i++)
    g_assert_true (g_strv_contains ((const char * const *) results, narrowed[i]));

  /* The sidebar's forgiveness: a typo, an alias, and glossary terms. */
  g_clear_pointer (&results, g_strfreev);
  results = initial ((const char *[]) { "embolisation", NULL });
  g_assert_true (g_strv_contains ((const char * const *) results, "topic:portal-vein-embolization"));
  g_clear_pointer (&results, g_strfreev);
  results = initial ((const char *[]) { "TACE", NULL });
  g_assert_cmpstr (results[0], ==, "topic:chemoembolization");
  g_clear_pointer (&results, g_strfreev);
  results = initial ((const char *[]) { "metastasis", NULL });
  g_assert_true (g_strv_contains ((const char * const *) results, "term:metastasis"));
  g_clear_pointer (&results, g_strfreev);
  results = initial ((const char *[]) { "zzzzqqq", NULL });
  g_assert_cmpuint (g_strv_length (results), ==, 0);
}

static GVariant *
meta (GVariant   *metas,
      guint       i,
      const char *key)
{
  g_autoptr(GVariant) dict = g_variant_get_child_value (metas, i);

  return g_variant_lookup_value (dict, key, NULL);
}

static const char *
meta_string (GVariant   *metas,
             guint       i,
             const char *key)
{
  g_autoptr(GVariant) value = meta (metas, i, key);

  g_assert_nonnull (value);
  return g_variant_get_string (value, NULL);  /* the string lives as long as @metas */
}

/* Title and one line, plain text: the first sentence of In short, a term's definition. */
static void
test_result_metas (void)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) icon_data = NULL;
  g_autoptr(GIcon) icon = NULL;

  set_content_language ("en");
  reply = call ("GetResultMetas",
                g_variant_new ("(^as)", (const char *[]) { "topic:portal-vein-embolization", "term:metastasis",
                                                           "topic:no-such-topic", NULL }),
                "(aa{sv})");
  metas = g_variant_get_child_value (reply, 0);
  g_assert_cmpuint (g_variant_n_children (metas), ==, 2);
  g_assert_cmpstr (meta_string (metas, 0, "id"), ==, "topic:portal-vein-embolization");
  g_assert_cmpstr (meta_string (metas, 0, "name"), ==, "Portal vein embolization");
  g_assert_cmpstr (meta_string (metas, 0, "description"), ==,
                   "Sometimes the part of the liver that would stay after surgery is too small.");
  g_assert_cmpstr (meta_string (metas, 1, "id"), ==, "term:metastasis");
  g_assert_cmpstr (meta_string (metas, 1, "name"), ==, "Metastasis");
  g_assert_cmpstr (meta_string (metas, 1, "description"), ==,
                   "A tumor made of cancer cells that spread from the place where the cancer started. "
                   "More than one are called metastases.");
  icon_data = meta (metas, 0, "icon");
  icon = g_icon_deserialize (icon_data);
  g_assert_true (G_IS_THEMED_ICON (icon));
  g_assert_cmpstr (g_themed_icon_get_names (G_THEMED_ICON (icon))[0], ==, APPLICATION_ID);
}

/* Glossary marks never reach the Shell: every description of every result is plain text. */
static void
test_metas_plain (void)
{
  g_auto(GStrv) results = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;

  set_content_language ("en");
  results = initial ((const char *[]) { "liver", NULL });
  g_assert_cmpuint (g_strv_length (results), >, 10);
  reply = call ("GetResultMetas", g_variant_new ("(^as)", results), "(aa{sv})");
  metas = g_variant_get_child_value (reply, 0);
  g_assert_cmpuint (g_variant_n_children (metas), ==, g_strv_length (results));
  for (guint i = 0; i < g_variant_n_children (metas); i++)
    {
      const char *description = meta_string (metas, i, "description");

      g_assert_null (strstr (description, "[["));
      g_assert_null (strstr (description, "]]"));
      g_assert_cmpuint (strlen (description), >, 0);
    }
}

/* Spanish content: Spanish words, unaccented as people type them, and English ones too. */
static void
test_spanish (void)
{
  g_auto(GStrv) results = NULL;
  g_auto(GStrv) english = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;

  set_content_language ("es");
  results = initial ((const char *[]) { "cirugia", NULL });
  g_assert_true (g_strv_contains ((const char * const *) results, "topic:surgery"));
  english = initial ((const char *[]) { "surgery", NULL });
  g_assert_true (g_strv_contains ((const char * const *) english, "topic:surgery"));
  reply = call ("GetResultMetas", g_variant_new ("(^as)", (const char *[]) { "topic:surgery", NULL }), "(aa{sv})");
  metas = g_variant_get_child_value (reply, 0);
  g_assert_cmpstr (meta_string (metas, 0, "name"), ==, "Cirugía");
  set_content_language ("en");
}

static gboolean
has_window (gpointer data)
{
  return gtk_application_get_active_window (GTK_APPLICATION (app)) != NULL;
}

/* Choosing a result opens the window at it; "search in the app" fills the sidebar's search. */
static void
test_activate (void)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) search = NULL;
  g_autoptr(GVariant) term = NULL;
  LgWindow *window;

  set_content_language ("en");
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  reply = call ("ActivateResult", g_variant_new ("(s^asu)", "topic:surgery",
                                                 (const char *[]) { "surgery", NULL }, 0), "()");
  g_assert_true (lg_test_wait_until (has_window, NULL));
  window = LG_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, "surgery");

  term = call ("ActivateResult", g_variant_new ("(s^asu)", "term:metastasis",
                                                (const char *[]) { "metastasis", NULL }, 0), "()");
  g_assert_cmpstr (lg_window_get_view_name (window), ==, "glossary");

  search = call ("LaunchSearch", g_variant_new ("(^asu)", (const char *[]) { "radiation", NULL }, 0), "()");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lg_test_sidebar_search (window))), ==, "radiation");
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  gboolean vanished;
} Watch;

static void
vanished_cb (GDBusConnection *connection,
             const char      *name,
             gpointer         data)
{
  ((Watch *) data)->vanished = TRUE;
}

/* As installed: D-Bus starts the app (--gapplication-service) for the Shell's first call, it
 * answers, and it leaves by itself when no call has come for its inactivity timeout. */
static void
test_activation (void)
{
  g_auto(GStrv) results = NULL;
  g_autoptr(GVariant) reply = NULL;
  Watch watch = { FALSE };
  gint64 answered;
  guint id;

  reply = call_on (APPLICATION_ID, "/io/github/liverguide/LiverGuide/SearchProvider", "GetInitialResultSet",
                   g_variant_new ("(^as)", (const char *[]) { "ablation", NULL }), "(as)");
  answered = g_get_monotonic_time ();
  g_variant_get (reply, "(^as)", &results);
  g_assert_cmpstr (results[0], ==, "topic:ablation");

  id = g_bus_watch_name_on_connection (shell, APPLICATION_ID, G_BUS_NAME_WATCHER_FLAGS_NONE, NULL,
                                       vanished_cb, &watch, NULL);
  while (!watch.vanished && g_get_monotonic_time () - answered < 40 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_bus_unwatch_name (id);
  g_assert_true (watch.vanished);
  g_test_message ("left %.1f s after the last call", (g_get_monotonic_time () - answered) / 1e6);
  /* Not before its inactivity timeout (10 s). */
  g_assert_cmpint (g_get_monotonic_time () - answered, >=, 9 * G_USEC_PER_SEC);
}

/* A private session bus (dbus-daemon, its own process) whose service folder starts the built
 * binary for the app's name; DBUS_SESSION_BUS_ADDRESS points this process at it. */
static GSubprocess *
private_bus (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *address = NULL;
  g_autofree char *config = NULL;
  g_autofree char *service = g_strdup_printf ("[D-BUS Service]\nName=%s\nExec=%s --gapplication-service\n",
                                              APPLICATION_ID, g_getenv ("LG_BINARY"));
  g_autofree char *config_path = NULL;
  GSubprocess *daemon;

  *dir = g_dir_make_tmp ("liver-guide-bus-XXXXXX", &error);
  g_assert_no_error (error);
  config = g_strdup_printf ("<busconfig><type>session</type><listen>unix:tmpdir=%s</listen>"
                            "<servicedir>%s</servicedir><policy context=\"default\">"
                            "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                            "<allow own=\"*\"/></policy></busconfig>", *dir, *dir);
  lg_test_write_file (*dir, "bus.conf", config, -1);
  lg_test_write_file (*dir, APPLICATION_ID ".service", service, -1);
  config_path = g_build_filename (*dir, "bus.conf", NULL);
  daemon = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "dbus-daemon", "--nofork", "--print-address",
                             "--config-file", config_path, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (daemon));
  address = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (address);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", address, TRUE);
  return daemon;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *address = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GSubprocess) bus = NULL;
  GList *windows;
  int status;

  /* Before GTK, so nothing in this process reaches another bus first. */
  bus = private_bus (&dir);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = g_object_new (LG_TYPE_APPLICATION, "application-id", TEST_APP_ID,
                      "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                      "resource-base-path", RESOURCE_BASE, NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  shell = g_dbus_connection_new_for_address_sync (address, G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                  G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                  NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/lg/search-provider/initial-and-subsearch", test_initial_and_subsearch);
  g_test_add_func ("/lg/search-provider/result-metas", test_result_metas);
  g_test_add_func ("/lg/search-provider/metas-plain", test_metas_plain);
  g_test_add_func ("/lg/search-provider/spanish", test_spanish);
  g_test_add_func ("/lg/search-provider/activate", test_activate);
  g_test_add_func ("/lg/search-provider/activation", test_activation);
  status = g_test_run ();

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  g_dbus_connection_close_sync (shell, NULL, NULL);
  g_clear_object (&shell);
  g_clear_object (&app);
  g_subprocess_force_exit (bus);
  lg_test_remove_tree (dir);
  return status;
}
