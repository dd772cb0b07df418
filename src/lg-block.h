/* lg-block.h — one immutable piece of a section: a paragraph, a list or a note
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  LG_BLOCK_PARAGRAPH,
  LG_BLOCK_BULLETS,
  LG_BLOCK_STEPS,
  LG_BLOCK_NOTE,
} LgBlockType;

#define LG_TYPE_BLOCK (lg_block_get_type ())
G_DECLARE_FINAL_TYPE (LgBlock, lg_block, LG, BLOCK, GObject)

LgBlock            *lg_block_new_text  (LgBlockType  type,
                                        const char  *text,
                                        GStrv        sources);
LgBlock            *lg_block_new_list  (LgBlockType  type,
                                        GStrv        items,
                                        GStrv        sources);
LgBlockType         lg_block_get_block_type (LgBlock *self);
const char         *lg_block_get_text  (LgBlock     *self);
const char * const *lg_block_get_items (LgBlock     *self);
const char * const *lg_block_get_sources (LgBlock   *self);
gboolean            lg_block_get_in_summary (LgBlock *self);
void                lg_block_set_in_summary (LgBlock *self,
                                             gboolean in_summary);

gboolean            lg_block_type_from_string (const char  *name,
                                               LgBlockType *type);
char               *lg_block_type_dup_marker  (LgBlockType  type,
                                               guint        index);
char               *lg_block_dup_marker       (LgBlock     *self,
                                               guint        index);

G_END_DECLS
