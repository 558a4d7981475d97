/* cvk-critical-path.c: the items that determine when a plan ends
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-critical-path"

#include "config.h"

#include "cvk-critical-path.h"

static inline gboolean
task_counts (const CvkCpTask *task)
{
  return !task->ignore && task->first != 0 && task->last >= task->first;
}

/* The latest day the predecessor @p may end for the link not to move the
 * successor @s beyond its latest dates (@s_lf its latest end). */
static inline gint64
link_bound (const CvkCpLink *link,
            const CvkCpTask *p,
            const CvkCpTask *s,
            gint64           s_lf)
{
  gint64 p_dur = (gint64) p->last - p->first;
  gint64 s_ls = s_lf - ((gint64) s->last - s->first);

  switch (link->type)
    {
    case CVK_DEPENDENCY_FS: return s_ls - link->lag;
    case CVK_DEPENDENCY_SS: return s_ls - link->lag + p_dur;
    case CVK_DEPENDENCY_FF: return s_lf - link->lag;
    case CVK_DEPENDENCY_SF: return s_lf - link->lag + p_dur;
    default:                return G_MAXINT32;
    }
}

/* How many days the predecessor @p may slip before the link moves @s. */
static inline gint64
link_slack (const CvkCpLink *link,
            const CvkCpTask *p,
            const CvkCpTask *s)
{
  switch (link->type)
    {
    case CVK_DEPENDENCY_FS: return (gint64) s->first - link->lag - p->last;
    case CVK_DEPENDENCY_SS: return (gint64) s->first - link->lag - p->first;
    case CVK_DEPENDENCY_FF: return (gint64) s->last - link->lag - p->last;
    case CVK_DEPENDENCY_SF: return (gint64) s->last - link->lag - p->first;
    default:                return G_MAXINT32;
    }
}

CvkCpResult *
cvk_critical_path_compute (const CvkCpTask *tasks,
                           guint            n_tasks,
                           const CvkCpLink *links,
                           guint            n_links,
                           int              tolerance_days)
{
  CvkCpResult *result = g_new0 (CvkCpResult, 1);
  g_autofree guint *out_start = g_new0 (guint, n_tasks + 1);
  g_autofree guint *out_links = g_new (guint, MAX (n_links, 1));
  g_autofree guint *in_degree = g_new0 (guint, n_tasks);
  g_autofree guint *order = g_new (guint, MAX (n_tasks, 1));
  g_autofree gint64 *latest_end = g_new (gint64, MAX (n_tasks, 1));
  guint n_order = 0, head = 0, n_counted = 0;

  result->slack = g_new (gint32, MAX (n_tasks, 1));
  result->critical = g_new0 (gboolean, MAX (n_tasks, 1));
  result->link_critical = g_new0 (gboolean, MAX (n_links, 1));

  for (guint i = 0; i < n_tasks; i++)
    {
      result->slack[i] = G_MAXINT32;
      if (task_counts (&tasks[i]))
        {
          result->plan_end = MAX (result->plan_end, tasks[i].last);
          n_counted++;
        }
    }

  /* Out-going links of each task, as one array sliced by task (CSR). */
  for (guint l = 0; l < n_links; l++)
    {
      const CvkCpLink *link = &links[l];
      if (link->predecessor >= n_tasks || link->successor >= n_tasks ||
          !task_counts (&tasks[link->predecessor]) || !task_counts (&tasks[link->successor]))
        continue;
      out_start[link->predecessor + 1]++;
      in_degree[link->successor]++;
    }
  for (guint i = 0; i < n_tasks; i++)
    out_start[i + 1] += out_start[i];
  {
    g_autofree guint *fill = g_memdup2 (out_start, sizeof (guint) * n_tasks);
    for (guint l = 0; l < n_links; l++)
      {
        const CvkCpLink *link = &links[l];
        if (link->predecessor >= n_tasks || link->successor >= n_tasks ||
            !task_counts (&tasks[link->predecessor]) || !task_counts (&tasks[link->successor]))
          continue;
        out_links[fill[link->predecessor]++] = l;
      }
  }

  /* Topological order (Kahn); what is left out is on or behind a cycle. */
  for (guint i = 0; i < n_tasks; i++)
    if (task_counts (&tasks[i]) && in_degree[i] == 0)
      order[n_order++] = i;
  while (head < n_order)
    {
      guint i = order[head++];
      for (guint k = out_start[i]; k < out_start[i + 1]; k++)
        {
          guint s = links[out_links[k]].successor;
          if (--in_degree[s] == 0)
            order[n_order++] = s;
        }
    }
  result->has_cycle = n_order < n_counted;

  /* Backward pass: successors before their predecessors. */
  for (guint k = n_order; k-- > 0;)
    {
      guint i = order[k];
      gint64 lf = result->plan_end;

      for (guint j = out_start[i]; j < out_start[i + 1]; j++)
        {
          const CvkCpLink *link = &links[out_links[j]];
          guint s = link->successor;
          if (result->slack[s] == G_MAXINT32 && in_degree[s] != 0)
            continue;   /* on a cycle */
          lf = MIN (lf, link_bound (link, &tasks[i], &tasks[s], latest_end[s]));
        }
      latest_end[i] = lf;
      result->slack[i] = (gint32) CLAMP (lf - tasks[i].last, -G_MAXINT32 + 1, G_MAXINT32 - 1);
    }

  /* The driving path: back from the tasks that end the plan, through the
   * links that bind (whose own slack is within the tolerance).  The
   * tolerance applies to each link, so it never adds up along a chain. */
  {
    g_autofree guint *in_start = g_new0 (guint, n_tasks + 1);
    g_autofree guint *in_links = g_new (guint, MAX (n_links, 1));
    g_autofree guint *queue = g_new (guint, MAX (n_tasks, 1));
    guint q_head = 0, q_tail = 0;

    for (guint l = 0; l < n_links; l++)
      if (links[l].predecessor < n_tasks && links[l].successor < n_tasks &&
          task_counts (&tasks[links[l].predecessor]) && task_counts (&tasks[links[l].successor]))
        in_start[links[l].successor + 1]++;
    for (guint i = 0; i < n_tasks; i++)
      in_start[i + 1] += in_start[i];
    {
      g_autofree guint *fill = g_memdup2 (in_start, sizeof (guint) * n_tasks);
      for (guint l = 0; l < n_links; l++)
        if (links[l].predecessor < n_tasks && links[l].successor < n_tasks &&
            task_counts (&tasks[links[l].predecessor]) && task_counts (&tasks[links[l].successor]))
          in_links[fill[links[l].successor]++] = l;
    }

    for (guint i = 0; i < n_tasks; i++)
      if (task_counts (&tasks[i]) && (gint64) result->plan_end - tasks[i].last <= tolerance_days)
        {
          result->critical[i] = TRUE;
          queue[q_tail++] = i;
        }
    while (q_head < q_tail)
      {
        guint s = queue[q_head++];
        for (guint k = in_start[s]; k < in_start[s + 1]; k++)
          {
            guint l = in_links[k];
            guint p = links[l].predecessor;
            if (link_slack (&links[l], &tasks[p], &tasks[s]) > tolerance_days)
              continue;
            result->link_critical[l] = TRUE;
            if (!result->critical[p])
              {
                result->critical[p] = TRUE;
                queue[q_tail++] = p;
              }
          }
      }
    result->n_critical = q_tail;
  }

  return result;
}

void
cvk_cp_result_free (CvkCpResult *result)
{
  if (result == NULL)
    return;
  g_free (result->slack);
  g_free (result->critical);
  g_free (result->link_critical);
  g_free (result);
}
