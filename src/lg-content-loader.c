/* lg-content-loader.c
 *
 * Loading content into a store: the bundled content (a folder of the content GResource: the
 * glossary, the labels, then every topic) and clinic packs (folders of JSON files a clinic writes
 * by hand: read safely by lg-content-pack.c, each bad file left out with a problem that says why).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-pack.h"
#include "lg-content-store-private.h"
#include "lg-json-reader.h"
#include "lg-languages.h"

/* Every topic's "related" ids name topics of the guide (once all are read: they link both ways). */
static gboolean
check_related (LgContentStore  *self,
               GError         **error)
{
  GListModel *topics = lg_content_store_get_topics (self);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      const char * const *related = lg_topic_get_related (topic);

      for (guint j = 0; related != NULL && related[j] != NULL; j++)
        if (lg_content_store_lookup_topic (self, related[j]) == NULL)
          {
            g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_INVALID_VALUE,
                         "%s: $.related[%u]: no topic has the id \"%s\"",
                         _lg_content_store_get_topic_file (self, lg_topic_get_id (topic)), j,
                         related[j]);
            return FALSE;
          }
    }
  return TRUE;
}

/* The bundled content in @resource_dir (content/, or content/LANG/ for a translation): the
 * glossary and the labels first, since topics use them, then every topic, in name order. */
gboolean
lg_content_store_load_resource (LgContentStore  *self,
                                const char      *resource_dir,
                                GError         **error)
{
  g_autofree char *glossary_path = g_build_path ("/", resource_dir, "glossary.json", NULL);
  g_autofree char *labels_path = g_build_path ("/", resource_dir, "labels.json", NULL);
  g_autoptr(GBytes) glossary = NULL;
  g_autoptr(GBytes) labels = NULL;
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), FALSE);

  glossary = g_resources_lookup_data (glossary_path, 0, error);
  if (glossary == NULL || !lg_content_store_add_glossary (self, glossary, "glossary.json", error))
    return FALSE;
  labels = g_resources_lookup_data (labels_path, 0, error);
  if (labels == NULL || !lg_content_store_add_labels (self, labels, "labels.json", error))
    return FALSE;

  /* The bundle keeps English in content/ and each translation in content/LANG/. */
  {
    g_autofree char *base = g_path_get_basename (resource_dir);

    _lg_content_store_set_language (self, lg_languages_is_available (base) ? base : "en");
  }

  names = g_resources_enumerate_children (resource_dir, 0, error);
  if (names == NULL)
    return FALSE;
  qsort (names, g_strv_length (names), sizeof (char *), (GCompareFunc) g_strcmp0);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (names[i], ".json") || g_str_equal (names[i], "glossary.json") ||
          g_str_equal (names[i], "labels.json"))
        continue;
      path = g_build_path ("/", resource_dir, names[i], NULL);
      bytes = g_resources_lookup_data (path, 0, error);
      if (bytes == NULL || !lg_content_store_add_topic (self, bytes, names[i], error))
        return FALSE;
    }
  return check_related (self, error);
}

/* ------------------------------------------------------------------------------------------ */
/* Clinic packs                                                                               */

void
lg_content_problem_free (LgContentProblem *problem)
{
  g_free (problem->folder);
  g_free (problem->file);
  g_free (problem->message);
  g_free (problem->detail);
  g_free (problem);
}

static void
add_problem (GPtrArray  *problems,
             const char *folder,
             const char *file,
             const char *message)
{
  LgContentProblem *problem = g_new0 (LgContentProblem, 1);

  problem->folder = g_strdup (folder);
  problem->file = g_strdup (file);
  problem->message = lg_json_clean_message (message);
  /* "file: $…: what": the part after the file's name. */
  problem->detail = g_strdup (g_str_has_prefix (problem->message, file) &&
                              g_str_has_prefix (problem->message + strlen (file), ": ")
                              ? problem->message + strlen (file) + 2 : problem->message);
  g_ptr_array_add (problems, problem);
}

/* Each of @faults (LgJsonFault) as a problem of @file, with its place. */
static void
add_faults (GPtrArray  *problems,
            const char *folder,
            const char *file,
            GPtrArray  *faults,
            gboolean    file_loaded)
{
  for (guint i = 0; i < faults->len; i++)
    {
      LgJsonFault *fault = g_ptr_array_index (faults, i);
      LgContentProblem *problem = g_new0 (LgContentProblem, 1);

      problem->folder = g_strdup (folder);
      problem->file = g_strdup (file);
      problem->message = g_strdup (fault->message);
      problem->detail = g_strdup (fault->detail);
      problem->line = fault->line;
      problem->column = fault->column;
      problem->file_loaded = file_loaded;
      g_ptr_array_add (problems, problem);
    }
}

static void
add_problem_printf (GPtrArray  *problems,
                    const char *folder,
                    const char *file,
                    const char *format,
                    ...) G_GNUC_PRINTF (4, 5);

static void
add_problem_printf (GPtrArray  *problems,
                    const char *folder,
                    const char *file,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_problem (problems, folder, file, message);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The JSON files directly in @folder, by name; names starting with "." (editor backups, hidden
 * files) are not content. */
static GPtrArray *
list_json_files (GFile   *folder,
                 GError **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  enumerator = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error);
  if (enumerator == NULL)
    return NULL;
  while (g_file_enumerator_iterate (enumerator, &info, NULL, NULL, error) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (name[0] != '.' && g_str_has_suffix (name, ".json"))
        g_ptr_array_add (names, g_strdup (name));
    }
  if (error != NULL && *error != NULL)
    return NULL;
  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}

/* The glossary first: the pack's topics may mark its terms. A bad term, or one whose id the
 * store has, is left out, with a problem for each; the file's other terms are kept. */
static void
load_pack_glossary (LgContentStore *self,
                    GFile          *folder,
                    const char     *folder_name,
                    GPtrArray      *problems)
{
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_json_fault_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = lg_content_pack_read_file (folder, "glossary.json", &error);
  gboolean loaded;

  if (bytes == NULL)
    {
      add_problem_printf (problems, folder_name, "glossary.json", "glossary.json: $: the file %s",
                          error->message);
      return;
    }
  loaded = _lg_content_store_add_glossary_full (self, bytes, "glossary.json", faults, NULL);
  add_faults (problems, folder_name, "glossary.json", faults, loaded);
}

/* Reads one topic file of the pack into the store, or adds a problem saying why it is left out.
 * @seen: id → file name of the pack's topics read so far. */
static gboolean
load_pack_topic (LgContentStore *self,
                 GFile          *folder,
                 const char     *folder_name,
                 const char     *name,
                 GHashTable     *seen,
                 GPtrArray      *problems)
{
  g_autofree char *shown = lg_content_pack_display_name (name);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LgTopic) topic = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_json_fault_free);
  const char *other;

  bytes = lg_content_pack_read_file (folder, name, &error);
  if (bytes == NULL)
    {
      add_problem_printf (problems, folder_name, shown, "%s: $: the file %s", shown,
                          error->message);
      return FALSE;
    }
  topic = _lg_content_store_parse_topic_full (self, bytes, shown, folder, faults, &error);
  if (topic == NULL)
    {
      add_faults (problems, folder_name, shown, faults, FALSE);
      return FALSE;
    }
  /* A topic for one content language is not this store's when its language is another. */
  if (lg_topic_get_language (topic) != NULL &&
      g_strcmp0 (lg_topic_get_language (topic), lg_content_store_get_language (self)) != 0)
    return FALSE;
  other = g_hash_table_lookup (seen, lg_topic_get_id (topic));
  if (other != NULL)
    {
      add_problem_printf (problems, folder_name, shown,
                          "%s: $.id: duplicate topic id \"%s\" (also in %s)",
                          shown, lg_topic_get_id (topic), other);
      return FALSE;
    }
  g_hash_table_insert (seen, g_strdup (lg_topic_get_id (topic)), g_strdup (shown));
  _lg_content_store_put_topic (self, topic, shown);
  return TRUE;
}

/* A pack topic's "related" id that names no topic (the guide's or the pack's) is left out of its
 * page, with a problem; the topic is shown. @seen: id → file name of the pack's topics read. */
static void
check_pack_related (LgContentStore *self,
                    const char     *folder_name,
                    GHashTable     *seen,
                    GPtrArray      *problems)
{
  GHashTableIter iter;
  gpointer id, file;

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &id, &file))
    {
      LgTopic *topic = lg_content_store_lookup_topic (self, id);
      const char * const *related = topic ? lg_topic_get_related (topic) : NULL;

      for (guint j = 0; related != NULL && related[j] != NULL; j++)
        if (lg_content_store_lookup_topic (self, related[j]) == NULL)
          {
            g_autofree char *shown = lg_json_shorten (related[j]);

            add_problem_printf (problems, folder_name, file,
                                "%s: $.related[%u]: no topic has the id \"%s\"; the link is left out",
                                (const char *) file, j, shown);
            ((LgContentProblem *) g_ptr_array_index (problems, problems->len - 1))->file_loaded = TRUE;
          }
    }
}

/**
 * lg_content_store_load_pack:
 * @folder: a clinic's pack folder
 * @problems: (element-type LgContentProblem): where each file left out is described
 *
 * Loads a clinic's topics (every "*.json" in @folder) and glossary ("glossary.json") with the same
 * checks as the bundled content. It never fails as a whole: a bad file is left out, with one
 * problem added to @problems, and whatever the store held stays as it was. A topic whose id is
 * new goes under "From your clinic"; one with an id already in the store takes that topic's
 * place. At most LG_CONTENT_PACK_MAX_TOPICS topic files are read, in name order.
 *
 * Returns: how many topics were added or replaced
 */
guint
lg_content_store_load_pack (LgContentStore *self,
                            GFile          *folder,
                            GPtrArray      *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder_name = NULL;
  guint n_files = 0;
  guint n_loaded = 0;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), 0);
  g_return_val_if_fail (G_IS_FILE (folder), 0);
  g_return_val_if_fail (problems != NULL, 0);

  folder_name = g_file_peek_path (folder) != NULL
                ? lg_content_pack_display_name (g_file_peek_path (folder))
                : g_file_get_parse_name (folder);
  names = list_json_files (folder, &error);
  if (names == NULL)
    {
      add_problem_printf (problems, folder_name, folder_name, "%s: $: %s", folder_name,
                          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                          ? "no such folder"
                          : g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY)
                          ? "not a folder" : error->message);
      return 0;
    }

  if (g_ptr_array_find_with_equal_func (names, "glossary.json", g_str_equal, NULL))
    load_pack_glossary (self, folder, folder_name, problems);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (g_str_equal (name, "glossary.json"))
        continue;
      if (++n_files > LG_CONTENT_PACK_MAX_TOPICS)
        {
          g_autofree char *shown = lg_content_pack_display_name (name);

          add_problem_printf (problems, folder_name, shown,
                              "%s: $: the folder has more than %d topics; this one is left out",
                              shown, LG_CONTENT_PACK_MAX_TOPICS);
          continue;
        }
      if (load_pack_topic (self, folder, folder_name, name, seen, problems))
        n_loaded++;
    }
  check_pack_related (self, folder_name, seen, problems);
  return n_loaded;
}

/* The user's pack folder (when there is one) and then @extra_folder (--content-dir), so a topic in
 * the folder given on the command line wins over one with the same id in the user's folder. */
void
lg_content_store_load_packs (LgContentStore *self,
                             const char     *extra_folder,
                             GPtrArray      *problems)
{
  g_autofree char *user = lg_content_pack_get_user_folder ();

  if (g_file_test (user, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (user);
      lg_content_store_load_pack (self, folder, problems);
    }
  if (extra_folder != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (extra_folder);
      lg_content_store_load_pack (self, folder, problems);
    }
}
