/* lg-json-reader.h — strict JSON reading with a JSON path in every error (core-internal: the
 * topic, glossary and labels parsers share it; nothing outside the core includes it)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "lg-content-error.h"

G_BEGIN_DECLS

typedef struct _LgContentStore LgContentStore;

/* One fault of a file, for a person to find and fix. */
typedef struct {
  char *message;   /* "file: $.json.path: message", one line */
  char *detail;    /* the same without "file: " */
  guint line;      /* where json-glib read it, from 1; 0 when it cannot say */
  guint column;
} LgJsonFault;

void lg_json_fault_free (LgJsonFault *fault);

/* One file being read. The first fault is kept in *error as "file: $.json.path: message" and
 * sets failed. When faults is set, every fault is also added to it with its line and column (a
 * clinic pack's file, read to report every problem at once); so a reader goes on after a fault
 * where the file's structure allows it (the next block, section, source or term). */
typedef struct {
  LgContentStore *store;       /* whose glossary the text's marks resolve against */
  const char *file;
  GError **error;
  gboolean failed;
  GFile *pack;                 /* the clinic pack folder the file is in, or NULL when bundled */
  GHashTable *source_ids;      /* id → LgSource of the file's "sources", for the ids blocks cite */
  glong text_chars;            /* characters of the text read so far, for the topic's limit */
  GPtrArray *faults;           /* (element-type LgJsonFault) or NULL: every fault, in order */
  guint n_faults;              /* faults so far, whether kept or not */
  gboolean sources_incomplete; /* "sources" had a fault: ids citing it are not checked */
  GBytes *bytes;               /* the file, once it parsed, to place each fault (owned) */
  GHashTable *positions;       /* JSON path → place, made on the first fault (lg-json-positions.c) */
  guint syntax_line;           /* where json-glib found a syntax error */
  guint syntax_column;
} LgJsonReader;

void lg_json_reader_clear (LgJsonReader *r);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LgJsonReader, lg_json_reader_clear)

typedef enum {
  LG_JSON_OPTIONAL = 0,
  LG_JSON_REQUIRED = 1 << 0,
} LgJsonNeed;

#define LG_CONTENT_SCHEMA_VERSION 1

char       *lg_json_clean_message (const char *text);
char       *lg_json_shorten       (const char *text);
void        lg_json_fail          (LgJsonReader   *r,
                                   const char     *path,
                                   LgContentError  code,
                                   const char     *format,
                                   ...) G_GNUC_PRINTF (4, 5);
const char *lg_json_node_kind     (JsonNode       *node);
gboolean    lg_json_matches       (const char     *pattern,
                                   const char     *value);

gboolean    lg_json_check_members (LgJsonReader       *r,
                                   JsonObject         *object,
                                   const char         *path,
                                   const char * const *allowed);
JsonNode   *lg_json_member        (LgJsonReader   *r,
                                   JsonObject     *object,
                                   const char     *path,
                                   const char     *name,
                                   LgJsonNeed      need);
JsonObject *lg_json_expect_object (LgJsonReader   *r,
                                   JsonNode       *node,
                                   const char     *path);
JsonArray  *lg_json_expect_array  (LgJsonReader   *r,
                                   JsonNode       *node,
                                   const char     *path,
                                   guint           min_length,
                                   guint           max_length);
gboolean    lg_json_int_member    (LgJsonReader   *r,
                                   JsonObject     *object,
                                   const char     *path,
                                   const char     *name,
                                   gint64         *value);
JsonObject *lg_json_read_root     (LgJsonReader   *r,
                                   GBytes         *bytes,
                                   JsonParser     *parser);

G_END_DECLS
