/* lg-session-view.h — the base of the views that show the session's content (Questions, Compare,
 * Glossary, the print summary): a "session" property, and filling when shown
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lg-session.h"

G_BEGIN_DECLS

#define LG_TYPE_SESSION_VIEW (lg_session_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (LgSessionView, lg_session_view, LG, SESSION_VIEW, AdwBin)

struct _LgSessionViewClass
{
  AdwBinClass parent_class;

  /* Shows @store's content (and @ticks); called when the view is first shown and whenever the
   * session's store changes while it is shown or before it is next shown. */
  void (*fill) (LgSessionView   *self,
                LgContentStore  *store,
                LgQuestionTicks *ticks);
};

LgSession      *lg_session_view_get_session (LgSessionView *self);
void            lg_session_view_set_session (LgSessionView *self,
                                             LgSession     *session);
void            lg_session_view_fill_now    (LgSessionView *self);

G_END_DECLS
