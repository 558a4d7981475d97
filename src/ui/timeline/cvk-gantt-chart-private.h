/* cvk-gantt-chart-private.h: the gestures of the chart, for the tests
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The gesture controllers call these with widget coordinates; the tests
 * call them directly, since GTK 4 offers no way to synthesize events.
 */

#pragma once

#include "cvk-gantt-chart.h"

G_BEGIN_DECLS

void     _cvk_gantt_chart_press   (CvkGanttChart   *self,
                                   double           x,
                                   double           y,
                                   GdkModifierType  state);
void     _cvk_gantt_chart_drag    (CvkGanttChart   *self,
                                   double           dx,
                                   double           dy);
void     _cvk_gantt_chart_release (CvkGanttChart   *self);
/* The key handler: TRUE when it handled the key. */
gboolean _cvk_gantt_chart_key     (CvkGanttChart   *self,
                                   guint            keyval,
                                   GdkModifierType  state);
/* Link mode (L or Ctrl+L): the task a link would go to, or G_MAXUINT. */
guint    _cvk_gantt_chart_get_link_target (CvkGanttChart *self);
/* Ctrl + wheel at viewport x. */
void     _cvk_gantt_chart_wheel_zoom (CvkGanttChart *self,
                                   double           x,
                                   double           dy);

G_END_DECLS
