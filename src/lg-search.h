/* lg-search.h — search that forgives: text folded for matching, and one store's topics and
 * glossary terms indexed by their folded words
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-content-store.h"
#include "lg-search-fold.h"

G_BEGIN_DECLS

/* Where on its page a passage of a document is. */
typedef enum {
  LG_SEARCH_PLACE_TITLE,        /* a topic's title, or a glossary term's name */
  LG_SEARCH_PLACE_ALIASES,      /* the other names it is known by */
  LG_SEARCH_PLACE_SUBTITLE,
  LG_SEARCH_PLACE_IN_SHORT,
  LG_SEARCH_PLACE_ILLUSTRATION,
  LG_SEARCH_PLACE_SECTION,      /* a section's heading or a block of it (see the section number) */
  LG_SEARCH_PLACE_KEY_POINTS,
  LG_SEARCH_PLACE_QUESTIONS,
  LG_SEARCH_PLACE_DEFINITION,   /* a glossary term's definition */
} LgSearchPlace;

#define LG_TYPE_SEARCH (lg_search_get_type ())
G_DECLARE_FINAL_TYPE (LgSearch, lg_search, LG, SEARCH, GObject)

typedef struct _LgSearchMatch LgSearchMatch;

LgSearch      *lg_search_new              (LgContentStore *store);
guint          lg_search_get_n_documents  (LgSearch      *self);
int            lg_search_find_topic       (LgSearch      *self,
                                           const char    *id);
int            lg_search_find_term        (LgSearch      *self,
                                           const char    *id);
const char    *lg_search_get_id           (LgSearch      *self,
                                           guint          document);
gboolean       lg_search_is_term          (LgSearch      *self,
                                           guint          document);

LgSearchMatch *lg_search_match            (LgSearch      *self,
                                           const char    *query);
void           lg_search_match_free       (LgSearchMatch *match);
gboolean       lg_search_match_has        (LgSearchMatch *match,
                                           int            document);
int            lg_search_match_passage    (LgSearch      *self,
                                           LgSearchMatch *match,
                                           int            document);
LgSearchPlace  lg_search_passage_place    (LgSearch      *self,
                                           int            passage,
                                           int           *section);
char          *lg_search_passage_markup   (LgSearch      *self,
                                           LgSearchMatch *match,
                                           int            passage,
                                           guint          max_chars);

LgSearch      *lg_content_store_get_search (LgContentStore *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgSearchMatch, lg_search_match_free)

G_END_DECLS
