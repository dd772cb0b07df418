/* lg-text-scale-private.h — what only the tests see of the text scale: the CSS it loads
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-text-scale.h"

G_BEGIN_DECLS

const char  *lg_text_scale_get_css (LgTextScale *self);

G_END_DECLS
