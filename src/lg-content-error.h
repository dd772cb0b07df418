/* lg-content-error.h — the error domain and the size limit of reading content (the store and the
 * pack reader share them)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LG_CONTENT_ERROR (lg_content_error_quark ())

typedef enum {
  LG_CONTENT_ERROR_EMPTY,
  LG_CONTENT_ERROR_TOO_LARGE,
  LG_CONTENT_ERROR_INVALID_UTF8,
  LG_CONTENT_ERROR_SYNTAX,
  LG_CONTENT_ERROR_SCHEMA_VERSION,
  LG_CONTENT_ERROR_MISSING,
  LG_CONTENT_ERROR_WRONG_TYPE,
  LG_CONTENT_ERROR_INVALID_VALUE,
  LG_CONTENT_ERROR_UNKNOWN_MEMBER,
  LG_CONTENT_ERROR_UNKNOWN_BLOCK_TYPE,
  LG_CONTENT_ERROR_DUPLICATE_ID,
  LG_CONTENT_ERROR_UNKNOWN_TERM,
  LG_CONTENT_ERROR_OUTSIDE_PACK,
  LG_CONTENT_ERROR_UNREADABLE,
  LG_CONTENT_ERROR_BAD_IMAGE,
  LG_CONTENT_ERROR_TOO_MANY_TOPICS,
  LG_CONTENT_ERROR_UNKNOWN_SOURCE,
} LgContentError;

GQuark lg_content_error_quark (void);

/* No content file (bundled or in a pack) is read past this size. */
#define LG_CONTENT_MAX_FILE_SIZE (1024 * 1024)

/* What one topic may hold, so that the largest one allowed still opens in the window at once
 * (data/content/README.md, "Limits"). The bundled content's largest, surgery, has 10 sections,
 * 8 blocks in one section, 36 blocks, 7 items in one list, 39 list items, a 396-character text
 * and 12,700 characters of text in all. */
#define LG_CONTENT_MAX_SECTIONS 30
#define LG_CONTENT_MAX_SECTION_BLOCKS 30     /* blocks in one section */
#define LG_CONTENT_MAX_BLOCKS 150            /* blocks in the whole topic */
#define LG_CONTENT_MAX_LIST_ITEMS 30         /* in one list, and key points, questions, ... */
#define LG_CONTENT_MAX_ITEMS 300             /* list items in the whole topic */
#define LG_CONTENT_MAX_TEXT 10000            /* characters in one text (a page or two) */
#define LG_CONTENT_MAX_TOPIC_TEXT 60000      /* characters of text in the whole topic */
#define LG_CONTENT_MAX_SOURCES 100           /* sources of one file, ids one block cites */
#define LG_CONTENT_MAX_TERMS 1000            /* glossary terms in one file */

G_END_DECLS
