/* cvk-dependency-graph.h: cycles in the graph of dependencies
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A directed graph over nodes numbered 0 to n - 1: either given their
 * number (cvk_dependency_graph_new (n)) or added by id, each id once
 * (cvk_dependency_graph_add_node ()), in the order they are first seen.
 * An edge goes from a predecessor to its successor.
 *
 * Components: the strongly connected components (Tarjan's, without
 * recursion: a plan can hold a chain of dependencies as long as itself).
 * They are numbered in the order the search completes them, the search
 * taking the roots in the order of the nodes and the edges of each node in
 * the order they were added.  A component of two nodes or more is a set of
 * items that depend on each other in a circle.
 *
 * Self-loops: an edge from a node to itself is a cycle of its own, told by
 * cvk_dependency_graph_has_self_loop (); it makes no difference to the
 * components, and cvk_dependency_graph_shortest_cycle () never takes it.
 *
 * Adding nodes or edges after the components are asked for is allowed:
 * they are computed again when next asked for.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CvkDependencyGraph CvkDependencyGraph;

CvkDependencyGraph *cvk_dependency_graph_new                (guint                     n_nodes);
void                cvk_dependency_graph_free               (CvkDependencyGraph       *graph);

guint               cvk_dependency_graph_get_n_nodes        (const CvkDependencyGraph *graph);
guint               cvk_dependency_graph_add_node           (CvkDependencyGraph       *graph,
                                                             const char               *id);
gboolean            cvk_dependency_graph_lookup_node        (const CvkDependencyGraph *graph,
                                                             const char               *id,
                                                             guint                    *node);
const char         *cvk_dependency_graph_get_node_id        (const CvkDependencyGraph *graph,
                                                             guint                     node);

void                cvk_dependency_graph_add_edge           (CvkDependencyGraph       *graph,
                                                             guint                     from,
                                                             guint                     to);
void                cvk_dependency_graph_add_edge_by_id     (CvkDependencyGraph       *graph,
                                                             const char               *from,
                                                             const char               *to);
gboolean            cvk_dependency_graph_has_self_loop      (const CvkDependencyGraph *graph,
                                                             guint                     node);

guint               cvk_dependency_graph_get_n_components   (CvkDependencyGraph       *graph);
guint               cvk_dependency_graph_get_component      (CvkDependencyGraph       *graph,
                                                             guint                     node);
guint               cvk_dependency_graph_get_component_size (CvkDependencyGraph       *graph,
                                                             guint                     component);

GArray             *cvk_dependency_graph_shortest_cycle     (CvkDependencyGraph       *graph,
                                                             guint                     start,
                                                             GCompareDataFunc          compare_nodes,
                                                             gpointer                  user_data);

/* A cycle as the messages show it: "A → B → C → A", from @ids (of char *),
 * the last leading back to the first. */
char               *cvk_cycle_to_string                     (GPtrArray                *ids);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkDependencyGraph, cvk_dependency_graph_free)

G_END_DECLS
