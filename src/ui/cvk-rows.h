/* cvk-rows.h: how the sections show one entity in a list
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cvk-store.h"

G_BEGIN_DECLS

/* Each takes the entity and the CvkStore it belongs to. */
GtkWidget  *cvk_rows_create_budget_line (gpointer      item,
                                         gpointer      store);
GtkWidget  *cvk_rows_create_invitation  (gpointer      item,
                                         gpointer      store);

/* Words for people. */
const char *cvk_rows_item_kind_label    (CvkItemKind   kind);
const char *cvk_rows_role_label         (CvkRole       role);
const char *cvk_rows_status_label       (CvkMemberStatus status);
const char *cvk_rows_date_status_label  (CvkDateStatus status);
char       *cvk_rows_item_when          (CvkItem      *item);
void        cvk_rows_set_tooltip        (GtkWidget    *widget,
                                         const char   *text);

G_END_DECLS
