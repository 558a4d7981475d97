/* cvk-contact.c: a person who may be invited to a workshop
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-contact"

#include "config.h"

#include "cvk-contact.h"
#include "cvk-enum-types.h"

struct _CvkContact
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkContact, cvk_contact, CVK_TYPE_ENTITY)

static const CvkField contact_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "name", CVK_FIELD_STRING, NULL, NULL, "Full name" },
  { "email", CVK_FIELD_STRING, NULL, NULL, "E-mail address" },
  { "organization", CVK_FIELD_STRING, NULL, NULL, "Organization" },
  { "organization-type", CVK_FIELD_STRING, NULL, NULL, "Type of organization" },
  { "country", CVK_FIELD_STRING, NULL, NULL, "ISO 3166-1 alpha-2 code" },
  { "language", CVK_FIELD_STRING, NULL, NULL, "Preferred language (ar, en, es, fr, ru, zh)" },
  { "gender", CVK_FIELD_ENUM, cvk_gender_get_type, NULL, "Gender" },
  { "previous-workshops", CVK_FIELD_STRING, NULL, NULL, "Editions attended before, separated by spaces" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (contact_fields) == CVK_CONTACT_N_FIELDS);

static void
cvk_contact_class_init (CvkContactClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "contact",
                                   contact_fields, G_N_ELEMENTS (contact_fields));
}

static void
cvk_contact_init (CvkContact *self)
{
}

CvkContact *
cvk_contact_new (const char *id)
{
  return CVK_CONTACT (cvk_entity_new (CVK_TYPE_CONTACT, id));
}

const char *
cvk_contact_get_name (CvkContact *self)
{
  g_return_val_if_fail (CVK_IS_CONTACT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_CONTACT_NAME);
}

const char *
cvk_contact_get_email (CvkContact *self)
{
  g_return_val_if_fail (CVK_IS_CONTACT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_CONTACT_EMAIL);
}

const char *
cvk_contact_get_organization (CvkContact *self)
{
  g_return_val_if_fail (CVK_IS_CONTACT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_CONTACT_ORGANIZATION);
}

const char *
cvk_contact_get_organization_type (CvkContact *self)
{
  g_return_val_if_fail (CVK_IS_CONTACT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_CONTACT_ORGANIZATION_TYPE);
}

const char *
cvk_contact_get_country (CvkContact *self)
{
  g_return_val_if_fail (CVK_IS_CONTACT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_CONTACT_COUNTRY);
}

const char *
cvk_contact_get_language (CvkContact *self)
{
  g_return_val_if_fail (CVK_IS_CONTACT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_CONTACT_LANGUAGE);
}

CvkGender
cvk_contact_get_gender (CvkContact *self)
{
  g_return_val_if_fail (CVK_IS_CONTACT (self), 0);
  return (CvkGender) cvk_entity_get_enum (CVK_ENTITY (self), CVK_CONTACT_GENDER);
}

const char *
cvk_contact_get_previous_workshops (CvkContact *self)
{
  g_return_val_if_fail (CVK_IS_CONTACT (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_CONTACT_PREVIOUS_WORKSHOPS);
}
