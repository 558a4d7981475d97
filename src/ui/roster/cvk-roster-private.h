/* cvk-roster-private.h: helpers shared by the roster's widgets
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "" (or blanks) is no date (*empty TRUE); else YYYY-MM-DD.  FALSE for
 * anything else. */
gboolean  cvk_roster_parse_date   (const char  *text,
                                   GDate       *date,
                                   gboolean    *empty);
/* YYYY-MM-DD, or "" for NULL or an invalid date. */
char     *cvk_roster_format_date  (const GDate *date);

G_END_DECLS
