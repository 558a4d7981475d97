/* cvk-budget-line.h: a line of the budget, amounts in minor units
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_BUDGET_LINE (cvk_budget_line_get_type ())
G_DECLARE_FINAL_TYPE (CvkBudgetLine, cvk_budget_line, CVK, BUDGET_LINE, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_BUDGET_LINE_ID,
  CVK_BUDGET_LINE_WORKSHOP,
  CVK_BUDGET_LINE_CATEGORY,
  CVK_BUDGET_LINE_DESCRIPTION,
  CVK_BUDGET_LINE_CURRENCY,
  CVK_BUDGET_LINE_PLANNED,
  CVK_BUDGET_LINE_COMMITTED,
  CVK_BUDGET_LINE_ACTUAL,
  CVK_BUDGET_LINE_N_FIELDS
} CvkBudgetLineField;

CvkBudgetLine *cvk_budget_line_new (const char *id);

const char *cvk_budget_line_get_workshop     (CvkBudgetLine *self);
const char *cvk_budget_line_get_category     (CvkBudgetLine *self);
const char *cvk_budget_line_get_description  (CvkBudgetLine *self);
const char *cvk_budget_line_get_currency     (CvkBudgetLine *self);
gint64      cvk_budget_line_get_planned      (CvkBudgetLine *self);
gint64      cvk_budget_line_get_committed    (CvkBudgetLine *self);
gint64      cvk_budget_line_get_actual       (CvkBudgetLine *self);

G_END_DECLS
