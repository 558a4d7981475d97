/* cvk-staff-allocation.h: staff days given to a workshop or a task
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_STAFF_ALLOCATION (cvk_staff_allocation_get_type ())
G_DECLARE_FINAL_TYPE (CvkStaffAllocation, cvk_staff_allocation, CVK, STAFF_ALLOCATION, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_STAFF_ALLOCATION_ID,
  CVK_STAFF_ALLOCATION_PERSON,
  CVK_STAFF_ALLOCATION_WORKSHOP,
  CVK_STAFF_ALLOCATION_ITEM,
  CVK_STAFF_ALLOCATION_PLANNED_DAYS,
  CVK_STAFF_ALLOCATION_ACTUAL_DAYS,
  CVK_STAFF_ALLOCATION_N_FIELDS
} CvkStaffAllocationField;

CvkStaffAllocation *cvk_staff_allocation_new (const char *id);

const char *cvk_staff_allocation_get_person       (CvkStaffAllocation *self);
const char *cvk_staff_allocation_get_workshop     (CvkStaffAllocation *self);
const char *cvk_staff_allocation_get_item         (CvkStaffAllocation *self);
double      cvk_staff_allocation_get_planned_days (CvkStaffAllocation *self);
double      cvk_staff_allocation_get_actual_days  (CvkStaffAllocation *self);

G_END_DECLS
