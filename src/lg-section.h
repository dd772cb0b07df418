/* lg-section.h — one immutable headed section of a topic
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LG_TYPE_SECTION (lg_section_get_type ())
G_DECLARE_FINAL_TYPE (LgSection, lg_section, LG, SECTION, GObject)

LgSection  *lg_section_new         (const char *id,
                                    const char *heading,
                                    GListModel *blocks);
const char *lg_section_get_id      (LgSection  *self);
const char *lg_section_get_heading (LgSection  *self);
GListModel *lg_section_get_blocks  (LgSection  *self);

G_END_DECLS
