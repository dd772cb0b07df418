/* lg-compare-view-private.h — what only the tests see of the Compare view
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-compare-view.h"

G_BEGIN_DECLS

guint    lg_compare_view_get_n_columns  (LgCompareView  *self);

G_END_DECLS
