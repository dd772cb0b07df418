/* lg-sidebar-item.c — one row of the sidebar (as libadwaita's demo has AdwDemoSidebarItem): the
 * window keeps them in a GListStore, binds the list box to it, and filters the rows with the
 * search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-sidebar-item.h"

struct _LgSidebarItem
{
  GObject parent_instance;

  LgTopic *topic;               /* a topic row's topic, or NULL */
  char *view;                   /* a view row's view name, or NULL */
  char *title;                  /* as shown */
  int document;                 /* a topic's in the store's LgSearch, or -1 */
  int english_document;         /* the same topic's in the English content's, or -1 */
};

G_DEFINE_FINAL_TYPE (LgSidebarItem, lg_sidebar_item, G_TYPE_OBJECT)

static void
lg_sidebar_item_finalize (GObject *object)
{
  LgSidebarItem *self = LG_SIDEBAR_ITEM (object);

  g_clear_object (&self->topic);
  g_free (self->view);
  g_free (self->title);
  G_OBJECT_CLASS (lg_sidebar_item_parent_class)->finalize (object);
}

static void
lg_sidebar_item_class_init (LgSidebarItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_sidebar_item_finalize;
}

static void
lg_sidebar_item_init (LgSidebarItem *self)
{
  self->document = self->english_document = -1;
}

LgSidebarItem *
lg_sidebar_item_new_topic (LgTopic    *topic,
                           const char *title)
{
  LgSidebarItem *self;

  g_return_val_if_fail (LG_IS_TOPIC (topic), NULL);

  self = g_object_new (LG_TYPE_SIDEBAR_ITEM, NULL);
  self->topic = g_object_ref (topic);
  self->title = g_strdup (title);
  return self;
}

LgSidebarItem *
lg_sidebar_item_new_view (const char *view,
                          const char *title)
{
  LgSidebarItem *self = g_object_new (LG_TYPE_SIDEBAR_ITEM, NULL);

  self->view = g_strdup (view);
  self->title = g_strdup (title);
  return self;
}

/* The topic a topic row opens, or NULL for a view row. */
LgTopic *
lg_sidebar_item_get_topic (LgSidebarItem *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), NULL);
  return self->topic;
}

/* The view a view row opens ("questions", "compare", "glossary"), or NULL for a topic row. */
const char *
lg_sidebar_item_get_view (LgSidebarItem *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), NULL);
  return self->view;
}

const char *
lg_sidebar_item_get_title (LgSidebarItem *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), NULL);
  return self->title;
}

/* The heading a row sits under; the views close the "Next steps" group. */
LgTopicGroup
lg_sidebar_item_get_group (LgSidebarItem *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), LG_TOPIC_GROUP_NEXT_STEPS);
  return self->topic ? lg_topic_get_group (self->topic) : LG_TOPIC_GROUP_NEXT_STEPS;
}

/* Where a topic row's topic is in the search indexes: of the content shown, and of the English
 * content (-1 when the content is English, or has no such topic). */
void
lg_sidebar_item_set_documents (LgSidebarItem *self,
                               int            document,
                               int            english_document)
{
  g_return_if_fail (LG_IS_SIDEBAR_ITEM (self));
  self->document = document;
  self->english_document = english_document;
}

int
lg_sidebar_item_get_document (LgSidebarItem *self,
                              gboolean       english)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), -1);
  return english ? self->english_document : self->document;
}

/* Whether the search shows this row (@match NULL: no search): a topic when it matches in the
 * content's language or in English; a view row always, so the views stay reachable. */
gboolean
lg_sidebar_item_matches (LgSidebarItem *self,
                         LgSearchMatch *match,
                         LgSearchMatch *english_match)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), FALSE);

  if (self->topic == NULL || match == NULL)
    return TRUE;
  return lg_search_match_has (match, self->document) ||
         (english_match != NULL && lg_search_match_has (english_match, self->english_document));
}
