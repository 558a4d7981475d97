/* cvk-timeline-view.c: the Timeline section: the tree of items and the Gantt chart
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tree (a GtkColumnView over a GtkTreeListModel) and the chart share one
 * vertical GtkAdjustment and one row height, so they scroll together row by
 * row.  Both are built from one CvkGanttPlan, rebuilt from the store's models
 * after each change; every gesture becomes one store edit (one undo step).
 *
 * Out of sight (another section shows), the view builds nothing: it takes
 * the store's changes when it is next shown, or when asked for an item.
 *
 * A document just given to the view is drawn in two steps, so that a large
 * plan shows as soon as an empty one would: the first frame has the chart and
 * the tree's first rows; right after it, the tree gets the rest of its rows
 * and the chart the rules' findings.  (GTK 4.8's list views make a row for
 * each of the first two hundred items, seen or not; a slice of the tree's
 * model keeps them to what a screen holds until then.)
 */

#define G_LOG_DOMAIN "cvk-timeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cvk-gantt-chart.h"
#include "cvk-item-editor.h"
#include "cvk-rows.h"
#include "cvk-rules.h"
#include "cvk-timeline-view.h"
#include "cvk-store-private.h"
#include "cvk-timeline-view-private.h"

struct _CvkTimelineView
{
  AdwBin              parent_instance;

  CvkStore           *store;
  GListStore         *roots;          /* of CvkItem: the tree's root model */
  GHashTable         *children;       /* CvkItem -> GListStore of CvkItem */
  GtkTreeListModel   *tree_model;
  GtkSingleSelection *selection;
  gboolean            rebuild_pending; /* the store changed while the view was out of sight */
  char               *selected_id;
  gboolean            syncing;
  guint               sync_rows_id;   /* rows are copied once per burst of changes */
  gboolean            tree_fresh;     /* tree_model as made: every row expanded */
  GtkSliceListModel  *rows;           /* the tree's rows that the column view shows */

  /* A new document, not yet drawn: see the top of the file. */
  gboolean            opening;
  GPtrArray          *prepared_findings;   /* of the plan shown, found ahead of time */
  gulong              after_paint_id;
  guint               rest_id;

  /* Template */
  GtkColumnView      *tree;
  GtkScrolledWindow  *tree_scroller;
  GtkScrolledWindow  *chart_scroller;
  CvkGanttChart      *chart;
  GtkToggleButton    *critical_button;
  GtkToggleButton    *findings_button;
  GtkRevealer        *findings_revealer;
  GtkNoSelection     *findings_selection;   /* the list's model while it shows */
  GtkSearchEntry     *goto_entry;
  GtkListView        *findings_list;
  GtkStack           *content_stack;
  GListStore         *findings;      /* of CvkTimelineFinding */
};

G_DEFINE_FINAL_TYPE (CvkTimelineView, cvk_timeline_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const zoom_names[] = { "week", "month", "quarter", "year" };

/* No row of the tree is lower than the chart's default row. */
#define MIN_ROW_HEIGHT 28

static void rebuild (CvkTimelineView *self);
static void show_the_rest (CvkTimelineView *self);
static void set_selected_id (CvkTimelineView *self,
                             const char      *id);
static guint first_rows (CvkTimelineView *self);

/* Tree --------------------------------------------------------------------- */

static CvkItem *
row_item (GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  return row ? gtk_tree_list_row_get_item (row) : NULL;   /* transfer full */
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  CvkTimelineView *self = user_data;
  /* @item comes from one of the lists below, made with the table: the
   * object is the key, no need to hash its ID. */
  GListStore *kids = g_hash_table_lookup (self->children, item);

  return kids ? g_object_ref (G_LIST_MODEL (kids)) : NULL;
}

typedef enum { COL_ID, COL_NAME, COL_DATES, COL_OWNER, COL_PROGRESS } Column;

static void
update_cell (GtkWidget *widget,
             CvkItem   *item,
             Column     column)
{
  switch (column)
    {
    case COL_ID:
      {
        GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (widget));
        gtk_label_set_text (GTK_LABEL (label), cvk_entity_get_id (CVK_ENTITY (item)));
      }
      break;
    case COL_NAME:
      gtk_label_set_text (GTK_LABEL (widget), cvk_item_get_name (item));
      cvk_rows_set_tooltip (widget, cvk_item_get_name (item));
      if (cvk_item_get_kind (item) == CVK_ITEM_KIND_PHASE)
        gtk_widget_add_css_class (widget, "cvk-phase");
      else
        gtk_widget_remove_css_class (widget, "cvk-phase");
      break;
    case COL_DATES:
      {
        g_autofree char *when = cvk_rows_item_when (item);
        gtk_label_set_text (GTK_LABEL (widget), when);
        if (cvk_item_get_status (item) != CVK_DATE_STATUS_FIXED)
          gtk_widget_add_css_class (widget, "cvk-fuzzy");
        else
          gtk_widget_remove_css_class (widget, "cvk-fuzzy");
      }
      break;
    case COL_OWNER:
      gtk_label_set_text (GTK_LABEL (widget), cvk_item_get_owner (item));
      break;
    case COL_PROGRESS:
      {
        g_autofree char *text = g_strdup_printf ("%d %%", (int) cvk_item_get_progress (item));
        gtk_label_set_text (GTK_LABEL (widget), text);
      }
      break;
    default:
      break;
    }
}

static void
item_notify_cb (CvkItem    *item,
                GParamSpec *pspec,
                GtkWidget  *widget)
{
  update_cell (widget, item, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "cvk-column")));
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *widget = label;

  gtk_label_set_xalign (GTK_LABEL (label), column == COL_PROGRESS ? 1.0f : 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (column == COL_ID)
    {
      widget = gtk_tree_expander_new ();
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (widget), label);
      gtk_widget_add_css_class (label, "numeric");
    }
  else if (column == COL_DATES || column == COL_OWNER || column == COL_PROGRESS)
    gtk_widget_add_css_class (label, "dim-label");
  g_object_set_data (G_OBJECT (widget), "cvk-column", user_data);
  gtk_list_item_set_child (list_item, widget);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *widget = gtk_list_item_get_child (list_item);
  g_autoptr(CvkItem) item = row_item (list_item);

  if (item == NULL)
    return;
  if (GTK_IS_TREE_EXPANDER (widget))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (widget), gtk_list_item_get_item (list_item));
  update_cell (widget, item, GPOINTER_TO_INT (user_data));
  g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), widget, 0);
  g_object_set_data_full (G_OBJECT (widget), "cvk-item", g_object_ref (item), g_object_unref);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *widget = gtk_list_item_get_child (list_item);
  CvkItem *item = g_object_get_data (G_OBJECT (widget), "cvk-item");

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, item_notify_cb, widget);
  g_object_set_data (G_OBJECT (widget), "cvk-item", NULL);
  if (GTK_IS_TREE_EXPANDER (widget))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (widget), NULL);
}

static void
add_column (CvkTimelineView *self,
            const char      *title,
            Column           column,
            int              width,
            gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_column_set_expand (col, expand);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (col, width);
  gtk_column_view_append_column (self->tree, col);
  g_object_unref (col);
}

/* Plan and rows ------------------------------------------------------------------ */

static CvkGanttPlan *
plan (CvkTimelineView *self)
{
  return cvk_gantt_chart_get_plan (self->chart);
}

/* The chart's rows are the tree's rows, whatever is expanded. */
static void
sync_rows (CvkTimelineView *self)
{
  CvkGanttPlan *p = plan (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree_model));
  g_autofree guint *rows = NULL;
  guint n_rows = 0;

  if (p == NULL)
    return;

  /* A tree just made from the plan expands every row (autoexpand) and
   * lists the tasks in the plan's order, which is tree order: no need to
   * make a row object for each to find out. */
  if (self->tree_fresh && n == cvk_gantt_plan_get_n_tasks (p))
    {
      cvk_gantt_plan_flatten (p, NULL);
      cvk_gantt_chart_plan_changed (self->chart);
      return;
    }

  rows = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree_model), i);
      g_autoptr(CvkItem) item = gtk_tree_list_row_get_item (row);
      int task = cvk_gantt_plan_find (p, cvk_entity_get_id (CVK_ENTITY (item)));
      if (task >= 0)
        rows[n_rows++] = task;
    }
  cvk_gantt_plan_set_rows (p, rows, n_rows);
  cvk_gantt_chart_plan_changed (self->chart);
}

static gboolean
sync_rows_idle (gpointer user_data)
{
  CvkTimelineView *self = user_data;

  self->sync_rows_id = 0;
  sync_rows (self);
  return G_SOURCE_REMOVE;
}

/* The tree expands row by row: copy its rows once, before the next frame. */
static void
tree_items_changed_cb (GListModel      *model,
                       guint            position,
                       guint            removed,
                       guint            added,
                       CvkTimelineView *self)
{
  self->tree_fresh = FALSE;
  if (self->sync_rows_id == 0)
    self->sync_rows_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, sync_rows_idle, self, NULL);
}

/* The tree shows the plan's items (the objects) in order, under their
 * parents: it is made again only when these change. */
static gboolean
same_structure (CvkGanttPlan *a,
                CvkGanttPlan *b)
{
  guint n = cvk_gantt_plan_get_n_tasks (b);

  if (a == NULL || cvk_gantt_plan_get_n_tasks (a) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const CvkGanttTask *ta = cvk_gantt_plan_get_task (a, i);
      const CvkGanttTask *tb = cvk_gantt_plan_get_task (b, i);

      /* The same item, not only the same ID: an undone deletion brings
       * back a new object, which the tree's rows must hold. */
      if (ta->parent != tb->parent || ta->user_data != tb->user_data || strcmp (ta->id, tb->id) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The items of each parent are gathered first, then given to their list
 * store at once: one splice per list rather than an append per item. */
static void
rebuild_tree (CvkTimelineView *self,
              CvkGanttPlan    *p)
{
  guint n = cvk_gantt_plan_get_n_tasks (p);
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  g_autofree GPtrArray **kids = g_new0 (GPtrArray *, MAX (n, 1));

  g_clear_object (&self->roots);
  self->roots = g_list_store_new (CVK_TYPE_ITEM);
  g_hash_table_remove_all (self->children);
  for (guint i = 0; i < n; i++)
    {
      CvkGanttTask *t = cvk_gantt_plan_get_task (p, i);
      if (t->parent < 0)
        g_ptr_array_add (roots, t->user_data);
      else
        {
          if (kids[t->parent] == NULL)
            kids[t->parent] = g_ptr_array_new ();
          g_ptr_array_add (kids[t->parent], t->user_data);
        }
    }
  g_list_store_splice (self->roots, 0, 0, roots->pdata, roots->len);
  for (guint i = 0; i < n; i++)
    if (kids[i] != NULL)
      {
        GListStore *store = g_list_store_new (CVK_TYPE_ITEM);
        g_list_store_splice (store, 0, 0, kids[i]->pdata, kids[i]->len);
        g_hash_table_insert (self->children, g_object_ref (cvk_gantt_plan_get_task (p, i)->user_data), store);
        g_ptr_array_unref (kids[i]);
      }
}

/* A finding of the rules as an item of the findings list. */
#define CVK_TYPE_TIMELINE_FINDING (cvk_timeline_finding_get_type ())
G_DECLARE_FINAL_TYPE (CvkTimelineFinding, cvk_timeline_finding, CVK, TIMELINE_FINDING, GObject)

struct _CvkTimelineFinding
{
  GObject     parent_instance;
  CvkFinding *finding;
};

G_DEFINE_FINAL_TYPE (CvkTimelineFinding, cvk_timeline_finding, G_TYPE_OBJECT)

static void
cvk_timeline_finding_finalize (GObject *object)
{
  g_clear_pointer (&CVK_TIMELINE_FINDING (object)->finding, cvk_finding_free);
  G_OBJECT_CLASS (cvk_timeline_finding_parent_class)->finalize (object);
}

static void
cvk_timeline_finding_class_init (CvkTimelineFindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cvk_timeline_finding_finalize;
}

static void
cvk_timeline_finding_init (CvkTimelineFinding *self)
{
}

/* Takes @finding. */
static CvkTimelineFinding *
cvk_timeline_finding_new (CvkFinding *finding)
{
  CvkTimelineFinding *self = g_object_new (CVK_TYPE_TIMELINE_FINDING, NULL);

  self->finding = finding;
  return self;
}

/* The rules' findings about the timeline's items, sorted. */
static GPtrArray *
find_in (CvkStore *store)
{
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (store);
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  CvkPlan rules_plan = { 0 };

  cvk_store_init_plan (store, settings, &rules_plan);
  cvk_rules_check_schedule (&rules_plan, findings);
  cvk_findings_sort (findings);
  return findings;
}

/* Marks the plan's items with the rules' findings (those found ahead of
 * time if there are, else found now) and lists them. */
static void
update_findings (CvkTimelineView *self,
                 CvkGanttPlan    *p)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint n_shown = 0;

  findings = self->prepared_findings ? g_steal_pointer (&self->prepared_findings) : find_in (self->store);
  cvk_gantt_plan_apply_findings (p, findings);

  /* A list view: rows are made only for the findings in sight, however
   * many a large plan has. */
  items = g_ptr_array_new_full (findings->len, g_object_unref);
  g_ptr_array_set_free_func (findings, NULL);   /* the list's items take them */
  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (items, cvk_timeline_finding_new (g_ptr_array_index (findings, i)));
  g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       items->pdata, items->len);
  n_shown = findings->len;
  {
    /* Translators: the tooltip of the findings button */
    g_autofree char *tip = g_strdup_printf (ngettext ("%u finding of the rules", "%u findings of the rules",
                                                      n_shown), n_shown);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->findings_button), tip);
  }
}

/* The plan of @store, its critical path marked. */
static CvkGanttPlan *
plan_of (CvkStore *store)
{
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (store);
  CvkGanttPlan *p = cvk_gantt_plan_new_from_models (cvk_store_get_model (store, CVK_TYPE_ITEM),
                                                    cvk_store_get_model (store, CVK_TYPE_DEPENDENCY),
                                                    settings);

  cvk_gantt_plan_update_critical (p, 1);
  return p;
}

/* Ahead of time ---------------------------------------------------------------- */

/* What a view would first make of a document, made before it is shown:
 * see cvk_timeline_view_prepare (). */
typedef struct
{
  CvkGanttPlan *plan;
  GPtrArray    *findings;
} Prepared;

#define PREPARED "timeline"   /* its name among what the store keeps ahead */

static void
prepared_free (gpointer data)
{
  Prepared *prepared = data;

  g_clear_pointer (&prepared->plan, cvk_gantt_plan_free);
  g_clear_pointer (&prepared->findings, g_ptr_array_unref);
  g_free (prepared);
}

CvkGanttPlan *
_cvk_timeline_view_peek_prepared (CvkStore *store)
{
  Prepared *prepared = cvk_store_peek_ahead (store, PREPARED);

  return prepared ? prepared->plan : NULL;
}

gboolean
_cvk_timeline_view_has_prepared_findings (CvkTimelineView *self)
{
  return self->prepared_findings != NULL;
}

/**
 * cvk_timeline_view_prepare:
 *
 * Makes the plan and the findings that a view given @store shows first,
 * and keeps them with @store until a view takes them; a view takes them
 * only if @store has not changed since.  For a thread of its own (the
 * application's, while GTK starts): nothing else may use @store meanwhile.
 */
void
cvk_timeline_view_prepare (CvkStore *store)
{
  Prepared *prepared;

  g_return_if_fail (CVK_IS_STORE (store));

  prepared = g_new0 (Prepared, 1);
  prepared->plan = plan_of (store);
  prepared->findings = find_in (store);
  cvk_store_keep_ahead (store, PREPARED, prepared, prepared_free);
}

static void
select_task_in_tree (CvkTimelineView *self,
                     guint            task)
{
  int row = plan (self) ? cvk_gantt_plan_task_row (plan (self), task) : -1;

  if (row < 0)
    return;
  if ((guint) row >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    show_the_rest (self);
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, row);
  self->syncing = FALSE;
}

static void
rebuild (CvkTimelineView *self)
{
  Prepared *prepared = NULL;
  CvkGanttPlan *p;
  gboolean same_tree;
  int selected;

  self->rebuild_pending = FALSE;
  g_clear_pointer (&self->prepared_findings, g_ptr_array_unref);   /* of an older plan */
  if (self->store == NULL)
    return;

  gtk_stack_set_visible_child_name (self->content_stack,
                                    g_list_model_get_n_items (cvk_store_get_model (self->store, CVK_TYPE_ITEM))
                                    ? "plan" : "empty");

  /* Made ahead of time for the store as it is, if at all (a change since
   * and it is gone). */
  if (self->opening && (prepared = cvk_store_take_ahead (self->store, PREPARED)))
    {
      p = g_steal_pointer (&prepared->plan);
      self->prepared_findings = g_steal_pointer (&prepared->findings);
      prepared_free (prepared);
    }
  else
    p = plan_of (self->store);
  if (!self->opening)
    update_findings (self, p);   /* else after the first frame */
  same_tree = same_structure (plan (self), p);

  /* The plan first: the tree's signals read it. */
  cvk_gantt_chart_set_plan (self->chart, p);

  if (!same_tree)
    {
      g_autoptr(GtkTreeListModel) model = NULL;

      rebuild_tree (self, p);
      if (self->tree_model)
        g_signal_handlers_disconnect_by_func (self->tree_model, tree_items_changed_cb, self);
      model = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)), FALSE, TRUE,
                                       create_children, self, NULL);
      g_set_object (&self->tree_model, model);
      self->tree_fresh = TRUE;
      g_signal_connect (self->tree_model, "items-changed", G_CALLBACK (tree_items_changed_cb), self);
      g_clear_object (&self->rows);
      self->rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->tree_model)), 0,
                                             self->opening ? first_rows (self) : G_MAXUINT);
      self->syncing = TRUE;
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->rows));
      self->syncing = FALSE;
    }
  sync_rows (self);

  selected = self->selected_id ? cvk_gantt_plan_find (p, self->selected_id) : -1;
  if (selected < 0 && self->selected_id != NULL)
    set_selected_id (self, NULL);   /* it is gone */
  cvk_gantt_chart_set_selected (self->chart, selected >= 0 ? (guint) selected : G_MAXUINT);
  if (selected >= 0)
    select_task_in_tree (self, selected);
}

static void
rebuild_when_seen (CvkTimelineView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->rebuild_pending = TRUE;
}

/* What the store has, now, seen or not. */
static void
ensure_built (CvkTimelineView *self)
{
  if (self->rebuild_pending)
    rebuild (self);
}

static void
store_changed_cb (CvkStore        *store,
                  CvkTimelineView *self)
{
  rebuild_when_seen (self);
}

/* Opening ------------------------------------------------------------------------ */

/* The second step of drawing a new document: the rest of the tree's rows
 * and the findings.  Also taken at once by whatever needs them earlier. */
static gboolean
end_opening (CvkTimelineView *self)
{
  if (!self->opening)
    return FALSE;
  self->opening = FALSE;
  g_clear_handle_id (&self->rest_id, g_source_remove);
  if (self->after_paint_id)
    g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  if (self->rows)
    gtk_slice_list_model_set_size (self->rows, G_MAXUINT);
  return TRUE;
}

static void
show_the_rest (CvkTimelineView *self)
{
  /* A plan made while opening has no findings yet (one still to be made
   * will have them). */
  if (end_opening (self) && !self->rebuild_pending && plan (self))
    {
      update_findings (self, plan (self));
      cvk_gantt_chart_plan_changed (self->chart);
    }
}

/* The tree's rows in the first frame of a document: as many as its window
 * can hold, the view's own height being unknown yet; or the tallest
 * monitor, for a window that fills one or has no size yet. */
static guint
first_rows (CvkTimelineView *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int height = 0;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      height = MAX (height, geometry.height);
    }
  if (height <= 0)
    height = 2160;
  if (GTK_IS_WINDOW (root) && !gtk_window_is_maximized (GTK_WINDOW (root)) &&
      !gtk_window_is_fullscreen (GTK_WINDOW (root)))
    {
      int window_width, window_height = gtk_widget_get_height (GTK_WIDGET (root));

      if (window_height <= 0)
        gtk_window_get_default_size (GTK_WINDOW (root), &window_width, &window_height);
      if (window_height > 0)
        height = MIN (height, window_height);
    }
  return (guint) height / MIN_ROW_HEIGHT + 1;
}

static gboolean
show_the_rest_idle (gpointer user_data)
{
  CvkTimelineView *self = user_data;

  self->rest_id = 0;
  show_the_rest (self);
  return G_SOURCE_REMOVE;
}

/* The first frame is on screen: the rest comes after whatever the chair
 * did meanwhile. */
static void
after_first_paint_cb (GdkFrameClock   *clock,
                      CvkTimelineView *self)
{
  g_clear_signal_handler (&self->after_paint_id, clock);
  if (self->rest_id == 0)
    self->rest_id = g_idle_add (show_the_rest_idle, self);
}

static void
wait_for_first_frame (CvkTimelineView *self)
{
  if (self->opening && self->after_paint_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->after_paint_id = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                                             G_CALLBACK (after_first_paint_cb), self);
}

/* A view kept out of sight (another section shows) waits to be seen. */
static void
cvk_timeline_view_map (GtkWidget *widget)
{
  ensure_built (CVK_TIMELINE_VIEW (widget));
  GTK_WIDGET_CLASS (cvk_timeline_view_parent_class)->map (widget);
  wait_for_first_frame (CVK_TIMELINE_VIEW (widget));
}

static void
cvk_timeline_view_unmap (GtkWidget *widget)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (widget);

  if (self->after_paint_id)
    g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (widget));
  GTK_WIDGET_CLASS (cvk_timeline_view_parent_class)->unmap (widget);
}

/* Selection ------------------------------------------------------------------------ */

static void
set_selected_id (CvkTimelineView *self,
                 const char      *id)
{
  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.delete", id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.edit", id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.indent", id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.outdent", id != NULL);
}

static void
tree_selection_cb (GtkSingleSelection *selection,
                   GParamSpec         *pspec,
                   CvkTimelineView    *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);
  g_autoptr(CvkItem) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  int task;

  if (self->syncing)
    return;
  set_selected_id (self, item ? cvk_entity_get_id (CVK_ENTITY (item)) : NULL);
  task = item && plan (self) ? cvk_gantt_plan_find (plan (self), self->selected_id) : -1;
  cvk_gantt_chart_set_selected (self->chart, task >= 0 ? (guint) task : G_MAXUINT);
  if (task >= 0)
    cvk_gantt_chart_scroll_to_task (self->chart, task);
}

static void
chart_task_selected_cb (CvkGanttChart   *chart,
                        guint            task,
                        CvkTimelineView *self)
{
  set_selected_id (self, cvk_gantt_plan_get_task (plan (self), task)->id);
  select_task_in_tree (self, task);
}

gboolean
cvk_timeline_view_select_item (CvkTimelineView *self,
                               const char      *id)
{
  int task;

  g_return_val_if_fail (CVK_IS_TIMELINE_VIEW (self), FALSE);

  ensure_built (self);
  task = plan (self) ? cvk_gantt_plan_find (plan (self), id) : -1;
  if (task < 0)
    return FALSE;
  set_selected_id (self, id);
  cvk_gantt_chart_set_selected (self->chart, task);
  select_task_in_tree (self, task);
  cvk_gantt_chart_scroll_to_task (self->chart, task);
  return TRUE;
}

const char *
cvk_timeline_view_get_selected_id (CvkTimelineView *self)
{
  g_return_val_if_fail (CVK_IS_TIMELINE_VIEW (self), NULL);
  return self->selected_id;
}

static CvkItem *
selected_item (CvkTimelineView *self)
{
  /* Its neighbours, as the actions read them, are the store's now. */
  ensure_built (self);
  return self->store && self->selected_id
         ? cvk_store_lookup (self->store, CVK_TYPE_ITEM, self->selected_id) : NULL;
}

/* Edits ---------------------------------------------------------------------------- */

static void
show_error (CvkTimelineView *self,
            const GError    *error)
{
  GtkWidget *toplevel = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *dialog;

  if (!GTK_IS_WINDOW (toplevel))
    {
      g_message ("%s", error->message);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (toplevel), _("The plan was not changed"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Moves @date by @days; a date coarser than a day moves by whole units
 * (months, seasons, years) and stays on the unit's bounds. */
static void
shift_date (GDate        *date,
            int           days,
            CvkPrecision  precision,
            gboolean      is_end)
{
  int unit_months, units;
  GDate first, last;

  if (precision == CVK_PRECISION_DAY)
    {
      if (days > 0)
        g_date_add_days (date, days);
      else if (days < 0)
        g_date_subtract_days (date, -days);
      return;
    }
  unit_months = precision == CVK_PRECISION_MONTH ? 1 : precision == CVK_PRECISION_SEASON ? 3 : 12;
  units = (int) (days / (30.44 * unit_months) + (days >= 0 ? 0.5 : -0.5));
  if (units == 0)
    return;
  cvk_date_add_months_clamped (date, units * unit_months);
  cvk_date_unit_bounds (date, precision, &first, &last);
  *date = is_end ? last : first;
}

static void
chart_edit_task_cb (CvkGanttChart   *chart,
                    guint            task,
                    int              start_days,
                    int              end_days,
                    CvkTimelineView *self)
{
  CvkItem *item = cvk_gantt_plan_get_task (plan (self), task)->user_data;
  g_autoptr(CvkEntity) copy = NULL;
  g_autoptr(GError) error = NULL;
  const GDate *start, *end;
  GDate s, e;

  start = cvk_item_get_start (item);
  end = cvk_item_get_end (item);
  if (start == NULL && end == NULL)
    return;
  s = start ? *start : *end;
  e = end ? *end : *start;
  shift_date (&s, start_days, cvk_item_get_precision (item), FALSE);
  shift_date (&e, end_days, cvk_item_get_precision (item), TRUE);
  if (g_date_compare (&s, &e) > 0)
    return;

  copy = cvk_entity_copy (CVK_ENTITY (item));
  cvk_entity_set_date (copy, CVK_ITEM_START, &s);
  cvk_entity_set_date (copy, CVK_ITEM_END, &e);
  if (!cvk_store_update (self->store, copy, &error))
    show_error (self, error);
}

/* A link from the chart (a Shift-drag or the keyboard's link mode): a
 * finish-to-start dependency, one undoable edit, unless it exists already
 * or would close a circle. */
static void
chart_link_tasks_cb (CvkGanttChart   *chart,
                     guint            predecessor,
                     guint            successor,
                     CvkTimelineView *self)
{
  GListModel *deps = cvk_store_get_model (self->store, CVK_TYPE_DEPENDENCY);
  const char *pred_id = cvk_gantt_plan_get_task (plan (self), predecessor)->id;
  const char *succ_id = cvk_gantt_plan_get_task (plan (self), successor)->id;
  g_autofree char *id = NULL;
  g_autoptr(CvkDependency) dep = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(CvkDependency) other = g_list_model_get_item (deps, i);
      if (g_str_equal (cvk_dependency_get_predecessor (other), pred_id) &&
          g_str_equal (cvk_dependency_get_successor (other), succ_id))
        {
          gtk_widget_error_bell (GTK_WIDGET (self->chart));
          return;
        }
    }

  id = cvk_store_next_id (self->store, CVK_TYPE_DEPENDENCY, "D");
  dep = cvk_dependency_new (id);
  cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_PREDECESSOR, pred_id);
  cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_SUCCESSOR, succ_id);
  cvk_entity_set_enum (CVK_ENTITY (dep), CVK_DEPENDENCY_RELATION, CVK_DEPENDENCY_FS);
  added = g_ptr_array_new ();
  g_ptr_array_add (added, dep);
  if (!cvk_timeline_check_links (deps, NULL, added, &error) ||
      !cvk_store_insert (self->store, CVK_ENTITY (dep), &error))
    show_error (self, error);
}

static void
edit_item (CvkTimelineView *self,
           CvkItem         *item)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CvkItemEditor *editor;

  if (item == NULL)
    return;
  editor = cvk_item_editor_new (self->store, item);
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
      gtk_window_set_destroy_with_parent (GTK_WINDOW (editor), TRUE);
    }
  gtk_window_present (GTK_WINDOW (editor));
}

static void
chart_task_activated_cb (CvkGanttChart   *chart,
                         guint            task,
                         CvkTimelineView *self)
{
  edit_item (self, cvk_gantt_plan_get_task (plan (self), task)->user_data);
}

static void
tree_activate_cb (GtkColumnView   *view,
                  guint            position,
                  CvkTimelineView *self)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree_model), position);
  g_autoptr(CvkItem) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  edit_item (self, item);
}

/* The siblings of @parent_id (NULL or "" for the roots), in order. */
static GPtrArray *
siblings_of (CvkTimelineView *self,
             const char      *parent_id)
{
  GPtrArray *out = g_ptr_array_new ();
  CvkGanttPlan *p = plan (self);
  int parent = parent_id && *parent_id ? cvk_gantt_plan_find (p, parent_id) : -1;

  for (guint i = 0; i < cvk_gantt_plan_get_n_tasks (p); i++)
    {
      CvkGanttTask *t = cvk_gantt_plan_get_task (p, i);
      if (t->parent == parent)
        g_ptr_array_add (out, t->user_data);
    }
  return out;
}

/* Gives @item the place @index among the children of @parent_id, renumbering
 * the siblings (inside the caller's transaction). */
static gboolean
place_item (CvkTimelineView *self,
            CvkItem         *item,
            const char      *parent_id,
            guint            index,
            GError         **error)
{
  g_autoptr(GPtrArray) siblings = siblings_of (self, parent_id);
  guint position = 0;

  g_ptr_array_remove (siblings, item);
  g_ptr_array_insert (siblings, MIN (index, siblings->len), item);
  for (guint i = 0; i < siblings->len; i++, position++)
    {
      CvkItem *sibling = g_ptr_array_index (siblings, i);
      gboolean is_item = sibling == item;

      if (!is_item && cvk_item_get_position (sibling) == (gint64) position)
        continue;
      /* An item inserted in this transaction is not in the model until the
       * commit: the caller gave it its place before inserting it. */
      if (is_item && cvk_store_lookup (self->store, CVK_TYPE_ITEM,
                                       cvk_entity_get_id (CVK_ENTITY (item))) != item)
        continue;
      if (is_item || cvk_entity_get_pk (CVK_ENTITY (sibling)) != 0)
        {
          g_autoptr(CvkEntity) copy = cvk_entity_copy (CVK_ENTITY (sibling));
          cvk_entity_set_int (copy, CVK_ITEM_POSITION, position);
          if (is_item)
            cvk_entity_set_string (copy, CVK_ITEM_PARENT, parent_id ? parent_id : "");
          if (!cvk_store_update (self->store, copy, error))
            return FALSE;
        }
    }
  return TRUE;
}

static guint
index_in_parent (CvkTimelineView *self,
                 CvkItem         *item)
{
  g_autoptr(GPtrArray) siblings = siblings_of (self, cvk_item_get_parent (item));
  guint index = 0;

  g_ptr_array_find (siblings, item, &index);
  return index;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (widget);
  CvkItem *after = selected_item (self);
  g_autofree char *id = NULL;
  g_autoptr(CvkItem) item = NULL;
  g_autoptr(GError) error = NULL;
  const char *parent = after ? cvk_item_get_parent (after) : "";
  GDate today;

  g_date_clear (&today, 1);
  if (self->store == NULL)
    return;
  id = cvk_store_next_id (self->store, CVK_TYPE_ITEM, "T");
  item = cvk_item_new (id);
  cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_NAME, _("New task"));
  cvk_entity_set_enum (CVK_ENTITY (item), CVK_ITEM_KIND, CVK_ITEM_KIND_TASK);
  cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_PARENT, parent);
  if (after && cvk_item_get_start (after))
    today = *cvk_item_get_start (after);
  else
    g_date_set_julian (&today, cvk_gantt_chart_get_today (self->chart));
  cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_START, &today);
  g_date_add_days (&today, 6);
  cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_END, &today);
  cvk_entity_set_int (CVK_ENTITY (item), CVK_ITEM_POSITION, after ? index_in_parent (self, after) + 1 : 0);

  if (!cvk_store_begin (self->store, _("Add Item"), &error) ||
      !cvk_store_insert (self->store, CVK_ENTITY (item), &error) ||
      (after && !place_item (self, item, parent, index_in_parent (self, after) + 1, &error)) ||
      !cvk_store_commit (self->store, &error))
    {
      if (cvk_store_in_transaction (self->store))
        cvk_store_rollback (self->store);
      show_error (self, error);
      return;
    }
  cvk_timeline_view_select_item (self, id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (widget);
  g_autoptr(CvkItem) item = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *deps;
  const char *id;

  if (selected_item (self) == NULL)
    return;
  item = g_object_ref (selected_item (self));
  id = cvk_entity_get_id (CVK_ENTITY (item));
  deps = cvk_store_get_model (self->store, CVK_TYPE_DEPENDENCY);

  if (!cvk_store_begin (self->store, _("Delete Item"), &error))
    goto failed;
  /* Its dependencies go with it; its children move up to its parent. */
  for (guint i = g_list_model_get_n_items (deps); i-- > 0;)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (deps, i);
      if ((g_strcmp0 (cvk_dependency_get_predecessor (dep), id) == 0 ||
           g_strcmp0 (cvk_dependency_get_successor (dep), id) == 0) &&
          !cvk_store_delete (self->store, CVK_ENTITY (dep), &error))
        goto failed;
    }
  {
    g_autoptr(GPtrArray) kids = siblings_of (self, id);
    for (guint i = 0; i < kids->len; i++)
      if (!cvk_store_set (self->store, g_ptr_array_index (kids, i), &error,
                          "parent", cvk_item_get_parent (item), NULL))
        goto failed;
  }
  if (!cvk_store_delete (self->store, CVK_ENTITY (item), &error) ||
      !cvk_store_commit (self->store, &error))
    goto failed;
  set_selected_id (self, NULL);
  return;

failed:
  if (cvk_store_in_transaction (self->store))
    cvk_store_rollback (self->store);
  show_error (self, error);
}

static void
indent_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (widget);
  CvkItem *item = selected_item (self);
  g_autoptr(GError) error = NULL;
  gboolean indent = g_str_equal (action_name, "timeline.indent");
  g_autofree char *id = NULL;
  gboolean ok;

  if (item == NULL)
    return;
  id = g_strdup (cvk_entity_get_id (CVK_ENTITY (item)));

  if (indent)
    {
      /* Under the sibling above, as its last child. */
      guint index = index_in_parent (self, item);
      g_autoptr(GPtrArray) siblings = siblings_of (self, cvk_item_get_parent (item));
      g_autofree char *new_parent = NULL;
      g_autoptr(GPtrArray) kids = NULL;

      if (index == 0)
        return;
      new_parent = g_strdup (cvk_entity_get_id (g_ptr_array_index (siblings, index - 1)));
      kids = siblings_of (self, new_parent);
      ok = cvk_store_begin (self->store, _("Indent"), &error) &&
           place_item (self, item, new_parent, kids->len, &error) &&
           cvk_store_commit (self->store, &error);
    }
  else
    {
      /* Out of its parent, right after it. */
      CvkItem *parent = cvk_store_lookup (self->store, CVK_TYPE_ITEM, cvk_item_get_parent (item));
      g_autofree char *grand = NULL;

      if (parent == NULL)
        return;
      grand = g_strdup (cvk_item_get_parent (parent));
      ok = cvk_store_begin (self->store, _("Outdent"), &error) &&
           place_item (self, item, grand, index_in_parent (self, parent) + 1, &error) &&
           cvk_store_commit (self->store, &error);
    }
  if (!ok)
    {
      if (cvk_store_in_transaction (self->store))
        cvk_store_rollback (self->store);
      show_error (self, error);
      return;
    }
  cvk_timeline_view_select_item (self, id);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (widget);
  edit_item (self, selected_item (self));
}

/* Navigation ------------------------------------------------------------------------ */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (widget);
  int zoom = cvk_gantt_chart_get_zoom (self->chart);

  if (g_str_equal (action_name, "timeline.zoom-in") && zoom > 0)
    cvk_gantt_chart_set_zoom (self->chart, zoom - 1, -1);
  else if (g_str_equal (action_name, "timeline.zoom-out") && zoom + 1 < CVK_GANTT_N_ZOOMS)
    cvk_gantt_chart_set_zoom (self->chart, zoom + 1, -1);
  else if (g_str_equal (action_name, "timeline.zoom-fit"))
    cvk_gantt_chart_zoom_to_fit (self->chart);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (widget);
  cvk_gantt_chart_scroll_to_day (self->chart, cvk_gantt_chart_get_today (self->chart));
}

static void
goto_activate_cb (GtkSearchEntry  *entry,
                  CvkTimelineView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  CvkGanttPlan *p = plan (self);   /* built: the entry shows */
  g_autofree char *needle = NULL;

  if (p == NULL || *text == '\0')
    return;
  if (cvk_timeline_view_select_item (self, text))
    return;
  needle = g_utf8_casefold (text, -1);
  for (guint i = 0; i < cvk_gantt_plan_get_n_tasks (p); i++)
    {
      CvkGanttTask *t = cvk_gantt_plan_get_task (p, i);
      g_autofree char *id = g_utf8_casefold (t->id, -1);
      g_autofree char *name = g_utf8_casefold (t->name, -1);
      if (g_str_equal (id, needle) || strstr (name, needle) != NULL)
        {
          cvk_timeline_view_select_item (self, t->id);
          gtk_widget_grab_focus (GTK_WIDGET (self->chart));
          return;
        }
    }
  gtk_widget_error_bell (GTK_WIDGET (entry));
}

static void
finding_activated_cb (GtkListView     *list,
                      guint            position,
                      CvkTimelineView *self)
{
  g_autoptr(CvkTimelineFinding) item = g_list_model_get_item (G_LIST_MODEL (self->findings), position);

  if (item && cvk_timeline_view_select_item (self, item->finding->subject))
    gtk_widget_grab_focus (GTK_WIDGET (self->chart));
}

/* The list of findings has its rows only while it shows: a list view
 * makes up to two hundred rows for its model, seen or not, and a plan may
 * have thousands of findings.  It lets go of them once slid out of sight. */
static void
findings_revealer_cb (CvkTimelineView *self)
{
  gboolean shown = gtk_revealer_get_reveal_child (self->findings_revealer) ||
                   gtk_revealer_get_child_revealed (self->findings_revealer);

  if (shown)
    show_the_rest (self);
  if (shown && gtk_list_view_get_model (self->findings_list) == NULL)
    gtk_list_view_set_model (self->findings_list, GTK_SELECTION_MODEL (self->findings_selection));
  else if (!shown)
    gtk_list_view_set_model (self->findings_list, NULL);
}

static void
finding_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_list_item_set_child (list_item, box);
}

static void
finding_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  CvkTimelineFinding *item = gtk_list_item_get_item (list_item);
  const CvkFinding *f = item->finding;
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_next_sibling (icon));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *details = g_strdup_printf ("%s · %s · %s", cvk_severity_to_string (f->severity),
                                              f->rule, f->subject);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), f->severity == CVK_SEVERITY_INFO
                                                  ? "dialog-information-symbolic" : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (box, "finding-error");
  gtk_widget_remove_css_class (box, "finding-warning");
  gtk_widget_remove_css_class (box, "finding-info");
  gtk_widget_add_css_class (box, f->severity == CVK_SEVERITY_ERROR ? "finding-error"
                                 : f->severity == CVK_SEVERITY_WARNING ? "finding-warning" : "finding-info");
  gtk_label_set_text (GTK_LABEL (title), f->message);
  gtk_label_set_text (GTK_LABEL (subtitle), details);
}

/* The tree's header and rows set the chart's ruler and row heights, so
 * that both sides line up whatever the theme and the font. */
static gboolean
align_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (widget);
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->tree));
  GtkWidget *list = header ? gtk_widget_get_next_sibling (header) : NULL;
  GtkWidget *row = list ? gtk_widget_get_first_child (list) : NULL;

  if (header && gtk_widget_get_height (header) > 0)
    cvk_gantt_chart_set_ruler_height (self->chart, gtk_widget_get_height (header));
  if (row && gtk_widget_get_height (row) > 0)
    cvk_gantt_chart_set_row_height (self->chart, gtk_widget_get_height (row));
  return G_SOURCE_CONTINUE;
}

/* GObject ------------------------------------------------------------------------------ */

static void
cvk_timeline_view_dispose (GObject *object)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (object);

  if (self->store)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  if (self->tree_model)
    g_signal_handlers_disconnect_by_func (self->tree_model, tree_items_changed_cb, self);
  g_clear_handle_id (&self->sync_rows_id, g_source_remove);
  g_clear_handle_id (&self->rest_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CVK_TYPE_TIMELINE_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->roots);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->findings_selection);
  g_clear_object (&self->findings);
  g_clear_pointer (&self->prepared_findings, g_ptr_array_unref);

  G_OBJECT_CLASS (cvk_timeline_view_parent_class)->dispose (object);
}

static void
cvk_timeline_view_finalize (GObject *object)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (object);

  g_free (self->selected_id);

  G_OBJECT_CLASS (cvk_timeline_view_parent_class)->finalize (object);
}

static void
cvk_timeline_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_string (value, zoom_names[cvk_gantt_chart_get_zoom (self->chart)]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cvk_timeline_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CvkTimelineView *self = CVK_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      for (guint i = 0; i < G_N_ELEMENTS (zoom_names); i++)
        if (g_strcmp0 (g_value_get_string (value), zoom_names[i]) == 0)
          cvk_gantt_chart_set_zoom (self->chart, i, -1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chart_zoom_cb (CvkGanttChart   *chart,
               GParamSpec      *pspec,
               CvkTimelineView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
cvk_timeline_view_class_init (CvkTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cvk_timeline_view_dispose;
  object_class->finalize = cvk_timeline_view_finalize;
  object_class->get_property = cvk_timeline_view_get_property;
  object_class->set_property = cvk_timeline_view_set_property;
  widget_class->map = cvk_timeline_view_map;
  widget_class->unmap = cvk_timeline_view_unmap;

  properties[PROP_ZOOM] =
    g_param_spec_string ("zoom", NULL, NULL, "month",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CVK_TYPE_GANTT_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/timeline/cvk-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, tree);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, tree_scroller);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, chart_scroller);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, chart);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, critical_button);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, findings_button);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, findings_revealer);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, goto_entry);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, CvkTimelineView, content_stack);

  gtk_widget_class_install_property_action (widget_class, "timeline.zoom", "zoom");
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "timeline.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "timeline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "timeline.indent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "timeline.outdent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "timeline.edit", NULL, edit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "timeline.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "timeline.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "timeline.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK, "timeline.indent", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketleft, GDK_CONTROL_MASK, "timeline.outdent", NULL);
}

static void
cvk_timeline_view_init (CvkTimelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->roots = g_list_store_new (CVK_TYPE_ITEM);
  self->children = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->tree, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (tree_selection_cb), self);

  /* Translators: column titles of the timeline's tree */
  add_column (self, _("ID"), COL_ID, 100, FALSE);
  add_column (self, _("Name"), COL_NAME, -1, TRUE);
  add_column (self, _("Dates"), COL_DATES, 132, FALSE);
  add_column (self, _("Owner"), COL_OWNER, 58, FALSE);
  add_column (self, _("Progress"), COL_PROGRESS, 70, FALSE);
  gtk_column_view_set_show_row_separators (self->tree, FALSE);
  g_signal_connect (self->tree, "activate", G_CALLBACK (tree_activate_cb), self);

  /* One vertical adjustment for the tree and the chart. */
  gtk_scrolled_window_set_vadjustment (self->chart_scroller,
                                       gtk_scrolled_window_get_vadjustment (self->tree_scroller));

  g_signal_connect (self->chart, "task-selected", G_CALLBACK (chart_task_selected_cb), self);
  g_signal_connect (self->chart, "task-activated", G_CALLBACK (chart_task_activated_cb), self);
  g_signal_connect (self->chart, "edit-task", G_CALLBACK (chart_edit_task_cb), self);
  g_signal_connect (self->chart, "link-tasks", G_CALLBACK (chart_link_tasks_cb), self);
  g_signal_connect (self->chart, "notify::zoom", G_CALLBACK (chart_zoom_cb), self);
  g_object_bind_property (self->critical_button, "active", self->chart, "show-critical",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect (self->goto_entry, "activate", G_CALLBACK (goto_activate_cb), self);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    self->findings = g_list_store_new (CVK_TYPE_TIMELINE_FINDING);
    g_signal_connect (factory, "setup", G_CALLBACK (finding_setup_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (finding_bind_cb), NULL);
    gtk_list_view_set_factory (self->findings_list, factory);
    g_object_unref (factory);
    self->findings_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->findings)));
    g_signal_connect_object (self->findings_revealer, "notify::reveal-child",
                             G_CALLBACK (findings_revealer_cb), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->findings_revealer, "notify::child-revealed",
                             G_CALLBACK (findings_revealer_cb), self, G_CONNECT_SWAPPED);
    findings_revealer_cb (self);
    g_signal_connect (self->findings_list, "activate", G_CALLBACK (finding_activated_cb), self);
  }

  gtk_widget_add_tick_callback (GTK_WIDGET (self), align_tick_cb, NULL, NULL);
  set_selected_id (self, NULL);
}

CvkTimelineView *
cvk_timeline_view_new (void)
{
  return g_object_new (CVK_TYPE_TIMELINE_VIEW, NULL);
}

void
cvk_timeline_view_set_store (CvkTimelineView *self,
                             CvkStore        *store)
{
  g_return_if_fail (CVK_IS_TIMELINE_VIEW (self));
  g_return_if_fail (store == NULL || CVK_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  set_selected_id (self, NULL);

  /* Whatever was left of the last document's opening goes with it. */
  self->rebuild_pending = FALSE;
  end_opening (self);
  g_list_store_remove_all (self->findings);

  if (store)
    {
      g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
      self->opening = TRUE;
      rebuild_when_seen (self);
      wait_for_first_frame (self);
    }
}

CvkStore *
cvk_timeline_view_get_store (CvkTimelineView *self)
{
  g_return_val_if_fail (CVK_IS_TIMELINE_VIEW (self), NULL);
  return self->store;
}
