/* cvk-enums.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-enums"

#include "config.h"

#include "cvk-enums.h"

/**
 * cvk_enum_to_nick:
 *
 * Returns: the word that stands for @value in files, or "" when @value is
 *   not a value of @enum_type.
 */
const char *
cvk_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v ? v->value_nick : "";
}

/**
 * cvk_enum_from_nick:
 *
 * Reads the word for a value, ignoring ASCII case ("tbd" and "TBD" are the
 * same) and treating '_' as '-'.
 */
gboolean
cvk_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autofree char *wanted = NULL;

  if (nick == NULL)
    return FALSE;

  wanted = g_strdelimit (g_strstrip (g_strdup (nick)), "_", '-');

  for (guint i = 0; i < klass->n_values; i++)
    if (g_ascii_strcasecmp (klass->values[i].value_nick, wanted) == 0)
      {
        *value = klass->values[i].value;
        return TRUE;
      }

  return FALSE;
}
