/* cvk-indicator.h: a key outcome indicator (KOI)
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_INDICATOR (cvk_indicator_get_type ())
G_DECLARE_FINAL_TYPE (CvkIndicator, cvk_indicator, CVK, INDICATOR, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_INDICATOR_ID,
  CVK_INDICATOR_NAME,
  CVK_INDICATOR_DESCRIPTION,
  CVK_INDICATOR_N_FIELDS
} CvkIndicatorField;

CvkIndicator *cvk_indicator_new (const char *id);

const char *cvk_indicator_get_name        (CvkIndicator *self);
const char *cvk_indicator_get_description (CvkIndicator *self);

G_END_DECLS
