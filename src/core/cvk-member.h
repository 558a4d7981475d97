/* cvk-member.h: a seat of the committee and the person in it
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_MEMBER (cvk_member_get_type ())
G_DECLARE_FINAL_TYPE (CvkMember, cvk_member, CVK, MEMBER, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_MEMBER_ID,
  CVK_MEMBER_NAME,
  CVK_MEMBER_ROLE,
  CVK_MEMBER_REGION,
  CVK_MEMBER_COUNTRY,
  CVK_MEMBER_ORGANIZATION,
  CVK_MEMBER_EMAIL,
  CVK_MEMBER_GENDER,
  CVK_MEMBER_YOUTH,
  CVK_MEMBER_STATUS,
  CVK_MEMBER_JUSTIFICATION,
  CVK_MEMBER_TERM_START,
  CVK_MEMBER_TERM_END,
  CVK_MEMBER_N_FIELDS
} CvkMemberField;

CvkMember *cvk_member_new (const char *id);

const char      *cvk_member_get_name           (CvkMember *self);
CvkRole          cvk_member_get_role           (CvkMember *self);
const char      *cvk_member_get_region         (CvkMember *self);
const char      *cvk_member_get_country        (CvkMember *self);
const char      *cvk_member_get_organization   (CvkMember *self);
const char      *cvk_member_get_email          (CvkMember *self);
CvkGender        cvk_member_get_gender         (CvkMember *self);
gboolean         cvk_member_get_youth          (CvkMember *self);
CvkMemberStatus  cvk_member_get_status         (CvkMember *self);
const char      *cvk_member_get_justification  (CvkMember *self);
const GDate     *cvk_member_get_term_start     (CvkMember *self);
const GDate     *cvk_member_get_term_end       (CvkMember *self);

G_END_DECLS
