/* lg-sidebar-item.h — one row of the sidebar: a topic, or a view (Questions, Compare, Glossary)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-search.h"

G_BEGIN_DECLS

#define LG_TYPE_SIDEBAR_ITEM (lg_sidebar_item_get_type ())
G_DECLARE_FINAL_TYPE (LgSidebarItem, lg_sidebar_item, LG, SIDEBAR_ITEM, GObject)

LgSidebarItem *lg_sidebar_item_new_topic (LgTopic       *topic,
                                          const char    *title);
LgSidebarItem *lg_sidebar_item_new_view  (const char    *view,
                                          const char    *title);
LgTopic       *lg_sidebar_item_get_topic (LgSidebarItem *self);
const char    *lg_sidebar_item_get_view  (LgSidebarItem *self);
const char    *lg_sidebar_item_get_title (LgSidebarItem *self);
LgTopicGroup   lg_sidebar_item_get_group (LgSidebarItem *self);
void           lg_sidebar_item_set_documents (LgSidebarItem *self,
                                              int            document,
                                              int            english_document);
int            lg_sidebar_item_get_document  (LgSidebarItem *self,
                                              gboolean       english);
gboolean       lg_sidebar_item_matches   (LgSidebarItem *self,
                                          LgSearchMatch *match,
                                          LgSearchMatch *english_match);

G_END_DECLS
