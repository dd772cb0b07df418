/* lg-topic.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

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

static void
lg_topic_finalize (GObject *object)
{
  LgTopicFields *f = &LG_TOPIC (object)->f;

  g_free (f->id);
  g_free (f->title);
  g_free (f->subtitle);
  g_free (f->in_short);
  g_free (f->illustration);
  g_clear_object (&f->illustration_file);
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
  g_free (f->search_text);
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
GETTER (GFile *, illustration_file, illustration_file)
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
GETTER (const char *, search_text, search_text)

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

/* @folded_query: already passed through g_utf8_casefold(); empty matches all. */
gboolean
lg_topic_matches (LgTopic    *self,
                  const char *folded_query)
{
  g_return_val_if_fail (LG_IS_TOPIC (self), FALSE);
  return folded_query == NULL || strstr (self->f.search_text, folded_query) != NULL;
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
