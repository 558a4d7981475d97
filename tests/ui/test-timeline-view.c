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
#include "cvk-item-editor-private.h"
#include "cvk-rules.h"
#include "cvk-store.h"
#include "cvk-timeline-view.h"
#include "cvk-timeline-view-private.h"

typedef struct
{
  CvkStore        *store;
  GtkWindow       *window;
  CvkTimelineView *view;
  CvkGanttChart   *chart;
} Fixture;

/* The first widget of @type (with @css_class, unless NULL) at or below
 * @widget. */
static GtkWidget *
find_of_type (GtkWidget  *widget,
              GType       type,
              const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type, css_class);
      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_chart (GtkWidget *widget)
{
  return find_of_type (widget, CVK_TYPE_GANTT_CHART, NULL);
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


static guint
n_of (Fixture *f,
      GType    type)
{
  return g_list_model_get_n_items (cvk_store_get_model (f->store, type));
}

/* The dependency from @pred to @succ, or NULL. */
static CvkDependency *
find_dependency (Fixture    *f,
                 const char *pred,
                 const char *succ)
{
  GListModel *deps = cvk_store_get_model (f->store, CVK_TYPE_DEPENDENCY);

  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (deps, i);
      if (g_str_equal (cvk_dependency_get_predecessor (dep), pred) &&
          g_str_equal (cvk_dependency_get_successor (dep), succ))
        return dep;   /* the model holds it */
    }
  return NULL;
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cvk_store_undo (f->store, &error));
  g_assert_no_error (error);
  iterate ();
}

/* Insert adds a task after the selected item, under the same parent. */
static void
test_add_and_undo (Fixture       *f,
                   gconstpointer  data)
{
  guint n = n_of (f, CVK_TYPE_ITEM);
  g_autofree char *id = NULL;
  CvkItem *item;

  g_assert_true (cvk_timeline_view_select_item (f->view, "TL02"));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.add", NULL));
  iterate ();
  g_assert_cmpuint (n_of (f, CVK_TYPE_ITEM), ==, n + 1);
  id = g_strdup (cvk_timeline_view_get_selected_id (f->view));
  g_assert_nonnull (id);
  g_assert_cmpstr (id, !=, "TL02");
  item = cvk_store_lookup (f->store, CVK_TYPE_ITEM, id);
  g_assert_nonnull (item);
  g_assert_cmpstr (cvk_item_get_parent (item), ==, "PH1");
  /* Right after TL02 in the tree and the chart. */
  {
    CvkGanttPlan *plan = cvk_gantt_chart_get_plan (f->chart);
    g_assert_cmpint (cvk_gantt_plan_task_row (plan, cvk_gantt_plan_find (plan, id)), ==,
                     cvk_gantt_plan_task_row (plan, cvk_gantt_plan_find (plan, "TL02")) + 1);
  }

  undo (f);
  g_assert_cmpuint (n_of (f, CVK_TYPE_ITEM), ==, n);
  g_assert_null (cvk_store_lookup (f->store, CVK_TYPE_ITEM, id));
  g_assert_cmpint (cvk_gantt_plan_find (cvk_gantt_chart_get_plan (f->chart), id), <, 0);
}

/* Delete takes the item and its dependencies; undo brings all back. */
static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  guint n_items = n_of (f, CVK_TYPE_ITEM);
  guint n_deps = n_of (f, CVK_TYPE_DEPENDENCY);

  g_assert_nonnull (find_dependency (f, "W1-1", "W1-2"));
  g_assert_true (cvk_timeline_view_select_item (f->view, "W1-1"));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.delete", NULL));
  iterate ();
  g_assert_null (cvk_store_lookup (f->store, CVK_TYPE_ITEM, "W1-1"));
  g_assert_cmpuint (n_of (f, CVK_TYPE_ITEM), ==, n_items - 1);
  g_assert_null (find_dependency (f, "W1-1", "W1-2"));
  g_assert_null (find_dependency (f, "TL03", "W1-1"));
  g_assert_cmpuint (n_of (f, CVK_TYPE_DEPENDENCY), ==, n_deps - 4);
  g_assert_null (cvk_timeline_view_get_selected_id (f->view));

  undo (f);
  g_assert_nonnull (cvk_store_lookup (f->store, CVK_TYPE_ITEM, "W1-1"));
  g_assert_cmpuint (n_of (f, CVK_TYPE_ITEM), ==, n_items);
  g_assert_cmpuint (n_of (f, CVK_TYPE_DEPENDENCY), ==, n_deps);
  g_assert_nonnull (find_dependency (f, "W1-1", "W1-2"));
  g_assert_cmpint (cvk_gantt_plan_find (cvk_gantt_chart_get_plan (f->chart), "W1-1"), >=, 0);
}

/* Indent puts the item under the sibling above; outdent after its parent. */
static void
test_indent_outdent_and_undo (Fixture       *f,
                              gconstpointer  data)
{
  CvkItem *item = cvk_store_lookup (f->store, CVK_TYPE_ITEM, "TL02");
  CvkGanttPlan *plan;

  g_assert_cmpstr (cvk_item_get_parent (item), ==, "PH1");
  g_assert_true (cvk_timeline_view_select_item (f->view, "TL02"));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.indent", NULL));
  iterate ();
  g_assert_cmpstr (cvk_item_get_parent (item), ==, "TL01");
  plan = cvk_gantt_chart_get_plan (f->chart);
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, cvk_gantt_plan_find (plan, "TL02"))->depth, ==, 2);
  g_assert_cmpstr (cvk_timeline_view_get_selected_id (f->view), ==, "TL02");

  undo (f);
  g_assert_cmpstr (cvk_item_get_parent (item), ==, "PH1");

  /* Out of PH1: a root, right after PH1. */
  g_assert_true (cvk_timeline_view_select_item (f->view, "TL02"));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.outdent", NULL));
  iterate ();
  g_assert_cmpstr (cvk_item_get_parent (item), ==, "");
  plan = cvk_gantt_chart_get_plan (f->chart);
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, cvk_gantt_plan_find (plan, "TL02"))->parent, ==, -1);

  undo (f);
  g_assert_cmpstr (cvk_item_get_parent (item), ==, "PH1");
  plan = cvk_gantt_chart_get_plan (f->chart);
  g_assert_cmpint (cvk_gantt_plan_get_task (plan, cvk_gantt_plan_find (plan, "TL02"))->parent, ==,
                   cvk_gantt_plan_find (plan, "PH1"));
}

/* Ctrl+L, Down, Enter: a finish-to-start link from the selected item. */
static void
test_keyboard_link_and_undo (Fixture       *f,
                             gconstpointer  data)
{
  CvkGanttPlan *plan = cvk_gantt_chart_get_plan (f->chart);
  guint n_deps = n_of (f, CVK_TYPE_DEPENDENCY);
  CvkDependency *dep;

  g_assert_null (find_dependency (f, "TL01", "TL03"));
  g_assert_true (cvk_timeline_view_select_item (f->view, "TL01"));
  iterate ();

  /* Escape cancels. */
  g_assert_true (_cvk_gantt_chart_key (f->chart, GDK_KEY_l, GDK_CONTROL_MASK));
  g_assert_cmpuint (_cvk_gantt_chart_get_link_target (f->chart), ==, (guint) cvk_gantt_plan_find (plan, "TL02"));
  g_assert_true (_cvk_gantt_chart_key (f->chart, GDK_KEY_Escape, 0));
  g_assert_cmpuint (_cvk_gantt_chart_get_link_target (f->chart), ==, G_MAXUINT);
  iterate ();
  g_assert_cmpuint (n_of (f, CVK_TYPE_DEPENDENCY), ==, n_deps);

  /* Down chooses TL03 (the selection stays), Enter links. */
  g_assert_true (_cvk_gantt_chart_key (f->chart, GDK_KEY_l, GDK_CONTROL_MASK));
  g_assert_true (_cvk_gantt_chart_key (f->chart, GDK_KEY_Down, 0));
  g_assert_cmpuint (_cvk_gantt_chart_get_link_target (f->chart), ==, (guint) cvk_gantt_plan_find (plan, "TL03"));
  g_assert_cmpstr (cvk_timeline_view_get_selected_id (f->view), ==, "TL01");
  /* The pending link is drawn. */
  iterate ();
  g_assert_true (_cvk_gantt_chart_key (f->chart, GDK_KEY_Return, 0));
  iterate ();
  g_assert_cmpuint (n_of (f, CVK_TYPE_DEPENDENCY), ==, n_deps + 1);
  dep = find_dependency (f, "TL01", "TL03");
  g_assert_nonnull (dep);
  g_assert_cmpint (cvk_dependency_get_relation (dep), ==, CVK_DEPENDENCY_FS);
  g_assert_cmpint (cvk_dependency_get_lag (dep), ==, 0);
  g_assert_cmpuint (_cvk_gantt_chart_get_link_target (f->chart), ==, G_MAXUINT);

  undo (f);
  g_assert_cmpuint (n_of (f, CVK_TYPE_DEPENDENCY), ==, n_deps);
  g_assert_null (find_dependency (f, "TL01", "TL03"));
}

/* A link that closes a circle is refused, with the circle in the message. */
static void
test_link_cycle_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CvkDependency) back = cvk_dependency_new ("new");
  g_autoptr(CvkDependency) fine = cvk_dependency_new ("new");
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  GListModel *deps = cvk_store_get_model (f->store, CVK_TYPE_DEPENDENCY);
  g_autoptr(GError) error = NULL;

  cvk_entity_set_string (CVK_ENTITY (back), CVK_DEPENDENCY_PREDECESSOR, "W1-5");
  cvk_entity_set_string (CVK_ENTITY (back), CVK_DEPENDENCY_SUCCESSOR, "W1-2");
  cvk_entity_set_string (CVK_ENTITY (fine), CVK_DEPENDENCY_PREDECESSOR, "W1-3");
  cvk_entity_set_string (CVK_ENTITY (fine), CVK_DEPENDENCY_SUCCESSOR, "W1-2");

  g_ptr_array_add (added, fine);
  g_assert_true (cvk_timeline_check_links (deps, NULL, added, &error));
  g_assert_no_error (error);

  g_ptr_array_add (added, back);
  g_assert_false (cvk_timeline_check_links (deps, NULL, added, &error));
  g_assert_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "W1-2 → W1-5 → W1-2"));
  g_clear_error (&error);

  /* Not when the link that closed it goes at the same time. */
  g_ptr_array_add (removed, find_dependency (f, "W1-2", "W1-5"));
  g_assert_true (cvk_timeline_check_links (deps, removed, added, &error));
  g_assert_no_error (error);
}

static GtkWidget *
editor_child (CvkItemEditor *editor,
              const char    *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (editor), CVK_TYPE_ITEM_EDITOR, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* The editor writes name, dates, precision, status and predecessors as one
 * undoable edit. */
static void
test_editor_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  CvkItem *item = cvk_store_lookup (f->store, CVK_TYPE_ITEM, "W1-2");
  g_autofree char *name = g_strdup (cvk_item_get_name (item));
  gint32 start = julian_of (cvk_item_get_start (item));
  gint32 end = julian_of (cvk_item_get_end (item));
  CvkPrecision precision = cvk_item_get_precision (item);
  CvkDateStatus status = cvk_item_get_status (item);
  guint n_deps = n_of (f, CVK_TYPE_DEPENDENCY);
  CvkItemEditor *editor;
  CvkDependency *dep;
  GDate date;

  g_assert_nonnull (find_dependency (f, "W1-1", "W1-2"));
  g_assert_null (find_dependency (f, "W1-3", "W1-2"));
  g_assert_cmpint (precision, !=, CVK_PRECISION_DAY);

  editor = cvk_item_editor_new (f->store, item);
  gtk_window_set_transient_for (GTK_WINDOW (editor), f->window);
  g_object_ref (editor);
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();

  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "name_row")), "Count the resources");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "start_row")), "2026-01-05");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "end_row")), "2026-02-20");
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_child (editor, "precision_row")), CVK_PRECISION_DAY);
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_child (editor, "status_row")), CVK_DATE_STATUS_TBC);

  /* Pick W1-3 in the predecessor search (Enter takes the first match). */
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "dep_search")), "W1-3");
  g_signal_emit_by_name (editor_child (editor, "dep_search"), "activate");
  iterate ();
  g_assert_true (_cvk_item_editor_set_predecessor (editor, "W1-3", CVK_DEPENDENCY_SS, 2));
  /* Neither itself nor a second time. */
  g_assert_false (_cvk_item_editor_add_predecessor (editor, "W1-2"));
  g_assert_false (_cvk_item_editor_add_predecessor (editor, "W1-3"));
  g_assert_true (_cvk_item_editor_remove_predecessor (editor, "W1-1"));
  g_assert_false (_cvk_item_editor_remove_predecessor (editor, "W1-1"));
  /* Nothing is written before Save. */
  g_assert_nonnull (find_dependency (f, "W1-1", "W1-2"));
  g_assert_cmpstr (cvk_item_get_name (item), ==, name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_object_unref (editor);

  g_assert_cmpstr (cvk_item_get_name (item), ==, "Count the resources");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, 1, 2026);
  g_assert_cmpint (julian_of (cvk_item_get_start (item)), ==, julian_of (&date));
  g_date_set_dmy (&date, 20, 2, 2026);
  g_assert_cmpint (julian_of (cvk_item_get_end (item)), ==, julian_of (&date));
  g_assert_cmpint (cvk_item_get_precision (item), ==, CVK_PRECISION_DAY);
  g_assert_cmpint (cvk_item_get_status (item), ==, CVK_DATE_STATUS_TBC);
  g_assert_null (find_dependency (f, "W1-1", "W1-2"));
  dep = find_dependency (f, "W1-3", "W1-2");
  g_assert_nonnull (dep);
  g_assert_cmpint (cvk_dependency_get_relation (dep), ==, CVK_DEPENDENCY_SS);
  g_assert_cmpint (cvk_dependency_get_lag (dep), ==, 2);
  g_assert_cmpuint (n_of (f, CVK_TYPE_DEPENDENCY), ==, n_deps);

  /* One undo step for all of it. */
  undo (f);
  g_assert_cmpstr (cvk_item_get_name (item), ==, name);
  g_assert_cmpint (julian_of (cvk_item_get_start (item)), ==, start);
  g_assert_cmpint (julian_of (cvk_item_get_end (item)), ==, end);
  g_assert_cmpint (cvk_item_get_precision (item), ==, precision);
  g_assert_cmpint (cvk_item_get_status (item), ==, status);
  g_assert_nonnull (find_dependency (f, "W1-1", "W1-2"));
  g_assert_null (find_dependency (f, "W1-3", "W1-2"));
  g_assert_cmpuint (n_of (f, CVK_TYPE_DEPENDENCY), ==, n_deps);
}

/* Activating a finding selects the item it is about. */
static void
test_finding_activates_item (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CvkDependency) dep = cvk_dependency_new ("DX1");
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (f->store);
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  g_autoptr(GError) error = NULL;
  CvkPlan rules_plan = { 0 };
  GtkListView *list;
  GtkToggleButton *button;
  GListModel *model;
  guint position = G_MAXUINT;

  /* A circle TL01 -> TL02 -> TL03 -> TL01: a finding about TL01. */
  cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_PREDECESSOR, "TL03");
  cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_SUCCESSOR, "TL01");
  g_assert_true (cvk_store_insert (f->store, CVK_ENTITY (dep), &error));
  g_assert_no_error (error);
  iterate ();

  /* The list's order is the rules' order. */
  rules_plan.items = cvk_store_get_model (f->store, CVK_TYPE_ITEM);
  rules_plan.dependencies = cvk_store_get_model (f->store, CVK_TYPE_DEPENDENCY);
  rules_plan.settings = settings;
  cvk_rules_check_schedule (&rules_plan, findings);
  cvk_findings_sort (findings);
  for (guint i = 0; i < findings->len && position == G_MAXUINT; i++)
    if (g_str_equal (((CvkFinding *) g_ptr_array_index (findings, i))->rule, CVK_RULE_CYCLE))
      position = i;
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_assert_cmpstr (((CvkFinding *) g_ptr_array_index (findings, position))->subject, ==, "TL01");

  /* The list has its rows only while it shows. */
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->view), CVK_TYPE_TIMELINE_VIEW,
                                                       "findings_list"));
  button = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (f->view), CVK_TYPE_TIMELINE_VIEW,
                                                             "findings_button"));
  g_assert_null (gtk_list_view_get_model (list));
  gtk_toggle_button_set_active (button, TRUE);
  iterate ();
  model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_assert_nonnull (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, findings->len);

  g_assert_true (cvk_timeline_view_select_item (f->view, "TL04"));
  iterate ();
  g_signal_emit_by_name (list, "activate", position);
  iterate ();
  g_assert_cmpstr (cvk_timeline_view_get_selected_id (f->view), ==, "TL01");
  g_assert_cmpuint (cvk_gantt_chart_get_selected (f->chart), ==,
                    (guint) cvk_gantt_plan_find (cvk_gantt_chart_get_plan (f->chart), "TL01"));

  /* Slid out of sight, it lets go of its rows. */
  gtk_toggle_button_set_active (button, FALSE);
  for (int i = 0; i < 200 && gtk_list_view_get_model (list) != NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (gtk_list_view_get_model (list));
}

/* The first label below @widget with @css_class. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *css_class)
{
  return find_of_type (widget, GTK_TYPE_LABEL, css_class);
}

/* A name cut short in the tree shows whole in its tooltip, and is the
 * label's accessible description. */
static void
test_name_tooltip (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *label = find_label (GTK_WIDGET (f->view), "cvk-phase");

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_has_tooltip (label));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (label), "cvk-tooltip"), ==, gtk_label_get_text (GTK_LABEL (label)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
  /* A screen reader has it too. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_text (GTK_LABEL (label)));
}

/* A store of the blank template with @n tasks, one a day from 1 March 2027,
 * and workshops X000 to X009 in the days unfit for them (warnings). */
static CvkStore *
store_of_many (guint n)
{
  g_autoptr(GError) error = NULL;
  CvkStore *store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);

  g_assert_no_error (error);
  g_assert_true (cvk_store_begin (store, "many", &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("X%03u", i);
      g_autoptr(CvkItem) item = cvk_item_new (id);
      GDate d;

      g_date_clear (&d, 1);
      if (i < 10)
        g_date_set_dmy (&d, 20, G_DATE_DECEMBER, 2027);
      else
        {
          g_date_set_dmy (&d, 1, G_DATE_MARCH, 2027);
          g_date_add_days (&d, i);
        }
      cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_NAME, id);
      cvk_entity_set_enum (CVK_ENTITY (item), CVK_ITEM_KIND, i < 10 ? CVK_ITEM_KIND_WORKSHOP : CVK_ITEM_KIND_TASK);
      cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_START, &d);
      cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_END, &d);
      g_assert_true (cvk_store_insert (store, CVK_ENTITY (item), &error));
    }
  g_assert_true (cvk_store_commit (store, &error));
  g_assert_no_error (error);
  return store;
}

static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  return GTK_COLUMN_VIEW (find_of_type (widget, GTK_TYPE_COLUMN_VIEW, NULL));
}

static guint
tree_rows (CvkTimelineView *view)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (find_column_view (GTK_WIDGET (view)))));
}

typedef struct
{
  CvkTimelineView *view;
  guint            rows;       /* the tree's, at the first paint */
  gboolean         marked;     /* X003 had its warning then */
  gboolean         painted;
  gboolean         prepared;   /* the view held findings made ahead of time */
} FirstPaint;

static void
first_paint_cb (GdkFrameClock *clock,
                FirstPaint    *seen)
{
  CvkGanttPlan *plan = cvk_gantt_chart_get_plan (CVK_GANTT_CHART (find_chart (GTK_WIDGET (seen->view))));

  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, seen);
  seen->painted = TRUE;
  seen->prepared = _cvk_timeline_view_has_prepared_findings (seen->view);
  seen->rows = tree_rows (seen->view);
  seen->marked = (cvk_gantt_plan_get_task (plan, cvk_gantt_plan_find (plan, "X003"))->flags &
                  CVK_GANTT_TASK_WARNING) != 0;
}

/* Connected before the view's own, which it sees when mapped. */
static void
realize_cb (GtkWidget  *window,
            FirstPaint *seen)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_paint_cb), seen);
}

/* A new document is drawn in two steps: the first frame has the whole
 * chart but only the rows of the tree that a screen holds; right after it
 * come the other rows and the rules' marks.  Out of sight, the view builds
 * nothing. */
static void
test_large_plan_in_two_steps (void)
{
  g_autoptr(CvkStore) store = store_of_many (1000);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  CvkTimelineView *view = cvk_timeline_view_new ();
  CvkGanttChart *chart;
  CvkGanttPlan *plan;
  FirstPaint seen = { view, 0, FALSE, FALSE, FALSE };

  gtk_window_set_default_size (window, 1280, 800);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), &seen);
  gtk_window_set_child (window, GTK_WIDGET (view));
  cvk_timeline_view_set_store (view, store);
  chart = CVK_GANTT_CHART (find_chart (GTK_WIDGET (view)));
  iterate ();
  g_assert_null (cvk_gantt_chart_get_plan (chart));

  /* Drawn so the first time, then all of it. */
  gtk_window_present (window);
  for (int i = 0; i < 400 && tree_rows (view) < 1000; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (seen.painted);
  g_assert_cmpuint (seen.rows, >, 0);
  g_assert_cmpuint (seen.rows, <, 1000);
  g_assert_false (seen.marked);
  g_assert_cmpuint (tree_rows (view), ==, 1000);
  plan = cvk_gantt_chart_get_plan (chart);
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (plan), ==, 1000);
  g_assert_true (cvk_gantt_plan_get_task (plan, cvk_gantt_plan_find (plan, "X003"))->flags &
                 CVK_GANTT_TASK_WARNING);
  g_assert_nonnull (strstr (cvk_gantt_plan_get_task (plan, cvk_gantt_plan_find (plan, "X003"))->finding,
                            "X003"));

  gtk_window_destroy (window);
  iterate ();
}

/* Out of sight, the view takes the store's changes when shown again, or
 * at once when asked for an item. */
static void
test_changes_out_of_sight (Fixture       *f,
                           gconstpointer  data)
{
  guint before = cvk_gantt_plan_get_n_tasks (cvk_gantt_chart_get_plan (f->chart));
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkItem) one = cvk_item_new ("HID1");
  g_autoptr(CvkItem) two = cvk_item_new ("HID2");

  gtk_widget_set_visible (GTK_WIDGET (f->view), FALSE);
  iterate ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->view)));

  g_assert_true (cvk_store_insert (f->store, CVK_ENTITY (one), &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (cvk_gantt_chart_get_plan (f->chart)), ==, before);

  gtk_widget_set_visible (GTK_WIDGET (f->view), TRUE);
  iterate ();
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (cvk_gantt_chart_get_plan (f->chart)), ==, before + 1);

  gtk_widget_set_visible (GTK_WIDGET (f->view), FALSE);
  iterate ();
  g_assert_true (cvk_store_insert (f->store, CVK_ENTITY (two), &error));
  g_assert_no_error (error);
  g_assert_true (cvk_timeline_view_select_item (f->view, "HID2"));
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (cvk_gantt_chart_get_plan (f->chart)), ==, before + 2);
  gtk_widget_set_visible (GTK_WIDGET (f->view), TRUE);
  iterate ();
}

/* A zoom chosen before the view is first shown is kept: the plan is fitted
 * to the width only when none was chosen. */
static void
test_zoom_chosen_before_shown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "iewsc", &error);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  CvkTimelineView *view = cvk_timeline_view_new ();
  CvkGanttChart *chart = CVK_GANTT_CHART (find_chart (GTK_WIDGET (view)));
  g_autofree char *zoom = NULL;

  g_assert_no_error (error);
  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, GTK_WIDGET (view));
  cvk_timeline_view_set_store (view, store);
  g_object_set (view, "zoom", "week", NULL);
  gtk_window_present (window);
  for (int i = 0; i < 200 && gtk_widget_get_width (GTK_WIDGET (chart)) == 0; i++)
    g_main_context_iteration (NULL, TRUE);
  iterate ();
  g_assert_nonnull (cvk_gantt_chart_get_plan (chart));
  g_assert_cmpint (cvk_gantt_chart_get_zoom (chart), ==, CVK_GANTT_ZOOM_WEEK);
  g_object_get (view, "zoom", &zoom, NULL);
  g_assert_cmpstr (zoom, ==, "week");

  gtk_window_destroy (window);
  iterate ();
}

/* The item of the tree's row with @id, or NULL. */
static CvkItem *
tree_item (CvkTimelineView *view,
           const char      *id)
{
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (find_column_view (GTK_WIDGET (view))));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(CvkItem) item = gtk_tree_list_row_get_item (row);

      if (g_str_equal (cvk_entity_get_id (CVK_ENTITY (item)), id))
        return item;   /* the store keeps it */
    }
  return NULL;
}

/* An item deleted and brought back by undo while the view is out of sight
 * is a new object: the tree's row holds it once shown, not the old one.
 * A selected item that goes is no longer selected. */
static void
test_undo_out_of_sight (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CvkEntity *item = cvk_store_lookup (f->store, CVK_TYPE_ITEM, "TL03");

  g_assert_true (tree_item (f->view, "TL03") == CVK_ITEM (item));
  gtk_widget_set_visible (GTK_WIDGET (f->view), FALSE);
  iterate ();
  g_assert_true (cvk_store_delete (f->store, item, &error));
  g_assert_no_error (error);
  g_assert_true (cvk_store_undo (f->store, &error));
  g_assert_no_error (error);
  item = cvk_store_lookup (f->store, CVK_TYPE_ITEM, "TL03");
  g_assert_nonnull (item);

  gtk_widget_set_visible (GTK_WIDGET (f->view), TRUE);
  iterate ();
  g_assert_true (tree_item (f->view, "TL03") == CVK_ITEM (item));

  g_assert_true (cvk_timeline_view_select_item (f->view, "TL03"));
  g_assert_true (cvk_store_delete (f->store, item, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_null (cvk_timeline_view_get_selected_id (f->view));
  g_assert_null (tree_item (f->view, "TL03"));
}

/* Shows @store in a new view of a new window, to the frame after the
 * first; returns the window, @seen filled at the first paint. */
static GtkWindow *
show_store (CvkStore   *store,
            FirstPaint *seen)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  guint n = g_list_model_get_n_items (cvk_store_get_model (store, CVK_TYPE_ITEM));

  seen->view = cvk_timeline_view_new ();
  gtk_window_set_default_size (window, 1280, 800);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), seen);
  gtk_window_set_child (window, GTK_WIDGET (seen->view));
  cvk_timeline_view_set_store (seen->view, store);
  gtk_window_present (window);
  for (int i = 0; i < 400 && (!seen->painted || tree_rows (seen->view) < n); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (seen->painted);
  return window;
}

/* A plan and findings made ahead of time (as the application does while
 * GTK starts) are what the view shows first, unless the store has changed
 * since. */
static void
test_prepared_ahead (void)
{
  g_autoptr(CvkStore) store = store_of_many (300);
  g_autoptr(CvkStore) changed = store_of_many (300);
  g_autoptr(CvkItem) extra = cvk_item_new ("EXTRA");
  g_autoptr(GError) error = NULL;
  FirstPaint seen = { NULL, 0, FALSE, FALSE, FALSE };
  GtkWindow *window;
  CvkGanttPlan *prepared, *plan;
  int workshop;

  /* Not changed: taken when the view is first shown, findings and all. */
  cvk_timeline_view_prepare (store);
  prepared = _cvk_timeline_view_peek_prepared (store);
  g_assert_nonnull (prepared);
  window = show_store (store, &seen);
  g_assert_true (seen.prepared);
  g_assert_false (seen.marked);
  g_assert_false (_cvk_timeline_view_has_prepared_findings (seen.view));
  g_assert_null (_cvk_timeline_view_peek_prepared (store));
  plan = cvk_gantt_chart_get_plan (CVK_GANTT_CHART (find_chart (GTK_WIDGET (seen.view))));
  g_assert_true (plan == prepared);
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (plan), ==, 300);
  workshop = cvk_gantt_plan_find (plan, "X003");
  g_assert_cmpint (workshop, >=, 0);
  g_assert_true (cvk_gantt_plan_get_task (plan, workshop)->flags & CVK_GANTT_TASK_WARNING);
  g_assert_true (cvk_gantt_plan_get_task (plan, workshop)->user_data ==
                 cvk_store_lookup (store, CVK_TYPE_ITEM, "X003"));
  gtk_window_destroy (window);
  iterate ();

  /* Changed since: not taken; the view makes its own. */
  cvk_timeline_view_prepare (changed);
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (_cvk_timeline_view_peek_prepared (changed)), ==, 300);
  g_assert_true (cvk_store_insert (changed, CVK_ENTITY (extra), &error));
  g_assert_no_error (error);
  memset (&seen, 0, sizeof seen);
  window = show_store (changed, &seen);
  g_assert_false (seen.prepared);
  plan = cvk_gantt_chart_get_plan (CVK_GANTT_CHART (find_chart (GTK_WIDGET (seen.view))));
  g_assert_cmpuint (cvk_gantt_plan_get_n_tasks (plan), ==, 301);
  g_assert_null (_cvk_timeline_view_peek_prepared (changed));
  gtk_window_destroy (window);
  iterate ();
}

/* Whatever needs a row beyond the first ones gets them all at once. */
static void
test_large_plan_select_early (void)
{
  g_autoptr(CvkStore) store = store_of_many (1000);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  CvkTimelineView *view = cvk_timeline_view_new ();
  GtkSingleSelection *selection;

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, GTK_WIDGET (view));
  cvk_timeline_view_set_store (view, store);
  g_assert_cmpuint (tree_rows (view), <, 1000);

  g_assert_true (cvk_timeline_view_select_item (view, "X998"));
  g_assert_cmpuint (tree_rows (view), ==, 1000);
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (find_column_view (GTK_WIDGET (view))));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 998);
  g_assert_cmpstr (cvk_timeline_view_get_selected_id (view), ==, "X998");

  gtk_window_destroy (window);
  iterate ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/cvk/timeline-view/large-plan-in-two-steps", test_large_plan_in_two_steps);
  g_test_add_func ("/cvk/timeline-view/large-plan-select-early", test_large_plan_select_early);
  g_test_add_func ("/cvk/timeline-view/zoom-chosen-before-shown", test_zoom_chosen_before_shown);
  g_test_add_func ("/cvk/timeline-view/prepared-ahead", test_prepared_ahead);
  g_test_add ("/cvk/timeline-view/changes-out-of-sight", Fixture, NULL,
              fixture_set_up, test_changes_out_of_sight, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/undo-out-of-sight", Fixture, NULL,
              fixture_set_up, test_undo_out_of_sight, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/click-selects", Fixture, NULL,
              fixture_set_up, test_click_selects, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/drag-and-undo", Fixture, NULL,
              fixture_set_up, test_drag_and_undo, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/keyboard-move", Fixture, NULL,
              fixture_set_up, test_keyboard_move, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/zoom-anchor", Fixture, NULL,
              fixture_set_up, test_zoom_anchor, fixture_tear_down);

  g_test_add ("/cvk/timeline-view/add-and-undo", Fixture, NULL,
              fixture_set_up, test_add_and_undo, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/delete-and-undo", Fixture, NULL,
              fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/indent-outdent-and-undo", Fixture, NULL,
              fixture_set_up, test_indent_outdent_and_undo, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/keyboard-link-and-undo", Fixture, NULL,
              fixture_set_up, test_keyboard_link_and_undo, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/link-cycle-refused", Fixture, NULL,
              fixture_set_up, test_link_cycle_refused, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/editor-and-undo", Fixture, NULL,
              fixture_set_up, test_editor_and_undo, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/finding-activates-item", Fixture, NULL,
              fixture_set_up, test_finding_activates_item, fixture_tear_down);
  g_test_add ("/cvk/timeline-view/name-tooltip", Fixture, NULL,
              fixture_set_up, test_name_tooltip, fixture_tear_down);

  return g_test_run ();
}
