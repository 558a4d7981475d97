/* cvk-dependency.c: a dependency between two timeline items
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-dependency"

#include "config.h"

#include "cvk-dependency.h"
#include "cvk-enum-types.h"

struct _CvkDependency
{
  CvkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CvkDependency, cvk_dependency, CVK_TYPE_ENTITY)

static const CvkField dependency_fields[] = {
  { "id", CVK_FIELD_STRING, NULL, NULL, "Identifier" },
  { "predecessor", CVK_FIELD_REF, NULL, "item", "Predecessor" },
  { "successor", CVK_FIELD_REF, NULL, "item", "Successor" },
  { "relation", CVK_FIELD_ENUM, cvk_dependency_type_get_type, NULL, "Type of dependency" },
  { "lag", CVK_FIELD_INT, NULL, NULL, "Lag in days (negative: lead)" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (dependency_fields) == CVK_DEPENDENCY_N_FIELDS);

static void
cvk_dependency_class_init (CvkDependencyClass *klass)
{
  cvk_entity_class_install_fields (CVK_ENTITY_CLASS (klass), "dependency",
                                   dependency_fields, G_N_ELEMENTS (dependency_fields));
}

static void
cvk_dependency_init (CvkDependency *self)
{
}

CvkDependency *
cvk_dependency_new (const char *id)
{
  return CVK_DEPENDENCY (cvk_entity_new (CVK_TYPE_DEPENDENCY, id));
}

const char *
cvk_dependency_get_predecessor (CvkDependency *self)
{
  g_return_val_if_fail (CVK_IS_DEPENDENCY (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_DEPENDENCY_PREDECESSOR);
}

const char *
cvk_dependency_get_successor (CvkDependency *self)
{
  g_return_val_if_fail (CVK_IS_DEPENDENCY (self), 0);
  return cvk_entity_get_string (CVK_ENTITY (self), CVK_DEPENDENCY_SUCCESSOR);
}

CvkDependencyType
cvk_dependency_get_relation (CvkDependency *self)
{
  g_return_val_if_fail (CVK_IS_DEPENDENCY (self), 0);
  return (CvkDependencyType) cvk_entity_get_enum (CVK_ENTITY (self), CVK_DEPENDENCY_RELATION);
}

gint64
cvk_dependency_get_lag (CvkDependency *self)
{
  g_return_val_if_fail (CVK_IS_DEPENDENCY (self), 0);
  return cvk_entity_get_int (CVK_ENTITY (self), CVK_DEPENDENCY_LAG);
}
