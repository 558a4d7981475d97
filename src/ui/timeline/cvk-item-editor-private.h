/* cvk-item-editor-private.h: what the tests drive in the item editor
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same calls the predecessor picker and the remove buttons make; the
 * change is written on save, like every other field of the editor.
 */

#pragma once

#include "cvk-item-editor.h"

G_BEGIN_DECLS

/* Adds item @id as a predecessor (FS, no lag); FALSE for the item itself,
 * an unknown id or one that is a predecessor already. */
gboolean _cvk_item_editor_add_predecessor    (CvkItemEditor     *self,
                                              const char        *id);
gboolean _cvk_item_editor_remove_predecessor (CvkItemEditor     *self,
                                              const char        *id);
gboolean _cvk_item_editor_set_predecessor    (CvkItemEditor     *self,
                                              const char        *id,
                                              CvkDependencyType  type,
                                              int                lag);

G_END_DECLS
