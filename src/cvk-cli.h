/* cvk-cli.h: the command line that works without a display
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @argv asks for something the command line does alone
 * (--new, --export, --import, --check, --version, --help). */
gboolean  cvk_cli_handles             (int     argc,
                                       char  **argv);
int       cvk_cli_run                 (int     argc,
                                       char  **argv);

G_END_DECLS
