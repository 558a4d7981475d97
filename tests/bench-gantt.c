/* bench-gantt.c: how fast the timeline is on a big plan (a benchmark, not a test)
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * meson test --benchmark (or run it by hand).  On a generated plan of 20,000
 * items and 20,000 dependencies:
 *
 *   gantt-viewport-20000     building the scene of a 1280x800 viewport and
 *                            snapshotting it (median of 60 places)
 *   gantt-drag-1000          moving an item with 1,000 dependents by a day:
 *                            the critical path again, the scene and its
 *                            snapshot (median of 40)
 *   launch-first-frame-20000 starting the application on the document
 *                            (`convoke --section=timeline FILE`, as from the
 *                            file manager) to the first frame of its window,
 *                            the same on an empty document, and their ratio:
 *                            the goal, at most 1.5 (median of 11)
 *   launch-complete-20000    the same, to the frame after the work that
 *                            follows the first (the timeline's other rows
 *                            and the rules' findings)
 *   launch-overview-20000    the same as launch-first-frame-20000, at the
 *                            overview, where a new user's window opens
 *   open-first-frame-20000   the same within a running process, GTK
 *                            started: opening the document to the first
 *                            frame of a new window, and its steps (median
 *                            of 7)
 *   open-first-frame-200     the same for the plan's first 200 items
 *
 * It prints a table, then each figure as `bench: NAME = VALUE UNIT`.
 * Without a display only the scene figures are measured (the snapshot needs
 * GTK).  `bench-gantt --show=ZOOM [--dark]` shows the IEWSC template in the
 * timeline view instead, for screenshots.
 */

#define G_LOG_DOMAIN "bench-gantt"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <pango/pangocairo.h>

#include "cvk-critical-path.h"
#include "cvk-gantt-painter.h"
#include "cvk-gantt-scene.h"
#include "cvk-store.h"
#include "cvk-timeline-view.h"
#include "cvk-window.h"
#include "cvk-test-files.h"

#define N_ITEMS   20000
#define N_LINKS   20000
#define N_HUB     1000
#define PER_PHASE 100

typedef struct
{
  const char *name;
  double      value;
  const char *unit;
  const char *what;
} Figure;

static GArray *figures;

static void
add_figure (const char *name,
            double      value,
            const char *unit,
            const char *what)
{
  Figure f = { name, value, unit, what };
  g_array_append_val (figures, f);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* The generated plan --------------------------------------------------------- */

typedef struct
{
  char              id[16];
  char              name[40];
  CvkItemKind       kind;
  int               parent;
  gint32            first, last;
  CvkPrecision      precision;
  CvkDateStatus     status;
} GenItem;

typedef struct
{
  guint pred, succ;
  CvkDependencyType type;
  int lag;
} GenLink;

static GenItem gen_items[N_ITEMS];
static GenLink gen_links[N_LINKS];
static const guint hub = 1;

static void
generate (void)
{
  GRand *rand = g_rand_new_with_seed (20250530);
  GDate base;
  guint n_links = 0;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_date_clear (&base, 1);
  g_date_set_dmy (&base, 1, 1, 2025);

  for (guint i = 0; i < N_ITEMS; i++)
    {
      GenItem *it = &gen_items[i];
      guint phase = i / PER_PHASE, k = i % PER_PHASE;
      gint32 phase_start = g_date_get_julian (&base) + phase * 20;

      if (k == 0)
        {
          g_snprintf (it->id, sizeof it->id, "PH%u", phase);
          g_snprintf (it->name, sizeof it->name, "Phase %u", phase);
          it->kind = CVK_ITEM_KIND_PHASE;
          it->parent = -1;
          it->first = phase_start;
          it->last = phase_start + 400;
        }
      else
        {
          static const CvkItemKind kinds[] = {
            CVK_ITEM_KIND_TASK, CVK_ITEM_KIND_TASK, CVK_ITEM_KIND_TASK, CVK_ITEM_KIND_TASK,
            CVK_ITEM_KIND_TASK, CVK_ITEM_KIND_MILESTONE, CVK_ITEM_KIND_WORKSHOP,
            CVK_ITEM_KIND_REPORT, CVK_ITEM_KIND_MEETING, CVK_ITEM_KIND_TASK,
          };
          g_snprintf (it->id, sizeof it->id, "T%05u", i);
          g_snprintf (it->name, sizeof it->name, "Task %u of phase %u", k, phase);
          it->kind = kinds[k % G_N_ELEMENTS (kinds)];
          it->parent = phase * PER_PHASE;
          it->first = phase_start + k * 4 + g_rand_int_range (rand, 0, 10);
          it->last = it->first + (it->kind == CVK_ITEM_KIND_TASK ? g_rand_int_range (rand, 3, 40) : 0);
        }
      it->precision = CVK_PRECISION_DAY;
      it->status = (i % 7 == 3) ? CVK_DATE_STATUS_TBD : CVK_DATE_STATUS_FIXED;
    }

  /* The hub: 1,000 dependents. */
  for (guint k = 0; k < N_HUB; k++)
    gen_links[n_links++] = (GenLink) { hub, 2 + k * 7 % (N_ITEMS - 2), CVK_DEPENDENCY_SS, (int) (k % 5) };
  /* The others: forward links to items close below. */
  while (n_links < N_LINKS)
    {
      guint pred = g_rand_int_range (rand, 0, N_ITEMS - 60);
      guint succ = pred + g_rand_int_range (rand, 1, 60);
      gpointer key = GUINT_TO_POINTER (pred * N_ITEMS + succ);
      if (pred % PER_PHASE == 0 || succ % PER_PHASE == 0 || pred == hub ||
          g_hash_table_contains (seen, key))
        continue;
      g_hash_table_add (seen, key);
      gen_links[n_links++] = (GenLink) { pred, succ, g_rand_int_range (rand, 0, 4), 0 };
    }
  g_rand_free (rand);
}

static CvkGanttPlan *
generated_plan (void)
{
  CvkGanttPlan *plan = cvk_gantt_plan_new ();
  CvkYearlyPeriod blackout = { 12, 15, 1, 10 };

  for (guint i = 0; i < N_ITEMS; i++)
    {
      CvkPeriod p;
      GenItem *it = &gen_items[i];
      g_date_clear (&p.first, 1);
      g_date_clear (&p.last, 1);
      g_date_set_julian (&p.first, it->first);
      g_date_set_julian (&p.last, it->last);
      p.precision = it->precision;
      cvk_gantt_plan_add_task (plan, it->id, it->name, it->kind, it->parent, &p, it->status);
    }
  for (guint l = 0; l < N_LINKS; l++)
    cvk_gantt_plan_add_link (plan, gen_links[l].pred, gen_links[l].succ, gen_links[l].type, gen_links[l].lag);
  cvk_gantt_plan_add_blackout (plan, &blackout);
  return plan;
}

/* Scene and snapshot -------------------------------------------------------------- */

static void
frame (CvkGanttScene       *scene,
       CvkGanttPlan        *plan,
       const CvkGanttScale *scale,
       const CvkGanttStyle *style,
       CvkGanttViewport    *vp,
       CvkGanttPainter     *painter)
{
  cvk_gantt_scene_build (scene, plan, scale, style, vp);
  if (painter != NULL)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      GskRenderNode *node;
      cvk_gantt_painter_snapshot (painter, snapshot, scene, vp->width, vp->height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node)
        gsk_render_node_unref (node);
    }
}

static void
bench_scene (gboolean with_display)
{
  g_autoptr(CvkGanttPlan) plan = generated_plan ();
  g_autoptr(CvkGanttScene) scene = cvk_gantt_scene_new ();
  g_autoptr(CvkGanttPainter) painter = NULL;
  PangoContext *context = NULL;
  CvkGanttScale scale;
  CvkGanttStyle style;
  CvkGanttViewport vp = { 0, 0, 1280, 800 };
  double times[60], drags[40];
  gint32 first, last;
  GRand *rand = g_rand_new_with_seed (7);
  guint prims = 0;

  if (with_display)
    {
      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      painter = cvk_gantt_painter_new (context);
    }

  cvk_gantt_plan_get_range (plan, &first, &last);
  cvk_gantt_scale_init (&scale, CVK_GANTT_ZOOM_MONTH, first - 30);
  cvk_gantt_style_init (&style);
  style.today = first + 500;
  style.show_critical = TRUE;
  cvk_gantt_plan_update_critical (plan, 1);

  /* Warm up: the plan's indexes are built on first use. */
  frame (scene, plan, &scale, &style, &vp, painter);

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      guint row = g_rand_int_range (rand, 0, N_ITEMS - 30);
      guint task = cvk_gantt_plan_row_task (plan, row);
      gint64 t0;

      vp.y = row * style.row_height;
      vp.x = cvk_gantt_scale_day_to_x (&scale, cvk_gantt_plan_get_task (plan, task)->first) - 300;
      t0 = g_get_monotonic_time ();
      frame (scene, plan, &scale, &style, &vp, painter);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
      prims += cvk_gantt_scene_get_n_prims (scene);
    }
  add_figure ("gantt-viewport-20000", median (times, G_N_ELEMENTS (times)), "ms",
              with_display ? "scene + snapshot of a 1280x800 viewport, median"
                           : "scene of a 1280x800 viewport (no display: no snapshot), median");
  add_figure ("gantt-viewport-prims", prims / (double) G_N_ELEMENTS (times), "prims",
              "primitives in a viewport, mean");

  /* A drag of the hub (1,000 dependents), a day at a time. */
  vp.y = 0;
  vp.x = cvk_gantt_scale_day_to_x (&scale, cvk_gantt_plan_get_task (plan, hub)->first) - 300;
  for (guint i = 0; i < G_N_ELEMENTS (drags); i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      cvk_gantt_plan_shift_task (plan, hub, i % 2 ? -1 : 1);
      cvk_gantt_plan_update_critical (plan, 1);
      frame (scene, plan, &scale, &style, &vp, painter);
      drags[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  g_clear_object (&context);
  add_figure ("gantt-drag-1000", median (drags, G_N_ELEMENTS (drags)), "ms",
              "move an item with 1,000 dependents: critical path + scene + snapshot, median");
  g_rand_free (rand);
}

/* Opening to the first frame ------------------------------------------------------------ */

static gboolean painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

static void
wait_first_frame (GtkWindow *window)
{
  GdkFrameClock *clock;

  painted = FALSE;
  gtk_window_present (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, NULL);
}

/* The first @n_items of the generated plan, with the first @n_links of its
 * dependencies. */
static char *
write_document (guint n_items,
                guint n_links)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "blank", &error);
  g_autofree char *dir = g_dir_make_tmp ("bench-gantt-XXXXXX", NULL);
  char *path = g_build_filename (dir, "big.convoke", NULL);

  g_assert_no_error (error);
  g_assert_true (cvk_store_begin (store, "generate", &error));
  for (guint i = 0; i < n_items; i++)
    {
      GenItem *it = &gen_items[i];
      g_autoptr(CvkItem) item = cvk_item_new (it->id);
      GDate d;
      g_date_clear (&d, 1);
      cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_NAME, it->name);
      cvk_entity_set_enum (CVK_ENTITY (item), CVK_ITEM_KIND, it->kind);
      if (it->parent >= 0)
        cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_PARENT, gen_items[it->parent].id);
      g_date_set_julian (&d, it->first);
      cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_START, &d);
      g_date_set_julian (&d, it->last);
      cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_END, &d);
      cvk_entity_set_enum (CVK_ENTITY (item), CVK_ITEM_STATUS, it->status);
      cvk_entity_set_int (CVK_ENTITY (item), CVK_ITEM_POSITION, i % PER_PHASE);
      g_assert_true (cvk_store_insert (store, CVK_ENTITY (item), &error));
    }
  for (guint l = 0; l < n_links; l++)
    {
      char id[16];
      g_autoptr(CvkDependency) dep = NULL;
      g_snprintf (id, sizeof id, "D%05u", l);
      dep = cvk_dependency_new (id);
      cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_PREDECESSOR, gen_items[gen_links[l].pred].id);
      cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_SUCCESSOR, gen_items[gen_links[l].succ].id);
      cvk_entity_set_enum (CVK_ENTITY (dep), CVK_DEPENDENCY_RELATION, gen_links[l].type);
      cvk_entity_set_int (CVK_ENTITY (dep), CVK_DEPENDENCY_LAG, gen_links[l].lag);
      g_assert_true (cvk_store_insert (store, CVK_ENTITY (dep), &error));
    }
  g_assert_true (cvk_store_commit (store, &error));
  g_assert_true (cvk_store_save_as (store, path, &error));
  return path;
}

/* A document written by write_document () and its folder, gone. */
static void
remove_document (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  cvk_test_remove_tree (dir);
}

/* The steps of one opening, in ms: the store, the window on it, the frame. */
typedef struct
{
  double store, window, frame;
} OpenSteps;

static CvkApplication *app;

/* What the chair sees: the application's window on the document at @path,
 * at the timeline, until its first frame is drawn. */
static double
open_once (const char *path,
           OpenSteps  *steps)
{
  GtkWidget *window;
  gint64 t0 = g_get_monotonic_time ();
  gint64 t1, t2;
  double ms;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CvkStore) store = cvk_store_open (path, &error);

    g_assert_no_error (error);
    t1 = g_get_monotonic_time ();
    window = GTK_WIDGET (cvk_window_new (app, store));
    gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
    cvk_window_show_section (CVK_WINDOW (window), "timeline");
    t2 = g_get_monotonic_time ();
  }
  wait_first_frame (GTK_WINDOW (window));
  ms = (g_get_monotonic_time () - t0) / 1000.0;
  if (steps != NULL)
    {
      steps->store = (t1 - t0) / 1000.0;
      steps->window = (t2 - t1) / 1000.0;
      steps->frame = ms - steps->store - steps->window;
    }
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return ms;
}

static char *
write_empty_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-gantt-XXXXXX", NULL);
  char *path = g_build_filename (dir, "empty.convoke", NULL);
  g_autoptr(CvkStore) store = cvk_store_create (path, "blank", &error);

  g_assert_no_error (error);
  return path;
}

/* "Within 1.5x the time an empty window of the same app takes": both are
 * the application's own window, at the timeline, once on the generated
 * plan and once on an empty document, so that the ratio measures what the
 * plan's size costs the chair. */
#define N_OPENS  7
#define N_LAUNCHES 11   /* launches vary more: a new process each */
#define N_SMALL  200

/* The documents the openings compare, written once for all of them. */
typedef struct
{
  char *plan;    /* the generated plan, or the one to profile */
  char *small;   /* its first N_SMALL items; NULL when profiling */
  char *empty;
} Documents;

static void
bench_open (const Documents *docs)
{
  const char *path = docs->plan, *small_path = docs->small, *empty_path = docs->empty;
  double empty[N_OPENS], doc[N_OPENS], small[N_OPENS], e, d;
  double store[N_OPENS], window[N_OPENS], frame_ms[N_OPENS];

  app = cvk_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  open_once (empty_path, NULL);   /* warm up */
  open_once (path, NULL);
  if (small_path)
    open_once (small_path, NULL);
  /* Taken in turns, so that a machine slower for a while slows all three. */
  for (guint i = 0; i < N_OPENS; i++)
    {
      OpenSteps steps;

      empty[i] = open_once (empty_path, NULL);
      doc[i] = open_once (path, &steps);
      store[i] = steps.store;
      window[i] = steps.window;
      frame_ms[i] = steps.frame;
      if (small_path)
        small[i] = open_once (small_path, NULL);
    }
  e = median (empty, N_OPENS);
  d = median (doc, N_OPENS);
  add_figure ("open-first-frame-20000", d, "ms", "open the document to the first frame of the window, median");
  add_figure ("empty-first-frame", e, "ms", "the same, on an empty document, median");
  add_figure ("open-first-frame-ratio", d / e, "x", "the two, divided");
  /* Where the time of the first goes (each the median of its own). */
  add_figure ("open-store-20000", median (store, N_OPENS), "ms", "of which: cvk_store_open (), median");
  add_figure ("open-window-20000", median (window, N_OPENS), "ms", "of which: the window on the store, median");
  add_figure ("open-frame-20000", median (frame_ms, N_OPENS), "ms", "of which: GTK to the first frame, median");
  /* What the size of the plan does not explain: GTK 4.8's list views make
   * rows for up to 200 items, in sight or not, so the tree of a plan of
   * 200 items costs what the tree of 20,000 does. */
  if (small_path)
    {
      double s_ms = median (small, N_OPENS);
      add_figure ("open-first-frame-200", s_ms, "ms", "the same, on the first 200 items, no dependencies, median");
      add_figure ("open-first-frame-200-ratio", s_ms / e, "x", "that, divided by the empty document's");
    }
  g_clear_object (&app);
}

/* Launching -------------------------------------------------------------------------- */

/* `bench-gantt --launch-child=SECTION:FILE`: what `convoke --section=SECTION FILE`
 * does, main () and all, until the window's first frame, and on until the
 * frame after the idle work that follows it (the timeline's other rows
 * and its findings); it prints the monotonic clock (the same for every
 * process) at each, then quits. */
static void
launch_complete_cb (GdkFrameClock *clock,
                    GApplication  *application)
{
  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, launch_complete_cb, application);
  g_application_quit (application);
}

static gboolean
launch_idle_done_cb (gpointer user_data)
{
  GtkWindow *window = user_data;

  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (launch_complete_cb), gtk_window_get_application (window));
  gtk_widget_queue_draw (GTK_WIDGET (window));
  return G_SOURCE_REMOVE;
}

static void
launch_after_paint_cb (GdkFrameClock *clock,
                       GtkWindow     *window)
{
  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, launch_after_paint_cb, window);
  /* After every idle of a higher priority, the timeline's among them. */
  g_idle_add_full (G_PRIORITY_LOW, launch_idle_done_cb, window, NULL);
}

static void
launch_realize_cb (GtkWidget    *window,
                   GApplication *application)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (launch_after_paint_cb), window);
}

static void
launch_window_added_cb (GtkApplication *application,
                        GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (launch_realize_cb), application);
}

static int
launch_child (const char *section,
              const char *path)
{
  g_autoptr(CvkApplication) application = NULL;
  g_autofree char *section_arg = g_strconcat ("--section=", section, NULL);
  char *args[] = { "convoke", section_arg, (char *) path, NULL };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = cvk_application_new ();
  /* Not the running instance of a chair's Convoke, if there is one. */
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "window-added", G_CALLBACK (launch_window_added_cb), NULL);
  return g_application_run (G_APPLICATION (application), 3, args);
}

/* From the start of a process of the application on @path to its first
 * frame, and to the frame after the work that follows, in ms. */
static void
launch_once (const char *self,
             const char *section,
             const char *path,
             double     *first,
             double     *complete)
{
  g_autofree char *arg = g_strconcat ("--launch-child=", section, ":", path, NULL);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 t0 = g_get_monotonic_time ();

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                            self, arg, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (child));
  lines = g_strsplit (out, "\n", 0);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  *first = (g_ascii_strtoll (lines[0], NULL, 10) - t0) / 1000.0;
  *complete = (g_ascii_strtoll (lines[1], NULL, 10) - t0) / 1000.0;
}

/* Launches of the application at @section, on the empty document and on
 * the plan in turn (after one of each to warm up): the medians, in ms, to
 * the first frame and to the frame after the work that follows it. */
typedef struct
{
  double empty, plan, empty_done, plan_done;
} Launches;

static Launches
launch_medians (const char      *self,
                const char      *section,
                const Documents *docs)
{
  double empty[N_LAUNCHES], plan[N_LAUNCHES], empty_done[N_LAUNCHES], plan_done[N_LAUNCHES], a, b;

  launch_once (self, section, docs->empty, &a, &b);
  launch_once (self, section, docs->plan, &a, &b);
  for (guint i = 0; i < N_LAUNCHES; i++)
    {
      launch_once (self, section, docs->empty, &empty[i], &empty_done[i]);
      launch_once (self, section, docs->plan, &plan[i], &plan_done[i]);
    }
  return (Launches) { median (empty, N_LAUNCHES), median (plan, N_LAUNCHES),
                      median (empty_done, N_LAUNCHES), median (plan_done, N_LAUNCHES) };
}

/* The same comparison as bench_open (), from the start of the process, as
 * the chair sees it on opening a document from the file manager: at the
 * timeline, then at the overview (where a new user's window opens). */
static void
bench_launch (const char      *self,
              const Documents *docs)
{
  Launches timeline = launch_medians (self, "timeline", docs);
  Launches overview = launch_medians (self, "overview", docs);

  add_figure ("launch-first-frame-20000", timeline.plan, "ms",
              "start the application on the document to its first frame, median");
  add_figure ("launch-empty-first-frame", timeline.empty, "ms", "the same, on an empty document, median");
  add_figure ("launch-first-frame-ratio", timeline.plan / timeline.empty, "x",
              "the two, divided (goal: at most 1.5)");
  add_figure ("launch-complete-20000", timeline.plan_done, "ms",
              "to the frame after the work that follows the first (all rows, findings), median");
  add_figure ("launch-empty-complete", timeline.empty_done, "ms", "the same, on an empty document, median");
  add_figure ("launch-overview-20000", overview.plan, "ms", "the same at the overview, to its first frame, median");
  add_figure ("launch-overview-empty", overview.empty, "ms", "the same, on an empty document, median");
  add_figure ("launch-overview-ratio", overview.plan / overview.empty, "x", "the two, divided");
}

/* Screenshots ---------------------------------------------------------------------------- */

static int
show (const char *zoom)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "iewsc", &error);
  GtkWidget *window = adw_window_new ();
  CvkTimelineView *view = cvk_timeline_view_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  g_assert_no_error (error);
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_title (GTK_WINDOW (window), "Convoke — Timeline");
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (view));
  gtk_widget_set_vexpand (GTK_WIDGET (view), TRUE);
  adw_window_set_content (ADW_WINDOW (window), box);
  cvk_timeline_view_set_store (view, store);
  g_object_set (view, "zoom", zoom, NULL);
  if (g_getenv ("CVK_BENCH_SELECT"))
    cvk_timeline_view_select_item (view, g_getenv ("CVK_BENCH_SELECT"));
  gtk_window_present (GTK_WINDOW (window));
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  gboolean with_display;
  gint64 t0;

  /* Before GTK is set up: the child is the application from its start. */
  /* --launch-child=SECTION:FILE */
  if (argc > 1 && g_str_has_prefix (argv[1], "--launch-child="))
    {
      g_auto(GStrv) what = g_strsplit (argv[1] + strlen ("--launch-child="), ":", 2);

      g_assert_cmpuint (g_strv_length (what), ==, 2);
      return launch_child (what[0], what[1]);
    }

  figures = g_array_new (FALSE, FALSE, sizeof (Figure));
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  with_display = gtk_init_check ();
  if (with_display)
    adw_init ();

  if (argc > 1 && g_str_has_prefix (argv[1], "--show="))
    {
      if (!with_display)
        {
          g_printerr ("bench-gantt: --show needs a display\n");
          return 1;
        }
      return show (argv[1] + strlen ("--show="));
    }

  /* `bench-gantt --write=PATH`: write the generated plan, to look at or profile. */
  if (argc > 1 && g_str_has_prefix (argv[1], "--write="))
    {
      g_autofree char *tmp = NULL;
      g_autoptr(GFile) from = NULL;
      g_autoptr(GFile) to = g_file_new_for_commandline_arg (argv[1] + strlen ("--write="));
      g_autoptr(GError) error = NULL;

      generate ();
      tmp = write_document (N_ITEMS, N_LINKS);
      from = g_file_new_for_path (tmp);
      if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
        {
          g_printerr ("bench-gantt: %s\n", error->message);
          return 1;
        }
      remove_document (tmp);
      return 0;
    }

  /* `bench-gantt --open[=FILE]`: only the opening, of the generated plan or
   * of FILE, to profile it. */
  if (argc > 1 && g_str_has_prefix (argv[1], "--open") && with_display)
    {
      const char *file = g_str_has_prefix (argv[1], "--open=") ? argv[1] + strlen ("--open=") : NULL;
      Documents docs = { NULL, NULL, write_empty_document () };

      if (file == NULL)
        generate ();
      docs.plan = file ? g_strdup (file) : write_document (N_ITEMS, N_LINKS);
      bench_open (&docs);
      if (file == NULL)
        remove_document (docs.plan);
      remove_document (docs.empty);
      g_free (docs.plan);
      g_free (docs.empty);
      for (guint i = 0; i < figures->len; i++)
        g_print ("bench: %s = %.2f %s\n", g_array_index (figures, Figure, i).name,
                 g_array_index (figures, Figure, i).value, g_array_index (figures, Figure, i).unit);
      return 0;
    }

  t0 = g_get_monotonic_time ();
  generate ();
  bench_scene (with_display);
  if (with_display)
    {
      Documents docs = { write_document (N_ITEMS, N_LINKS), write_document (N_SMALL, 0),
                         write_empty_document () };

      bench_open (&docs);
      bench_launch (argv[0], &docs);
      remove_document (docs.plan);
      remove_document (docs.small);
      remove_document (docs.empty);
      g_free (docs.plan);
      g_free (docs.small);
      g_free (docs.empty);
    }

  g_print ("Gantt benchmark: a generated plan of %u items and %u dependencies "
           "(an item with %u dependents), %s (%.1f s)\n\n",
           N_ITEMS, N_LINKS, N_HUB, with_display ? "GTK snapshot" : "no display: scene only",
           (g_get_monotonic_time () - t0) / 1e6);
  g_print ("| %-26s | %10s | %-6s | %s\n", "figure", "value", "unit", "what");
  g_print ("|----------------------------|------------|--------|------\n");
  for (guint i = 0; i < figures->len; i++)
    {
      Figure *f = &g_array_index (figures, Figure, i);
      g_print ("| %-26s | %10.2f | %-6s | %s\n", f->name, f->value, f->unit, f->what);
    }
  g_print ("\n");
  for (guint i = 0; i < figures->len; i++)
    {
      Figure *f = &g_array_index (figures, Figure, i);
      g_print ("bench: %s = %.2f %s\n", f->name, f->value, f->unit);
    }
  g_array_unref (figures);
  return 0;
}
