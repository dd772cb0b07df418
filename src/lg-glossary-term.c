/* lg-glossary-term.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "lg-glossary-term.h"

struct _LgGlossaryTerm
{
  GObject parent_instance;
  char *id;
  char *term;
  char *definition;
};

G_DEFINE_FINAL_TYPE (LgGlossaryTerm, lg_glossary_term, G_TYPE_OBJECT)

static void
lg_glossary_term_finalize (GObject *object)
{
  LgGlossaryTerm *self = LG_GLOSSARY_TERM (object);

  g_free (self->id);
  g_free (self->term);
  g_free (self->definition);
  G_OBJECT_CLASS (lg_glossary_term_parent_class)->finalize (object);
}

static void
lg_glossary_term_class_init (LgGlossaryTermClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_glossary_term_finalize;
}

static void
lg_glossary_term_init (LgGlossaryTerm *self)
{
}

LgGlossaryTerm *
lg_glossary_term_new (const char *id,
                      const char *term,
                      const char *definition)
{
  LgGlossaryTerm *self = g_object_new (LG_TYPE_GLOSSARY_TERM, NULL);

  self->id = g_strdup (id);
  self->term = g_strdup (term);
  self->definition = g_strdup (definition);
  return self;
}

const char *
lg_glossary_term_get_id (LgGlossaryTerm *self)
{
  g_return_val_if_fail (LG_IS_GLOSSARY_TERM (self), NULL);
  return self->id;
}

const char *
lg_glossary_term_get_term (LgGlossaryTerm *self)
{
  g_return_val_if_fail (LG_IS_GLOSSARY_TERM (self), NULL);
  return self->term;
}

const char *
lg_glossary_term_get_definition (LgGlossaryTerm *self)
{
  g_return_val_if_fail (LG_IS_GLOSSARY_TERM (self), NULL);
  return self->definition;
}
