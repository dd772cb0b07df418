/* lg-content-store-private.h — what the store's parts share inside the core (lg-content-store.c
 * owns the model; lg-topic-parser.c, lg-labels.c, lg-display-text.c and lg-content-loader.c
 * fill it and read it through these); nothing outside the core includes it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-content-store.h"

G_BEGIN_DECLS

/* lg-content-store.c */
const char     *_lg_content_store_term_name          (const char     *id,
                                                      gpointer        store);
LgPictureCheck  _lg_content_store_get_picture_check  (LgContentStore *self);
const char     *_lg_content_store_get_topic_file     (LgContentStore *self,
                                                      const char     *id);
void            _lg_content_store_insert_topic       (LgContentStore *self,
                                                      LgTopic        *topic,
                                                      const char     *file_name);
void            _lg_content_store_put_topic          (LgContentStore *self,
                                                      LgTopic        *topic,
                                                      const char     *file_name);
void            _lg_content_store_add_term           (LgContentStore *self,
                                                      LgGlossaryTerm *term);
void            _lg_content_store_set_labels         (LgContentStore *self,
                                                      GHashTable     *labels);
const char     *_lg_content_store_lookup_label       (LgContentStore *self,
                                                      const char     *key);
void            _lg_content_store_set_language       (LgContentStore *self,
                                                      const char     *language);

/* lg-topic-parser.c */
LgTopic        *_lg_content_store_parse_topic_full   (LgContentStore  *self,
                                                      GBytes          *bytes,
                                                      const char      *file_name,
                                                      GFile           *pack,
                                                      GPtrArray       *faults,
                                                      GError         **error);
/* lg-glossary-parser.c */
gboolean        _lg_content_store_add_glossary_full  (LgContentStore  *self,
                                                      GBytes          *bytes,
                                                      const char      *file_name,
                                                      GPtrArray       *faults,
                                                      GError         **error);

G_END_DECLS
