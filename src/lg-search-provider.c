/* lg-search-provider.c
 *
 * GNOME Shell's search provider, as GNOME's own apps have one: the skeleton gdbus-codegen makes
 * from src/dbus/org.gnome.Shell.SearchProvider2.xml, exported at the application's object path
 * + /SearchProvider when it registers on the bus (lg-application.c). The Shell sends the words
 * typed in its overview; the answers are the sidebar's: LgSearch (folding, aliases, one typo)
 * over the topics and glossary terms in the content language and in English, a result's title
 * and one line (the first sentence of In short, or the term's definition) in the content
 * language. Choosing a result opens the window there; "search in the app" fills the sidebar's
 * search. Each call holds the application for its length, so a copy started by D-Bus activation
 * for the Shell alone stays only as long as its inactivity timeout after the last call.
 *
 * Result ids: "topic:ID" and "term:ID".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-application-private.h"
#include "lg-search-provider.h"
#include "lg-search.h"
#include "lg-shell-search-provider2.h"
#include "lg-window.h"

struct _LgSearchProvider
{
  GObject parent_instance;

  LgApplication *application;          /* owns this object */
  LgShellSearchProvider2 *skeleton;
};

G_DEFINE_FINAL_TYPE (LgSearchProvider, lg_search_provider, G_TYPE_OBJECT)

/* The stores to search: the content language's, and English when that is another. */
static LgContentStore *
get_stores (LgSearchProvider  *self,
            LgContentStore   **english)
{
  LgSession *session = lg_application_get_session (self->application);
  LgContentStore *store = lg_session_get_store (session, NULL);

  *english = NULL;
  if (store != NULL && !g_str_equal (lg_content_store_get_language (store), "en"))
    *english = lg_session_get_store_for (session, "en", NULL);
  return store;
}

/* 0 when @query matched @document's title or other names, 1 elsewhere, -1 not at all. */
static int
rank (LgSearch      *search,
      LgSearchMatch *match,
      int            document)
{
  int passage;

  if (search == NULL || document < 0 || !lg_search_match_has (match, document))
    return -1;
  passage = lg_search_match_passage (search, match, document);
  return passage >= 0 && lg_search_passage_place (search, passage, NULL) <= LG_SEARCH_PLACE_ALIASES ? 0 : 1;
}

/* The ids of what @terms find, those matched in a title first, each in page order; only those
 * in @among when it is not NULL. */
static GStrv
find (LgSearchProvider   *self,
      const char * const *terms,
      const char * const *among)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) best = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rest = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *ranked[2] = { best, rest };
  g_autofree char *query = g_strjoinv (" ", (char **) terms);
  g_autoptr(LgSearchMatch) match = NULL;
  g_autoptr(LgSearchMatch) english_match = NULL;
  LgContentStore *english, *store = get_stores (self, &english);
  LgSearch *search, *english_search = NULL;

  if (store == NULL)
    return g_strv_builder_end (builder);
  search = lg_content_store_get_search (store);
  match = lg_search_match (search, query);
  if (english != NULL)
    english_match = lg_search_match ((english_search = lg_content_store_get_search (english)), query);
  for (guint d = 0; d < lg_search_get_n_documents (search); d++)
    {
      const char *id = lg_search_get_id (search, d);
      gboolean term = lg_search_is_term (search, d);
      int r = rank (search, match, d), r_en = -1;
      g_autofree char *result = g_strconcat (term ? "term:" : "topic:", id, NULL);

      if (english_search != NULL)
        r_en = rank (english_search, english_match,
                     term ? lg_search_find_term (english_search, id) : lg_search_find_topic (english_search, id));
      if (r < 0 || (r_en >= 0 && r_en < r))
        r = r_en;
      if (r >= 0 && (among == NULL || g_strv_contains (among, result)))
        g_ptr_array_add (ranked[r], g_steal_pointer (&result));
    }
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < ranked[i]->len; j++)
      g_strv_builder_add (builder, g_ptr_array_index (ranked[i], j));
  return g_strv_builder_end (builder);
}

static gboolean
get_initial_result_set_cb (LgSearchProvider      *self,
                           GDBusMethodInvocation *invocation,
                           const char * const    *terms)
{
  g_auto(GStrv) results = NULL;

  g_application_hold (G_APPLICATION (self->application));
  results = find (self, terms, NULL);
  lg_shell_search_provider2_complete_get_initial_result_set (self->skeleton, invocation,
                                                              (const char * const *) results);
  g_application_release (G_APPLICATION (self->application));
  return TRUE;
}

static gboolean
get_subsearch_result_set_cb (LgSearchProvider      *self,
                             GDBusMethodInvocation *invocation,
                             const char * const    *previous,
                             const char * const    *terms)
{
  g_auto(GStrv) results = NULL;

  g_application_hold (G_APPLICATION (self->application));
  results = find (self, terms, previous);
  lg_shell_search_provider2_complete_get_subsearch_result_set (self->skeleton, invocation,
                                                                (const char * const *) results);
  g_application_release (G_APPLICATION (self->application));
  return TRUE;
}

/* The first sentence of @text: up to the first ".", "?" or "!" followed by a space. */
static char *
first_sentence (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '.' || *p == '?' || *p == '!') && p[1] == ' ')
      return g_strndup (text, p + 1 - text);
  return g_strdup (text);
}

/* One result's "id", "name" and "description" (plain text in the content language), and icon;
 * FALSE for an id that is no topic or term of the content. */
static gboolean
add_meta (GVariantBuilder *metas,
          LgContentStore  *store,
          const char      *id)
{
  g_autoptr(GIcon) icon = g_themed_icon_new (APPLICATION_ID);
  g_autoptr(GVariant) icon_data = g_icon_serialize (icon);  /* a full reference: the builder adds its own */
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  LgTopic *topic = NULL;
  LgGlossaryTerm *term = NULL;

  if (g_str_has_prefix (id, "topic:") && (topic = lg_content_store_lookup_topic (store, id + 6)) != NULL)
    {
      g_autofree char *in_short = lg_content_store_to_plain (store, lg_topic_get_in_short (topic));

      name = lg_content_store_to_plain (store, lg_topic_get_title (topic));
      description = first_sentence (in_short);
    }
  else if (g_str_has_prefix (id, "term:") && (term = lg_content_store_lookup_term (store, id + 5)) != NULL)
    {
      name = lg_content_store_to_plain (store, lg_glossary_term_get_term (term));
      description = lg_content_store_to_plain (store, lg_glossary_term_get_definition (term));
    }
  else
    return FALSE;
  g_variant_builder_open (metas, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (metas, "{sv}", "id", g_variant_new_string (id));
  g_variant_builder_add (metas, "{sv}", "name", g_variant_new_string (name));
  g_variant_builder_add (metas, "{sv}", "description", g_variant_new_string (description));
  g_variant_builder_add (metas, "{sv}", "icon", icon_data);
  g_variant_builder_close (metas);
  return TRUE;
}

static gboolean
get_result_metas_cb (LgSearchProvider      *self,
                     GDBusMethodInvocation *invocation,
                     const char * const    *ids)
{
  GVariantBuilder metas;
  LgContentStore *english, *store;

  g_application_hold (G_APPLICATION (self->application));
  store = get_stores (self, &english);
  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; store != NULL && ids[i] != NULL; i++)
    add_meta (&metas, store, ids[i]);
  lg_shell_search_provider2_complete_get_result_metas (self->skeleton, invocation,
                                                       g_variant_builder_end (&metas));
  g_application_release (G_APPLICATION (self->application));
  return TRUE;
}

static gboolean
activate_result_cb (LgSearchProvider      *self,
                    GDBusMethodInvocation *invocation,
                    const char            *id,
                    const char * const    *terms,
                    guint                  timestamp)
{
  LgWindow *window;

  g_application_hold (G_APPLICATION (self->application));
  window = _lg_application_get_window (self->application);
  if (g_str_has_prefix (id, "topic:"))
    lg_window_show_topic (window, id + 6);
  else if (g_str_has_prefix (id, "term:"))
    lg_window_show_term (window, id + 5);
  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
  lg_shell_search_provider2_complete_activate_result (self->skeleton, invocation);
  g_application_release (G_APPLICATION (self->application));
  return TRUE;
}

static gboolean
launch_search_cb (LgSearchProvider      *self,
                  GDBusMethodInvocation *invocation,
                  const char * const    *terms,
                  guint                  timestamp)
{
  g_autofree char *text = g_strjoinv (" ", (char **) terms);
  LgWindow *window;

  g_application_hold (G_APPLICATION (self->application));
  window = _lg_application_get_window (self->application);
  lg_window_search (window, text);
  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
  lg_shell_search_provider2_complete_launch_search (self->skeleton, invocation);
  g_application_release (G_APPLICATION (self->application));
  return TRUE;
}

static void
lg_search_provider_finalize (GObject *object)
{
  LgSearchProvider *self = LG_SEARCH_PROVIDER (object);

  lg_search_provider_unexport (self);
  g_clear_object (&self->skeleton);
  G_OBJECT_CLASS (lg_search_provider_parent_class)->finalize (object);
}

static void
lg_search_provider_class_init (LgSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_search_provider_finalize;
}

static void
lg_search_provider_init (LgSearchProvider *self)
{
  self->skeleton = lg_shell_search_provider2_skeleton_new ();
  g_signal_connect_swapped (self->skeleton, "handle-get-initial-result-set",
                            G_CALLBACK (get_initial_result_set_cb), self);
  g_signal_connect_swapped (self->skeleton, "handle-get-subsearch-result-set",
                            G_CALLBACK (get_subsearch_result_set_cb), self);
  g_signal_connect_swapped (self->skeleton, "handle-get-result-metas", G_CALLBACK (get_result_metas_cb), self);
  g_signal_connect_swapped (self->skeleton, "handle-activate-result", G_CALLBACK (activate_result_cb), self);
  g_signal_connect_swapped (self->skeleton, "handle-launch-search", G_CALLBACK (launch_search_cb), self);
}

LgSearchProvider *
lg_search_provider_new (LgApplication *application)
{
  LgSearchProvider *self = g_object_new (LG_TYPE_SEARCH_PROVIDER, NULL);

  self->application = application;
  return self;
}

gboolean
lg_search_provider_export (LgSearchProvider *self,
                           GDBusConnection  *connection,
                           const char       *object_path,
                           GError          **error)
{
  g_return_val_if_fail (LG_IS_SEARCH_PROVIDER (self), FALSE);
  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton), connection,
                                           object_path, error);
}

void
lg_search_provider_unexport (LgSearchProvider *self)
{
  g_return_if_fail (LG_IS_SEARCH_PROVIDER (self));
  if (g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)) != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}
