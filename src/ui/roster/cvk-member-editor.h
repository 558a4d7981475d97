/* cvk-member-editor.h: the dialog that edits one member of the roster
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of a CvkMember: name, role, status, country (searchable; the
 * region follows the country and the document's corrections unless set),
 * organization, e-mail (checked), gender, youth, the justification of a
 * regional volunteer, and the term.  Save writes the member through the
 * store in one undoable edit; Withdraw and Delete are undoable too.
 */

#pragma once

#include <adwaita.h>

#include "cvk-store.h"

G_BEGIN_DECLS

#define CVK_TYPE_MEMBER_EDITOR (cvk_member_editor_get_type ())
G_DECLARE_FINAL_TYPE (CvkMemberEditor, cvk_member_editor, CVK, MEMBER_EDITOR, AdwWindow)

/* @member: the member to edit (a vacant seat is filled), or NULL for a new
 * candidate. */
CvkMemberEditor *cvk_member_editor_new        (CvkStore         *store,
                                               CvkMember        *member);

/* For tests and the view: whether @text is an e-mail address the editor
 * accepts ("" is: the field is optional). */
gboolean         cvk_member_editor_email_is_valid (const char   *text);

/* For tests: write the edits as Save does. */
gboolean         cvk_member_editor_save       (CvkMemberEditor  *self,
                                               GError          **error);

G_END_DECLS
