/* test-countries.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-countries"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "cvk-countries.h"

static void
test_default (void)
{
  g_autoptr(CvkCountries) countries = cvk_countries_new_default ();
  guint per_region[5] = { 0 };
  guint n_developing = 0;
  guint n_confirmed = 0;

  g_assert_cmpuint (cvk_countries_get_n_countries (countries), ==, 194);

  for (guint i = 0; i < 194; i++)
    {
      const CvkCountry *c = cvk_countries_get_nth (countries, i);

      g_assert_nonnull (c);
      g_assert_cmpuint (strlen (c->code), ==, 2);
      g_assert_true (g_ascii_isupper (c->code[0]) && g_ascii_isupper (c->code[1]));
      g_assert_true (cvk_countries_lookup (countries, c->code) == c);
      g_assert_cmpstr (c->name_en, !=, "");
      g_assert_cmpstr (c->name_fr, !=, "");
      g_assert_cmpstr (c->name_zh, !=, "");
      g_assert_true (c->admin_region >= 'A' && c->admin_region <= 'E');
      g_assert_true (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_D, c->itu_d_region));
      g_assert_nonnull (c->notes);

      per_region[c->admin_region - 'A']++;
      n_developing += c->developing;
      n_confirmed += c->region_confirmed;
    }

  /* as counted in data/countries.md */
  g_assert_cmpuint (per_region[0], ==, 35);
  g_assert_cmpuint (per_region[1], ==, 28);
  g_assert_cmpuint (per_region[2], ==, 27);
  g_assert_cmpuint (per_region[3], ==, 54);
  g_assert_cmpuint (per_region[4], ==, 50);
  g_assert_cmpuint (n_developing, ==, 143);
  g_assert_cmpuint (n_confirmed, ==, 59);
}

static void
test_lookup (void)
{
  g_autoptr(CvkCountries) countries = cvk_countries_new_default ();
  const CvkCountry *fr, *ng, *us, *ch;

  fr = cvk_countries_lookup (countries, "FR");
  g_assert_nonnull (fr);
  g_assert_cmpstr (fr->code, ==, "FR");
  g_assert_cmpstr (fr->name_en, ==, "France");
  g_assert_cmpstr (fr->name_fr, ==, "France");
  g_assert_cmpstr (fr->name_es, ==, "Francia");
  g_assert_cmpstr (fr->name_ru, ==, "Франция");
  g_assert_cmpstr (fr->name_zh, ==, "法国");
  g_assert_cmpstr (fr->name_ar, ==, "فرنسا");
  g_assert_cmpint (fr->admin_region, ==, 'B');
  g_assert_cmpstr (fr->itu_d_region, ==, "Europe");
  g_assert_false (fr->developing);
  g_assert_false (fr->ldc);
  g_assert_true (fr->region_confirmed);

  ng = cvk_countries_lookup (countries, "NG");
  g_assert_nonnull (ng);
  g_assert_cmpstr (ng->name_en, ==, "Nigeria");
  g_assert_cmpint (ng->admin_region, ==, 'D');
  g_assert_cmpstr (ng->itu_d_region, ==, "Africa");
  g_assert_true (ng->developing);

  us = cvk_countries_lookup (countries, "US");
  g_assert_cmpstr (us->name_fr, ==, "États-Unis d’Amérique");
  g_assert_cmpint (us->admin_region, ==, 'A');

  ch = cvk_countries_lookup (countries, "CH");
  g_assert_cmpstr (ch->name_en, ==, "Switzerland");

  /* in any case */
  g_assert_true (cvk_countries_lookup (countries, "fr") == fr);
  g_assert_true (cvk_countries_lookup (countries, "Fr") == fr);
  g_assert_true (cvk_countries_lookup (countries, "fR") == fr);
  g_assert_true (cvk_countries_lookup (countries, "ng") == ng);

  /* unknown codes */
  g_assert_null (cvk_countries_lookup (countries, "XX"));
  g_assert_null (cvk_countries_lookup (countries, "FRA"));
  g_assert_null (cvk_countries_lookup (countries, "F"));
  g_assert_null (cvk_countries_lookup (countries, ""));
  g_assert_null (cvk_countries_lookup (countries, "F1"));
  g_assert_null (cvk_countries_lookup (countries, NULL));

  g_assert_cmpstr (cvk_countries_region (countries, "FR", CVK_REGION_SCHEME_ITU_ADMIN), ==, "B");
  g_assert_cmpstr (cvk_countries_region (countries, "ng", CVK_REGION_SCHEME_ITU_ADMIN), ==, "D");
  g_assert_cmpstr (cvk_countries_region (countries, "NG", CVK_REGION_SCHEME_ITU_D), ==, "Africa");
  g_assert_cmpstr (cvk_countries_region (countries, "RU", CVK_REGION_SCHEME_ITU_D), ==, "CIS");
  g_assert_cmpstr (cvk_countries_region (countries, "AE", CVK_REGION_SCHEME_ITU_D), ==, "Arab States");
  g_assert_null (cvk_countries_region (countries, "XX", CVK_REGION_SCHEME_ITU_ADMIN));
  g_assert_null (cvk_countries_region (countries, "XX", CVK_REGION_SCHEME_ITU_D));
  g_assert_null (cvk_countries_region (countries, NULL, CVK_REGION_SCHEME_ITU_ADMIN));
}

static void
test_notes (void)
{
  g_autoptr(CvkCountries) countries = cvk_countries_new_default ();
  guint n_inferred = 0;
  guint n_unsure = 0;
  const CvkCountry *pw;

  for (guint i = 0; i < cvk_countries_get_n_countries (countries); i++)
    {
      const CvkCountry *c = cvk_countries_get_nth (countries, i);

      if (strstr (c->notes, "admin=inferred") != NULL)
        {
          n_inferred++;
          g_assert_false (c->region_confirmed);
        }
      else
        {
          g_assert_nonnull (strstr (c->notes, "admin=confirmed"));
          g_assert_true (c->region_confirmed);
        }

      if (strstr (c->notes, "UNSURE") != NULL)
        n_unsure++;
    }

  g_assert_cmpuint (n_inferred, ==, 135);
  g_assert_cmpuint (n_unsure, ==, 27);

  /* the one quoted field of the file, with its comma */
  pw = cvk_countries_lookup (countries, "PW");
  g_assert_nonnull (pw);
  g_assert_cmpstr (pw->notes, ==,
                   "admin=inferred; UNSURE admin: ITU membership of Palau not confirmed "
                   "(193 members in 2020 source, 194 in later source)");
  g_assert_false (pw->region_confirmed);
}

static void
test_overrides (void)
{
  g_autoptr(CvkCountries) a = cvk_countries_new_default ();
  g_autoptr(CvkCountries) b = cvk_countries_new_default ();

  g_assert_false (cvk_countries_has_override (a, "FR"));

  cvk_countries_set_override (a, "fr", "C");
  g_assert_true (cvk_countries_has_override (a, "FR"));
  g_assert_true (cvk_countries_has_override (a, "fr"));
  g_assert_cmpstr (cvk_countries_region (a, "FR", CVK_REGION_SCHEME_ITU_ADMIN), ==, "C");
  g_assert_cmpstr (cvk_countries_region (a, "fr", CVK_REGION_SCHEME_ITU_ADMIN), ==, "C");
  /* the ITU-D region is not the administrative one */
  g_assert_cmpstr (cvk_countries_region (a, "FR", CVK_REGION_SCHEME_ITU_D), ==, "Europe");
  /* the row stays as shipped */
  g_assert_cmpint (cvk_countries_lookup (a, "FR")->admin_region, ==, 'B');

  /* only in that instance */
  g_assert_false (cvk_countries_has_override (b, "FR"));
  g_assert_cmpstr (cvk_countries_region (b, "FR", CVK_REGION_SCHEME_ITU_ADMIN), ==, "B");
  g_assert_cmpint (cvk_countries_lookup (b, "FR")->admin_region, ==, 'B');

  /* and only for that country */
  g_assert_false (cvk_countries_has_override (a, "DE"));
  g_assert_cmpstr (cvk_countries_region (a, "DE", CVK_REGION_SCHEME_ITU_ADMIN), ==, "B");

  /* a second override replaces the first */
  cvk_countries_set_override (a, "FR", "E");
  g_assert_cmpstr (cvk_countries_region (a, "FR", CVK_REGION_SCHEME_ITU_ADMIN), ==, "E");

  /* overriding with the shipped region is still an override */
  cvk_countries_set_override (a, "NG", "D");
  g_assert_true (cvk_countries_has_override (a, "NG"));

  /* NULL removes one override */
  cvk_countries_set_override (a, "FR", NULL);
  g_assert_false (cvk_countries_has_override (a, "FR"));
  g_assert_cmpstr (cvk_countries_region (a, "FR", CVK_REGION_SCHEME_ITU_ADMIN), ==, "B");
  g_assert_true (cvk_countries_has_override (a, "NG"));

  /* the document's text, in any case; "" removes */
  cvk_countries_set_override (a, "FR", "c");
  g_assert_cmpstr (cvk_countries_region (a, "FR", CVK_REGION_SCHEME_ITU_ADMIN), ==, "C");
  cvk_countries_set_override (a, "FR", "");
  g_assert_false (cvk_countries_has_override (a, "FR"));

  /* a region that is not one is ignored, and the override stays */
  cvk_countries_set_override (a, "NG", "F");
  cvk_countries_set_override (a, "NG", "DE");
  cvk_countries_set_override (a, "NG", "Africa");
  g_assert_true (cvk_countries_has_override (a, "NG"));
  g_assert_cmpstr (cvk_countries_region (a, "NG", CVK_REGION_SCHEME_ITU_ADMIN), ==, "D");
  cvk_countries_set_override (a, "FR", "Z");
  g_assert_false (cvk_countries_has_override (a, "FR"));

  /* an unknown country is ignored */
  cvk_countries_set_override (a, "XX", "A");
  g_assert_false (cvk_countries_has_override (a, "XX"));
  g_assert_null (cvk_countries_region (a, "XX", CVK_REGION_SCHEME_ITU_ADMIN));
  g_assert_false (cvk_countries_has_override (a, NULL));

  cvk_countries_set_override (a, "US", "B");
  cvk_countries_clear_overrides (a);
  g_assert_false (cvk_countries_has_override (a, "NG"));
  g_assert_false (cvk_countries_has_override (a, "US"));
  g_assert_cmpstr (cvk_countries_region (a, "US", CVK_REGION_SCHEME_ITU_ADMIN), ==, "A");

  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));

  /* a new instance starts without overrides */
  {
    g_autoptr(CvkCountries) c = cvk_countries_new_default ();

    g_assert_false (cvk_countries_has_override (c, "NG"));
    g_assert_cmpuint (cvk_countries_get_n_countries (c), ==, 194);
  }
}

static void
test_schemes (void)
{
  const char * const *regions;
  CvkRegionScheme scheme;

  regions = cvk_region_scheme_regions (CVK_REGION_SCHEME_ITU_ADMIN);
  g_assert_cmpuint (g_strv_length ((char **) regions), ==, 5);
  g_assert_cmpstr (regions[0], ==, "A");
  g_assert_cmpstr (regions[1], ==, "B");
  g_assert_cmpstr (regions[2], ==, "C");
  g_assert_cmpstr (regions[3], ==, "D");
  g_assert_cmpstr (regions[4], ==, "E");
  g_assert_null (regions[5]);

  regions = cvk_region_scheme_regions (CVK_REGION_SCHEME_ITU_D);
  g_assert_cmpuint (g_strv_length ((char **) regions), ==, 6);
  g_assert_cmpstr (regions[0], ==, "Africa");
  g_assert_cmpstr (regions[1], ==, "Americas");
  g_assert_cmpstr (regions[2], ==, "Arab States");
  g_assert_cmpstr (regions[3], ==, "Asia-Pacific");
  g_assert_cmpstr (regions[4], ==, "CIS");
  g_assert_cmpstr (regions[5], ==, "Europe");
  g_assert_null (regions[6]);

  g_assert_cmpstr (cvk_region_scheme_to_string (CVK_REGION_SCHEME_ITU_ADMIN), ==, "itu-admin");
  g_assert_cmpstr (cvk_region_scheme_to_string (CVK_REGION_SCHEME_ITU_D), ==, "itu-d");

  g_assert_true (cvk_region_scheme_from_string ("itu-admin", &scheme));
  g_assert_cmpint (scheme, ==, CVK_REGION_SCHEME_ITU_ADMIN);
  g_assert_true (cvk_region_scheme_from_string ("itu-d", &scheme));
  g_assert_cmpint (scheme, ==, CVK_REGION_SCHEME_ITU_D);
  g_assert_false (cvk_region_scheme_from_string ("", &scheme));
  g_assert_false (cvk_region_scheme_from_string ("itu", &scheme));
  g_assert_false (cvk_region_scheme_from_string ("un-m49", &scheme));
  g_assert_false (cvk_region_scheme_from_string (NULL, &scheme));

  g_assert_true (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, "A"));
  g_assert_true (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, "E"));
  g_assert_false (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, "F"));
  g_assert_false (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, "a"));
  g_assert_false (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, "AB"));
  g_assert_false (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, ""));
  g_assert_false (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, "Europe"));
  g_assert_false (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_ADMIN, NULL));
  g_assert_true (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_D, "Arab States"));
  g_assert_true (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_D, "CIS"));
  g_assert_false (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_D, "europe"));
  g_assert_false (cvk_region_is_valid (CVK_REGION_SCHEME_ITU_D, "A"));
}

#define HEADER "iso3166_alpha2,name_en,itu_admin_region,itu_d_region,developing,ldc,lldc,sids,notes"

static void
test_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkCountries) countries = NULL;
  const CvkCountry *c;

  /* a BOM, columns in another order and some missing (the names in other
   * languages), quoted fields with commas, doubled quotes and line breaks,
   * CRLF and LF, a blank line and no line break at the end */
  static const char csv[] =
    "\xEF\xBB\xBF" "notes,sids,lldc,ldc,developing,itu_d_region,itu_admin_region,name_en,iso3166_alpha2,extra\r\n"
    "admin=confirmed,no,no,no,no,Europe,B,France,fr,x\r\n"
    "\"admin=inferred; says \"\"maybe\"\", or not\",no,no,no,yes,Africa,D,\"Nigeria, Federal Republic\",NG,\"\"\n"
    "\n"
    "\"two\r\nlines\",yes,no,yes,yes,Asia-Pacific,E,Palau,PW,";

  countries = cvk_countries_new_from_csv (csv, strlen (csv), &error);
  g_assert_no_error (error);
  g_assert_nonnull (countries);
  g_assert_cmpuint (cvk_countries_get_n_countries (countries), ==, 3);

  c = cvk_countries_get_nth (countries, 0);
  g_assert_cmpstr (c->code, ==, "FR");
  g_assert_cmpstr (c->name_en, ==, "France");
  g_assert_cmpstr (c->name_fr, ==, "");
  g_assert_cmpint (c->admin_region, ==, 'B');
  g_assert_true (c->region_confirmed);

  c = cvk_countries_lookup (countries, "ng");
  g_assert_true (c == cvk_countries_get_nth (countries, 1));
  g_assert_cmpstr (c->name_en, ==, "Nigeria, Federal Republic");
  g_assert_cmpstr (c->notes, ==, "admin=inferred; says \"maybe\", or not");
  g_assert_true (c->developing);
  g_assert_false (c->region_confirmed);

  c = cvk_countries_get_nth (countries, 2);
  g_assert_cmpstr (c->code, ==, "PW");
  g_assert_cmpstr (c->notes, ==, "two\r\nlines");
  g_assert_true (c->sids);
  g_assert_true (c->ldc);
  g_assert_false (c->lldc);

  /* NUL-terminated text */
  g_clear_object (&countries);
  countries = cvk_countries_new_from_csv (HEADER "\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cvk_countries_get_n_countries (countries), ==, 0);
}

typedef struct
{
  const char *csv;
  int         code;
  const char *line;   /* how the message starts */
} MalformedCase;

static void
test_malformed (void)
{
  static const MalformedCase cases[] = {
    /* not CSV */
    { HEADER "\nFR,France,B,Europe,no,no,no,no,\"never closed\n", CVK_COUNTRIES_ERROR_PARSE, "Line 2:" },
    { HEADER "\nFR,France,B,Europe,no,no,no,no,ok\nNG,\"Nigeria\"x,D,Africa,yes,no,no,no,\n",
      CVK_COUNTRIES_ERROR_PARSE, "Line 3:" },
    { HEADER "\nFR,Fr\"ance,B,Europe,no,no,no,no,\n", CVK_COUNTRIES_ERROR_PARSE, "Line 2:" },
    { HEADER "\nFR,France,B,Europe,no,no,no,no,a\rb\n", CVK_COUNTRIES_ERROR_PARSE, "Line 2:" },
    { HEADER "\nFR,France,B,Europe,no,no,no,no,\nNG,Nigeria,D,Africa,yes,no,no\n",
      CVK_COUNTRIES_ERROR_PARSE, "Line 3:" },
    { HEADER "\nFR,France,B,Europe,no,no,no,no,,\n", CVK_COUNTRIES_ERROR_PARSE, "Line 2:" },
    /* the line after a field of two lines is line 4 */
    { HEADER "\nFR,France,B,Europe,no,no,no,no,\"a\nb\"\nNG,Nigeria,D,Africa,yes,no,no\n",
      CVK_COUNTRIES_ERROR_PARSE, "Line 4:" },
    { HEADER "\r\nFR,France,B,Europe,no,no,no,no,\r\nNG,Nigeria,D,Africa,yes,no,no,no,\xC3\x28\r\n",
      CVK_COUNTRIES_ERROR_PARSE, "Line 3:" },
    { "", CVK_COUNTRIES_ERROR_PARSE, "Line 1:" },
    { "iso3166_alpha2,name_en,itu_admin_region,developing,ldc,lldc,sids\n",
      CVK_COUNTRIES_ERROR_PARSE, "Line 1:" },
    /* CSV, but not a table of countries */
    { HEADER "\nFR,France,F,Europe,no,no,no,no,\n", CVK_COUNTRIES_ERROR_INVALID, "Line 2:" },
    { HEADER "\nFR,France,b,Europe,no,no,no,no,\n", CVK_COUNTRIES_ERROR_INVALID, "Line 2:" },
    { HEADER "\nFR,France,B,Europa,no,no,no,no,\n", CVK_COUNTRIES_ERROR_INVALID, "Line 2:" },
    { HEADER "\nFR,France,B,Europe,nope,no,no,no,\n", CVK_COUNTRIES_ERROR_INVALID, "Line 2:" },
    { HEADER "\nFR,France,B,Europe,no,no,no,,\n", CVK_COUNTRIES_ERROR_INVALID, "Line 2:" },
    { HEADER "\nFRA,France,B,Europe,no,no,no,no,\n", CVK_COUNTRIES_ERROR_INVALID, "Line 2:" },
    { HEADER "\nF1,France,B,Europe,no,no,no,no,\n", CVK_COUNTRIES_ERROR_INVALID, "Line 2:" },
    { HEADER "\nFR,,B,Europe,no,no,no,no,\n", CVK_COUNTRIES_ERROR_INVALID, "Line 2:" },
    { HEADER "\nFR,France,B,Europe,no,no,no,no,\n\nfr,France,B,Europe,no,no,no,no,\n",
      CVK_COUNTRIES_ERROR_INVALID, "Line 4:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CvkCountries) countries = NULL;

      g_test_message ("malformed table %u", i);
      countries = cvk_countries_new_from_csv (cases[i].csv, strlen (cases[i].csv), &error);
      g_assert_null (countries);
      g_assert_error (error, CVK_COUNTRIES_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].line));
    }
}

static void
test_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CvkCountries) countries = NULL;
  const char *data;
  gsize size;

  /* the shipped table read through the public constructor */
  bytes = g_resources_lookup_data ("/io/github/convoke/Convoke/core/countries.csv",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);

  countries = cvk_countries_new_from_csv (data, size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cvk_countries_get_n_countries (countries), ==, 194);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/countries/default", test_default);
  g_test_add_func ("/cvk/countries/lookup", test_lookup);
  g_test_add_func ("/cvk/countries/notes", test_notes);
  g_test_add_func ("/cvk/countries/overrides", test_overrides);
  g_test_add_func ("/cvk/countries/schemes", test_schemes);
  g_test_add_func ("/cvk/countries/csv", test_csv);
  g_test_add_func ("/cvk/countries/malformed", test_malformed);
  g_test_add_func ("/cvk/countries/resource", test_resource);

  return g_test_run ();
}
