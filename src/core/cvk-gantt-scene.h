/* cvk-gantt-scene.h: the layout of the Gantt chart, as a list of primitives
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure layout, no drawing and no GTK: the widget paints the primitives with
 * GtkSnapshot, the exporters with cairo.  Three pieces:
 *
 *  - CvkGanttPlan: the items of a plan as plain rows in tree order (each
 *    phase followed by its children, by position), their dependencies, the
 *    yearly blackout periods and the findings of the rules.  Built from the
 *    store's models or row by row (tests, benchmark).
 *  - CvkGanttScale: days to pixels at a zoom level (week, month, quarter,
 *    year), snapping, and the ruler's units.
 *  - CvkGanttScene: the primitives of one viewport, in viewport pixels: a
 *    ruler band of ruler_height at the top, then the rows, row r at
 *    r * row_height - viewport.y + ruler_height.  Only what is in view is
 *    built: rows are culled by index, dependencies through the rows in view,
 *    meetings and periods by date.
 *
 * Dates are Julian days (g_date_get_julian ()); x = (day - origin) * px_per_day
 * is the left edge of a day, so an item from day a to day b (both included)
 * covers [x(a), x(b + 1)).
 */

#pragma once

#include <gio/gio.h>
#include "cvk-enums.h"
#include "cvk-fuzzy-date.h"
#include "cvk-rules.h"

G_BEGIN_DECLS

/* Plan ------------------------------------------------------------------- */

typedef enum
{
  CVK_GANTT_TASK_CRITICAL = 1 << 0,   /* on the critical path */
  CVK_GANTT_TASK_WARNING  = 1 << 1,   /* a rule found something (warning or error) */
  CVK_GANTT_TASK_INFO     = 1 << 2,   /* a rule found something possible only */
  CVK_GANTT_TASK_SELECTED = 1 << 3,
} CvkGanttTaskFlags;

typedef struct
{
  const char    *id;           /* the plan's, as the name */
  const char    *name;
  gint32         first;        /* Julian day, 0 = undated */
  gint32         last;
  CvkItemKind    kind;
  CvkBody        body;
  CvkPrecision   precision;
  CvkDateStatus  status;
  guint8         progress;     /* 0..100 */
  guint8         depth;        /* 0 for roots */
  int            parent;       /* index of the parent task, -1 for roots */
  guint          flags;        /* CvkGanttTaskFlags */
  char          *finding;      /* the messages of the rules, one a line; NULL */
  gpointer       user_data;    /* the CvkItem, when built from a model (not owned) */
} CvkGanttTask;

typedef struct
{
  guint              predecessor;   /* task indexes */
  guint              successor;
  CvkDependencyType  type;
  int                lag;
  gboolean           critical;
} CvkGanttLink;

typedef struct _CvkGanttPlan CvkGanttPlan;

CvkGanttPlan       *cvk_gantt_plan_new             (void);
/* From the store's models: items (of CvkItem), dependencies (of
 * CvkDependency), settings (NULL = defaults) for the blackout periods. */
CvkGanttPlan       *cvk_gantt_plan_new_from_models (GListModel            *items,
                                                    GListModel            *dependencies,
                                                    const CvkDocSettings  *settings);
void                cvk_gantt_plan_free            (CvkGanttPlan          *plan);

/* Appends a task after the last one; tasks must come in tree order (a
 * parent before its children, children after it and before its next
 * sibling).  Returns its index. */
guint               cvk_gantt_plan_add_task        (CvkGanttPlan          *plan,
                                                    const char            *id,
                                                    const char            *name,
                                                    CvkItemKind            kind,
                                                    int                    parent,
                                                    const CvkPeriod       *period,
                                                    CvkDateStatus          status);
void                cvk_gantt_plan_add_link        (CvkGanttPlan          *plan,
                                                    guint                  predecessor,
                                                    guint                  successor,
                                                    CvkDependencyType      type,
                                                    int                    lag);
void                cvk_gantt_plan_add_blackout    (CvkGanttPlan          *plan,
                                                    const CvkYearlyPeriod *period);
guint               cvk_gantt_plan_get_n_tasks     (const CvkGanttPlan    *plan);
CvkGanttTask       *cvk_gantt_plan_get_task        (CvkGanttPlan          *plan,
                                                    guint                  index);
guint               cvk_gantt_plan_get_n_links     (const CvkGanttPlan    *plan);
const CvkGanttLink *cvk_gantt_plan_get_link        (const CvkGanttPlan    *plan,
                                                    guint                  index);
/* The index of the task with @id, or -1. */
int                 cvk_gantt_plan_find            (const CvkGanttPlan    *plan,
                                                    const char            *id);
/* The earliest start and latest end of the dated tasks; FALSE when none. */
gboolean            cvk_gantt_plan_get_range       (const CvkGanttPlan    *plan,
                                                    gint32                *first,
                                                    gint32                *last);
/* Moves a task by @days (both ends) and tells the plan, so that the next
 * scene sees it without rebuilding the plan. */
void                cvk_gantt_plan_shift_task      (CvkGanttPlan          *plan,
                                                    guint                  index,
                                                    int                    days);
/* Marks the tasks named by the findings (by subject) with
 * CVK_GANTT_TASK_WARNING or _INFO and their messages; clears the old ones. */
void                cvk_gantt_plan_apply_findings  (CvkGanttPlan          *plan,
                                                    GPtrArray             *findings);
/* Computes the critical path (tolerance: see cvk-critical-path.h) and sets
 * CVK_GANTT_TASK_CRITICAL and the links' critical flag.  Returns the number
 * of critical tasks. */
guint               cvk_gantt_plan_update_critical (CvkGanttPlan          *plan,
                                                    int                    tolerance_days);

/* Rows: which tasks are shown, in which order (the tree with collapsed
 * phases hidden).  By default every task, in plan order. */
void                cvk_gantt_plan_set_rows        (CvkGanttPlan          *plan,
                                                    const guint           *tasks,
                                                    guint                  n_rows);
/* Every task whose ancestors are all expanded; @collapsed has one entry per
 * task (NULL: none collapsed). */
void                cvk_gantt_plan_flatten         (CvkGanttPlan          *plan,
                                                    const gboolean        *collapsed);
guint               cvk_gantt_plan_get_n_rows      (const CvkGanttPlan    *plan);
/* The task of row @row, or G_MAXUINT. */
guint               cvk_gantt_plan_row_task        (const CvkGanttPlan    *plan,
                                                    guint                  row);
/* The row of task @task, or -1 when hidden. */
int                 cvk_gantt_plan_task_row        (const CvkGanttPlan    *plan,
                                                    guint                  task);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkGanttPlan, cvk_gantt_plan_free)

/* Scale -------------------------------------------------------------------- */

typedef enum
{
  CVK_GANTT_ZOOM_WEEK,
  CVK_GANTT_ZOOM_MONTH,
  CVK_GANTT_ZOOM_QUARTER,
  CVK_GANTT_ZOOM_YEAR,
} CvkGanttZoom;

#define CVK_GANTT_N_ZOOMS 4

typedef struct
{
  CvkGanttZoom zoom;
  double       px_per_day;
  gint32       origin;       /* the Julian day at x = 0 */
} CvkGanttScale;

void     cvk_gantt_scale_init         (CvkGanttScale       *scale,
                                       CvkGanttZoom         zoom,
                                       gint32               origin);
double   cvk_gantt_zoom_px_per_day    (CvkGanttZoom         zoom);
/* The coarsest zoom at which @days fit in @width pixels (year if none). */
CvkGanttZoom cvk_gantt_zoom_to_fit    (gint32               days,
                                       double               width);
double   cvk_gantt_scale_day_to_x     (const CvkGanttScale *scale,
                                       gint32               day);
double   cvk_gantt_scale_date_to_x    (const CvkGanttScale *scale,
                                       const GDate         *date);
/* The day whose column holds @x. */
gint32   cvk_gantt_scale_x_to_day     (const CvkGanttScale *scale,
                                       double               x);
/* Days a drag moves for @dx pixels: whole days at week and month zoom,
 * whole weeks at quarter and year zoom. */
int      cvk_gantt_scale_snap_days    (const CvkGanttScale *scale,
                                       double               dx);
/* The step of the keyboard and of a snapped drag: 1 or 7 days. */
int      cvk_gantt_scale_step_days    (const CvkGanttScale *scale);
/* Changes the zoom so that the day under viewport x @anchor_x stays under
 * it; returns the new scroll offset (content x of the viewport's left). */
double   cvk_gantt_scale_zoom_at      (CvkGanttScale       *scale,
                                       CvkGanttZoom         zoom,
                                       double               scroll_x,
                                       double               anchor_x);

/* Scene -------------------------------------------------------------------- */

typedef enum
{
  CVK_GANTT_PRIM_RULER,        /* the ruler's background band */
  CVK_GANTT_PRIM_RULER_TICK,   /* a unit boundary: x, y..y+height; MAJOR for the upper band */
  CVK_GANTT_PRIM_RULER_LABEL,  /* text at x, y (top left), width = room */
  CVK_GANTT_PRIM_GRID,         /* a vertical grid line of the body at x */
  CVK_GANTT_PRIM_SHADE,        /* a period unfit for workshops, whole body height */
  CVK_GANTT_PRIM_ROW,          /* a row's background (selected or striped) */
  CVK_GANTT_PRIM_MEETING_MARK, /* a meeting across the body: a line (width 0) or a band, label in text */
  CVK_GANTT_PRIM_BAR,          /* a task with fixed dates; progress */
  CVK_GANTT_PRIM_FUZZY,        /* an uncertain span: x..x+width; x1 = latest start, x2 = earliest end */
  CVK_GANTT_PRIM_SUMMARY,      /* a phase's bracket */
  CVK_GANTT_PRIM_MILESTONE,    /* a diamond centred at x + width / 2 */
  CVK_GANTT_PRIM_WORKSHOP,     /* a workshop: rounded box */
  CVK_GANTT_PRIM_REPORT,       /* a report: a page with a folded corner */
  CVK_GANTT_PRIM_MEETING,      /* a meeting in its row: a flag */
  CVK_GANTT_PRIM_ARROW,        /* a dependency: points[0..n_points), head at the last */
  CVK_GANTT_PRIM_LABEL,        /* an item's name (or a lag) at x, y (top left) */
  CVK_GANTT_PRIM_WARNING,      /* a warning mark; text = the message */
  CVK_GANTT_PRIM_TODAY,        /* the today line at x, whole body height */
} CvkGanttPrimKind;

typedef enum
{
  CVK_GANTT_PRIM_FLAG_FUZZY    = 1 << 0,   /* the dates are not fixed */
  CVK_GANTT_PRIM_FLAG_TBC      = 1 << 1,
  CVK_GANTT_PRIM_FLAG_TBD      = 1 << 2,
  CVK_GANTT_PRIM_FLAG_CRITICAL = 1 << 3,
  CVK_GANTT_PRIM_FLAG_SELECTED = 1 << 4,
  CVK_GANTT_PRIM_FLAG_WARNING  = 1 << 5,
  CVK_GANTT_PRIM_FLAG_INFO     = 1 << 6,
  CVK_GANTT_PRIM_FLAG_MAJOR    = 1 << 7,   /* ruler: the upper band; grid: a major unit */
  CVK_GANTT_PRIM_FLAG_DIM      = 1 << 8,   /* a label that reads as secondary */
  CVK_GANTT_PRIM_FLAG_ODD      = 1 << 9,   /* a row stripe */
} CvkGanttPrimFlags;

#define CVK_GANTT_ARROW_MAX_POINTS 6

typedef struct
{
  float x, y;
} CvkGanttPoint;

typedef struct
{
  CvkGanttPrimKind  kind;
  guint             flags;        /* CvkGanttPrimFlags */
  guint             task;         /* the task, G_MAXUINT for none */
  guint             link;         /* for arrows, G_MAXUINT for none */
  float             x, y, width, height;
  float             x1, x2;       /* FUZZY: the latest start and the earliest end */
  float             progress;     /* 0..1 */
  CvkBody           body;         /* MEETING, MEETING_MARK, REPORT */
  guint             lane;         /* MEETING_MARK: the line of its label, 0 at the top */
  guint             n_points;
  CvkGanttPoint     points[CVK_GANTT_ARROW_MAX_POINTS];
  const char       *text;         /* borrowed from the plan or the scene */
} CvkGanttPrim;

typedef struct
{
  double x, y;                  /* the content offset (scroll position) */
  double width, height;         /* the widget's size, ruler included */
} CvkGanttViewport;

typedef struct
{
  double  row_height;           /* default 28 */
  double  ruler_height;         /* default 44 (two bands) */
  gint32  today;                /* Julian day, 0 = no today line */
  gboolean show_critical;
  guint   selected;             /* a task or G_MAXUINT */
} CvkGanttStyle;

typedef struct _CvkGanttScene CvkGanttScene;

void                cvk_gantt_style_init       (CvkGanttStyle          *style);

CvkGanttScene      *cvk_gantt_scene_new        (void);
void                cvk_gantt_scene_free       (CvkGanttScene          *scene);
/* Rebuilds the primitives of @viewport (reusing the scene's memory), in
 * painting order: ruler last, so that it stays on top. */
void                cvk_gantt_scene_build      (CvkGanttScene          *scene,
                                                CvkGanttPlan           *plan,
                                                const CvkGanttScale    *scale,
                                                const CvkGanttStyle    *style,
                                                const CvkGanttViewport *viewport);
guint               cvk_gantt_scene_get_n_prims (const CvkGanttScene   *scene);
const CvkGanttPrim *cvk_gantt_scene_get_prim   (const CvkGanttScene    *scene,
                                                guint                   index);
/* The first primitive of @kind for @task, or NULL. */
const CvkGanttPrim *cvk_gantt_scene_find       (const CvkGanttScene    *scene,
                                                CvkGanttPrimKind        kind,
                                                guint                   task);

typedef enum
{
  CVK_GANTT_HIT_NONE,
  CVK_GANTT_HIT_BODY,       /* the shape of an item: move */
  CVK_GANTT_HIT_START,      /* its left end: resize the start */
  CVK_GANTT_HIT_END,        /* its right end: resize the end */
  CVK_GANTT_HIT_ROW,        /* the row of an item, not its shape */
  CVK_GANTT_HIT_RULER,
} CvkGanttHit;

/* What is at viewport point (@x, @y): the topmost item shape, else the
 * row.  @task receives the task (G_MAXUINT when none); @prim, when not
 * NULL, the primitive hit (an item shape, a warning or a meeting mark). */
CvkGanttHit         cvk_gantt_scene_hit        (const CvkGanttScene    *scene,
                                                double                  x,
                                                double                  y,
                                                guint                  *task,
                                                const CvkGanttPrim    **prim);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkGanttScene, cvk_gantt_scene_free)

G_END_DECLS
