/* test-dependency-graph.c: components and cycles on known graphs
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-dependency-graph"

#include "config.h"

#include <string.h>

#include "cvk-dependency-graph.h"

#define LONG_CHAIN 100001

static void
assert_cycle (GArray      *cycle,
              const guint *expected,
              guint        n_expected)
{
  g_assert_nonnull (cycle);
  g_assert_cmpmem (cycle->data, cycle->len * sizeof (guint),
                   expected, n_expected * sizeof (guint));
}

static void
test_empty (void)
{
  g_autoptr(CvkDependencyGraph) graph = cvk_dependency_graph_new (0);

  g_assert_cmpuint (cvk_dependency_graph_get_n_nodes (graph), ==, 0);
  g_assert_cmpuint (cvk_dependency_graph_get_n_components (graph), ==, 0);
  g_assert_false (cvk_dependency_graph_lookup_node (graph, "A", NULL));
}

/*   0 → 1 → 2 → 0,  2 → 3,  3 → 4 → 3,  5 alone
 * The search completes {3, 4} first, then {0, 1, 2}, then {5}. */
static void
test_components (void)
{
  g_autoptr(CvkDependencyGraph) graph = cvk_dependency_graph_new (6);
  guint edges[][2] = { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 2, 3 }, { 3, 4 }, { 4, 3 } };

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    cvk_dependency_graph_add_edge (graph, edges[i][0], edges[i][1]);

  g_assert_cmpuint (cvk_dependency_graph_get_n_components (graph), ==, 3);
  g_assert_cmpuint (cvk_dependency_graph_get_component (graph, 3), ==, 0);
  g_assert_cmpuint (cvk_dependency_graph_get_component (graph, 4), ==, 0);
  for (guint v = 0; v < 3; v++)
    g_assert_cmpuint (cvk_dependency_graph_get_component (graph, v), ==, 1);
  g_assert_cmpuint (cvk_dependency_graph_get_component (graph, 5), ==, 2);
  g_assert_cmpuint (cvk_dependency_graph_get_component_size (graph, 0), ==, 2);
  g_assert_cmpuint (cvk_dependency_graph_get_component_size (graph, 1), ==, 3);
  g_assert_cmpuint (cvk_dependency_graph_get_component_size (graph, 2), ==, 1);

  g_assert_null (cvk_dependency_graph_shortest_cycle (graph, 5, NULL, NULL));

  /* An edge added later joins the two circles: computed again. */
  cvk_dependency_graph_add_edge (graph, 4, 1);
  g_assert_cmpuint (cvk_dependency_graph_get_n_components (graph), ==, 2);
  g_assert_cmpuint (cvk_dependency_graph_get_component (graph, 0), ==,
                    cvk_dependency_graph_get_component (graph, 4));
  g_assert_cmpuint (cvk_dependency_graph_get_component_size (graph,
                      cvk_dependency_graph_get_component (graph, 0)), ==, 5);
}

/* A diamond and a chain are no cycle: each node a component of its own. */
static void
test_acyclic (void)
{
  g_autoptr(CvkDependencyGraph) graph = cvk_dependency_graph_new (4);

  cvk_dependency_graph_add_edge (graph, 0, 1);
  cvk_dependency_graph_add_edge (graph, 0, 2);
  cvk_dependency_graph_add_edge (graph, 1, 3);
  cvk_dependency_graph_add_edge (graph, 2, 3);
  cvk_dependency_graph_add_edge (graph, 0, 3);

  g_assert_cmpuint (cvk_dependency_graph_get_n_components (graph), ==, 4);
  for (guint v = 0; v < 4; v++)
    {
      g_assert_cmpuint (cvk_dependency_graph_get_component_size (graph,
                          cvk_dependency_graph_get_component (graph, v)), ==, 1);
      g_assert_null (cvk_dependency_graph_shortest_cycle (graph, v, NULL, NULL));
    }
}

/* A self-loop is told apart; it joins no component and no shortest cycle
 * takes it. */
static void
test_self_loops (void)
{
  g_autoptr(CvkDependencyGraph) graph = cvk_dependency_graph_new (3);
  g_autoptr(GArray) cycle = NULL;
  guint expected[] = { 1, 2 };

  cvk_dependency_graph_add_edge (graph, 0, 0);
  cvk_dependency_graph_add_edge (graph, 1, 1);
  cvk_dependency_graph_add_edge (graph, 1, 2);
  cvk_dependency_graph_add_edge (graph, 2, 1);

  g_assert_true (cvk_dependency_graph_has_self_loop (graph, 0));
  g_assert_true (cvk_dependency_graph_has_self_loop (graph, 1));
  g_assert_false (cvk_dependency_graph_has_self_loop (graph, 2));

  g_assert_cmpuint (cvk_dependency_graph_get_n_components (graph), ==, 2);
  g_assert_cmpuint (cvk_dependency_graph_get_component_size (graph,
                      cvk_dependency_graph_get_component (graph, 0)), ==, 1);
  g_assert_null (cvk_dependency_graph_shortest_cycle (graph, 0, NULL, NULL));

  cycle = cvk_dependency_graph_shortest_cycle (graph, 1, NULL, NULL);
  assert_cycle (cycle, expected, G_N_ELEMENTS (expected));
}

/* A ring of 100,001 nodes: one component, far too deep to recurse.  The
 * same chain without the edge back is 100,001 components. */
static void
test_long_ring (void)
{
  g_autoptr(CvkDependencyGraph) ring = cvk_dependency_graph_new (LONG_CHAIN);
  g_autoptr(CvkDependencyGraph) chain = cvk_dependency_graph_new (LONG_CHAIN);
  g_autoptr(GArray) cycle = NULL;

  for (guint v = 0; v + 1 < LONG_CHAIN; v++)
    {
      cvk_dependency_graph_add_edge (ring, v, v + 1);
      cvk_dependency_graph_add_edge (chain, v, v + 1);
    }
  cvk_dependency_graph_add_edge (ring, LONG_CHAIN - 1, 0);

  g_assert_cmpuint (cvk_dependency_graph_get_n_components (ring), ==, 1);
  g_assert_cmpuint (cvk_dependency_graph_get_component_size (ring, 0), ==, LONG_CHAIN);
  g_assert_cmpuint (cvk_dependency_graph_get_n_components (chain), ==, LONG_CHAIN);

  cycle = cvk_dependency_graph_shortest_cycle (ring, 500, NULL, NULL);
  g_assert_nonnull (cycle);
  g_assert_cmpuint (cycle->len, ==, LONG_CHAIN);
  for (guint i = 0; i < cycle->len; i++)
    g_assert_cmpuint (g_array_index (cycle, guint, i), ==, (500 + i) % LONG_CHAIN);
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  g_assert_true (user_data == (gpointer) compare_numbers);
  return x < y ? -1 : x > y;
}

/*   0 → 3 → 4 → 0  and  0 → 2 → 0  and  0 → 1 → 0
 * The shortest cycles are of two nodes; the edges' order picks 0 → 2,
 * added first, the nodes' order 0 → 1. */
static void
test_shortest_cycle (void)
{
  g_autoptr(CvkDependencyGraph) graph = cvk_dependency_graph_new (5);
  g_autoptr(GArray) by_edges = NULL;
  g_autoptr(GArray) by_numbers = NULL;
  g_autoptr(GArray) from_four = NULL;
  guint expected_edges[] = { 0, 2 };
  guint expected_numbers[] = { 0, 1 };
  guint expected_four[] = { 4, 0, 3 };

  cvk_dependency_graph_add_edge (graph, 0, 3);
  cvk_dependency_graph_add_edge (graph, 3, 4);
  cvk_dependency_graph_add_edge (graph, 4, 0);
  cvk_dependency_graph_add_edge (graph, 0, 2);
  cvk_dependency_graph_add_edge (graph, 2, 0);
  cvk_dependency_graph_add_edge (graph, 0, 1);
  cvk_dependency_graph_add_edge (graph, 1, 0);

  by_edges = cvk_dependency_graph_shortest_cycle (graph, 0, NULL, NULL);
  assert_cycle (by_edges, expected_edges, G_N_ELEMENTS (expected_edges));

  by_numbers = cvk_dependency_graph_shortest_cycle (graph, 0, compare_numbers,
                                                    (gpointer) compare_numbers);
  assert_cycle (by_numbers, expected_numbers, G_N_ELEMENTS (expected_numbers));

  /* 4 is only on the longer one. */
  from_four = cvk_dependency_graph_shortest_cycle (graph, 4, NULL, NULL);
  assert_cycle (from_four, expected_four, G_N_ELEMENTS (expected_four));
}

/* The breadth-first search finds the fewest steps, not the first path. */
static void
test_shortest_not_first (void)
{
  g_autoptr(CvkDependencyGraph) graph = cvk_dependency_graph_new (5);
  g_autoptr(GArray) cycle = NULL;
  guint expected[] = { 0, 4, 3 };

  /* 0 → 1 → 2 → 3 → 0 is found first by depth, 0 → 4 → 3 → 0 is shorter. */
  cvk_dependency_graph_add_edge (graph, 0, 1);
  cvk_dependency_graph_add_edge (graph, 1, 2);
  cvk_dependency_graph_add_edge (graph, 2, 3);
  cvk_dependency_graph_add_edge (graph, 3, 0);
  cvk_dependency_graph_add_edge (graph, 0, 4);
  cvk_dependency_graph_add_edge (graph, 4, 3);

  cycle = cvk_dependency_graph_shortest_cycle (graph, 0, NULL, NULL);
  assert_cycle (cycle, expected, G_N_ELEMENTS (expected));
}

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      graph)
{
  return strcmp (cvk_dependency_graph_get_node_id (graph, *(const guint *) a),
                 cvk_dependency_graph_get_node_id (graph, *(const guint *) b));
}

/* Nodes added by id, in the order they are first seen. */
static void
test_ids (void)
{
  g_autoptr(CvkDependencyGraph) graph = cvk_dependency_graph_new (1);
  g_autoptr(GArray) cycle = NULL;
  g_autoptr(GArray) sorted = NULL;
  g_autofree char *x = g_strdup ("X");
  guint node = 99;
  guint expected[] = { 1, 2 };          /* X → Z, the first edge of X */
  guint expected_sorted[] = { 1, 3 };   /* X → Y, the smaller id */

  g_assert_cmpuint (cvk_dependency_graph_add_node (graph, x), ==, 1);
  x[0] = 'Q';   /* the graph keeps its own copy */
  cvk_dependency_graph_add_edge_by_id (graph, "X", "Z");
  cvk_dependency_graph_add_edge_by_id (graph, "Y", "X");
  cvk_dependency_graph_add_edge_by_id (graph, "Z", "X");
  cvk_dependency_graph_add_edge_by_id (graph, "X", "Y");

  g_assert_cmpuint (cvk_dependency_graph_get_n_nodes (graph), ==, 4);
  g_assert_null (cvk_dependency_graph_get_node_id (graph, 0));
  g_assert_cmpstr (cvk_dependency_graph_get_node_id (graph, 1), ==, "X");
  g_assert_cmpstr (cvk_dependency_graph_get_node_id (graph, 2), ==, "Z");
  g_assert_cmpstr (cvk_dependency_graph_get_node_id (graph, 3), ==, "Y");
  g_assert_true (cvk_dependency_graph_lookup_node (graph, "Y", &node));
  g_assert_cmpuint (node, ==, 3);
  g_assert_false (cvk_dependency_graph_lookup_node (graph, "Q", NULL));

  g_assert_cmpuint (cvk_dependency_graph_get_n_components (graph), ==, 2);

  cycle = cvk_dependency_graph_shortest_cycle (graph, 1, NULL, NULL);
  assert_cycle (cycle, expected, G_N_ELEMENTS (expected));

  sorted = cvk_dependency_graph_shortest_cycle (graph, 1, compare_ids, graph);
  assert_cycle (sorted, expected_sorted, G_N_ELEMENTS (expected_sorted));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/dependency-graph/empty", test_empty);
  g_test_add_func ("/cvk/dependency-graph/components", test_components);
  g_test_add_func ("/cvk/dependency-graph/acyclic", test_acyclic);
  g_test_add_func ("/cvk/dependency-graph/self-loops", test_self_loops);
  g_test_add_func ("/cvk/dependency-graph/long-ring", test_long_ring);
  g_test_add_func ("/cvk/dependency-graph/shortest-cycle", test_shortest_cycle);
  g_test_add_func ("/cvk/dependency-graph/shortest-not-first", test_shortest_not_first);
  g_test_add_func ("/cvk/dependency-graph/ids", test_ids);

  return g_test_run ();
}
