/* lg-content-store.h — parses and validates the guide's JSON into topics and glossary terms
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lg-content-error.h"
#include "lg-glossary-term.h"
#include "lg-topic.h"

G_BEGIN_DECLS

/* One file of a clinic pack that was left out (or one part of it, for glossary terms). */
typedef struct {
  char *folder;     /* the pack folder, as people read it */
  char *file;       /* the file's name inside it */
  char *message;    /* "file: $.json.path: message", one line */
} LgContentProblem;

#define LG_CONTENT_SCHEMA_VERSION 1

void            lg_content_problem_free         (LgContentProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgContentProblem, lg_content_problem_free)

/* Whether a clinic pack's picture can be drawn; the renderer's lg_picture_check() is the
 * one the app uses. The core cannot draw, so a store with no check refuses every pack picture. */
typedef gboolean (*LgPictureCheck) (GBytes  *bytes,
                                    GError **error);

#define LG_TYPE_CONTENT_STORE (lg_content_store_get_type ())
G_DECLARE_FINAL_TYPE (LgContentStore, lg_content_store, LG, CONTENT_STORE, GObject)

LgContentStore *lg_content_store_new            (void);
void            lg_content_store_set_picture_check (LgContentStore *self,
                                                    LgPictureCheck  check);
const char     *lg_content_store_get_language   (LgContentStore  *self);
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
void            lg_content_store_load_packs     (LgContentStore  *self,
                                                 const char      *extra_folder,
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
