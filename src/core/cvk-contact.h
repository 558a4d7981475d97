/* cvk-contact.h: a person who may be invited to a workshop
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_CONTACT (cvk_contact_get_type ())
G_DECLARE_FINAL_TYPE (CvkContact, cvk_contact, CVK, CONTACT, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_CONTACT_ID,
  CVK_CONTACT_NAME,
  CVK_CONTACT_EMAIL,
  CVK_CONTACT_ORGANIZATION,
  CVK_CONTACT_ORGANIZATION_TYPE,
  CVK_CONTACT_COUNTRY,
  CVK_CONTACT_LANGUAGE,
  CVK_CONTACT_GENDER,
  CVK_CONTACT_PREVIOUS_WORKSHOPS,
  CVK_CONTACT_N_FIELDS
} CvkContactField;

CvkContact *cvk_contact_new (const char *id);

const char *cvk_contact_get_name                (CvkContact *self);
const char *cvk_contact_get_email               (CvkContact *self);
const char *cvk_contact_get_organization        (CvkContact *self);
const char *cvk_contact_get_organization_type   (CvkContact *self);
const char *cvk_contact_get_country             (CvkContact *self);
const char *cvk_contact_get_language            (CvkContact *self);
CvkGender   cvk_contact_get_gender              (CvkContact *self);
const char *cvk_contact_get_previous_workshops  (CvkContact *self);

G_END_DECLS
