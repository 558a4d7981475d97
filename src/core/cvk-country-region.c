/* cvk-country-region.c: the document’s correction of a country’s ITU region
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-country-region"

#include "config.h"

#include "cvk-country-region.h"
#include "cvk-enum-types.h"

struct _CvkCountryRegion
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkCountryRegion, cvk_country_region, CVK_TYPE_ENTITY)

static const CvkField country_region_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "ISO 3166-1 alpha-2 code" },
  { "region", CVK_FIELD_STRING, NULL, NULL, "ITU administrative region (A to E)" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (country_region_fields) == CVK_COUNTRY_REGION_N_FIELDS);

static void
cvk_country_region_class_init (CvkCountryRegionClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "country-region",
                                   country_region_fields, G_N_ELEMENTS (country_region_fields));
}

static void
cvk_country_region_init (CvkCountryRegion *self)
{
}

CvkCountryRegion *
cvk_country_region_new (const char *id)
{
  return CVK_COUNTRY_REGION (cvk_entity_new (CVK_TYPE_COUNTRY_REGION, id));
}

const char *
cvk_country_region_get_region (CvkCountryRegion *self)
{
  g_return_val_if_fail (CVK_IS_COUNTRY_REGION (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_COUNTRY_REGION_REGION);
}
