/* lg-content-store.h — parses and validates the guide's JSON into topics and glossary terms
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lg-glossary-term.h"
#include "lg-topic.h"

G_BEGIN_DECLS

#define LG_CONTENT_ERROR (lg_content_error_quark ())

typedef enum {
  LG_CONTENT_ERROR_EMPTY,
  LG_CONTENT_ERROR_TOO_LARGE,
  LG_CONTENT_ERROR_INVALID_UTF8,
  LG_CONTENT_ERROR_SYNTAX,
  LG_CONTENT_ERROR_SCHEMA_VERSION,
  LG_CONTENT_ERROR_MISSING,
  LG_CONTENT_ERROR_WRONG_TYPE,
  LG_CONTENT_ERROR_INVALID_VALUE,
  LG_CONTENT_ERROR_UNKNOWN_MEMBER,
  LG_CONTENT_ERROR_UNKNOWN_BLOCK_TYPE,
  LG_CONTENT_ERROR_DUPLICATE_ID,
  LG_CONTENT_ERROR_UNKNOWN_TERM,
  LG_CONTENT_ERROR_OUTSIDE_PACK,
  LG_CONTENT_ERROR_UNREADABLE,
  LG_CONTENT_ERROR_BAD_IMAGE,
  LG_CONTENT_ERROR_TOO_MANY_TOPICS,
  LG_CONTENT_ERROR_UNKNOWN_SOURCE,
} LgContentError;

/* One file of a clinic pack that was left out (or one part of it, for glossary terms). */
typedef struct {
  char *folder;     /* the pack folder, as people read it */
  char *file;       /* the file's name inside it */
  char *message;    /* "file: $.json.path: message", one line */
} LgContentProblem;

#define LG_CONTENT_SCHEMA_VERSION 1
#define LG_CONTENT_MAX_FILE_SIZE (1024 * 1024)

void            lg_content_problem_free         (LgContentProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgContentProblem, lg_content_problem_free)

#define LG_TYPE_CONTENT_STORE (lg_content_store_get_type ())
G_DECLARE_FINAL_TYPE (LgContentStore, lg_content_store, LG, CONTENT_STORE, GObject)

GQuark          lg_content_error_quark          (void);

LgContentStore *lg_content_store_new            (void);
gboolean        lg_content_store_load_resource  (LgContentStore  *self,
                                                 const char      *resource_dir,
                                                 GError         **error);
gboolean        lg_content_store_add_glossary   (LgContentStore  *self,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error);
gboolean        lg_content_store_add_labels     (LgContentStore  *self,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error);
LgTopic        *lg_content_store_parse_topic    (LgContentStore  *self,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error);
gboolean        lg_content_store_add_topic      (LgContentStore  *self,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error);
guint           lg_content_store_load_pack      (LgContentStore  *self,
                                                 GFile           *folder,
                                                 GPtrArray       *problems);

GListModel     *lg_content_store_get_topics     (LgContentStore  *self);
GListModel     *lg_content_store_get_glossary   (LgContentStore  *self);
LgTopic        *lg_content_store_lookup_topic   (LgContentStore  *self,
                                                 const char      *id);
LgGlossaryTerm *lg_content_store_lookup_term    (LgContentStore  *self,
                                                 const char      *id);
char           *lg_content_store_to_plain       (LgContentStore  *self,
                                                 const char      *text);
char           *lg_content_store_to_pango       (LgContentStore  *self,
                                                 const char      *text);
const char     *lg_content_store_get_label      (LgContentStore  *self,
                                                 const char      *key);
const char     *lg_content_store_get_group_title (LgContentStore *self,
                                                  LgTopicGroup    group);
const char     *lg_content_store_get_compare_row_title (LgContentStore *self,
                                                        LgCompareRow    row);
char           *lg_content_store_dup_reviewed   (LgContentStore  *self,
                                                 LgTopic         *topic);
char           *lg_content_store_dup_page_number (LgContentStore *self,
                                                  int             page,
                                                  int             pages);

G_END_DECLS
