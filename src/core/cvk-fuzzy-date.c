/* cvk-fuzzy-date.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-fuzzy-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cvk-fuzzy-date.h"

G_DEFINE_QUARK (cvk-date-error-quark, cvk_date_error)

gboolean
cvk_date_parse_iso (const char *text,
                    GDate      *date)
{
  guint y, m, d;
  int consumed = 0;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL ||
      strlen (text) != 10 ||
      text[4] != '-' || text[7] != '-' ||
      sscanf (text, "%4u-%2u-%2u%n", &y, &m, &d, &consumed) != 3 ||
      consumed != 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
cvk_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/* Adds @months, keeping the day when the target month has it and taking
 * the month's last day otherwise (31 January + 1 month = 28 or 29 February). */
void
cvk_date_add_months_clamped (GDate *date,
                             int    months)
{
  g_return_if_fail (g_date_valid (date));

  if (months >= 0)
    g_date_add_months (date, months);
  else
    g_date_subtract_months (date, -months);
}

int
cvk_date_days_between (const GDate *from,
                       const GDate *to)
{
  return g_date_days_between (from, to);
}

static GDateMonth
season_first_month (CvkSeason season)
{
  switch (season)
    {
    case CVK_SEASON_SPRING: return G_DATE_MARCH;
    case CVK_SEASON_SUMMER: return G_DATE_JUNE;
    case CVK_SEASON_FALL:   return G_DATE_SEPTEMBER;
    case CVK_SEASON_WINTER: return G_DATE_DECEMBER;
    default:                g_return_val_if_reached (G_DATE_MARCH);
    }
}

CvkSeason
cvk_date_get_season (const GDate *date,
                     int         *season_year)
{
  GDateMonth month = g_date_get_month (date);
  int year = g_date_get_year (date);
  CvkSeason season;

  if (month >= G_DATE_MARCH && month <= G_DATE_MAY)
    season = CVK_SEASON_SPRING;
  else if (month >= G_DATE_JUNE && month <= G_DATE_AUGUST)
    season = CVK_SEASON_SUMMER;
  else if (month >= G_DATE_SEPTEMBER && month <= G_DATE_NOVEMBER)
    season = CVK_SEASON_FALL;
  else
    {
      season = CVK_SEASON_WINTER;
      /* January and February belong to the winter named after December. */
      if (month <= G_DATE_FEBRUARY)
        year--;
    }

  if (season_year)
    *season_year = year;
  return season;
}

static void
set_last_of_month (GDate *date,
                   int    year,
                   int    month)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_get_days_in_month (month, year), month, year);
}

void
cvk_date_unit_bounds (const GDate  *date,
                      CvkPrecision  precision,
                      GDate        *unit_first,
                      GDate        *unit_last)
{
  /* Work on a copy: @unit_first or @unit_last may be @date itself, to round
   * a date to its unit in place, and they are written before @date is read
   * for the last time. */
  const GDate copy = *date;
  int year, month;

  /* A day is its own unit, and most dates of a big plan are days. */
  if (precision == CVK_PRECISION_DAY)
    {
      *unit_first = copy;
      *unit_last = copy;
      return;
    }

  date = &copy;
  year = g_date_get_year (date);
  month = g_date_get_month (date);

  g_date_clear (unit_first, 1);

  switch (precision)
    {
    case CVK_PRECISION_MONTH:
      g_date_set_dmy (unit_first, 1, month, year);
      set_last_of_month (unit_last, year, month);
      break;

    case CVK_PRECISION_SEASON:
      {
        int season_year;
        CvkSeason season = cvk_date_get_season (date, &season_year);
        int first_month = season_first_month (season);
        int last_month = first_month + 2;
        int last_year = season_year;

        if (last_month > 12)
          {
            last_month -= 12;
            last_year++;
          }
        /* The winter of January and February of year 1 begins in a December
         * before GLib's calendar, which starts on 1 January 1. */
        if (season_year >= 1)
          g_date_set_dmy (unit_first, 1, first_month, season_year);
        else
          g_date_set_dmy (unit_first, 1, G_DATE_JANUARY, 1);
        set_last_of_month (unit_last, last_year, last_month);
      }
      break;

    case CVK_PRECISION_YEAR:
      g_date_set_dmy (unit_first, 1, G_DATE_JANUARY, year);
      g_date_clear (unit_last, 1);
      g_date_set_dmy (unit_last, 31, G_DATE_DECEMBER, year);
      break;

    default:
      g_return_if_reached ();
    }
}

void
cvk_period_init_day (CvkPeriod *period,
                     int        year,
                     int        month,
                     int        day)
{
  g_return_if_fail (g_date_valid_dmy (day, month, year));

  g_date_clear (&period->first, 1);
  g_date_set_dmy (&period->first, day, month, year);
  period->last = period->first;
  period->precision = CVK_PRECISION_DAY;
}

void
cvk_period_init_month (CvkPeriod *period,
                       int        year,
                       int        month)
{
  GDate d;

  g_return_if_fail (g_date_valid_dmy (1, month, year));

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, month, year);
  cvk_date_unit_bounds (&d, CVK_PRECISION_MONTH, &period->first, &period->last);
  period->precision = CVK_PRECISION_MONTH;
}

void
cvk_period_init_season (CvkPeriod *period,
                        int        year,
                        CvkSeason  season)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, season_first_month (season), year);
  cvk_date_unit_bounds (&d, CVK_PRECISION_SEASON, &period->first, &period->last);
  period->precision = CVK_PRECISION_SEASON;
}

void
cvk_period_init_year (CvkPeriod *period,
                      int        year)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, G_DATE_JANUARY, year);
  cvk_date_unit_bounds (&d, CVK_PRECISION_YEAR, &period->first, &period->last);
  period->precision = CVK_PRECISION_YEAR;
}

gboolean
cvk_period_is_aligned (const CvkPeriod *period)
{
  GDate lo, hi;

  if (!g_date_valid (&period->first) || !g_date_valid (&period->last))
    return FALSE;

  cvk_date_unit_bounds (&period->first, period->precision, &lo, &hi);
  if (g_date_compare (&lo, &period->first) != 0)
    return FALSE;

  cvk_date_unit_bounds (&period->last, period->precision, &lo, &hi);
  return g_date_compare (&hi, &period->last) == 0;
}

static const char *
precision_unit_name (CvkPrecision precision)
{
  switch (precision)
    {
    case CVK_PRECISION_MONTH:  return "month";
    case CVK_PRECISION_SEASON: return "season";
    case CVK_PRECISION_YEAR:   return "year";
    case CVK_PRECISION_DAY:
    default:                   return "day";
    }
}

gboolean
cvk_period_init (CvkPeriod     *period,
                 const GDate   *first,
                 const GDate   *last,
                 CvkPrecision   precision,
                 GError       **error)
{
  CvkPeriod p;

  if (first == NULL || last == NULL || !g_date_valid (first) || !g_date_valid (last))
    {
      g_set_error_literal (error, CVK_DATE_ERROR, CVK_DATE_ERROR_INVALID,
                           "a period needs a start and an end date");
      return FALSE;
    }

  if (g_date_compare (first, last) > 0)
    {
      g_autofree char *a = cvk_date_to_iso (first);
      g_autofree char *b = cvk_date_to_iso (last);
      g_set_error (error, CVK_DATE_ERROR, CVK_DATE_ERROR_REVERSED,
                   "the period ends (%s) before it starts (%s)", b, a);
      return FALSE;
    }

  p.first = *first;
  p.last = *last;
  p.precision = precision;

  if (!cvk_period_is_aligned (&p))
    {
      g_autofree char *a = cvk_date_to_iso (first);
      g_autofree char *b = cvk_date_to_iso (last);
      g_set_error (error, CVK_DATE_ERROR, CVK_DATE_ERROR_NOT_ALIGNED,
                   "%s..%s does not start on the first day and end on the last day of a %s",
                   a, b, precision_unit_name (precision));
      return FALSE;
    }

  *period = p;
  return TRUE;
}

void
cvk_period_start_range (const CvkPeriod *period,
                        GDate           *earliest,
                        GDate           *latest)
{
  GDate lo, hi;

  cvk_date_unit_bounds (&period->first, period->precision, &lo, &hi);
  *earliest = period->first;
  *latest = hi;
  if (g_date_compare (latest, &period->last) > 0)
    *latest = period->last;
}

void
cvk_period_end_range (const CvkPeriod *period,
                      GDate           *earliest,
                      GDate           *latest)
{
  GDate lo, hi;

  cvk_date_unit_bounds (&period->last, period->precision, &lo, &hi);
  *earliest = lo;
  *latest = period->last;
  if (g_date_compare (earliest, &period->first) < 0)
    *earliest = period->first;
}

gboolean
cvk_period_overlaps (const CvkPeriod *a,
                     const CvkPeriod *b)
{
  return g_date_compare (&a->first, &b->last) <= 0 &&
         g_date_compare (&b->first, &a->last) <= 0;
}

void
cvk_period_shift_days (CvkPeriod *period,
                       int        days)
{
  if (days >= 0)
    {
      g_date_add_days (&period->first, days);
      g_date_add_days (&period->last, days);
    }
  else
    {
      g_date_subtract_days (&period->first, -days);
      g_date_subtract_days (&period->last, -days);
    }
}

static const char *
season_name (CvkSeason season)
{
  switch (season)
    {
    /* Translators: a season followed by a year, as in "Spring 2026" */
    case CVK_SEASON_SPRING: return C_("season", "Spring");
    case CVK_SEASON_SUMMER: return C_("season", "Summer");
    case CVK_SEASON_FALL:   return C_("season", "Fall");
    case CVK_SEASON_WINTER: return C_("season", "Winter");
    default:                return "";
    }
}

static char *
format_unit (const GDate  *date,
             CvkPrecision  precision)
{
  char buf[128];

  switch (precision)
    {
    case CVK_PRECISION_DAY:
      /* Translators: a day, see strftime(3): "30 May 2025" */
      g_date_strftime (buf, sizeof buf, C_("date", "%-d %B %Y"), date);
      return g_strdup (buf);

    case CVK_PRECISION_MONTH:
      /* Translators: a month, see strftime(3): "June 2025" */
      g_date_strftime (buf, sizeof buf, C_("date", "%B %Y"), date);
      return g_strdup (buf);

    case CVK_PRECISION_SEASON:
      {
        int year;
        CvkSeason season = cvk_date_get_season (date, &year);
        /* Translators: a season and its year: "Spring 2026" */
        return g_strdup_printf (C_("date", "%s %d"), season_name (season), year);
      }

    case CVK_PRECISION_YEAR:
      return g_strdup_printf ("%d", g_date_get_year (date));

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * cvk_period_format:
 *
 * The period as a person writes it: "30 May 2025", "June 2025",
 * "Spring 2026", "2027", or a range of those ("October–December 2025" is
 * written "October 2025 – December 2025").
 */
char *
cvk_period_format (const CvkPeriod *period)
{
  GDate lo, hi;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (g_date_valid (&period->first), NULL);

  first = format_unit (&period->first, period->precision);
  cvk_date_unit_bounds (&period->first, period->precision, &lo, &hi);
  if (g_date_compare (&hi, &period->last) >= 0)
    return g_steal_pointer (&first);

  last = format_unit (&period->last, period->precision);
  return g_strdup_printf ("%s – %s", first, last);
}

static gboolean
parse_season_word (const char *word,
                   CvkSeason  *season)
{
  static const struct { const char *name; CvkSeason season; } names[] = {
    { "spring", CVK_SEASON_SPRING },
    { "summer", CVK_SEASON_SUMMER },
    { "fall",   CVK_SEASON_FALL },
    { "autumn", CVK_SEASON_FALL },
    { "winter", CVK_SEASON_WINTER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (word, names[i].name) == 0)
      {
        *season = names[i].season;
        return TRUE;
      }
  return FALSE;
}

/**
 * cvk_period_parse:
 *
 * Reads the English forms the committee's documents use: "2025-05-30",
 * "2025-06", "Spring 2026", "2027".
 */
gboolean
cvk_period_parse (const char *text,
                  CvkPeriod  *period)
{
  g_auto(GStrv) words = NULL;
  GDate d;
  gint64 year, month;

  if (text == NULL)
    return FALSE;

  if (cvk_date_parse_iso (text, &d))
    {
      cvk_period_init_day (period, g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
      return TRUE;
    }

  if (strlen (text) == 7 && text[4] == '-' &&
      g_ascii_string_to_signed (text + 5, 10, 1, 12, &month, NULL))
    {
      g_autofree char *y = g_strndup (text, 4);
      if (!g_ascii_string_to_signed (y, 10, 1, 9999, &year, NULL))
        return FALSE;
      cvk_period_init_month (period, year, month);
      return TRUE;
    }

  if (g_ascii_string_to_signed (text, 10, 1, 9999, &year, NULL))
    {
      cvk_period_init_year (period, year);
      return TRUE;
    }

  words = g_strsplit (text, " ", -1);
  if (g_strv_length (words) == 2)
    {
      CvkSeason season;
      if (parse_season_word (words[0], &season) &&
          g_ascii_string_to_signed (words[1], 10, 1, 9999, &year, NULL))
        {
          cvk_period_init_season (period, year, season);
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
cvk_yearly_period_parse (const char      *text,
                         CvkYearlyPeriod *period)
{
  guint m1, d1, m2, d2;
  int consumed = 0;

  if (text == NULL ||
      sscanf (text, "%2u-%2u..%2u-%2u%n", &m1, &d1, &m2, &d2, &consumed) != 4 ||
      (gsize) consumed != strlen (text))
    return FALSE;

  /* 2000 is a leap year: 29 February is a valid day of a yearly period. */
  if (!g_date_valid_dmy (d1, m1, 2000) || !g_date_valid_dmy (d2, m2, 2000))
    return FALSE;

  period->first_month = m1;
  period->first_day = d1;
  period->last_month = m2;
  period->last_day = d2;
  return TRUE;
}

char *
cvk_yearly_period_to_string (const CvkYearlyPeriod *period)
{
  return g_strdup_printf ("%02u-%02u..%02u-%02u",
                          period->first_month, period->first_day,
                          period->last_month, period->last_day);
}

static gboolean
yearly_dates (const CvkYearlyPeriod *yearly,
              int                    year,
              GDate                 *first,
              GDate                 *last)
{
  int last_year = year;
  guint last_day;

  /* A period that wraps the end of the year ends in the next one. */
  if (yearly->last_month < yearly->first_month ||
      (yearly->last_month == yearly->first_month && yearly->last_day < yearly->first_day))
    last_year++;

  g_date_clear (first, 1);
  g_date_clear (last, 1);
  /* GLib's calendar starts on 1 January 1: of year 0, only the part of a
   * period that runs into year 1 is there. */
  if (last_year < 1)
    return FALSE;
  if (year < 1)
    g_date_set_dmy (first, 1, G_DATE_JANUARY, 1);
  else
    g_date_set_dmy (first, MIN (yearly->first_day, g_date_get_days_in_month (yearly->first_month, year)),
                    yearly->first_month, year);
  last_day = MIN (yearly->last_day, g_date_get_days_in_month (yearly->last_month, last_year));
  g_date_set_dmy (last, last_day, yearly->last_month, last_year);
  return TRUE;
}

gboolean
cvk_yearly_period_overlaps (const CvkYearlyPeriod *yearly,
                            const GDate           *first,
                            const GDate           *last)
{
  int y0 = g_date_get_year (first) - 1;
  int y1 = g_date_get_year (last);

  for (int y = y0; y <= y1; y++)
    {
      GDate a, b;
      if (!yearly_dates (yearly, y, &a, &b))
        continue;
      if (g_date_compare (&a, last) <= 0 && g_date_compare (first, &b) <= 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
cvk_yearly_period_contains_range (const CvkYearlyPeriod *yearly,
                                  const GDate           *first,
                                  const GDate           *last)
{
  int y0 = g_date_get_year (first) - 1;
  int y1 = g_date_get_year (first);

  for (int y = y0; y <= y1; y++)
    {
      GDate a, b;
      if (!yearly_dates (yearly, y, &a, &b))
        continue;
      if (g_date_compare (&a, first) <= 0 && g_date_compare (last, &b) <= 0)
        return TRUE;
    }
  return FALSE;
}
