/* cvk-domain.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-domain"

#include "config.h"

#include "cvk-domain.h"

/**
 * cvk_entity_types:
 * @n_types: (out): the number of types
 *
 * Every kind of entity, each after the kinds it refers to: the order in
 * which a document is loaded and an import is applied.
 */
GType *
cvk_entity_types (guint *n_types)
{
  static GType types[14];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      const GType t[] = {
        CVK_TYPE_SETTING,
        CVK_TYPE_COUNTRY_REGION,
        CVK_TYPE_COMMITTEE,
        CVK_TYPE_MEMBER,
        CVK_TYPE_ITEM,
        CVK_TYPE_DEPENDENCY,
        CVK_TYPE_WORKSHOP,
        CVK_TYPE_BUDGET_LINE,
        CVK_TYPE_STAFF_ALLOCATION,
        CVK_TYPE_CONTACT,
        CVK_TYPE_INVITATION,
        CVK_TYPE_LETTER_TEMPLATE,
        CVK_TYPE_INDICATOR,
        CVK_TYPE_KOI_MEASUREMENT,
      };
      G_STATIC_ASSERT (G_N_ELEMENTS (t) == G_N_ELEMENTS (types));
      for (guint i = 0; i < G_N_ELEMENTS (t); i++)
        types[i] = t[i];
      g_once_init_leave (&initialized, 1);
    }

  *n_types = G_N_ELEMENTS (types);
  return types;
}
