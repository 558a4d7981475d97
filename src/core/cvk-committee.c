/* cvk-committee.c: the steering committee and its lifecycle
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-committee"

#include "config.h"

#include "cvk-committee.h"
#include "cvk-enum-types.h"

struct _CvkCommittee
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkCommittee, cvk_committee, CVK_TYPE_ENTITY)

static const CvkField committee_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "name", CVK_FIELD_STRING, NULL, NULL, "The committee’s name" },
  { "stage", CVK_FIELD_ENUM, cvk_stage_get_type, NULL, "Lifecycle stage" },
  { "formed", CVK_FIELD_DATE, NULL, NULL, "When the committee was formed" },
  { "executing", CVK_FIELD_DATE, NULL, NULL, "When it started executing its mission" },
  { "reporting", CVK_FIELD_DATE, NULL, NULL, "When it started reporting" },
  { "dismantled", CVK_FIELD_DATE, NULL, NULL, "When it was dismantled" },
  { "notes", CVK_FIELD_STRING, NULL, NULL, "Notes" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (committee_fields) == CVK_COMMITTEE_N_FIELDS);

static void
cvk_committee_class_init (CvkCommitteeClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "committee",
                                   committee_fields, G_N_ELEMENTS (committee_fields));
}

static void
cvk_committee_init (CvkCommittee *self)
{
}

CvkCommittee *
cvk_committee_new (const char *id)
{
  return CVK_COMMITTEE (cvk_entity_new (CVK_TYPE_COMMITTEE, id));
}

const char *
cvk_committee_get_name (CvkCommittee *self)
{
  g_return_val_if_fail (CVK_IS_COMMITTEE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_COMMITTEE_NAME);
}

CvkStage
cvk_committee_get_stage (CvkCommittee *self)
{
  g_return_val_if_fail (CVK_IS_COMMITTEE (self), 0);
  return (CvkStage) cvk_entity_get_enum (CVK_ENTITY (self), CVK_COMMITTEE_STAGE);
}

const GDate *
cvk_committee_get_formed (CvkCommittee *self)
{
  g_return_val_if_fail (CVK_IS_COMMITTEE (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_COMMITTEE_FORMED);
}

const GDate *
cvk_committee_get_executing (CvkCommittee *self)
{
  g_return_val_if_fail (CVK_IS_COMMITTEE (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_COMMITTEE_EXECUTING);
}

const GDate *
cvk_committee_get_reporting (CvkCommittee *self)
{
  g_return_val_if_fail (CVK_IS_COMMITTEE (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_COMMITTEE_REPORTING);
}

const GDate *
cvk_committee_get_dismantled (CvkCommittee *self)
{
  g_return_val_if_fail (CVK_IS_COMMITTEE (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_COMMITTEE_DISMANTLED);
}

const char *
cvk_committee_get_notes (CvkCommittee *self)
{
  g_return_val_if_fail (CVK_IS_COMMITTEE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_COMMITTEE_NOTES);
}
