/* cvk-timeline-view-private.h: what the tests look at inside the timeline view
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-gantt-scene.h"
#include "cvk-timeline-view.h"

G_BEGIN_DECLS

/* The plan cvk_timeline_view_prepare () made for @store, not yet taken. */
CvkGanttPlan *_cvk_timeline_view_peek_prepared          (CvkStore        *store);
/* Whether @self holds findings made ahead of time, to show after its first frame. */
gboolean      _cvk_timeline_view_has_prepared_findings (CvkTimelineView *self);

G_END_DECLS
