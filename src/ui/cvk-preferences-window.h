/* cvk-preferences-window.h: the document's settings and the application's
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cvk-store.h"

G_BEGIN_DECLS

#define CVK_TYPE_PREFERENCES_WINDOW (cvk_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (CvkPreferencesWindow, cvk_preferences_window, CVK, PREFERENCES_WINDOW, AdwPreferencesWindow)

CvkPreferencesWindow *cvk_preferences_window_new (CvkStore  *document,
                                                  GSettings *settings);

G_END_DECLS
