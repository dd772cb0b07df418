/* lg-display-text.h — content text → display text: the one step every view, the handout and the
 * PDF metadata take (glossary marks resolved, labels filled in)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lg-topic.h"

G_BEGIN_DECLS

typedef struct _LgContentStore LgContentStore;

char           *lg_content_store_to_plain       (LgContentStore  *self,
                                                 const char      *text);
char           *lg_content_store_to_pango       (LgContentStore  *self,
                                                 const char      *text);
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
