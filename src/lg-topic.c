/* lg-topic.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-block.h"
#include "lg-section.h"
#include "lg-source.h"
#include "lg-topic.h"

struct _LgTopic
{
  GObject parent_instance;
  LgTopicFields f;
};

G_DEFINE_FINAL_TYPE (LgTopic, lg_topic, G_TYPE_OBJECT)

/* The group and compare row names the JSON uses. Their titles are content labels
 * (data/content/labels.json), so they follow the content language: see
 * lg_content_store_get_group_title() and lg_content_store_get_compare_row_title(). */
static const char * const groups[] = {
  [LG_TOPIC_GROUP_UNDERSTANDING] = "understanding",
  [LG_TOPIC_GROUP_SURGERY] = "surgery",
  [LG_TOPIC_GROUP_THERAPIES] = "therapies",
  [LG_TOPIC_GROUP_NEXT_STEPS] = "next-steps",
  [LG_TOPIC_GROUP_CLINIC] = "clinic",
};

static const char * const compare_rows[] = {
  [LG_COMPARE_HOW_GIVEN] = "how_given",
  [LG_COMPARE_ANAESTHESIA] = "anaesthesia",
  [LG_COMPARE_HOSPITAL_STAY] = "hospital_stay",
  [LG_COMPARE_RECOVERY] = "recovery",
  [LG_COMPARE_REPEATABLE] = "repeatable",
  [LG_COMPARE_WITH_SURGERY] = "with_surgery",
  [LG_COMPARE_SIDE_EFFECTS] = "side_effects",
};

G_STATIC_ASSERT (G_N_ELEMENTS (compare_rows) == LG_N_COMPARE_ROWS);

void
lg_topic_code_free (LgTopicCode *code)
{
  if (code == NULL)
    return;
  g_free (code->system);
  g_free (code->code);
  g_free (code->display);
  g_strfreev (code->sources);
  g_free (code);
}

static void
lg_topic_finalize (GObject *object)
{
  LgTopicFields *f = &LG_TOPIC (object)->f;

  g_free (f->id);
  g_free (f->title);
  g_free (f->subtitle);
  g_free (f->in_short);
  g_free (f->illustration);
  g_clear_pointer (&f->illustration_bytes, g_bytes_unref);
  g_free (f->illustration_alt);
  g_free (f->illustration_caption);
  g_strfreev (f->illustration_legend);
  g_clear_object (&f->sections);
  g_strfreev (f->key_points);
  g_strfreev (f->questions);
  g_strfreev (f->teach_back);
  g_free (f->compare_name);
  for (guint i = 0; i < LG_N_COMPARE_ROWS; i++)
    g_free (f->compare[i]);
  g_clear_object (&f->sources);
  g_strfreev (f->in_short_sources);
  g_strfreev (f->key_points_sources);
  g_strfreev (f->compare_sources);
  g_strfreev (f->aliases);
  g_clear_pointer (&f->codes, g_ptr_array_unref);
  g_free (f->language);
  g_strfreev (f->related);
  G_OBJECT_CLASS (lg_topic_parent_class)->finalize (object);
}

static void
lg_topic_class_init (LgTopicClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_topic_finalize;
}

static void
lg_topic_init (LgTopic *self)
{
}

/* Moves every field out of @fields, which is zeroed. */
LgTopic *
lg_topic_new (LgTopicFields *fields)
{
  LgTopic *self = g_object_new (LG_TYPE_TOPIC, NULL);

  self->f = *fields;
  memset (fields, 0, sizeof *fields);
  return self;
}

#define GETTER(type, name, field) \
  type lg_topic_get_##name (LgTopic *self) \
  { \
    g_return_val_if_fail (LG_IS_TOPIC (self), 0); \
    return (type) self->f.field; \
  }

GETTER (const char *, id, id)
GETTER (LgTopicGroup, group, group)
GETTER (int, order, order)
GETTER (const char *, title, title)
GETTER (const char *, subtitle, subtitle)
GETTER (const char *, in_short, in_short)
GETTER (const char *, illustration, illustration)
GETTER (GBytes *, illustration_bytes, illustration_bytes)
GETTER (const char *, illustration_alt, illustration_alt)
GETTER (const char *, illustration_caption, illustration_caption)
GETTER (const char * const *, illustration_legend, illustration_legend)
GETTER (GListModel *, sections, sections)
GETTER (const char * const *, key_points, key_points)
GETTER (const char * const *, questions, questions)
GETTER (const char * const *, teach_back, teach_back)
GETTER (const char *, compare_name, compare_name)
GETTER (GListModel *, sources, sources)
GETTER (const char * const *, in_short_sources, in_short_sources)
GETTER (const char * const *, key_points_sources, key_points_sources)
GETTER (const char * const *, compare_sources, compare_sources)
GETTER (gboolean, from_clinic, from_clinic)
GETTER (gboolean, replaces_guide, replaces_guide)
GETTER (const char *, language, language)
GETTER (const char * const *, aliases, aliases)
GETTER (GPtrArray *, codes, codes)
GETTER (const char * const *, related, related)

#undef GETTER

const char *
lg_topic_get_compare (LgTopic      *self,
                      LgCompareRow  row)
{
  g_return_val_if_fail (LG_IS_TOPIC (self), NULL);
  g_return_val_if_fail (row < LG_N_COMPARE_ROWS, NULL);
  return self->f.compare[row];
}

void
lg_topic_get_reviewed (LgTopic *self,
                       int     *year,
                       int     *month)
{
  g_return_if_fail (LG_IS_TOPIC (self));
  *year = self->f.reviewed_year;
  *month = self->f.reviewed_month;
}

/* "November 2026", in the UI language. */
char *
lg_topic_dup_reviewed_label (LgTopic *self)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (LG_IS_TOPIC (self), NULL);
  dt = g_date_time_new_utc (self->f.reviewed_year, self->f.reviewed_month, 1, 0, 0, 0);
  return dt ? g_date_time_format (dt, "%OB %Y") : g_strdup ("");
}

gboolean
lg_topic_group_from_string (const char   *name,
                            LgTopicGroup *group)
{
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      if (g_strcmp0 (name, groups[i]) == 0)
        {
          *group = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
lg_compare_row_get_key (LgCompareRow row)
{
  g_return_val_if_fail (row < LG_N_COMPARE_ROWS, NULL);
  return compare_rows[row];
}

/* Whether @id is a source of one of the topic's health-record codes: a code list is for the
 * integrator, so such a source is not among the ones a patient reads (the content test checks no
 * text cites it). */
static gboolean
gives_a_code (LgTopic    *self,
              const char *id)
{
  for (guint i = 0; id != NULL && self->f.codes != NULL && i < self->f.codes->len; i++)
    {
      LgTopicCode *code = g_ptr_array_index (self->f.codes, i);

      if (g_strv_contains ((const char * const *) code->sources, id))
        return TRUE;
    }
  return FALSE;
}

/* The sources listed with content in @language, in order: a page meant for another language, and
 * a source only of the topic's codes, are left out. Their place in this list (from 1) is the
 * number the topic page and handout give them.
 * Returns: (transfer container): an array of LgSource. */
GPtrArray *
lg_topic_list_sources (LgTopic    *self,
                       const char *language)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LG_IS_TOPIC (self), shown);
  for (guint i = 0; i < g_list_model_get_n_items (self->f.sources); i++)
    {
      LgSource *source = g_list_model_get_item (self->f.sources, i);

      if (lg_source_shown_in (source, language) && !gives_a_code (self, lg_source_get_id (source)))
        g_ptr_array_add (shown, source);
      else
        g_object_unref (source);
    }
  return shown;
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The numbers (see lg_topic_list_sources()) of the sources @ids names, each once, in order; a
 * source not listed in @language has none. */
GArray *
lg_topic_number_sources (LgTopic            *self,
                         const char         *language,
                         const char * const *ids)
{
  g_autoptr(GPtrArray) shown = lg_topic_list_sources (self, language);
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < shown->len; i++)
    {
      const char *id = lg_source_get_id (g_ptr_array_index (shown, i));

      if (id != NULL && ids != NULL && g_strv_contains (ids, id))
        {
          guint number = i + 1;
          g_array_append_val (numbers, number);
        }
    }
  g_array_sort (numbers, compare_uints);
  return numbers;
}

/* "1, 3" for the sources @ids names, or NULL when none of them is listed in @language. */
char *
lg_topic_dup_source_numbers (LgTopic            *self,
                             const char         *language,
                             const char * const *ids)
{
  g_autoptr(GArray) numbers = lg_topic_number_sources (self, language, ids);
  GString *text;

  if (numbers->len == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < numbers->len; i++)
    g_string_append_printf (text, "%s%u", i ? ", " : "", g_array_index (numbers, guint, i));
  return g_string_free (text, FALSE);
}

/* The ids cited by the blocks of section @section, each once, in the order first cited. */
GStrv
lg_topic_dup_section_sources (LgTopic *self,
                              guint    section)
{
  g_autoptr(LgSection) s = g_list_model_get_item (self->f.sections, section);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *blocks;

  g_return_val_if_fail (s != NULL, NULL);
  blocks = lg_section_get_blocks (s);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(LgBlock) block = g_list_model_get_item (blocks, i);
      const char * const *ids = lg_block_get_sources (block);

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        if (g_hash_table_add (seen, (gpointer) ids[j]))
          g_strv_builder_add (builder, ids[j]);
    }
  return g_strv_builder_end (builder);
}
