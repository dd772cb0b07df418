/* lg-topic-codes.h — the health record's code systems a topic's "codes" may name (ICD-10-CM,
 * SNOMED CT, CPT): their names, HL7 OIDs and the form of their codes, and codes compared
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-topic.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;     /* as the content writes it: "icd10cm", "snomedct", "cpt" */
  const char *oid;      /* the code system's HL7 OID, as an infobutton sends it */
  const char *label;    /* as people write it: "ICD-10-CM" */
  const char *pattern;  /* the form of a code, a GRegex */
} LgCodeSystem;

const LgCodeSystem *lg_code_system_lookup   (const char *name);
const LgCodeSystem *lg_code_system_from_oid (const char *oid);
const LgCodeSystem *lg_code_system_get_all  (guint      *n_systems);
gboolean            lg_code_equal           (const LgCodeSystem *system,
                                             const char         *a,
                                             const char         *b);
gboolean            lg_topic_has_code       (LgTopic            *topic,
                                             const LgCodeSystem *system,
                                             const char         *code);

G_END_DECLS
