/* lg-source.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "lg-source.h"

struct _LgSource
{
  GObject parent_instance;
  char *id;         /* what blocks cite it by, or NULL */
  char *publisher;
  char *title;
  char *url;
  char *language;   /* the page's language when it is for one content language only, or NULL */
};

G_DEFINE_FINAL_TYPE (LgSource, lg_source, G_TYPE_OBJECT)

static void
lg_source_finalize (GObject *object)
{
  LgSource *self = LG_SOURCE (object);

  g_free (self->id);
  g_free (self->publisher);
  g_free (self->language);
  g_free (self->title);
  g_free (self->url);
  G_OBJECT_CLASS (lg_source_parent_class)->finalize (object);
}

static void
lg_source_class_init (LgSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_source_finalize;
}

static void
lg_source_init (LgSource *self)
{
}

LgSource *
lg_source_new (const char *id,
               const char *publisher,
               const char *title,
               const char *url,
               const char *language)
{
  LgSource *self = g_object_new (LG_TYPE_SOURCE, NULL);

  self->id = g_strdup (id);
  self->publisher = g_strdup (publisher);
  self->title = g_strdup (title);
  self->url = g_strdup (url);
  self->language = g_strdup (language);
  return self;
}

const char *
lg_source_get_id (LgSource *self)
{
  g_return_val_if_fail (LG_IS_SOURCE (self), NULL);
  return self->id;
}

const char *
lg_source_get_publisher (LgSource *self)
{
  g_return_val_if_fail (LG_IS_SOURCE (self), NULL);
  return self->publisher;
}

const char *
lg_source_get_title (LgSource *self)
{
  g_return_val_if_fail (LG_IS_SOURCE (self), NULL);
  return self->title;
}

const char *
lg_source_get_url (LgSource *self)
{
  g_return_val_if_fail (LG_IS_SOURCE (self), NULL);
  return self->url;
}

const char *
lg_source_get_language (LgSource *self)
{
  g_return_val_if_fail (LG_IS_SOURCE (self), NULL);
  return self->language;
}

/* A page in one language (a Spanish version of an English page) is listed only when the content
 * is in that language; a source without a language is listed in every language. */
gboolean
lg_source_shown_in (LgSource   *self,
                    const char *content_language)
{
  g_return_val_if_fail (LG_IS_SOURCE (self), FALSE);
  return self->language == NULL || g_strcmp0 (self->language, content_language) == 0;
}
