/* lg-glossary-term.h — one immutable glossary entry
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LG_TYPE_GLOSSARY_TERM (lg_glossary_term_get_type ())
G_DECLARE_FINAL_TYPE (LgGlossaryTerm, lg_glossary_term, LG, GLOSSARY_TERM, GObject)

LgGlossaryTerm *lg_glossary_term_new            (const char     *id,
                                                 const char     *term,
                                                 const char     *definition,
                                                 const char * const *aliases,
                                                 GListModel     *sources,
                                                 int             reviewed_year,
                                                 int             reviewed_month);
const char     *lg_glossary_term_get_id         (LgGlossaryTerm *self);
const char     *lg_glossary_term_get_term       (LgGlossaryTerm *self);
const char     *lg_glossary_term_get_definition (LgGlossaryTerm *self);
const char * const *lg_glossary_term_get_aliases (LgGlossaryTerm *self);
GListModel     *lg_glossary_term_get_sources    (LgGlossaryTerm *self);
void            lg_glossary_term_get_reviewed   (LgGlossaryTerm *self,
                                                 int            *year,
                                                 int            *month);

G_END_DECLS
