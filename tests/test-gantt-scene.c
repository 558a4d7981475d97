/* test-gantt-scene.c: the layout of the Gantt chart, without a display
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-gantt-scene"

#include "config.h"

#include <string.h>

#include "cvk-dependency.h"
#include "cvk-gantt-scene.h"
#include "cvk-item.h"

static gint32
jd (int year,
    int month,
    int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return (gint32) g_date_get_julian (&d);
}

static CvkPeriod
days (int y0, int m0, int d0,
      int y1, int m1, int d1)
{
  CvkPeriod p;

  g_date_clear (&p.first, 1);
  g_date_clear (&p.last, 1);
  g_date_set_dmy (&p.first, d0, m0, y0);
  g_date_set_dmy (&p.last, d1, m1, y1);
  p.precision = CVK_PRECISION_DAY;
  return p;
}

static guint
count_kind (CvkGanttScene    *scene,
            CvkGanttPrimKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < cvk_gantt_scene_get_n_prims (scene); i++)
    if (cvk_gantt_scene_get_prim (scene, i)->kind == kind)
      n++;
  return n;
}

static const CvkGanttPrim *
find_arrow (CvkGanttScene *scene,
            guint          link)
{
  for (guint i = 0; i < cvk_gantt_scene_get_n_prims (scene); i++)
    {
      const CvkGanttPrim *p = cvk_gantt_scene_get_prim (scene, i);
      if (p->kind == CVK_GANTT_PRIM_ARROW && p->link == link)
        return p;
    }
  return NULL;
}

/* A date maps to the right x at each zoom, and back. */
static void
test_scale (void)
{
  gint32 origin = jd (2025, 1, 1);

  for (int zoom = 0; zoom < CVK_GANTT_N_ZOOMS; zoom++)
    {
      CvkGanttScale scale;
      GDate feb;
      double ppd = cvk_gantt_zoom_px_per_day (zoom);

      cvk_gantt_scale_init (&scale, zoom, origin);
      g_date_clear (&feb, 1);
      g_date_set_dmy (&feb, 1, 2, 2025);
      g_assert_cmpfloat_with_epsilon (cvk_gantt_scale_date_to_x (&scale, &feb), 31 * ppd, 1e-9);
      g_assert_cmpfloat_with_epsilon (cvk_gantt_scale_day_to_x (&scale, origin - 10), -10 * ppd, 1e-9);
      g_assert_cmpint (cvk_gantt_scale_x_to_day (&scale, 31 * ppd), ==, jd (2025, 2, 1));
      g_assert_cmpint (cvk_gantt_scale_x_to_day (&scale, 31 * ppd + ppd * 0.9), ==, jd (2025, 2, 1));
      g_assert_cmpint (cvk_gantt_scale_x_to_day (&scale, -0.1), ==, origin - 1);
    }

  /* The zooms get coarser in order. */
  for (int zoom = 1; zoom < CVK_GANTT_N_ZOOMS; zoom++)
    g_assert_cmpfloat (cvk_gantt_zoom_px_per_day (zoom), <, cvk_gantt_zoom_px_per_day (zoom - 1));

  /* Snapping: days at week and month zoom, weeks at quarter and year. */
  {
    CvkGanttScale scale;
    cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_MONTH, origin);
    g_assert_cmpint (cvk_gantt_scale_snap_days (&scale, 12), ==, 2);
    g_assert_cmpint (cvk_gantt_scale_snap_days (&scale, -13), ==, -3);
    g_assert_cmpint (cvk_gantt_scale_step_days (&scale), ==, 1);
    cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_QUARTER, origin);
    g_assert_cmpint (cvk_gantt_scale_snap_days (&scale, 1.6 * 10), ==, 7);
    g_assert_cmpint (cvk_gantt_scale_snap_days (&scale, 1.6 * 3), ==, 0);
    g_assert_cmpint (cvk_gantt_scale_step_days (&scale), ==, 7);
  }

  /* Zoom keeps the day under the pointer in place. */
  {
    CvkGanttScale scale;
    double scroll = 1000, anchor = 300, new_scroll;
    gint32 before;

    cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_MONTH, origin);
    before = cvk_gantt_scale_x_to_day (&scale, scroll + anchor);
    new_scroll = cvk_gantt_scale_zoom_at (&scale, CVK_GANTT_ZOOM_WEEK, scroll, anchor);
    g_assert_cmpint (scale.zoom, ==, CVK_GANTT_ZOOM_WEEK);
    g_assert_cmpint (cvk_gantt_scale_x_to_day (&scale, new_scroll + anchor), ==, before);
    new_scroll = cvk_gantt_scale_zoom_at (&scale, CVK_GANTT_ZOOM_YEAR, new_scroll, anchor);
    g_assert_cmpint (cvk_gantt_scale_x_to_day (&scale, new_scroll + anchor), ==, before);
  }

  /* Zoom to fit: the finest scale that holds the days. */
  g_assert_cmpint (cvk_gantt_zoom_to_fit (30, 1000), ==, CVK_GANTT_ZOOM_WEEK);
  g_assert_cmpint (cvk_gantt_zoom_to_fit (180, 1000), ==, CVK_GANTT_ZOOM_MONTH);
  g_assert_cmpint (cvk_gantt_zoom_to_fit (3 * 365, 1000), ==, CVK_GANTT_ZOOM_YEAR);
  g_assert_cmpint (cvk_gantt_zoom_to_fit (365, 1000), ==, CVK_GANTT_ZOOM_QUARTER);
}

/* Rows: the tree in order, collapsed phases hide their children. */
static void
test_packing (void)
{
  g_autoptr(CvkGanttPlan) plan = cvk_gantt_plan_new ();
  g_autoptr(CvkGanttScene) scene = cvk_gantt_scene_new ();
  CvkPeriod p = days (2025, 1, 10, 2025, 1, 20);
  CvkGanttScale scale;
  CvkGanttStyle style;
  CvkGanttViewport vp = { 0, 0, 800, 400 };
  gboolean collapsed[6] = { FALSE };
  guint ph1, t1, ph2, t3, t4;
  const CvkGanttPrim *bar;

  ph1 = cvk_gantt_plan_add_task (plan, "PH1", "Phase one", CVK_ITEM_KIND_PHASE, -1, &p, CVK_DATE_STATUS_FIXED);
  t1 = cvk_gantt_plan_add_task (plan, "T1", "One", CVK_ITEM_KIND_TASK, ph1, &p, CVK_DATE_STATUS_FIXED);
  cvk_gantt_plan_add_task (plan, "T2", "Two", CVK_ITEM_KIND_TASK, t1, &p, CVK_DATE_STATUS_FIXED);
  ph2 = cvk_gantt_plan_add_task (plan, "PH2", "Phase two", CVK_ITEM_KIND_PHASE, -1, &p, CVK_DATE_STATUS_FIXED);
  t3 = cvk_gantt_plan_add_task (plan, "T3", "Three", CVK_ITEM_KIND_TASK, ph2, &p, CVK_DATE_STATUS_FIXED);
  t4 = cvk_gantt_plan_add_task (plan, "T4", "Four", CVK_ITEM_KIND_TASK, ph2, &p, CVK_DATE_STATUS_FIXED);

  g_assert_cmpuint (cvk_gantt_plan_get_task (plan, 2)->depth, ==, 2);
  g_assert_cmpint (cvk_gantt_plan_find (plan, "T3"), ==, (int) t3);
  g_assert_cmpint (cvk_gantt_plan_find (plan, "nope"), ==, -1);

  /* All rows by default. */
  g_assert_cmpuint (cvk_gantt_plan_get_n_rows (plan), ==, 6);
  g_assert_cmpint (cvk_gantt_plan_task_row (plan, t4), ==, 5);

  collapsed[ph1] = TRUE;
  cvk_gantt_plan_flatten (plan, collapsed);
  g_assert_cmpuint (cvk_gantt_plan_get_n_rows (plan), ==, 4);
  g_assert_cmpuint (cvk_gantt_plan_row_task (plan, 0), ==, ph1);
  g_assert_cmpuint (cvk_gantt_plan_row_task (plan, 1), ==, ph2);
  g_assert_cmpuint (cvk_gantt_plan_row_task (plan, 3), ==, t4);
  g_assert_cmpint (cvk_gantt_plan_task_row (plan, t1), ==, -1);
  g_assert_cmpint (cvk_gantt_plan_task_row (plan, 2), ==, -1);
  g_assert_cmpuint (cvk_gantt_plan_row_task (plan, 4), ==, G_MAXUINT);

  cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_WEEK, jd (2025, 1, 1));
  cvk_gantt_style_init (&style);
  cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);

  /* T4 is on row 3: y = ruler + 3 rows (+ its inset), x from day 9 to 20. */
  bar = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_BAR, t4);
  g_assert_nonnull (bar);
  g_assert_cmpfloat_with_epsilon (bar->y, style.ruler_height + 3 * style.row_height + style.row_height * 0.2, 1e-3);
  g_assert_cmpfloat_with_epsilon (bar->x, 9 * 20.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (bar->width, 11 * 20.0, 1e-3);
  g_assert_null (cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_BAR, t1));
  g_assert_nonnull (cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_SUMMARY, ph1));

  /* Scrolled down by a row and a half, horizontally by 100 px. */
  vp.y = style.row_height * 1.5;
  vp.x = 100;
  cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);
  bar = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_BAR, t4);
  g_assert_cmpfloat_with_epsilon (bar->y, style.ruler_height + 1.5 * style.row_height + style.row_height * 0.2, 1e-3);
  g_assert_cmpfloat_with_epsilon (bar->x, 9 * 20.0 - 100, 1e-3);
  g_assert_null (cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_SUMMARY, ph1));   /* row 0: out of view */

  /* An explicit row order (as the tree view shows it). */
  {
    guint rows[] = { t4, ph1 };
    cvk_gantt_plan_set_rows (plan, rows, 2);
    g_assert_cmpint (cvk_gantt_plan_task_row (plan, ph1), ==, 1);
    g_assert_cmpint (cvk_gantt_plan_task_row (plan, ph2), ==, -1);
  }
}

/* Arrows of the four types, their lag, and their routes. */
static void
test_arrows (void)
{
  g_autoptr(CvkGanttPlan) plan = cvk_gantt_plan_new ();
  g_autoptr(CvkGanttScene) scene = cvk_gantt_scene_new ();
  CvkPeriod pa = days (2025, 1, 2, 2025, 1, 11);    /* x 20 .. 220 at week zoom */
  CvkPeriod pb = days (2025, 1, 21, 2025, 1, 30);   /* x 400 .. 600 */
  CvkPeriod pc = days (2025, 1, 6, 2025, 1, 15);    /* x 100 .. 300 */
  CvkGanttScale scale;
  CvkGanttStyle style;
  CvkGanttViewport vp = { 0, 0, 1000, 400 };
  const CvkGanttPrim *arrow;
  guint a, b, c;
  double rh, top;

  a = cvk_gantt_plan_add_task (plan, "A", "A", CVK_ITEM_KIND_TASK, -1, &pa, CVK_DATE_STATUS_FIXED);
  b = cvk_gantt_plan_add_task (plan, "B", "B", CVK_ITEM_KIND_TASK, -1, &pb, CVK_DATE_STATUS_FIXED);
  c = cvk_gantt_plan_add_task (plan, "C", "C", CVK_ITEM_KIND_TASK, -1, &pc, CVK_DATE_STATUS_FIXED);
  cvk_gantt_plan_add_link (plan, a, b, CVK_DEPENDENCY_FS, 0);   /* 0: a simple elbow */
  cvk_gantt_plan_add_link (plan, a, c, CVK_DEPENDENCY_FS, 3);   /* 1: C starts before A ends: a detour */
  cvk_gantt_plan_add_link (plan, a, c, CVK_DEPENDENCY_SS, 0);   /* 2 */
  cvk_gantt_plan_add_link (plan, a, c, CVK_DEPENDENCY_FF, -2);  /* 3 */
  cvk_gantt_plan_add_link (plan, b, c, CVK_DEPENDENCY_SF, 0);   /* 4: from B's start into C's end */

  cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_WEEK, jd (2025, 1, 1));
  cvk_gantt_style_init (&style);
  cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);
  rh = style.row_height;
  top = style.ruler_height;
  g_assert_cmpuint (count_kind (scene, CVK_GANTT_PRIM_ARROW), ==, 5);

  /* FS: from A's end (x 220, row 0) to B's start (x 400, row 1), 4 points. */
  arrow = find_arrow (scene, 0);
  g_assert_cmpuint (arrow->n_points, ==, 4);
  g_assert_cmpfloat_with_epsilon (arrow->points[0].x, 220, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[0].y, top + rh / 2, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[1].x, 228, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[2].y, top + rh * 1.5, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[3].x, 400, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[3].y, top + rh * 1.5, 1e-3);
  g_assert_null (arrow->text);   /* FS without lag: nothing to say */

  /* FS +3 into C, which starts left of A's end: out right, back left along
   * the row boundary, into C's start from the left. */
  arrow = find_arrow (scene, 1);
  g_assert_cmpuint (arrow->n_points, ==, 6);
  g_assert_cmpfloat_with_epsilon (arrow->points[0].x, 220, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[1].x, 228, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[2].y, top + rh, 1e-3);   /* between rows 0 and 1 */
  g_assert_cmpfloat_with_epsilon (arrow->points[3].x, 92, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[5].x, 100, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[5].y, top + rh * 2.5, 1e-3);
  g_assert_cmpstr (arrow->text, ==, "FS +3 d");

  /* SS: from A's start leftwards, into C's start: one elbow left of both. */
  arrow = find_arrow (scene, 2);
  g_assert_cmpuint (arrow->n_points, ==, 4);
  g_assert_cmpfloat_with_epsilon (arrow->points[0].x, 20, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[1].x, 12, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[3].x, 100, 1e-3);
  g_assert_cmpstr (arrow->text, ==, "SS");

  /* FF -2: from A's end rightwards, into C's end from the right. */
  arrow = find_arrow (scene, 3);
  g_assert_cmpuint (arrow->n_points, ==, 4);
  g_assert_cmpfloat_with_epsilon (arrow->points[0].x, 220, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[1].x, 308, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[3].x, 300, 1e-3);
  g_assert_cmpstr (arrow->text, ==, "FF -2 d");

  /* SF: from B's start (x 400) leftwards into C's end (x 300) from the right. */
  arrow = find_arrow (scene, 4);
  g_assert_cmpuint (arrow->n_points, ==, 4);
  g_assert_cmpfloat_with_epsilon (arrow->points[0].x, 400, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[1].x, 392, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[3].x, 300, 1e-3);
  g_assert_cmpfloat_with_epsilon (arrow->points[3].y, top + rh * 2.5, 1e-3);

  /* Arrows out of view horizontally are not built. */
  vp.x = 5000;
  cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);
  g_assert_cmpuint (count_kind (scene, CVK_GANTT_PRIM_ARROW), ==, 0);
}

/* Only what is in view is built, whatever the size of the plan. */
static void
test_culling (void)
{
  g_autoptr(CvkGanttPlan) plan = cvk_gantt_plan_new ();
  g_autoptr(CvkGanttScene) scene = cvk_gantt_scene_new ();
  CvkGanttScale scale;
  CvkGanttStyle style;
  CvkGanttViewport vp;
  guint n_tasks = 20000, first_row, last_row, n_bars = 0;
  gint32 origin = jd (2025, 1, 1);

  for (guint i = 0; i < n_tasks; i++)
    {
      char id[16];
      CvkPeriod p;
      g_snprintf (id, sizeof id, "T%05u", i);
      g_date_clear (&p.first, 1);
      g_date_clear (&p.last, 1);
      g_date_set_julian (&p.first, origin + i / 10);
      g_date_set_julian (&p.last, origin + i / 10 + 5);
      p.precision = CVK_PRECISION_DAY;
      cvk_gantt_plan_add_task (plan, id, id, CVK_ITEM_KIND_TASK, -1, &p, CVK_DATE_STATUS_FIXED);
      if (i > 0)
        cvk_gantt_plan_add_link (plan, i - 1, i, CVK_DEPENDENCY_SS, 0);
    }
  /* One long link from the top to the bottom crosses every view. */
  cvk_gantt_plan_add_link (plan, 0, n_tasks - 1, CVK_DEPENDENCY_FS, 0);

  cvk_gantt_style_init (&style);
  cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_MONTH, origin);
  vp.width = 1000;
  vp.height = style.ruler_height + 20 * style.row_height;
  vp.y = 10000 * style.row_height;
  vp.x = cvk_gantt_scale_day_to_x (&scale, origin + 1000) - 200;
  cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);

  first_row = 10000;
  last_row = 10000 + 20;
  for (guint i = 0; i < cvk_gantt_scene_get_n_prims (scene); i++)
    {
      const CvkGanttPrim *p = cvk_gantt_scene_get_prim (scene, i);
      if (p->kind == CVK_GANTT_PRIM_BAR)
        {
          g_assert_cmpuint (p->task, >=, first_row);
          g_assert_cmpuint (p->task, <, last_row);
          n_bars++;
        }
    }
  g_assert_cmpuint (n_bars, ==, 20);
  g_assert_cmpuint (count_kind (scene, CVK_GANTT_PRIM_ARROW), <=, 22);
  g_assert_cmpuint (cvk_gantt_scene_get_n_prims (scene), <, 300);

  /* The long link crosses the view: it is there. */
  g_assert_nonnull (find_arrow (scene, n_tasks - 1));
}

/* Fuzzy dates: the whole span, where the start and the end may fall, and the status. */
static void
test_fuzzy (void)
{
  g_autoptr(CvkGanttPlan) plan = cvk_gantt_plan_new ();
  g_autoptr(CvkGanttScene) scene = cvk_gantt_scene_new ();
  CvkPeriod spring, nov_dec, fixed;
  CvkGanttScale scale;
  CvkGanttStyle style;
  CvkGanttViewport vp = { 0, 0, 2000, 400 };
  const CvkGanttPrim *p;
  guint ws, task, tl01;
  gint32 origin = jd (2025, 10, 1);

  cvk_period_init_season (&spring, 2026, CVK_SEASON_SPRING);
  cvk_period_init_month (&nov_dec, 2025, 11);
  g_date_set_dmy (&nov_dec.last, 31, 12, 2025);
  fixed = days (2025, 10, 30, 2025, 10, 30);

  ws = cvk_gantt_plan_add_task (plan, "TL04", "The first workshop", CVK_ITEM_KIND_WORKSHOP, -1, &spring, CVK_DATE_STATUS_TBD);
  task = cvk_gantt_plan_add_task (plan, "W1-1", "Design", CVK_ITEM_KIND_TASK, -1, &nov_dec, CVK_DATE_STATUS_TBC);
  tl01 = cvk_gantt_plan_add_task (plan, "TL01", "TSAG approves", CVK_ITEM_KIND_MILESTONE, -1, &fixed, CVK_DATE_STATUS_FIXED);

  cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_MONTH, origin);
  cvk_gantt_style_init (&style);
  cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);

  /* Spring: the span of March to May, never a plain bar; the start may be
   * as late as 31 May and the end as early as 1 March. */
  g_assert_null (cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_BAR, ws));
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_FUZZY, ws);
  g_assert_nonnull (p);
  g_assert_cmpfloat_with_epsilon (p->x, (jd (2026, 3, 1) - origin) * 5.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (p->width, (jd (2026, 6, 1) - jd (2026, 3, 1)) * 5.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (p->x1, (jd (2026, 6, 1) - origin) * 5.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (p->x2, (jd (2026, 3, 1) - origin) * 5.0, 1e-3);
  g_assert_true (p->flags & CVK_GANTT_PRIM_FLAG_FUZZY);
  g_assert_true (p->flags & CVK_GANTT_PRIM_FLAG_TBD);
  /* ... with the workshop's glyph in its middle, drawn as uncertain. */
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_WORKSHOP, ws);
  g_assert_nonnull (p);
  g_assert_true (p->flags & CVK_GANTT_PRIM_FLAG_FUZZY);
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_LABEL, ws);
  g_assert_nonnull (strstr (p->text, "TBD"));

  /* November to December: starts in November, ends in December. */
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_FUZZY, task);
  g_assert_cmpfloat_with_epsilon (p->x1, (jd (2025, 12, 1) - origin) * 5.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (p->x2, (jd (2025, 12, 1) - origin) * 5.0, 1e-3);
  g_assert_true (p->flags & CVK_GANTT_PRIM_FLAG_TBC);

  /* A fixed day is solid. */
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_MILESTONE, tl01);
  g_assert_nonnull (p);
  g_assert_false (p->flags & CVK_GANTT_PRIM_FLAG_FUZZY);
  g_assert_null (cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_FUZZY, tl01));

  /* The chair fixes the day: the span turns solid. */
  {
    CvkGanttTask *t = cvk_gantt_plan_get_task (plan, ws);
    t->precision = CVK_PRECISION_DAY;
    t->status = CVK_DATE_STATUS_FIXED;
    t->first = t->last = jd (2026, 4, 14);
    cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);
    g_assert_null (cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_FUZZY, ws));
    p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_WORKSHOP, ws);
    g_assert_false (p->flags & CVK_GANTT_PRIM_FLAG_FUZZY);
  }
}

/* Meetings across the chart, blackout periods, today, warnings, the ruler. */
static void
test_marks (void)
{
  g_autoptr(CvkGanttPlan) plan = cvk_gantt_plan_new ();
  g_autoptr(CvkGanttScene) scene = cvk_gantt_scene_new ();
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  CvkYearlyPeriod blackout;
  CvkPeriod tsag = days (2025, 5, 30, 2025, 5, 30), fall, ws, rg;
  CvkGanttScale scale;
  CvkGanttStyle style;
  CvkGanttViewport vp = { 0, 0, 2000, 400 };
  const CvkGanttPrim *p;
  guint t_tsag, t_fall, t_ws, t_rg, n_shades = 0, n_labels = 0;
  gint32 origin = jd (2025, 5, 1);

  cvk_period_init_season (&fall, 2025, CVK_SEASON_FALL);
  ws = days (2025, 12, 20, 2025, 12, 21);
  t_tsag = cvk_gantt_plan_add_task (plan, "TL01", "TSAG", CVK_ITEM_KIND_MEETING, -1, &tsag, CVK_DATE_STATUS_FIXED);
  cvk_gantt_plan_get_task (plan, t_tsag)->body = CVK_BODY_TSAG;
  t_fall = cvk_gantt_plan_add_task (plan, "TL06", "TSAG review", CVK_ITEM_KIND_MEETING, -1, &fall, CVK_DATE_STATUS_TBC);
  cvk_gantt_plan_get_task (plan, t_fall)->body = CVK_BODY_WP2;
  t_ws = cvk_gantt_plan_add_task (plan, "TL04", "Workshop", CVK_ITEM_KIND_WORKSHOP, -1, &ws, CVK_DATE_STATUS_FIXED);
  rg = days (2025, 6, 2, 2025, 6, 2);
  t_rg = cvk_gantt_plan_add_task (plan, "M1", "RG-IEM", CVK_ITEM_KIND_MEETING, -1, &rg, CVK_DATE_STATUS_FIXED);
  cvk_gantt_plan_get_task (plan, t_rg)->body = CVK_BODY_RG_IEM;
  g_assert_true (cvk_yearly_period_parse ("12-15..01-10", &blackout));
  cvk_gantt_plan_add_blackout (plan, &blackout);
  g_ptr_array_add (findings, cvk_finding_new (CVK_SEVERITY_WARNING, "blackout", "TL04",
                                              "The workshop falls in a period unfit for workshops"));
  cvk_gantt_plan_apply_findings (plan, findings);

  cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_MONTH, origin);
  cvk_gantt_style_init (&style);
  style.today = jd (2025, 7, 1);
  cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);

  /* A one-day meeting is a line across the body, labelled with its body. */
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_MEETING_MARK, t_tsag);
  g_assert_nonnull (p);
  g_assert_cmpfloat (p->width, ==, 0);
  g_assert_cmpfloat_with_epsilon (p->x, 29.5 * 5.0, 1e-3);
  g_assert_cmpfloat (p->y, ==, style.ruler_height);
  g_assert_cmpfloat (p->height, ==, vp.height - style.ruler_height);
  g_assert_cmpstr (p->text, ==, "TSAG");
  g_assert_cmpuint (p->lane, ==, 0);
  /* A meeting three days later puts its label on the next line. */
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_MEETING_MARK, t_rg);
  g_assert_cmpstr (p->text, ==, "RG-IEM");
  g_assert_cmpuint (p->lane, ==, 1);
  /* A season is a band, uncertain. */
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_MEETING_MARK, t_fall);
  g_assert_cmpfloat_with_epsilon (p->width, 91 * 5.0, 1e-3);
  g_assert_true (p->flags & CVK_GANTT_PRIM_FLAG_FUZZY);
  g_assert_cmpstr (p->text, ==, "WP2");
  g_assert_cmpuint (p->lane, ==, 0);   /* months later: room at the top again */

  /* 15 December 2025 to 10 January 2026. */
  for (guint i = 0; i < cvk_gantt_scene_get_n_prims (scene); i++)
    {
      p = cvk_gantt_scene_get_prim (scene, i);
      if (p->kind == CVK_GANTT_PRIM_SHADE)
        {
          g_assert_cmpfloat_with_epsilon (p->x, (jd (2025, 12, 15) - origin) * 5.0, 1e-3);
          g_assert_cmpfloat_with_epsilon (p->width, 27 * 5.0, 1e-3);
          n_shades++;
        }
      else if (p->kind == CVK_GANTT_PRIM_RULER_LABEL && !(p->flags & CVK_GANTT_PRIM_FLAG_MAJOR))
        n_labels++;
    }
  g_assert_cmpuint (n_shades, ==, 1);
  g_assert_cmpuint (n_labels, >=, 13);   /* 2000 px at 5 px a day: some 13 months */

  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_TODAY, G_MAXUINT);
  g_assert_nonnull (p);
  g_assert_cmpfloat_with_epsilon (p->x, (jd (2025, 7, 1) - origin + 0.5) * 5.0, 1e-3);

  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_WARNING, t_ws);
  g_assert_nonnull (p);
  g_assert_cmpstr (p->text, ==, "The workshop falls in a period unfit for workshops");

  /* The ruler is painted last, so that it stays on top. */
  p = cvk_gantt_scene_get_prim (scene, cvk_gantt_scene_get_n_prims (scene) - 1);
  g_assert_true (p->kind == CVK_GANTT_PRIM_RULER_TICK || p->kind == CVK_GANTT_PRIM_RULER_LABEL);
}

/* Hits: an item's ends, its body, its row, the ruler. */
static void
test_hit (void)
{
  g_autoptr(CvkGanttPlan) plan = cvk_gantt_plan_new ();
  g_autoptr(CvkGanttScene) scene = cvk_gantt_scene_new ();
  CvkPeriod p = days (2025, 1, 2, 2025, 1, 11);     /* x 20 .. 220 */
  CvkGanttScale scale;
  CvkGanttStyle style;
  CvkGanttViewport vp = { 0, 0, 800, 400 };
  guint a, b, task;
  double y;

  a = cvk_gantt_plan_add_task (plan, "A", "A", CVK_ITEM_KIND_TASK, -1, &p, CVK_DATE_STATUS_FIXED);
  b = cvk_gantt_plan_add_task (plan, "B", "B", CVK_ITEM_KIND_TASK, -1, &p, CVK_DATE_STATUS_FIXED);
  cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_WEEK, jd (2025, 1, 1));
  cvk_gantt_style_init (&style);
  cvk_gantt_scene_build (scene, plan, &scale, &style, &vp);
  y = style.ruler_height + style.row_height * 1.5;

  g_assert_cmpint (cvk_gantt_scene_hit (scene, 120, y, &task, NULL), ==, CVK_GANTT_HIT_BODY);
  g_assert_cmpuint (task, ==, b);
  g_assert_cmpint (cvk_gantt_scene_hit (scene, 22, y, &task, NULL), ==, CVK_GANTT_HIT_START);
  g_assert_cmpint (cvk_gantt_scene_hit (scene, 218, y, &task, NULL), ==, CVK_GANTT_HIT_END);
  g_assert_cmpint (cvk_gantt_scene_hit (scene, 600, y - style.row_height, &task, NULL), ==, CVK_GANTT_HIT_ROW);
  g_assert_cmpuint (task, ==, a);
  g_assert_cmpint (cvk_gantt_scene_hit (scene, 600, 10, &task, NULL), ==, CVK_GANTT_HIT_RULER);
  g_assert_cmpint (cvk_gantt_scene_hit (scene, 600, 390, &task, NULL), ==, CVK_GANTT_HIT_NONE);
}

/* From the store's models: tree order by parent and position, links by id. */
static void
test_from_models (void)
{
  g_autoptr(GListStore) items = g_list_store_new (CVK_TYPE_ITEM);
  g_autoptr(GListStore) deps = g_list_store_new (CVK_TYPE_DEPENDENCY);
  g_autoptr(CvkGanttPlan) plan = NULL;
  struct { const char *id, *parent; int position; CvkItemKind kind; } rows[] = {
    { "T2", "PH1", 1, CVK_ITEM_KIND_TASK },
    { "PH2", "", 1, CVK_ITEM_KIND_PHASE },
    { "T1", "PH1", 0, CVK_ITEM_KIND_TASK },
    { "PH1", "", 0, CVK_ITEM_KIND_PHASE },
    { "T3", "PH2", 0, CVK_ITEM_KIND_TASK },
  };
  const char *order[] = { "PH1", "T1", "T2", "PH2", "T3" };
  GDate d;
  gint32 first, last;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, 3, 2026);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(CvkItem) item = cvk_item_new (rows[i].id);
      cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_PARENT, rows[i].parent);
      cvk_entity_set_int (CVK_ENTITY (item), CVK_ITEM_POSITION, rows[i].position);
      cvk_entity_set_enum (CVK_ENTITY (item), CVK_ITEM_KIND, rows[i].kind);
      cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_START, &d);
      cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_END, &d);
      g_list_store_append (items, item);
    }
  {
    g_autoptr(CvkDependency) dep = cvk_dependency_new ("D1");
    cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_PREDECESSOR, "T1");
    cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_SUCCESSOR, "T3");
    cvk_entity_set_enum (CVK_ENTITY (dep), CVK_DEPENDENCY_RELATION, CVK_DEPENDENCY_SF);
    cvk_entity_set_int (CVK_ENTITY (dep), CVK_DEPENDENCY_LAG, 4);
    g_list_store_append (deps, dep);
  }

  plan = cvk_gantt_plan_new_from_models (G_LIST_MODEL (items), G_LIST_MODEL (deps), NULL);
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (plan), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (cvk_gantt_plan_get_task (plan, i)->id, ==, order[i]);
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, 2)->parent, ==, 0);
  g_assert_cmpuint (cvk_gantt_plan_get_task (plan, 4)->depth, ==, 1);
  g_assert_cmpuint (cvk_gantt_plan_get_n_links (plan), ==, 1);
  g_assert_cmpuint (cvk_gantt_plan_get_link (plan, 0)->predecessor, ==, 1);
  g_assert_cmpuint (cvk_gantt_plan_get_link (plan, 0)->successor, ==, 4);
  g_assert_cmpint (cvk_gantt_plan_get_link (plan, 0)->type, ==, CVK_DEPENDENCY_SF);
  g_assert_cmpint (cvk_gantt_plan_get_link (plan, 0)->lag, ==, 4);
  g_assert_true (cvk_gantt_plan_get_range (plan, &first, &last));
  g_assert_cmpint (first, ==, (gint32) g_date_get_julian (&d));

  /* The critical path through the plan: phases are left out. */
  cvk_gantt_plan_shift_task (plan, 4, 10);
  g_assert_cmpuint (cvk_gantt_plan_update_critical (plan, 1), >=, 1);
  g_assert_true (cvk_gantt_plan_get_task (plan, 4)->flags & CVK_GANTT_TASK_CRITICAL);
  g_assert_false (cvk_gantt_plan_get_task (plan, 3)->flags & CVK_GANTT_TASK_CRITICAL);
}

/* What a model should not hold but might: two items with one ID (the last
 * wins, as for the rules), a cycle of parents (its items shown as roots, in
 * order, the items below them under their parents), a parent that does not
 * exist (a root). */
static void
test_from_models_odd (void)
{
  g_autoptr(GListStore) items = g_list_store_new (CVK_TYPE_ITEM);
  g_autoptr(CvkGanttPlan) plan = NULL;
  struct { const char *id, *name, *parent; int position; } rows[] = {
    { "A", "first A", "", 0 },
    { "B", "", "C", 0 },
    { "C", "", "B", 1 },
    { "A", "second A", "", 0 },
    { "D", "", "NOWHERE", 2 },
    { "E", "", "A", 0 },
    { "X", "", "B", -1 },
  };
  const char *order[] = { "A", "E", "D", "B", "X", "C" };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(CvkItem) item = cvk_item_new (rows[i].id);
      cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_NAME, rows[i].name);
      cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_PARENT, rows[i].parent);
      cvk_entity_set_int (CVK_ENTITY (item), CVK_ITEM_POSITION, rows[i].position);
      g_list_store_append (items, item);
    }

  plan = cvk_gantt_plan_new_from_models (G_LIST_MODEL (items), NULL, NULL);
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (plan), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (cvk_gantt_plan_get_task (plan, i)->id, ==, order[i]);
  g_assert_cmpstr (cvk_gantt_plan_get_task (plan, 0)->name, ==, "second A");
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, 1)->parent, ==, 0);
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, 2)->parent, ==, -1);
  /* B comes first of the two (position 0): a root, with C under it, and
   * X, which is on no cycle, under its parent B (not a root). */
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, 3)->parent, ==, -1);
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, 4)->parent, ==, 3);
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, 5)->parent, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/gantt-scene/scale", test_scale);
  g_test_add_func ("/cvk/gantt-scene/packing", test_packing);
  g_test_add_func ("/cvk/gantt-scene/arrows", test_arrows);
  g_test_add_func ("/cvk/gantt-scene/culling", test_culling);
  g_test_add_func ("/cvk/gantt-scene/fuzzy", test_fuzzy);
  g_test_add_func ("/cvk/gantt-scene/marks", test_marks);
  g_test_add_func ("/cvk/gantt-scene/hit", test_hit);
  g_test_add_func ("/cvk/gantt-scene/from-models", test_from_models);
  g_test_add_func ("/cvk/gantt-scene/from-models-odd", test_from_models_odd);

  return g_test_run ();
}
