/* cvk-doc-settings.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-doc-settings"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cvk-doc-settings.h"
#include "cvk-money.h"
#include "cvk-setting.h"

G_DEFINE_QUARK (cvk-doc-settings-error-quark, cvk_doc_settings_error)

#define DEFAULT_REPORT_LEAD_MONTHS 1
#define DEFAULT_BLACKOUT_PERIODS   "12-15..01-10"
#define DEFAULT_REGION_SCHEME      CVK_REGION_SCHEME_ITU_ADMIN
#define DEFAULT_BASE_CURRENCY      "CHF"

/* A report is due at most this many months before a meeting. */
#define MAX_REPORT_LEAD_MONTHS 24

/* Parses ';'-separated yearly periods ("12-15..01-10;07-20..08-15") into a
 * new array; the empty text is no period at all. */
static GArray *
parse_blackouts (const char *text)
{
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (CvkYearlyPeriod));
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return NULL;

  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      CvkYearlyPeriod period;
      const char *part = g_strstrip (parts[i]);

      /* "" and a trailing ';' are no period */
      if (part[0] == '\0')
        continue;

      if (!cvk_yearly_period_parse (part, &period))
        return NULL;

      g_array_append_val (periods, period);
    }

  return g_steal_pointer (&periods);
}

static void
set_defaults (CvkDocSettings *self)
{
  self->report_lead_months = DEFAULT_REPORT_LEAD_MONTHS;
  g_clear_pointer (&self->blackouts, g_array_unref);
  self->blackouts = parse_blackouts (DEFAULT_BLACKOUT_PERIODS);
  self->region_scheme = DEFAULT_REGION_SCHEME;
  memcpy (self->base_currency, DEFAULT_BASE_CURRENCY, sizeof self->base_currency);
}

/**
 * cvk_doc_settings_new:
 *
 * The settings of a document that has none of its own: reports due one
 * month ahead, no workshop from 15 December to 10 January, the ITU
 * administrative regions and Swiss francs.
 */
CvkDocSettings *
cvk_doc_settings_new (void)
{
  CvkDocSettings *self = g_new0 (CvkDocSettings, 1);

  set_defaults (self);
  return self;
}

void
cvk_doc_settings_free (CvkDocSettings *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->blackouts, g_array_unref);
  g_free (self);
}

/* Reads @value into @self; FALSE if it is not a valid value of @key.
 * Unknown keys are accepted and ignored. */
static gboolean
read_setting (CvkDocSettings *self,
              const char     *key,
              const char     *value)
{
  if (strcmp (key, CVK_SETTING_REPORT_LEAD_MONTHS) == 0)
    {
      gint64 months;

      if (!g_ascii_string_to_signed (value, 10, 0, MAX_REPORT_LEAD_MONTHS, &months, NULL))
        return FALSE;
      self->report_lead_months = (int) months;
    }
  else if (strcmp (key, CVK_SETTING_BLACKOUT_PERIODS) == 0)
    {
      GArray *periods = parse_blackouts (value);

      if (periods == NULL)
        return FALSE;
      g_clear_pointer (&self->blackouts, g_array_unref);
      self->blackouts = periods;
    }
  else if (strcmp (key, CVK_SETTING_REGION_SCHEME) == 0)
    {
      CvkRegionScheme scheme;

      if (!cvk_region_scheme_from_string (value, &scheme))
        return FALSE;
      self->region_scheme = scheme;
    }
  else if (strcmp (key, CVK_SETTING_BASE_CURRENCY) == 0)
    {
      if (!cvk_currency_is_valid (value))
        return FALSE;
      memcpy (self->base_currency, value, sizeof self->base_currency);
    }

  return TRUE;
}

gboolean
cvk_doc_settings_load (CvkDocSettings  *self,
                       GListModel      *settings,
                       GError         **error)
{
  g_autoptr(GString) problems = NULL;
  guint n_items;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (settings), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  set_defaults (self);

  n_items = g_list_model_get_n_items (settings);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (settings, i);
      const char *key;
      const char *value;

      if (!CVK_IS_SETTING (item))
        continue;

      key = cvk_entity_get_id (CVK_ENTITY (item));
      value = cvk_setting_get_value (CVK_SETTING (item));

      if (read_setting (self, key, value))
        continue;

      if (problems == NULL)
        problems = g_string_new (NULL);
      else
        g_string_append (problems, "; ");
      g_string_append_printf (problems, _("“%s” is not a valid value of %s"), value, key);
    }

  if (problems != NULL)
    {
      g_set_error (error, CVK_DOC_SETTINGS_ERROR, CVK_DOC_SETTINGS_ERROR_INVALID_VALUE,
                   _("Some settings of the document keep their default value: %s"),
                   problems->str);
      return FALSE;
    }

  return TRUE;
}

char *
cvk_doc_settings_dup_value (CvkDocSettings *self,
                            const char     *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (strcmp (key, CVK_SETTING_REPORT_LEAD_MONTHS) == 0)
    return g_strdup_printf ("%d", self->report_lead_months);

  if (strcmp (key, CVK_SETTING_BLACKOUT_PERIODS) == 0)
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; self->blackouts != NULL && i < self->blackouts->len; i++)
        {
          g_autofree char *period =
            cvk_yearly_period_to_string (&g_array_index (self->blackouts, CvkYearlyPeriod, i));

          if (i > 0)
            g_string_append_c (text, ';');
          g_string_append (text, period);
        }

      return g_string_free (text, FALSE);
    }

  if (strcmp (key, CVK_SETTING_REGION_SCHEME) == 0)
    return g_strdup (cvk_region_scheme_to_string (self->region_scheme));

  if (strcmp (key, CVK_SETTING_BASE_CURRENCY) == 0)
    return g_strdup (self->base_currency);

  return NULL;
}
