/* test-critical-path.c: the critical path on known graphs
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-critical-path"

#include "config.h"

#include "cvk-critical-path.h"

/* Days count from 1000, to keep the graphs readable. */
#define D(n) (1000 + (n))

/*   A [0,4] --FS--> B [5,9] --FS--> D [10,19]
 *   A       --FS--> C [5,6] --FS--> D
 * FS lets D start on the day C ends: C may end on 10, a slack of 4.
 */
static void
test_chain (void)
{
  CvkCpTask tasks[] = {
    { D (0), D (4), FALSE },    /* A */
    { D (5), D (9), FALSE },    /* B */
    { D (5), D (6), FALSE },    /* C */
    { D (10), D (19), FALSE },  /* D */
  };
  CvkCpLink links[] = {
    { 0, 1, CVK_DEPENDENCY_FS, 0 },
    { 0, 2, CVK_DEPENDENCY_FS, 0 },
    { 1, 3, CVK_DEPENDENCY_FS, 0 },
    { 2, 3, CVK_DEPENDENCY_FS, 0 },
  };
  g_autoptr(CvkCpResult) r = cvk_critical_path_compute (tasks, 4, links, 4, 1);

  g_assert_cmpint (r->plan_end, ==, D (19));
  g_assert_false (r->has_cycle);
  g_assert_cmpint (r->slack[3], ==, 0);
  g_assert_cmpint (r->slack[1], ==, 1);   /* B may end on 10, the day D starts */
  g_assert_cmpint (r->slack[0], ==, 2);   /* total slack adds up along the chain */
  g_assert_cmpint (r->slack[2], ==, 4);
  g_assert_true (r->critical[0]);
  g_assert_true (r->critical[1]);
  g_assert_false (r->critical[2]);
  g_assert_true (r->critical[3]);
  g_assert_cmpuint (r->n_critical, ==, 3);
  g_assert_true (r->link_critical[0]);
  g_assert_false (r->link_critical[1]);
  g_assert_true (r->link_critical[2]);
  g_assert_false (r->link_critical[3]);

  /* With no tolerance, only what has no slack at all. */
  {
    g_autoptr(CvkCpResult) strict = cvk_critical_path_compute (tasks, 4, links, 4, 0);
    g_assert_cmpuint (strict->n_critical, ==, 1);
    g_assert_true (strict->critical[3]);
  }
}

/* Each dependency type with a lag. */
static void
test_types_and_lag (void)
{
  /* P [0,9] and S [0,9]: the end is 9 + 10 = 19 for S2 below. */
  CvkCpTask tasks[] = {
    { D (0), D (9), FALSE },    /* 0: P */
    { D (3), D (12), FALSE },   /* 1: S, SS +3 after P */
    { D (0), D (14), FALSE },   /* 2: F, FF +5 after P */
    { D (0), D (20), FALSE },   /* 3: end of the plan, nothing before it */
    { D (-9), D (0), FALSE },   /* 4: G, SF lag 0 into ... */
    { D (5), D (20), FALSE },   /* 5: H: its end follows G's start + 20 (SF) */
  };
  CvkCpLink ss[] = { { 0, 1, CVK_DEPENDENCY_SS, 3 } };
  CvkCpLink ff[] = { { 0, 2, CVK_DEPENDENCY_FF, 5 } };
  CvkCpLink sf[] = { { 4, 5, CVK_DEPENDENCY_SF, 29 } };

  {
    /* SS: S latest start 20 - 9 = 11 -> P latest start 8 -> latest end 17. */
    g_autoptr(CvkCpResult) r = cvk_critical_path_compute (tasks, 4, ss, 1, 0);
    g_assert_cmpint (r->slack[1], ==, 8);
    g_assert_cmpint (r->slack[0], ==, 8);
  }
  {
    /* FF +5: P may end 5 days before F's latest end (20): 15 -> slack 6. */
    g_autoptr(CvkCpResult) r = cvk_critical_path_compute (tasks, 4, ff, 1, 0);
    g_assert_cmpint (r->slack[2], ==, 6);
    g_assert_cmpint (r->slack[0], ==, 6);
  }
  {
    /* SF +29: H ends 20 = G.start (-9) + 29: binding, both critical (H
     * ends the plan at 20). */
    g_autoptr(CvkCpResult) r = cvk_critical_path_compute (tasks, 6, sf, 1, 0);
    g_assert_cmpint (r->slack[5], ==, 0);
    g_assert_cmpint (r->slack[4], ==, 0);
    g_assert_true (r->link_critical[0]);
  }
}

/* Negative slack (a broken dependency) is critical; ignored tasks are left out. */
static void
test_negative_and_ignored (void)
{
  CvkCpTask tasks[] = {
    { D (0), D (10), FALSE },   /* A ends after B starts: FS broken */
    { D (5), D (8), FALSE },    /* B: the phase is ignored, so A ends the plan */
    { D (0), D (100), TRUE },   /* a phase: ignored */
    { 0, 0, FALSE },            /* undated */
  };
  CvkCpLink links[] = { { 0, 1, CVK_DEPENDENCY_FS, 0 }, { 3, 1, CVK_DEPENDENCY_FS, 0 } };
  g_autoptr(CvkCpResult) r = cvk_critical_path_compute (tasks, 4, links, 2, 0);

  g_assert_cmpint (r->plan_end, ==, D (10));
  g_assert_cmpint (r->slack[0], ==, -3);   /* B may start on 7 at the latest */
  g_assert_true (r->critical[0]);
  g_assert_false (r->critical[2]);
  g_assert_false (r->critical[3]);
  g_assert_cmpint (r->slack[2], ==, G_MAXINT32);
}

/* A cycle does not hang and leaves its items out. */
static void
test_cycle (void)
{
  CvkCpTask tasks[] = {
    { D (0), D (1), FALSE },
    { D (2), D (3), FALSE },
    { D (4), D (5), FALSE },
    { D (6), D (9), FALSE },
  };
  CvkCpLink links[] = {
    { 0, 1, CVK_DEPENDENCY_FS, 0 },
    { 1, 2, CVK_DEPENDENCY_FS, 0 },
    { 2, 1, CVK_DEPENDENCY_FS, 0 },
  };
  g_autoptr(CvkCpResult) r = cvk_critical_path_compute (tasks, 4, links, 3, 0);

  g_assert_true (r->has_cycle);
  g_assert_false (r->critical[1]);
  g_assert_false (r->critical[2]);
  g_assert_true (r->critical[3]);
}

static void
test_empty (void)
{
  g_autoptr(CvkCpResult) r = cvk_critical_path_compute (NULL, 0, NULL, 0, 1);

  g_assert_cmpint (r->plan_end, ==, 0);
  g_assert_cmpuint (r->n_critical, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/critical-path/chain", test_chain);
  g_test_add_func ("/cvk/critical-path/types-and-lag", test_types_and_lag);
  g_test_add_func ("/cvk/critical-path/negative-and-ignored", test_negative_and_ignored);
  g_test_add_func ("/cvk/critical-path/cycle", test_cycle);
  g_test_add_func ("/cvk/critical-path/empty", test_empty);

  return g_test_run ();
}
