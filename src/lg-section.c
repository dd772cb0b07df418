/* lg-section.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "lg-section.h"

struct _LgSection
{
  GObject parent_instance;
  char *id;
  char *heading;
  GListModel *blocks;
};

G_DEFINE_FINAL_TYPE (LgSection, lg_section, G_TYPE_OBJECT)

static void
lg_section_finalize (GObject *object)
{
  LgSection *self = LG_SECTION (object);

  g_free (self->id);
  g_free (self->heading);
  g_clear_object (&self->blocks);
  G_OBJECT_CLASS (lg_section_parent_class)->finalize (object);
}

static void
lg_section_class_init (LgSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_section_finalize;
}

static void
lg_section_init (LgSection *self)
{
}

/* @id may be NULL; takes a reference on @blocks (a model of LgBlock). */
LgSection *
lg_section_new (const char *id,
                const char *heading,
                GListModel *blocks)
{
  LgSection *self = g_object_new (LG_TYPE_SECTION, NULL);

  self->id = g_strdup (id);
  self->heading = g_strdup (heading);
  self->blocks = g_object_ref (blocks);
  return self;
}

const char *
lg_section_get_id (LgSection *self)
{
  g_return_val_if_fail (LG_IS_SECTION (self), NULL);
  return self->id;
}

const char *
lg_section_get_heading (LgSection *self)
{
  g_return_val_if_fail (LG_IS_SECTION (self), NULL);
  return self->heading;
}

GListModel *
lg_section_get_blocks (LgSection *self)
{
  g_return_val_if_fail (LG_IS_SECTION (self), NULL);
  return self->blocks;
}
