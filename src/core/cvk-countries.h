/* cvk-countries.h: ITU Member States, their regions and development status
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table ships in data/countries.csv (see data/countries.md for its
 * sources) and is compiled into the program's resources.  A document may
 * correct a country's ITU administrative region: cvk_countries_set_override()
 * (per instance; %NULL or "" as the region removes the correction, a region
 * other than A to E or an unknown code is ignored).  Lookups take
 * the code in any case.  cvk_countries_lookup() and cvk_countries_get_nth()
 * give the rows as shipped; cvk_countries_region() applies the overrides.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char     code[3];          /* ISO 3166-1 alpha-2 */
  char    *name_en;          /* UN short names in the six official languages */
  char    *name_ar;
  char    *name_es;
  char    *name_fr;
  char    *name_ru;
  char    *name_zh;
  char     admin_region;     /* ITU administrative region: 'A' to 'E' */
  char    *itu_d_region;     /* ITU-D region: Africa, Americas, Arab States, ... */
  gboolean developing;
  gboolean ldc;
  gboolean lldc;
  gboolean sids;
  gboolean region_confirmed; /* a public ITU source names its region */
  char    *notes;            /* provenance notes, as shipped */
} CvkCountry;

typedef enum
{
  CVK_REGION_SCHEME_ITU_ADMIN,  /* A to E, two volunteer seats each */
  CVK_REGION_SCHEME_ITU_D,      /* the six ITU-D regions */
} CvkRegionScheme;

#define CVK_TYPE_COUNTRIES (cvk_countries_get_type ())
G_DECLARE_FINAL_TYPE (CvkCountries, cvk_countries, CVK, COUNTRIES, GObject)

CvkCountries     *cvk_countries_new_default      (void);
CvkCountries     *cvk_countries_new_from_csv     (const char       *csv_text,
                                                  gsize             length,
                                                  GError          **error);
guint             cvk_countries_get_n_countries  (CvkCountries     *self);
const CvkCountry *cvk_countries_get_nth          (CvkCountries     *self,
                                                  guint             index);
const CvkCountry *cvk_countries_lookup           (CvkCountries     *self,
                                                  const char       *code);
void              cvk_countries_set_override     (CvkCountries     *self,
                                                  const char       *code,
                                                  const char       *admin_region);
void              cvk_countries_clear_overrides  (CvkCountries     *self);
gboolean          cvk_countries_has_override     (CvkCountries     *self,
                                                  const char       *code);
/* The region of @code under @scheme, with the document's overrides: "A" .. "E"
 * or an ITU-D region name; NULL for an unknown code. */
const char       *cvk_countries_region           (CvkCountries     *self,
                                                  const char       *code,
                                                  CvkRegionScheme   scheme);
/* The regions of @scheme, in order, NULL-terminated. */
const char *const *cvk_region_scheme_regions     (CvkRegionScheme   scheme);
const char       *cvk_region_scheme_to_string    (CvkRegionScheme   scheme);
gboolean          cvk_region_scheme_from_string  (const char       *text,
                                                  CvkRegionScheme  *scheme);
gboolean          cvk_region_is_valid            (CvkRegionScheme   scheme,
                                                  const char       *region);

#define CVK_COUNTRIES_ERROR (cvk_countries_error_quark ())
GQuark            cvk_countries_error_quark      (void);

typedef enum
{
  CVK_COUNTRIES_ERROR_PARSE,    /* not a well-formed CSV table */
  CVK_COUNTRIES_ERROR_INVALID,  /* a well-formed table with a bad value */
} CvkCountriesError;

G_END_DECLS
