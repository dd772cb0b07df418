/* lg-sidebar-item.c — one row of the sidebar (as libadwaita's demo has AdwDemoSidebarItem): the
 * window keeps them in a GListStore, filters them with the search (GtkFilterListModel) and binds
 * the list box to that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lg-sidebar-item.h"

struct _LgSidebarItem
{
  GObject parent_instance;

  LgTopic *topic;               /* a topic row's topic, or NULL */
  char *view;                   /* a view row's view name, or NULL */
  char *title;                  /* as shown */
  char *folded_title;           /* a view row's title, case-folded for search */
};

G_DEFINE_FINAL_TYPE (LgSidebarItem, lg_sidebar_item, G_TYPE_OBJECT)

static void
lg_sidebar_item_finalize (GObject *object)
{
  LgSidebarItem *self = LG_SIDEBAR_ITEM (object);

  g_clear_object (&self->topic);
  g_free (self->view);
  g_free (self->title);
  g_free (self->folded_title);
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
  self->folded_title = g_utf8_casefold (title, -1);
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

/* Whether the search (case-folded, or NULL for none) shows this row: a topic by its search text,
 * a view by its title. */
gboolean
lg_sidebar_item_matches (LgSidebarItem *self,
                         const char    *folded_query)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), FALSE);

  if (self->topic != NULL)
    return lg_topic_matches (self->topic, folded_query);
  return folded_query == NULL || strstr (self->folded_title, folded_query) != NULL;
}
