/* lg-about.h — the About window
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-content-store.h"

G_BEGIN_DECLS

void lg_about_present (GtkWindow      *parent,
                       LgContentStore *store);

G_END_DECLS
