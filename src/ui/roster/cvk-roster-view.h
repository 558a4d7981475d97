/* cvk-roster-view.h: the committee's roster, its balance and arbitrations
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table of the members and candidates (sortable, searchable, filtered by
 * role, region and status) beside a panel that shows the seats filled
 * against the Terms of Reference, the balance by gender, development and
 * youth, the findings of the roster rules (the numbers of `convoke --check`,
 * from the same code), the proposals for over-subscribed regions and the
 * committee's lifecycle.  Every edit goes through the store, so it is undone
 * with the window's Undo.
 *
 * Actions (group "roster"): roster.add, roster.edit (s: member id),
 * roster.fill (s: the id of a vacant seat), roster.accept-arbitration
 * (s: region), roster.clear-filters.
 */

#pragma once

#include <adwaita.h>

#include "cvk-store.h"

G_BEGIN_DECLS

#define CVK_TYPE_ROSTER_VIEW (cvk_roster_view_get_type ())
G_DECLARE_FINAL_TYPE (CvkRosterView, cvk_roster_view, CVK, ROSTER_VIEW, GtkWidget)

CvkRosterView *cvk_roster_view_new        (void);
void           cvk_roster_view_set_store  (CvkRosterView *self,
                                           CvkStore      *store);
CvkStore      *cvk_roster_view_get_store  (CvkRosterView *self);

/* Accepts the proposal for @region, with the chair's overrides, as one undo
 * step: the chosen candidates become confirmed, the others withdrawn. */
gboolean       cvk_roster_view_accept_arbitration (CvkRosterView  *self,
                                                   const char     *region,
                                                   GError        **error);

/* For tests: the table's model (after filter and sort) and the column view. */
GListModel    *cvk_roster_view_get_visible_model  (CvkRosterView *self);
GtkColumnView *cvk_roster_view_get_column_view    (CvkRosterView *self);

G_END_DECLS
