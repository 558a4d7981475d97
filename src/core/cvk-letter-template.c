/* cvk-letter-template.c: a letter with placeholders, in one language
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-letter-template"

#include "config.h"

#include "cvk-letter-template.h"
#include "cvk-enum-types.h"

struct _CvkLetterTemplate
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkLetterTemplate, cvk_letter_template, CVK_TYPE_ENTITY)

static const CvkField letter_template_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "language", CVK_FIELD_STRING, NULL, NULL, "Language" },
  { "subject", CVK_FIELD_STRING, NULL, NULL, "Subject" },
  { "body", CVK_FIELD_STRING, NULL, NULL, "Body, with placeholders such as {name}" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (letter_template_fields) == CVK_LETTER_TEMPLATE_N_FIELDS);

static void
cvk_letter_template_class_init (CvkLetterTemplateClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "letter-template",
                                   letter_template_fields, G_N_ELEMENTS (letter_template_fields));
}

static void
cvk_letter_template_init (CvkLetterTemplate *self)
{
}

CvkLetterTemplate *
cvk_letter_template_new (const char *id)
{
  return CVK_LETTER_TEMPLATE (cvk_entity_new (CVK_TYPE_LETTER_TEMPLATE, id));
}

const char *
cvk_letter_template_get_language (CvkLetterTemplate *self)
{
  g_return_val_if_fail (CVK_IS_LETTER_TEMPLATE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_LETTER_TEMPLATE_LANGUAGE);
}

const char *
cvk_letter_template_get_subject (CvkLetterTemplate *self)
{
  g_return_val_if_fail (CVK_IS_LETTER_TEMPLATE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_LETTER_TEMPLATE_SUBJECT);
}

const char *
cvk_letter_template_get_body (CvkLetterTemplate *self)
{
  g_return_val_if_fail (CVK_IS_LETTER_TEMPLATE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_LETTER_TEMPLATE_BODY);
}
