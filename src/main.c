/* main.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lg-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LgApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* LG_LOCALEDIR: the build tree's own translations, for build-aux/dev run and the tests; an
   * installed program finds them under its prefix. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LG_LOCALEDIR") ? g_getenv ("LG_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = lg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
