/* lg-topic-parser.h — a topic file, checked and read into the store
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lg-topic.h"

G_BEGIN_DECLS

typedef struct _LgContentStore LgContentStore;

LgTopic        *lg_content_store_parse_topic    (LgContentStore  *self,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error);
gboolean        lg_content_store_add_topic      (LgContentStore  *self,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error);

G_END_DECLS
