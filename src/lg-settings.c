/* lg-settings.c — the app's typed reading of its GSettings for the layers below it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gtk/gtk.h>

#include "lg-settings.h"

/* The paper this computer's locale uses: US Letter in North America, A4 nearly everywhere else. */
LgPaper
lg_settings_get_locale_paper (void)
{
  const char *name = gtk_paper_size_get_default ();

  return g_str_has_prefix (name, "na_") ? LG_PAPER_LETTER : LG_PAPER_A4;
}

/* The paper-size preference; empty means the locale's. */
LgPaper
lg_settings_get_paper (GSettings *settings)
{
  g_autofree char *name = g_settings_get_string (settings, "paper-size");
  LgPaper paper;

  if (!lg_paper_from_string (name, &paper))
    paper = lg_settings_get_locale_paper ();
  return paper;
}

/* The clinic's name, phone and website from Preferences. */
void
lg_settings_load_clinic (GSettings        *settings,
                         LgHandoutOptions *options)
{
  g_free (options->clinic_name);
  g_free (options->clinic_phone);
  g_free (options->clinic_website);
  options->clinic_name = g_strstrip (g_settings_get_string (settings, "clinic-name"));
  options->clinic_phone = g_strstrip (g_settings_get_string (settings, "clinic-phone"));
  options->clinic_website = g_strstrip (g_settings_get_string (settings, "clinic-website"));
}
