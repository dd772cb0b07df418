/* lg-content-walk.h — which strings of a content JSON file a translator sees, shared by the
 * build tools that extract them (lg-content-extract) and put translations back (lg-content-translate)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Called for each translatable string, in file order. @node holds the string; @context is the
 * gettext message context (the file's name without ".json"); @path is the JSON path the content
 * store uses in its messages ("$.sections[2].blocks[0].text"); @member is the member name the
 * string sits under ("text", "items", "how_given"). */
typedef void (*LgContentStringFunc) (JsonNode   *node,
                                     const char *context,
                                     const char *path,
                                     const char *member,
                                     gpointer    user_data);

gboolean  lg_content_walk         (JsonNode             *root,
                                   const char           *file_name,
                                   LgContentStringFunc   func,
                                   gpointer              user_data,
                                   GError              **error);
char     *lg_content_context      (const char           *file_name);

G_END_DECLS
