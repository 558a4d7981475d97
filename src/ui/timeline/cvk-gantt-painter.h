/* cvk-gantt-painter.h: paints a Gantt scene with GtkSnapshot
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scene (src/core/cvk-gantt-scene.h) says what goes where; the painter
 * only turns primitives into render nodes, with the colours of a light or
 * dark style.  It reuses one PangoLayout for all the text of a frame.
 */

#pragma once

#include <gtk/gtk.h>
#include "cvk-gantt-scene.h"

G_BEGIN_DECLS

typedef struct _CvkGanttPainter CvkGanttPainter;

CvkGanttPainter *cvk_gantt_painter_new      (PangoContext         *context);
void             cvk_gantt_painter_free     (CvkGanttPainter      *painter);
/* @foreground: the text colour of the style; @accent: its accent colour. */
void             cvk_gantt_painter_set_colors (CvkGanttPainter    *painter,
                                             gboolean              dark,
                                             const GdkRGBA        *foreground,
                                             const GdkRGBA        *accent);
void             cvk_gantt_painter_snapshot (CvkGanttPainter      *painter,
                                             GtkSnapshot          *snapshot,
                                             const CvkGanttScene  *scene,
                                             double                width,
                                             double                height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkGanttPainter, cvk_gantt_painter_free)

G_END_DECLS
