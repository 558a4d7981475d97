/* cvk-item.c: an item of the timeline: phase, task, milestone, workshop, report or meeting
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-item"

#include "config.h"

#include "cvk-item.h"
#include "cvk-enum-types.h"

struct _CvkItem
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkItem, cvk_item, CVK_TYPE_ENTITY)

static const CvkField item_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "name", CVK_FIELD_STRING, NULL, NULL, "Name" },
  { "kind", CVK_FIELD_ENUM, cvk_item_kind_get_type, NULL, "Kind of item" },
  { "body", CVK_FIELD_ENUM, cvk_body_get_type, NULL, "Body holding the meeting or receiving the report" },
  { "start", CVK_FIELD_DATE, NULL, NULL, "First day of the period" },
  { "end", CVK_FIELD_DATE, NULL, NULL, "Last day of the period" },
  { "precision", CVK_FIELD_ENUM, cvk_precision_get_type, NULL, "Precision of the dates" },
  { "status", CVK_FIELD_ENUM, cvk_date_status_get_type, NULL, "Status of the dates" },
  { "parent", CVK_FIELD_REF, NULL, "item", "Parent item" },
  { "owner", CVK_FIELD_REF, NULL, "member", "Owner (a seat of the roster)" },
  { "progress", CVK_FIELD_INT, NULL, NULL, "Progress in percent" },
  { "notes", CVK_FIELD_STRING, NULL, NULL, "Notes" },
  { "position", CVK_FIELD_INT, NULL, NULL, "Order among siblings" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (item_fields) == CVK_ITEM_N_FIELDS);

static void
cvk_item_class_init (CvkItemClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "item",
                                   item_fields, G_N_ELEMENTS (item_fields));
}

static void
cvk_item_init (CvkItem *self)
{
}

CvkItem *
cvk_item_new (const char *id)
{
  return CVK_ITEM (cvk_entity_new (CVK_TYPE_ITEM, id));
}

const char *
cvk_item_get_name (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_ITEM_NAME);
}

CvkItemKind
cvk_item_get_kind (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return (CvkItemKind) cvk_entity_get_enum (CVK_ENTITY (self), CVK_ITEM_KIND);
}

CvkBody
cvk_item_get_body (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return (CvkBody) cvk_entity_get_enum (CVK_ENTITY (self), CVK_ITEM_BODY);
}

const GDate *
cvk_item_get_start (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_ITEM_START);
}

const GDate *
cvk_item_get_end (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_ITEM_END);
}

CvkPrecision
cvk_item_get_precision (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return (CvkPrecision) cvk_entity_get_enum (CVK_ENTITY (self), CVK_ITEM_PRECISION);
}

CvkDateStatus
cvk_item_get_status (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return (CvkDateStatus) cvk_entity_get_enum (CVK_ENTITY (self), CVK_ITEM_STATUS);
}

const char *
cvk_item_get_parent (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_ITEM_PARENT);
}

const char *
cvk_item_get_owner (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_ITEM_OWNER);
}

gint64
cvk_item_get_progress (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return cvk_entity_get_int (CVK_ENTITY (self), CVK_ITEM_PROGRESS);
}

const char *
cvk_item_get_notes (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_ITEM_NOTES);
}

gint64
cvk_item_get_position (CvkItem *self)
{
  g_return_val_if_fail (CVK_IS_ITEM (self), 0);
  return cvk_entity_get_int (CVK_ENTITY (self), CVK_ITEM_POSITION);
}
