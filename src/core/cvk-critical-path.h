/* cvk-critical-path.h: the items that determine when a plan ends
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure computation over plain arrays, so that it runs on 20,000 items
 * within a drag and is tested without a store.  The dates are the plan's
 * own; the dependencies follow the `dependency` rule's day convention (FS
 * lag 0 lets the successor start on the day its predecessor ends).
 *
 * Critical: the tasks that end the plan (within the tolerance of its last
 * day), and, back from them, every predecessor through a link that binds:
 * a link whose slack (the days its predecessor may slip before it moves
 * its successor) is at most the tolerance.  Those are the items that
 * determine when the plan ends: move one later and the end moves.  A
 * broken link (negative slack) binds.
 *
 * Slack: each task also gets its total slack, from the backward pass of the
 * critical path method (the latest day it may end without moving the end
 * of the plan, minus its end).
 *
 * Tolerance: periods written as months or seasons end on the last day of
 * one and the next begins the day after, so each such link has a day of
 * slack.  The timeline passes a tolerance of one day; it applies per link
 * and never adds up along a chain.
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
  gboolean *critical;    /* n_tasks entries: on the driving path to the end */
  gboolean *link_critical; /* n_links entries: a link of the driving path */
} CvkCpResult;

CvkCpResult *cvk_critical_path_compute (const CvkCpTask  *tasks,
                                        guint             n_tasks,
                                        const CvkCpLink  *links,
                                        guint             n_links,
                                        int               tolerance_days);
void         cvk_cp_result_free        (CvkCpResult      *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkCpResult, cvk_cp_result_free)

G_END_DECLS
