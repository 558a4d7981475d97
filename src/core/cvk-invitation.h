/* cvk-invitation.h: the invitation of a contact to a workshop
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_INVITATION (cvk_invitation_get_type ())
G_DECLARE_FINAL_TYPE (CvkInvitation, cvk_invitation, CVK, INVITATION, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_INVITATION_ID,
  CVK_INVITATION_WORKSHOP,
  CVK_INVITATION_CONTACT,
  CVK_INVITATION_STATE,
  CVK_INVITATION_REGISTRATION,
  CVK_INVITATION_ATTENDED,
  CVK_INVITATION_SENT,
  CVK_INVITATION_ANSWERED,
  CVK_INVITATION_N_FIELDS
} CvkInvitationField;

CvkInvitation *cvk_invitation_new (const char *id);

const char           *cvk_invitation_get_workshop     (CvkInvitation *self);
const char           *cvk_invitation_get_contact      (CvkInvitation *self);
CvkInvitationState    cvk_invitation_get_state        (CvkInvitation *self);
CvkRegistrationState  cvk_invitation_get_registration (CvkInvitation *self);
gboolean              cvk_invitation_get_attended     (CvkInvitation *self);
const GDate          *cvk_invitation_get_sent         (CvkInvitation *self);
const GDate          *cvk_invitation_get_answered     (CvkInvitation *self);

G_END_DECLS
