/* cvk-workshop.c: a workshop of the series; its dates are those of its timeline item
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-workshop"

#include "config.h"

#include "cvk-workshop.h"
#include "cvk-enum-types.h"

struct _CvkWorkshop
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkWorkshop, cvk_workshop, CVK_TYPE_ENTITY)

static const CvkField workshop_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "item", CVK_FIELD_REF, NULL, "item", "The workshop’s timeline item" },
  { "edition", CVK_FIELD_INT, NULL, NULL, "Edition number in the series" },
  { "title", CVK_FIELD_STRING, NULL, NULL, "Title" },
  { "place", CVK_FIELD_STRING, NULL, NULL, "Place" },
  { "format", CVK_FIELD_ENUM, cvk_workshop_format_get_type, NULL, "Format" },
  { "audience", CVK_FIELD_STRING, NULL, NULL, "Target audience" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (workshop_fields) == CVK_WORKSHOP_N_FIELDS);

static void
cvk_workshop_class_init (CvkWorkshopClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "workshop",
                                   workshop_fields, G_N_ELEMENTS (workshop_fields));
}

static void
cvk_workshop_init (CvkWorkshop *self)
{
}

CvkWorkshop *
cvk_workshop_new (const char *id)
{
  return CVK_WORKSHOP (cvk_entity_new (CVK_TYPE_WORKSHOP, id));
}

const char *
cvk_workshop_get_item (CvkWorkshop *self)
{
  g_return_val_if_fail (CVK_IS_WORKSHOP (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_WORKSHOP_ITEM);
}

gint64
cvk_workshop_get_edition (CvkWorkshop *self)
{
  g_return_val_if_fail (CVK_IS_WORKSHOP (self), 0);
  return cvk_entity_get_int (CVK_ENTITY (self), CVK_WORKSHOP_EDITION);
}

const char *
cvk_workshop_get_title (CvkWorkshop *self)
{
  g_return_val_if_fail (CVK_IS_WORKSHOP (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_WORKSHOP_TITLE);
}

const char *
cvk_workshop_get_place (CvkWorkshop *self)
{
  g_return_val_if_fail (CVK_IS_WORKSHOP (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_WORKSHOP_PLACE);
}

CvkWorkshopFormat
cvk_workshop_get_format (CvkWorkshop *self)
{
  g_return_val_if_fail (CVK_IS_WORKSHOP (self), 0);
  return (CvkWorkshopFormat) cvk_entity_get_enum (CVK_ENTITY (self), CVK_WORKSHOP_FORMAT);
}

const char *
cvk_workshop_get_audience (CvkWorkshop *self)
{
  g_return_val_if_fail (CVK_IS_WORKSHOP (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_WORKSHOP_AUDIENCE);
}
