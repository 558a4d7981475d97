/* test-timeline-view.c: the timeline view under a display (suite ui)
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The gestures go through the chart's own handlers
 * (cvk-gantt-chart-private.h), the same the GtkGestureDrag calls.
 */

#define G_LOG_DOMAIN "test-timeline-view"

#include "config.h"

#include <adwaita.h>

#include "cvk-gantt-chart-private.h"
#include "cvk-store.h"
#include "cvk-timeline-view.h"

typedef struct
{
  CvkStore        *store;
  GtkWindow       *window;
  CvkTimelineView *view;
  CvkGanttChart   *chart;
} Fixture;

static GtkWidget *
find_chart (GtkWidget *widget)
{
  if (CVK_IS_GANTT_CHART (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_chart (child);
      if (found)
        return found;
    }
  return NULL;
}

static void
iterate (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = cvk_store_create (CVK_STORE_MEMORY, "iewsc", &error);
  g_assert_no_error (error);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 800);
  f->view = cvk_timeline_view_new ();
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  cvk_timeline_view_set_store (f->view, f->store);
  gtk_window_present (f->window);
  f->chart = CVK_GANTT_CHART (find_chart (GTK_WIDGET (f->view)));
  g_assert_nonnull (f->chart);
  /* Wait for the first layout. */
  for (int i = 0; i < 200 && gtk_widget_get_width (GTK_WIDGET (f->chart)) == 0; i++)
    g_main_context_iteration (NULL, TRUE);
  iterate ();
  cvk_gantt_chart_set_zoom (f->chart, CVK_GANTT_ZOOM_MONTH, -1);
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  iterate ();
  g_clear_object (&f->store);
}

/* The middle of the shape of item @id in the chart. */
static gboolean
shape_centre (Fixture    *f,
              const char *id,
              double     *x,
              double     *y)
{
  CvkGanttPlan *plan = cvk_gantt_chart_get_plan (f->chart);
  int task = cvk_gantt_plan_find (plan, id);
  const CvkGanttScene *scene;
  const CvkGanttPrim *p;

  g_assert_cmpint (task, >=, 0);
  cvk_gantt_chart_scroll_to_task (f->chart, task);
  iterate ();
  scene = cvk_gantt_chart_get_scene (f->chart);
  p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_FUZZY, task);
  if (p == NULL)
    p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_BAR, task);
  if (p == NULL)
    p = cvk_gantt_scene_find (scene, CVK_GANTT_PRIM_MEETING, task);
  if (p == NULL)
    return FALSE;
  *x = p->x + p->width / 2;
  *y = p->y + p->height / 2;
  return TRUE;
}

static gint32
julian_of (const GDate *date)
{
  return (gint32) g_date_get_julian (date);
}

/* A click on a bar selects the item in the tree. */
static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  double x, y;

  g_assert_true (shape_centre (f, "W1-2", &x, &y));
  _cvk_gantt_chart_press (f->chart, x, y, 0);
  _cvk_gantt_chart_release (f->chart);
  iterate ();
  g_assert_cmpstr (cvk_timeline_view_get_selected_id (f->view), ==, "W1-2");

  /* ... and the tree's selection shows in the chart. */
  g_assert_true (cvk_timeline_view_select_item (f->view, "TL04"));
  iterate ();
  g_assert_cmpuint (cvk_gantt_chart_get_selected (f->chart), ==,
                    (guint) cvk_gantt_plan_find (cvk_gantt_chart_get_plan (f->chart), "TL04"));
}

/* A drag of N days moves a day-precise item by N days; undo restores it. */
static void
test_drag_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  CvkItem *item = cvk_store_lookup (f->store, CVK_TYPE_ITEM, "TL02");
  g_autoptr(GError) error = NULL;
  double x, y, ppd;
  gint32 start, end;
  const int n = 9;

  /* Make TL02 a fixed 10-day item first (its own undo step). */
  {
    GDate s, e;
    g_autoptr(CvkEntity) copy = cvk_entity_copy (CVK_ENTITY (item));
    g_date_clear (&s, 1);
    g_date_clear (&e, 1);
    g_date_set_dmy (&s, 2, 6, 2025);
    g_date_set_dmy (&e, 11, 6, 2025);
    cvk_entity_set_date (copy, CVK_ITEM_START, &s);
    cvk_entity_set_date (copy, CVK_ITEM_END, &e);
    cvk_entity_set_enum (copy, CVK_ITEM_PRECISION, CVK_PRECISION_DAY);
    cvk_entity_set_enum (copy, CVK_ITEM_STATUS, CVK_DATE_STATUS_FIXED);
    g_assert_true (cvk_store_update (f->store, copy, &error));
    iterate ();
  }
  start = julian_of (cvk_item_get_start (item));
  end = julian_of (cvk_item_get_end (item));

  ppd = cvk_gantt_chart_get_scale (f->chart)->px_per_day;
  g_assert_true (shape_centre (f, "TL02", &x, &y));
  _cvk_gantt_chart_press (f->chart, x, y, 0);
  _cvk_gantt_chart_drag (f->chart, n * ppd / 2, 0);
  _cvk_gantt_chart_drag (f->chart, n * ppd + ppd * 0.3, 3);
  _cvk_gantt_chart_release (f->chart);
  iterate ();

  g_assert_cmpint (julian_of (cvk_item_get_start (item)), ==, start + n);
  g_assert_cmpint (julian_of (cvk_item_get_end (item)), ==, end + n);

  g_assert_true (cvk_store_undo (f->store, &error));
  iterate ();
  g_assert_cmpint (julian_of (cvk_item_get_start (item)), ==, start);
  g_assert_cmpint (julian_of (cvk_item_get_end (item)), ==, end);
}

/* Alt+Right moves the selected item by a step; Alt+Shift+Right its end only. */
static void
test_keyboard_move (Fixture       *f,
                    gconstpointer  data)
{
  CvkItem *item = cvk_store_lookup (f->store, CVK_TYPE_ITEM, "TL01");
  gint32 start = julian_of (cvk_item_get_start (item));
  gint32 end = julian_of (cvk_item_get_end (item));

  g_assert_true (cvk_timeline_view_select_item (f->view, "TL01"));
  iterate ();
  g_assert_true (_cvk_gantt_chart_key (f->chart, GDK_KEY_Right, GDK_ALT_MASK));
  iterate ();
  g_assert_cmpint (julian_of (cvk_item_get_start (item)), ==, start + 1);
  g_assert_cmpint (julian_of (cvk_item_get_end (item)), ==, end + 1);

  g_assert_true (_cvk_gantt_chart_key (f->chart, GDK_KEY_Right, GDK_ALT_MASK | GDK_SHIFT_MASK));
  iterate ();
  g_assert_cmpint (julian_of (cvk_item_get_start (item)), ==, start + 1);
  g_assert_cmpint (julian_of (cvk_item_get_end (item)), ==, end + 2);

  /* Down selects the next row. */
  g_assert_true (_cvk_gantt_chart_key (f->chart, GDK_KEY_Down, 0));
  iterate ();
  g_assert_cmpstr (cvk_timeline_view_get_selected_id (f->view), ==, "TL02");
}

/* Ctrl + wheel keeps the day under the pointer in place. */
static void
test_zoom_anchor (Fixture       *f,
                  gconstpointer  data)
{
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->chart));
  const CvkGanttScale *scale = cvk_gantt_chart_get_scale (f->chart);
  double anchor = 400;
  gint32 day;

  gtk_adjustment_set_value (h, 1500);
  iterate ();
  day = cvk_gantt_scale_x_to_day (scale, gtk_adjustment_get_value (h) + anchor);

  _cvk_gantt_chart_wheel_zoom (f->chart, anchor, -1);   /* in: month -> week */
  iterate ();
  g_assert_cmpint (cvk_gantt_chart_get_zoom (f->chart), ==, CVK_GANTT_ZOOM_WEEK);
  g_assert_cmpint (cvk_gantt_scale_x_to_day (scale, gtk_adjustment_get_value (h) + anchor), ==, day);

  _cvk_gantt_chart_wheel_zoom (f->chart, anchor, 1);    /* out: week -> month */
  _cvk_gantt_chart_wheel_zoom (f->chart, anchor, 1);    /* month -> quarter */
  iterate ();
  g_assert_cmpint (cvk_gantt_chart_get_zoom (f->chart), ==, CVK_GANTT_ZOOM_QUARTER);
  g_assert_cmpint (ABS (cvk_gantt_scale_x_to_day (scale, gtk_adjustment_get_value (h) + anchor) - day), <=, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/cvk/timeline-view/click-selects", Fixture, NULL,
              fixture_set_up, test_click_selects, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/drag-and-undo", Fixture, NULL,
              fixture_set_up, test_drag_and_undo, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/keyboard-move", Fixture, NULL,
              fixture_set_up, test_keyboard_move, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/zoom-anchor", Fixture, NULL,
              fixture_set_up, test_zoom_anchor, fixture_tear_down);

  return g_test_run ();
}
