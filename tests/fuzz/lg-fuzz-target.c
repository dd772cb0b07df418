/* lg-fuzz-target.c
 *
 * The first byte of an input chooses what the rest is:
 *   'g'      a glossary file, added to an empty store
 *   'm'      one piece of content text, run through the glossary-mark converter
 *   other    a topic file, parsed against the bundled glossary
 * Whatever parses must also render: every text the store accepts must turn into Pango markup that
 * Pango parses (markup in content is shown literally, never interpreted), else we abort().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <pango/pango.h>

#include "lg-block.h"
#include "lg-content-store.h"
#include "lg-markup.h"
#include "lg-search.h"
#include "lg-section.h"
#include "lg-fuzz-target.h"

static LgContentStore *
bundled_glossary (void)
{
  static LgContentStore *store;

  if (store == NULL)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_BASE "/content/glossary.json", 0, NULL);

      store = lg_content_store_new ();
      if (bytes == NULL || !lg_content_store_add_glossary (store, bytes, "glossary.json", NULL))
        g_error ("the bundled glossary does not load");
    }
  return store;
}

/* The oracle: @text, as the store hands it to a GtkLabel, is markup the label accepts: Pango
 * markup plus GtkLabel's own <a href="…"> links (checked here as spans). */
static void
check_renders (LgContentStore *store,
               const char     *text)
{
  static GRegex *links;
  g_autofree char *label = NULL;
  g_autofree char *pango = NULL;
  g_autofree char *plain = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return;
  if (links == NULL)
    links = g_regex_new ("<a href=\"term:[a-z0-9-]+\">(.*?)</a>", 0, 0, NULL);
  label = lg_content_store_to_pango (store, text);
  pango = g_regex_replace (links, label, -1, 0, "<span>\\1</span>", 0, NULL);
  plain = lg_content_store_to_plain (store, text);
  if (pango == NULL || !pango_parse_markup (pango, -1, 0, NULL, NULL, NULL, &error))
    {
      g_printerr ("text %s\nbecame markup a label rejects: %s\n%s\n", text,
                  error ? error->message : "", label);
      abort ();
    }
  if (!g_utf8_validate (plain, -1, NULL))
    abort ();
}

static void
check_strv (LgContentStore     *store,
            const char * const *texts)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    check_renders (store, texts[i]);
}

static void
check_topic (LgContentStore *store,
             LgTopic        *topic)
{
  GListModel *sections = lg_topic_get_sections (topic);
  g_autofree char *reviewed = lg_topic_dup_reviewed_label (topic);

  check_renders (store, lg_topic_get_title (topic));
  check_renders (store, lg_topic_get_subtitle (topic));
  check_renders (store, lg_topic_get_in_short (topic));
  check_renders (store, lg_topic_get_illustration_caption (topic));
  check_strv (store, lg_topic_get_illustration_legend (topic));
  check_strv (store, lg_topic_get_key_points (topic));
  check_strv (store, lg_topic_get_questions (topic));
  check_strv (store, lg_topic_get_teach_back (topic));
  for (guint i = 0; i < LG_N_COMPARE_ROWS; i++)
    check_renders (store, lg_topic_get_compare (topic, i));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
      GListModel *blocks = lg_section_get_blocks (section);

      check_renders (store, lg_section_get_heading (section));
      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(LgBlock) block = g_list_model_get_item (blocks, j);

          check_renders (store, lg_block_get_text (block));
          check_strv (store, lg_block_get_items (block));
        }
    }
  /* Search folds whatever text is accepted into valid UTF-8. */
  {
    g_autofree char *folded = lg_search_fold (lg_topic_get_in_short (topic), -1);

    if (!g_utf8_validate (folded, -1, NULL))
      abort ();
    (void) lg_search_near (folded, "liver");
  }
  if (!g_utf8_validate (reviewed, -1, NULL))
    abort ();
}

static void
fuzz_glossary (GBytes *bytes)
{
  g_autoptr(LgContentStore) store = lg_content_store_new ();
  g_autoptr(GError) error = NULL;
  GListModel *terms;

  if (!lg_content_store_add_glossary (store, bytes, "fuzz.json", &error))
    {
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.json: $"))
        abort ();
      return;
    }
  terms = lg_content_store_get_glossary (store);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(LgGlossaryTerm) term = g_list_model_get_item (terms, i);

      check_renders (store, lg_glossary_term_get_term (term));
      check_renders (store, lg_glossary_term_get_definition (term));
      if (lg_content_store_lookup_term (store, lg_glossary_term_get_id (term)) != term)
        abort ();
    }
}

static void
fuzz_topic (GBytes *bytes)
{
  LgContentStore *store = bundled_glossary ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LgTopic) topic = lg_content_store_parse_topic (store, bytes, "fuzz.json", &error);

  if (topic == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.json: $"))
        abort ();
      return;
    }
  check_topic (store, topic);
}

static const char *
lookup_term (const char *id,
             gpointer    user_data)
{
  LgGlossaryTerm *term = lg_content_store_lookup_term (user_data, id);

  return term ? lg_glossary_term_get_term (term) : NULL;
}

/* Text goes through the mark converter as the store would let it: valid UTF-8, no control
 * characters (the store rejects those first). */
static void
fuzz_markup (const char *data,
             gsize       size)
{
  LgContentStore *store = bundled_glossary ();
  g_autofree char *text = NULL;
  g_autofree char *problem = NULL;

  if (!g_utf8_validate_len (data, size, NULL))
    return;
  text = g_strndup (data, size);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_type (g_utf8_get_char (p)) == G_UNICODE_CONTROL)
      return;
  check_renders (store, text);
  if (!lg_markup_check (text, lookup_term, store, &problem) && problem == NULL)
    abort ();
}

void
lg_fuzz_content_store (const guint8 *data,
                       gsize         size)
{
  g_autoptr(GBytes) bytes = NULL;

  if (size == 0)
    return;
  bytes = g_bytes_new (data + 1, size - 1);
  switch (data[0])
    {
    case 'g':
      fuzz_glossary (bytes);
      break;
    case 'm':
      fuzz_markup ((const char *) data + 1, size - 1);
      break;
    default:
      fuzz_topic (bytes);
      break;
    }
}
