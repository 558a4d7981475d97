/* cvk-indicator.c: a key outcome indicator (KOI)
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-indicator"

#include "config.h"

#include "cvk-indicator.h"
#include "cvk-enum-types.h"

struct _CvkIndicator
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkIndicator, cvk_indicator, CVK_TYPE_ENTITY)

static const CvkField indicator_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "name", CVK_FIELD_STRING, NULL, NULL, "Name" },
  { "description", CVK_FIELD_STRING, NULL, NULL, "What it measures" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (indicator_fields) == CVK_INDICATOR_N_FIELDS);

static void
cvk_indicator_class_init (CvkIndicatorClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "indicator",
                                   indicator_fields, G_N_ELEMENTS (indicator_fields));
}

static void
cvk_indicator_init (CvkIndicator *self)
{
}

CvkIndicator *
cvk_indicator_new (const char *id)
{
  return CVK_INDICATOR (cvk_entity_new (CVK_TYPE_INDICATOR, id));
}

const char *
cvk_indicator_get_name (CvkIndicator *self)
{
  g_return_val_if_fail (CVK_IS_INDICATOR (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_INDICATOR_NAME);
}

const char *
cvk_indicator_get_description (CvkIndicator *self)
{
  g_return_val_if_fail (CVK_IS_INDICATOR (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_INDICATOR_DESCRIPTION);
}
