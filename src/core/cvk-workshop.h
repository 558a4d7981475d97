/* cvk-workshop.h: a workshop of the series; its dates are those of its timeline item
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_WORKSHOP (cvk_workshop_get_type ())
G_DECLARE_FINAL_TYPE (CvkWorkshop, cvk_workshop, CVK, WORKSHOP, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_WORKSHOP_ID,
  CVK_WORKSHOP_ITEM,
  CVK_WORKSHOP_EDITION,
  CVK_WORKSHOP_TITLE,
  CVK_WORKSHOP_PLACE,
  CVK_WORKSHOP_FORMAT,
  CVK_WORKSHOP_AUDIENCE,
  CVK_WORKSHOP_N_FIELDS
} CvkWorkshopField;

CvkWorkshop *cvk_workshop_new (const char *id);

const char        *cvk_workshop_get_item      (CvkWorkshop *self);
gint64             cvk_workshop_get_edition   (CvkWorkshop *self);
const char        *cvk_workshop_get_title     (CvkWorkshop *self);
const char        *cvk_workshop_get_place     (CvkWorkshop *self);
CvkWorkshopFormat  cvk_workshop_get_format    (CvkWorkshop *self);
const char        *cvk_workshop_get_audience  (CvkWorkshop *self);

G_END_DECLS
