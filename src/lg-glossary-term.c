/* lg-glossary-term.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "lg-glossary-term.h"

struct _LgGlossaryTerm
{
  GObject parent_instance;
  char *id;
  char *term;
  char *definition;
  GStrv aliases;        /* other names a search finds it by, or NULL */
  GListModel *sources;  /* of LgSource: what the definition comes from (empty when none listed) */
  int reviewed_year;    /* 0 when not given */
  int reviewed_month;
};

G_DEFINE_FINAL_TYPE (LgGlossaryTerm, lg_glossary_term, G_TYPE_OBJECT)

static void
lg_glossary_term_finalize (GObject *object)
{
  LgGlossaryTerm *self = LG_GLOSSARY_TERM (object);

  g_free (self->id);
  g_free (self->term);
  g_free (self->definition);
  g_strfreev (self->aliases);
  g_clear_object (&self->sources);
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
                      const char *definition,
                      const char * const *aliases,
                      GListModel *sources,
                      int         reviewed_year,
                      int         reviewed_month)
{
  LgGlossaryTerm *self = g_object_new (LG_TYPE_GLOSSARY_TERM, NULL);

  self->id = g_strdup (id);
  self->term = g_strdup (term);
  self->definition = g_strdup (definition);
  self->aliases = g_strdupv ((char **) aliases);
  self->sources = sources ? g_object_ref (sources) : G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
  self->reviewed_year = reviewed_year;
  self->reviewed_month = reviewed_month;
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

/* Returns: (transfer none): the sources of the definition, of LgSource. */
GListModel *
lg_glossary_term_get_sources (LgGlossaryTerm *self)
{
  g_return_val_if_fail (LG_IS_GLOSSARY_TERM (self), NULL);
  return self->sources;
}

/* The month the definition was last checked against its sources; 0 and 0 when not given. */
void
lg_glossary_term_get_reviewed (LgGlossaryTerm *self,
                               int            *year,
                               int            *month)
{
  g_return_if_fail (LG_IS_GLOSSARY_TERM (self));
  *year = self->reviewed_year;
  *month = self->reviewed_month;
}

const char * const *
lg_glossary_term_get_aliases (LgGlossaryTerm *self)
{
  g_return_val_if_fail (LG_IS_GLOSSARY_TERM (self), NULL);
  return (const char * const *) self->aliases;
}
