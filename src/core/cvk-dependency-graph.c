/* cvk-dependency-graph.c: cycles in the graph of dependencies
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-dependency-graph"

#include "config.h"

#include "cvk-dependency-graph.h"


typedef struct
{
  guint from;
  guint to;
} Edge;

struct _CvkDependencyGraph
{
  guint         n;
  GArray       *edges;       /* of Edge, no self-loop, in the order added */
  GArray       *self_loop;   /* of gboolean, per node */

  /* Nodes added by id: NULL until the first. */
  GHashTable   *index;       /* id -> node + 1 */
  GPtrArray    *ids;         /* node -> id in chunk, NULL for a node added by number */
  GStringChunk *chunk;

  /* Computed when asked for, dropped when the graph changes.  The
   * successors of node v are succ[first[v]] to succ[first[v + 1] - 1], in
   * the order of the edges. */
  gboolean      ready;
  guint        *first;
  guint        *succ;
  guint        *comp;
  guint        *comp_size;
  guint         n_comps;

  /* Scratch for the shortest cycles: parent is all -1 between calls. */
  int          *parent;
  GArray       *queue;
  GArray       *next;
};

static void
graph_drop (CvkDependencyGraph *graph)
{
  graph->ready = FALSE;
  g_clear_pointer (&graph->first, g_free);
  g_clear_pointer (&graph->succ, g_free);
  g_clear_pointer (&graph->comp, g_free);
  g_clear_pointer (&graph->comp_size, g_free);
  g_clear_pointer (&graph->parent, g_free);
  graph->n_comps = 0;
}

CvkDependencyGraph *
cvk_dependency_graph_new (guint n_nodes)
{
  CvkDependencyGraph *graph = g_new0 (CvkDependencyGraph, 1);

  graph->n = n_nodes;
  graph->edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  graph->self_loop = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (graph->self_loop, n_nodes);
  graph->queue = g_array_new (FALSE, FALSE, sizeof (guint));
  graph->next = g_array_new (FALSE, FALSE, sizeof (guint));

  return graph;
}

void
cvk_dependency_graph_free (CvkDependencyGraph *graph)
{
  if (graph == NULL)
    return;

  graph_drop (graph);
  g_array_unref (graph->edges);
  g_array_unref (graph->self_loop);
  g_clear_pointer (&graph->index, g_hash_table_unref);
  g_clear_pointer (&graph->ids, g_ptr_array_unref);
  if (graph->chunk != NULL)
    g_string_chunk_free (graph->chunk);
  g_array_unref (graph->queue);
  g_array_unref (graph->next);
  g_free (graph);
}

guint
cvk_dependency_graph_get_n_nodes (const CvkDependencyGraph *graph)
{
  g_return_val_if_fail (graph != NULL, 0);

  return graph->n;
}

/* The node of @id, added after the others when new. */
guint
cvk_dependency_graph_add_node (CvkDependencyGraph *graph,
                               const char         *id)
{
  guint node;
  char *copy;

  g_return_val_if_fail (graph != NULL, 0);
  g_return_val_if_fail (id != NULL, 0);

  if (cvk_dependency_graph_lookup_node (graph, id, &node))
    return node;

  if (graph->index == NULL)
    {
      graph->index = g_hash_table_new (g_str_hash, g_str_equal);
      graph->ids = g_ptr_array_new ();
      graph->chunk = g_string_chunk_new (1024);
    }

  /* The nodes added by number have no id. */
  g_ptr_array_set_size (graph->ids, graph->n);

  node = graph->n++;
  copy = g_string_chunk_insert (graph->chunk, id);
  g_ptr_array_add (graph->ids, copy);
  g_hash_table_insert (graph->index, copy, GUINT_TO_POINTER (node + 1));
  g_array_set_size (graph->self_loop, graph->n);
  graph_drop (graph);

  return node;
}

gboolean
cvk_dependency_graph_lookup_node (const CvkDependencyGraph *graph,
                                  const char               *id,
                                  guint                    *node)
{
  guint n;

  g_return_val_if_fail (graph != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  n = graph->index != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (graph->index, id)) : 0;
  if (n == 0)
    return FALSE;

  if (node != NULL)
    *node = n - 1;
  return TRUE;
}

/* The id of @node, or NULL when it was added by number. */
const char *
cvk_dependency_graph_get_node_id (const CvkDependencyGraph *graph,
                                  guint                     node)
{
  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (node < graph->n, NULL);

  if (graph->ids == NULL || node >= graph->ids->len)
    return NULL;
  return g_ptr_array_index (graph->ids, node);
}

void
cvk_dependency_graph_add_edge (CvkDependencyGraph *graph,
                               guint               from,
                               guint               to)
{
  Edge edge = { from, to };

  g_return_if_fail (graph != NULL);
  g_return_if_fail (from < graph->n && to < graph->n);

  if (from == to)
    {
      g_array_index (graph->self_loop, gboolean, from) = TRUE;
      return;
    }

  g_array_append_val (graph->edges, edge);
  graph_drop (graph);
}

/* Adds the node of @from, then that of @to, when new. */
void
cvk_dependency_graph_add_edge_by_id (CvkDependencyGraph *graph,
                                     const char         *from,
                                     const char         *to)
{
  guint f, t;

  g_return_if_fail (graph != NULL);
  g_return_if_fail (from != NULL && to != NULL);

  f = cvk_dependency_graph_add_node (graph, from);
  t = cvk_dependency_graph_add_node (graph, to);
  cvk_dependency_graph_add_edge (graph, f, t);
}

gboolean
cvk_dependency_graph_has_self_loop (const CvkDependencyGraph *graph,
                                    guint                     node)
{
  g_return_val_if_fail (graph != NULL, FALSE);
  g_return_val_if_fail (node < graph->n, FALSE);

  return g_array_index (graph->self_loop, gboolean, node);
}

static void
graph_build (CvkDependencyGraph *graph)
{
  const Edge *edges = (const Edge *) (gpointer) graph->edges->data;
  guint n_edges = graph->edges->len;
  g_autofree guint *next = NULL;

  graph->first = g_new0 (guint, graph->n + 1);
  for (guint i = 0; i < n_edges; i++)
    graph->first[edges[i].from + 1]++;
  for (guint v = 0; v < graph->n; v++)
    graph->first[v + 1] += graph->first[v];

  graph->succ = g_new (guint, MAX (n_edges, 1));
  next = g_memdup2 (graph->first, (graph->n + 1) * sizeof (guint));
  for (guint i = 0; i < n_edges; i++)
    graph->succ[next[edges[i].from]++] = edges[i].to;
}

/* Tarjan's strongly connected components.  The depth-first search keeps
 * its own stack, since a chain of dependencies can be as long as the
 * plan, too deep to recurse. */
static void
graph_components (CvkDependencyGraph *graph)
{
  guint n = graph->n;
  g_autofree int *index = g_new (int, MAX (n, 1));
  g_autofree int *low = g_new (int, MAX (n, 1));
  g_autofree guint *stack = g_new (guint, MAX (n, 1));   /* visited, not yet in a component */
  g_autofree guint *path = g_new (guint, MAX (n, 1));    /* the search's path from its root */
  g_autofree guint *edge = g_new (guint, MAX (n, 1));    /* per node of the path, the next edge to follow */
  const guint *first = graph->first;
  const guint *succ = graph->succ;
  guint *comp = graph->comp;
  guint n_stack = 0;
  int counter = 0;

  for (guint v = 0; v < n; v++)
    {
      index[v] = -1;
      comp[v] = G_MAXUINT;
    }

  for (guint root = 0; root < n; root++)
    {
      guint depth;

      if (index[root] >= 0)
        continue;

      index[root] = low[root] = counter++;
      stack[n_stack++] = root;
      path[0] = root;
      edge[0] = first[root];
      depth = 1;

      while (depth > 0)
        {
          guint v = path[depth - 1];

          if (edge[depth - 1] < first[v + 1])
            {
              guint w = succ[edge[depth - 1]++];

              if (index[w] < 0)
                {
                  index[w] = low[w] = counter++;
                  stack[n_stack++] = w;
                  path[depth] = w;
                  edge[depth] = first[w];
                  depth++;
                }
              else if (comp[w] == G_MAXUINT)   /* still on the stack */
                low[v] = MIN (low[v], index[w]);
              continue;
            }

          if (low[v] == index[v])
            {
              guint w;

              do
                {
                  w = stack[--n_stack];
                  comp[w] = graph->n_comps;
                }
              while (w != v);

              graph->n_comps++;
            }

          depth--;
          if (depth > 0)
            low[path[depth - 1]] = MIN (low[path[depth - 1]], low[v]);
        }
    }
}

static void
graph_ensure (CvkDependencyGraph *graph)
{
  if (graph->ready)
    return;

  graph_build (graph);

  graph->comp = g_new (guint, MAX (graph->n, 1));
  graph->n_comps = 0;
  graph_components (graph);

  graph->comp_size = g_new0 (guint, MAX (graph->n_comps, 1));
  for (guint v = 0; v < graph->n; v++)
    graph->comp_size[graph->comp[v]]++;

  graph->parent = g_new (int, MAX (graph->n, 1));
  for (guint v = 0; v < graph->n; v++)
    graph->parent[v] = -1;

  graph->ready = TRUE;
}

guint
cvk_dependency_graph_get_n_components (CvkDependencyGraph *graph)
{
  g_return_val_if_fail (graph != NULL, 0);

  graph_ensure (graph);
  return graph->n_comps;
}

guint
cvk_dependency_graph_get_component (CvkDependencyGraph *graph,
                                    guint               node)
{
  g_return_val_if_fail (graph != NULL, 0);
  g_return_val_if_fail (node < graph->n, 0);

  graph_ensure (graph);
  return graph->comp[node];
}

guint
cvk_dependency_graph_get_component_size (CvkDependencyGraph *graph,
                                         guint               component)
{
  g_return_val_if_fail (graph != NULL, 0);

  graph_ensure (graph);
  g_return_val_if_fail (component < graph->n_comps, 0);

  return graph->comp_size[component];
}

/* A shortest cycle of two nodes or more through @start, inside its
 * component: an array of guint, @start first, then the nodes it leads to
 * in turn (the last leads back to @start).  NULL when @start is on no such
 * cycle (a component of its own).
 *
 * Of the shortest cycles, the one found by a breadth-first search from
 * @start that takes the successors of each node in the order of the
 * edges, or, with @compare_nodes, in its order: it compares two pointers
 * to guint node numbers, given @user_data. */
GArray *
cvk_dependency_graph_shortest_cycle (CvkDependencyGraph *graph,
                                     guint               start,
                                     GCompareDataFunc    compare_nodes,
                                     gpointer            user_data)
{
  GArray *queue;
  GArray *next;
  GArray *cycle;
  int *parent;
  guint c;
  int last = -1;

  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (start < graph->n, NULL);

  graph_ensure (graph);
  c = graph->comp[start];
  if (graph->comp_size[c] < 2)
    return NULL;

  queue = graph->queue;
  next = graph->next;
  parent = graph->parent;

  g_array_set_size (queue, 0);
  g_array_append_val (queue, start);
  parent[start] = (int) start;

  for (guint q = 0; q < queue->len && last < 0; q++)
    {
      guint v = g_array_index (queue, guint, q);

      g_array_set_size (next, 0);
      for (guint k = graph->first[v]; k < graph->first[v + 1]; k++)
        if (graph->comp[graph->succ[k]] == c)
          g_array_append_val (next, graph->succ[k]);
      if (compare_nodes != NULL)
        g_array_sort_with_data (next, compare_nodes, user_data);

      for (guint i = 0; i < next->len; i++)
        {
          guint w = g_array_index (next, guint, i);

          if (w == start)
            {
              last = (int) v;
              break;
            }
          if (parent[w] < 0)
            {
              parent[w] = (int) v;
              g_array_append_val (queue, w);
            }
        }
    }

  /* A component of several nodes leads from each back to itself. */
  g_assert (last >= 0);

  cycle = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint v = (guint) last; v != start; v = (guint) parent[v])
    g_array_append_val (cycle, v);
  g_array_append_val (cycle, start);

  /* From the last node back to start: reversed, start first. */
  for (guint i = 0, j = cycle->len - 1; i < j; i++, j--)
    {
      guint t = g_array_index (cycle, guint, i);

      g_array_index (cycle, guint, i) = g_array_index (cycle, guint, j);
      g_array_index (cycle, guint, j) = t;
    }

  /* Only the nodes queued have a parent. */
  for (guint q = 0; q < queue->len; q++)
    parent[g_array_index (queue, guint, q)] = -1;

  return cycle;
}

char *
cvk_cycle_to_string (GPtrArray *ids)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (ids != NULL && ids->len > 0, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_string_append (text, g_ptr_array_index (ids, i));
      g_string_append (text, " → ");
    }
  g_string_append (text, g_ptr_array_index (ids, 0));
  return g_string_free (text, FALSE);
}
