/* cvk-item.h: an item of the timeline: phase, task, milestone, workshop, report or meeting
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_ITEM (cvk_item_get_type ())
G_DECLARE_FINAL_TYPE (CvkItem, cvk_item, CVK, ITEM, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_ITEM_ID,
  CVK_ITEM_NAME,
  CVK_ITEM_KIND,
  CVK_ITEM_BODY,
  CVK_ITEM_START,
  CVK_ITEM_END,
  CVK_ITEM_PRECISION,
  CVK_ITEM_STATUS,
  CVK_ITEM_PARENT,
  CVK_ITEM_OWNER,
  CVK_ITEM_PROGRESS,
  CVK_ITEM_NOTES,
  CVK_ITEM_POSITION,
  CVK_ITEM_N_FIELDS
} CvkItemField;

CvkItem *cvk_item_new (const char *id);

const char    *cvk_item_get_name      (CvkItem *self);
CvkItemKind    cvk_item_get_kind      (CvkItem *self);
CvkBody        cvk_item_get_body      (CvkItem *self);
const GDate   *cvk_item_get_start     (CvkItem *self);
const GDate   *cvk_item_get_end       (CvkItem *self);
CvkPrecision   cvk_item_get_precision (CvkItem *self);
CvkDateStatus  cvk_item_get_status    (CvkItem *self);
const char    *cvk_item_get_parent    (CvkItem *self);
const char    *cvk_item_get_owner     (CvkItem *self);
gint64         cvk_item_get_progress  (CvkItem *self);
const char    *cvk_item_get_notes     (CvkItem *self);
gint64         cvk_item_get_position  (CvkItem *self);

G_END_DECLS
