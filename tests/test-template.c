/* test-template.c: the built-in templates (data/templates/)
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The IEWSC template is what a new user sees first: it must hold the plan of
 * the committee's Terms of Reference (../../shared/seed/README.md), read
 * through the store's models as the views read it, and pass the rules
 * without a false alarm.
 */

#include "config.h"

#include <string.h>

#include "cvk-store.h"
#include "cvk-rules.h"

/* Helpers */

static CvkStore *
create_store (const char *template_name)
{
  g_autoptr(GError) error = NULL;
  CvkStore *store = cvk_store_create (CVK_STORE_MEMORY, template_name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static guint
count (CvkStore *store,
       GType     type)
{
  return g_list_model_get_n_items (cvk_store_get_model (store, type));
}

static void
assert_date (const GDate *date,
             const char  *iso)
{
  g_autofree char *text = NULL;

  if (iso == NULL)
    {
      g_assert_null (date);
      return;
    }

  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  text = cvk_date_to_iso (date);
  g_assert_cmpstr (text, ==, iso);
}

static void
item_period (CvkItem   *item,
             CvkPeriod *period)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (cvk_item_get_start (item));
  g_assert_nonnull (cvk_item_get_end (item));
  /* cvk_period_init() also checks that the dates fall on the bounds of
   * their unit (first and last day of a month, of a season). */
  cvk_period_init (period, cvk_item_get_start (item), cvk_item_get_end (item),
                   cvk_item_get_precision (item), &error);
  if (error != NULL)
    g_test_message ("item %s: %s", cvk_entity_get_id (CVK_ENTITY (item)), error->message);
  g_assert_no_error (error);
}

static CvkItem *
lookup_item (CvkStore   *store,
             const char *id)
{
  CvkItem *item = cvk_store_lookup (store, CVK_TYPE_ITEM, id);

  if (item == NULL)
    g_test_message ("no item %s", id);
  g_assert_nonnull (item);
  g_assert_true (CVK_IS_ITEM (item));
  return item;
}

/* The IEWSC template */

static void
test_iewsc_create (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autoptr(CvkStore) by_default = create_store (NULL);
  const char *const *names = cvk_store_template_names ();

  g_assert_true (g_strv_contains (names, "iewsc"));
  g_assert_true (g_strv_contains (names, "blank"));

  /* The default template is the IEWSC one. */
  g_assert_nonnull (cvk_store_lookup (by_default, CVK_TYPE_COMMITTEE, "IEWSC"));
  g_assert_cmpuint (count (by_default, CVK_TYPE_ITEM), ==, count (store, CVK_TYPE_ITEM));

  /* The template is the document's first state, not an edit to undo. */
  g_assert_false (cvk_store_can_undo (store));
}

static void
test_iewsc_settings (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (store);
  static const struct { const char *key, *value; } expected[] = {
    { CVK_SETTING_REPORT_LEAD_MONTHS, "1" },
    { CVK_SETTING_BLACKOUT_PERIODS,   "12-15..01-10" },
    { CVK_SETTING_REGION_SCHEME,      "itu-admin" },
    { CVK_SETTING_BASE_CURRENCY,      "CHF" },
  };
  const CvkYearlyPeriod *blackout;

  g_assert_cmpuint (count (store, CVK_TYPE_SETTING), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CvkSetting *setting = cvk_store_lookup (store, CVK_TYPE_SETTING, expected[i].key);

      g_assert_nonnull (setting);
      g_assert_cmpstr (cvk_setting_get_value (setting), ==, expected[i].value);
    }

  /* ... and they read without error. */
  g_assert_cmpint (settings->report_lead_months, ==, 1);
  g_assert_cmpint (settings->region_scheme, ==, CVK_REGION_SCHEME_ITU_ADMIN);
  g_assert_cmpstr (settings->base_currency, ==, "CHF");
  g_assert_nonnull (settings->blackouts);
  g_assert_cmpuint (settings->blackouts->len, ==, 1);
  blackout = &g_array_index (settings->blackouts, CvkYearlyPeriod, 0);
  g_assert_cmpuint (blackout->first_month, ==, 12);
  g_assert_cmpuint (blackout->first_day, ==, 15);
  g_assert_cmpuint (blackout->last_month, ==, 1);
  g_assert_cmpuint (blackout->last_day, ==, 10);
}

static void
test_iewsc_committee (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  CvkCommittee *committee;
  const char *notes;

  g_assert_cmpuint (count (store, CVK_TYPE_COMMITTEE), ==, 1);
  committee = cvk_store_lookup (store, CVK_TYPE_COMMITTEE, "IEWSC");
  g_assert_nonnull (committee);
  g_assert_cmpstr (cvk_committee_get_name (committee), ==,
                   "ITU-T Industry Engagement Workshop Steering Committee");
  g_assert_cmpint (cvk_committee_get_stage (committee), ==, CVK_STAGE_FORMING);
  /* Facts the chair records: none of them is in the template. */
  g_assert_null (cvk_committee_get_formed (committee));
  g_assert_null (cvk_committee_get_executing (committee));
  g_assert_null (cvk_committee_get_reporting (committee));
  g_assert_null (cvk_committee_get_dismantled (committee));

  /* The notes tell the lifecycle of the ToR. */
  notes = cvk_committee_get_notes (committee);
  g_assert_nonnull (strstr (notes, "TSAG agreement"));
  g_assert_nonnull (strstr (notes, "one month before"));
  g_assert_nonnull (strstr (notes, "dismantled"));
  g_assert_null (strstr (notes, "IWESC"));
}

typedef struct
{
  const char    *id;
  CvkItemKind    kind;
  CvkBody        body;
  const char    *start;
  const char    *end;
  CvkPrecision   precision;
  CvkDateStatus  status;
  const char    *parent;
} ExpectedItem;

/* Table 1 of the ToR, updated values (seed README). */
static const ExpectedItem timeline[] = {
  { "TL01", CVK_ITEM_KIND_MEETING,   CVK_BODY_TSAG,   "2025-05-30", "2025-05-30", CVK_PRECISION_DAY,    CVK_DATE_STATUS_FIXED, "PH1" },
  { "TL02", CVK_ITEM_KIND_MEETING,   CVK_BODY_IEWSC,  "2025-06-01", "2025-06-30", CVK_PRECISION_MONTH,  CVK_DATE_STATUS_FIXED, "PH1" },
  { "TL03", CVK_ITEM_KIND_MEETING,   CVK_BODY_RG_IEM, "2025-10-01", "2025-10-31", CVK_PRECISION_MONTH,  CVK_DATE_STATUS_FIXED, "PH1" },
  { "TL04", CVK_ITEM_KIND_WORKSHOP,  CVK_BODY_NONE,   "2026-03-01", "2026-05-31", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBD,   "PH2" },
  { "TL05", CVK_ITEM_KIND_REPORT,    CVK_BODY_TSAG,   "2026-06-01", "2026-08-31", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBD,   "PH2" },
  { "TL06", CVK_ITEM_KIND_MEETING,   CVK_BODY_TSAG,   "2026-09-01", "2026-11-30", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBC,   "PH2" },
  { "TL07", CVK_ITEM_KIND_WORKSHOP,  CVK_BODY_NONE,   "2027-03-01", "2027-05-31", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBD,   "PH3" },
  { "TL08", CVK_ITEM_KIND_REPORT,    CVK_BODY_TSAG,   "2027-06-01", "2027-08-31", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBD,   "PH3" },
  { "TL09", CVK_ITEM_KIND_MEETING,   CVK_BODY_TSAG,   "2027-09-01", "2027-11-30", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBC,   "PH3" },
  { "TL10", CVK_ITEM_KIND_WORKSHOP,  CVK_BODY_NONE,   "2028-03-01", "2028-05-31", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBD,   "PH4" },
  { "TL11", CVK_ITEM_KIND_REPORT,    CVK_BODY_WP2,    "2028-06-01", "2028-08-31", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBD,   "PH4" },
  { "TL12", CVK_ITEM_KIND_MEETING,   CVK_BODY_WP2,    "2028-06-01", "2028-08-31", CVK_PRECISION_SEASON, CVK_DATE_STATUS_TBD,   "PH5" },
  { "TL13", CVK_ITEM_KIND_MILESTONE, CVK_BODY_NONE,   "2028-09-01", "2028-11-30", CVK_PRECISION_SEASON, CVK_DATE_STATUS_FIXED, "PH5" },
};

static void
assert_item (CvkStore           *store,
             const ExpectedItem *e)
{
  CvkItem *item = lookup_item (store, e->id);
  CvkPeriod period;

  g_test_message ("item %s", e->id);
  g_assert_cmpstr (cvk_item_get_name (item), !=, "");
  g_assert_cmpint (cvk_item_get_kind (item), ==, e->kind);
  g_assert_cmpint (cvk_item_get_body (item), ==, e->body);
  assert_date (cvk_item_get_start (item), e->start);
  assert_date (cvk_item_get_end (item), e->end);
  g_assert_cmpint (cvk_item_get_precision (item), ==, e->precision);
  g_assert_cmpint (cvk_item_get_status (item), ==, e->status);
  g_assert_cmpstr (cvk_item_get_parent (item), ==, e->parent ? e->parent : "");
  g_assert_cmpstr (cvk_item_get_owner (item), ==, "");
  g_assert_cmpint (cvk_item_get_progress (item), ==, 0);
  item_period (item, &period);
}

static void
test_iewsc_timeline (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  static const struct { const char *id, *text; } names[] = {
    { "TL01", "TSAG approves the formation of the IEWSC" },
    { "TL04", "first workshop" },
    { "TL07", "second workshop" },
    { "TL10", "third workshop" },
    { "TL11", "dismantled" },
    { "TL12", "WTSA-28" },
    { "TL13", "WTSA-28" },
  };
  GListModel *items = cvk_store_get_model (store, CVK_TYPE_ITEM);

  for (guint i = 0; i < G_N_ELEMENTS (timeline); i++)
    assert_item (store, &timeline[i]);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (strstr (cvk_item_get_name (lookup_item (store, names[i].id)), names[i].text));

  /* The product spells the committee IEWSC, never as some lines of the
   * ToR do. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CvkItem) item = g_list_model_get_item (items, i);

      g_assert_null (strstr (cvk_item_get_name (item), "IWESC"));
      g_assert_null (strstr (cvk_item_get_notes (item), "IWESC"));
    }

  /* Only TL01-TL13 are timeline rows: the struck row of the old table is
   * not there. */
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_ITEM, "TL14"));
}

static const ExpectedItem phases[] = {
  { "PH1", CVK_ITEM_KIND_PHASE, CVK_BODY_NONE, "2025-05-01", "2025-10-31", CVK_PRECISION_MONTH, CVK_DATE_STATUS_FIXED, NULL },
  { "PH2", CVK_ITEM_KIND_PHASE, CVK_BODY_NONE, "2025-11-01", "2026-11-30", CVK_PRECISION_MONTH, CVK_DATE_STATUS_TBD,   NULL },
  { "PH3", CVK_ITEM_KIND_PHASE, CVK_BODY_NONE, "2026-09-01", "2027-11-30", CVK_PRECISION_MONTH, CVK_DATE_STATUS_TBD,   NULL },
  { "PH4", CVK_ITEM_KIND_PHASE, CVK_BODY_NONE, "2027-09-01", "2028-09-30", CVK_PRECISION_MONTH, CVK_DATE_STATUS_TBD,   NULL },
  { "PH5", CVK_ITEM_KIND_PHASE, CVK_BODY_NONE, "2028-06-01", "2028-11-30", CVK_PRECISION_MONTH, CVK_DATE_STATUS_TBD,   NULL },
};

static void
test_iewsc_phases (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  GListModel *items = cvk_store_get_model (store, CVK_TYPE_ITEM);
  guint n_items = g_list_model_get_n_items (items);
  guint n_phases = 0;

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      assert_item (store, &phases[i]);
      g_assert_cmpint (cvk_item_get_position (lookup_item (store, phases[i].id)), ==, i);
    }

  /* 5 phases, 13 timeline items, 18 work packages. */
  g_assert_cmpuint (n_items, ==, 5 + 13 + 18);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CvkItem) item = g_list_model_get_item (items, i);
      const char *id = cvk_entity_get_id (CVK_ENTITY (item));
      const char *parent_id = cvk_item_get_parent (item);
      CvkItem *parent;
      CvkPeriod period, parent_period;

      if (cvk_item_get_kind (item) == CVK_ITEM_KIND_PHASE)
        {
          /* The phases are the top level of the plan. */
          g_assert_cmpstr (parent_id, ==, "");
          n_phases++;
          continue;
        }

      /* Everything else sits in a phase ... */
      g_test_message ("item %s in %s", id, parent_id);
      g_assert_cmpstr (parent_id, !=, "");
      parent = lookup_item (store, parent_id);
      g_assert_cmpint (cvk_item_get_kind (parent), ==, CVK_ITEM_KIND_PHASE);

      /* ... whose period covers it ... */
      item_period (item, &period);
      item_period (parent, &parent_period);
      g_assert_cmpint (g_date_compare (&parent_period.first, &period.first), <=, 0);
      g_assert_cmpint (g_date_compare (&period.last, &parent_period.last), <=, 0);

      /* ... and is certain when all it holds is. */
      if (cvk_item_get_status (parent) == CVK_DATE_STATUS_FIXED)
        g_assert_cmpint (cvk_item_get_status (item), ==, CVK_DATE_STATUS_FIXED);
    }
  g_assert_cmpuint (n_phases, ==, G_N_ELEMENTS (phases));

  /* Siblings have distinct positions. */
  for (guint i = 0; i < n_items; i++)
    for (guint j = i + 1; j < n_items; j++)
      {
        g_autoptr(CvkItem) a = g_list_model_get_item (items, i);
        g_autoptr(CvkItem) b = g_list_model_get_item (items, j);

        if (g_strcmp0 (cvk_item_get_parent (a), cvk_item_get_parent (b)) == 0)
          g_assert_cmpint (cvk_item_get_position (a), !=, cvk_item_get_position (b));
      }
}

static void
test_iewsc_work_packages (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  GListModel *items = cvk_store_get_model (store, CVK_TYPE_ITEM);
  static const char *const workshop_items[] = { "TL04", "TL07", "TL10" };
  static const char *const names[] = {
    "Design the workshop",
    "Determine the resources needed",
    "Pre-workshop communication",
    "Invite the participants",
    "Run the workshop",
    "Post-workshop follow-up",
  };
  guint n_tasks = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CvkItem) item = g_list_model_get_item (items, i);
      if (cvk_item_get_kind (item) == CVK_ITEM_KIND_TASK)
        n_tasks++;
    }
  g_assert_cmpuint (n_tasks, ==, 18);

  for (guint w = 1; w <= 3; w++)
    {
      g_autofree char *phase_id = g_strdup_printf ("PH%u", w + 1);
      CvkItem *workshop = lookup_item (store, workshop_items[w - 1]);
      CvkPeriod workshop_period;

      item_period (workshop, &workshop_period);
      g_assert_cmpstr (cvk_item_get_parent (workshop), ==, phase_id);

      for (guint k = 1; k <= 6; k++)
        {
          g_autofree char *id = g_strdup_printf ("W%u-%u", w, k);
          CvkItem *task = lookup_item (store, id);
          CvkPeriod period;

          g_test_message ("work package %s", id);
          g_assert_cmpint (cvk_item_get_kind (task), ==, CVK_ITEM_KIND_TASK);
          g_assert_cmpstr (cvk_item_get_name (task), ==, names[k - 1]);
          g_assert_cmpstr (cvk_item_get_parent (task), ==, phase_id);
          g_assert_cmpint (cvk_item_get_precision (task), ==, CVK_PRECISION_MONTH);
          g_assert_cmpint (cvk_item_get_status (task), ==, CVK_DATE_STATUS_TBD);
          g_assert_cmpstr (cvk_item_get_notes (task), !=, "");
          item_period (task, &period);

          /* Work packages 1-4 are done before the workshop's season
           * opens, 6 starts after it closes, 5 is that season. */
          if (k <= 4)
            g_assert_cmpint (g_date_compare (&period.last, &workshop_period.first), <, 0);
          else if (k == 5)
            {
              g_assert_cmpint (g_date_compare (&period.first, &workshop_period.first), ==, 0);
              g_assert_cmpint (g_date_compare (&period.last, &workshop_period.last), ==, 0);
            }
          else
            g_assert_cmpint (g_date_compare (&period.first, &workshop_period.last), >, 0);
        }
    }

  /* The preparation of the first workshop starts after the kick-off of
   * October 2025 (TL03). */
  assert_date (cvk_item_get_start (lookup_item (store, "W1-1")), "2025-11-01");

  /* The invitations point to the previous workshop's report. */
  g_assert_nonnull (strstr (cvk_item_get_notes (lookup_item (store, "W2-4")), "report"));
  g_assert_nonnull (strstr (cvk_item_get_notes (lookup_item (store, "W1-6")), "CWG-SFP"));
}

static gboolean
has_dependency (CvkStore   *store,
                const char *predecessor,
                const char *successor)
{
  GListModel *deps = cvk_store_get_model (store, CVK_TYPE_DEPENDENCY);

  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (deps, i);

      if (g_str_equal (cvk_dependency_get_predecessor (dep), predecessor) &&
          g_str_equal (cvk_dependency_get_successor (dep), successor))
        return TRUE;
    }

  return FALSE;
}

static void
test_iewsc_dependencies (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  GListModel *deps = cvk_store_get_model (store, CVK_TYPE_DEPENDENCY);
  g_autoptr(GPtrArray) cycle = NULL;
  guint n = g_list_model_get_n_items (deps);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (deps, i);
      const char *pred = cvk_dependency_get_predecessor (dep);
      const char *succ = cvk_dependency_get_successor (dep);

      g_test_message ("dependency %s: %s -> %s",
                      cvk_entity_get_id (CVK_ENTITY (dep)), pred, succ);
      g_assert_nonnull (cvk_store_lookup (store, CVK_TYPE_ITEM, pred));
      g_assert_nonnull (cvk_store_lookup (store, CVK_TYPE_ITEM, succ));
      g_assert_cmpstr (pred, !=, succ);
      /* A phase is the sum of its children: no arrows to or from it. */
      g_assert_cmpint (cvk_item_get_kind (lookup_item (store, pred)), !=, CVK_ITEM_KIND_PHASE);
      g_assert_cmpint (cvk_item_get_kind (lookup_item (store, succ)), !=, CVK_ITEM_KIND_PHASE);
    }

  g_assert_false (cvk_dependencies_find_cycle (deps, &cycle));

  /* The chain the ToR describes. */
  g_assert_true (has_dependency (store, "TL01", "TL02"));
  g_assert_true (has_dependency (store, "TL02", "TL03"));
  g_assert_true (has_dependency (store, "TL03", "W1-1"));
  for (guint w = 1; w <= 3; w++)
    {
      static const char *const workshop[] = { "TL04", "TL07", "TL10" };
      static const char *const report[] = { "TL05", "TL08", "TL11" };
      g_autofree char *design = g_strdup_printf ("W%u-1", w);
      g_autofree char *resources = g_strdup_printf ("W%u-2", w);
      g_autofree char *communication = g_strdup_printf ("W%u-3", w);
      g_autofree char *invite = g_strdup_printf ("W%u-4", w);
      g_autofree char *run = g_strdup_printf ("W%u-5", w);
      g_autofree char *follow_up = g_strdup_printf ("W%u-6", w);

      g_assert_true (has_dependency (store, design, resources));
      g_assert_true (has_dependency (store, design, communication));
      g_assert_true (has_dependency (store, design, invite));
      g_assert_true (has_dependency (store, resources, run));
      g_assert_true (has_dependency (store, communication, workshop[w - 1]));
      g_assert_true (has_dependency (store, invite, workshop[w - 1]));
      g_assert_true (has_dependency (store, run, follow_up));
      g_assert_true (has_dependency (store, workshop[w - 1], follow_up));
      g_assert_true (has_dependency (store, workshop[w - 1], report[w - 1]));
      g_assert_true (has_dependency (store, report[w - 1], follow_up));
      if (w > 1)
        {
          g_assert_true (has_dependency (store, report[w - 2], design));
          g_assert_true (has_dependency (store, report[w - 2], invite));
        }
    }
  g_assert_true (has_dependency (store, "TL05", "TL06"));
  g_assert_true (has_dependency (store, "TL08", "TL09"));
  g_assert_true (has_dependency (store, "TL12", "TL13"));
}

static void
plan_init (CvkPlan        *plan,
           CvkStore       *store,
           CvkDocSettings *settings)
{
  plan->items = cvk_store_get_model (store, CVK_TYPE_ITEM);
  plan->dependencies = cvk_store_get_model (store, CVK_TYPE_DEPENDENCY);
  plan->members = cvk_store_get_model (store, CVK_TYPE_MEMBER);
  plan->workshops = cvk_store_get_model (store, CVK_TYPE_WORKSHOP);
  plan->budget_lines = cvk_store_get_model (store, CVK_TYPE_BUDGET_LINE);
  plan->settings = settings;
  plan->countries = cvk_store_get_countries (store);
}

/* What `convoke --check` says of a new document: the seats are vacant (that
 * is true), the ToR's own Summer reports may come less than a month before
 * the next meeting (true: the dates are TBD), and nothing else. */
static void
test_iewsc_rules (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (store);
  g_autoptr(GPtrArray) findings = NULL;
  CvkPlan plan = { 0 };
  guint n_role = 0, n_region = 0, n_deadline = 0;

  plan_init (&plan, store, settings);
  findings = cvk_rules_check (&plan);

  for (guint i = 0; i < findings->len; i++)
    {
      const CvkFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *line = cvk_finding_to_line (f);

      g_test_message ("%s", line);
      g_assert_cmpint (f->severity, !=, CVK_SEVERITY_ERROR);

      if (g_str_equal (f->rule, CVK_RULE_ROSTER_ROLE))
        {
          g_assert_cmpint (f->severity, ==, CVK_SEVERITY_WARNING);
          n_role++;
        }
      else if (g_str_equal (f->rule, CVK_RULE_ROSTER_REGION))
        {
          g_assert_cmpint (f->severity, ==, CVK_SEVERITY_WARNING);
          n_region++;
        }
      else if (g_str_equal (f->rule, CVK_RULE_REPORT_DEADLINE))
        {
          /* Only possible, never certain. */
          g_assert_cmpint (f->severity, ==, CVK_SEVERITY_INFO);
          n_deadline++;
        }
      else
        g_assert_not_reached ();
    }

  /* R01, R02 and R04 are vacant; one finding per region A-E. */
  g_assert_cmpuint (n_role, ==, 3);
  g_assert_cmpuint (n_region, ==, 5);
  /* TL05 before TL06, TL08 before TL09, TL11 before TL12. */
  g_assert_cmpuint (n_deadline, <=, 3);
}

typedef struct
{
  const char *id;
  CvkRole     role;
  const char *region;
} ExpectedSeat;

static void
test_iewsc_roster (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  static const ExpectedSeat seats[] = {
    { "R01", CVK_ROLE_RG_IEM_LEAD,        "" },
    { "R02", CVK_ROLE_TSB_DIRECTOR,       "" },
    { "R03", CVK_ROLE_DEPUTY_SG,          "" },
    { "R04", CVK_ROLE_ITU_T_COUNSELLOR,   "" },
    { "R05", CVK_ROLE_REGIONAL_VOLUNTEER, "A" },
    { "R06", CVK_ROLE_REGIONAL_VOLUNTEER, "A" },
    { "R07", CVK_ROLE_REGIONAL_VOLUNTEER, "B" },
    { "R08", CVK_ROLE_REGIONAL_VOLUNTEER, "B" },
    { "R09", CVK_ROLE_REGIONAL_VOLUNTEER, "C" },
    { "R10", CVK_ROLE_REGIONAL_VOLUNTEER, "C" },
    { "R11", CVK_ROLE_REGIONAL_VOLUNTEER, "D" },
    { "R12", CVK_ROLE_REGIONAL_VOLUNTEER, "D" },
    { "R13", CVK_ROLE_REGIONAL_VOLUNTEER, "E" },
    { "R14", CVK_ROLE_REGIONAL_VOLUNTEER, "E" },
  };
  GListModel *members = cvk_store_get_model (store, CVK_TYPE_MEMBER);
  guint per_region[5] = { 0 };

  g_assert_cmpuint (g_list_model_get_n_items (members), ==, G_N_ELEMENTS (seats));

  for (guint i = 0; i < G_N_ELEMENTS (seats); i++)
    {
      CvkMember *m = cvk_store_lookup (store, CVK_TYPE_MEMBER, seats[i].id);

      g_test_message ("seat %s", seats[i].id);
      g_assert_nonnull (m);
      g_assert_cmpint (cvk_member_get_role (m), ==, seats[i].role);
      g_assert_cmpstr (cvk_member_get_region (m), ==, seats[i].region);
      /* No invented people. */
      g_assert_cmpint (cvk_member_get_status (m), ==, CVK_MEMBER_STATUS_VACANT);
      g_assert_cmpstr (cvk_member_get_name (m), ==, "");
      g_assert_cmpstr (cvk_member_get_email (m), ==, "");
      g_assert_cmpstr (cvk_member_get_country (m), ==, "");
      g_assert_cmpstr (cvk_member_get_justification (m), ==, "");
      g_assert_cmpint (cvk_member_get_gender (m), ==, CVK_GENDER_UNDISCLOSED);
      g_assert_false (cvk_member_get_youth (m));
      g_assert_null (cvk_member_get_term_start (m));
      g_assert_null (cvk_member_get_term_end (m));

      if (seats[i].role == CVK_ROLE_REGIONAL_VOLUNTEER)
        per_region[seats[i].region[0] - 'A']++;
    }

  for (guint r = 0; r < G_N_ELEMENTS (per_region); r++)
    g_assert_cmpuint (per_region[r], ==, CVK_ROSTER_VOLUNTEERS_PER_REGION);

  /* Every required role has a seat; the Deputy SG's is the optional one. */
  g_assert_true (cvk_role_is_required (CVK_ROLE_RG_IEM_LEAD));
  g_assert_true (cvk_role_is_required (CVK_ROLE_TSB_DIRECTOR));
  g_assert_true (cvk_role_is_required (CVK_ROLE_ITU_T_COUNSELLOR));
  g_assert_false (cvk_role_is_required (CVK_ROLE_DEPUTY_SG));
}

static void
test_iewsc_workshops (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  static const struct { const char *id, *item, *title; } expected[] = {
    { "WS1", "TL04", "ITU-T Industry Engagement Workshop 2026" },
    { "WS2", "TL07", "ITU-T Industry Engagement Workshop 2027" },
    { "WS3", "TL10", "ITU-T Industry Engagement Workshop 2028" },
  };

  g_assert_cmpuint (count (store, CVK_TYPE_WORKSHOP), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CvkWorkshop *w = cvk_store_lookup (store, CVK_TYPE_WORKSHOP, expected[i].id);
      CvkItem *item;

      g_assert_nonnull (w);
      g_assert_cmpstr (cvk_workshop_get_item (w), ==, expected[i].item);
      g_assert_cmpint (cvk_workshop_get_edition (w), ==, i + 1);
      g_assert_cmpstr (cvk_workshop_get_title (w), ==, expected[i].title);
      g_assert_cmpstr (cvk_workshop_get_place (w), ==, "");
      g_assert_cmpint (cvk_workshop_get_format (w), ==, CVK_WORKSHOP_FORMAT_IN_PERSON);
      g_assert_nonnull (strstr (cvk_workshop_get_audience (w), "decision makers"));
      g_assert_nonnull (strstr (cvk_workshop_get_audience (w), "developing countries"));

      item = lookup_item (store, expected[i].item);
      g_assert_cmpint (cvk_item_get_kind (item), ==, CVK_ITEM_KIND_WORKSHOP);
    }
}

static void
test_iewsc_indicators (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  static const struct { const char *id, *name_part; } expected[] = {
    { "KOI1", "participants" },
    { "KOI2", "ontributions" },
    { "KOI3", "Recommendations cited" },
  };

  g_assert_cmpuint (count (store, CVK_TYPE_INDICATOR), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CvkIndicator *k = cvk_store_lookup (store, CVK_TYPE_INDICATOR, expected[i].id);

      g_assert_nonnull (k);
      g_assert_nonnull (strstr (cvk_indicator_get_name (k), expected[i].name_part));
      g_assert_nonnull (strstr (cvk_indicator_get_description (k), "increases"));
    }
  g_assert_nonnull (strstr (cvk_indicator_get_description (
                      cvk_store_lookup (store, CVK_TYPE_INDICATOR, "KOI3")), "RFx"));
}

static void
test_iewsc_letter (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");
  static const char *const placeholders[] = {
    "{name}", "{previous_workshop}", "{previous_report_url}", "{workshop_title}",
    "{workshop_dates}", "{workshop_place}", "{registration_url}", "{chair_name}",
  };
  CvkLetterTemplate *letter;
  g_autofree char *text = NULL;
  const char *p;

  g_assert_cmpuint (count (store, CVK_TYPE_LETTER_TEMPLATE), ==, 1);
  letter = cvk_store_lookup (store, CVK_TYPE_LETTER_TEMPLATE, "LT-EN-PREVIOUS");
  g_assert_nonnull (letter);
  g_assert_cmpstr (cvk_letter_template_get_language (letter), ==, "en");
  g_assert_cmpstr (cvk_letter_template_get_subject (letter), !=, "");

  text = g_strconcat (cvk_letter_template_get_subject (letter), "\n",
                      cvk_letter_template_get_body (letter), NULL);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    {
      g_test_message ("placeholder %s", placeholders[i]);
      g_assert_nonnull (strstr (text, placeholders[i]));
    }

  /* Every brace opens one of the documented placeholders. */
  for (p = strchr (text, '{'); p != NULL; p = strchr (p + 1, '{'))
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
        known |= g_str_has_prefix (p, placeholders[i]);
      g_assert_true (known);
    }

  /* What the ToR asks the letter to say. */
  g_assert_nonnull (strstr (cvk_letter_template_get_body (letter), "Thank you"));
  g_assert_nonnull (strstr (cvk_letter_template_get_body (letter), "report"));
  g_assert_nonnull (strstr (cvk_letter_template_get_body (letter), "invite"));
}

/* No invented data: no money, no people, no measurements. */
static void
test_iewsc_nothing_invented (void)
{
  g_autoptr(CvkStore) store = create_store ("iewsc");

  g_assert_cmpuint (count (store, CVK_TYPE_BUDGET_LINE), ==, 0);
  g_assert_cmpuint (count (store, CVK_TYPE_STAFF_ALLOCATION), ==, 0);
  g_assert_cmpuint (count (store, CVK_TYPE_CONTACT), ==, 0);
  g_assert_cmpuint (count (store, CVK_TYPE_INVITATION), ==, 0);
  g_assert_cmpuint (count (store, CVK_TYPE_KOI_MEASUREMENT), ==, 0);
}

/* The blank template */

static void
test_blank (void)
{
  g_autoptr(CvkStore) store = create_store ("blank");
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (store);
  g_autoptr(CvkDocSettings) defaults = cvk_doc_settings_new ();
  CvkCommittee *committee;
  GType *types;
  guint n_types;

  types = cvk_entity_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      guint n = count (store, types[t]);

      g_test_message ("%s: %u", g_type_name (types[t]), n);
      if (types[t] == CVK_TYPE_SETTING)
        g_assert_cmpuint (n, ==, 4);
      else if (types[t] == CVK_TYPE_COMMITTEE)
        g_assert_cmpuint (n, ==, 1);
      else if (types[t] == CVK_TYPE_COUNTRY_REGION)
        continue; /* the document's corrections to the country table, if any */
      else
        g_assert_cmpuint (n, ==, 0);
    }

  committee = cvk_store_lookup (store, CVK_TYPE_COMMITTEE, "COMMITTEE");
  g_assert_nonnull (committee);
  g_assert_cmpstr (cvk_committee_get_name (committee), ==, "");
  g_assert_cmpint (cvk_committee_get_stage (committee), ==, CVK_STAGE_FORMING);
  g_assert_null (cvk_committee_get_formed (committee));

  /* Its settings are the defaults. */
  for (const char *const *key = (const char *const[]) {
         CVK_SETTING_REPORT_LEAD_MONTHS, CVK_SETTING_BLACKOUT_PERIODS,
         CVK_SETTING_REGION_SCHEME, CVK_SETTING_BASE_CURRENCY, NULL };
       *key != NULL; key++)
    {
      g_autofree char *value = cvk_doc_settings_dup_value (settings, *key);
      g_autofree char *default_value = cvk_doc_settings_dup_value (defaults, *key);
      CvkSetting *setting = cvk_store_lookup (store, CVK_TYPE_SETTING, *key);

      g_assert_nonnull (setting);
      g_assert_cmpstr (value, ==, default_value);
      g_assert_cmpstr (cvk_setting_get_value (setting), ==, default_value);
    }

  g_assert_false (cvk_store_can_undo (store));
}

static void
test_unknown_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "no-such-template", &error);

  g_assert_null (store);
  g_assert_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/template/iewsc/create", test_iewsc_create);
  g_test_add_func ("/cvk/template/iewsc/settings", test_iewsc_settings);
  g_test_add_func ("/cvk/template/iewsc/committee", test_iewsc_committee);
  g_test_add_func ("/cvk/template/iewsc/timeline", test_iewsc_timeline);
  g_test_add_func ("/cvk/template/iewsc/phases", test_iewsc_phases);
  g_test_add_func ("/cvk/template/iewsc/work-packages", test_iewsc_work_packages);
  g_test_add_func ("/cvk/template/iewsc/dependencies", test_iewsc_dependencies);
  g_test_add_func ("/cvk/template/iewsc/rules", test_iewsc_rules);
  g_test_add_func ("/cvk/template/iewsc/roster", test_iewsc_roster);
  g_test_add_func ("/cvk/template/iewsc/workshops", test_iewsc_workshops);
  g_test_add_func ("/cvk/template/iewsc/indicators", test_iewsc_indicators);
  g_test_add_func ("/cvk/template/iewsc/letter", test_iewsc_letter);
  g_test_add_func ("/cvk/template/iewsc/nothing-invented", test_iewsc_nothing_invented);
  g_test_add_func ("/cvk/template/blank", test_blank);
  g_test_add_func ("/cvk/template/unknown", test_unknown_template);

  return g_test_run ();
}
