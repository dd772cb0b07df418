/* lg-session.h — what every window of the app shares: the content language, the content store
 * for it and the clinic pack's problems, and what a patient leaves (the question ticks, the
 * drawings), all forgotten at once by lg_session_new_patient()
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-content-store.h"
#include "lg-drawings.h"
#include "lg-question-ticks.h"
#include "lg-settings.h"

G_BEGIN_DECLS

#define LG_TYPE_SESSION (lg_session_get_type ())
G_DECLARE_FINAL_TYPE (LgSession, lg_session, LG, SESSION, GObject)

LgSession       *lg_session_new                   (LgSettings  *settings);
LgSettings      *lg_session_get_settings          (LgSession   *self);
void             lg_session_set_content_dir       (LgSession   *self,
                                                   const char  *dir);
void             lg_session_preload               (LgSession   *self);
LgContentStore  *lg_session_get_store             (LgSession   *self,
                                                   GError     **error);
LgContentStore  *lg_session_get_store_for         (LgSession   *self,
                                                   const char  *language,
                                                   GError     **error);
const char      *lg_session_get_content_language  (LgSession   *self);
gboolean         lg_session_set_content_language  (LgSession   *self,
                                                   const char  *language);
void             lg_session_report_unavailable    (LgSession   *self);
GPtrArray       *lg_session_get_content_problems  (LgSession   *self);
GStrv            lg_session_dup_content_folders   (LgSession   *self);
LgQuestionTicks *lg_session_get_ticks             (LgSession   *self);
LgDrawings      *lg_session_get_drawings          (LgSession   *self);
void             lg_session_new_patient           (LgSession   *self);

G_END_DECLS
