/* cvk-setting.c: a setting of the document
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-setting"

#include "config.h"

#include "cvk-setting.h"
#include "cvk-enum-types.h"

struct _CvkSetting
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkSetting, cvk_setting, CVK_TYPE_ENTITY)

static const CvkField setting_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Key" },
  { "value", CVK_FIELD_STRING, NULL, NULL, "Value" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (setting_fields) == CVK_SETTING_N_FIELDS);

static void
cvk_setting_class_init (CvkSettingClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "setting",
                                   setting_fields, G_N_ELEMENTS (setting_fields));
}

static void
cvk_setting_init (CvkSetting *self)
{
}

CvkSetting *
cvk_setting_new (const char *id)
{
  return CVK_SETTING (cvk_entity_new (CVK_TYPE_SETTING, id));
}

const char *
cvk_setting_get_value (CvkSetting *self)
{
  g_return_val_if_fail (CVK_IS_SETTING (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_SETTING_VALUE);
}
