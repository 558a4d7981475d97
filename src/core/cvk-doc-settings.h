/* cvk-doc-settings.h: the settings a document carries
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * They are stored as CvkSetting entities (key, value text) so that they are
 * edited, undone and saved like everything else; this struct is their typed
 * reading.
 */

#pragma once

#include <gio/gio.h>

#include "cvk-countries.h"
#include "cvk-fuzzy-date.h"

G_BEGIN_DECLS

#define CVK_SETTING_REPORT_LEAD_MONTHS  "report-lead-months"  /* "1" */
#define CVK_SETTING_BLACKOUT_PERIODS    "blackout-periods"    /* "12-15..01-10", ';' between periods */
#define CVK_SETTING_REGION_SCHEME       "region-scheme"       /* "itu-admin" or "itu-d" */
#define CVK_SETTING_BASE_CURRENCY       "base-currency"       /* "CHF" */

typedef struct
{
  int              report_lead_months;
  GArray          *blackouts;        /* of CvkYearlyPeriod */
  CvkRegionScheme  region_scheme;
  char             base_currency[4];
} CvkDocSettings;

CvkDocSettings *cvk_doc_settings_new       (void);
void            cvk_doc_settings_free      (CvkDocSettings  *self);
/* Reads the CvkSetting entities of @settings over the defaults (a key
 * missing from @settings has its default value; unknown keys are kept for
 * newer versions and ignored; a bad value keeps the default and is
 * reported in @error, naming the key and the value, the rest still read). */
gboolean        cvk_doc_settings_load      (CvkDocSettings  *self,
                                            GListModel      *settings,
                                            GError         **error);
/* The text form of the setting @key, as stored; NULL for an unknown key. */
char           *cvk_doc_settings_dup_value (CvkDocSettings  *self,
                                            const char      *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkDocSettings, cvk_doc_settings_free)

#define CVK_DOC_SETTINGS_ERROR (cvk_doc_settings_error_quark ())
GQuark          cvk_doc_settings_error_quark (void);

typedef enum
{
  CVK_DOC_SETTINGS_ERROR_INVALID_VALUE,
} CvkDocSettingsError;

G_END_DECLS
