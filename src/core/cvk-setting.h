/* cvk-setting.h: a setting of the document
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_SETTING (cvk_setting_get_type ())
G_DECLARE_FINAL_TYPE (CvkSetting, cvk_setting, CVK, SETTING, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_SETTING_ID,
  CVK_SETTING_VALUE,
  CVK_SETTING_N_FIELDS
} CvkSettingField;

CvkSetting *cvk_setting_new (const char *id);

const char *cvk_setting_get_value (CvkSetting *self);

G_END_DECLS
