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

G_END_DECLS
