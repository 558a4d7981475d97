/* main.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless command line (--new, --export, --import, --check,
 * --version) runs without GTK; anything else opens the window.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cvk-application.h"
#include "cvk-cli.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(CvkApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (cvk_cli_handles (argc, argv))
    return cvk_cli_run (argc, argv);

  app = cvk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
