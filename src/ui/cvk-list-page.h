/* cvk-list-page.h: a section that lists the entities of a model
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CVK_TYPE_LIST_PAGE (cvk_list_page_get_type ())
G_DECLARE_FINAL_TYPE (CvkListPage, cvk_list_page, CVK, LIST_PAGE, GtkWidget)

CvkListPage *cvk_list_page_new             (void);
void         cvk_list_page_set_empty_state (CvkListPage                  *self,
                                            const char                   *icon_name,
                                            const char                   *title,
                                            const char                   *description);
/* A button in the empty state that runs @detailed_action ("win.import::roster"). */
void         cvk_list_page_set_empty_action (CvkListPage                  *self,
                                            const char                   *label,
                                            const char                   *detailed_action);
void         cvk_list_page_set_model       (CvkListPage                  *self,
                                            GListModel                   *model,
                                            GtkListBoxCreateWidgetFunc    create_row,
                                            gpointer                      user_data);
GtkListBox  *cvk_list_page_get_list_box    (CvkListPage                  *self);
guint        cvk_list_page_get_n_rows      (CvkListPage                  *self);

G_END_DECLS
