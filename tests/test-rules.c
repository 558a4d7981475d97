/* test-rules.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-rules"

#include "config.h"

#include <string.h>

#include "cvk-domain.h"
#include "cvk-rules.h"

typedef struct
{
  GListStore     *items;
  GListStore     *deps;
  GListStore     *members;
  GListStore     *workshops;
  GListStore     *lines;
  CvkDocSettings *settings;
  CvkCountries   *countries;
  CvkPlan         plan;
  GPtrArray      *found;    /* of the last run */
} Fixture;

typedef void (*RuleFunc) (const CvkPlan *plan,
                          GPtrArray     *out);

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->items = g_list_store_new (CVK_TYPE_ITEM);
  f->deps = g_list_store_new (CVK_TYPE_DEPENDENCY);
  f->members = g_list_store_new (CVK_TYPE_MEMBER);
  f->workshops = g_list_store_new (CVK_TYPE_WORKSHOP);
  f->lines = g_list_store_new (CVK_TYPE_BUDGET_LINE);
  f->settings = cvk_doc_settings_new ();
  f->countries = cvk_countries_new_default ();

  f->plan.items = G_LIST_MODEL (f->items);
  f->plan.dependencies = G_LIST_MODEL (f->deps);
  f->plan.members = G_LIST_MODEL (f->members);
  f->plan.workshops = G_LIST_MODEL (f->workshops);
  f->plan.budget_lines = G_LIST_MODEL (f->lines);
  f->plan.settings = f->settings;
  f->plan.countries = f->countries;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->found, g_ptr_array_unref);
  g_clear_object (&f->items);
  g_clear_object (&f->deps);
  g_clear_object (&f->members);
  g_clear_object (&f->workshops);
  g_clear_object (&f->lines);
  g_clear_pointer (&f->settings, cvk_doc_settings_free);
  g_clear_object (&f->countries);
}

/* Builders */

/* @from and @to as cvk_period_parse() reads them ("2026-03-01", "2026-05",
 * "Spring 2026", "2026"); the item starts with @from and ends with @to (or
 * @from when @to is NULL), at @from's precision.  @from NULL: undated. */
static CvkItem *
add_item (Fixture     *f,
          const char  *id,
          CvkItemKind  kind,
          CvkBody      body,
          const char  *from,
          const char  *to)
{
  g_autoptr(CvkItem) item = cvk_item_new (id);

  g_object_set (item, "kind", kind, "body", body, NULL);

  if (from != NULL)
    {
      CvkPeriod a, b;

      g_assert_true (cvk_period_parse (from, &a));
      g_assert_true (cvk_period_parse (to ? to : from, &b));
      g_object_set (item,
                    "start", &a.first,
                    "end", &b.last,
                    "precision", a.precision,
                    NULL);
    }

  g_list_store_append (f->items, item);
  return item;
}

static CvkDependency *
new_dep (guint              number,
         const char        *pred,
         const char        *succ,
         CvkDependencyType  relation,
         gint64             lag)
{
  g_autofree char *id = g_strdup_printf ("D%u", number);
  CvkDependency *dep = cvk_dependency_new (id);

  g_object_set (dep,
                "predecessor", pred,
                "successor", succ,
                "relation", relation,
                "lag", lag,
                NULL);
  return dep;
}

static void
add_dep (Fixture           *f,
         const char        *pred,
         const char        *succ,
         CvkDependencyType  relation,
         gint64             lag)
{
  g_autoptr(CvkDependency) dep = new_dep (g_list_model_get_n_items (G_LIST_MODEL (f->deps)) + 1,
                                          pred, succ, relation, lag);

  g_list_store_append (f->deps, dep);
}

/* Many at once: @n dependencies, finish-to-start, from preds[i] to succs[i]. */
static void
add_deps (Fixture     *f,
          guint        n,
          char * const *preds,
          char * const *succs)
{
  g_autoptr(GPtrArray) deps = g_ptr_array_new_with_free_func (g_object_unref);
  guint first = g_list_model_get_n_items (G_LIST_MODEL (f->deps)) + 1;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (deps, new_dep (first + i, preds[i], succs[i], CVK_DEPENDENCY_FS, 0));
  g_list_store_splice (f->deps, g_list_model_get_n_items (G_LIST_MODEL (f->deps)), 0,
                       deps->pdata, deps->len);
}

static CvkMember *
add_member (Fixture         *f,
            const char      *id,
            CvkRole          role,
            CvkMemberStatus  status,
            CvkGender        gender,
            const char      *country,
            gboolean         youth)
{
  g_autoptr(CvkMember) member = cvk_member_new (id);

  g_object_set (member,
                "name", id,
                "role", role,
                "status", status,
                "gender", gender,
                "country", country ? country : "",
                "youth", youth,
                NULL);
  g_list_store_append (f->members, member);
  return member;
}

static void
add_confirmed_leaders (Fixture *f)
{
  add_member (f, "L1", CVK_ROLE_RG_IEM_LEAD, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
  add_member (f, "L2", CVK_ROLE_TSB_DIRECTOR, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
  add_member (f, "L3", CVK_ROLE_ITU_T_COUNSELLOR, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
}

static void
add_workshop (Fixture    *f,
              const char *id,
              gint64      edition)
{
  g_autoptr(CvkWorkshop) workshop = cvk_workshop_new (id);

  g_object_set (workshop, "edition", edition, NULL);
  g_list_store_append (f->workshops, workshop);
}

static void
add_line (Fixture    *f,
          const char *id,
          const char *workshop,
          const char *currency,
          gint64      planned,
          gint64      committed,
          gint64      actual)
{
  g_autoptr(CvkBudgetLine) line = cvk_budget_line_new (id);

  g_object_set (line,
                "workshop", workshop ? workshop : "",
                "currency", currency,
                "planned", planned,
                "committed", committed,
                "actual", actual,
                NULL);
  g_list_store_append (f->lines, line);
}

/* Running */

/* One "severity rule subject" line per finding, sorted. */
static char *
summarize (GPtrArray *found)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      const CvkFinding *x = g_ptr_array_index (found, i);

      g_string_append_printf (s, "%s %s %s\n",
                              cvk_severity_to_string (x->severity), x->rule, x->subject);
    }

  return g_string_free (s, FALSE);
}

static char *
run (Fixture  *f,
     RuleFunc  rule)
{
  g_clear_pointer (&f->found, g_ptr_array_unref);
  f->found = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  rule (&f->plan, f->found);
  cvk_findings_sort (f->found);
  return summarize (f->found);
}

#define assert_run(f, rule, expected)                   \
  G_STMT_START {                                        \
    g_autofree char *summary_ = run ((f), (rule));      \
    g_assert_cmpstr (summary_, ==, (expected));         \
  } G_STMT_END

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static const char *
message (Fixture *f,
         guint    i)
{
  g_assert_cmpuint (i, <, f->found->len);
  return ((const CvkFinding *) g_ptr_array_index (f->found, i))->message;
}

static void
clear_items (Fixture *f)
{
  g_list_store_remove_all (f->items);
  g_list_store_remove_all (f->deps);
}

/* Findings */

static void
test_finding_line (void)
{
  g_autoptr(CvkFinding) finding = cvk_finding_new (CVK_SEVERITY_WARNING, "roster-role", "R02",
                                                   "The TSB Director's seat is vacant");
  g_autoptr(CvkFinding) copy = NULL;
  g_autofree char *line = cvk_finding_to_line (finding);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  g_autofree char *summary = NULL;

  g_assert_cmpstr (line, ==, "warning: roster-role: R02: The TSB Director's seat is vacant");

  copy = g_boxed_copy (CVK_TYPE_FINDING, finding);
  g_assert_cmpstr (copy->message, ==, finding->message);
  g_assert_true (copy->rule != finding->rule);

  g_ptr_array_add (all, cvk_finding_new (CVK_SEVERITY_INFO, "blackout", "W1", "m"));
  g_ptr_array_add (all, cvk_finding_new (CVK_SEVERITY_WARNING, "roster-role", "R02", "m"));
  g_ptr_array_add (all, cvk_finding_new (CVK_SEVERITY_WARNING, "dependency", "B", "m"));
  g_ptr_array_add (all, cvk_finding_new (CVK_SEVERITY_ERROR, "cycle", "A", "m"));
  g_ptr_array_add (all, cvk_finding_new (CVK_SEVERITY_WARNING, "dependency", "A", "m"));
  cvk_findings_sort (all);
  summary = summarize (all);
  g_assert_cmpstr (summary, ==,
                   "error cycle A\n"
                   "warning dependency A\n"
                   "warning dependency B\n"
                   "warning roster-role R02\n"
                   "info blackout W1\n");

  g_assert_cmpstr (cvk_severity_to_string (CVK_SEVERITY_ERROR), ==, "error");
  g_assert_cmpstr (cvk_severity_to_string (CVK_SEVERITY_INFO), ==, "info");
}

/* Cycles */

static void
test_cycle_none (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;

  assert_run (f, cvk_rule_cycle, "");
  g_assert_false (cvk_dependencies_find_cycle (f->plan.dependencies, &ids));
  g_assert_null (ids);
  g_assert_false (cvk_dependencies_find_cycle (NULL, NULL));

  /* A diamond is no cycle. */
  add_dep (f, "A", "B", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "A", "C", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "B", "D", CVK_DEPENDENCY_SS, 0);
  add_dep (f, "C", "D", CVK_DEPENDENCY_FF, 0);
  assert_run (f, cvk_rule_cycle, "");
  g_assert_false (cvk_dependencies_find_cycle (f->plan.dependencies, &ids));
}

static void
test_cycle_self_loop (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;

  add_dep (f, "A", "B", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "B", "B", CVK_DEPENDENCY_FS, 0);

  assert_run (f, cvk_rule_cycle, "error cycle B\n");
  g_assert_cmpstr (message (f, 0), ==, "These items depend on each other in a circle: B → B");

  g_assert_true (cvk_dependencies_find_cycle (f->plan.dependencies, &ids));
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "B");
}

static void
test_cycle_three (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;

  add_dep (f, "A", "TL04", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "TL04", "W1-RUN", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "W1-RUN", "W1-REPORT", CVK_DEPENDENCY_SS, 5);
  add_dep (f, "W1-REPORT", "TL04", CVK_DEPENDENCY_FF, 0);
  add_dep (f, "W1-REPORT", "Z", CVK_DEPENDENCY_FS, 0);

  assert_run (f, cvk_rule_cycle, "error cycle TL04\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "These items depend on each other in a circle: TL04 → W1-RUN → W1-REPORT → TL04");

  g_assert_true (cvk_dependencies_find_cycle (f->plan.dependencies, &ids));
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "TL04");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "W1-RUN");
  g_assert_cmpstr (g_ptr_array_index (ids, 2), ==, "W1-REPORT");
  g_clear_pointer (&ids, g_ptr_array_unref);

  /* A second, separate cycle is a second finding. */
  add_dep (f, "P", "Q", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "Q", "P", CVK_DEPENDENCY_FS, 0);
  assert_run (f, cvk_rule_cycle, "error cycle P\nerror cycle TL04\n");
  g_assert_cmpstr (message (f, 0), ==, "These items depend on each other in a circle: P → Q → P");

  g_assert_true (cvk_dependencies_find_cycle (f->plan.dependencies, NULL));
}

/* A cycle's successors are taken in the order of their ids, whatever the
 * order of the dependencies; a self-loop and a longer cycle through the
 * same item are two findings. */
static void
test_cycle_order (Fixture       *f,
                  gconstpointer  data)
{
  add_dep (f, "C", "A", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "A", "C", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "B", "A", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "A", "B", CVK_DEPENDENCY_SS, 0);
  add_dep (f, "A", "B", CVK_DEPENDENCY_FF, 0);
  add_dep (f, "A", "A", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "Y", "Z", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "Z", "X", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "X", "Y", CVK_DEPENDENCY_FS, 0);

  assert_run (f, cvk_rule_cycle, "error cycle A\nerror cycle A\nerror cycle X\n");
  g_assert_cmpstr (message (f, 0), ==, "These items depend on each other in a circle: A → A");
  g_assert_cmpstr (message (f, 1), ==, "These items depend on each other in a circle: A → B → A");
  g_assert_cmpstr (message (f, 2), ==, "These items depend on each other in a circle: X → Y → Z → X");
}

/* Chains as long as a big plan's: the search does not recurse down them,
 * and the cycle named is a shortest one. */
static void
test_cycle_long (Fixture       *f,
                 gconstpointer  data)
{
  const guint n = 100000;
  g_autoptr(GPtrArray) preds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) succs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (preds, g_strdup_printf ("N%06u", i));
      g_ptr_array_add (succs, g_strdup_printf ("N%06u", i + 1));
    }
  add_deps (f, n, (char **) preds->pdata, (char **) succs->pdata);
  assert_run (f, cvk_rule_cycle, "");

  /* Its last three items in a circle, at the bottom of the search. */
  add_dep (f, "N100000", "N099998", CVK_DEPENDENCY_FS, 0);
  assert_run (f, cvk_rule_cycle, "error cycle N099998\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "These items depend on each other in a circle: N099998 → N099999 → N100000 → N099998");

  /* A ring of them all, then a shortcut across it. */
  add_dep (f, "N100000", "N000000", CVK_DEPENDENCY_FS, 0);
  g_assert_true (cvk_dependencies_find_cycle (f->plan.dependencies, &ids));
  g_assert_cmpuint (ids->len, ==, n + 1);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *expected = g_strdup_printf ("N%06u", i);

      g_assert_cmpstr (g_ptr_array_index (ids, i), ==, expected);
    }
  g_clear_pointer (&ids, g_ptr_array_unref);

  add_dep (f, "N000000", "N060000", CVK_DEPENDENCY_FS, 0);
  g_assert_true (cvk_dependencies_find_cycle (f->plan.dependencies, &ids));
  g_assert_cmpuint (ids->len, ==, n + 1 - 60000 + 1);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "N000000");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "N060000");
  g_assert_cmpstr (g_ptr_array_index (ids, ids->len - 1), ==, "N100000");
}

/* Dependencies */

typedef struct
{
  CvkDependencyType  relation;
  gint64             lag;
  const char        *pred_from, *pred_to;
  const char        *succ_from, *succ_to;
  const char        *expected;
} DepCase;

static void
test_dependency_relations (Fixture       *f,
                           gconstpointer  data)
{
  static const DepCase cases[] = {
    /* FS: the successor may start on the day the predecessor ends. */
    { CVK_DEPENDENCY_FS, 0, "2026-03-01", "2026-03-10", "2026-03-10", "2026-03-12", "" },
    { CVK_DEPENDENCY_FS, 0, "2026-03-01", "2026-03-10", "2026-03-09", "2026-03-12", "warning dependency B\n" },
    { CVK_DEPENDENCY_FS, 3, "2026-03-01", "2026-03-10", "2026-03-12", "2026-03-20", "warning dependency B\n" },
    { CVK_DEPENDENCY_FS, 3, "2026-03-01", "2026-03-10", "2026-03-13", "2026-03-20", "" },
    { CVK_DEPENDENCY_FS, -2, "2026-03-01", "2026-03-10", "2026-03-08", "2026-03-20", "" },
    { CVK_DEPENDENCY_FS, -2, "2026-03-01", "2026-03-10", "2026-03-07", "2026-03-20", "warning dependency B\n" },
    /* SS */
    { CVK_DEPENDENCY_SS, 0, "2026-03-01", "2026-03-10", "2026-03-01", "2026-03-02", "" },
    { CVK_DEPENDENCY_SS, 0, "2026-03-01", "2026-03-10", "2026-02-28", "2026-03-20", "warning dependency B\n" },
    { CVK_DEPENDENCY_SS, 7, "2026-03-01", "2026-03-10", "2026-03-07", "2026-03-20", "warning dependency B\n" },
    { CVK_DEPENDENCY_SS, 7, "2026-03-01", "2026-03-10", "2026-03-08", "2026-03-08", "" },
    /* FF */
    { CVK_DEPENDENCY_FF, 0, "2026-03-01", "2026-03-10", "2026-02-01", "2026-03-10", "" },
    { CVK_DEPENDENCY_FF, 0, "2026-03-01", "2026-03-10", "2026-03-05", "2026-03-09", "warning dependency B\n" },
    { CVK_DEPENDENCY_FF, 2, "2026-03-01", "2026-03-10", "2026-03-05", "2026-03-11", "warning dependency B\n" },
    { CVK_DEPENDENCY_FF, 2, "2026-03-01", "2026-03-10", "2026-03-05", "2026-03-12", "" },
    /* SF */
    { CVK_DEPENDENCY_SF, 0, "2026-03-01", "2026-03-10", "2026-02-01", "2026-03-01", "" },
    { CVK_DEPENDENCY_SF, 0, "2026-03-01", "2026-03-10", "2026-02-01", "2026-02-28", "warning dependency B\n" },
    { CVK_DEPENDENCY_SF, 1, "2026-03-01", "2026-03-10", "2026-02-01", "2026-03-01", "warning dependency B\n" },
    /* Fuzzy: certain, possible, fine. */
    { CVK_DEPENDENCY_FS, 0, "Spring 2026", NULL, "2026-02", NULL, "warning dependency B\n" },
    { CVK_DEPENDENCY_FS, 0, "Spring 2026", NULL, "2026-05", NULL, "info dependency B\n" },
    { CVK_DEPENDENCY_FS, 0, "Spring 2026", NULL, "2026-06", NULL, "" },
    { CVK_DEPENDENCY_FS, 0, "Spring 2026", NULL, "Summer 2026", NULL, "" },
    { CVK_DEPENDENCY_FS, 0, "Summer 2028", NULL, "Summer 2028", NULL, "info dependency B\n" },
    { CVK_DEPENDENCY_SS, 0, "2026", NULL, "2026-01-01", NULL, "info dependency B\n" },
    { CVK_DEPENDENCY_SS, 0, "2026", NULL, "2025-12-31", NULL, "warning dependency B\n" },
    { CVK_DEPENDENCY_FF, 0, "2026-03-01", "2026-03", "Spring 2026", NULL, "info dependency B\n" },
    { CVK_DEPENDENCY_FF, 0, "2026-03-01", "2026-03", "2026-01", "2026-02", "warning dependency B\n" },
    /* A lag moves a possible violation to a certain one. */
    { CVK_DEPENDENCY_FS, 0, "2026-05", NULL, "2026-06", NULL, "" },
    { CVK_DEPENDENCY_FS, 1, "2026-05", NULL, "2026-06", NULL, "" },
    { CVK_DEPENDENCY_FS, 2, "2026-05", NULL, "2026-06", NULL, "info dependency B\n" },
    { CVK_DEPENDENCY_FS, 60, "2026-05", NULL, "2026-06", NULL, "info dependency B\n" },
    { CVK_DEPENDENCY_FS, 61, "2026-05", NULL, "2026-06", NULL, "warning dependency B\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const DepCase *c = &cases[i];
      g_autofree char *summary = NULL;

      clear_items (f);
      add_item (f, "A", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, c->pred_from, c->pred_to);
      add_item (f, "B", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, c->succ_from, c->succ_to);
      add_dep (f, "A", "B", c->relation, c->lag);

      summary = run (f, cvk_rule_dependency);
      if (g_strcmp0 (summary, c->expected) != 0)
        g_error ("case %u: expected “%s”, got “%s”", i, c->expected, summary);
    }
}

static void
test_dependency_messages (Fixture       *f,
                          gconstpointer  data)
{
  add_item (f, "W1-PREP", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-01", "2026-03-10");
  add_item (f, "W1-RUN", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-09", "2026-03-12");
  add_dep (f, "W1-PREP", "W1-RUN", CVK_DEPENDENCY_FS, 0);
  assert_run (f, cvk_rule_dependency, "warning dependency W1-RUN\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "W1-RUN starts (9 March 2026) before the finish-to-start dependency on W1-PREP "
                   "allows (not before 10 March 2026)");

  clear_items (f);
  add_item (f, "A", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-01", "2026-03-10");
  add_item (f, "B", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-01", "2026-03-11");
  add_dep (f, "A", "B", CVK_DEPENDENCY_FF, 3);
  assert_run (f, cvk_rule_dependency, "warning dependency B\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "B ends (11 March 2026) before the finish-to-finish dependency on A with a lag "
                   "of 3 days allows (not before 13 March 2026)");

  clear_items (f);
  add_item (f, "TL11", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "Summer 2028", NULL);
  add_item (f, "TL12", CVK_ITEM_KIND_MEETING, CVK_BODY_WP2, "Summer 2028", NULL);
  add_dep (f, "TL11", "TL12", CVK_DEPENDENCY_FS, 0);
  assert_run (f, cvk_rule_dependency, "info dependency TL12\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "TL12 may start (Summer 2028) before the finish-to-start dependency on TL11 "
                   "allows (not before a day between 1 June 2028 and 31 August 2028); "
                   "this can be confirmed once the dates are fixed");
}

static void
test_dependency_skipped (Fixture       *f,
                         gconstpointer  data)
{
  CvkItem *b;
  GDate start;

  /* Undated, missing and self-referring items are not judged here. */
  add_item (f, "A", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-01", "2026-03-10");
  add_item (f, "B", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, NULL, NULL);
  add_dep (f, "A", "B", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "A", "NOWHERE", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "A", "A", CVK_DEPENDENCY_FS, 0);
  assert_run (f, cvk_rule_dependency, "");

  /* A milestone with a start only is a point in time. */
  b = add_item (f, "M", CVK_ITEM_KIND_MILESTONE, CVK_BODY_NONE, NULL, NULL);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_MARCH, 2026);
  g_object_set (b, "start", &start, NULL);
  add_dep (f, "A", "M", CVK_DEPENDENCY_FS, 0);
  assert_run (f, cvk_rule_dependency, "warning dependency M\n");
}

/* Of two items with the same id, the dependencies name the last. */
static void
test_dependency_same_id (Fixture       *f,
                         gconstpointer  data)
{
  add_item (f, "A", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-01", "2026-03-10");
  add_item (f, "B", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-15", NULL);
  add_item (f, "A", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-01", "2026-03-20");
  add_dep (f, "A", "B", CVK_DEPENDENCY_FS, 0);
  assert_run (f, cvk_rule_dependency, "warning dependency B\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "B starts (15 March 2026) before the finish-to-start dependency on A "
                   "allows (not before 20 March 2026)");

  add_item (f, "A", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, NULL, NULL);
  assert_run (f, cvk_rule_dependency, "");
}

/* Report deadlines */

static void
test_report_lead_one (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpint (f->settings->report_lead_months, ==, 1);

  add_item (f, "M0", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2026-06-01", "2026-06-05");
  add_item (f, "RG", CVK_ITEM_KIND_MEETING, CVK_BODY_RG_IEM, "2026-09-25", NULL);
  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2026-10-15", "2026-10-20");
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_TSAG, "2026-09-01", "2026-09-20");
  assert_run (f, cvk_rule_report_deadline, "warning report-deadline R\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "R (20 September 2026) ends less than 1 month before the next TSAG meeting, "
                   "M1 (15 October 2026)");

  /* On the day of the deadline is in time. */
  clear_items (f);
  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_WP2, "2026-10-15", NULL);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-09-01", "2026-09-15");
  assert_run (f, cvk_rule_report_deadline, "");

  /* A day later is not. */
  clear_items (f);
  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_WP2, "2026-10-15", NULL);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-09-01", "2026-09-16");
  assert_run (f, cvk_rule_report_deadline, "warning report-deadline R\n");

  /* Ending on the day the meeting starts is late for it. */
  clear_items (f);
  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_WP2, "2026-10-15", NULL);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-10-15", NULL);
  assert_run (f, cvk_rule_report_deadline, "warning report-deadline R\n");

  /* A report after the last meeting has no deadline yet; a meeting
   * before the report is not the next one. */
  clear_items (f);
  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_WP2, "2026-10-15", NULL);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-10-16", "2026-10-20");
  assert_run (f, cvk_rule_report_deadline, "");

  /* RG-IEM meetings and undated meetings do not count. */
  clear_items (f);
  add_item (f, "RG", CVK_ITEM_KIND_MEETING, CVK_BODY_RG_IEM, "2026-10-15", NULL);
  add_item (f, "M9", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, NULL, NULL);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-10-01", NULL);
  assert_run (f, cvk_rule_report_deadline, "");

  /* Two reports, two meetings. */
  clear_items (f);
  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_WP2, "2026-10-15", NULL);
  add_item (f, "M2", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2027-01-20", NULL);
  add_item (f, "R1", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-09-10", NULL);
  add_item (f, "R2", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2027-01-01", NULL);
  add_item (f, "R3", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-11-01", NULL);
  assert_run (f, cvk_rule_report_deadline, "warning report-deadline R2\n");
}

static void
test_report_lead_two (Fixture       *f,
                      gconstpointer  data)
{
  f->settings->report_lead_months = 2;

  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2026-10-15", NULL);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-08-01", "2026-08-16");
  assert_run (f, cvk_rule_report_deadline, "warning report-deadline R\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "R (16 August 2026) ends less than 2 months before the next TSAG meeting, "
                   "M1 (15 October 2026)");

  clear_items (f);
  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2026-10-15", NULL);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-08-01", "2026-08-15");
  assert_run (f, cvk_rule_report_deadline, "");

  /* A lead of one month would accept it. */
  clear_items (f);
  add_item (f, "M1", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2026-10-15", NULL);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-09-10", NULL);
  assert_run (f, cvk_rule_report_deadline, "warning report-deadline R\n");
  f->settings->report_lead_months = 1;
  assert_run (f, cvk_rule_report_deadline, "");
  f->settings->report_lead_months = 0;
  assert_run (f, cvk_rule_report_deadline, "");
}

static void
test_report_fuzzy (Fixture       *f,
                   gconstpointer  data)
{
  /* The IEWSC plan: a report in summer, TSAG in the fall. */
  add_item (f, "TL05", CVK_ITEM_KIND_REPORT, CVK_BODY_TSAG, "Summer 2026", NULL);
  add_item (f, "TL06", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "Fall 2026", NULL);
  assert_run (f, cvk_rule_report_deadline, "info report-deadline TL05\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "TL05 (Summer 2026) may end less than 1 month before the next TSAG meeting, "
                   "TL06 (Fall 2026); this can be confirmed once the dates are fixed");

  /* A month's report before a meeting on a known day: possible only... */
  clear_items (f);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-08", NULL);
  add_item (f, "M", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2026-09-10", NULL);
  assert_run (f, cvk_rule_report_deadline, "info report-deadline R\n");

  /* ... certain with a lead of two months ... */
  f->settings->report_lead_months = 2;
  clear_items (f);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-08", NULL);
  add_item (f, "M", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2026-09-30", NULL);
  assert_run (f, cvk_rule_report_deadline, "warning report-deadline R\n");

  /* ... and fine when even the latest end is early enough. */
  f->settings->report_lead_months = 1;
  clear_items (f);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-07", NULL);
  add_item (f, "M", CVK_ITEM_KIND_MEETING, CVK_BODY_TSAG, "2026-09", NULL);
  assert_run (f, cvk_rule_report_deadline, "");

  /* A meeting that may come before the report, or after it. */
  clear_items (f);
  add_item (f, "R", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-09-10", NULL);
  add_item (f, "M", CVK_ITEM_KIND_MEETING, CVK_BODY_WP2, "2026-09", NULL);
  assert_run (f, cvk_rule_report_deadline, "info report-deadline R\n");
}

/* The rule as it was first written, every report against every meeting in
 * order: "warning R M" or "info R M" for a report R late for a meeting M. */
typedef struct
{
  const char *id;
  GDate       start_lo, start_hi;
} RefMeeting;

static int
compare_ref_meetings (gconstpointer a,
                      gconstpointer b)
{
  const RefMeeting *ma = a;
  const RefMeeting *mb = b;
  int r;

  if ((r = g_date_compare (&ma->start_lo, &mb->start_lo)) != 0)
    return r;
  if ((r = g_date_compare (&ma->start_hi, &mb->start_hi)) != 0)
    return r;
  return strcmp (ma->id, mb->id);
}

static gboolean
ref_period (CvkItem   *item,
            CvkPeriod *period)
{
  const GDate *start = cvk_item_get_start (item);
  const GDate *end = cvk_item_get_end (item);

  if (start == NULL || !g_date_valid (start))
    return FALSE;
  period->first = *start;
  period->last = *end;
  period->precision = cvk_item_get_precision (item);
  return TRUE;
}

static char *
report_deadline_reference (Fixture *f,
                           int      lead)
{
  g_autoptr(GArray) meetings = g_array_new (FALSE, FALSE, sizeof (RefMeeting));
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->items));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CvkItem) item = g_list_model_get_item (G_LIST_MODEL (f->items), i);
      CvkBody body = cvk_item_get_body (item);
      CvkPeriod p;
      RefMeeting m = { cvk_entity_get_id (CVK_ENTITY (item)) };

      if (cvk_item_get_kind (item) == CVK_ITEM_KIND_MEETING &&
          (body == CVK_BODY_TSAG || body == CVK_BODY_WP2) && ref_period (item, &p))
        {
          cvk_period_start_range (&p, &m.start_lo, &m.start_hi);
          g_array_append_val (meetings, m);
        }
    }
  g_array_sort (meetings, compare_ref_meetings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CvkItem) report = g_list_model_get_item (G_LIST_MODEL (f->items), i);
      const RefMeeting *possible = NULL;
      const RefMeeting *late = NULL;
      CvkPeriod p;
      GDate e_lo, e_hi;

      if (cvk_item_get_kind (report) != CVK_ITEM_KIND_REPORT || !ref_period (report, &p))
        continue;
      cvk_period_end_range (&p, &e_lo, &e_hi);

      for (guint j = 0; j < meetings->len && late == NULL; j++)
        {
          const RefMeeting *m = &g_array_index (meetings, RefMeeting, j);
          GDate d_lo = m->start_lo, d_hi = m->start_hi;

          cvk_date_add_months_clamped (&d_lo, -lead);
          cvk_date_add_months_clamped (&d_hi, -lead);
          if (g_date_compare (&d_hi, &e_lo) < 0 && g_date_compare (&e_hi, &m->start_lo) <= 0)
            late = m;
          else if (possible == NULL && g_date_compare (&e_hi, &d_lo) > 0 &&
                   g_date_compare (&e_lo, &m->start_hi) <= 0)
            possible = m;
        }

      if (late != NULL || possible != NULL)
        g_ptr_array_add (lines, g_strdup_printf ("%s %s %s\n", late ? "warning" : "info",
                                                 cvk_entity_get_id (CVK_ENTITY (report)),
                                                 late ? late->id : possible->id));
    }

  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append (out, g_ptr_array_index (lines, i));
  return g_string_free (out, FALSE);
}

/* "warning R M" or "info R M" for the findings of the rule. */
static char *
report_deadline_found (Fixture *f)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  g_clear_pointer (&f->found, g_ptr_array_unref);
  f->found = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  cvk_rule_report_deadline (&f->plan, f->found);

  for (guint i = 0; i < f->found->len; i++)
    {
      const CvkFinding *x = g_ptr_array_index (f->found, i);
      const char *meeting = strstr (x->message, " meeting, ");

      g_assert_nonnull (meeting);
      meeting += strlen (" meeting, ");
      g_ptr_array_add (lines, g_strdup_printf ("%s %s %.*s\n", cvk_severity_to_string (x->severity),
                                               x->subject, (int) strcspn (meeting, " "), meeting));
    }

  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append (out, g_ptr_array_index (lines, i));
  return g_string_free (out, FALSE);
}

/* A random day of 2026 to 2028 at a random precision, or (rarely) none;
 * @to receives the end for a span of days. */
static char *
random_when (GRand  *rand,
             char  **to)
{
  static const char *seasons[] = { "Winter", "Spring", "Summer", "Fall" };
  int year = g_rand_int_range (rand, 2026, 2029);
  int month = g_rand_int_range (rand, 1, 13);
  int day = g_rand_int_range (rand, 1, 29);
  int kind = g_rand_int_range (rand, 0, 20);
  GDate date;

  *to = NULL;
  if (kind == 0)
    return NULL;
  if (kind < 3)
    return g_strdup_printf ("%d", year);
  if (kind < 6)
    return g_strdup_printf ("%s %d", seasons[g_rand_int_range (rand, 0, 4)], year);
  if (kind < 10)
    return g_strdup_printf ("%d-%02d", year, month);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  if (kind < 14)
    {
      GDate end = date;

      g_date_add_days (&end, g_rand_int_range (rand, 0, 40));
      *to = cvk_date_to_iso (&end);
    }
  return cvk_date_to_iso (&date);
}

/* Plans of many meetings and reports, dated at every precision, meetings
 * sharing days: the rule finds what every report against every meeting
 * finds. */
static void
test_report_many (Fixture       *f,
                  gconstpointer  data)
{
  static const CvkBody bodies[] = { CVK_BODY_TSAG, CVK_BODY_WP2, CVK_BODY_RG_IEM };
  static const int leads[] = { 1, 2, 3, 7, 12 };

  for (guint round = 0; round < 40; round++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (round);
      g_autofree char *expected = NULL;
      g_autofree char *found = NULL;

      clear_items (f);
      f->settings->report_lead_months = leads[round % G_N_ELEMENTS (leads)];

      for (guint i = 0; i < 200; i++)
        {
          g_autofree char *id = NULL;
          g_autofree char *to = NULL;
          g_autofree char *from = random_when (rand, &to);
          gboolean meeting = g_rand_boolean (rand);

          /* Some meetings on the same few days. */
          if (meeting && g_rand_int_range (rand, 0, 4) == 0)
            {
              g_clear_pointer (&from, g_free);
              g_clear_pointer (&to, g_free);
              from = g_strdup_printf ("2027-%02d-15", g_rand_int_range (rand, 1, 4));
            }

          id = g_strdup_printf ("%s%03u", meeting ? "M" : "R", i);
          add_item (f, id, meeting ? CVK_ITEM_KIND_MEETING : CVK_ITEM_KIND_REPORT,
                    meeting ? bodies[g_rand_int_range (rand, 0, G_N_ELEMENTS (bodies))] : CVK_BODY_NONE,
                    from, to);
        }

      expected = report_deadline_reference (f, f->settings->report_lead_months);
      found = report_deadline_found (f);
      if (g_strcmp0 (found, expected) != 0)
        g_error ("round %u: expected\n%s\ngot\n%s", round, expected, found);
      g_assert_cmpstr (found, !=, "");
    }
}

/* Blackouts */

typedef struct
{
  const char *from, *to;
  const char *expected;
} BlackoutCase;

static void
test_blackout_default (Fixture       *f,
                       gconstpointer  data)
{
  static const BlackoutCase cases[] = {
    { "2025-12-20", "2025-12-21", "warning blackout W\n" },
    { "2026-01-05", NULL, "warning blackout W\n" },          /* the period wraps the year */
    { "2026-01-10", NULL, "warning blackout W\n" },
    { "2026-01-11", NULL, "" },
    { "2025-12-14", NULL, "" },
    { "2025-12-15", NULL, "warning blackout W\n" },
    { "2025-12-10", "2025-12-15", "warning blackout W\n" },  /* any overlap of a known span */
    { "2025-12-01", "2026-02-01", "warning blackout W\n" },
    { "2025-12", NULL, "info blackout W\n" },                /* 1-14 December is free */
    { "2026-01", NULL, "info blackout W\n" },
    { "2025-12", "2026-01", "warning blackout W\n" },        /* spans the new year whatever the days */
    { "Winter 2025", NULL, "info blackout W\n" },
    { "2026", NULL, "info blackout W\n" },
    { "Spring 2026", NULL, "" },
    { "Fall 2026", NULL, "" },
    { NULL, NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const BlackoutCase *c = &cases[i];
      g_autofree char *summary = NULL;

      clear_items (f);
      add_item (f, "W", CVK_ITEM_KIND_WORKSHOP, CVK_BODY_NONE, c->from, c->to);
      /* Only workshops are judged. */
      add_item (f, "T", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2025-12-24", NULL);

      summary = run (f, cvk_rule_blackout);
      if (g_strcmp0 (summary, c->expected) != 0)
        g_error ("case %u: expected “%s”, got “%s”", i, c->expected, summary);
    }

  clear_items (f);
  add_item (f, "W1", CVK_ITEM_KIND_WORKSHOP, CVK_BODY_NONE, "2025-12-20", NULL);
  assert_run (f, cvk_rule_blackout, "warning blackout W1\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "W1 (20 December 2025) overlaps a period unfit for workshops (15 December – 10 January)");

  clear_items (f);
  add_item (f, "W1", CVK_ITEM_KIND_WORKSHOP, CVK_BODY_NONE, "2025-12", NULL);
  assert_run (f, cvk_rule_blackout, "info blackout W1\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "W1 (December 2025) may overlap a period unfit for workshops (15 December – 10 January); "
                   "this can be confirmed once the dates are fixed");
}

static void
test_blackout_custom (Fixture       *f,
                      gconstpointer  data)
{
  CvkYearlyPeriod august, winter;

  g_assert_true (cvk_yearly_period_parse ("08-01..08-31", &august));
  g_assert_true (cvk_yearly_period_parse ("12-01..01-31", &winter));

  /* A month inside a blackout is certain. */
  g_array_set_size (f->settings->blackouts, 0);
  g_array_append_val (f->settings->blackouts, winter);
  add_item (f, "W", CVK_ITEM_KIND_WORKSHOP, CVK_BODY_NONE, "2026-01", NULL);
  assert_run (f, cvk_rule_blackout, "warning blackout W\n");

  /* Two blackouts that leave no room in a season. */
  clear_items (f);
  g_array_append_val (f->settings->blackouts, august);
  add_item (f, "W", CVK_ITEM_KIND_WORKSHOP, CVK_BODY_NONE, "Summer 2026", NULL);
  assert_run (f, cvk_rule_blackout, "info blackout W\n");
  clear_items (f);
  add_item (f, "W", CVK_ITEM_KIND_WORKSHOP, CVK_BODY_NONE, "Winter 2026", NULL);
  assert_run (f, cvk_rule_blackout, "info blackout W\n");
  clear_items (f);
  add_item (f, "W", CVK_ITEM_KIND_WORKSHOP, CVK_BODY_NONE, "2026-08", "2026-12");
  assert_run (f, cvk_rule_blackout, "warning blackout W\n");

  /* No blackouts, no findings. */
  g_array_set_size (f->settings->blackouts, 0);
  assert_run (f, cvk_rule_blackout, "");
}

/* The roster */

static void
test_roster_role (Fixture       *f,
                  gconstpointer  data)
{
  CvkRosterBalance b;

  /* No seats at all: the roles are the subjects. */
  assert_run (f, cvk_rule_roster_role,
              "warning roster-role itu-t-counsellor\n"
              "warning roster-role rg-iem-lead\n"
              "warning roster-role tsb-director\n");
  g_assert_cmpstr (message (f, 2), ==, "The roster has no seat for the TSB Director");

  add_member (f, "R01", CVK_ROLE_RG_IEM_LEAD, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "CH", FALSE);
  add_member (f, "R02", CVK_ROLE_TSB_DIRECTOR, CVK_MEMBER_STATUS_VACANT, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
  add_member (f, "R03", CVK_ROLE_DEPUTY_SG, CVK_MEMBER_STATUS_VACANT, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
  add_member (f, "R04", CVK_ROLE_ITU_T_COUNSELLOR, CVK_MEMBER_STATUS_CANDIDATE, CVK_GENDER_MALE, "FR", FALSE);
  add_member (f, "R05", CVK_ROLE_RG_IEM_LEAD, CVK_MEMBER_STATUS_VACANT, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
  add_member (f, "R06", CVK_ROLE_ITU_T_COUNSELLOR, CVK_MEMBER_STATUS_WITHDRAWN, CVK_GENDER_MALE, "FR", FALSE);

  assert_run (f, cvk_rule_roster_role,
              "warning roster-role R02\n"
              "warning roster-role R04\n"
              "warning roster-role R06\n");
  g_assert_cmpstr (message (f, 0), ==, "The TSB Director's seat is vacant");
  g_assert_cmpstr (message (f, 1), ==, "The ITU-T Counsellor's seat has a candidate, R04, but no confirmed member");
  g_assert_cmpstr (message (f, 2), ==, "The ITU-T Counsellor's seat is vacant: its member withdrew");

  {
    g_autofree char *line = cvk_finding_to_line (g_ptr_array_index (f->found, 0));
    g_assert_cmpstr (line, ==, "warning: roster-role: R02: The TSB Director's seat is vacant");
  }

  cvk_roster_balance_compute (&f->plan, &b);
  g_assert_cmpuint (b.role_filled[CVK_ROLE_RG_IEM_LEAD], ==, 1);
  g_assert_cmpuint (b.role_filled[CVK_ROLE_TSB_DIRECTOR], ==, 0);
  g_assert_cmpuint (b.role_filled[CVK_ROLE_DEPUTY_SG], ==, 0);
  g_assert_true (cvk_role_is_required (CVK_ROLE_TSB_DIRECTOR));
  g_assert_false (cvk_role_is_required (CVK_ROLE_DEPUTY_SG));
  g_assert_false (cvk_role_is_required (CVK_ROLE_REGIONAL_VOLUNTEER));

  /* All filled; the Deputy Secretary-General's seat stays vacant. */
  g_list_store_remove_all (f->members);
  add_confirmed_leaders (f);
  add_member (f, "R03", CVK_ROLE_DEPUTY_SG, CVK_MEMBER_STATUS_VACANT, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
  add_member (f, "R05", CVK_ROLE_RG_IEM_LEAD, CVK_MEMBER_STATUS_CANDIDATE, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
  assert_run (f, cvk_rule_roster_role, "");
}

static void
test_roster_region (Fixture       *f,
                    gconstpointer  data)
{
  CvkMember *m;
  CvkRosterBalance b;

  /* Nobody: every region misses its two volunteers. */
  assert_run (f, cvk_rule_roster_region,
              "warning roster-region Region A\n"
              "warning roster-region Region B\n"
              "warning roster-region Region C\n"
              "warning roster-region Region D\n"
              "warning roster-region Region E\n");
  g_assert_cmpstr (message (f, 0), ==, "0 of 2 regional volunteers confirmed");

  add_confirmed_leaders (f);
  /* A: one by its region field, one from Brazil. */
  m = add_member (f, "V1", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, NULL, FALSE);
  g_object_set (m, "region", "A", NULL);
  add_member (f, "V2", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "BR", FALSE);
  /* B: Switzerland, and a region field that wins over the country. */
  add_member (f, "V3", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "CH", FALSE);
  m = add_member (f, "V4", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "JP", FALSE);
  g_object_set (m, "region", "B", NULL);
  /* C: Egypt, moved from D by the document's override. */
  add_member (f, "V5", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "EG", FALSE);
  cvk_countries_set_override (f->countries, "EG", "C");
  /* D: only a candidate. */
  add_member (f, "V6", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CANDIDATE, CVK_GENDER_MALE, "KE", FALSE);
  /* E: three. */
  add_member (f, "V7", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "JP", TRUE);
  add_member (f, "V8", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "in", FALSE);
  add_member (f, "V9", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "CN", FALSE);
  /* Nowhere. */
  add_member (f, "V10", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "XX", FALSE);

  assert_run (f, cvk_rule_roster_region,
              "warning roster-region Region C\n"
              "warning roster-region Region D\n"
              "warning roster-region Region E\n"
              "warning roster-region V10\n");
  g_assert_cmpstr (message (f, 0), ==, "1 of 2 regional volunteers confirmed");
  g_assert_cmpstr (message (f, 1), ==, "0 of 2 regional volunteers confirmed");
  g_assert_cmpstr (message (f, 2), ==, "3 regional volunteers confirmed, 2 expected");

  cvk_roster_balance_compute (&f->plan, &b);
  g_assert_cmpint (b.region_scheme, ==, CVK_REGION_SCHEME_ITU_ADMIN);
  g_assert_cmpuint (b.n_regions, ==, 5);
  g_assert_cmpstr (b.regions[0], ==, "A");
  g_assert_cmpuint (b.volunteers[0], ==, 2);
  g_assert_cmpuint (b.volunteers[1], ==, 2);
  g_assert_cmpuint (b.volunteers[2], ==, 1);
  g_assert_cmpuint (b.volunteers[3], ==, 0);
  g_assert_cmpuint (b.volunteers[4], ==, 3);
  g_assert_cmpuint (b.volunteers_unplaced, ==, 1);
  g_assert_cmpuint (b.role_filled[CVK_ROLE_REGIONAL_VOLUNTEER], ==, 9);

  /* Without the override, Egypt is in D. */
  cvk_countries_clear_overrides (f->countries);
  assert_run (f, cvk_rule_roster_region,
              "warning roster-region Region C\n"
              "warning roster-region Region D\n"
              "warning roster-region Region E\n"
              "warning roster-region V10\n");
  g_assert_cmpstr (message (f, 0), ==, "0 of 2 regional volunteers confirmed");
  g_assert_cmpstr (message (f, 1), ==, "1 of 2 regional volunteers confirmed");

  /* The same members under the ITU-D regions. */
  f->settings->region_scheme = CVK_REGION_SCHEME_ITU_D;
  cvk_roster_balance_compute (&f->plan, &b);
  g_assert_cmpint (b.region_scheme, ==, CVK_REGION_SCHEME_ITU_D);
  g_assert_cmpuint (b.n_regions, ==, g_strv_length ((char **) cvk_region_scheme_regions (CVK_REGION_SCHEME_ITU_D)));
  /* V1 has a region but no country; V10's country is unknown. */
  g_assert_cmpuint (b.volunteers_unplaced, ==, 2);
}

static void
test_roster_balance (Fixture       *f,
                     gconstpointer  data)
{
  CvkRosterBalance b;

  /* Fewer than four confirmed members: too early to judge. */
  add_member (f, "M1", CVK_ROLE_RG_IEM_LEAD, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "CH", FALSE);
  add_member (f, "M2", CVK_ROLE_TSB_DIRECTOR, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "DE", FALSE);
  add_member (f, "M3", CVK_ROLE_ITU_T_COUNSELLOR, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "FR", FALSE);
  add_member (f, "C1", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CANDIDATE, CVK_GENDER_FEMALE, "KE", TRUE);
  assert_run (f, cvk_rule_roster_balance, "");

  /* Five: one woman (20%), one from a developing country (20%), no youth. */
  add_member (f, "M4", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "US", FALSE);
  add_member (f, "M5", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "BR", FALSE);
  assert_run (f, cvk_rule_roster_balance,
              "warning roster-balance developing\n"
              "warning roster-balance gender\n"
              "warning roster-balance youth\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "Members from developing countries are 1 of the 5 confirmed members whose country is known "
                   "(20%), below the 40% expected");
  g_assert_cmpstr (message (f, 1), ==,
                   "Women are 1 of the 5 confirmed members who state a gender (20%), below the 40% expected");
  g_assert_cmpstr (message (f, 2), ==, "No confirmed member represents youth");

  cvk_roster_balance_compute (&f->plan, &b);
  g_assert_cmpuint (b.n_confirmed, ==, 5);
  g_assert_cmpuint (b.n_female, ==, 1);
  g_assert_cmpuint (b.n_male, ==, 4);
  g_assert_cmpuint (b.n_gender_other, ==, 0);
  g_assert_cmpuint (b.n_gender_undisclosed, ==, 0);
  g_assert_cmpuint (b.n_developing, ==, 1);
  g_assert_cmpuint (b.n_developed, ==, 4);
  g_assert_cmpuint (b.n_country_unknown, ==, 0);
  g_assert_cmpuint (b.n_youth, ==, 0);

  /* Balanced: 2 of 5 women (40%), 3 of 5 from developing countries (a
   * sixth has no known country), a young member. */
  g_list_store_remove_all (f->members);
  add_member (f, "M1", CVK_ROLE_RG_IEM_LEAD, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "CH", FALSE);
  add_member (f, "M2", CVK_ROLE_TSB_DIRECTOR, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "DE", FALSE);
  add_member (f, "M3", CVK_ROLE_ITU_T_COUNSELLOR, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "KE", FALSE);
  add_member (f, "M4", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "IN", TRUE);
  add_member (f, "M5", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_OTHER, "BR", FALSE);
  add_member (f, "M6", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_UNDISCLOSED, NULL, FALSE);
  add_member (f, "W1", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_WITHDRAWN, CVK_GENDER_MALE, "US", FALSE);
  assert_run (f, cvk_rule_roster_balance, "");

  cvk_roster_balance_compute (&f->plan, &b);
  g_assert_cmpuint (b.n_confirmed, ==, 6);
  g_assert_cmpuint (b.n_female, ==, 2);
  g_assert_cmpuint (b.n_male, ==, 2);
  g_assert_cmpuint (b.n_gender_other, ==, 1);
  g_assert_cmpuint (b.n_gender_undisclosed, ==, 1);
  g_assert_cmpuint (b.n_developing, ==, 3);
  g_assert_cmpuint (b.n_developed, ==, 2);
  g_assert_cmpuint (b.n_country_unknown, ==, 1);
  g_assert_cmpuint (b.n_youth, ==, 1);

  /* Too few men, too few from developed countries. */
  g_list_store_remove_all (f->members);
  add_member (f, "M1", CVK_ROLE_RG_IEM_LEAD, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "KE", TRUE);
  add_member (f, "M2", CVK_ROLE_TSB_DIRECTOR, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "BR", FALSE);
  add_member (f, "M3", CVK_ROLE_ITU_T_COUNSELLOR, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "IN", FALSE);
  add_member (f, "M4", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "CN", FALSE);
  add_member (f, "M5", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_MALE, "CH", FALSE);
  add_member (f, "M6", CVK_ROLE_REGIONAL_VOLUNTEER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_FEMALE, "EG", FALSE);
  assert_run (f, cvk_rule_roster_balance,
              "warning roster-balance developed\n"
              "warning roster-balance gender\n");
  g_assert_cmpstr (message (f, 0), ==,
                   "Members from developed countries are 1 of the 6 confirmed members whose country is known "
                   "(17%), below the 20% expected");
  g_assert_cmpstr (message (f, 1), ==,
                   "Men are 2 of the 6 confirmed members who state a gender (33%), below the 40% expected");

  /* Nobody states a gender or a country: nothing to judge there. */
  g_list_store_remove_all (f->members);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("M%u", i + 1);
      add_member (f, id, CVK_ROLE_OTHER, CVK_MEMBER_STATUS_CONFIRMED, CVK_GENDER_UNDISCLOSED, NULL, TRUE);
    }
  assert_run (f, cvk_rule_roster_balance, "");
}

/* The budget */

static void
test_budget_over (Fixture       *f,
                  gconstpointer  data)
{
  add_workshop (f, "WS1", 1);
  add_workshop (f, "WS2", 2);

  /* Within plan. */
  add_line (f, "B0", "WS1", "CHF", 100000, 100000, 100000);
  assert_run (f, cvk_rule_budget_over, "");

  add_line (f, "B1", "WS1", "CHF", 100000, 120000, 0);
  add_line (f, "B2", "WS1", "CHF", 50000, 50000, 60000);
  add_line (f, "B3", "WS2", "CHF", 10000, 25000, 20000);
  add_line (f, "B4", "WS2", "CHF", 5000, 0, 0);
  add_line (f, "B5", NULL, "USD", 100, 0, 200);
  add_line (f, "B6", "WS9", "EUR", 100, 0, 300);

  assert_run (f, cvk_rule_budget_over,
              "warning budget-over All workshops\n"
              "warning budget-over B1\n"
              "warning budget-over B2\n"
              "warning budget-over B3\n"
              "warning budget-over B5\n"
              "warning budget-over B6\n"
              "warning budget-over WS9\n"
              "warning budget-over Workshop 2\n");
  g_assert_cmpstr (message (f, 0), ==, "Actual spending USD 2.00 exceeds the planned USD 1.00");
  g_assert_cmpstr (message (f, 1), ==, "Committed CHF 1,200.00 exceeds the planned CHF 1,000.00");
  g_assert_cmpstr (message (f, 2), ==, "Actual CHF 600.00 exceeds the planned CHF 500.00");
  g_assert_cmpstr (message (f, 3), ==, "Committed CHF 250.00 and actual CHF 200.00 exceed the planned CHF 100.00");
  g_assert_cmpstr (message (f, 7), ==, "Actual spending CHF 200.00 exceeds the planned CHF 150.00");

  /* The series' total across workshops. */
  g_list_store_remove_all (f->lines);
  add_line (f, "B1", "WS1", "CHF", 100000, 0, 90000);
  add_line (f, "B2", "WS2", "CHF", 100000, 0, 130000);
  add_line (f, "B3", "WS2", "CHF", 100000, 0, 60000);
  assert_run (f, cvk_rule_budget_over, "warning budget-over B2\n");
  g_list_store_remove_all (f->lines);
  add_line (f, "B1", "WS1", "CHF", 100000, 0, 90000);
  add_line (f, "B2", "WS2", "CHF", 100000, 0, 130000);
  assert_run (f, cvk_rule_budget_over,
              "warning budget-over All workshops\n"
              "warning budget-over B2\n"
              "warning budget-over Workshop 2\n");

  /* A line with no currency is in the base currency. */
  g_list_store_remove_all (f->lines);
  add_line (f, "B1", NULL, "", 100, 0, 101);
  assert_run (f, cvk_rule_budget_over,
              "warning budget-over All workshops\n"
              "warning budget-over B1\n");
  g_assert_cmpstr (message (f, 1), ==, "Actual CHF 1.01 exceeds the planned CHF 1.00");
}

/* All rules */

static void
test_check_empty (void)
{
  CvkPlan plan = { 0 };
  g_autoptr(GPtrArray) found = cvk_rules_check (&plan);
  g_autofree char *summary = summarize (found);

  g_assert_cmpstr (summary, ==,
                   "warning roster-region Region A\n"
                   "warning roster-region Region B\n"
                   "warning roster-region Region C\n"
                   "warning roster-region Region D\n"
                   "warning roster-region Region E\n"
                   "warning roster-role itu-t-counsellor\n"
                   "warning roster-role rg-iem-lead\n"
                   "warning roster-role tsb-director\n");
}

static void
add_iewsc_timeline (Fixture *f)
{
  static const struct {
    const char *id;
    CvkItemKind kind;
    CvkBody body;
    const char *when;
  } rows[] = {
    { "TL01", CVK_ITEM_KIND_MEETING,   CVK_BODY_TSAG,  "2025-05-30" },
    { "TL02", CVK_ITEM_KIND_MILESTONE, CVK_BODY_IEWSC, "2025-06" },
    { "TL03", CVK_ITEM_KIND_MEETING,   CVK_BODY_WP2,   "2025-10" },
    { "TL04", CVK_ITEM_KIND_WORKSHOP,  CVK_BODY_NONE,  "Spring 2026" },
    { "TL05", CVK_ITEM_KIND_REPORT,    CVK_BODY_TSAG,  "Summer 2026" },
    { "TL06", CVK_ITEM_KIND_MEETING,   CVK_BODY_TSAG,  "Fall 2026" },
    { "TL07", CVK_ITEM_KIND_WORKSHOP,  CVK_BODY_NONE,  "Spring 2027" },
    { "TL08", CVK_ITEM_KIND_REPORT,    CVK_BODY_TSAG,  "Summer 2027" },
    { "TL09", CVK_ITEM_KIND_MEETING,   CVK_BODY_TSAG,  "Fall 2027" },
    { "TL10", CVK_ITEM_KIND_WORKSHOP,  CVK_BODY_NONE,  "Spring 2028" },
    { "TL11", CVK_ITEM_KIND_REPORT,    CVK_BODY_TSAG,  "Summer 2028" },
    { "TL12", CVK_ITEM_KIND_MEETING,   CVK_BODY_WP2,   "Summer 2028" },
    { "TL13", CVK_ITEM_KIND_MEETING,   CVK_BODY_NONE,  "Fall 2028" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      add_item (f, rows[i].id, rows[i].kind, rows[i].body, rows[i].when, NULL);
      if (i > 0)
        add_dep (f, rows[i - 1].id, rows[i].id, CVK_DEPENDENCY_FS, 0);
    }
}

/* The committee's own plan: nothing wrong for certain, a few things to
 * confirm once the dates are fixed. */
static void
test_check_iewsc (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *summary = NULL;

  add_iewsc_timeline (f);
  add_confirmed_leaders (f);
  add_member (f, "R04", CVK_ROLE_DEPUTY_SG, CVK_MEMBER_STATUS_VACANT, CVK_GENDER_UNDISCLOSED, NULL, FALSE);

  found = cvk_rules_check (&f->plan);
  summary = summarize (found);
  g_assert_cmpstr (summary, ==,
                   "warning roster-region Region A\n"
                   "warning roster-region Region B\n"
                   "warning roster-region Region C\n"
                   "warning roster-region Region D\n"
                   "warning roster-region Region E\n"
                   "info dependency TL12\n"
                   "info report-deadline TL05\n"
                   "info report-deadline TL08\n"
                   "info report-deadline TL11\n");

  /* A cycle is an error, listed first. */
  add_dep (f, "TL13", "TL01", CVK_DEPENDENCY_FS, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cvk_rules_check (&f->plan);
  g_assert_cmpuint (found->len, >, 0);
  g_assert_cmpint (((CvkFinding *) g_ptr_array_index (found, 0))->severity, ==, CVK_SEVERITY_ERROR);
  g_assert_cmpstr (((CvkFinding *) g_ptr_array_index (found, 0))->subject, ==, "TL01");
}

static char *
lines_of (GPtrArray *found)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *line = cvk_finding_to_line (g_ptr_array_index (found, i));

      g_string_append_printf (s, "%s\n", line);
    }

  return g_string_free (s, FALSE);
}

/* The timeline's rules together find what they find one by one. */
static void
test_check_schedule (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) together = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  g_autoptr(GPtrArray) apart = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);
  g_autofree char *summary = NULL;
  g_autofree char *together_lines = NULL;
  g_autofree char *apart_lines = NULL;

  add_iewsc_timeline (f);
  add_item (f, "W9", CVK_ITEM_KIND_WORKSHOP, CVK_BODY_NONE, "2025-12-20", NULL);
  add_item (f, "T1", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-01", "2026-03-10");
  add_item (f, "T2", CVK_ITEM_KIND_TASK, CVK_BODY_NONE, "2026-03-05", NULL);
  add_item (f, "R9", CVK_ITEM_KIND_REPORT, CVK_BODY_NONE, "2026-10-01", NULL);
  add_item (f, "M9", CVK_ITEM_KIND_MEETING, CVK_BODY_WP2, "2026-10-10", NULL);
  add_dep (f, "T1", "T2", CVK_DEPENDENCY_FS, 2);
  add_dep (f, "T2", "T2", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "TL13", "TL01", CVK_DEPENDENCY_FS, 0);
  add_dep (f, "T2", "NOWHERE", CVK_DEPENDENCY_SS, 0);

  cvk_rules_check_schedule (&f->plan, together);
  cvk_findings_sort (together);
  summary = summarize (together);
  g_assert_cmpstr (summary, ==,
                   "error cycle T2\n"
                   "error cycle TL01\n"
                   "warning blackout W9\n"
                   "warning dependency T2\n"
                   "warning dependency TL01\n"
                   "warning report-deadline R9\n"
                   "info dependency TL12\n"
                   "info report-deadline TL05\n"
                   "info report-deadline TL08\n"
                   "info report-deadline TL11\n");

  cvk_rule_cycle (&f->plan, apart);
  cvk_rule_dependency (&f->plan, apart);
  cvk_rule_report_deadline (&f->plan, apart);
  cvk_rule_blackout (&f->plan, apart);
  cvk_findings_sort (apart);

  together_lines = lines_of (together);
  apart_lines = lines_of (apart);
  g_assert_cmpstr (together_lines, ==, apart_lines);
}

/* A workshop in the winter of year 1, whose season begins before GLib's
 * calendar: the rules finish, and say nothing false of it. */
static void
test_blackout_year_1 (void)
{
  g_autoptr(GListStore) items = g_list_store_new (CVK_TYPE_ITEM);
  g_autoptr(GListStore) deps = g_list_store_new (CVK_TYPE_DEPENDENCY);
  g_autoptr(CvkItem) w = cvk_item_new ("W1");
  g_autoptr(CvkDocSettings) settings = cvk_doc_settings_new ();
  g_autoptr(GPtrArray) out = NULL;
  CvkPlan plan = { .items = G_LIST_MODEL (items), .dependencies = G_LIST_MODEL (deps), .settings = settings };
  guint n_w1 = 0;
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 15, G_DATE_JANUARY, 1);
  cvk_entity_set_enum (CVK_ENTITY (w), CVK_ITEM_KIND, CVK_ITEM_KIND_WORKSHOP);
  cvk_entity_set_enum (CVK_ENTITY (w), CVK_ITEM_PRECISION, CVK_PRECISION_SEASON);
  cvk_entity_set_date (CVK_ENTITY (w), CVK_ITEM_START, &d);
  cvk_entity_set_date (CVK_ENTITY (w), CVK_ITEM_END, &d);
  g_list_store_append (items, w);

  out = cvk_rules_check (&plan);
  for (guint i = 0; i < out->len; i++)
    {
      CvkFinding *f = g_ptr_array_index (out, i);

      if (g_str_equal (f->subject, "W1"))
        {
          /* Its winter runs from 1 January to February: it may avoid the
           * days up to 10 January, or not. */
          g_assert_cmpstr (f->rule, ==, CVK_RULE_BLACKOUT);
          g_assert_cmpint (f->severity, ==, CVK_SEVERITY_INFO);
          n_w1++;
        }
    }
  g_assert_cmpuint (n_w1, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cvk/rules/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/cvk/rules/finding/line", test_finding_line);
  ADD ("cycle/none", test_cycle_none);
  ADD ("cycle/self-loop", test_cycle_self_loop);
  ADD ("cycle/three", test_cycle_three);
  ADD ("cycle/order", test_cycle_order);
  ADD ("cycle/long", test_cycle_long);
  ADD ("dependency/relations", test_dependency_relations);
  ADD ("dependency/messages", test_dependency_messages);
  ADD ("dependency/skipped", test_dependency_skipped);
  ADD ("dependency/same-id", test_dependency_same_id);
  ADD ("report-deadline/lead-one", test_report_lead_one);
  ADD ("report-deadline/lead-two", test_report_lead_two);
  ADD ("report-deadline/fuzzy", test_report_fuzzy);
  ADD ("report-deadline/many", test_report_many);
  ADD ("blackout/default", test_blackout_default);
  ADD ("blackout/custom", test_blackout_custom);
  ADD ("roster/role", test_roster_role);
  ADD ("roster/region", test_roster_region);
  ADD ("roster/balance", test_roster_balance);
  ADD ("budget/over", test_budget_over);
  g_test_add_func ("/cvk/rules/check/empty", test_check_empty);
  g_test_add_func ("/cvk/rules/blackout/year-1", test_blackout_year_1);
  ADD ("check/iewsc", test_check_iewsc);
  ADD ("check/schedule", test_check_schedule);

#undef ADD

  return g_test_run ();
}
