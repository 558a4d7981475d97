/* cvk-koi-measurement.h: a measurement of a key outcome indicator for a workshop
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_KOI_MEASUREMENT (cvk_koi_measurement_get_type ())
G_DECLARE_FINAL_TYPE (CvkKoiMeasurement, cvk_koi_measurement, CVK, KOI_MEASUREMENT, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_KOI_MEASUREMENT_ID,
  CVK_KOI_MEASUREMENT_WORKSHOP,
  CVK_KOI_MEASUREMENT_INDICATOR,
  CVK_KOI_MEASUREMENT_VALUE,
  CVK_KOI_MEASUREMENT_METHOD,
  CVK_KOI_MEASUREMENT_MEASURED,
  CVK_KOI_MEASUREMENT_N_FIELDS
} CvkKoiMeasurementField;

CvkKoiMeasurement *cvk_koi_measurement_new (const char *id);

const char  *cvk_koi_measurement_get_workshop   (CvkKoiMeasurement *self);
const char  *cvk_koi_measurement_get_indicator  (CvkKoiMeasurement *self);
gint64       cvk_koi_measurement_get_value      (CvkKoiMeasurement *self);
const char  *cvk_koi_measurement_get_method     (CvkKoiMeasurement *self);
const GDate *cvk_koi_measurement_get_measured   (CvkKoiMeasurement *self);

G_END_DECLS
