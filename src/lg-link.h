/* lg-link.h — a liver-guide: link, as a health record or a person sends one: a topic, a glossary
 * term, or an HL7 infobutton request (a code, its code system, a name, a language)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-content-store.h"
#include "lg-topic-codes.h"

G_BEGIN_DECLS

#define LG_LINK_ERROR (lg_link_error_quark ())

typedef enum {
  LG_LINK_ERROR_MALFORMED,      /* not a liver-guide: link this app reads */
  LG_LINK_ERROR_NO_MATCH,       /* well formed, but no topic or term answers it */
} LgLinkError;

typedef enum {
  LG_LINK_TOPIC,                /* liver-guide:topic/ID */
  LG_LINK_TERM,                 /* liver-guide:term/ID */
  LG_LINK_INFOBUTTON,           /* liver-guide:infobutton?mainSearchCriteria.v.c=… */
} LgLinkKind;

typedef struct {
  LgLinkKind kind;
  char *id;                     /* the topic's or term's id */
  char *language;               /* the content language asked for ("es"), or NULL */
  char *code;                   /* an infobutton's code, or NULL */
  char *code_system_oid;        /* …and its code system's OID */
  const LgCodeSystem *code_system; /* …that code system, or NULL when not one the app knows */
  char *display_name;           /* an infobutton's name of the problem, or NULL */
} LgLink;

GQuark     lg_link_error_quark (void);
LgLink    *lg_link_parse       (const char     *uri,
                                GError        **error);
void       lg_link_free        (LgLink         *link);
GPtrArray *lg_link_resolve     (LgLink         *link,
                                LgContentStore *store,
                                GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgLink, lg_link_free)

G_END_DECLS
