/* test-content.c — the bundled content itself, as a reader and an editor would check it: every
 * topic has all its parts, every source a web address, every picture its file and legend, every
 * glossary term a use, and the text reads at the grade the project promises (GNU style).
 * No display needed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <librsvg/rsvg.h>

#include "lg-block.h"
#include "lg-content-store.h"
#include "lg-section.h"
#include "lg-source.h"

/* The sidebar of design/ux.md, in order. */
static const char * const topic_ids[] = {
  "what-are-liver-metastases", "where-it-started", "tests-and-scans",
  "surgery", "portal-vein-embolization", "liver-transplant",
  "systemic-treatment", "liver-directed-therapies", "ablation", "radioembolization",
  "chemoembolization", "hepatic-artery-infusion", "sbrt",
  "second-opinion", "clinical-trials", "follow-up-and-recurrence", "living-with-liver-metastases",
  NULL
};

/* Topics about one treatment share one anatomy, so they can be compared and printed alike. */
static const char * const treatment_ids[] = {
  "surgery", "portal-vein-embolization", "systemic-treatment", "ablation",
  "radioembolization", "chemoembolization", "hepatic-artery-infusion", "sbrt", "liver-transplant",
  NULL
};

/* The sections of every treatment topic, exactly these and in this order (issue 16). */
static const char * const treatment_sections[] = {
  "what-it-is", "who-it-may-help", "how-well-it-works", "before", "during", "after",
  "care-at-home", "side-effects", "when-to-call", "follow-up", NULL
};

/* The columns of the Compare treatments table. */
static const char * const compared_ids[] = {
  "surgery", "systemic-treatment", "ablation", "radioembolization",
  "chemoembolization", "hepatic-artery-infusion", "sbrt", "liver-transplant", NULL
};

/* Topics a picture would not help. */
static const char * const unillustrated_ids[] = {
  "second-opinion", "tests-and-scans", "clinical-trials", "follow-up-and-recurrence",
  "living-with-liver-metastases", "liver-transplant", NULL
};

/* The one rule for fever, word for word wherever a temperature is given (issue 16). */
#define FEVER_RULE "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your " \
                   "care team gave you."

/* Text that states a number, a risk, a benefit, a time or a rule must name its sources. */
#define NEEDS_SOURCES "[0-9]|\\bin 100\\b|\\b(risks?|chances?|survival|survive|alive|" \
                      "complications?|deaths?|die|dies|serious|rare|rarely|common|often|usually|" \
                      "most|few|fewer)\\b"

#define LEARNING_NOTE "This app is for learning and does not replace advice from your care team."
#define MAX_GRADE_SHORT 6.0
#define MAX_GRADE_TOPIC 8.0

static LgContentStore *store;

static char *
source_path (const char *first,
             ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *dist = g_test_build_filename (G_TEST_DIST, "..", NULL);
  va_list args;

  g_ptr_array_add (parts, dist);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static guint
strv_len (const char * const *strv)
{
  return strv ? g_strv_length ((GStrv) strv) : 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Walking every text of a topic                                                              */

typedef enum {
  TEXT_TITLE,
  TEXT_SUBTITLE,
  TEXT_IN_SHORT,
  TEXT_ILLUSTRATION,            /* alt, caption, legend */
  TEXT_HEADING,
  TEXT_BODY,                    /* paragraphs, notes, list items */
  TEXT_KEY_POINT,
  TEXT_QUESTION,
  TEXT_TEACH_BACK,
  TEXT_COMPARE,
  TEXT_SOURCE,
} TextKind;

typedef void (*TextFunc) (LgTopic    *topic,
                          TextKind    kind,
                          const char *where,
                          const char *text,
                          gpointer    user_data);

static void
each_strv (LgTopic            *topic,
           TextKind            kind,
           const char         *where,
           const char * const *strv,
           TextFunc            func,
           gpointer            user_data)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", where, i);
      func (topic, kind, path, strv[i], user_data);
    }
}

/* Calls @func on every string of @topic a person can read, in reading order. */
static void
each_text (LgTopic  *topic,
           TextFunc  func,
           gpointer  user_data)
{
  GListModel *sections = lg_topic_get_sections (topic);
  GListModel *sources = lg_topic_get_sources (topic);

  func (topic, TEXT_TITLE, "$.title", lg_topic_get_title (topic), user_data);
  func (topic, TEXT_SUBTITLE, "$.subtitle", lg_topic_get_subtitle (topic), user_data);
  func (topic, TEXT_IN_SHORT, "$.in_short", lg_topic_get_in_short (topic), user_data);
  if (lg_topic_get_illustration (topic) != NULL)
    {
      func (topic, TEXT_ILLUSTRATION, "$.illustration.alt", lg_topic_get_illustration_alt (topic), user_data);
      func (topic, TEXT_ILLUSTRATION, "$.illustration.caption",
            lg_topic_get_illustration_caption (topic), user_data);
      each_strv (topic, TEXT_ILLUSTRATION, "$.illustration.legend",
                 lg_topic_get_illustration_legend (topic), func, user_data);
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
      GListModel *blocks = lg_section_get_blocks (section);
      g_autofree char *heading = g_strdup_printf ("$.sections[%u].heading", i);

      func (topic, TEXT_HEADING, heading, lg_section_get_heading (section), user_data);
      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(LgBlock) block = g_list_model_get_item (blocks, j);
          g_autofree char *path = NULL;

          if (lg_block_get_text (block) != NULL)
            {
              path = g_strdup_printf ("$.sections[%u].blocks[%u].text", i, j);
              func (topic, TEXT_BODY, path, lg_block_get_text (block), user_data);
            }
          else
            {
              path = g_strdup_printf ("$.sections[%u].blocks[%u].items", i, j);
              each_strv (topic, TEXT_BODY, path, lg_block_get_items (block), func, user_data);
            }
        }
    }
  each_strv (topic, TEXT_KEY_POINT, "$.key_points", lg_topic_get_key_points (topic), func, user_data);
  each_strv (topic, TEXT_QUESTION, "$.questions", lg_topic_get_questions (topic), func, user_data);
  each_strv (topic, TEXT_TEACH_BACK, "$.teach_back", lg_topic_get_teach_back (topic), func, user_data);
  if (lg_topic_get_compare_name (topic) != NULL)
    {
      func (topic, TEXT_COMPARE, "$.compare.name", lg_topic_get_compare_name (topic), user_data);
      for (guint row = 0; row < LG_N_COMPARE_ROWS; row++)
        {
          g_autofree char *path = g_strdup_printf ("$.compare.%s", lg_compare_row_get_key (row));
          func (topic, TEXT_COMPARE, path, lg_topic_get_compare (topic, row), user_data);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LgSource) source = g_list_model_get_item (sources, i);
      g_autofree char *publisher = g_strdup_printf ("$.sources[%u].publisher", i);
      g_autofree char *title = g_strdup_printf ("$.sources[%u].title", i);
      g_autofree char *url = g_strdup_printf ("$.sources[%u].url", i);

      func (topic, TEXT_SOURCE, publisher, lg_source_get_publisher (source), user_data);
      func (topic, TEXT_SOURCE, title, lg_source_get_title (source), user_data);
      func (topic, TEXT_SOURCE, url, lg_source_get_url (source), user_data);
    }
}

static void
each_topic (void (*func) (LgTopic *topic))
{
  GListModel *topics = lg_content_store_get_topics (store);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      func (topic);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Parts                                                                                      */

static void
test_all_topics (void)
{
  GListModel *topics = lg_content_store_get_topics (store);

  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, g_strv_length ((GStrv) topic_ids));
  for (guint i = 0; topic_ids[i] != NULL; i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);

      if (!g_str_equal (lg_topic_get_id (topic), topic_ids[i]))
        g_error ("sidebar place %u: expected topic \"%s\", found \"%s\"", i, topic_ids[i],
                 lg_topic_get_id (topic));
    }
}


static void
check_parts (LgTopic *topic)
{
  const char *id = lg_topic_get_id (topic);
  GListModel *sections = lg_topic_get_sections (topic);
  guint n_key_points = strv_len (lg_topic_get_key_points (topic));

  if (g_strv_contains (treatment_ids, id))
    {
      for (guint i = 0; treatment_sections[i] != NULL; i++)
        {
          g_autoptr(LgSection) section = g_list_model_get_item (sections, i);

          if (section == NULL || g_strcmp0 (lg_section_get_id (section), treatment_sections[i]) != 0)
            g_error ("%s.json: $.sections[%u]: a treatment topic has the section \"%s\" here "
                     "(found \"%s\"); the order is %s", id, i, treatment_sections[i],
                     section ? lg_section_get_id (section) : "nothing",
                     g_strjoinv (", ", (GStrv) treatment_sections));
        }
      if (g_list_model_get_n_items (sections) != g_strv_length ((GStrv) treatment_sections))
        g_error ("%s.json: $.sections: a treatment topic has exactly the %u sections %s", id,
                 g_strv_length ((GStrv) treatment_sections),
                 g_strjoinv (", ", (GStrv) treatment_sections));
    }
  if (g_list_model_get_n_items (sections) == 0)
    g_error ("%s.json: $.sections: no sections", id);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);

      if (g_list_model_get_n_items (lg_section_get_blocks (section)) == 0)
        g_error ("%s.json: $.sections[%u]: a section without text", id, i);
    }
  if (n_key_points < 3 || n_key_points > 5)
    g_error ("%s.json: $.key_points: %u key points; write 3 to 5", id, n_key_points);
  if (strv_len (lg_topic_get_questions (topic)) < 1)
    g_error ("%s.json: $.questions: no questions to ask", id);
  if (strv_len (lg_topic_get_teach_back (topic)) < 1)
    g_error ("%s.json: $.teach_back: no teach-back prompts", id);
  if (g_strv_contains (compared_ids, id) != (lg_topic_get_compare_name (topic) != NULL))
    g_error ("%s.json: $.compare: %s", id,
             g_strv_contains (compared_ids, id) ? "missing; this treatment is in the Compare table"
                                                : "only the compared treatments have one");
  if (lg_topic_get_illustration (topic) == NULL && !g_strv_contains (unillustrated_ids, id))
    g_error ("%s.json: $.illustration: missing", id);
}

static void
test_required_parts (void)
{
  each_topic (check_parts);
}

static void
check_not_empty (LgTopic    *topic,
                 TextKind    kind,
                 const char *where,
                 const char *text,
                 gpointer    user_data)
{
  g_autofree char *plain = lg_content_store_to_plain (store, text ? text : "");
  guint *count = user_data;

  if (*g_strstrip (plain) == '\0')
    g_error ("%s.json: %s: empty text", lg_topic_get_id (topic), where);
  (*count)++;
}

static void
check_texts (LgTopic *topic)
{
  guint count = 0;

  each_text (topic, check_not_empty, &count);
  g_assert_cmpuint (count, >, 30);
}

static void
test_no_empty_text (void)
{
  each_topic (check_texts);
}

/* "Keep each cell under about 12 words" (data/content/README.md), so the table stays a table. */
static void
check_compare (LgTopic *topic)
{
  if (lg_topic_get_compare_name (topic) == NULL)
    return;
  for (guint row = 0; row < LG_N_COMPARE_ROWS; row++)
    {
      g_autofree char *plain = lg_content_store_to_plain (store, lg_topic_get_compare (topic, row));
      g_auto(GStrv) words = g_regex_split_simple ("\\s+", g_strstrip (plain), 0, 0);

      if (g_strv_length (words) > 12)
        g_error ("%s.json: $.compare.%s: %u words; keep a cell to 12 words or fewer",
                 lg_topic_get_id (topic), lg_compare_row_get_key (row), g_strv_length (words));
    }
}

static void
test_compare_cells (void)
{
  each_topic (check_compare);
}

static void
check_sources (LgTopic *topic)
{
  GListModel *sources = lg_topic_get_sources (topic);
  guint n = g_list_model_get_n_items (sources);

  if (n < 2)
    g_error ("%s.json: $.sources: %u source; cite at least two", lg_topic_get_id (topic), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgSource) source = g_list_model_get_item (sources, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GUri) uri = g_uri_parse (lg_source_get_url (source), G_URI_FLAGS_NONE, &error);

      if (uri == NULL)
        g_error ("%s.json: $.sources[%u].url: %s", lg_topic_get_id (topic), i, error->message);
      if (g_strcmp0 (g_uri_get_scheme (uri), "https") != 0 || g_uri_get_host (uri) == NULL ||
          strchr (g_uri_get_host (uri), '.') == NULL)
        g_error ("%s.json: $.sources[%u].url: \"%s\" is not an https web address",
                 lg_topic_get_id (topic), i, lg_source_get_url (source));
    }
}

static void
test_sources (void)
{
  each_topic (check_sources);
}

/* Whether @text (content text, marks and all) states a number, a risk, a benefit, a time or a rule. */
static gboolean
needs_sources (const char *text)
{
  g_autofree char *plain = lg_content_store_to_plain (store, text);

  return g_regex_match_simple (NEEDS_SOURCES, plain, G_REGEX_CASELESS, 0);
}

static gboolean
strv_needs_sources (const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (needs_sources (strv[i]))
      return TRUE;
  return FALSE;
}

/* Every id cited goes into @cited. The store has already refused ids that do not exist; an id
 * given twice in one list (at @where of @topic's file) is a slip, and its note would show twice. */
static void
cite (GHashTable         *cited,
      const char * const *ids,
      LgTopic            *topic,
      const char         *where)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      for (guint k = 0; k < i; k++)
        if (g_str_equal (ids[k], ids[i]))
          g_error ("%s.json: %s: cites \"%s\" twice", lg_topic_get_id (topic), where, ids[i]);
      g_hash_table_add (cited, (gpointer) ids[i]);
    }
}

/* A page in Spanish is marked "es", so it is listed only with the Spanish content; nothing else is
 * (an English page listed for Spanish only would leave the Spanish page without what backs it). */
#define SPANISH_PAGE "/(es|espanol|spanish)/|en-espa%C3%B1ol"

static void
check_source_language (LgTopic  *topic,
                       LgSource *source,
                       guint     i)
{
  const char *url = lg_source_get_url (source);
  gboolean spanish_page = g_regex_match_simple (SPANISH_PAGE, url, 0, 0);
  gboolean marked = g_strcmp0 (lg_source_get_language (source), "es") == 0;

  if (spanish_page != marked)
    g_error ("%s.json: $.sources[%u] (%s): %s", lg_topic_get_id (topic), i, url,
             spanish_page ? "a Spanish page: give it \"language\": \"es\""
                          : "marked \"es\" but not a Spanish page");
  if (lg_source_get_language (source) != NULL)
    g_assert_cmpstr (lg_source_get_language (source), ==, "es");
}

static void
check_cited (LgTopic *topic)
{
  const char *id = lg_topic_get_id (topic);
  GListModel *sections = lg_topic_get_sections (topic);
  GListModel *sources = lg_topic_get_sources (topic);
  g_autoptr(GHashTable) cited = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_codes = g_hash_table_new (g_str_hash, g_str_equal);
  static const char * const languages[] = { "en", "es" };

  if (needs_sources (lg_topic_get_in_short (topic)) && lg_topic_get_in_short_sources (topic) == NULL)
    g_error ("%s.json: $.in_short states a number, risk or rule: give it in_short_sources", id);
  if (strv_needs_sources (lg_topic_get_key_points (topic)) &&
      lg_topic_get_key_points_sources (topic) == NULL)
    g_error ("%s.json: $.key_points state a number, risk or rule: give them key_points_sources", id);
  if (lg_topic_get_compare_name (topic) != NULL && lg_topic_get_compare_sources (topic) == NULL)
    g_error ("%s.json: $.compare: give the Compare column its sources", id);
  cite (cited, lg_topic_get_in_short_sources (topic), topic, "$.in_short_sources");
  cite (cited, lg_topic_get_key_points_sources (topic), topic, "$.key_points_sources");
  cite (cited, lg_topic_get_compare_sources (topic), topic, "$.compare.sources");

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LgSection) section = g_list_model_get_item (sections, i);
      GListModel *blocks = lg_section_get_blocks (section);

      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(LgBlock) block = g_list_model_get_item (blocks, j);
          g_autofree char *where = g_strdup_printf ("$.sections[%u].blocks[%u].sources", i, j);
          gboolean needs = lg_block_get_text (block) ? needs_sources (lg_block_get_text (block))
                                                     : strv_needs_sources (lg_block_get_items (block));

          if (needs && lg_block_get_sources (block) == NULL)
            g_error ("%s.json: $.sections[%u].blocks[%u] states a number, risk or rule and "
                     "names no sources", id, i, j);
          cite (cited, lg_block_get_sources (block), topic, where);
        }
    }

  /* A code's sources say what the code means, for the integrator: the patient's lists leave them
   * out (lg_topic_list_sources()), so no text may cite one. */
  for (guint i = 0; lg_topic_get_codes (topic) != NULL && i < lg_topic_get_codes (topic)->len; i++)
    {
      const char * const *ids = (const char * const *)
        ((LgTopicCode *) g_ptr_array_index (lg_topic_get_codes (topic), i))->sources;

      cite (by_codes, ids, topic, "$.codes");
      for (guint k = 0; ids[k] != NULL; k++)
        if (g_hash_table_contains (cited, ids[k]))
          g_error ("%s.json: $.codes[%u]: \"%s\" gives a code and is cited by the text: a code's source "
                   "is not listed for the patient, so cite another", id, i, ids[k]);
    }
  /* Every source listed backs something; an English page is never listed for Spanish only. */
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LgSource) source = g_list_model_get_item (sources, i);

      if (lg_source_get_id (source) == NULL)
        g_error ("%s.json: $.sources[%u]: give the source an id", id, i);
      if (!g_hash_table_contains (cited, lg_source_get_id (source)) &&
          !g_hash_table_contains (by_codes, lg_source_get_id (source)))
        g_error ("%s.json: $.sources[%u] (\"%s\") is cited by no block", id, i,
                 lg_source_get_id (source));
      check_source_language (topic, source, i);
    }
  /* What the patient's lists number: no source of a code, so the text's first source is [1]. */
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GPtrArray) shown = lg_topic_list_sources (topic, languages[i]);

      for (guint k = 0; k < shown->len; k++)
        if (g_hash_table_contains (by_codes, lg_source_get_id (g_ptr_array_index (shown, k))))
          g_error ("%s.json: a source of a code is listed for the patient", id);
    }
}

static void
test_cited (void)
{
  each_topic (check_cited);
}

/* The checks see what they should: a digit or risk word needs sources, plain words do not. */
static void
test_cited_measures (void)
{
  g_assert_true (needs_sources ("About 20 in 100 people"));
  g_assert_true (needs_sources ("Serious problems are rare."));
  g_assert_true (needs_sources ("You go home in 3 days."));
  g_assert_true (needs_sources ("Most people feel tired."));
  g_assert_false (needs_sources ("A doctor puts a thin tube in place."));
  g_assert_false (needs_sources ("Ask your team what to bring."));
}

static void
find_temperature (LgTopic    *topic,
                  TextKind    kind,
                  const char *where,
                  const char *text,
                  gpointer    user_data)
{
  g_autofree char *plain = lg_content_store_to_plain (store, text);

  if (kind != TEXT_SOURCE && (strstr (plain, "°F") || strstr (plain, "°C")) &&
      !g_str_equal (plain, FEVER_RULE))
    g_error ("%s.json: %s: \"%s\": say fever with the one rule, \"%s\"",
             lg_topic_get_id (topic), where, plain, FEVER_RULE);
  if (g_str_equal (plain, FEVER_RULE))
    (*(guint *) user_data)++;
}

/* One rule for fever in every topic; every treatment topic gives it under "When to call". */
static void
check_fever (LgTopic *topic)
{
  guint n = 0;

  each_text (topic, find_temperature, &n);
  if (g_strv_contains (treatment_ids, lg_topic_get_id (topic)) && n == 0)
    g_error ("%s.json: a treatment topic gives the fever rule \"%s\"", lg_topic_get_id (topic),
             FEVER_RULE);
}

static void
test_fever_rule (void)
{
  each_topic (check_fever);
}

/* Every glossary definition names its sources and the month it was checked. */
static void
test_glossary_sourced (void)
{
  GListModel *terms = lg_content_store_get_glossary (store);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(LgGlossaryTerm) term = g_list_model_get_item (terms, i);
      int year, month;

      lg_glossary_term_get_reviewed (term, &year, &month);
      if (g_list_model_get_n_items (lg_glossary_term_get_sources (term)) == 0)
        g_error ("glossary.json: term \"%s\" names no sources", lg_glossary_term_get_id (term));
      if (year == 0)
        g_error ("glossary.json: term \"%s\" has no reviewed month", lg_glossary_term_get_id (term));
    }
}

/* The month as written in the source file, parsed as a date; not in the future. */
static void
check_reviewed (LgTopic *topic)
{
  g_autofree char *file = g_strconcat (lg_topic_get_id (topic), ".json", NULL);
  g_autofree char *path = source_path ("data", "content", file, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) month = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *iso = NULL;
  g_autofree char *label = lg_topic_dup_reviewed_label (topic);
  const char *reviewed;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  reviewed = json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)),
                                            "reviewed");
  iso = g_strconcat (reviewed, "-01T00:00:00Z", NULL);
  month = g_date_time_new_from_iso8601 (iso, NULL);
  if (month == NULL)
    g_error ("%s: $.reviewed: \"%s\" is not a month written YYYY-MM", file, reviewed);
  if (g_date_time_compare (month, now) > 0)
    g_error ("%s: $.reviewed: %s is in the future", file, reviewed);
  g_assert_cmpstr (label, !=, "");
  g_test_message ("%s: reviewed %s", lg_topic_get_id (topic), label);
}

static void
test_reviewed (void)
{
  each_topic (check_reviewed);
}

static void
find_learning_note (LgTopic    *topic,
                    TextKind    kind,
                    const char *where,
                    const char *text,
                    gpointer    user_data)
{
  g_autofree char *plain = lg_content_store_to_plain (store, text);

  if (strstr (plain, LEARNING_NOTE) != NULL)
    *(gboolean *) user_data = TRUE;
}

static void
test_learning_note (void)
{
  g_autoptr(LgTopic) first = g_list_model_get_item (lg_content_store_get_topics (store), 0);
  gboolean found = FALSE;

  each_text (first, find_learning_note, &found);
  if (!found)
    g_error ("%s.json: the first topic must say \"%s\"", lg_topic_get_id (first), LEARNING_NOTE);
}

/* ------------------------------------------------------------------------------------------ */
/* Illustrations                                                                              */

typedef struct {
  GPtrArray *names;             /* element names, or file texts */
  gboolean in_file;
} MarkupCollect;

static void
collect_start (GMarkupParseContext  *context,
               const char           *element,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  MarkupCollect *c = user_data;
  const char *colon = strchr (element, ':');

  g_ptr_array_add (c->names, g_strdup (colon ? colon + 1 : element));
  c->in_file = g_str_equal (element, "file");
}

static void
collect_end (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  ((MarkupCollect *) user_data)->in_file = FALSE;
}

static void
collect_text (GMarkupParseContext  *context,
              const char           *text,
              gsize                 length,
              gpointer              user_data,
              GError              **error)
{
  MarkupCollect *c = user_data;

  if (c->in_file)
    g_ptr_array_add (c->names, g_strstrip (g_strndup (text, length)));
}

/* Every element name in the XML file at @path, and the text of every <file> element. */
static GPtrArray *
parse_xml (const char *path)
{
  static const GMarkupParser parser = { collect_start, collect_end, collect_text, NULL, NULL };
  MarkupCollect c = { g_ptr_array_new_with_free_func (g_free), FALSE };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &c, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize size;

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  if (!g_markup_parse_context_parse (context, data, size, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_error ("%s: %s", path, error->message);
  return c.names;
}

static gboolean
strv_has (GPtrArray  *array,
          const char *name)
{
  return g_ptr_array_find_with_equal_func (array, name, g_str_equal, NULL);
}

static gboolean
topic_uses_file (const char *file)
{
  GListModel *topics = lg_content_store_get_topics (store);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);

      if (g_strcmp0 (lg_topic_get_illustration (topic), file) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Numbered markers are groups with the ids marker-1, marker-2, … */
static guint
count_markers (RsvgHandle *handle)
{
  guint n = 0;

  for (;; n++)
    {
      g_autofree char *id = g_strdup_printf ("#marker-%u", n + 1);

      if (!rsvg_handle_has_sub (handle, id))
        return n;
    }
}

static void
check_illustration (LgTopic *topic)
{
  const char *file = lg_topic_get_illustration (topic);
  g_autofree char *resource = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RsvgHandle *handle = NULL;   /* librsvg 2.54 has no g_autoptr for it */
  g_autoptr(GError) error = NULL;
  guint legend, markers;

  if (file == NULL)
    return;
  resource = g_strconcat (RESOURCE_BASE "/illustrations/", file, NULL);
  bytes = g_resources_lookup_data (resource, 0, &error);
  if (bytes == NULL)
    g_error ("%s.json: $.illustration.file: \"%s\" is not in the bundle: %s",
             lg_topic_get_id (topic), file, error->message);
  handle = rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  legend = strv_len (lg_topic_get_illustration_legend (topic));
  markers = count_markers (handle);
  g_object_unref (handle);
  g_test_message ("%s: %s, %u numbered markers, %u legend items", lg_topic_get_id (topic), file,
                  markers, legend);
  if (legend != markers)
    g_error ("%s.json: $.illustration.legend: %u items, but %s has %u numbered markers",
             lg_topic_get_id (topic), legend, file, markers);
}

static void
test_illustrations (void)
{
  g_autofree char *dir_path = source_path ("data", "illustrations", NULL);
  g_autofree char *xml_path = source_path ("data", "liver-guide-content.gresource.xml", NULL);
  g_autoptr(GPtrArray) listed = parse_xml (xml_path);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) bundled = NULL;
  const char *name;
  guint n_files = 0;

  each_topic (check_illustration);

  /* Every file drawn is used, listed in the bundle, readable by librsvg, and has no text. */
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *entry = g_strconcat ("illustrations/", name, NULL);
      RsvgHandle *handle;
      g_autoptr(GPtrArray) elements = NULL;

      if (!g_str_has_suffix (name, ".svg"))
        g_error ("data/illustrations/%s: only SVG files belong here", name);
      n_files++;
      if (!topic_uses_file (name))
        g_error ("data/illustrations/%s: no topic uses this picture", name);
      if (!strv_has (listed, entry))
        g_error ("data/liver-guide-content.gresource.xml does not list %s", entry);
      handle = rsvg_handle_new_from_file (path, &error);
      if (handle == NULL)
        g_error ("data/illustrations/%s: %s", name, error->message);
      g_object_unref (handle);
      elements = parse_xml (path);
      if (strv_has (elements, "text") || strv_has (elements, "tspan") || strv_has (elements, "textPath"))
        g_error ("data/illustrations/%s: has a <text> element; put words in the topic's legend", name);
    }
  g_assert_cmpuint (n_files, >=, 8);

  /* And nothing is bundled that is not in the folder. */
  bundled = g_resources_enumerate_children (RESOURCE_BASE "/illustrations/", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (bundled), ==, n_files);
}

/* ------------------------------------------------------------------------------------------ */
/* Glossary                                                                                   */

static void
collect_terms (LgTopic    *topic,
               TextKind    kind,
               const char *where,
               const char *text,
               gpointer    user_data)
{
  static GRegex *link;
  g_autofree char *pango = lg_content_store_to_pango (store, text);
  g_autoptr(GMatchInfo) match = NULL;

  if (link == NULL)
    link = g_regex_new ("<a href=\"term:([a-z0-9-]+)\">", 0, 0, NULL);
  g_regex_match (link, pango, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    g_hash_table_add (user_data, g_match_info_fetch (match, 1));
}

static void
test_glossary_used (void)
{
  GListModel *glossary = lg_content_store_get_glossary (store);
  GListModel *topics = lg_content_store_get_topics (store);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (glossary), >=, 30);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      each_text (topic, collect_terms, used);
    }

  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(LgGlossaryTerm) term = g_list_model_get_item (glossary, i);
      const char *id = lg_glossary_term_get_id (term);
      g_autofree char *definition = g_strstrip (g_strdup (lg_glossary_term_get_definition (term)));

      if (!g_hash_table_contains (used, id))
        g_error ("glossary.json: the term \"%s\" is used by no topic; mark it in the text "
                 "as [[%s]] or remove it", id, id);
      if (*definition == '\0')
        g_error ("glossary.json: the term \"%s\" has no definition", id);
    }
  /* And every mark names a term (the store refuses content that does not). */
  g_assert_cmpuint (g_hash_table_size (used), ==, g_list_model_get_n_items (glossary));
}

/* A mark [[term-id]] shows the term's own name, "Ablation"; in mid-sentence that capital is
 * wrong, and the text must say [[ablation|ablation]]. Acronyms (CT scan, SBRT, Y-90) may stay. */
static void
check_term_case (LgTopic    *topic,
                 TextKind    kind,
                 const char *where,
                 const char *text,
                 gpointer    user_data)
{
  static GRegex *bare;
  g_autoptr(GMatchInfo) match = NULL;

  if (bare == NULL)
    bare = g_regex_new ("\\[\\[([a-z0-9-]+)\\]\\]", 0, 0, NULL);
  g_regex_match (bare, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *id = g_match_info_fetch (match, 1);
      const char *name = lg_glossary_term_get_term (lg_content_store_lookup_term (store, id));
      g_autofree char *before = NULL;
      int start;
      gboolean acronym = FALSE;

      g_match_info_fetch_pos (match, 0, &start, NULL);
      before = g_strchomp (g_strndup (text, start));
      for (const char *p = name + 1; *p && *p != ' '; p++)
        acronym |= g_ascii_isupper (*p) || g_ascii_isdigit (*p);
      if (g_ascii_isupper (name[0]) && !acronym && *before != '\0' &&
          strchr (".?!:", before[strlen (before) - 1]) == NULL)
        g_error ("%s.json: %s: [[%s]] shows \"%s\" with a capital in mid-sentence; write [[%s|%c%s]]",
                 lg_topic_get_id (topic), where, id, name, id, g_ascii_tolower (name[0]), name + 1);
    }
}

static void
check_topic_term_case (LgTopic *topic)
{
  each_text (topic, check_term_case, NULL);
}

static void
test_term_case (void)
{
  each_topic (check_topic_term_case);
}

/* ------------------------------------------------------------------------------------------ */
/* Reading grade, measured by GNU style (Debian package diction)                              */

typedef struct {
  GString *short_text;          /* In short and key points */
  GString *all_text;            /* the whole topic */
} GradeText;

/* One line per string, glossary marks as their words, ending like a sentence. */
static void
append_line (GString    *out,
             const char *text)
{
  g_autofree char *plain = lg_content_store_to_plain (store, text);
  char *line = g_strstrip (g_strdelimit (plain, "\r\n", ' '));
  gsize len = strlen (line);

  g_string_append (out, line);
  if (len > 0 && strchr (".?!:", line[len - 1]) == NULL)
    g_string_append_c (out, '.');
  g_string_append_c (out, '\n');
}

static void
collect_grade_text (LgTopic    *topic,
                    TextKind    kind,
                    const char *where,
                    const char *text,
                    gpointer    user_data)
{
  GradeText *g = user_data;

  switch (kind)
    {
    case TEXT_IN_SHORT:
    case TEXT_KEY_POINT:
      append_line (g->short_text, text);
      G_GNUC_FALLTHROUGH;
    case TEXT_SUBTITLE:
    case TEXT_HEADING:
    case TEXT_BODY:
    case TEXT_QUESTION:
    case TEXT_TEACH_BACK:
      append_line (g->all_text, text);
      break;
    case TEXT_TITLE:
    case TEXT_ILLUSTRATION:
    case TEXT_COMPARE:
    case TEXT_SOURCE:
    default:
      break;
    }
}

static double
kincaid (const char *style,
         const char *what,
         const char *text)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("Kincaid: *(-?[0-9]+\\.[0-9]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *out = NULL;
  g_autofree char *grade = NULL;

  /* A fixed locale, so the number has a decimal point. */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, style, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, text, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  if (!g_regex_match (regex, out, 0, &match))
    g_error ("%s: GNU style gave no Kincaid grade:\n%s", what, out);
  grade = g_match_info_fetch (match, 1);
  return g_ascii_strtod (grade, NULL);
}

static void
test_reading_grade (void)
{
  g_autofree char *style = g_find_program_in_path ("style");
  GListModel *topics = lg_content_store_get_topics (store);
  g_autoptr(GString) failures = g_string_new (NULL);

  if (style == NULL)
    g_error ("GNU style is not installed: install the Debian package diction (build-aux/dev test does)");

  g_test_message ("Flesch-Kincaid grade (GNU style): limit %.1f for In short + key points, "
                  "%.1f for the whole topic", MAX_GRADE_SHORT, MAX_GRADE_TOPIC);
  g_test_message ("| %-26s | %-22s | %-11s |", "topic", "In short + key points", "whole topic");
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(LgTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(GString) short_text = g_string_new (NULL);
      g_autoptr(GString) all_text = g_string_new (NULL);
      GradeText g = { short_text, all_text };
      const char *id = lg_topic_get_id (topic);
      double short_grade, all_grade;

      each_text (topic, collect_grade_text, &g);
      short_grade = kincaid (style, id, short_text->str);
      all_grade = kincaid (style, id, all_text->str);
      g_test_message ("| %-26s | %22.1f | %11.1f |", id, short_grade, all_grade);

      if (short_grade > MAX_GRADE_SHORT)
        g_string_append_printf (failures, "%s.json: In short and key points read at grade %.1f "
                                "(limit %.1f)\n", id, short_grade, MAX_GRADE_SHORT);
      if (all_grade > MAX_GRADE_TOPIC)
        g_string_append_printf (failures, "%s.json: the topic reads at grade %.1f (limit %.1f)\n",
                                id, all_grade, MAX_GRADE_TOPIC);
    }
  if (failures->len > 0)
    g_error ("%s", failures->str);
}

/* The measure itself can fail: a hard text is rated above the limits. */
static void
test_reading_grade_measures (void)
{
  g_autofree char *style = g_find_program_in_path ("style");
  const char *hard = "Hepatocellular metastatic infiltration necessitates multidisciplinary "
                     "consideration of locoregional therapeutic interventions, particularly "
                     "transarterial radioembolization administered contemporaneously with "
                     "systemic immunotherapeutic regimens.\n";
  const char *easy = "The liver is on the right side of your belly. It cleans your blood.\n";

  if (style == NULL)
    g_error ("GNU style is not installed: install the Debian package diction");
  g_assert_cmpfloat (kincaid (style, "hard", hard), >, MAX_GRADE_TOPIC);
  g_assert_cmpfloat (kincaid (style, "easy", easy), <, MAX_GRADE_SHORT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  store = lg_content_store_new ();
  if (!lg_content_store_load_resource (store, RESOURCE_BASE "/content", &error))
    g_error ("%s", error->message);

  g_test_add_func ("/lg/content/all-topics", test_all_topics);
  g_test_add_func ("/lg/content/required-parts", test_required_parts);
  g_test_add_func ("/lg/content/no-empty-text", test_no_empty_text);
  g_test_add_func ("/lg/content/compare-cells", test_compare_cells);
  g_test_add_func ("/lg/content/sources", test_sources);
  g_test_add_func ("/lg/content/cited", test_cited);
  g_test_add_func ("/lg/content/cited-measures", test_cited_measures);
  g_test_add_func ("/lg/content/fever-rule", test_fever_rule);
  g_test_add_func ("/lg/content/glossary-sourced", test_glossary_sourced);
  g_test_add_func ("/lg/content/reviewed", test_reviewed);
  g_test_add_func ("/lg/content/learning-note", test_learning_note);
  g_test_add_func ("/lg/content/illustrations", test_illustrations);
  g_test_add_func ("/lg/content/glossary-used", test_glossary_used);
  g_test_add_func ("/lg/content/term-case", test_term_case);
  g_test_add_func ("/lg/content/reading-grade-measures", test_reading_grade_measures);
  g_test_add_func ("/lg/content/reading-grade", test_reading_grade);

  status = g_test_run ();
  g_object_unref (store);
  return status;
}
