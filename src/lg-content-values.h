/* lg-content-values.h — the values every content file is made of: checked text, words, sources,
 * the review month (core-internal: the topic, glossary and labels parsers share them)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-json-reader.h"

G_BEGIN_DECLS

#define LG_CONTENT_ID_PATTERN "^[a-z0-9]+(-[a-z0-9]+)*$"

char       *lg_content_expect_string      (LgJsonReader *r,
                                           JsonNode     *node,
                                           const char   *path);
char       *lg_content_string_member      (LgJsonReader *r,
                                           JsonObject   *object,
                                           const char   *path,
                                           const char   *name,
                                           LgJsonNeed    need);
char       *lg_content_word_member        (LgJsonReader *r,
                                           JsonObject   *object,
                                           const char   *path,
                                           const char   *name,
                                           const char   *pattern,
                                           const char   *what);
GStrv       lg_content_strings_member     (LgJsonReader *r,
                                           JsonObject   *object,
                                           const char   *path,
                                           const char   *name,
                                           LgJsonNeed    need);
GListModel *lg_content_read_sources       (LgJsonReader *r,
                                           JsonObject   *root,
                                           LgJsonNeed    need);
GStrv       lg_content_source_ids_member  (LgJsonReader *r,
                                           JsonObject   *object,
                                           const char   *path,
                                           const char   *name);
GPtrArray  *lg_content_read_codes         (LgJsonReader *r,
                                           JsonObject   *root);
gboolean    lg_content_read_reviewed      (LgJsonReader *r,
                                           JsonObject   *object,
                                           const char   *path,
                                           int          *year,
                                           int          *month);

G_END_DECLS
