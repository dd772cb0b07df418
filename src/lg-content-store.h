/* lg-content-store.h — the guide's content of one language: its topics and glossary terms, and
 * the lookups. The store's other parts have their own headers, included here so a consumer needs
 * only this one: reading a topic (lg-topic-parser.h) or the glossary (lg-glossary-parser.h), the labels
 * (lg-labels.h), content text → display text (lg-display-text.h), loading the bundled content
 * and clinic packs (lg-content-loader.h).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lg-content-error.h"
#include "lg-content-loader.h"
#include "lg-display-text.h"
#include "lg-glossary-parser.h"
#include "lg-glossary-term.h"
#include "lg-labels.h"
#include "lg-topic-parser.h"
#include "lg-topic.h"

G_BEGIN_DECLS

/* Whether a clinic pack's picture can be drawn; the renderer's lg_picture_check() is the
 * one the app uses. The core cannot draw, so a store with no check refuses every pack picture. */
typedef gboolean (*LgPictureCheck) (GBytes  *bytes,
                                    GError **error);

#define LG_TYPE_CONTENT_STORE (lg_content_store_get_type ())
G_DECLARE_FINAL_TYPE (LgContentStore, lg_content_store, LG, CONTENT_STORE, GObject)

LgContentStore *lg_content_store_new            (void);
void            lg_content_store_set_picture_check (LgContentStore *self,
                                                    LgPictureCheck  check);
const char     *lg_content_store_get_language   (LgContentStore  *self);

GListModel     *lg_content_store_get_topics     (LgContentStore  *self);
GListModel     *lg_content_store_get_glossary   (LgContentStore  *self);
LgTopic        *lg_content_store_lookup_topic   (LgContentStore  *self,
                                                 const char      *id);
LgGlossaryTerm *lg_content_store_lookup_term    (LgContentStore  *self,
                                                 const char      *id);

G_END_DECLS
