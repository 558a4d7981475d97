/* cvk-window.h: a window on one document
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cvk-application.h"
#include "cvk-store.h"

G_BEGIN_DECLS

#define CVK_TYPE_WINDOW (cvk_window_get_type ())
G_DECLARE_FINAL_TYPE (CvkWindow, cvk_window, CVK, WINDOW, AdwApplicationWindow)

CvkWindow  *cvk_window_new            (CvkApplication *application,
                                       CvkStore       *document);
CvkStore   *cvk_window_get_document   (CvkWindow      *self);
void        cvk_window_show_section   (CvkWindow      *self,
                                       const char     *section);
const char *cvk_window_get_section    (CvkWindow      *self);
GtkWidget  *cvk_window_get_page       (CvkWindow      *self,
                                       const char     *section);
void        cvk_window_add_toast      (CvkWindow      *self,
                                       AdwToast       *toast);
/* A dialog that says what went wrong; returns it (already presented). */
GtkWindow  *cvk_window_show_error     (CvkWindow      *self,
                                       const char     *heading,
                                       const char     *message);
/* Imports @file as @kind ("roster" ...): a toast on success, a dialog that
 * names the line on failure. */
gboolean    cvk_window_import_file    (CvkWindow      *self,
                                       const char     *kind,
                                       GFile          *file);
/* Offers to import a dropped CSV file, its kind read from its header. */
void        cvk_window_offer_import   (CvkWindow      *self,
                                       GFile          *file);

extern const char *const cvk_window_sections[];
/* The section a new window opens on, unless asked for another. */
char       *cvk_window_first_section  (GSettings      *settings);

G_END_DECLS
