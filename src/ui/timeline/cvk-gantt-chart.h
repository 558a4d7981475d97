/* cvk-gantt-chart.h: the Gantt chart widget
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkScrollable that paints the scene of its viewport (cvk-gantt-scene.h)
 * with a ruler on top.  It knows nothing of the store: gestures and keys
 * become signals (edit-task, link-tasks, task-selected, task-activated) that
 * the timeline view turns into store edits.  Tasks are indexes of the plan
 * it shows.
 */

#pragma once

#include <gtk/gtk.h>
#include "cvk-gantt-scene.h"

G_BEGIN_DECLS

#define CVK_TYPE_GANTT_CHART (cvk_gantt_chart_get_type ())
G_DECLARE_FINAL_TYPE (CvkGanttChart, cvk_gantt_chart, CVK, GANTT_CHART, GtkWidget)

GtkWidget    *cvk_gantt_chart_new              (void);
/* Takes @plan (transfer full); the rows are the plan's. */
void          cvk_gantt_chart_set_plan         (CvkGanttChart *self,
                                                CvkGanttPlan  *plan);
CvkGanttPlan *cvk_gantt_chart_get_plan         (CvkGanttChart *self);
/* Call after changing the plan's rows, dates or flags in place. */
void          cvk_gantt_chart_plan_changed     (CvkGanttChart *self);
CvkGanttZoom  cvk_gantt_chart_get_zoom         (CvkGanttChart *self);
/* Zooms keeping the day under viewport x @anchor_x in place (< 0: the middle). */
void          cvk_gantt_chart_set_zoom         (CvkGanttChart *self,
                                                CvkGanttZoom   zoom,
                                                double         anchor_x);
void          cvk_gantt_chart_zoom_to_fit      (CvkGanttChart *self);
void          cvk_gantt_chart_scroll_to_day    (CvkGanttChart *self,
                                                gint32         day);
void          cvk_gantt_chart_scroll_to_task   (CvkGanttChart *self,
                                                guint          task);
void          cvk_gantt_chart_set_today        (CvkGanttChart *self,
                                                gint32         today);
gint32        cvk_gantt_chart_get_today        (CvkGanttChart *self);
void          cvk_gantt_chart_set_show_critical (CvkGanttChart *self,
                                                gboolean       show);
gboolean      cvk_gantt_chart_get_show_critical (CvkGanttChart *self);
void          cvk_gantt_chart_set_selected     (CvkGanttChart *self,
                                                guint          task);
guint         cvk_gantt_chart_get_selected     (CvkGanttChart *self);
double        cvk_gantt_chart_get_row_height   (CvkGanttChart *self);
void          cvk_gantt_chart_set_ruler_height (CvkGanttChart *self,
                                                double         height);
void          cvk_gantt_chart_set_row_height   (CvkGanttChart *self,
                                                double         height);
const CvkGanttScale *cvk_gantt_chart_get_scale (CvkGanttChart *self);
/* The scene of the current viewport, built on demand. */
const CvkGanttScene *cvk_gantt_chart_get_scene (CvkGanttChart *self);

G_END_DECLS
