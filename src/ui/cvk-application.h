/* cvk-application.h
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cvk-store.h"

G_BEGIN_DECLS

#define CVK_TYPE_APPLICATION (cvk_application_get_type ())
G_DECLARE_FINAL_TYPE (CvkApplication, cvk_application, CVK, APPLICATION, AdwApplication)

CvkApplication *cvk_application_new              (void);
/* NULL when the GSettings schema is not installed (then nothing is remembered). */
GSettings      *cvk_application_get_settings     (CvkApplication *self);
void            cvk_application_add_recent       (CvkApplication *self,
                                                  const char     *path);
/* Opens @file in a window of its own (or the window that has it); a
 * document that cannot be opened is explained in a dialog on @parent. */
void            cvk_application_open_document    (CvkApplication *self,
                                                  GFile          *file,
                                                  GtkWindow      *parent);

G_END_DECLS
