/* cvk-dependency.h: a dependency between two timeline items
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-entity.h"
#include "cvk-enums.h"

G_BEGIN_DECLS

#define CVK_TYPE_DEPENDENCY (cvk_dependency_get_type ())
G_DECLARE_FINAL_TYPE (CvkDependency, cvk_dependency, CVK, DEPENDENCY, CvkEntity)

/* Field indexes, in the order of the properties. */
typedef enum
{
  CVK_DEPENDENCY_ID,
  CVK_DEPENDENCY_PREDECESSOR,
  CVK_DEPENDENCY_SUCCESSOR,
  CVK_DEPENDENCY_RELATION,
  CVK_DEPENDENCY_LAG,
  CVK_DEPENDENCY_N_FIELDS
} CvkDependencyField;

CvkDependency *cvk_dependency_new (const char *id);

const char        *cvk_dependency_get_predecessor  (CvkDependency *self);
const char        *cvk_dependency_get_successor    (CvkDependency *self);
CvkDependencyType  cvk_dependency_get_relation     (CvkDependency *self);
gint64             cvk_dependency_get_lag          (CvkDependency *self);

G_END_DECLS
