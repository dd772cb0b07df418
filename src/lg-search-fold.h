/* lg-search-fold.h — text folded for search (case, accents, Unicode forms), and words one edit
 * apart
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *lg_search_fold        (const char *text,
                                 gssize      length);
gboolean  lg_search_near        (const char *query_word,
                                 const char *word);
void      _lg_search_fold_into  (const char *text,
                                 gsize       length,
                                 GString    *out,
                                 GArray     *spans);

G_END_DECLS
