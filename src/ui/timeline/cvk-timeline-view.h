/* cvk-timeline-view.h: the Timeline section: the tree of items and the Gantt chart
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include "cvk-store.h"

G_BEGIN_DECLS

#define CVK_TYPE_TIMELINE_VIEW (cvk_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (CvkTimelineView, cvk_timeline_view, CVK, TIMELINE_VIEW, AdwBin)

CvkTimelineView *cvk_timeline_view_new             (void);
void             cvk_timeline_view_set_store       (CvkTimelineView *self,
                                                    CvkStore        *store);
CvkStore        *cvk_timeline_view_get_store       (CvkTimelineView *self);
/* The first plan and findings of @store, made ahead of time, on any thread
 * while nothing else uses @store: a view given @store shows them at once. */
void             cvk_timeline_view_prepare         (CvkStore        *store);
/* Selects the item with @id in the tree and the chart, and shows it. */
gboolean         cvk_timeline_view_select_item     (CvkTimelineView *self,
                                                    const char      *id);
/* The id of the selected item, or NULL. */
const char      *cvk_timeline_view_get_selected_id (CvkTimelineView *self);

G_END_DECLS
