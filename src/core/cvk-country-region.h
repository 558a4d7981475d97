/* cvk-country-region.h: the document’s correction of a country’s ITU region
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_COUNTRY_REGION (cvk_country_region_get_type ())
G_DECLARE_FINAL_TYPE (CvkCountryRegion, cvk_country_region, CVK, COUNTRY_REGION, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_COUNTRY_REGION_ID,
  CVK_COUNTRY_REGION_REGION,
  CVK_COUNTRY_REGION_N_FIELDS
} CvkCountryRegionField;

CvkCountryRegion *cvk_country_region_new (const char *id);

const char *cvk_country_region_get_region (CvkCountryRegion *self);

G_END_DECLS
