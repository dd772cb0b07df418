/* lg-glossary-parser.h — the glossary file, checked and read into the store
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _LgContentStore LgContentStore;

gboolean        lg_content_store_add_glossary   (LgContentStore  *self,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error);

G_END_DECLS
