/* lg-glossary-view.h — every glossary term with its definition, filtered by a search entry
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-search.h"
#include "lg-session-view.h"

G_BEGIN_DECLS

#define LG_TYPE_GLOSSARY_VIEW (lg_glossary_view_get_type ())
G_DECLARE_FINAL_TYPE (LgGlossaryView, lg_glossary_view, LG, GLOSSARY_VIEW, LgSessionView)

void lg_glossary_view_search       (LgGlossaryView *self,
                                    const char     *text);
void lg_glossary_view_focus_search (LgGlossaryView *self);


G_END_DECLS
