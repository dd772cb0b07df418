/* lg-problem-banner.h — one banner at the top of the content naming each clinic pack file left out
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LG_TYPE_PROBLEM_BANNER (lg_problem_banner_get_type ())
G_DECLARE_FINAL_TYPE (LgProblemBanner, lg_problem_banner, LG, PROBLEM_BANNER, AdwBin)

void lg_problem_banner_set_problems   (LgProblemBanner *self,
                                       GPtrArray       *problems);
void lg_problem_banner_set_suppressed (LgProblemBanner *self,
                                       gboolean         suppressed);

G_END_DECLS
