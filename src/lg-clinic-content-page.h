/* lg-clinic-content-page.h — Preferences' "Clinic Content" page: each problem of the clinic's
 * pack, in words its IT person can act on, and the pack folders
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LG_TYPE_CLINIC_CONTENT_PAGE (lg_clinic_content_page_get_type ())
G_DECLARE_FINAL_TYPE (LgClinicContentPage, lg_clinic_content_page, LG, CLINIC_CONTENT_PAGE, AdwPreferencesPage)

void lg_clinic_content_page_set_problems (LgClinicContentPage *self,
                                          GPtrArray           *problems,
                                          const char * const  *folders);

G_END_DECLS
