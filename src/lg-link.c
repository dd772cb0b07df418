/* lg-link.c
 *
 * liver-guide: links, read with GLib's GUri and g_uri_parse_params():
 *
 *   liver-guide:topic/ID[?lang=LL]       a topic
 *   liver-guide:term/ID[?lang=LL]        a glossary term
 *   liver-guide:infobutton?PARAMETERS    an HL7 infobutton request (URL-based implementation):
 *     mainSearchCriteria.v.c   the code            mainSearchCriteria.v.cs  its code system's OID
 *     mainSearchCriteria.v.dn  the problem's name (searched for when no topic has the code)
 *     informationRecipient.languageCode.c  the reader's language ("es", "es-US")
 *
 * Other infobutton parameters (the patient's age and sex, the task, …) are allowed and not used.
 * A link that is not one of these forms is malformed; one that names what the content does not
 * have matches nothing: two errors, so a caller can tell a broken link from a missing topic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-link.h"
#include "lg-search.h"

#define ID_PATTERN "^[a-z0-9]+(-[a-z0-9]+)*$"

G_DEFINE_QUARK (lg-link-error-quark, lg_link_error)

void
lg_link_free (LgLink *link)
{
  if (link == NULL)
    return;
  g_free (link->id);
  g_free (link->language);
  g_free (link->code);
  g_free (link->code_system_oid);
  g_free (link->display_name);
  g_free (link);
}

/* "es", "es-US", "ES_us" → "es"; NULL when it is not a language tag. */
static char *
primary_language (const char *tag)
{
  g_autofree char *primary = g_ascii_strdown (tag, strcspn (tag, "-_"));

  if (!g_regex_match_simple ("^[a-z]{2,3}$", primary, 0, 0))
    return NULL;
  return g_steal_pointer (&primary);
}

/* A parameter given once, or NULL; given twice it is malformed. */
static gboolean
param (GHashTable  *params,
       const char  *name,
       char       **value,
       GError     **error)
{
  const char *found = g_hash_table_lookup (params, name);

  *value = NULL;
  if (found != NULL && !g_utf8_validate (found, -1, NULL))
    {
      g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_MALFORMED, _("the link’s “%s” is not valid UTF-8"), name);
      return FALSE;
    }
  *value = found != NULL ? g_strstrip (g_strdup (found)) : NULL;
  return TRUE;
}

static gboolean
read_language (LgLink      *link,
               GHashTable  *params,
               const char  *name,
               GError     **error)
{
  g_autofree char *tag = NULL;

  if (!param (params, name, &tag, error))
    return FALSE;
  if (tag == NULL || link->language != NULL)
    return TRUE;
  if ((link->language = primary_language (tag)) == NULL)
    {
      g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_MALFORMED,
                   _("“%s” is not a language code such as “es” or “es-US”"), tag);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_infobutton (LgLink      *link,
                 GHashTable  *params,
                 GError     **error)
{
  if (!param (params, "mainSearchCriteria.v.c", &link->code, error) ||
      !param (params, "mainSearchCriteria.v.cs", &link->code_system_oid, error) ||
      !param (params, "mainSearchCriteria.v.dn", &link->display_name, error) ||
      !read_language (link, params, "informationRecipient.languageCode.c", error))
    return FALSE;
  if (link->code != NULL && *link->code == '\0')
    g_clear_pointer (&link->code, g_free);
  if (link->display_name != NULL && *link->display_name == '\0')
    g_clear_pointer (&link->display_name, g_free);
  if (link->code == NULL && link->display_name == NULL)
    {
      g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_MALFORMED,
                   _("an infobutton link needs mainSearchCriteria.v.c (a code) or mainSearchCriteria.v.dn (a name)"));
      return FALSE;
    }
  if (link->code != NULL && (link->code_system_oid == NULL || *link->code_system_oid == '\0'))
    {
      g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_MALFORMED,
                   _("the code “%s” needs its code system’s OID in mainSearchCriteria.v.cs"), link->code);
      return FALSE;
    }
  link->code_system = lg_code_system_from_oid (link->code_system_oid);
  return TRUE;
}

/* What the link names: "topic/ID", "term/ID" or "infobutton". */
static gboolean
read_path (LgLink      *link,
           const char  *path,
           GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", 0);
  guint n = g_strv_length (parts);

  if (n == 1 && g_str_equal (parts[0], "infobutton"))
    {
      link->kind = LG_LINK_INFOBUTTON;
      return TRUE;
    }
  if (n == 2 && (g_str_equal (parts[0], "topic") || g_str_equal (parts[0], "term")))
    {
      link->kind = g_str_equal (parts[0], "topic") ? LG_LINK_TOPIC : LG_LINK_TERM;
      if (g_utf8_validate (parts[1], -1, NULL) && g_regex_match_simple (ID_PATTERN, parts[1], 0, 0))
        {
          link->id = g_strdup (parts[1]);
          return TRUE;
        }
      g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_MALFORMED,
                   _("“%s” is not an id (ids are written with a–z, 0–9 and -)"),
                   g_utf8_validate (parts[1], -1, NULL) ? parts[1] : "?");
      return FALSE;
    }
  g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_MALFORMED,
               _("a link is liver-guide:topic/ID, liver-guide:term/ID or liver-guide:infobutton?…"));
  return FALSE;
}

LgLink *
lg_link_parse (const char  *text,
               GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(LgLink) link = g_new0 (LgLink, 1);
  g_autofree char *path = NULL;
  g_autoptr(GError) uri_error = NULL;
  const char *query;

  uri = g_uri_parse (text, G_URI_FLAGS_ENCODED_QUERY, &uri_error);
  if (uri == NULL || g_ascii_strcasecmp (g_uri_get_scheme (uri), "liver-guide") != 0)
    {
      g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_MALFORMED,
                   _("not a liver-guide: link (%s)"), uri == NULL ? uri_error->message : g_uri_get_scheme (uri));
      return NULL;
    }
  /* liver-guide://topic/ID, as some records write it, is liver-guide:topic/ID. */
  path = g_strconcat (g_uri_get_host (uri) ? g_uri_get_host (uri) : "", g_uri_get_path (uri), NULL);
  if (!read_path (link, g_str_has_prefix (path, "/") ? path + 1 : path, error))
    return NULL;
  query = g_uri_get_query (uri);
  params = g_uri_parse_params (query ? query : "", -1, "&", G_URI_PARAMS_WWW_FORM, &uri_error);
  if (params == NULL)
    {
      g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_MALFORMED, _("the link’s parameters cannot be read (%s)"),
                   uri_error->message);
      return NULL;
    }
  if (!read_language (link, params, "lang", error) ||
      (link->kind == LG_LINK_INFOBUTTON && !read_infobutton (link, params, error)))
    return NULL;
  return g_steal_pointer (&link);
}

/* The topics a name finds with the sidebar's own search, in page order. */
static void
search_topics (LgContentStore *store,
               const char     *text,
               GPtrArray      *found)
{
  LgSearch *search = lg_content_store_get_search (store);
  g_autoptr(LgSearchMatch) match = lg_search_match (search, text);

  for (guint d = 0; match != NULL && d < lg_search_get_n_documents (search); d++)
    if (!lg_search_is_term (search, d) && lg_search_match_has (match, d))
      g_ptr_array_add (found, g_object_ref (lg_content_store_lookup_topic (store, lg_search_get_id (search, d))));
}

static GPtrArray *
resolve_infobutton (LgLink         *link,
                    LgContentStore *store,
                    GError        **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *topics = lg_content_store_get_topics (store);

  for (guint i = 0; link->code_system != NULL && i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);

      if (lg_topic_has_code (topic, link->code_system, link->code))
        g_ptr_array_add (found, g_object_ref (topic));
    }
  if (found->len == 0 && link->display_name != NULL)
    search_topics (store, link->display_name, found);
  if (found->len > 0)
    return g_steal_pointer (&found);

  if (link->code != NULL && link->code_system == NULL)
    g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_NO_MATCH,
                 _("No topic matches code %s: the guide lists codes of ICD-10-CM (%s), SNOMED CT (%s) and CPT (%s), not of %s"),
                 link->code, lg_code_system_lookup ("icd10cm")->oid, lg_code_system_lookup ("snomedct")->oid,
                 lg_code_system_lookup ("cpt")->oid, link->code_system_oid);
  else if (link->code != NULL)
    g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_NO_MATCH, _("No topic matches %s code %s"),
                 link->code_system->label, link->code);
  else
    g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_NO_MATCH, _("No topic matches “%s”"), link->display_name);
  return NULL;
}

/* What @link opens in @store: LgTopics (one for a topic link; any number for an infobutton,
 * those listing the code, else those the name finds), or one LgGlossaryTerm; NULL and
 * LG_LINK_ERROR_NO_MATCH when nothing answers it. */
GPtrArray *
lg_link_resolve (LgLink          *link,
                 LgContentStore  *store,
                 GError         **error)
{
  GPtrArray *found;
  gpointer item;

  g_return_val_if_fail (link != NULL && LG_IS_CONTENT_STORE (store), NULL);

  if (link->kind == LG_LINK_INFOBUTTON)
    return resolve_infobutton (link, store, error);
  item = link->kind == LG_LINK_TOPIC ? (gpointer) lg_content_store_lookup_topic (store, link->id)
                                     : (gpointer) lg_content_store_lookup_term (store, link->id);
  if (item == NULL)
    {
      g_set_error (error, LG_LINK_ERROR, LG_LINK_ERROR_NO_MATCH,
                   link->kind == LG_LINK_TOPIC ? _("No topic has the id “%s”") : _("No glossary term has the id “%s”"),
                   link->id);
      return NULL;
    }
  found = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (found, g_object_ref (item));
  return found;
}
