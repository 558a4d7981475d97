/* cvk-overview-page.h: the committee at a glance
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cvk-store.h"

G_BEGIN_DECLS

#define CVK_TYPE_OVERVIEW_PAGE (cvk_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (CvkOverviewPage, cvk_overview_page, CVK, OVERVIEW_PAGE, AdwBin)

CvkOverviewPage *cvk_overview_page_new       (void);
void             cvk_overview_page_set_store (CvkOverviewPage *self,
                                              CvkStore        *store);
guint            cvk_overview_page_get_n_findings (CvkOverviewPage *self);
/* What the rules find in @store, made ahead of time, on any thread while
 * nothing else uses @store: the page shows it at once. */
void             cvk_overview_page_prepare   (CvkStore        *store);

G_END_DECLS
