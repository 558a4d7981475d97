/* cvk-store-private.h: what the tests look at inside the store
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cvk-store.h"

G_BEGIN_DECLS

/* What cvk_store_keep_ahead () keeps as @what, left where it is; NULL if
 * none (or let go at a change). */
gpointer cvk_store_peek_ahead (CvkStore   *self,
                               const char *what);

G_END_DECLS
