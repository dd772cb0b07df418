/* lg-summary-view.h — the handout's pages as they will print, with the choices that shape them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-handout.h"
#include "lg-session-view.h"

G_BEGIN_DECLS

#define LG_TYPE_SUMMARY_VIEW (lg_summary_view_get_type ())
G_DECLARE_FINAL_TYPE (LgSummaryView, lg_summary_view, LG, SUMMARY_VIEW, LgSessionView)

void               lg_summary_view_show_topics         (LgSummaryView            *self,
                                                        const char * const       *ids);
void               lg_summary_view_reset               (LgSummaryView            *self);
int                lg_summary_view_get_n_pages         (LgSummaryView            *self);

G_END_DECLS
