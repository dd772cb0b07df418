/* lg-content-loader.h — loading the bundled content (a GResource folder) and clinic packs (folders
 * of JSON files) into a store
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _LgContentStore LgContentStore;

/* One problem of a clinic pack's file: the file is left out, or (file_loaded) one part of it, a
 * glossary term. A file with three faults has three problems. */
typedef struct {
  char *folder;       /* the pack folder, as people read it */
  char *file;         /* the file's name inside it */
  char *message;      /* "file: $.json.path: message", one line */
  char *detail;       /* "$.json.path: message" */
  guint line;         /* where in the file, from 1, as json-glib gives it; 0 when unknown */
  guint column;
  gboolean file_loaded;
} LgContentProblem;

void            lg_content_problem_free         (LgContentProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgContentProblem, lg_content_problem_free)

gboolean        lg_content_store_load_resource  (LgContentStore  *self,
                                                 const char      *resource_dir,
                                                 GError         **error);
guint           lg_content_store_load_pack      (LgContentStore  *self,
                                                 GFile           *folder,
                                                 GPtrArray       *problems);
void            lg_content_store_load_packs     (LgContentStore  *self,
                                                 const char      *extra_folder,
                                                 GPtrArray       *problems);

G_END_DECLS
