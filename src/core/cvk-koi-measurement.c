/* cvk-koi-measurement.c: a measurement of a key outcome indicator for a workshop
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-koi-measurement"

#include "config.h"

#include "cvk-koi-measurement.h"
#include "cvk-enum-types.h"

struct _CvkKoiMeasurement
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkKoiMeasurement, cvk_koi_measurement, CVK_TYPE_ENTITY)

static const CvkField koi_measurement_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "workshop", CVK_FIELD_REF, NULL, "workshop", "Workshop" },
  { "indicator", CVK_FIELD_REF, NULL, "indicator", "Indicator" },
  { "value", CVK_FIELD_INT, NULL, NULL, "Measured value" },
  { "method", CVK_FIELD_STRING, NULL, NULL, "How it was measured" },
  { "measured", CVK_FIELD_DATE, NULL, NULL, "When" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (koi_measurement_fields) == CVK_KOI_MEASUREMENT_N_FIELDS);

static void
cvk_koi_measurement_class_init (CvkKoiMeasurementClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "koi-measurement",
                                   koi_measurement_fields, G_N_ELEMENTS (koi_measurement_fields));
}

static void
cvk_koi_measurement_init (CvkKoiMeasurement *self)
{
}

CvkKoiMeasurement *
cvk_koi_measurement_new (const char *id)
{
  return CVK_KOI_MEASUREMENT (cvk_entity_new (CVK_TYPE_KOI_MEASUREMENT, id));
}

const char *
cvk_koi_measurement_get_workshop (CvkKoiMeasurement *self)
{
  g_return_val_if_fail (CVK_IS_KOI_MEASUREMENT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_KOI_MEASUREMENT_WORKSHOP);
}

const char *
cvk_koi_measurement_get_indicator (CvkKoiMeasurement *self)
{
  g_return_val_if_fail (CVK_IS_KOI_MEASUREMENT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_KOI_MEASUREMENT_INDICATOR);
}

gint64
cvk_koi_measurement_get_value (CvkKoiMeasurement *self)
{
  g_return_val_if_fail (CVK_IS_KOI_MEASUREMENT (self), 0);
  return cvk_entity_get_int (CVK_ENTITY (self), CVK_KOI_MEASUREMENT_VALUE);
}

const char *
cvk_koi_measurement_get_method (CvkKoiMeasurement *self)
{
  g_return_val_if_fail (CVK_IS_KOI_MEASUREMENT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_KOI_MEASUREMENT_METHOD);
}

const GDate *
cvk_koi_measurement_get_measured (CvkKoiMeasurement *self)
{
  g_return_val_if_fail (CVK_IS_KOI_MEASUREMENT (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_KOI_MEASUREMENT_MEASURED);
}
