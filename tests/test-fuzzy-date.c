/* test-fuzzy-date.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-fuzzy-date"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cvk-fuzzy-date.h"

static GDate
make_date (int year,
           int month,
           int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return d;
}

#define assert_date(date, iso) \
  G_STMT_START { \
    g_autofree char *__iso = cvk_date_to_iso (date); \
    g_assert_cmpstr (__iso, ==, iso); \
  } G_STMT_END

#define assert_period(period, first_iso, last_iso, prec) \
  G_STMT_START { \
    assert_date (&(period)->first, first_iso); \
    assert_date (&(period)->last, last_iso); \
    g_assert_cmpint ((period)->precision, ==, prec); \
  } G_STMT_END

static void
test_iso_parse (void)
{
  static const char *valid[] = {
    "2025-05-30", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2025-12-31",
  };
  static const char *invalid[] = {
    "2025-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10",
    "2025-01-00", "2025-01-32", "0000-01-01", "2025-1-01", "2025-01-1", "25-01-01",
    "20250101", "2025/01/01", "2025-01-01T10:00", "2025-01-01 ", " 2025-01-01",
    "+025-01-01", "2025-+1-01", "2025-01-+1", "2025-0a-01", "garbage", "", "----------",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *back = NULL;
      GDate d;

      g_assert_true (cvk_date_parse_iso (valid[i], &d));
      g_assert_true (g_date_valid (&d));
      back = cvk_date_to_iso (&d);
      g_assert_cmpstr (back, ==, valid[i]);
    }

  {
    GDate d;

    g_assert_true (cvk_date_parse_iso ("2025-05-30", &d));
    g_assert_cmpint (g_date_get_year (&d), ==, 2025);
    g_assert_cmpint (g_date_get_month (&d), ==, G_DATE_MAY);
    g_assert_cmpint (g_date_get_day (&d), ==, 30);
  }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      GDate d;

      g_test_message ("rejecting “%s”", invalid[i]);
      g_assert_false (cvk_date_parse_iso (invalid[i], &d));
    }

  {
    GDate d;
    g_assert_false (cvk_date_parse_iso (NULL, &d));
  }
}

static void
test_iso_print (void)
{
  GDate d = make_date (987, 3, 4);

  assert_date (&d, "0987-03-04");
  d = make_date (2026, 12, 31);
  assert_date (&d, "2026-12-31");
}

static void
test_add_months (void)
{
  static const struct { const char *from; int months; const char *to; } cases[] = {
    { "2025-01-31", 1, "2025-02-28" },
    { "2024-01-31", 1, "2024-02-29" },
    { "2025-03-31", -1, "2025-02-28" },
    { "2025-05-31", 1, "2025-06-30" },
    { "2025-12-15", 1, "2026-01-15" },
    { "2026-01-10", -1, "2025-12-10" },
    { "2025-05-30", -12, "2024-05-30" },
    { "2024-02-29", 12, "2025-02-28" },
    { "2025-06-01", 0, "2025-06-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate d;

      g_assert_true (cvk_date_parse_iso (cases[i].from, &d));
      cvk_date_add_months_clamped (&d, cases[i].months);
      assert_date (&d, cases[i].to);
    }
}

static void
test_days_between (void)
{
  GDate a = make_date (2025, 12, 31);
  GDate b = make_date (2026, 1, 1);
  GDate c = make_date (2024, 3, 1);
  GDate d = make_date (2024, 2, 28);

  g_assert_cmpint (cvk_date_days_between (&a, &b), ==, 1);
  g_assert_cmpint (cvk_date_days_between (&b, &a), ==, -1);
  g_assert_cmpint (cvk_date_days_between (&a, &a), ==, 0);
  g_assert_cmpint (cvk_date_days_between (&d, &c), ==, 2);
}

static void
test_season (void)
{
  static const struct { int y, m; CvkSeason season; int season_year; } cases[] = {
    { 2026, 1, CVK_SEASON_WINTER, 2025 },
    { 2026, 2, CVK_SEASON_WINTER, 2025 },
    { 2026, 3, CVK_SEASON_SPRING, 2026 },
    { 2026, 5, CVK_SEASON_SPRING, 2026 },
    { 2026, 6, CVK_SEASON_SUMMER, 2026 },
    { 2026, 8, CVK_SEASON_SUMMER, 2026 },
    { 2026, 9, CVK_SEASON_FALL, 2026 },
    { 2026, 11, CVK_SEASON_FALL, 2026 },
    { 2026, 12, CVK_SEASON_WINTER, 2026 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate d = make_date (cases[i].y, cases[i].m, 1);
      int year = 0;

      g_assert_cmpint (cvk_date_get_season (&d, &year), ==, cases[i].season);
      g_assert_cmpint (year, ==, cases[i].season_year);
      g_assert_cmpint (cvk_date_get_season (&d, NULL), ==, cases[i].season);
    }

  {
    GDate d = make_date (2024, 2, 29);
    int year = 0;

    g_assert_cmpint (cvk_date_get_season (&d, &year), ==, CVK_SEASON_WINTER);
    g_assert_cmpint (year, ==, 2023);
  }
}

typedef struct
{
  const char   *date;
  CvkPrecision  precision;
  const char   *first;
  const char   *last;
} BoundsCase;

static void
test_unit_bounds (void)
{
  static const BoundsCase cases[] = {
    { "2025-05-30", CVK_PRECISION_DAY, "2025-05-30", "2025-05-30" },
    { "2024-02-29", CVK_PRECISION_DAY, "2024-02-29", "2024-02-29" },

    { "2025-06-15", CVK_PRECISION_MONTH, "2025-06-01", "2025-06-30" },
    { "2025-02-10", CVK_PRECISION_MONTH, "2025-02-01", "2025-02-28" },
    { "2024-02-10", CVK_PRECISION_MONTH, "2024-02-01", "2024-02-29" },
    { "2025-12-31", CVK_PRECISION_MONTH, "2025-12-01", "2025-12-31" },
    { "2026-01-01", CVK_PRECISION_MONTH, "2026-01-01", "2026-01-31" },

    { "2026-03-01", CVK_PRECISION_SEASON, "2026-03-01", "2026-05-31" },
    { "2026-05-31", CVK_PRECISION_SEASON, "2026-03-01", "2026-05-31" },
    { "2026-07-04", CVK_PRECISION_SEASON, "2026-06-01", "2026-08-31" },
    { "2026-10-31", CVK_PRECISION_SEASON, "2026-09-01", "2026-11-30" },
    /* Winter 2025 runs from December 2025 to February 2026 */
    { "2025-12-01", CVK_PRECISION_SEASON, "2025-12-01", "2026-02-28" },
    { "2025-12-31", CVK_PRECISION_SEASON, "2025-12-01", "2026-02-28" },
    { "2026-01-15", CVK_PRECISION_SEASON, "2025-12-01", "2026-02-28" },
    { "2026-02-28", CVK_PRECISION_SEASON, "2025-12-01", "2026-02-28" },
    /* ... and Winter 2023 ends on a leap day */
    { "2023-12-25", CVK_PRECISION_SEASON, "2023-12-01", "2024-02-29" },
    { "2024-02-29", CVK_PRECISION_SEASON, "2023-12-01", "2024-02-29" },
    { "2024-01-01", CVK_PRECISION_SEASON, "2023-12-01", "2024-02-29" },

    { "2024-06-15", CVK_PRECISION_YEAR, "2024-01-01", "2024-12-31" },
    { "2025-12-31", CVK_PRECISION_YEAR, "2025-01-01", "2025-12-31" },
    { "2026-01-01", CVK_PRECISION_YEAR, "2026-01-01", "2026-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate d, first, last;

      g_test_message ("unit of %s at precision %d", cases[i].date, cases[i].precision);
      g_assert_true (cvk_date_parse_iso (cases[i].date, &d));
      cvk_date_unit_bounds (&d, cases[i].precision, &first, &last);
      assert_date (&first, cases[i].first);
      assert_date (&last, cases[i].last);

      /* rounding a date down in place works too */
      cvk_date_unit_bounds (&d, cases[i].precision, &d, &last);
      assert_date (&d, cases[i].first);
      assert_date (&last, cases[i].last);

      g_assert_true (cvk_date_parse_iso (cases[i].date, &d));
      cvk_date_unit_bounds (&d, cases[i].precision, &first, &d);
      assert_date (&first, cases[i].first);
      assert_date (&d, cases[i].last);
    }
}

static void
test_period_init (void)
{
  CvkPeriod p;

  cvk_period_init_day (&p, 2025, 5, 30);
  assert_period (&p, "2025-05-30", "2025-05-30", CVK_PRECISION_DAY);
  g_assert_true (cvk_period_is_aligned (&p));

  cvk_period_init_month (&p, 2025, 6);
  assert_period (&p, "2025-06-01", "2025-06-30", CVK_PRECISION_MONTH);
  g_assert_true (cvk_period_is_aligned (&p));

  cvk_period_init_month (&p, 2024, 2);
  assert_period (&p, "2024-02-01", "2024-02-29", CVK_PRECISION_MONTH);

  cvk_period_init_month (&p, 2025, 12);
  assert_period (&p, "2025-12-01", "2025-12-31", CVK_PRECISION_MONTH);

  cvk_period_init_season (&p, 2026, CVK_SEASON_SPRING);
  assert_period (&p, "2026-03-01", "2026-05-31", CVK_PRECISION_SEASON);
  g_assert_true (cvk_period_is_aligned (&p));

  cvk_period_init_season (&p, 2026, CVK_SEASON_SUMMER);
  assert_period (&p, "2026-06-01", "2026-08-31", CVK_PRECISION_SEASON);

  cvk_period_init_season (&p, 2026, CVK_SEASON_FALL);
  assert_period (&p, "2026-09-01", "2026-11-30", CVK_PRECISION_SEASON);

  cvk_period_init_season (&p, 2025, CVK_SEASON_WINTER);
  assert_period (&p, "2025-12-01", "2026-02-28", CVK_PRECISION_SEASON);
  g_assert_true (cvk_period_is_aligned (&p));

  cvk_period_init_season (&p, 2027, CVK_SEASON_WINTER);
  assert_period (&p, "2027-12-01", "2028-02-29", CVK_PRECISION_SEASON);

  cvk_period_init_year (&p, 2027);
  assert_period (&p, "2027-01-01", "2027-12-31", CVK_PRECISION_YEAR);
  g_assert_true (cvk_period_is_aligned (&p));
}

typedef struct
{
  const char   *first;
  const char   *last;
  CvkPrecision  precision;
  int           error_code;  /* -1: accepted */
} InitCase;

static void
test_period_init_errors (void)
{
  static const InitCase cases[] = {
    { "2025-05-30", "2025-05-30", CVK_PRECISION_DAY, -1 },
    { "2025-05-30", "2025-06-02", CVK_PRECISION_DAY, -1 },
    { "2025-06-02", "2025-05-30", CVK_PRECISION_DAY, CVK_DATE_ERROR_REVERSED },
    { "2025-06-01", "2025-06-30", CVK_PRECISION_MONTH, -1 },
    { "2025-10-01", "2025-12-31", CVK_PRECISION_MONTH, -1 },
    { "2025-06-02", "2025-06-30", CVK_PRECISION_MONTH, CVK_DATE_ERROR_NOT_ALIGNED },
    { "2025-06-01", "2025-07-30", CVK_PRECISION_MONTH, CVK_DATE_ERROR_NOT_ALIGNED },
    { "2024-02-01", "2024-02-28", CVK_PRECISION_MONTH, CVK_DATE_ERROR_NOT_ALIGNED },
    { "2024-02-01", "2024-02-29", CVK_PRECISION_MONTH, -1 },
    { "2025-07-01", "2025-06-30", CVK_PRECISION_MONTH, CVK_DATE_ERROR_REVERSED },
    { "2025-12-01", "2026-02-28", CVK_PRECISION_SEASON, -1 },
    { "2025-12-01", "2026-05-31", CVK_PRECISION_SEASON, -1 },
    { "2026-01-01", "2026-02-28", CVK_PRECISION_SEASON, CVK_DATE_ERROR_NOT_ALIGNED },
    { "2025-12-01", "2025-12-31", CVK_PRECISION_SEASON, CVK_DATE_ERROR_NOT_ALIGNED },
    { "2023-12-01", "2024-02-29", CVK_PRECISION_SEASON, -1 },
    { "2023-12-01", "2024-02-28", CVK_PRECISION_SEASON, CVK_DATE_ERROR_NOT_ALIGNED },
    { "2026-03-01", "2026-05-31", CVK_PRECISION_SEASON, -1 },
    { "2026-03-01", "2026-06-30", CVK_PRECISION_SEASON, CVK_DATE_ERROR_NOT_ALIGNED },
    { "2026-01-01", "2026-12-31", CVK_PRECISION_YEAR, -1 },
    { "2026-01-01", "2028-12-31", CVK_PRECISION_YEAR, -1 },
    { "2026-01-02", "2026-12-31", CVK_PRECISION_YEAR, CVK_DATE_ERROR_NOT_ALIGNED },
    { "2026-01-01", "2026-12-30", CVK_PRECISION_YEAR, CVK_DATE_ERROR_NOT_ALIGNED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate first, last;
      CvkPeriod p;
      gboolean ok;

      g_test_message ("period %s..%s at precision %d",
                      cases[i].first, cases[i].last, cases[i].precision);
      g_assert_true (cvk_date_parse_iso (cases[i].first, &first));
      g_assert_true (cvk_date_parse_iso (cases[i].last, &last));

      cvk_period_init_year (&p, 1999);
      ok = cvk_period_init (&p, &first, &last, cases[i].precision, &error);

      if (cases[i].error_code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          assert_period (&p, cases[i].first, cases[i].last, cases[i].precision);
          g_assert_true (cvk_period_is_aligned (&p));
        }
      else
        {
          g_assert_error (error, CVK_DATE_ERROR, cases[i].error_code);
          g_assert_false (ok);
          /* a refused period leaves the old one */
          assert_period (&p, "1999-01-01", "1999-12-31", CVK_PRECISION_YEAR);
        }
    }

  /* missing dates */
  {
    g_autoptr(GError) error = NULL;
    GDate valid = make_date (2025, 1, 1);
    GDate invalid;
    CvkPeriod p;

    g_date_clear (&invalid, 1);

    g_assert_false (cvk_period_init (&p, &invalid, &valid, CVK_PRECISION_DAY, &error));
    g_assert_error (error, CVK_DATE_ERROR, CVK_DATE_ERROR_INVALID);
    g_clear_error (&error);

    g_assert_false (cvk_period_init (&p, &valid, NULL, CVK_PRECISION_DAY, &error));
    g_assert_error (error, CVK_DATE_ERROR, CVK_DATE_ERROR_INVALID);
  }

  /* the message says what is wrong with which dates */
  {
    g_autoptr(GError) error = NULL;
    GDate first = make_date (2025, 6, 2);
    GDate last = make_date (2025, 6, 30);
    CvkPeriod p;

    g_assert_false (cvk_period_init (&p, &first, &last, CVK_PRECISION_MONTH, &error));
    g_assert_nonnull (strstr (error->message, "2025-06-02"));
    g_assert_nonnull (strstr (error->message, "month"));
  }

  /* a hand-made period that is not aligned */
  {
    CvkPeriod p;

    cvk_period_init_month (&p, 2025, 6);
    p.last = make_date (2025, 6, 29);
    g_assert_false (cvk_period_is_aligned (&p));
    g_date_clear (&p.first, 1);
    g_assert_false (cvk_period_is_aligned (&p));
  }
}

static void
assert_ranges (const CvkPeriod *p,
               const char      *start_earliest,
               const char      *start_latest,
               const char      *end_earliest,
               const char      *end_latest)
{
  GDate a, b;

  cvk_period_start_range (p, &a, &b);
  assert_date (&a, start_earliest);
  assert_date (&b, start_latest);

  cvk_period_end_range (p, &a, &b);
  assert_date (&a, end_earliest);
  assert_date (&b, end_latest);
}

static CvkPeriod
make_period (const char   *first_iso,
             const char   *last_iso,
             CvkPrecision  precision)
{
  g_autoptr(GError) error = NULL;
  GDate first, last;
  CvkPeriod p;

  g_assert_true (cvk_date_parse_iso (first_iso, &first));
  g_assert_true (cvk_date_parse_iso (last_iso, &last));
  g_assert_true (cvk_period_init (&p, &first, &last, precision, &error));
  g_assert_no_error (error);

  return p;
}

static void
test_period_ranges (void)
{
  CvkPeriod p;

  p = make_period ("2025-05-30", "2025-05-30", CVK_PRECISION_DAY);
  assert_ranges (&p, "2025-05-30", "2025-05-30", "2025-05-30", "2025-05-30");

  p = make_period ("2025-05-30", "2025-06-02", CVK_PRECISION_DAY);
  assert_ranges (&p, "2025-05-30", "2025-05-30", "2025-06-02", "2025-06-02");

  /* "June 2025": starts and ends somewhere in June */
  cvk_period_init_month (&p, 2025, 6);
  assert_ranges (&p, "2025-06-01", "2025-06-30", "2025-06-01", "2025-06-30");

  p = make_period ("2025-10-01", "2025-12-31", CVK_PRECISION_MONTH);
  assert_ranges (&p, "2025-10-01", "2025-10-31", "2025-12-01", "2025-12-31");

  cvk_period_init_season (&p, 2025, CVK_SEASON_WINTER);
  assert_ranges (&p, "2025-12-01", "2026-02-28", "2025-12-01", "2026-02-28");

  p = make_period ("2026-03-01", "2026-08-31", CVK_PRECISION_SEASON);
  assert_ranges (&p, "2026-03-01", "2026-05-31", "2026-06-01", "2026-08-31");

  p = make_period ("2025-12-01", "2026-05-31", CVK_PRECISION_SEASON);
  assert_ranges (&p, "2025-12-01", "2026-02-28", "2026-03-01", "2026-05-31");

  cvk_period_init_year (&p, 2027);
  assert_ranges (&p, "2027-01-01", "2027-12-31", "2027-01-01", "2027-12-31");

  p = make_period ("2026-01-01", "2028-12-31", CVK_PRECISION_YEAR);
  assert_ranges (&p, "2026-01-01", "2026-12-31", "2028-01-01", "2028-12-31");
}

static void
test_period_overlaps (void)
{
  CvkPeriod june, day, winter, spring;

  cvk_period_init_month (&june, 2025, 6);
  cvk_period_init_day (&day, 2025, 6, 30);
  g_assert_true (cvk_period_overlaps (&june, &day));
  g_assert_true (cvk_period_overlaps (&day, &june));

  cvk_period_init_day (&day, 2025, 7, 1);
  g_assert_false (cvk_period_overlaps (&june, &day));
  g_assert_false (cvk_period_overlaps (&day, &june));

  cvk_period_init_season (&winter, 2025, CVK_SEASON_WINTER);
  cvk_period_init_season (&spring, 2026, CVK_SEASON_SPRING);
  cvk_period_init_day (&day, 2026, 2, 28);
  g_assert_true (cvk_period_overlaps (&winter, &day));
  g_assert_false (cvk_period_overlaps (&winter, &spring));
  g_assert_true (cvk_period_overlaps (&winter, &winter));
}

static void
test_period_shift (void)
{
  CvkPeriod p;

  p = make_period ("2025-12-30", "2026-01-02", CVK_PRECISION_DAY);
  cvk_period_shift_days (&p, 3);
  assert_period (&p, "2026-01-02", "2026-01-05", CVK_PRECISION_DAY);
  cvk_period_shift_days (&p, -33);
  assert_period (&p, "2025-11-30", "2025-12-03", CVK_PRECISION_DAY);
  cvk_period_shift_days (&p, 0);
  assert_period (&p, "2025-11-30", "2025-12-03", CVK_PRECISION_DAY);
}

typedef struct
{
  const char   *first;
  const char   *last;
  CvkPrecision  precision;
  const char   *text;
} FormatCase;

static void
check_format (void)
{
  static const FormatCase cases[] = {
    { "2025-05-30", "2025-05-30", CVK_PRECISION_DAY, "30 May 2025" },
    { "2026-01-01", "2026-01-01", CVK_PRECISION_DAY, "1 January 2026" },
    { "2025-05-30", "2025-06-02", CVK_PRECISION_DAY, "30 May 2025 – 2 June 2025" },
    { "2025-06-01", "2025-06-30", CVK_PRECISION_MONTH, "June 2025" },
    { "2025-10-01", "2025-12-31", CVK_PRECISION_MONTH, "October 2025 – December 2025" },
    { "2025-12-01", "2026-01-31", CVK_PRECISION_MONTH, "December 2025 – January 2026" },
    { "2026-03-01", "2026-05-31", CVK_PRECISION_SEASON, "Spring 2026" },
    { "2026-06-01", "2026-08-31", CVK_PRECISION_SEASON, "Summer 2026" },
    { "2026-09-01", "2026-11-30", CVK_PRECISION_SEASON, "Fall 2026" },
    { "2025-12-01", "2026-02-28", CVK_PRECISION_SEASON, "Winter 2025" },
    { "2023-12-01", "2024-02-29", CVK_PRECISION_SEASON, "Winter 2023" },
    { "2026-03-01", "2026-08-31", CVK_PRECISION_SEASON, "Spring 2026 – Summer 2026" },
    { "2025-12-01", "2026-05-31", CVK_PRECISION_SEASON, "Winter 2025 – Spring 2026" },
    { "2027-01-01", "2027-12-31", CVK_PRECISION_YEAR, "2027" },
    { "2026-01-01", "2028-12-31", CVK_PRECISION_YEAR, "2026 – 2028" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CvkPeriod p = make_period (cases[i].first, cases[i].last, cases[i].precision);
      g_autofree char *text = cvk_period_format (&p);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

static void
test_format (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  g_assert_nonnull (setlocale (LC_ALL, "C"));
  check_format ();

  if (setlocale (LC_ALL, "C.UTF-8") != NULL)
    check_format ();
  else
    g_test_message ("C.UTF-8 is not available; checked the C locale only");

  setlocale (LC_ALL, saved);
}

typedef struct
{
  const char   *text;
  const char   *first;
  const char   *last;
  CvkPrecision  precision;
} ParseCase;

static void
test_period_parse (void)
{
  static const ParseCase cases[] = {
    { "2025-05-30", "2025-05-30", "2025-05-30", CVK_PRECISION_DAY },
    { "2024-02-29", "2024-02-29", "2024-02-29", CVK_PRECISION_DAY },
    { "2025-06", "2025-06-01", "2025-06-30", CVK_PRECISION_MONTH },
    { "2024-02", "2024-02-01", "2024-02-29", CVK_PRECISION_MONTH },
    { "2025-12", "2025-12-01", "2025-12-31", CVK_PRECISION_MONTH },
    { "Spring 2026", "2026-03-01", "2026-05-31", CVK_PRECISION_SEASON },
    { "spring 2026", "2026-03-01", "2026-05-31", CVK_PRECISION_SEASON },
    { "SUMMER 2026", "2026-06-01", "2026-08-31", CVK_PRECISION_SEASON },
    { "Fall 2026", "2026-09-01", "2026-11-30", CVK_PRECISION_SEASON },
    { "Autumn 2026", "2026-09-01", "2026-11-30", CVK_PRECISION_SEASON },
    { "Winter 2025", "2025-12-01", "2026-02-28", CVK_PRECISION_SEASON },
    { "Winter 2027", "2027-12-01", "2028-02-29", CVK_PRECISION_SEASON },
    { "2027", "2027-01-01", "2027-12-31", CVK_PRECISION_YEAR },
  };
  static const char *rejects[] = {
    "", "garbage", "2025-13", "2025-00", "2025-6", "2025-06-", "2025-02-30", "0000",
    "10000", "2025-1-01", "Spring", "Spring 2026 TBD", "Spring  2026", "Monsoon 2026",
    "Spring 0", "Spring twenty", "2025 Spring",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CvkPeriod p;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (cvk_period_parse (cases[i].text, &p));
      assert_period (&p, cases[i].first, cases[i].last, cases[i].precision);
      g_assert_true (cvk_period_is_aligned (&p));
    }

  for (guint i = 0; i < G_N_ELEMENTS (rejects); i++)
    {
      CvkPeriod p;

      g_test_message ("rejecting “%s”", rejects[i]);
      g_assert_false (cvk_period_parse (rejects[i], &p));
    }

  {
    CvkPeriod p;
    g_assert_false (cvk_period_parse (NULL, &p));
  }

  /* the season and year forms read back what cvk_period_format() writes */
  {
    static const char *round_trip[] = { "Spring 2026", "Winter 2025", "2027" };

    for (guint i = 0; i < G_N_ELEMENTS (round_trip); i++)
      {
        g_autofree char *text = NULL;
        CvkPeriod p;

        g_assert_true (cvk_period_parse (round_trip[i], &p));
        text = cvk_period_format (&p);
        g_assert_cmpstr (text, ==, round_trip[i]);
      }
  }
}

static CvkYearlyPeriod
make_yearly (const char *text)
{
  CvkYearlyPeriod y;

  g_assert_true (cvk_yearly_period_parse (text, &y));
  return y;
}

static void
test_yearly_parse (void)
{
  static const char *valid[] = {
    "12-15..01-10", "07-20..08-15", "02-29..03-01", "01-01..12-31", "06-01..06-01",
  };
  static const char *invalid[] = {
    "", "garbage", "12-15", "12-15..", "..01-10", "12-15..01-32", "13-01..01-10",
    "00-10..01-10", "12-00..01-10", "02-30..03-01", "04-31..05-01", "12-15..01-10x",
    "12-15...01-10", "12-15..01-10;", "12-15..01-100", "12/15..01/10", "12-15 - 01-10",
  };
  CvkYearlyPeriod y;

  y = make_yearly ("12-15..01-10");
  g_assert_cmpuint (y.first_month, ==, 12);
  g_assert_cmpuint (y.first_day, ==, 15);
  g_assert_cmpuint (y.last_month, ==, 1);
  g_assert_cmpuint (y.last_day, ==, 10);

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *text = NULL;

      y = make_yearly (valid[i]);
      text = cvk_yearly_period_to_string (&y);
      g_assert_cmpstr (text, ==, valid[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_test_message ("rejecting “%s”", invalid[i]);
      g_assert_false (cvk_yearly_period_parse (invalid[i], &y));
    }

  g_assert_false (cvk_yearly_period_parse (NULL, &y));
}

typedef struct
{
  const char *first;
  const char *last;
  gboolean    overlaps;
  gboolean    contained;
} YearlyCase;

static void
check_yearly (const char       *yearly_text,
              const YearlyCase *cases,
              guint             n_cases)
{
  CvkYearlyPeriod yearly = make_yearly (yearly_text);

  for (guint i = 0; i < n_cases; i++)
    {
      GDate first, last;

      g_test_message ("%s against %s..%s", yearly_text, cases[i].first, cases[i].last);
      g_assert_true (cvk_date_parse_iso (cases[i].first, &first));
      g_assert_true (cvk_date_parse_iso (cases[i].last, &last));
      g_assert_cmpint (cvk_yearly_period_overlaps (&yearly, &first, &last), ==, cases[i].overlaps);
      g_assert_cmpint (cvk_yearly_period_contains_range (&yearly, &first, &last), ==, cases[i].contained);
    }
}

static void
test_yearly_wrap (void)
{
  /* 15 December to 10 January: no workshop at the end of the year */
  static const YearlyCase cases[] = {
    { "2025-12-01", "2025-12-14", FALSE, FALSE },
    { "2025-12-14", "2025-12-14", FALSE, FALSE },
    { "2025-12-15", "2025-12-15", TRUE, TRUE },
    { "2025-12-14", "2025-12-15", TRUE, FALSE },
    { "2025-12-20", "2025-12-22", TRUE, TRUE },
    { "2025-12-31", "2026-01-01", TRUE, TRUE },
    { "2025-12-15", "2026-01-10", TRUE, TRUE },
    { "2025-12-15", "2026-01-11", TRUE, FALSE },
    { "2026-01-05", "2026-01-09", TRUE, TRUE },
    { "2026-01-10", "2026-01-10", TRUE, TRUE },
    { "2026-01-10", "2026-01-20", TRUE, FALSE },
    { "2026-01-11", "2026-01-20", FALSE, FALSE },
    { "2026-01-11", "2026-12-14", FALSE, FALSE },
    { "2026-06-01", "2026-06-30", FALSE, FALSE },
    { "2025-11-01", "2026-02-28", TRUE, FALSE },
    /* a long span reaches the blackout of a later year */
    { "2025-01-11", "2027-12-14", TRUE, FALSE },
    /* the first days of January belong to the previous December's period */
    { "2026-01-01", "2026-01-01", TRUE, TRUE },
  };

  check_yearly ("12-15..01-10", cases, G_N_ELEMENTS (cases));
}

static void
test_yearly_plain (void)
{
  /* a summer break within one year */
  static const YearlyCase cases[] = {
    { "2026-07-19", "2026-07-19", FALSE, FALSE },
    { "2026-07-20", "2026-07-20", TRUE, TRUE },
    { "2026-07-25", "2026-08-10", TRUE, TRUE },
    { "2026-08-15", "2026-08-16", TRUE, FALSE },
    { "2026-08-16", "2026-08-31", FALSE, FALSE },
    { "2026-06-01", "2026-09-30", TRUE, FALSE },
    { "2025-12-20", "2026-01-05", FALSE, FALSE },
  };

  check_yearly ("07-20..08-15", cases, G_N_ELEMENTS (cases));
}

static void
test_yearly_leap_day (void)
{
  /* A period ending on 29 February ends on the 28th in other years. */
  static const YearlyCase to_leap_day[] = {
    { "2028-02-29", "2028-02-29", TRUE, TRUE },
    { "2027-12-15", "2028-02-29", TRUE, TRUE },
    { "2026-02-28", "2026-02-28", TRUE, TRUE },
    { "2026-03-01", "2026-03-01", FALSE, FALSE },
    { "2025-12-20", "2026-03-01", TRUE, FALSE },
    { "2028-03-01", "2028-03-05", FALSE, FALSE },
  };
  /* ... and one starting on 29 February starts on the 28th. */
  static const YearlyCase from_leap_day[] = {
    { "2028-02-28", "2028-02-28", FALSE, FALSE },
    { "2028-02-29", "2028-03-01", TRUE, TRUE },
    { "2027-02-28", "2027-02-28", TRUE, TRUE },
    { "2027-02-27", "2027-02-27", FALSE, FALSE },
    { "2027-03-01", "2027-03-02", TRUE, FALSE },
  };
  /* The end of year blackout across a leap day. */
  static const YearlyCase around_new_year[] = {
    { "2027-12-31", "2028-01-10", TRUE, TRUE },
    { "2028-02-28", "2028-03-01", FALSE, FALSE },
    { "2028-02-29", "2028-02-29", FALSE, FALSE },
    { "2028-01-10", "2028-02-29", TRUE, FALSE },
  };

  check_yearly ("12-15..02-29", to_leap_day, G_N_ELEMENTS (to_leap_day));
  check_yearly ("02-29..03-01", from_leap_day, G_N_ELEMENTS (from_leap_day));
  check_yearly ("12-15..01-10", around_new_year, G_N_ELEMENTS (around_new_year));
}

/* The winter of January of year 1 begins before GLib's calendar: its unit
 * is cut at 1 January 1, and ends with February as every winter. */
static void
test_unit_bounds_year_1 (void)
{
  GDate d, first, last;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 15, G_DATE_JANUARY, 1);
  cvk_date_unit_bounds (&d, CVK_PRECISION_SEASON, &first, &last);
  g_assert_true (g_date_valid (&first));
  g_assert_true (g_date_valid (&last));
  g_assert_cmpint (g_date_get_year (&first), ==, 1);
  g_assert_cmpint (g_date_get_month (&first), ==, G_DATE_JANUARY);
  g_assert_cmpint (g_date_get_day (&first), ==, 1);
  g_assert_cmpint (g_date_get_month (&last), ==, G_DATE_FEBRUARY);
  g_assert_cmpint (g_date_get_day (&last), ==, 28);

  /* A winter across the new year, as usual. */
  g_date_set_dmy (&d, 20, G_DATE_DECEMBER, 2027);
  cvk_date_unit_bounds (&d, CVK_PRECISION_SEASON, &first, &last);
  g_assert_cmpint (g_date_get_year (&first), ==, 2027);
  g_assert_cmpint (g_date_get_month (&first), ==, G_DATE_DECEMBER);
  g_assert_cmpint (g_date_get_year (&last), ==, 2028);
  g_assert_cmpint (g_date_get_day (&last), ==, 29);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/fuzzy-date/iso-parse", test_iso_parse);
  g_test_add_func ("/cvk/fuzzy-date/unit-bounds-year-1", test_unit_bounds_year_1);
  g_test_add_func ("/cvk/fuzzy-date/iso-print", test_iso_print);
  g_test_add_func ("/cvk/fuzzy-date/add-months", test_add_months);
  g_test_add_func ("/cvk/fuzzy-date/days-between", test_days_between);
  g_test_add_func ("/cvk/fuzzy-date/season", test_season);
  g_test_add_func ("/cvk/fuzzy-date/unit-bounds", test_unit_bounds);
  g_test_add_func ("/cvk/fuzzy-date/period-init", test_period_init);
  g_test_add_func ("/cvk/fuzzy-date/period-init-errors", test_period_init_errors);
  g_test_add_func ("/cvk/fuzzy-date/period-ranges", test_period_ranges);
  g_test_add_func ("/cvk/fuzzy-date/period-overlaps", test_period_overlaps);
  g_test_add_func ("/cvk/fuzzy-date/period-shift", test_period_shift);
  g_test_add_func ("/cvk/fuzzy-date/format", test_format);
  g_test_add_func ("/cvk/fuzzy-date/period-parse", test_period_parse);
  g_test_add_func ("/cvk/fuzzy-date/yearly-parse", test_yearly_parse);
  g_test_add_func ("/cvk/fuzzy-date/yearly-wrap", test_yearly_wrap);
  g_test_add_func ("/cvk/fuzzy-date/yearly-plain", test_yearly_plain);
  g_test_add_func ("/cvk/fuzzy-date/yearly-leap-day", test_yearly_leap_day);

  return g_test_run ();
}
