/* lg-block.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "lg-block.h"

struct _LgBlock
{
  GObject parent_instance;
  LgBlockType type;
  char *text;     /* paragraph, note */
  GStrv items;    /* bullets, steps */
  GStrv sources;  /* ids of the topic's sources that back this block, or NULL */
  gboolean in_summary;  /* FALSE: detail the Summary handout leaves out ("summary": false) */
};

G_DEFINE_FINAL_TYPE (LgBlock, lg_block, G_TYPE_OBJECT)

static const char * const type_names[] = {
  [LG_BLOCK_PARAGRAPH] = "paragraph",
  [LG_BLOCK_BULLETS] = "bullets",
  [LG_BLOCK_STEPS] = "steps",
  [LG_BLOCK_NOTE] = "note",
};

static void
lg_block_finalize (GObject *object)
{
  LgBlock *self = LG_BLOCK (object);

  g_free (self->text);
  g_strfreev (self->items);
  g_strfreev (self->sources);
  G_OBJECT_CLASS (lg_block_parent_class)->finalize (object);
}

static void
lg_block_class_init (LgBlockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_block_finalize;
}

static void
lg_block_init (LgBlock *self)
{
  self->in_summary = TRUE;
}

gboolean
lg_block_type_from_string (const char  *name,
                           LgBlockType *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    {
      if (g_strcmp0 (name, type_names[i]) == 0)
        {
          *type = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Takes a copy of @text, and ownership of @sources (may be NULL). */
LgBlock *
lg_block_new_text (LgBlockType  type,
                   const char  *text,
                   GStrv        sources)
{
  LgBlock *self = g_object_new (LG_TYPE_BLOCK, NULL);

  g_return_val_if_fail (type == LG_BLOCK_PARAGRAPH || type == LG_BLOCK_NOTE, self);
  self->type = type;
  self->text = g_strdup (text);
  self->sources = sources;
  return self;
}

/* Takes ownership of @items and @sources (may be NULL). */
LgBlock *
lg_block_new_list (LgBlockType type,
                   GStrv       items,
                   GStrv       sources)
{
  LgBlock *self = g_object_new (LG_TYPE_BLOCK, NULL);

  g_return_val_if_fail (type == LG_BLOCK_BULLETS || type == LG_BLOCK_STEPS, self);
  self->type = type;
  self->items = items;
  self->sources = sources;
  return self;
}

LgBlockType
lg_block_get_block_type (LgBlock *self)
{
  g_return_val_if_fail (LG_IS_BLOCK (self), LG_BLOCK_PARAGRAPH);
  return self->type;
}

const char *
lg_block_get_text (LgBlock *self)
{
  g_return_val_if_fail (LG_IS_BLOCK (self), NULL);
  return self->text;
}

const char * const *
lg_block_get_items (LgBlock *self)
{
  g_return_val_if_fail (LG_IS_BLOCK (self), NULL);
  return (const char * const *) self->items;
}

/* The ids of the sources (in the topic's list) that support this block; NULL when it names none. */
const char * const *
lg_block_get_sources (LgBlock *self)
{
  g_return_val_if_fail (LG_IS_BLOCK (self), NULL);
  return (const char * const *) self->sources;
}

/* Whether the Summary handout prints this block: FALSE for detail a topic marks
 * `"summary": false` (the topic page and the Full handout print every block). */
gboolean
lg_block_get_in_summary (LgBlock *self)
{
  g_return_val_if_fail (LG_IS_BLOCK (self), TRUE);
  return self->in_summary;
}

/* Set once, by the parser, before the block is shared. */
void
lg_block_set_in_summary (LgBlock  *self,
                         gboolean  in_summary)
{
  g_return_if_fail (LG_IS_BLOCK (self));
  self->in_summary = in_summary;
}

/* The marker shown before item @index (from 0) of a list of @type, the one the topic page and the
 * handout both draw: "•" for bullets (and a topic's key points), "3." for steps. */
char *
lg_block_type_dup_marker (LgBlockType type,
                          guint       index)
{
  g_return_val_if_fail (type == LG_BLOCK_BULLETS || type == LG_BLOCK_STEPS, NULL);

  if (type == LG_BLOCK_STEPS)
    return g_strdup_printf ("%u.", index + 1);
  return g_strdup ("•");
}

/* The marker before item @index of this list block; see lg_block_type_dup_marker(). */
char *
lg_block_dup_marker (LgBlock *self,
                     guint    index)
{
  g_return_val_if_fail (LG_IS_BLOCK (self), NULL);
  return lg_block_type_dup_marker (self->type, index);
}
