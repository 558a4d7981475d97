/* cvk-fuzzy-date.h: dates as the committee writes them
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The committee's plan says "30 May 2025", "June 2025", "Spring 2026 (TBD)".
 * A CvkPeriod is the span such a date stands for (first and last day, both
 * included) with its precision.  Seasons are the meteorological seasons of
 * the northern hemisphere: spring March-May, summer June-August, fall
 * September-November, winter December of the year named to February of the
 * next.
 *
 * A timeline item has a period from its start to its end.  When the
 * precision is coarser than a day, its start is somewhere in the first unit
 * (month, season, year) of the period and its end somewhere in the last: the
 * rules use those ranges to report only what is certain.
 */

#pragma once

#include <glib.h>

#include "cvk-enums.h"

G_BEGIN_DECLS

typedef enum
{
  CVK_SEASON_SPRING,
  CVK_SEASON_SUMMER,
  CVK_SEASON_FALL,
  CVK_SEASON_WINTER,
} CvkSeason;

typedef struct
{
  GDate        first;
  GDate        last;
  CvkPrecision precision;
} CvkPeriod;

/* Plain dates */
gboolean     cvk_date_parse_iso        (const char       *text,
                                        GDate            *date);
char        *cvk_date_to_iso           (const GDate      *date);
void         cvk_date_add_months_clamped (GDate          *date,
                                        int               months);
int          cvk_date_days_between     (const GDate      *from,
                                        const GDate      *to);
void         cvk_date_unit_bounds      (const GDate      *date,
                                        CvkPrecision      precision,
                                        GDate            *unit_first,
                                        GDate            *unit_last);
CvkSeason    cvk_date_get_season       (const GDate      *date,
                                        int              *season_year);

/* Periods */
void         cvk_period_init_day       (CvkPeriod        *period,
                                        int               year,
                                        int               month,
                                        int               day);
void         cvk_period_init_month     (CvkPeriod        *period,
                                        int               year,
                                        int               month);
void         cvk_period_init_season    (CvkPeriod        *period,
                                        int               year,
                                        CvkSeason         season);
void         cvk_period_init_year      (CvkPeriod        *period,
                                        int               year);
gboolean     cvk_period_init           (CvkPeriod        *period,
                                        const GDate      *first,
                                        const GDate      *last,
                                        CvkPrecision      precision,
                                        GError          **error);
gboolean     cvk_period_is_aligned     (const CvkPeriod  *period);
void         cvk_period_start_range    (const CvkPeriod  *period,
                                        GDate            *earliest,
                                        GDate            *latest);
void         cvk_period_end_range      (const CvkPeriod  *period,
                                        GDate            *earliest,
                                        GDate            *latest);
gboolean     cvk_period_overlaps       (const CvkPeriod  *a,
                                        const CvkPeriod  *b);
void         cvk_period_shift_days     (CvkPeriod        *period,
                                        int               days);
char        *cvk_period_format         (const CvkPeriod  *period);
gboolean     cvk_period_parse          (const char       *text,
                                        CvkPeriod        *period);

/* A recurring period of the year, such as 15 December to 10 January, as
 * written in the document's settings: "12-15..01-10". */
typedef struct
{
  guint8 first_month, first_day;
  guint8 last_month, last_day;
} CvkYearlyPeriod;

gboolean     cvk_yearly_period_parse   (const char             *text,
                                        CvkYearlyPeriod        *period);
char        *cvk_yearly_period_to_string (const CvkYearlyPeriod *period);
gboolean     cvk_yearly_period_overlaps (const CvkYearlyPeriod *yearly,
                                        const GDate            *first,
                                        const GDate            *last);
gboolean     cvk_yearly_period_contains_range (const CvkYearlyPeriod *yearly,
                                        const GDate            *first,
                                        const GDate            *last);

#define CVK_DATE_ERROR (cvk_date_error_quark ())
GQuark       cvk_date_error_quark      (void);

typedef enum
{
  CVK_DATE_ERROR_INVALID,
  CVK_DATE_ERROR_NOT_ALIGNED,
  CVK_DATE_ERROR_REVERSED,
} CvkDateError;

G_END_DECLS
