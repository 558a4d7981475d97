/* cvk-committee.h: the steering committee and its lifecycle
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_COMMITTEE (cvk_committee_get_type ())
G_DECLARE_FINAL_TYPE (CvkCommittee, cvk_committee, CVK, COMMITTEE, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_COMMITTEE_ID,
  CVK_COMMITTEE_NAME,
  CVK_COMMITTEE_STAGE,
  CVK_COMMITTEE_FORMED,
  CVK_COMMITTEE_EXECUTING,
  CVK_COMMITTEE_REPORTING,
  CVK_COMMITTEE_DISMANTLED,
  CVK_COMMITTEE_NOTES,
  CVK_COMMITTEE_N_FIELDS
} CvkCommitteeField;

CvkCommittee *cvk_committee_new (const char *id);

const char  *cvk_committee_get_name        (CvkCommittee *self);
CvkStage     cvk_committee_get_stage       (CvkCommittee *self);
const GDate *cvk_committee_get_formed      (CvkCommittee *self);
const GDate *cvk_committee_get_executing   (CvkCommittee *self);
const GDate *cvk_committee_get_reporting   (CvkCommittee *self);
const GDate *cvk_committee_get_dismantled  (CvkCommittee *self);
const char  *cvk_committee_get_notes       (CvkCommittee *self);

G_END_DECLS
