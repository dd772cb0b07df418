/* lg-topic.h — one immutable topic of the guide
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  LG_TOPIC_GROUP_UNDERSTANDING,
  LG_TOPIC_GROUP_SURGERY,
  LG_TOPIC_GROUP_THERAPIES,
  LG_TOPIC_GROUP_NEXT_STEPS,
  LG_TOPIC_GROUP_CLINIC,
} LgTopicGroup;

/* The rows of the Compare treatments table, in display order. */
typedef enum {
  LG_COMPARE_HOW_GIVEN,
  LG_COMPARE_ANAESTHESIA,
  LG_COMPARE_HOSPITAL_STAY,
  LG_COMPARE_RECOVERY,
  LG_COMPARE_REPEATABLE,
  LG_COMPARE_WITH_SURGERY,
  LG_COMPARE_SIDE_EFFECTS,
  LG_N_COMPARE_ROWS
} LgCompareRow;

/* A code of a health record's code system the topic answers (see data/content/README.md). */
typedef struct {
  char *system;              /* "icd10cm", "snomedct" or "cpt" */
  char *code;                /* as the code system writes it, such as "C78.7" or "47120" */
  char *display;             /* the code system's own name for the code */
  GStrv sources;             /* ids of the topic's sources that give the code */
} LgTopicCode;

void                lg_topic_code_free                (LgTopicCode   *code);

/* Everything a topic holds. lg_topic_new() takes ownership of every pointer. */
typedef struct {
  char *id;
  LgTopicGroup group;
  int order;
  char *title;
  char *subtitle;
  char *in_short;
  char *illustration;        /* file name as written, or NULL */
  GBytes *illustration_bytes; /* the picture as read (and, from a pack, checked) once, or NULL */
  char *illustration_alt;
  char *illustration_caption;
  GStrv illustration_legend;
  GListModel *sections;      /* of LgSection */
  GStrv key_points;
  GStrv questions;
  GStrv teach_back;
  char *compare_name;        /* NULL when the topic is not in the Compare table */
  char *compare[LG_N_COMPARE_ROWS];
  GListModel *sources;       /* of LgSource */
  GStrv in_short_sources;    /* ids of the sources behind "In short", or NULL */
  GStrv key_points_sources;  /* ids of the sources behind the key points, or NULL */
  GStrv compare_sources;     /* ids of the sources behind the Compare column, or NULL */
  int reviewed_year;
  int reviewed_month;
  gboolean from_clinic;      /* read from a clinic pack (new, or replacing the guide's) */
  gboolean replaces_guide;   /* from a clinic pack, in the place of the guide's topic of its id */
  char *language;            /* a pack topic's "language": the one content language it is for */
  GStrv aliases;             /* other names and spellings a search finds it by, or NULL */
  GPtrArray *codes;          /* of LgTopicCode, or NULL */
  GStrv related;             /* ids of the topics it links to under "Related topics", or NULL */
} LgTopicFields;

#define LG_TYPE_TOPIC (lg_topic_get_type ())
G_DECLARE_FINAL_TYPE (LgTopic, lg_topic, LG, TOPIC, GObject)

LgTopic            *lg_topic_new                      (LgTopicFields *fields);
const char         *lg_topic_get_id                   (LgTopic       *self);
LgTopicGroup        lg_topic_get_group                (LgTopic       *self);
int                 lg_topic_get_order                (LgTopic       *self);
const char         *lg_topic_get_title                (LgTopic       *self);
const char         *lg_topic_get_subtitle             (LgTopic       *self);
const char         *lg_topic_get_in_short             (LgTopic       *self);
const char         *lg_topic_get_illustration         (LgTopic       *self);
GBytes             *lg_topic_get_illustration_bytes   (LgTopic       *self);
const char         *lg_topic_get_illustration_alt     (LgTopic       *self);
const char         *lg_topic_get_illustration_caption (LgTopic       *self);
const char * const *lg_topic_get_illustration_legend  (LgTopic       *self);
GListModel         *lg_topic_get_sections             (LgTopic       *self);
const char * const *lg_topic_get_key_points           (LgTopic       *self);
const char * const *lg_topic_get_questions            (LgTopic       *self);
const char * const *lg_topic_get_teach_back           (LgTopic       *self);
const char         *lg_topic_get_compare_name         (LgTopic       *self);
const char         *lg_topic_get_compare              (LgTopic       *self,
                                                       LgCompareRow   row);
GListModel         *lg_topic_get_sources              (LgTopic       *self);
const char * const *lg_topic_get_in_short_sources     (LgTopic       *self);
const char * const *lg_topic_get_key_points_sources   (LgTopic       *self);
const char * const *lg_topic_get_compare_sources      (LgTopic       *self);
void                lg_topic_get_reviewed             (LgTopic       *self,
                                                       int           *year,
                                                       int           *month);
char               *lg_topic_dup_reviewed_label       (LgTopic       *self);
gboolean            lg_topic_get_from_clinic          (LgTopic       *self);
gboolean            lg_topic_get_replaces_guide       (LgTopic       *self);
const char         *lg_topic_get_language             (LgTopic       *self);
const char * const *lg_topic_get_aliases              (LgTopic       *self);
GPtrArray          *lg_topic_get_codes                (LgTopic       *self);
const char * const *lg_topic_get_related              (LgTopic       *self);

GPtrArray          *lg_topic_list_sources             (LgTopic       *self,
                                                       const char    *language);
GArray             *lg_topic_number_sources           (LgTopic       *self,
                                                       const char    *language,
                                                       const char * const *ids);
char               *lg_topic_dup_source_numbers       (LgTopic       *self,
                                                       const char    *language,
                                                       const char * const *ids);
GStrv               lg_topic_dup_section_sources      (LgTopic       *self,
                                                       guint          section);

gboolean            lg_topic_group_from_string        (const char    *name,
                                                       LgTopicGroup  *group);
const char         *lg_compare_row_get_key            (LgCompareRow   row);

G_END_DECLS
