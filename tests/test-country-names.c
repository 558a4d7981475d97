/* test-country-names.c: country names from iso-codes, UN names as fallback
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs the iso-codes package (build-aux/packages.txt).  The language is
 * switched with LANGUAGE, which gettext honours under C.UTF-8 without any
 * generated locale.
 */

#define G_LOG_DOMAIN "test-country-names"

#include "config.h"

#include <locale.h>

#include "cvk-country-names.h"

typedef struct
{
  const char *language;
  const char *code;
  const char *expected;
} Case;

/* Names chosen where iso-codes and the UN table differ, so that the test
 * knows which one answered. */
static const Case iso_cases[] = {
  { "fr",    "BO", "Bolivie, état plurinational de" },
  { "fr",    "CG", "République du Congo" },
  { "fr",    "DE", "Allemagne" },
  { "es",    "BF", "Burquina Faso" },
  { "es",    "DE", "Alemania" },
  { "ar",    "AT", "النّمسا" },
  { "ar",    "DE", "ألمانيا" },
  { "ru",    "AE", "Объединённые Арабские Эмираты" },
  { "ru",    "DE", "Германия" },
  { "zh_CN", "AE", "阿联酋" },
  { "zh_CN", "DE", "德国" },
};

static void
use_language (const char *language)
{
  /* gettext caches translations until the locale changes: setting the
   * same locale again is not a change, so go through "C". */
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_iso_names (void)
{
  g_autoptr(CvkCountries) countries = cvk_countries_new_default ();

  if (cvk_country_iso_name ("DE") == NULL)
    {
      g_test_skip ("iso-codes is not installed");
      return;
    }

  g_assert_cmpstr (cvk_country_iso_name ("DE"), ==, "Germany");
  g_assert_cmpstr (cvk_country_iso_name ("de"), ==, "Germany");
  g_assert_null (cvk_country_iso_name ("ZZ"));
  g_assert_null (cvk_country_iso_name (""));
  g_assert_null (cvk_country_iso_name ("DEU"));

  for (guint i = 0; i < G_N_ELEMENTS (iso_cases); i++)
    {
      const Case *c = &iso_cases[i];

      use_language (c->language);
      g_test_message ("%s %s", c->language, c->code);
      g_assert_cmpstr (cvk_country_name (countries, c->code), ==, c->expected);
      /* The UN name is something else: iso-codes answered. */
      if (!g_str_equal (c->code, "DE"))
        g_assert_cmpstr (cvk_country_un_name (countries, c->code, c->language), !=, c->expected);
    }
}

static void
test_un_fallback (void)
{
  g_autoptr(CvkCountries) countries = cvk_countries_new_default ();

  /* iso-codes 4.15 has no Russian or Arabic name for its new "Türkiye":
   * the UN names answer. */
  use_language ("ru");
  g_assert_cmpstr (cvk_country_name (countries, "TR"), ==, "Турция");
  use_language ("ar");
  g_assert_cmpstr (cvk_country_name (countries, "TR"), ==, "تركيا");

  /* English and untranslated languages: the UN English name. */
  use_language ("en");
  g_assert_cmpstr (cvk_country_name (countries, "BO"), ==, "Bolivia (Plurinational State of)");
  use_language ("xx");
  g_assert_cmpstr (cvk_country_name (countries, "US"), ==, "United States of America");

  /* The table's columns. */
  g_assert_cmpstr (cvk_country_un_name (countries, "DE", "fr_FR.UTF-8"), ==, "Allemagne");
  g_assert_cmpstr (cvk_country_un_name (countries, "DE", "zh_CN"), ==, "德国");
  g_assert_cmpstr (cvk_country_un_name (NULL, "DE", "es"), ==, "Alemania");
  g_assert_null (cvk_country_un_name (countries, "DE", "de"));
  g_assert_null (cvk_country_un_name (countries, "ZZ", "fr"));

  /* An unknown code is itself. */
  use_language ("fr");
  g_assert_cmpstr (cvk_country_name (countries, "ZZ"), ==, "ZZ");
  g_assert_cmpstr (cvk_country_name (NULL, "DE"), ==, "Allemagne");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/country-names/iso", test_iso_names);
  g_test_add_func ("/cvk/country-names/un-fallback", test_un_fallback);

  return g_test_run ();
}
