/* lg-compare-view.h — the Compare treatments table
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-session-view.h"

G_BEGIN_DECLS

#define LG_TYPE_COMPARE_VIEW (lg_compare_view_get_type ())
G_DECLARE_FINAL_TYPE (LgCompareView, lg_compare_view, LG, COMPARE_VIEW, LgSessionView)

void  lg_compare_view_reset      (LgCompareView *self);
GStrv lg_compare_view_dup_chosen (LgCompareView *self);

G_END_DECLS
