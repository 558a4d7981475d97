/* cvk-staff-allocation.c: staff days given to a workshop or a task
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-staff-allocation"

#include "config.h"

#include "cvk-staff-allocation.h"
#include "cvk-enum-types.h"

struct _CvkStaffAllocation
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkStaffAllocation, cvk_staff_allocation, CVK_TYPE_ENTITY)

static const CvkField staff_allocation_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "person", CVK_FIELD_STRING, NULL, NULL, "Person or team" },
  { "workshop", CVK_FIELD_REF, NULL, "workshop", "Workshop" },
  { "item", CVK_FIELD_REF, NULL, "item", "Task" },
  { "planned-days", CVK_FIELD_DOUBLE, NULL, NULL, "Planned days" },
  { "actual-days", CVK_FIELD_DOUBLE, NULL, NULL, "Actual days" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (staff_allocation_fields) == CVK_STAFF_ALLOCATION_N_FIELDS);

static void
cvk_staff_allocation_class_init (CvkStaffAllocationClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "staff-allocation",
                                   staff_allocation_fields, G_N_ELEMENTS (staff_allocation_fields));
}

static void
cvk_staff_allocation_init (CvkStaffAllocation *self)
{
}

CvkStaffAllocation *
cvk_staff_allocation_new (const char *id)
{
  return CVK_STAFF_ALLOCATION (cvk_entity_new (CVK_TYPE_STAFF_ALLOCATION, id));
}

const char *
cvk_staff_allocation_get_person (CvkStaffAllocation *self)
{
  g_return_val_if_fail (CVK_IS_STAFF_ALLOCATION (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_STAFF_ALLOCATION_PERSON);
}

const char *
cvk_staff_allocation_get_workshop (CvkStaffAllocation *self)
{
  g_return_val_if_fail (CVK_IS_STAFF_ALLOCATION (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_STAFF_ALLOCATION_WORKSHOP);
}

const char *
cvk_staff_allocation_get_item (CvkStaffAllocation *self)
{
  g_return_val_if_fail (CVK_IS_STAFF_ALLOCATION (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_STAFF_ALLOCATION_ITEM);
}

double
cvk_staff_allocation_get_planned_days (CvkStaffAllocation *self)
{
  g_return_val_if_fail (CVK_IS_STAFF_ALLOCATION (self), 0);
  return cvk_entity_get_double (CVK_ENTITY (self), CVK_STAFF_ALLOCATION_PLANNED_DAYS);
}

double
cvk_staff_allocation_get_actual_days (CvkStaffAllocation *self)
{
  g_return_val_if_fail (CVK_IS_STAFF_ALLOCATION (self), 0);
  return cvk_entity_get_double (CVK_ENTITY (self), CVK_STAFF_ALLOCATION_ACTUAL_DAYS);
}
