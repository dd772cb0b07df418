/* lg-labels.h — the fixed words of a topic page and handout in the content's language
 * (labels.json), read and looked up
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _LgContentStore LgContentStore;

gboolean        lg_content_store_add_labels     (LgContentStore  *self,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error);
const char     *lg_content_store_get_label      (LgContentStore  *self,
                                                 const char      *key);

G_END_DECLS
