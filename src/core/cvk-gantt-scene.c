/* cvk-gantt-scene.c: the layout of the Gantt chart, as a list of primitives
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-gantt-scene"

#include "config.h"

#include <glib/gi18n-lib.h>
#include "cvk-critical-path.h"
#include "cvk-dependency.h"
#include "cvk-doc-settings.h"
#include "cvk-enum-types.h"
#include "cvk-gantt-scene.h"
#include "cvk-item.h"

/* Links that span more rows than this are kept in a list of their own; the
 * others are found through the rows within this distance of the view. */
#define LONG_LINK_ROWS 128

/* Pixels between a shape and the elbow of an arrow. */
#define ARROW_GAP 8.0

/* Rounding without libm (the core library links nothing but GLib). */
static inline double
floor_d (double v)
{
  double t = (double) (gint64) v;
  return t > v ? t - 1 : t;
}

static inline double
ceil_d (double v)
{
  return -floor_d (-v);
}

static inline double
round_d (double v)
{
  return floor_d (v + 0.5);
}

/* ------------------------------------------------------------------------ */
/* Plan                                                                      */
/* ------------------------------------------------------------------------ */

struct _CvkGanttPlan
{
  GArray     *tasks;        /* of CvkGanttTask */
  GArray     *links;        /* of CvkGanttLink */
  GArray     *blackouts;    /* of CvkYearlyPeriod */
  GHashTable *by_id;        /* id -> index + 1 */
  GStringChunk *strings;    /* the tasks' IDs and names */

  /* Rows: set, or every task when rows_default. */
  gboolean    rows_default;
  GArray     *rows;         /* of guint: task per row */
  GArray     *task_row;     /* of int: row per task, -1 hidden */

  /* Derived, rebuilt on demand. */
  gboolean    adjacency_dirty;
  guint      *adj_start;    /* n_tasks + 1 */
  guint      *adj;          /* the links of each task, in and out */
  gboolean    long_dirty;
  GArray     *long_links;   /* of guint */
  gboolean    meetings_dirty;
  GArray     *meetings;     /* of guint: meeting tasks by start */
};

static void
task_clear (gpointer data)
{
  CvkGanttTask *task = data;

  g_clear_pointer (&task->finding, g_free);
}

CvkGanttPlan *
cvk_gantt_plan_new (void)
{
  CvkGanttPlan *plan = g_new0 (CvkGanttPlan, 1);

  plan->tasks = g_array_new (FALSE, TRUE, sizeof (CvkGanttTask));
  g_array_set_clear_func (plan->tasks, task_clear);
  plan->links = g_array_new (FALSE, TRUE, sizeof (CvkGanttLink));
  plan->blackouts = g_array_new (FALSE, TRUE, sizeof (CvkYearlyPeriod));
  plan->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  plan->strings = g_string_chunk_new (4096);
  plan->rows_default = TRUE;
  plan->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  plan->task_row = g_array_new (FALSE, FALSE, sizeof (int));
  plan->long_links = g_array_new (FALSE, FALSE, sizeof (guint));
  plan->meetings = g_array_new (FALSE, FALSE, sizeof (guint));
  plan->adjacency_dirty = plan->long_dirty = plan->meetings_dirty = TRUE;
  return plan;
}

void
cvk_gantt_plan_free (CvkGanttPlan *plan)
{
  if (plan == NULL)
    return;
  g_hash_table_unref (plan->by_id);
  g_array_unref (plan->tasks);
  g_string_chunk_free (plan->strings);
  g_array_unref (plan->links);
  g_array_unref (plan->blackouts);
  g_array_unref (plan->rows);
  g_array_unref (plan->task_row);
  g_array_unref (plan->long_links);
  g_array_unref (plan->meetings);
  g_free (plan->adj_start);
  g_free (plan->adj);
  g_free (plan);
}

static gint32
julian_or_zero (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? (gint32) g_date_get_julian (date) : 0;
}

/* @id is in plan->strings already. */
static guint
add_task_interned (CvkGanttPlan    *plan,
                   const char      *id,
                   const char      *name,
                   CvkItemKind      kind,
                   int              parent,
                   const CvkPeriod *period,
                   CvkDateStatus    status)
{
  CvkGanttTask task = { 0 };
  guint index = plan->tasks->len;

  task.id = id;
  task.name = g_string_chunk_insert (plan->strings, name ? name : "");
  task.kind = kind;
  task.body = CVK_BODY_NONE;
  task.parent = parent;
  task.depth = parent >= 0 ? g_array_index (plan->tasks, CvkGanttTask, parent).depth + 1 : 0;
  task.status = status;
  if (period != NULL)
    {
      task.first = julian_or_zero (&period->first);
      task.last = julian_or_zero (&period->last);
      task.precision = period->precision;
      if (task.last < task.first)
        task.last = task.first;
    }
  g_array_append_val (plan->tasks, task);
  g_hash_table_insert (plan->by_id, (gpointer) task.id, GUINT_TO_POINTER (index + 1));

  plan->rows_default = TRUE;
  plan->adjacency_dirty = plan->long_dirty = TRUE;
  if (kind == CVK_ITEM_KIND_MEETING)
    plan->meetings_dirty = TRUE;
  return index;
}

guint
cvk_gantt_plan_add_task (CvkGanttPlan    *plan,
                         const char      *id,
                         const char      *name,
                         CvkItemKind      kind,
                         int              parent,
                         const CvkPeriod *period,
                         CvkDateStatus    status)
{
  g_return_val_if_fail (id != NULL, G_MAXUINT);
  g_return_val_if_fail (parent < (int) plan->tasks->len, G_MAXUINT);

  return add_task_interned (plan, g_string_chunk_insert (plan->strings, id), name, kind, parent, period,
                            status);
}

void
cvk_gantt_plan_add_link (CvkGanttPlan      *plan,
                         guint              predecessor,
                         guint              successor,
                         CvkDependencyType  type,
                         int                lag)
{
  CvkGanttLink link = { predecessor, successor, type, lag, FALSE };

  g_return_if_fail (predecessor < plan->tasks->len && successor < plan->tasks->len);

  g_array_append_val (plan->links, link);
  plan->adjacency_dirty = plan->long_dirty = TRUE;
}

void
cvk_gantt_plan_add_blackout (CvkGanttPlan          *plan,
                             const CvkYearlyPeriod *period)
{
  g_array_append_val (plan->blackouts, *period);
}

guint
cvk_gantt_plan_get_n_tasks (const CvkGanttPlan *plan)
{
  return plan->tasks->len;
}

CvkGanttTask *
cvk_gantt_plan_get_task (CvkGanttPlan *plan,
                         guint         index)
{
  g_return_val_if_fail (index < plan->tasks->len, NULL);
  return &g_array_index (plan->tasks, CvkGanttTask, index);
}

guint
cvk_gantt_plan_get_n_links (const CvkGanttPlan *plan)
{
  return plan->links->len;
}

const CvkGanttLink *
cvk_gantt_plan_get_link (const CvkGanttPlan *plan,
                         guint               index)
{
  g_return_val_if_fail (index < plan->links->len, NULL);
  return &g_array_index (plan->links, CvkGanttLink, index);
}

int
cvk_gantt_plan_find (const CvkGanttPlan *plan,
                     const char         *id)
{
  gpointer value = id ? g_hash_table_lookup (plan->by_id, id) : NULL;
  return value ? (int) GPOINTER_TO_UINT (value) - 1 : -1;
}

gboolean
cvk_gantt_plan_get_range (const CvkGanttPlan *plan,
                          gint32             *first,
                          gint32             *last)
{
  gint32 lo = G_MAXINT32, hi = 0;

  for (guint i = 0; i < plan->tasks->len; i++)
    {
      const CvkGanttTask *task = &g_array_index (plan->tasks, CvkGanttTask, i);
      if (task->first == 0)
        continue;
      lo = MIN (lo, task->first);
      hi = MAX (hi, task->last);
    }
  if (hi == 0)
    return FALSE;
  *first = lo;
  *last = hi;
  return TRUE;
}

void
cvk_gantt_plan_shift_task (CvkGanttPlan *plan,
                           guint         index,
                           int           days)
{
  CvkGanttTask *task = cvk_gantt_plan_get_task (plan, index);

  if (task == NULL || task->first == 0)
    return;
  task->first += days;
  task->last += days;
  if (task->kind == CVK_ITEM_KIND_MEETING)
    plan->meetings_dirty = TRUE;
}

void
cvk_gantt_plan_apply_findings (CvkGanttPlan *plan,
                               GPtrArray    *findings)
{
  for (guint i = 0; i < plan->tasks->len; i++)
    {
      CvkGanttTask *task = &g_array_index (plan->tasks, CvkGanttTask, i);
      task->flags &= ~(CVK_GANTT_TASK_WARNING | CVK_GANTT_TASK_INFO);
      g_clear_pointer (&task->finding, g_free);
    }

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const CvkFinding *finding = g_ptr_array_index (findings, i);
      int index = cvk_gantt_plan_find (plan, finding->subject);
      CvkGanttTask *task;
      char *joined;

      if (index < 0)
        continue;
      task = cvk_gantt_plan_get_task (plan, index);
      task->flags |= finding->severity == CVK_SEVERITY_INFO ? CVK_GANTT_TASK_INFO
                                                             : CVK_GANTT_TASK_WARNING;
      joined = task->finding ? g_strconcat (task->finding, "\n", finding->message, NULL)
                             : g_strdup (finding->message);
      g_free (task->finding);
      task->finding = joined;
    }
}

guint
cvk_gantt_plan_update_critical (CvkGanttPlan *plan,
                                int           tolerance_days)
{
  guint n_tasks = plan->tasks->len, n_links = plan->links->len;
  g_autofree CvkCpTask *tasks = g_new (CvkCpTask, MAX (n_tasks, 1));
  g_autofree CvkCpLink *links = g_new (CvkCpLink, MAX (n_links, 1));
  g_autoptr(CvkCpResult) result = NULL;

  for (guint i = 0; i < n_tasks; i++)
    {
      const CvkGanttTask *task = &g_array_index (plan->tasks, CvkGanttTask, i);
      tasks[i].first = task->first;
      tasks[i].last = task->last;
      tasks[i].ignore = task->kind == CVK_ITEM_KIND_PHASE;
    }
  for (guint l = 0; l < n_links; l++)
    {
      const CvkGanttLink *link = &g_array_index (plan->links, CvkGanttLink, l);
      links[l].predecessor = link->predecessor;
      links[l].successor = link->successor;
      links[l].type = link->type;
      links[l].lag = link->lag;
    }

  result = cvk_critical_path_compute (tasks, n_tasks, links, n_links, tolerance_days);

  for (guint i = 0; i < n_tasks; i++)
    {
      CvkGanttTask *task = &g_array_index (plan->tasks, CvkGanttTask, i);
      if (result->critical[i])
        task->flags |= CVK_GANTT_TASK_CRITICAL;
      else
        task->flags &= ~CVK_GANTT_TASK_CRITICAL;
    }
  for (guint l = 0; l < n_links; l++)
    g_array_index (plan->links, CvkGanttLink, l).critical = result->link_critical[l];

  return result->n_critical;
}

/* Rows ------------------------------------------------------------------- */

static void
ensure_rows (CvkGanttPlan *plan)
{
  guint n = plan->tasks->len;

  if (!plan->rows_default)
    return;
  plan->rows_default = FALSE;
  g_array_set_size (plan->rows, n);
  g_array_set_size (plan->task_row, n);
  for (guint i = 0; i < n; i++)
    {
      g_array_index (plan->rows, guint, i) = i;
      g_array_index (plan->task_row, int, i) = (int) i;
    }
  plan->long_dirty = TRUE;
}

void
cvk_gantt_plan_set_rows (CvkGanttPlan *plan,
                         const guint  *tasks,
                         guint         n_rows)
{
  guint n = plan->tasks->len;

  plan->rows_default = FALSE;
  g_array_set_size (plan->rows, 0);
  g_array_set_size (plan->task_row, n);
  for (guint i = 0; i < n; i++)
    g_array_index (plan->task_row, int, i) = -1;
  for (guint r = 0; r < n_rows; r++)
    {
      if (tasks[r] >= n)
        continue;
      g_array_index (plan->task_row, int, tasks[r]) = (int) plan->rows->len;
      g_array_append_val (plan->rows, tasks[r]);
    }
  plan->long_dirty = TRUE;
}

void
cvk_gantt_plan_flatten (CvkGanttPlan   *plan,
                        const gboolean *collapsed)
{
  guint n = plan->tasks->len;
  g_autofree guint *rows = g_new (guint, MAX (n, 1));
  g_autofree gboolean *hidden = g_new0 (gboolean, MAX (n, 1));
  guint n_rows = 0;

  /* Tasks are in tree order: a parent comes before its children. */
  for (guint i = 0; i < n; i++)
    {
      int parent = g_array_index (plan->tasks, CvkGanttTask, i).parent;
      if (parent >= 0 && (hidden[parent] || (collapsed != NULL && collapsed[parent])))
        hidden[i] = TRUE;
      else
        rows[n_rows++] = i;
    }
  cvk_gantt_plan_set_rows (plan, rows, n_rows);
}

guint
cvk_gantt_plan_get_n_rows (const CvkGanttPlan *plan)
{
  return plan->rows_default ? plan->tasks->len : plan->rows->len;
}

guint
cvk_gantt_plan_row_task (const CvkGanttPlan *plan,
                         guint               row)
{
  if (plan->rows_default)
    return row < plan->tasks->len ? row : G_MAXUINT;
  return row < plan->rows->len ? g_array_index (plan->rows, guint, row) : G_MAXUINT;
}

int
cvk_gantt_plan_task_row (const CvkGanttPlan *plan,
                         guint               task)
{
  if (plan->rows_default)
    return task < plan->tasks->len ? (int) task : -1;
  return task < plan->task_row->len ? g_array_index (plan->task_row, int, task) : -1;
}

/* Derived indexes ----------------------------------------------------------- */

static void
ensure_adjacency (CvkGanttPlan *plan)
{
  guint n = plan->tasks->len, n_links = plan->links->len;
  g_autofree guint *fill = NULL;

  if (!plan->adjacency_dirty)
    return;
  plan->adjacency_dirty = FALSE;

  g_free (plan->adj_start);
  g_free (plan->adj);
  plan->adj_start = g_new0 (guint, n + 1);
  plan->adj = g_new (guint, MAX (2 * n_links, 1));

  for (guint l = 0; l < n_links; l++)
    {
      const CvkGanttLink *link = &g_array_index (plan->links, CvkGanttLink, l);
      plan->adj_start[link->predecessor + 1]++;
      if (link->successor != link->predecessor)
        plan->adj_start[link->successor + 1]++;
    }
  for (guint i = 0; i < n; i++)
    plan->adj_start[i + 1] += plan->adj_start[i];

  fill = g_memdup2 (plan->adj_start, sizeof (guint) * (n + 1));
  for (guint l = 0; l < n_links; l++)
    {
      const CvkGanttLink *link = &g_array_index (plan->links, CvkGanttLink, l);
      plan->adj[fill[link->predecessor]++] = l;
      if (link->successor != link->predecessor)
        plan->adj[fill[link->successor]++] = l;
    }
}

static void
ensure_long_links (CvkGanttPlan *plan)
{
  ensure_rows (plan);
  if (!plan->long_dirty)
    return;
  plan->long_dirty = FALSE;

  g_array_set_size (plan->long_links, 0);
  for (guint l = 0; l < plan->links->len; l++)
    {
      const CvkGanttLink *link = &g_array_index (plan->links, CvkGanttLink, l);
      int a = cvk_gantt_plan_task_row (plan, link->predecessor);
      int b = cvk_gantt_plan_task_row (plan, link->successor);
      if (a >= 0 && b >= 0 && ABS (a - b) > LONG_LINK_ROWS)
        g_array_append_val (plan->long_links, l);
    }
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  CvkGanttPlan *plan = user_data;
  const CvkGanttTask *ta = &g_array_index (plan->tasks, CvkGanttTask, *(const guint *) a);
  const CvkGanttTask *tb = &g_array_index (plan->tasks, CvkGanttTask, *(const guint *) b);

  return (ta->first > tb->first) - (ta->first < tb->first);
}

static void
ensure_meetings (CvkGanttPlan *plan)
{
  if (!plan->meetings_dirty)
    return;
  plan->meetings_dirty = FALSE;

  g_array_set_size (plan->meetings, 0);
  for (guint i = 0; i < plan->tasks->len; i++)
    {
      const CvkGanttTask *task = &g_array_index (plan->tasks, CvkGanttTask, i);
      if (task->kind == CVK_ITEM_KIND_MEETING && task->first != 0 && task->body != CVK_BODY_IEWSC)
        g_array_append_val (plan->meetings, i);
    }
  g_array_sort_with_data (plan->meetings, compare_meetings, plan);
}

/* From the store's models ------------------------------------------------------ */

/* One item of the model on its way into the plan: its sort key among its
 * siblings (position, then ID) read once, not at every comparison. */
typedef struct
{
  CvkItem    *item;       /* the model holds it */
  const char *id;
  gint64      position;
  int         parent;     /* index in the nodes, -1 for a root */
  guint       node;       /* its own index */
} Node;

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  const Node *na = a, *nb = b;

  if (na->parent != nb->parent)
    return na->parent < nb->parent ? -1 : 1;
  if (na->position != nb->position)
    return na->position < nb->position ? -1 : 1;
  return strcmp (na->id, nb->id);
}

static guint
add_node_task (CvkGanttPlan *plan,
               const Node   *node,
               int           parent_task)
{
  CvkItem *item = node->item;
  CvkPeriod period = { 0 };
  const GDate *start = cvk_item_get_start (item);
  const GDate *end = cvk_item_get_end (item);
  CvkGanttTask *task;
  guint index;

  period.precision = cvk_item_get_precision (item);
  if (start != NULL || end != NULL)
    {
      period.first = start ? *start : *end;
      period.last = end ? *end : *start;
    }
  index = add_task_interned (plan, node->id, cvk_item_get_name (item), cvk_item_get_kind (item),
                             parent_task, (start || end) ? &period : NULL, cvk_item_get_status (item));
  task = cvk_gantt_plan_get_task (plan, index);
  task->body = cvk_item_get_body (item);
  task->progress = (guint8) CLAMP (cvk_item_get_progress (item), 0, 100);
  task->user_data = item;
  return index;
}

typedef struct
{
  guint sorted;        /* index in the sorted nodes */
  int   parent_task;
} Visit;

/* Adds the subtree under sorted[@from] in tree order (depth first, siblings
 * by position), without recursion: a plan may nest deep. */
static void
add_subtree (CvkGanttPlan *plan,
             const Node   *sorted,
             const guint  *kids_start,
             const guint  *kids_end,
             gboolean     *added,
             GArray       *stack,
             guint         from)
{
  Visit root = { from, -1 };

  g_array_set_size (stack, 0);
  g_array_append_val (stack, root);
  while (stack->len > 0)
    {
      Visit v = g_array_index (stack, Visit, stack->len - 1);
      const Node *node = &sorted[v.sorted];
      guint task;

      g_array_set_size (stack, stack->len - 1);
      if (added[node->node])
        continue;
      added[node->node] = TRUE;
      task = add_node_task (plan, node, v.parent_task);
      /* Pushed last to first, so that the first child comes out next. */
      for (guint k = kids_end[node->node]; k > kids_start[node->node]; k--)
        {
          Visit kid = { k - 1, (int) task };
          g_array_append_val (stack, kid);
        }
    }
}

CvkGanttPlan *
cvk_gantt_plan_new_from_models (GListModel           *items,
                                GListModel           *dependencies,
                                const CvkDocSettings *settings)
{
  CvkGanttPlan *plan = cvk_gantt_plan_new ();
  /* The plan's own table, ID -> node + 1 to begin with, then ID -> task + 1
   * as each task is added: one table, its keys the tasks' IDs. */
  GHashTable *by_id = plan->by_id;
  g_autoptr(CvkDocSettings) defaults = NULL;
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Visit));
  guint n = items ? g_list_model_get_n_items (items) : 0;
  g_autofree Node *nodes = g_new (Node, MAX (n, 1));
  g_autofree guint *kids_start = g_new0 (guint, MAX (n, 1));
  g_autofree guint *kids_end = g_new0 (guint, MAX (n, 1));
  g_autofree gboolean *added = g_new0 (gboolean, MAX (n, 1));
  guint n_nodes = 0;
  gboolean twice = FALSE;

  /* Room for every task at once. */
  g_array_set_size (plan->tasks, n);
  g_array_set_size (plan->tasks, 0);

  /* The items, each ID once.  The store allows no two items with one ID;
   * should a model have them, the last wins, as it does for the rules. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CvkItem) item = g_list_model_get_item (items, i);
      const char *id = g_string_chunk_insert (plan->strings, cvk_entity_get_id (CVK_ENTITY (item)));

      nodes[n_nodes] = (Node) { item, id, cvk_item_get_position (item), -1, n_nodes };
      if (!g_hash_table_replace (by_id, (gpointer) id, GUINT_TO_POINTER (n_nodes + 1)))
        twice = TRUE;
      n_nodes++;
    }
  if (twice)
    {
      guint kept = 0;

      for (guint i = 0; i < n_nodes; i++)
        if (GPOINTER_TO_UINT (g_hash_table_lookup (by_id, nodes[i].id)) == i + 1)
          {
            nodes[kept] = nodes[i];
            nodes[kept].node = kept;
            g_hash_table_insert (by_id, (gpointer) nodes[kept].id, GUINT_TO_POINTER (kept + 1));
            kept++;
          }
      n_nodes = kept;
    }
  /* Their parents; an unknown parent makes a root. */
  for (guint i = 0; i < n_nodes; i++)
    {
      const char *parent = cvk_item_get_parent (nodes[i].item);

      if (parent[0] != '\0')
        nodes[i].parent = (int) GPOINTER_TO_UINT (g_hash_table_lookup (by_id, parent)) - 1;
    }

  /* Sorted by parent then position, the children of each item are a run:
   * the roots first (parent -1), then each item's children. */
  qsort (nodes, n_nodes, sizeof (Node), compare_nodes);
  for (guint i = 0; i < n_nodes; i++)
    if (nodes[i].parent >= 0)
      {
        guint p = (guint) nodes[i].parent;
        if (kids_end[p] == 0)
          kids_start[p] = i;
        kids_end[p] = i + 1;
      }

  for (guint i = 0; i < n_nodes && nodes[i].parent < 0; i++)
    add_subtree (plan, nodes, kids_start, kids_end, added, stack, i);

  /* Items on a cycle of parents are reached from no root: show them as
   * roots, by position then ID as siblings are; the items below them
   * follow them, each under its parent. */
  {
    g_autoptr(GArray) left = g_array_new (FALSE, FALSE, sizeof (Node));
    g_autofree guint *sorted_of = g_new (guint, MAX (n_nodes, 1));
    g_autofree guint8 *state = g_new0 (guint8, MAX (n_nodes, 1));   /* 1: on the way up, 2: seen */
    g_autofree gboolean *on_cycle = g_new0 (gboolean, MAX (n_nodes, 1));

    for (guint i = 0; i < n_nodes; i++)
      sorted_of[nodes[i].node] = i;
    /* Up the parents from each item left out, until a cycle or an item
     * seen before: each item has one parent, so each way up ends in one. */
    for (guint i = 0; i < n_nodes; i++)
      {
        guint v = nodes[i].node;

        if (added[v] || state[v] != 0)
          continue;
        while (state[v] == 0)
          {
            state[v] = 1;
            v = (guint) nodes[sorted_of[v]].parent;
          }
        if (state[v] == 1)
          for (guint w = v; !on_cycle[w]; w = (guint) nodes[sorted_of[w]].parent)
            on_cycle[w] = TRUE;
        for (v = nodes[i].node; state[v] == 1; v = (guint) nodes[sorted_of[v]].parent)
          state[v] = 2;
      }

    for (guint i = 0; i < n_nodes; i++)
      if (!added[nodes[i].node] && on_cycle[nodes[i].node])
        {
          Node orphan = nodes[i];
          orphan.parent = -1;
          orphan.node = i;   /* here: its index in the sorted nodes */
          g_array_append_val (left, orphan);
        }
    g_array_sort (left, compare_nodes);
    for (guint i = 0; i < left->len; i++)
      add_subtree (plan, nodes, kids_start, kids_end, added, stack,
                   g_array_index (left, Node, i).node);
  }
  /* Each item is a task by now: an item not under a root is under a cycle
   * of parents, whose items were all made roots.  So by_id maps every ID
   * to its task. */

  n = dependencies ? g_list_model_get_n_items (dependencies) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (dependencies, i);
      int p = cvk_gantt_plan_find (plan, cvk_dependency_get_predecessor (dep));
      int s = cvk_gantt_plan_find (plan, cvk_dependency_get_successor (dep));

      if (p >= 0 && s >= 0)
        cvk_gantt_plan_add_link (plan, p, s, cvk_dependency_get_relation (dep),
                                 (int) CLAMP (cvk_dependency_get_lag (dep), -100000, 100000));
    }

  if (settings == NULL)
    settings = defaults = cvk_doc_settings_new ();
  for (guint i = 0; settings->blackouts != NULL && i < settings->blackouts->len; i++)
    cvk_gantt_plan_add_blackout (plan, &g_array_index (settings->blackouts, CvkYearlyPeriod, i));

  return plan;
}

/* ------------------------------------------------------------------------ */
/* Scale                                                                     */
/* ------------------------------------------------------------------------ */

double
cvk_gantt_zoom_px_per_day (CvkGanttZoom zoom)
{
  switch (zoom)
    {
    case CVK_GANTT_ZOOM_WEEK:    return 20.0;   /* 140 px a week */
    case CVK_GANTT_ZOOM_MONTH:   return 5.0;    /* about 150 px a month */
    case CVK_GANTT_ZOOM_QUARTER: return 1.6;    /* about 146 px a quarter */
    case CVK_GANTT_ZOOM_YEAR:    return 0.5;    /* about 183 px a year */
    default:                     g_return_val_if_reached (5.0);
    }
}

void
cvk_gantt_scale_init (CvkGanttScale *scale,
                      CvkGanttZoom   zoom,
                      gint32         origin)
{
  scale->zoom = zoom;
  scale->px_per_day = cvk_gantt_zoom_px_per_day (zoom);
  scale->origin = origin;
}

CvkGanttZoom
cvk_gantt_zoom_to_fit (gint32 days,
                       double width)
{
  for (int zoom = CVK_GANTT_ZOOM_WEEK; zoom < CVK_GANTT_N_ZOOMS; zoom++)
    if (days * cvk_gantt_zoom_px_per_day (zoom) <= width)
      return zoom;
  return CVK_GANTT_ZOOM_YEAR;
}

double
cvk_gantt_scale_day_to_x (const CvkGanttScale *scale,
                          gint32               day)
{
  return ((double) day - scale->origin) * scale->px_per_day;
}

double
cvk_gantt_scale_date_to_x (const CvkGanttScale *scale,
                           const GDate         *date)
{
  return cvk_gantt_scale_day_to_x (scale, (gint32) g_date_get_julian (date));
}

gint32
cvk_gantt_scale_x_to_day (const CvkGanttScale *scale,
                          double               x)
{
  return scale->origin + (gint32) floor_d (x / scale->px_per_day);
}

int
cvk_gantt_scale_step_days (const CvkGanttScale *scale)
{
  return scale->zoom >= CVK_GANTT_ZOOM_QUARTER ? 7 : 1;
}

int
cvk_gantt_scale_snap_days (const CvkGanttScale *scale,
                           double               dx)
{
  int step = cvk_gantt_scale_step_days (scale);
  double days = dx / scale->px_per_day;

  return (int) round_d (days / step) * step;
}

double
cvk_gantt_scale_zoom_at (CvkGanttScale *scale,
                         CvkGanttZoom   zoom,
                         double         scroll_x,
                         double         anchor_x)
{
  double day = (scroll_x + anchor_x) / scale->px_per_day;   /* fractional days from origin */

  scale->zoom = zoom;
  scale->px_per_day = cvk_gantt_zoom_px_per_day (zoom);
  return day * scale->px_per_day - anchor_x;
}

/* ------------------------------------------------------------------------ */
/* Scene                                                                     */
/* ------------------------------------------------------------------------ */

struct _CvkGanttScene
{
  GArray       *prims;       /* of CvkGanttPrim */
  GStringChunk *strings;
  guint        *link_stamp;  /* one per link: the build that has seen it */
  guint         n_link_stamp;
  guint         stamp;

  /* What the last build covered, for hits. */
  double        row_height;
  double        ruler_height;
  double        scroll_y;
  CvkGanttPlan *plan;
};

void
cvk_gantt_style_init (CvkGanttStyle *style)
{
  memset (style, 0, sizeof *style);
  style->row_height = 28.0;
  style->ruler_height = 44.0;
  style->selected = G_MAXUINT;
}

CvkGanttScene *
cvk_gantt_scene_new (void)
{
  CvkGanttScene *scene = g_new0 (CvkGanttScene, 1);

  scene->prims = g_array_sized_new (FALSE, FALSE, sizeof (CvkGanttPrim), 256);
  scene->strings = g_string_chunk_new (1024);
  return scene;
}

void
cvk_gantt_scene_free (CvkGanttScene *scene)
{
  if (scene == NULL)
    return;
  g_array_unref (scene->prims);
  g_string_chunk_free (scene->strings);
  g_free (scene->link_stamp);
  g_free (scene);
}

guint
cvk_gantt_scene_get_n_prims (const CvkGanttScene *scene)
{
  return scene->prims->len;
}

const CvkGanttPrim *
cvk_gantt_scene_get_prim (const CvkGanttScene *scene,
                          guint                index)
{
  g_return_val_if_fail (index < scene->prims->len, NULL);
  return &g_array_index (scene->prims, CvkGanttPrim, index);
}

const CvkGanttPrim *
cvk_gantt_scene_find (const CvkGanttScene *scene,
                      CvkGanttPrimKind     kind,
                      guint                task)
{
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const CvkGanttPrim *prim = &g_array_index (scene->prims, CvkGanttPrim, i);
      if (prim->kind == kind && prim->task == task)
        return prim;
    }
  return NULL;
}

/* What a build needs at hand. */
typedef struct
{
  CvkGanttScene          *scene;
  CvkGanttPlan           *plan;
  const CvkGanttScale    *scale;
  const CvkGanttStyle    *style;
  const CvkGanttViewport *vp;
  double                  body_top;     /* = ruler height */
  double                  body_height;
  gint32                  day0, day1;   /* the days in view, a day of margin */
  guint                   row0, row1;   /* the rows in view, [row0, row1) */
} Build;

static CvkGanttPrim *
push (Build            *b,
      CvkGanttPrimKind  kind,
      guint             task,
      double            x,
      double            y,
      double            width,
      double            height)
{
  CvkGanttPrim *prim;

  g_array_set_size (b->scene->prims, b->scene->prims->len + 1);
  prim = &g_array_index (b->scene->prims, CvkGanttPrim, b->scene->prims->len - 1);
  memset (prim, 0, sizeof *prim);
  prim->kind = kind;
  prim->task = task;
  prim->link = G_MAXUINT;
  prim->x = (float) x;
  prim->y = (float) y;
  prim->width = (float) width;
  prim->height = (float) height;
  return prim;
}

static inline double
vx (const Build *b,
    gint32       day)
{
  return cvk_gantt_scale_day_to_x (b->scale, day) - b->vp->x;
}

static inline double
row_y (const Build *b,
       int          row)
{
  return row * b->style->row_height - b->vp->y + b->body_top;
}

static gint32
julian_dmy (int day,
            int month,
            int year)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!g_date_valid_dmy (day, month, year))
    return 0;
  g_date_set_dmy (&date, day, month, year);
  return (gint32) g_date_get_julian (&date);
}

/* Ruler units -------------------------------------------------------------- */

typedef enum { UNIT_WEEK, UNIT_MONTH, UNIT_QUARTER, UNIT_YEAR } Unit;

static gint32
unit_floor (Unit   unit,
            gint32 day)
{
  GDate date;
  int month, year;

  if (unit == UNIT_WEEK)
    return day - (day - 1) % 7;   /* Julian day 1 is a Monday */

  g_date_clear (&date, 1);
  g_date_set_julian (&date, MAX (day, 1));
  month = g_date_get_month (&date);
  year = g_date_get_year (&date);
  switch (unit)
    {
    case UNIT_MONTH:   return julian_dmy (1, month, year);
    case UNIT_QUARTER: return julian_dmy (1, ((month - 1) / 3) * 3 + 1, year);
    case UNIT_YEAR:    return julian_dmy (1, 1, year);
    case UNIT_WEEK:
    default:           g_return_val_if_reached (day);
    }
}

static gint32
unit_next (Unit   unit,
           gint32 first)
{
  GDate date;

  if (unit == UNIT_WEEK)
    return first + 7;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, first);
  g_date_add_months (&date, unit == UNIT_MONTH ? 1 : unit == UNIT_QUARTER ? 3 : 12);
  return (gint32) g_date_get_julian (&date);
}

static const char *
unit_label (Build  *b,
            Unit    unit,
            gint32  first,
            gboolean major)
{
  GDate date;
  char buf[64];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, first);
  switch (unit)
    {
    case UNIT_WEEK:
      /* Translators: a week in the ruler of the timeline, by its Monday: strftime format */
      g_date_strftime (buf, sizeof buf, C_("gantt ruler week", "%d %b"), &date);
      break;
    case UNIT_MONTH:
      if (major)
        /* Translators: a month in the upper band of the timeline's ruler: strftime format */
        g_date_strftime (buf, sizeof buf, C_("gantt ruler month", "%B %Y"), &date);
      else
        /* Translators: a month in the lower band of the timeline's ruler: strftime format */
        g_date_strftime (buf, sizeof buf, C_("gantt ruler month", "%b"), &date);
      break;
    case UNIT_QUARTER:
      /* Translators: a quarter of a year in the timeline's ruler, Q1 to Q4 */
      g_snprintf (buf, sizeof buf, _("Q%d"), (g_date_get_month (&date) - 1) / 3 + 1);
      break;
    case UNIT_YEAR:
    default:
      g_snprintf (buf, sizeof buf, "%d", g_date_get_year (&date));
      break;
    }
  return g_string_chunk_insert (b->scene->strings, buf);
}

static void
build_ruler_band (Build    *b,
                  Unit      unit,
                  gboolean  major,
                  double    y,
                  double    height)
{
  for (gint32 first = unit_floor (unit, b->day0); first <= b->day1; first = unit_next (unit, first))
    {
      gint32 next = unit_next (unit, first);
      double x = vx (b, first), x_next = vx (b, next);
      double lx = MAX (x, 0) + 4;   /* the label of a unit cut by the left edge stays in view */
      double room = x_next - lx - 2;
      CvkGanttPrim *prim;

      prim = push (b, CVK_GANTT_PRIM_RULER_TICK, G_MAXUINT, x, y, 0, height);
      if (major)
        prim->flags |= CVK_GANTT_PRIM_FLAG_MAJOR;
      if (room > 8)
        {
          prim = push (b, CVK_GANTT_PRIM_RULER_LABEL, G_MAXUINT, lx, y, room, height);
          prim->text = unit_label (b, unit, first, major);
          if (major)
            prim->flags |= CVK_GANTT_PRIM_FLAG_MAJOR;
        }
    }
}

static void
ruler_units (CvkGanttZoom  zoom,
             Unit         *major,
             Unit         *minor)
{
  switch (zoom)
    {
    case CVK_GANTT_ZOOM_WEEK:    *major = UNIT_MONTH; *minor = UNIT_WEEK;    break;
    case CVK_GANTT_ZOOM_MONTH:   *major = UNIT_YEAR;  *minor = UNIT_MONTH;   break;
    case CVK_GANTT_ZOOM_QUARTER: *major = UNIT_YEAR;  *minor = UNIT_QUARTER; break;
    case CVK_GANTT_ZOOM_YEAR:
    default:                     *major = UNIT_YEAR;  *minor = UNIT_QUARTER; break;
    }
}

static void
build_ruler (Build *b)
{
  double h = b->style->ruler_height;
  Unit major, minor;

  ruler_units (b->scale->zoom, &major, &minor);
  push (b, CVK_GANTT_PRIM_RULER, G_MAXUINT, 0, 0, b->vp->width, h);
  build_ruler_band (b, major, TRUE, 0, h / 2);
  build_ruler_band (b, minor, FALSE, h / 2, h / 2);
}

/* A vertical line at each unit of the ruler's lower band. */
static void
build_grid (Build *b)
{
  Unit major, minor;

  ruler_units (b->scale->zoom, &major, &minor);
  for (gint32 first = unit_floor (minor, b->day0); first <= b->day1; first = unit_next (minor, first))
    {
      CvkGanttPrim *prim = push (b, CVK_GANTT_PRIM_GRID, G_MAXUINT, vx (b, first),
                                 b->body_top, 0, b->body_height);
      if (unit_floor (major, first) == first)
        prim->flags |= CVK_GANTT_PRIM_FLAG_MAJOR;
    }
}

/* Periods across the body ----------------------------------------------------------------- */

static void
build_blackouts (Build *b)
{
  GDate d0;
  int y0, y1;

  if (b->plan->blackouts->len == 0)
    return;
  g_date_clear (&d0, 1);
  g_date_set_julian (&d0, MAX (b->day0, 1));
  /* Year 1 is the first a GDate knows: no year 0 before it. */
  y0 = MAX (g_date_get_year (&d0) - 1, 1);
  g_date_set_julian (&d0, MAX (b->day1, 1));
  y1 = MIN (g_date_get_year (&d0), G_MAXUINT16 - 1);

  for (guint i = 0; i < b->plan->blackouts->len; i++)
    {
      const CvkYearlyPeriod *p = &g_array_index (b->plan->blackouts, CvkYearlyPeriod, i);
      gboolean wraps = p->last_month < p->first_month ||
                       (p->last_month == p->first_month && p->last_day < p->first_day);

      for (int year = y0; year <= y1; year++)
        {
          gint32 first = julian_dmy (MIN (p->first_day, g_date_get_days_in_month (p->first_month, year)),
                                     p->first_month, year);
          int last_year = wraps ? year + 1 : year;
          gint32 last = julian_dmy (MIN (p->last_day, g_date_get_days_in_month (p->last_month, last_year)),
                                    p->last_month, last_year);
          if (first == 0 || last == 0 || last < b->day0 || first > b->day1)
            continue;
          push (b, CVK_GANTT_PRIM_SHADE, G_MAXUINT, vx (b, first), b->body_top,
                vx (b, last + 1) - vx (b, first), b->body_height);
        }
    }
}

static const char *
body_name (CvkBody body)
{
  return cvk_enum_to_nick (CVK_TYPE_BODY, body);
}

/* Meeting labels take up to this many lines at the top of the body. */
#define MEETING_LANES 3

/* About the width of a meeting's label in its pill: the scene knows no
 * fonts, and the names are short (TSAG, WP2, RG-IEM); a little too wide
 * only moves a label down a line sooner. */
static double
meeting_label_width (const char *text)
{
  return 8.0 * g_utf8_strlen (text, -1) + 10.0;
}

/* The first line at the top of the body where a label from @left fits
 * after those already there; when none has room, the one that frees
 * first. */
static guint
meeting_lane (double *lane_end,
              double  left,
              double  width)
{
  guint best = 0;

  for (guint lane = 0; lane < MEETING_LANES; lane++)
    {
      if (left >= lane_end[lane] + 4.0)
        {
          best = lane;
          break;
        }
      if (lane_end[lane] < lane_end[best])
        best = lane;
    }
  lane_end[best] = left + width;
  return best;
}

static void
build_meeting_marks (Build *b)
{
  double lane_end[MEETING_LANES];

  for (guint lane = 0; lane < MEETING_LANES; lane++)
    lane_end[lane] = -G_MAXDOUBLE;
  ensure_meetings (b->plan);

  for (guint i = 0; i < b->plan->meetings->len; i++)
    {
      guint t = g_array_index (b->plan->meetings, guint, i);
      const CvkGanttTask *task = &g_array_index (b->plan->tasks, CvkGanttTask, t);
      CvkGanttPrim *prim;
      double x0, x1;

      if (task->first > b->day1)
        break;   /* sorted by start */
      if (task->last < b->day0)
        continue;

      x0 = vx (b, task->first);
      x1 = vx (b, task->last + 1);
      if (task->precision == CVK_PRECISION_DAY && task->last - task->first < 7)
        prim = push (b, CVK_GANTT_PRIM_MEETING_MARK, t, (x0 + x1) / 2, b->body_top, 0, b->body_height);
      else
        prim = push (b, CVK_GANTT_PRIM_MEETING_MARK, t, x0, b->body_top, x1 - x0, b->body_height);
      prim->body = task->body;
      if (task->precision != CVK_PRECISION_DAY || task->status != CVK_DATE_STATUS_FIXED)
        prim->flags |= CVK_GANTT_PRIM_FLAG_FUZZY;
      prim->text = g_string_chunk_insert_const (b->scene->strings,
                                                task->body != CVK_BODY_NONE ? body_name (task->body)
                                                                            : task->id);
      /* Close meetings put their labels on lines of their own, as the
       * painters draw them: centred on a band, beside a line. */
      {
        double w = meeting_label_width (prim->text);
        double left = prim->width > 0 ? prim->x + prim->width / 2 - w / 2 : prim->x + 4 - 5;

        prim->lane = meeting_lane (lane_end, left, w);
      }
    }
}

/* Items ------------------------------------------------------------------------------------ */

static inline gboolean
task_is_fuzzy (const CvkGanttTask *task)
{
  return task->precision != CVK_PRECISION_DAY || task->status != CVK_DATE_STATUS_FIXED;
}

/* The horizontal extent of a task's shape, in viewport x. */
static void
task_extent (const Build        *b,
             const CvkGanttTask *task,
             double             *x0,
             double             *x1)
{
  double glyph = b->style->row_height * 0.6;
  double left = vx (b, task->first), right = vx (b, task->last + 1);

  if (right - left < glyph && task->kind != CVK_ITEM_KIND_PHASE && task->kind != CVK_ITEM_KIND_TASK)
    {
      double mid = (left + right) / 2;
      left = mid - glyph / 2;
      right = mid + glyph / 2;
    }
  *x0 = left;
  *x1 = MAX (right, left + 2);
}

static guint
task_prim_flags (const Build        *b,
                 guint               t,
                 const CvkGanttTask *task)
{
  guint flags = 0;

  if (task_is_fuzzy (task))
    flags |= CVK_GANTT_PRIM_FLAG_FUZZY;
  if (task->status == CVK_DATE_STATUS_TBC)
    flags |= CVK_GANTT_PRIM_FLAG_TBC;
  else if (task->status == CVK_DATE_STATUS_TBD)
    flags |= CVK_GANTT_PRIM_FLAG_TBD;
  if (b->style->show_critical && (task->flags & CVK_GANTT_TASK_CRITICAL))
    flags |= CVK_GANTT_PRIM_FLAG_CRITICAL;
  if (t == b->style->selected)
    flags |= CVK_GANTT_PRIM_FLAG_SELECTED;
  if (task->flags & CVK_GANTT_TASK_WARNING)
    flags |= CVK_GANTT_PRIM_FLAG_WARNING;
  else if (task->flags & CVK_GANTT_TASK_INFO)
    flags |= CVK_GANTT_PRIM_FLAG_INFO;
  return flags;
}

static CvkGanttPrimKind
glyph_kind (CvkItemKind kind)
{
  switch (kind)
    {
    case CVK_ITEM_KIND_MILESTONE: return CVK_GANTT_PRIM_MILESTONE;
    case CVK_ITEM_KIND_WORKSHOP:  return CVK_GANTT_PRIM_WORKSHOP;
    case CVK_ITEM_KIND_REPORT:    return CVK_GANTT_PRIM_REPORT;
    case CVK_ITEM_KIND_MEETING:   return CVK_GANTT_PRIM_MEETING;
    case CVK_ITEM_KIND_PHASE:     return CVK_GANTT_PRIM_SUMMARY;
    case CVK_ITEM_KIND_TASK:
    default:                      return CVK_GANTT_PRIM_BAR;
    }
}

static void
build_task (Build *b,
            guint  row,
            guint  t)
{
  const CvkGanttTask *task = &g_array_index (b->plan->tasks, CvkGanttTask, t);
  double rh = b->style->row_height, y = row_y (b, row);
  double x0, x1, label_x;
  guint flags = task_prim_flags (b, t, task);
  CvkGanttPrim *prim;
  const char *text;

  if (task->first == 0)
    return;   /* not scheduled: the tree says so */

  task_extent (b, task, &x0, &x1);
  label_x = x1 + 6;

  if (x1 >= -rh && x0 <= b->vp->width + rh)
    {
      if (task->kind == CVK_ITEM_KIND_PHASE)
        {
          prim = push (b, CVK_GANTT_PRIM_SUMMARY, t, x0, y + rh * 0.3, x1 - x0, rh * 0.3);
          prim->flags = flags;
        }
      else if (task->kind == CVK_ITEM_KIND_TASK || (flags & CVK_GANTT_PRIM_FLAG_FUZZY))
        {
          if (flags & CVK_GANTT_PRIM_FLAG_FUZZY)
            {
              GDate first, last, a, z;
              CvkPeriod period;

              /* The span the dates stand for, and where the start and the end may fall. */
              g_date_clear (&first, 1);
              g_date_clear (&last, 1);
              g_date_set_julian (&first, task->first);
              g_date_set_julian (&last, task->last);
              period.first = first;
              period.last = last;
              period.precision = task->precision;
              cvk_period_start_range (&period, &a, &z);
              prim = push (b, CVK_GANTT_PRIM_FUZZY, t, x0, y + rh * 0.2, x1 - x0, rh * 0.6);
              prim->x1 = (float) vx (b, (gint32) g_date_get_julian (&z) + 1);
              cvk_period_end_range (&period, &a, &z);
              prim->x2 = (float) vx (b, (gint32) g_date_get_julian (&a));
            }
          else
            prim = push (b, CVK_GANTT_PRIM_BAR, t, x0, y + rh * 0.2, x1 - x0, rh * 0.6);
          prim->flags = flags;
          prim->progress = task->progress / 100.0f;
        }

      if (task->kind != CVK_ITEM_KIND_PHASE && task->kind != CVK_ITEM_KIND_TASK)
        {
          /* The kind's own shape: across fixed dates, or a glyph in the
           * middle of an uncertain span. */
          double glyph = rh * 0.6;
          if (flags & CVK_GANTT_PRIM_FLAG_FUZZY)
            prim = push (b, glyph_kind (task->kind), t, (x0 + x1 - glyph) / 2, y + rh * 0.2, glyph, glyph);
          else
            prim = push (b, glyph_kind (task->kind), t, x0, y + rh * 0.2, x1 - x0, glyph);
          prim->flags = flags;
          prim->body = task->body;
        }

      if (flags & (CVK_GANTT_PRIM_FLAG_WARNING | CVK_GANTT_PRIM_FLAG_INFO))
        {
          double size = rh * 0.55;
          prim = push (b, CVK_GANTT_PRIM_WARNING, t, x0 - size - 3, y + (rh - size) / 2, size, size);
          prim->flags = flags & (CVK_GANTT_PRIM_FLAG_WARNING | CVK_GANTT_PRIM_FLAG_INFO);
          prim->text = task->finding;
        }
    }

  /* The name, after the shape (also when the shape is left of the view). */
  if (label_x < b->vp->width)
    {
      if (flags & (CVK_GANTT_PRIM_FLAG_TBD | CVK_GANTT_PRIM_FLAG_TBC))
        {
          char buf[512];
          g_snprintf (buf, sizeof buf, "%s · %s", task->name,
                      (flags & CVK_GANTT_PRIM_FLAG_TBD) ? C_("date status", "TBD")
                                                        : C_("date status", "TBC"));
          text = g_string_chunk_insert (b->scene->strings, buf);
        }
      else
        text = task->name;
      prim = push (b, CVK_GANTT_PRIM_LABEL, t, MAX (label_x, 4), y, b->vp->width - MAX (label_x, 4), rh);
      prim->text = text;
      prim->flags = flags & ~(CVK_GANTT_PRIM_FLAG_WARNING | CVK_GANTT_PRIM_FLAG_INFO);
      if (task->kind == CVK_ITEM_KIND_PHASE)
        prim->flags |= CVK_GANTT_PRIM_FLAG_MAJOR;
    }
}

/* Arrows ---------------------------------------------------------------------------------- */

static void
build_link (Build *b,
            guint  l)
{
  const CvkGanttLink *link = &g_array_index (b->plan->links, CvkGanttLink, l);
  const CvkGanttTask *p = &g_array_index (b->plan->tasks, CvkGanttTask, link->predecessor);
  const CvkGanttTask *s = &g_array_index (b->plan->tasks, CvkGanttTask, link->successor);
  int row_p = cvk_gantt_plan_task_row (b->plan, link->predecessor);
  int row_s = cvk_gantt_plan_task_row (b->plan, link->successor);
  double rh = b->style->row_height;
  double px0, px1, sx0, sx1, x0, y0, xt, yt, out, in;
  double min_x, max_x;
  CvkGanttPoint pts[CVK_GANTT_ARROW_MAX_POINTS];
  guint n = 0;
  CvkGanttPrim *prim;
  gboolean from_end, to_end;

  if (row_p < 0 || row_s < 0 || p->first == 0 || s->first == 0)
    return;
  /* Rows in view? (Either end, or the link crosses the view.) */
  if (MAX (row_p, row_s) < (int) b->row0 || MIN (row_p, row_s) >= (int) b->row1)
    return;

  task_extent (b, p, &px0, &px1);
  task_extent (b, s, &sx0, &sx1);
  from_end = link->type == CVK_DEPENDENCY_FS || link->type == CVK_DEPENDENCY_FF;
  to_end = link->type == CVK_DEPENDENCY_FF || link->type == CVK_DEPENDENCY_SF;

  x0 = from_end ? px1 : px0;
  out = from_end ? 1 : -1;           /* leaves rightwards from an end, leftwards from a start */
  xt = to_end ? sx1 : sx0;
  in = to_end ? -1 : 1;              /* enters a start from the left, an end from the right */
  y0 = row_y (b, row_p) + rh / 2;
  yt = row_y (b, row_s) + rh / 2;

  min_x = MIN (x0, xt) - 2 * ARROW_GAP;
  max_x = MAX (x0, xt) + 2 * ARROW_GAP;
  if (max_x < 0 || min_x > b->vp->width)
    return;

  pts[n++] = (CvkGanttPoint) { x0, y0 };
  {
    /* One vertical segment when it can stand ARROW_GAP away from both ends
     * on their sides; otherwise a detour along the row boundary. */
    double lo = -G_MAXDOUBLE, hi = G_MAXDOUBLE, xv;
    if (out > 0) lo = MAX (lo, x0 + ARROW_GAP); else hi = MIN (hi, x0 - ARROW_GAP);
    if (in > 0) hi = MIN (hi, xt - ARROW_GAP); else lo = MAX (lo, xt + ARROW_GAP);

    if (row_p != row_s && lo <= hi)
      {
        xv = out > 0 ? lo : hi;
        pts[n++] = (CvkGanttPoint) { xv, y0 };
        pts[n++] = (CvkGanttPoint) { xv, yt };
      }
    else
      {
        double ymid = y0 + (yt >= y0 ? rh / 2 : -rh / 2);
        double xa = x0 + out * ARROW_GAP, xb = xt - in * ARROW_GAP;
        pts[n++] = (CvkGanttPoint) { xa, y0 };
        pts[n++] = (CvkGanttPoint) { xa, ymid };
        pts[n++] = (CvkGanttPoint) { xb, ymid };
        pts[n++] = (CvkGanttPoint) { xb, yt };
      }
  }
  pts[n++] = (CvkGanttPoint) { xt, yt };

  prim = push (b, CVK_GANTT_PRIM_ARROW, link->successor, MIN (x0, xt), MIN (y0, yt),
               ABS (xt - x0), ABS (yt - y0));
  prim->link = l;
  prim->n_points = n;
  memcpy (prim->points, pts, n * sizeof pts[0]);
  if (b->style->show_critical && link->critical)
    prim->flags |= CVK_GANTT_PRIM_FLAG_CRITICAL;
  if (link->predecessor == b->style->selected || link->successor == b->style->selected)
    prim->flags |= CVK_GANTT_PRIM_FLAG_SELECTED;

  /* The label sits by the arrow's head: only when that is in view. */
  if ((link->lag != 0 || link->type != CVK_DEPENDENCY_FS) &&
      yt >= b->body_top && yt <= b->body_top + b->body_height &&
      pts[n - 2].x >= -80 && pts[n - 2].x <= b->vp->width)
    {
      char buf[32];
      const char *type = cvk_enum_to_nick (CVK_TYPE_DEPENDENCY_TYPE, link->type);
      CvkGanttPrim *label;

      if (link->lag != 0)
        /* Translators: a dependency's type and lag on its arrow, e.g. "FS +3 d" */
        g_snprintf (buf, sizeof buf, _("%s %+d d"), type, link->lag);
      else
        g_snprintf (buf, sizeof buf, "%s", type);
      prim->text = g_string_chunk_insert (b->scene->strings, buf);
      label = push (b, CVK_GANTT_PRIM_LABEL, G_MAXUINT, pts[n - 2].x + 2,
                    pts[n - 2].y - rh / 2 + (yt > y0 ? -rh / 4 : rh / 4), 80, rh / 2);
      label->link = l;
      label->text = prim->text;
      label->flags = CVK_GANTT_PRIM_FLAG_DIM;
    }
}

static void
build_links (Build *b)
{
  CvkGanttScene *scene = b->scene;
  guint n_links = b->plan->links->len;
  guint band0, band1;

  if (n_links == 0)
    return;
  ensure_adjacency (b->plan);
  ensure_long_links (b->plan);

  if (scene->n_link_stamp < n_links)
    {
      scene->link_stamp = g_renew (guint, scene->link_stamp, n_links);
      memset (scene->link_stamp, 0, sizeof (guint) * n_links);
      scene->n_link_stamp = n_links;
    }
  if (++scene->stamp == 0)
    {
      memset (scene->link_stamp, 0, sizeof (guint) * scene->n_link_stamp);
      scene->stamp = 1;
    }

  band0 = b->row0 > LONG_LINK_ROWS ? b->row0 - LONG_LINK_ROWS : 0;
  band1 = MIN (b->row1 + LONG_LINK_ROWS, cvk_gantt_plan_get_n_rows (b->plan));
  for (guint row = band0; row < band1; row++)
    {
      guint t = cvk_gantt_plan_row_task (b->plan, row);
      for (guint k = b->plan->adj_start[t]; k < b->plan->adj_start[t + 1]; k++)
        {
          guint l = b->plan->adj[k];
          if (scene->link_stamp[l] == scene->stamp)
            continue;
          scene->link_stamp[l] = scene->stamp;
          build_link (b, l);
        }
    }
  for (guint i = 0; i < b->plan->long_links->len; i++)
    {
      guint l = g_array_index (b->plan->long_links, guint, i);
      if (scene->link_stamp[l] == scene->stamp)
        continue;
      scene->link_stamp[l] = scene->stamp;
      build_link (b, l);
    }
}

void
cvk_gantt_scene_build (CvkGanttScene          *scene,
                       CvkGanttPlan           *plan,
                       const CvkGanttScale    *scale,
                       const CvkGanttStyle    *style,
                       const CvkGanttViewport *viewport)
{
  Build b = { scene, plan, scale, style, viewport };
  double rh = style->row_height;
  guint n_rows;

  g_array_set_size (scene->prims, 0);
  g_string_chunk_clear (scene->strings);
  scene->row_height = rh;
  scene->ruler_height = style->ruler_height;
  scene->scroll_y = viewport->y;
  scene->plan = plan;

  ensure_rows (plan);
  n_rows = cvk_gantt_plan_get_n_rows (plan);

  b.body_top = style->ruler_height;
  b.body_height = MAX (0, viewport->height - style->ruler_height);
  b.day0 = cvk_gantt_scale_x_to_day (scale, viewport->x) - 1;
  b.day1 = cvk_gantt_scale_x_to_day (scale, viewport->x + viewport->width) + 1;
  b.day0 = MAX (b.day0, 1);
  b.day1 = MAX (b.day1, b.day0);
  b.row0 = (guint) CLAMP (floor_d (viewport->y / rh), 0, n_rows);
  b.row1 = (guint) CLAMP (ceil_d ((viewport->y + b.body_height) / rh), b.row0, n_rows);

  /* Row backgrounds: stripes and the selection. */
  for (guint row = b.row0; row < b.row1; row++)
    {
      guint t = cvk_gantt_plan_row_task (plan, row);
      if (t == style->selected)
        push (&b, CVK_GANTT_PRIM_ROW, t, 0, row_y (&b, row), viewport->width, rh)->flags =
          CVK_GANTT_PRIM_FLAG_SELECTED;
      else if (row % 2 == 1)
        push (&b, CVK_GANTT_PRIM_ROW, t, 0, row_y (&b, row), viewport->width, rh)->flags =
          CVK_GANTT_PRIM_FLAG_ODD;
    }

  build_blackouts (&b);
  build_grid (&b);
  build_meeting_marks (&b);
  build_links (&b);
  for (guint row = b.row0; row < b.row1; row++)
    build_task (&b, row, cvk_gantt_plan_row_task (plan, row));

  if (style->today != 0 && style->today >= b.day0 && style->today <= b.day1)
    push (&b, CVK_GANTT_PRIM_TODAY, G_MAXUINT, vx (&b, style->today) + scale->px_per_day / 2,
          b.body_top, 0, b.body_height);

  build_ruler (&b);
}

/* Hits ------------------------------------------------------------------------------------- */

static gboolean
is_item_shape (CvkGanttPrimKind kind)
{
  switch (kind)
    {
    case CVK_GANTT_PRIM_BAR:
    case CVK_GANTT_PRIM_FUZZY:
    case CVK_GANTT_PRIM_SUMMARY:
    case CVK_GANTT_PRIM_MILESTONE:
    case CVK_GANTT_PRIM_WORKSHOP:
    case CVK_GANTT_PRIM_REPORT:
    case CVK_GANTT_PRIM_MEETING:
      return TRUE;
    default:
      return FALSE;
    }
}

CvkGanttHit
cvk_gantt_scene_hit (const CvkGanttScene *scene,
                     double               x,
                     double               y,
                     guint               *task,
                     const CvkGanttPrim **prim)
{
  const double slop = 3, edge = 6;
  double row_f;

  *task = G_MAXUINT;
  if (prim)
    *prim = NULL;

  if (y < scene->ruler_height)
    return CVK_GANTT_HIT_RULER;

  for (guint i = scene->prims->len; i-- > 0;)
    {
      const CvkGanttPrim *p = &g_array_index (scene->prims, CvkGanttPrim, i);
      gboolean shape = is_item_shape (p->kind);

      if (!shape && p->kind != CVK_GANTT_PRIM_WARNING)
        continue;
      if (x < p->x - slop || x > p->x + p->width + slop ||
          y < p->y - slop || y > p->y + p->height + slop)
        continue;

      *task = p->task;
      if (prim)
        *prim = p;
      if (!shape)
        return CVK_GANTT_HIT_ROW;
      if (p->width >= 3 * edge && (p->kind == CVK_GANTT_PRIM_BAR || p->kind == CVK_GANTT_PRIM_FUZZY))
        {
          if (x <= p->x + edge)
            return CVK_GANTT_HIT_START;
          if (x >= p->x + p->width - edge)
            return CVK_GANTT_HIT_END;
        }
      return CVK_GANTT_HIT_BODY;
    }

  row_f = floor_d ((y - scene->ruler_height + scene->scroll_y) / scene->row_height);
  if (scene->plan != NULL && row_f >= 0 && row_f < cvk_gantt_plan_get_n_rows (scene->plan))
    {
      *task = cvk_gantt_plan_row_task (scene->plan, (guint) row_f);
      return CVK_GANTT_HIT_ROW;
    }
  return CVK_GANTT_HIT_NONE;
}
