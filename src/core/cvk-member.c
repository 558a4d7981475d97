/* cvk-member.c: a seat of the committee and the person in it
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-member"

#include "config.h"

#include "cvk-member.h"
#include "cvk-enum-types.h"

struct _CvkMember
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkMember, cvk_member, CVK_TYPE_ENTITY)

static const CvkField member_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier (a seat)" },
  { "name", CVK_FIELD_STRING, NULL, NULL, "Full name, empty for a vacant seat" },
  { "role", CVK_FIELD_ENUM, cvk_role_get_type, NULL, "Role on the committee" },
  { "region", CVK_FIELD_STRING, NULL, NULL, "ITU region (empty: derived from the country)" },
  { "country", CVK_FIELD_STRING, NULL, NULL, "ISO 3166-1 alpha-2 code" },
  { "organization", CVK_FIELD_STRING, NULL, NULL, "Organization" },
  { "email", CVK_FIELD_STRING, NULL, NULL, "E-mail address" },
  { "gender", CVK_FIELD_ENUM, cvk_gender_get_type, NULL, "Gender" },
  { "youth", CVK_FIELD_BOOL, NULL, NULL, "Counts as youth" },
  { "status", CVK_FIELD_ENUM, cvk_member_status_get_type, NULL, "Status of the seat" },
  { "justification", CVK_FIELD_STRING, NULL, NULL, "Why this person joins (regional volunteers)" },
  { "term-start", CVK_FIELD_DATE, NULL, NULL, "Start of the term" },
  { "term-end", CVK_FIELD_DATE, NULL, NULL, "End of the term" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (member_fields) == CVK_MEMBER_N_FIELDS);

static void
cvk_member_class_init (CvkMemberClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "member",
                                   member_fields, G_N_ELEMENTS (member_fields));
}

static void
cvk_member_init (CvkMember *self)
{
}

CvkMember *
cvk_member_new (const char *id)
{
  return CVK_MEMBER (cvk_entity_new (CVK_TYPE_MEMBER, id));
}

const char *
cvk_member_get_name (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_MEMBER_NAME);
}

CvkRole
cvk_member_get_role (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return (CvkRole) cvk_entity_get_enum (CVK_ENTITY (self), CVK_MEMBER_ROLE);
}

const char *
cvk_member_get_region (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_MEMBER_REGION);
}

const char *
cvk_member_get_country (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_MEMBER_COUNTRY);
}

const char *
cvk_member_get_organization (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_MEMBER_ORGANIZATION);
}

const char *
cvk_member_get_email (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_MEMBER_EMAIL);
}

CvkGender
cvk_member_get_gender (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return (CvkGender) cvk_entity_get_enum (CVK_ENTITY (self), CVK_MEMBER_GENDER);
}

gboolean
cvk_member_get_youth (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_bool (CVK_ENTITY (self), CVK_MEMBER_YOUTH);
}

CvkMemberStatus
cvk_member_get_status (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return (CvkMemberStatus) cvk_entity_get_enum (CVK_ENTITY (self), CVK_MEMBER_STATUS);
}

const char *
cvk_member_get_justification (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_MEMBER_JUSTIFICATION);
}

const GDate *
cvk_member_get_term_start (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_MEMBER_TERM_START);
}

const GDate *
cvk_member_get_term_end (CvkMember *self)
{
  g_return_val_if_fail (CVK_IS_MEMBER (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_MEMBER_TERM_END);
}
