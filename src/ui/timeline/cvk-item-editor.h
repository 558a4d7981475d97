/* cvk-item-editor.h: a window to edit every field of a timeline item
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include "cvk-store.h"

G_BEGIN_DECLS

#define CVK_TYPE_ITEM_EDITOR (cvk_item_editor_get_type ())
G_DECLARE_FINAL_TYPE (CvkItemEditor, cvk_item_editor, CVK, ITEM_EDITOR, AdwWindow)

/* Save writes all the fields at once: one undoable edit. */
CvkItemEditor *cvk_item_editor_new (CvkStore *store,
                                    CvkItem  *item);

/* Whether @dependencies (of CvkDependency, the store's), less @removed and
 * with @added (both of CvkDependency, may be NULL), are free of a new
 * circle; when not, @error says which items would go round. */
gboolean       cvk_timeline_check_links (GListModel  *dependencies,
                                         GPtrArray   *removed,
                                         GPtrArray   *added,
                                         GError     **error);

G_END_DECLS
