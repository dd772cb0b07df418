/* lg-markup.h — glossary marks in content text: [[term-id]] and [[term-id|shown words]]
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns the glossary term's display name for @id, or NULL when there is no such term. */
typedef const char *(*LgTermLookup) (const char *id,
                                     gpointer    user_data);

gboolean  lg_markup_check    (const char   *text,
                              LgTermLookup  lookup,
                              gpointer      user_data,
                              char        **message);
char     *lg_markup_to_plain (const char   *text,
                              LgTermLookup  lookup,
                              gpointer      user_data);
char     *lg_markup_to_pango (const char   *text,
                              LgTermLookup  lookup,
                              gpointer      user_data);

G_END_DECLS
