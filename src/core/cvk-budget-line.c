/* cvk-budget-line.c: a line of the budget, amounts in minor units
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-budget-line"

#include "config.h"

#include "cvk-budget-line.h"
#include "cvk-enum-types.h"

struct _CvkBudgetLine
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkBudgetLine, cvk_budget_line, CVK_TYPE_ENTITY)

static const CvkField budget_line_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "workshop", CVK_FIELD_REF, NULL, "workshop", "Workshop, empty for the whole series" },
  { "category", CVK_FIELD_STRING, NULL, NULL, "Category" },
  { "description", CVK_FIELD_STRING, NULL, NULL, "Description" },
  { "currency", CVK_FIELD_STRING, NULL, NULL, "ISO 4217 currency code" },
  { "planned", CVK_FIELD_INT, NULL, NULL, "Planned amount in minor units" },
  { "committed", CVK_FIELD_INT, NULL, NULL, "Committed amount in minor units" },
  { "actual", CVK_FIELD_INT, NULL, NULL, "Actual amount in minor units" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (budget_line_fields) == CVK_BUDGET_LINE_N_FIELDS);

static void
cvk_budget_line_class_init (CvkBudgetLineClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "budget-line",
                                   budget_line_fields, G_N_ELEMENTS (budget_line_fields));
}

static void
cvk_budget_line_init (CvkBudgetLine *self)
{
}

CvkBudgetLine *
cvk_budget_line_new (const char *id)
{
  return CVK_BUDGET_LINE (cvk_entity_new (CVK_TYPE_BUDGET_LINE, id));
}

const char *
cvk_budget_line_get_workshop (CvkBudgetLine *self)
{
  g_return_val_if_fail (CVK_IS_BUDGET_LINE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_BUDGET_LINE_WORKSHOP);
}

const char *
cvk_budget_line_get_category (CvkBudgetLine *self)
{
  g_return_val_if_fail (CVK_IS_BUDGET_LINE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_BUDGET_LINE_CATEGORY);
}

const char *
cvk_budget_line_get_description (CvkBudgetLine *self)
{
  g_return_val_if_fail (CVK_IS_BUDGET_LINE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_BUDGET_LINE_DESCRIPTION);
}

const char *
cvk_budget_line_get_currency (CvkBudgetLine *self)
{
  g_return_val_if_fail (CVK_IS_BUDGET_LINE (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_BUDGET_LINE_CURRENCY);
}

gint64
cvk_budget_line_get_planned (CvkBudgetLine *self)
{
  g_return_val_if_fail (CVK_IS_BUDGET_LINE (self), 0);
  return cvk_entity_get_int (CVK_ENTITY (self), CVK_BUDGET_LINE_PLANNED);
}

gint64
cvk_budget_line_get_committed (CvkBudgetLine *self)
{
  g_return_val_if_fail (CVK_IS_BUDGET_LINE (self), 0);
  return cvk_entity_get_int (CVK_ENTITY (self), CVK_BUDGET_LINE_COMMITTED);
}

gint64
cvk_budget_line_get_actual (CvkBudgetLine *self)
{
  g_return_val_if_fail (CVK_IS_BUDGET_LINE (self), 0);
  return cvk_entity_get_int (CVK_ENTITY (self), CVK_BUDGET_LINE_ACTUAL);
}
