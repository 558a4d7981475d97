/* cvk-country-names.h: a country's name in the user's language
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names come from Debian's iso-codes: its list of ISO 3166-1 countries
 * (alpha-2 code to English name) and the translations of those names in the
 * gettext domain "iso_3166-1".  Where iso-codes has no translation in the
 * user's language (or the language is English), the UN short name of our
 * country table (data/countries.csv) in that language is used, when it is one
 * of the six official languages of the UN; then the English UN name; then the
 * ISO name; then the code itself.
 *
 * The language is the one gettext picks for messages (LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG), read at each call.  libc's dgettext() is called rather
 * than g_dgettext(): the latter declines to translate when the program's own
 * catalog lacks the language, which would hide iso-codes' translations.
 */

#pragma once

#include "cvk-countries.h"

G_BEGIN_DECLS

/* The name of the country @code (ISO 3166-1 alpha-2, any case) in the user's
 * language; @countries gives the UN names (NULL: the built-in table).
 * Never NULL: an unknown code comes back as itself. */
const char *cvk_country_name          (CvkCountries  *countries,
                                       const char    *code);
/* The English name of @code in iso-codes, or NULL when iso-codes does not
 * know it (or its list could not be read). */
const char *cvk_country_iso_name      (const char    *code);
/* The UN short name of @code in @language ("ar", "es", "fr", "ru", "zh",
 * "zh_CN", "en" ...; only the first two letters count), or NULL when the
 * table has none in that language. */
const char *cvk_country_un_name       (CvkCountries  *countries,
                                       const char    *code,
                                       const char    *language);

G_END_DECLS
