/* lg-source.h — one immutable source a topic cites
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LG_TYPE_SOURCE (lg_source_get_type ())
G_DECLARE_FINAL_TYPE (LgSource, lg_source, LG, SOURCE, GObject)

LgSource   *lg_source_new           (const char *id,
                                     const char *publisher,
                                     const char *title,
                                     const char *url,
                                     const char *language);
const char *lg_source_get_id        (LgSource   *self);
const char *lg_source_get_publisher (LgSource   *self);
const char *lg_source_get_title     (LgSource   *self);
const char *lg_source_get_url       (LgSource   *self);
const char *lg_source_get_language  (LgSource   *self);
gboolean    lg_source_shown_in      (LgSource   *self,
                                     const char *content_language);

G_END_DECLS
