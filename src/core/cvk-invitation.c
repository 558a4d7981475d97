/* cvk-invitation.c: the invitation of a contact to a workshop
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-invitation"

#include "config.h"

#include "cvk-invitation.h"
#include "cvk-enum-types.h"

struct _CvkInvitation
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkInvitation, cvk_invitation, CVK_TYPE_ENTITY)

static const CvkField invitation_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "workshop", CVK_FIELD_REF, NULL, "workshop", "Workshop" },
  { "contact", CVK_FIELD_REF, NULL, "contact", "Contact" },
  { "state", CVK_FIELD_ENUM, cvk_invitation_state_get_type, NULL, "Invitation state" },
  { "registration", CVK_FIELD_ENUM, cvk_registration_state_get_type, NULL, "Registration state" },
  { "attended", CVK_FIELD_BOOL, NULL, NULL, "Attended the workshop" },
  { "sent", CVK_FIELD_DATE, NULL, NULL, "When the invitation was sent" },
  { "answered", CVK_FIELD_DATE, NULL, NULL, "When the contact answered" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (invitation_fields) == CVK_INVITATION_N_FIELDS);

static void
cvk_invitation_class_init (CvkInvitationClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "invitation",
                                   invitation_fields, G_N_ELEMENTS (invitation_fields));
}

static void
cvk_invitation_init (CvkInvitation *self)
{
}

CvkInvitation *
cvk_invitation_new (const char *id)
{
  return CVK_INVITATION (cvk_entity_new (CVK_TYPE_INVITATION, id));
}

const char *
cvk_invitation_get_workshop (CvkInvitation *self)
{
  g_return_val_if_fail (CVK_IS_INVITATION (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_INVITATION_WORKSHOP);
}

const char *
cvk_invitation_get_contact (CvkInvitation *self)
{
  g_return_val_if_fail (CVK_IS_INVITATION (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_INVITATION_CONTACT);
}

CvkInvitationState
cvk_invitation_get_state (CvkInvitation *self)
{
  g_return_val_if_fail (CVK_IS_INVITATION (self), 0);
  return (CvkInvitationState) cvk_entity_get_enum (CVK_ENTITY (self), CVK_INVITATION_STATE);
}

CvkRegistrationState
cvk_invitation_get_registration (CvkInvitation *self)
{
  g_return_val_if_fail (CVK_IS_INVITATION (self), 0);
  return (CvkRegistrationState) cvk_entity_get_enum (CVK_ENTITY (self), CVK_INVITATION_REGISTRATION);
}

gboolean
cvk_invitation_get_attended (CvkInvitation *self)
{
  g_return_val_if_fail (CVK_IS_INVITATION (self), 0);
  return cvk_entity_get_bool (CVK_ENTITY (self), CVK_INVITATION_ATTENDED);
}

const GDate *
cvk_invitation_get_sent (CvkInvitation *self)
{
  g_return_val_if_fail (CVK_IS_INVITATION (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_INVITATION_SENT);
}

const GDate *
cvk_invitation_get_answered (CvkInvitation *self)
{
  g_return_val_if_fail (CVK_IS_INVITATION (self), 0);
  return cvk_entity_get_date (CVK_ENTITY (self), CVK_INVITATION_ANSWERED);
}
