/* cvk-critical-path.h: the items that determine when a plan ends
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure computation over plain arrays, so that it runs on 20,000 items
 * within a drag and is tested without a store.  The dates are the plan's
 * own (the early dates): the backward pass of the critical path method
 * gives each item the latest day it may end without moving the end of the
 * plan, given the dependencies, their types and their lags (same day
 * convention as the `dependency` rule: FS lag 0 lets the successor start on
 * the day its predecessor ends).  An item is critical when its slack (latest
 * end minus end) is at most the tolerance; negative slack (a broken
 * dependency) is critical too.
 *
 * Tolerance: periods written as months or seasons end on the last day of
 * one and the next begins the day after, so a plan made of them has a day
 * of slack on every link.  The timeline passes a tolerance of one day.
 */

#pragma once

#include <glib.h>
#include "cvk-enums.h"

G_BEGIN_DECLS

typedef struct
{
  gint32   first;     /* Julian day of the start; 0 = undated (ignored) */
  gint32   last;      /* Julian day of the end, >= first */
  gboolean ignore;    /* TRUE for items outside the analysis (phases) */
} CvkCpTask;

typedef struct
{
  guint              predecessor;  /* index into the tasks */
  guint              successor;
  CvkDependencyType  type;
  int                lag;          /* calendar days, may be negative */
} CvkCpLink;

typedef struct
{
  gint32    plan_end;    /* the latest end of the analysed tasks, 0 when none */
  guint     n_critical;
  gboolean  has_cycle;   /* items on a cycle are left out, never critical */
  gint32   *slack;       /* n_tasks entries, G_MAXINT32 for ignored tasks */
  gboolean *critical;    /* n_tasks entries */
  gboolean *link_critical; /* n_links entries: both ends critical and the link binds */
} CvkCpResult;

CvkCpResult *cvk_critical_path_compute (const CvkCpTask  *tasks,
                                        guint             n_tasks,
                                        const CvkCpLink  *links,
                                        guint             n_links,
                                        int               tolerance_days);
void         cvk_cp_result_free        (CvkCpResult      *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkCpResult, cvk_cp_result_free)

G_END_DECLS
