/* cvk-letter-template.h: a letter with placeholders, in one language
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_LETTER_TEMPLATE (cvk_letter_template_get_type ())
G_DECLARE_FINAL_TYPE (CvkLetterTemplate, cvk_letter_template, CVK, LETTER_TEMPLATE, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_LETTER_TEMPLATE_ID,
  CVK_LETTER_TEMPLATE_LANGUAGE,
  CVK_LETTER_TEMPLATE_SUBJECT,
  CVK_LETTER_TEMPLATE_BODY,
  CVK_LETTER_TEMPLATE_N_FIELDS
} CvkLetterTemplateField;

CvkLetterTemplate *cvk_letter_template_new (const char *id);

const char *cvk_letter_template_get_language (CvkLetterTemplate *self);
const char *cvk_letter_template_get_subject  (CvkLetterTemplate *self);
const char *cvk_letter_template_get_body     (CvkLetterTemplate *self);

G_END_DECLS
