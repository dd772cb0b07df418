/* lg-search-provider.h — GNOME Shell's search (org.gnome.Shell.SearchProvider2) answered with the
 * sidebar's own search over the session's topics and glossary terms
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lg-application.h"

G_BEGIN_DECLS

#define LG_TYPE_SEARCH_PROVIDER (lg_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (LgSearchProvider, lg_search_provider, LG, SEARCH_PROVIDER, GObject)

LgSearchProvider *lg_search_provider_new      (LgApplication    *application);
gboolean          lg_search_provider_export   (LgSearchProvider *self,
                                               GDBusConnection  *connection,
                                               const char       *object_path,
                                               GError          **error);
void              lg_search_provider_unexport (LgSearchProvider *self);

G_END_DECLS
