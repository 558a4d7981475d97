/* test-doc-settings.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-doc-settings"

#include "config.h"

#include <string.h>

#include "cvk-doc-settings.h"
#include "cvk-setting.h"

static void
add_setting (GListStore *store,
             const char *key,
             const char *value)
{
  g_autoptr(CvkSetting) setting = cvk_setting_new (key);

  cvk_entity_set_string (CVK_ENTITY (setting), CVK_SETTING_VALUE, value);
  g_list_store_append (store, setting);
}

static void
assert_value (CvkDocSettings *settings,
              const char     *key,
              const char     *expected)
{
  g_autofree char *value = cvk_doc_settings_dup_value (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
assert_defaults (CvkDocSettings *settings)
{
  const CvkYearlyPeriod *p;

  g_assert_cmpint (settings->report_lead_months, ==, 1);
  g_assert_nonnull (settings->blackouts);
  g_assert_cmpuint (settings->blackouts->len, ==, 1);
  p = &g_array_index (settings->blackouts, CvkYearlyPeriod, 0);
  g_assert_cmpuint (p->first_month, ==, 12);
  g_assert_cmpuint (p->first_day, ==, 15);
  g_assert_cmpuint (p->last_month, ==, 1);
  g_assert_cmpuint (p->last_day, ==, 10);
  g_assert_cmpint (settings->region_scheme, ==, CVK_REGION_SCHEME_ITU_ADMIN);
  g_assert_cmpstr (settings->base_currency, ==, "CHF");
}

static void
test_defaults (void)
{
  g_autoptr(CvkDocSettings) settings = cvk_doc_settings_new ();

  assert_defaults (settings);

  assert_value (settings, CVK_SETTING_REPORT_LEAD_MONTHS, "1");
  assert_value (settings, CVK_SETTING_BLACKOUT_PERIODS, "12-15..01-10");
  assert_value (settings, CVK_SETTING_REGION_SCHEME, "itu-admin");
  assert_value (settings, CVK_SETTING_BASE_CURRENCY, "CHF");
  assert_value (settings, "no-such-setting", NULL);

  /* freeing NULL is fine, as for g_free() */
  cvk_doc_settings_free (NULL);
}

static void
test_load (void)
{
  g_autoptr(CvkDocSettings) settings = cvk_doc_settings_new ();
  g_autoptr(GListStore) store = g_list_store_new (CVK_TYPE_SETTING);
  g_autoptr(GError) error = NULL;
  const CvkYearlyPeriod *p;

  add_setting (store, CVK_SETTING_REPORT_LEAD_MONTHS, "2");
  add_setting (store, CVK_SETTING_BLACKOUT_PERIODS, "12-20..01-05; 07-15..08-15");
  add_setting (store, CVK_SETTING_REGION_SCHEME, "itu-d");
  add_setting (store, CVK_SETTING_BASE_CURRENCY, "USD");
  /* a setting of a newer version */
  add_setting (store, "colour-of-the-bars", "blue");

  g_assert_true (cvk_doc_settings_load (settings, G_LIST_MODEL (store), &error));
  g_assert_no_error (error);

  g_assert_cmpint (settings->report_lead_months, ==, 2);
  g_assert_cmpuint (settings->blackouts->len, ==, 2);
  p = &g_array_index (settings->blackouts, CvkYearlyPeriod, 0);
  g_assert_cmpuint (p->first_month, ==, 12);
  g_assert_cmpuint (p->first_day, ==, 20);
  g_assert_cmpuint (p->last_month, ==, 1);
  g_assert_cmpuint (p->last_day, ==, 5);
  p = &g_array_index (settings->blackouts, CvkYearlyPeriod, 1);
  g_assert_cmpuint (p->first_month, ==, 7);
  g_assert_cmpuint (p->first_day, ==, 15);
  g_assert_cmpuint (p->last_month, ==, 8);
  g_assert_cmpuint (p->last_day, ==, 15);
  g_assert_cmpint (settings->region_scheme, ==, CVK_REGION_SCHEME_ITU_D);
  g_assert_cmpstr (settings->base_currency, ==, "USD");

  /* the text forms, to write back */
  assert_value (settings, CVK_SETTING_REPORT_LEAD_MONTHS, "2");
  assert_value (settings, CVK_SETTING_BLACKOUT_PERIODS, "12-20..01-05;07-15..08-15");
  assert_value (settings, CVK_SETTING_REGION_SCHEME, "itu-d");
  assert_value (settings, CVK_SETTING_BASE_CURRENCY, "USD");
  assert_value (settings, "colour-of-the-bars", NULL);
}

static void
test_load_empty (void)
{
  g_autoptr(CvkDocSettings) settings = cvk_doc_settings_new ();
  g_autoptr(GListStore) store = g_list_store_new (CVK_TYPE_SETTING);
  g_autoptr(GError) error = NULL;

  /* no settings: the defaults */
  g_assert_true (cvk_doc_settings_load (settings, G_LIST_MODEL (store), &error));
  g_assert_no_error (error);
  assert_defaults (settings);

  /* no blackout at all is a valid choice */
  add_setting (store, CVK_SETTING_BLACKOUT_PERIODS, "");
  g_assert_true (cvk_doc_settings_load (settings, G_LIST_MODEL (store), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (settings->blackouts->len, ==, 0);
  assert_value (settings, CVK_SETTING_BLACKOUT_PERIODS, "");

  /* loading again reads the settings afresh: a setting that is gone has
   * its default again */
  g_list_store_remove_all (store);
  add_setting (store, CVK_SETTING_BASE_CURRENCY, "EUR");
  g_assert_true (cvk_doc_settings_load (settings, G_LIST_MODEL (store), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (settings->blackouts->len, ==, 1);
  g_assert_cmpstr (settings->base_currency, ==, "EUR");
}

static void
test_round_trip (void)
{
  static const char *keys[] = {
    CVK_SETTING_REPORT_LEAD_MONTHS,
    CVK_SETTING_BLACKOUT_PERIODS,
    CVK_SETTING_REGION_SCHEME,
    CVK_SETTING_BASE_CURRENCY,
  };
  g_autoptr(CvkDocSettings) a = cvk_doc_settings_new ();
  g_autoptr(CvkDocSettings) b = cvk_doc_settings_new ();
  g_autoptr(GListStore) store = g_list_store_new (CVK_TYPE_SETTING);
  g_autoptr(GError) error = NULL;

  add_setting (store, CVK_SETTING_REPORT_LEAD_MONTHS, "0");
  add_setting (store, CVK_SETTING_BLACKOUT_PERIODS, "12-15..01-10;02-29..03-01");
  add_setting (store, CVK_SETTING_BASE_CURRENCY, "JPY");
  g_assert_true (cvk_doc_settings_load (a, G_LIST_MODEL (store), &error));
  g_assert_no_error (error);

  /* what dup_value writes, load reads */
  g_list_store_remove_all (store);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = cvk_doc_settings_dup_value (a, keys[i]);
      add_setting (store, keys[i], value);
    }

  g_assert_true (cvk_doc_settings_load (b, G_LIST_MODEL (store), &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = cvk_doc_settings_dup_value (a, keys[i]);
      assert_value (b, keys[i], value);
    }
  g_assert_cmpint (b->report_lead_months, ==, 0);
  g_assert_cmpuint (b->blackouts->len, ==, 2);
  g_assert_cmpstr (b->base_currency, ==, "JPY");
}

typedef struct
{
  const char *key;
  const char *value;
} BadCase;

static void
test_bad_values (void)
{
  static const BadCase cases[] = {
    { CVK_SETTING_REPORT_LEAD_MONTHS, "" },
    { CVK_SETTING_REPORT_LEAD_MONTHS, "one" },
    { CVK_SETTING_REPORT_LEAD_MONTHS, "-1" },
    { CVK_SETTING_REPORT_LEAD_MONTHS, "1.5" },
    { CVK_SETTING_REPORT_LEAD_MONTHS, "99999999999999999999" },
    { CVK_SETTING_BLACKOUT_PERIODS, "12-15" },
    { CVK_SETTING_BLACKOUT_PERIODS, "12-15..01-32" },
    { CVK_SETTING_BLACKOUT_PERIODS, "12-15..01-10;garbage" },
    { CVK_SETTING_BLACKOUT_PERIODS, "12-15..01-10,07-01..07-31" },
    { CVK_SETTING_REGION_SCHEME, "" },
    { CVK_SETTING_REGION_SCHEME, "un-m49" },
    { CVK_SETTING_BASE_CURRENCY, "" },
    { CVK_SETTING_BASE_CURRENCY, "chf" },
    { CVK_SETTING_BASE_CURRENCY, "EURO" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CvkDocSettings) settings = cvk_doc_settings_new ();
      g_autoptr(GListStore) store = g_list_store_new (CVK_TYPE_SETTING);
      g_autoptr(GError) error = NULL;

      g_test_message ("%s = “%s”", cases[i].key, cases[i].value);
      add_setting (store, cases[i].key, cases[i].value);
      g_assert_false (cvk_doc_settings_load (settings, G_LIST_MODEL (store), &error));
      g_assert_error (error, CVK_DOC_SETTINGS_ERROR, CVK_DOC_SETTINGS_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, cases[i].key));
      g_assert_nonnull (strstr (error->message, cases[i].value));
      assert_defaults (settings);
    }
}

static void
test_bad_values_rest_read (void)
{
  g_autoptr(CvkDocSettings) settings = cvk_doc_settings_new ();
  g_autoptr(GListStore) store = g_list_store_new (CVK_TYPE_SETTING);
  g_autoptr(GError) error = NULL;

  add_setting (store, CVK_SETTING_REPORT_LEAD_MONTHS, "3");
  add_setting (store, CVK_SETTING_BLACKOUT_PERIODS, "12-24..13-01");
  add_setting (store, CVK_SETTING_REGION_SCHEME, "itu-d");
  add_setting (store, CVK_SETTING_BASE_CURRENCY, "Swiss francs");

  g_assert_false (cvk_doc_settings_load (settings, G_LIST_MODEL (store), &error));
  g_assert_error (error, CVK_DOC_SETTINGS_ERROR, CVK_DOC_SETTINGS_ERROR_INVALID_VALUE);
  g_test_message ("%s", error->message);

  /* both bad values are named */
  g_assert_nonnull (strstr (error->message, CVK_SETTING_BLACKOUT_PERIODS));
  g_assert_nonnull (strstr (error->message, "12-24..13-01"));
  g_assert_nonnull (strstr (error->message, CVK_SETTING_BASE_CURRENCY));
  g_assert_nonnull (strstr (error->message, "Swiss francs"));
  g_assert_null (strstr (error->message, CVK_SETTING_REGION_SCHEME));

  /* the bad ones keep their defaults, the good ones are read */
  g_assert_cmpint (settings->report_lead_months, ==, 3);
  g_assert_cmpuint (settings->blackouts->len, ==, 1);
  assert_value (settings, CVK_SETTING_BLACKOUT_PERIODS, "12-15..01-10");
  g_assert_cmpint (settings->region_scheme, ==, CVK_REGION_SCHEME_ITU_D);
  g_assert_cmpstr (settings->base_currency, ==, "CHF");

  /* no error asked for: still FALSE, still read */
  g_assert_false (cvk_doc_settings_load (settings, G_LIST_MODEL (store), NULL));
  g_assert_cmpint (settings->report_lead_months, ==, 3);
}

static void
test_other_items (void)
{
  g_autoptr(CvkDocSettings) settings = cvk_doc_settings_new ();
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GObject) other = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GError) error = NULL;

  /* a model of mixed objects: only the settings count */
  g_list_store_append (store, other);
  add_setting (store, CVK_SETTING_REPORT_LEAD_MONTHS, "4");

  g_assert_true (cvk_doc_settings_load (settings, G_LIST_MODEL (store), &error));
  g_assert_no_error (error);
  g_assert_cmpint (settings->report_lead_months, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/doc-settings/defaults", test_defaults);
  g_test_add_func ("/cvk/doc-settings/load", test_load);
  g_test_add_func ("/cvk/doc-settings/load-empty", test_load_empty);
  g_test_add_func ("/cvk/doc-settings/round-trip", test_round_trip);
  g_test_add_func ("/cvk/doc-settings/bad-values", test_bad_values);
  g_test_add_func ("/cvk/doc-settings/bad-values-rest-read", test_bad_values_rest_read);
  g_test_add_func ("/cvk/doc-settings/other-items", test_other_items);

  return g_test_run ();
}
