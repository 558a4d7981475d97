/* cvk-rules.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cvk-budget-line.h"
#include "cvk-dependency.h"
#include "cvk-enum-types.h"
#include "cvk-fuzzy-date.h"
#include "cvk-item.h"
#include "cvk-member.h"
#include "cvk-money.h"
#include "cvk-rules.h"
#include "cvk-workshop.h"

/* Lags beyond this many days are taken as this many: it keeps GDate
 * arithmetic in range and no plan needs more. */
#define MAX_LAG_DAYS 100000

#define CONFIRM_LATER N_("this can be confirmed once the dates are fixed")

/* Findings */

CvkFinding *
cvk_finding_new (CvkSeverity  severity,
                 const char  *rule,
                 const char  *subject,
                 const char  *message)
{
  CvkFinding *self = g_new0 (CvkFinding, 1);

  self->severity = severity;
  self->rule = g_strdup (rule ? rule : "");
  self->subject = g_strdup (subject ? subject : "");
  self->message = g_strdup (message ? message : "");
  return self;
}

CvkFinding *
cvk_finding_copy (const CvkFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  return cvk_finding_new (finding->severity, finding->rule,
                          finding->subject, finding->message);
}

void
cvk_finding_free (CvkFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->rule);
  g_free (finding->subject);
  g_free (finding->message);
  g_free (finding);
}

G_DEFINE_BOXED_TYPE (CvkFinding, cvk_finding, cvk_finding_copy, cvk_finding_free)

const char *
cvk_severity_to_string (CvkSeverity severity)
{
  /* Never translated: scripts read them. */
  switch (severity)
    {
    case CVK_SEVERITY_ERROR:   return "error";
    case CVK_SEVERITY_WARNING: return "warning";
    case CVK_SEVERITY_INFO:    return "info";
    default:                   return "info";
    }
}

char *
cvk_finding_to_line (const CvkFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  return g_strdup_printf ("%s: %s: %s: %s",
                          cvk_severity_to_string (finding->severity),
                          finding->rule, finding->subject, finding->message);
}

static void
add_finding (GPtrArray   *out,
             CvkSeverity  severity,
             const char  *rule,
             const char  *subject,
             const char  *message)
{
  g_ptr_array_add (out, cvk_finding_new (severity, rule, subject, message));
}

/* For the info findings: "<what may be wrong>; this can be confirmed ..." */
static void
add_possible (GPtrArray  *out,
              const char *rule,
              const char *subject,
              const char *message)
{
  /* Translators: a finding that may hold, then why it is not certain */
  g_autofree char *full = g_strdup_printf (_("%s; %s"), message, _(CONFIRM_LATER));

  add_finding (out, CVK_SEVERITY_INFO, rule, subject, full);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const CvkFinding *fa = *(const CvkFinding * const *) a;
  const CvkFinding *fb = *(const CvkFinding * const *) b;
  int r;

  if (fa->severity != fb->severity)
    return fa->severity < fb->severity ? -1 : 1;
  if ((r = g_strcmp0 (fa->rule, fb->rule)) != 0)
    return r;
  if ((r = g_strcmp0 (fa->subject, fb->subject)) != 0)
    return r;
  return g_strcmp0 (fa->message, fb->message);
}

void
cvk_findings_sort (GPtrArray *findings)
{
  g_return_if_fail (findings != NULL);

  g_ptr_array_sort (findings, compare_findings);
}

/* Plan access */

static GPtrArray *
collect (GListModel *model,
         GType       type)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (model == NULL)
    return out;

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      gpointer object = g_list_model_get_item (model, i);

      if (object != NULL && G_TYPE_CHECK_INSTANCE_TYPE (object, type))
        g_ptr_array_add (out, object);
      else
        g_clear_object (&object);
    }

  return out;
}

static const CvkDocSettings *
plan_settings (const CvkPlan   *plan,
               CvkDocSettings **owned)
{
  if (plan->settings != NULL)
    return plan->settings;

  *owned = cvk_doc_settings_new ();
  return *owned;
}

static CvkCountries *
plan_countries (const CvkPlan  *plan,
                CvkCountries  **owned)
{
  if (plan->countries != NULL)
    return plan->countries;

  *owned = cvk_countries_new_default ();
  return *owned;
}

/* The period of a dated item, widened to whole units of its precision;
 * FALSE for an undated item (or one that ends before it starts). */
static gboolean
item_get_period (CvkItem   *item,
                 CvkPeriod *period)
{
  const GDate *start = cvk_item_get_start (item);
  const GDate *end = cvk_item_get_end (item);
  CvkPrecision precision = cvk_item_get_precision (item);
  GDate lo, hi;

  if (start != NULL && !g_date_valid (start))
    start = NULL;
  if (end != NULL && !g_date_valid (end))
    end = NULL;
  if (start == NULL)
    start = end;
  if (end == NULL)
    end = start;
  if (start == NULL || g_date_compare (start, end) > 0)
    return FALSE;

  if (precision > CVK_PRECISION_YEAR)
    precision = CVK_PRECISION_DAY;

  cvk_date_unit_bounds (start, precision, &period->first, &hi);
  cvk_date_unit_bounds (end, precision, &lo, &period->last);
  period->precision = precision;
  return TRUE;
}

static void
date_add_days (GDate  *date,
               gint64  days)
{
  days = CLAMP (days, -MAX_LAG_DAYS, MAX_LAG_DAYS);

  if (days >= 0)
    g_date_add_days (date, (guint) days);
  else
    g_date_subtract_days (date, (guint) -days);
}

static char *
format_day (const GDate *date)
{
  CvkPeriod day;

  day.first = *date;
  day.last = *date;
  day.precision = CVK_PRECISION_DAY;
  return cvk_period_format (&day);
}

/* The unit of @precision that holds @date: "3 March 2026", "Spring 2026". */
static char *
format_unit (const GDate  *date,
             CvkPrecision  precision)
{
  CvkPeriod unit;

  cvk_date_unit_bounds (date, precision, &unit.first, &unit.last);
  unit.precision = precision;
  return cvk_period_format (&unit);
}

/* Cycles */

typedef struct
{
  GPtrArray  *ids;        /* node index -> id, sorted */
  GArray    **adj;        /* node index -> successors (guint), sorted */
  gboolean   *self_loop;
  guint       n;
} Graph;

static void
graph_clear (Graph *g)
{
  for (guint i = 0; i < g->n; i++)
    g_array_unref (g->adj[i]);
  g_clear_pointer (&g->adj, g_free);
  g_clear_pointer (&g->self_loop, g_free);
  g_clear_pointer (&g->ids, g_ptr_array_unref);
  g->n = 0;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint ua = *(const guint *) a;
  guint ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

static void
graph_build (Graph      *g,
             GListModel *dependencies)
{
  g_autoptr(GPtrArray) deps = collect (dependencies, CVK_TYPE_DEPENDENCY);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  g->ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < deps->len; i++)
    {
      CvkDependency *dep = g_ptr_array_index (deps, i);
      const char *ends[2] = { cvk_dependency_get_predecessor (dep),
                              cvk_dependency_get_successor (dep) };

      if (*ends[0] == '\0' || *ends[1] == '\0')
        continue;

      for (guint j = 0; j < 2; j++)
        if (!g_hash_table_contains (index, ends[j]))
          {
            char *id = g_strdup (ends[j]);
            g_ptr_array_add (g->ids, id);
            g_hash_table_add (index, id);
          }
    }

  g_ptr_array_sort (g->ids, compare_strings);
  g->n = g->ids->len;
  g->adj = g_new0 (GArray *, MAX (g->n, 1));
  g->self_loop = g_new0 (gboolean, MAX (g->n, 1));

  g_hash_table_remove_all (index);
  for (guint i = 0; i < g->n; i++)
    {
      g_hash_table_insert (index, g_ptr_array_index (g->ids, i), GUINT_TO_POINTER (i + 1));
      g->adj[i] = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  for (guint i = 0; i < deps->len; i++)
    {
      CvkDependency *dep = g_ptr_array_index (deps, i);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (index, cvk_dependency_get_predecessor (dep)));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (index, cvk_dependency_get_successor (dep)));

      if (from == 0 || to == 0)
        continue;
      from--, to--;

      if (from == to)
        g->self_loop[from] = TRUE;
      else
        g_array_append_val (g->adj[from], to);
    }

  for (guint i = 0; i < g->n; i++)
    g_array_sort (g->adj[i], compare_uints);
}

typedef struct
{
  const Graph *g;
  int         *index;
  int         *low;
  gboolean    *on_stack;
  int         *comp;
  GArray      *stack;
  int          counter;
  int          n_comps;
} Tarjan;

static void
tarjan_visit (Tarjan *t,
              guint   v)
{
  GArray *adj = t->g->adj[v];

  t->index[v] = t->low[v] = t->counter++;
  g_array_append_val (t->stack, v);
  t->on_stack[v] = TRUE;

  for (guint i = 0; i < adj->len; i++)
    {
      guint w = g_array_index (adj, guint, i);

      if (t->index[w] < 0)
        {
          tarjan_visit (t, w);
          t->low[v] = MIN (t->low[v], t->low[w]);
        }
      else if (t->on_stack[w])
        t->low[v] = MIN (t->low[v], t->index[w]);
    }

  if (t->low[v] == t->index[v])
    {
      guint w;

      do
        {
          w = g_array_index (t->stack, guint, t->stack->len - 1);
          g_array_set_size (t->stack, t->stack->len - 1);
          t->on_stack[w] = FALSE;
          t->comp[w] = t->n_comps;
        }
      while (w != v);

      t->n_comps++;
    }
}

/* A shortest cycle through @start inside its component. */
static GPtrArray *
cycle_through (const Graph *g,
               const int   *comp,
               guint        start)
{
  g_autofree int *parent = g_new (int, g->n);
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *cycle = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint));
  int last = -1;

  for (guint i = 0; i < g->n; i++)
    parent[i] = -1;

  g_array_append_val (queue, start);
  parent[start] = (int) start;

  for (guint q = 0; q < queue->len && last < 0; q++)
    {
      guint v = g_array_index (queue, guint, q);
      GArray *adj = g->adj[v];

      for (guint i = 0; i < adj->len; i++)
        {
          guint w = g_array_index (adj, guint, i);

          if (comp[w] != comp[start])
            continue;
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

  g_assert (last >= 0);

  for (guint v = (guint) last; v != start; v = (guint) parent[v])
    g_array_append_val (path, v);
  g_array_append_val (path, start);

  for (guint i = path->len; i > 0; i--)
    g_ptr_array_add (cycle, g_strdup (g_ptr_array_index (g->ids, g_array_index (path, guint, i - 1))));

  return cycle;
}

static int
compare_cycles (gconstpointer a,
                gconstpointer b)
{
  GPtrArray *ca = *(GPtrArray * const *) a;
  GPtrArray *cb = *(GPtrArray * const *) b;
  int r = strcmp (g_ptr_array_index (ca, 0), g_ptr_array_index (cb, 0));

  if (r != 0)
    return r;
  return (int) ca->len - (int) cb->len;
}

/* Every self-loop and one cycle per strongly connected component, each
 * starting with its smallest id, sorted by that id. */
static GPtrArray *
find_cycles (GListModel *dependencies)
{
  GPtrArray *cycles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  Graph g = { 0 };
  Tarjan t = { 0 };
  g_autofree guint *comp_size = NULL;
  g_autofree gboolean *comp_done = NULL;

  graph_build (&g, dependencies);
  if (g.n == 0)
    {
      graph_clear (&g);
      return cycles;
    }

  t.g = &g;
  t.index = g_new (int, g.n);
  t.low = g_new (int, g.n);
  t.on_stack = g_new0 (gboolean, g.n);
  t.comp = g_new (int, g.n);
  t.stack = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < g.n; i++)
    t.index[i] = -1;

  for (guint i = 0; i < g.n; i++)
    if (t.index[i] < 0)
      tarjan_visit (&t, i);

  comp_size = g_new0 (guint, t.n_comps);
  comp_done = g_new0 (gboolean, t.n_comps);
  for (guint i = 0; i < g.n; i++)
    comp_size[t.comp[i]]++;

  /* Nodes are in id order: the first node met in a component is its
   * smallest id. */
  for (guint i = 0; i < g.n; i++)
    {
      int c = t.comp[i];

      if (g.self_loop[i])
        {
          GPtrArray *loop = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (loop, g_strdup (g_ptr_array_index (g.ids, i)));
          g_ptr_array_add (cycles, loop);
        }

      if (comp_size[c] > 1 && !comp_done[c])
        {
          comp_done[c] = TRUE;
          g_ptr_array_add (cycles, cycle_through (&g, t.comp, i));
        }
    }

  g_ptr_array_sort (cycles, compare_cycles);

  g_free (t.index);
  g_free (t.low);
  g_free (t.on_stack);
  g_free (t.comp);
  g_array_unref (t.stack);
  graph_clear (&g);

  return cycles;
}

gboolean
cvk_dependencies_find_cycle (GListModel  *dependencies,
                             GPtrArray  **cycle_item_ids)
{
  g_autoptr(GPtrArray) cycles = NULL;

  g_return_val_if_fail (dependencies == NULL || G_IS_LIST_MODEL (dependencies), FALSE);

  if (cycle_item_ids != NULL)
    *cycle_item_ids = NULL;

  cycles = find_cycles (dependencies);
  if (cycles->len == 0)
    return FALSE;

  if (cycle_item_ids != NULL)
    *cycle_item_ids = g_ptr_array_ref (g_ptr_array_index (cycles, 0));
  return TRUE;
}

void
cvk_rule_cycle (const CvkPlan *plan,
                GPtrArray     *out)
{
  g_autoptr(GPtrArray) cycles = NULL;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  cycles = find_cycles (plan->dependencies);

  for (guint i = 0; i < cycles->len; i++)
    {
      GPtrArray *cycle = g_ptr_array_index (cycles, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *message = NULL;

      for (guint j = 0; j < cycle->len; j++)
        g_string_append_printf (text, "%s → ", (const char *) g_ptr_array_index (cycle, j));
      g_string_append (text, g_ptr_array_index (cycle, 0));

      /* Translators: %s is a list of item ids: "TL04 → W1-RUN → TL04" */
      message = g_strdup_printf (_("These items depend on each other in a circle: %s"), text->str);
      add_finding (out, CVK_SEVERITY_ERROR, CVK_RULE_CYCLE,
                   g_ptr_array_index (cycle, 0), message);
    }
}

/* Dependencies */

static GHashTable *
index_items (GPtrArray *items)
{
  GHashTable *by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < items->len; i++)
    {
      CvkItem *item = g_ptr_array_index (items, i);
      g_hash_table_replace (by_id, (gpointer) cvk_entity_get_id (CVK_ENTITY (item)), item);
    }

  return by_id;
}

static const char *
relation_name (CvkDependencyType relation)
{
  switch (relation)
    {
    case CVK_DEPENDENCY_FS: return _("finish-to-start");
    case CVK_DEPENDENCY_SS: return _("start-to-start");
    case CVK_DEPENDENCY_FF: return _("finish-to-finish");
    case CVK_DEPENDENCY_SF: return _("start-to-finish");
    default:                return "";
    }
}

/* "the finish-to-start dependency on W1-PREP with a lag of 3 days" */
static char *
dependency_phrase (CvkDependencyType  relation,
                   const char        *predecessor,
                   gint64             lag)
{
  int days = (int) CLAMP (lag, -MAX_LAG_DAYS, MAX_LAG_DAYS);

  if (days == 0)
    /* Translators: "the finish-to-start dependency on W1-PREP" */
    return g_strdup_printf (_("the %s dependency on %s"),
                            relation_name (relation), predecessor);

  /* Translators: "the finish-to-start dependency on W1-PREP with a lag of 3 days" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "the %s dependency on %s with a lag of %d day",
                                       "the %s dependency on %s with a lag of %d days",
                                       ABS (days)),
                          relation_name (relation), predecessor, days);
}

static void
check_dependency (CvkDependency *dep,
                  GHashTable    *items,
                  GPtrArray     *out)
{
  const char *pred_id = cvk_dependency_get_predecessor (dep);
  const char *succ_id = cvk_dependency_get_successor (dep);
  CvkDependencyType relation = cvk_dependency_get_relation (dep);
  gint64 lag = cvk_dependency_get_lag (dep);
  CvkItem *pred, *succ;
  CvkPeriod pp, sp;
  gboolean succ_end, pred_end;
  GDate x_lo, x_hi, y_lo, y_hi;
  g_autofree char *when = NULL;
  g_autofree char *phrase = NULL;
  g_autofree char *bound = NULL;
  g_autofree char *message = NULL;

  /* A self-loop is a cycle, reported by that rule. */
  if (g_strcmp0 (pred_id, succ_id) == 0)
    return;

  pred = g_hash_table_lookup (items, pred_id);
  succ = g_hash_table_lookup (items, succ_id);
  if (pred == NULL || succ == NULL ||
      !item_get_period (pred, &pp) || !item_get_period (succ, &sp))
    return;

  succ_end = relation == CVK_DEPENDENCY_FF || relation == CVK_DEPENDENCY_SF;
  pred_end = relation == CVK_DEPENDENCY_FS || relation == CVK_DEPENDENCY_FF;

  /* The successor's date x must be >= the predecessor's date y + lag. */
  if (succ_end)
    cvk_period_end_range (&sp, &x_lo, &x_hi);
  else
    cvk_period_start_range (&sp, &x_lo, &x_hi);

  if (pred_end)
    cvk_period_end_range (&pp, &y_lo, &y_hi);
  else
    cvk_period_start_range (&pp, &y_lo, &y_hi);

  date_add_days (&y_lo, lag);
  date_add_days (&y_hi, lag);

  /* Most dependencies hold: the texts are made only for a finding. */
  if (g_date_compare (&x_hi, &y_lo) >= 0 && g_date_compare (&x_lo, &y_hi) >= 0)
    return;

  when = format_unit (succ_end ? &sp.last : &sp.first, sp.precision);
  phrase = dependency_phrase (relation, pred_id, lag);

  if (g_date_compare (&x_hi, &y_lo) < 0)
    {
      bound = format_day (&y_lo);
      if (succ_end)
        /* Translators: "W1-RUN ends (3 March 2026) before the finish-to-finish
         * dependency on W1-PREP allows (not before 10 March 2026)" */
        message = g_strdup_printf (_("%s ends (%s) before %s allows (not before %s)"),
                                   succ_id, when, phrase, bound);
      else
        /* Translators: "W1-RUN starts (3 March 2026) before the finish-to-start
         * dependency on W1-PREP allows (not before 10 March 2026)" */
        message = g_strdup_printf (_("%s starts (%s) before %s allows (not before %s)"),
                                   succ_id, when, phrase, bound);
      add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_DEPENDENCY, succ_id, message);
    }
  else if (g_date_compare (&x_lo, &y_hi) < 0)
    {
      if (g_date_compare (&y_lo, &y_hi) == 0)
        bound = format_day (&y_lo);
      else
        {
          g_autofree char *lo = format_day (&y_lo);
          g_autofree char *hi = format_day (&y_hi);

          /* Translators: "a day between 1 June 2028 and 31 August 2028" */
          bound = g_strdup_printf (_("a day between %s and %s"), lo, hi);
        }

      if (succ_end)
        message = g_strdup_printf (_("%s may end (%s) before %s allows (not before %s)"),
                                   succ_id, when, phrase, bound);
      else
        message = g_strdup_printf (_("%s may start (%s) before %s allows (not before %s)"),
                                   succ_id, when, phrase, bound);
      add_possible (out, CVK_RULE_DEPENDENCY, succ_id, message);
    }
}

void
cvk_rule_dependency (const CvkPlan *plan,
                     GPtrArray     *out)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) deps = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  items = collect (plan->items, CVK_TYPE_ITEM);
  deps = collect (plan->dependencies, CVK_TYPE_DEPENDENCY);
  by_id = index_items (items);

  for (guint i = 0; i < deps->len; i++)
    check_dependency (g_ptr_array_index (deps, i), by_id, out);
}

/* Report deadlines */

typedef struct
{
  CvkItem   *item;
  CvkPeriod  period;
  GDate      start_lo;
  GDate      start_hi;
} Meeting;

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  const Meeting *ma = a;
  const Meeting *mb = b;
  int r = g_date_compare (&ma->start_lo, &mb->start_lo);

  if (r != 0)
    return r;
  if ((r = g_date_compare (&ma->start_hi, &mb->start_hi)) != 0)
    return r;
  return strcmp (cvk_entity_get_id (CVK_ENTITY (ma->item)),
                 cvk_entity_get_id (CVK_ENTITY (mb->item)));
}

static void
report_deadline_finding (GPtrArray       *out,
                         CvkItem         *report,
                         const CvkPeriod *rp,
                         const Meeting   *meeting,
                         int              lead,
                         gboolean         certain)
{
  const char *report_id = cvk_entity_get_id (CVK_ENTITY (report));
  const char *meeting_id = cvk_entity_get_id (CVK_ENTITY (meeting->item));
  const char *body = cvk_enum_to_nick (CVK_TYPE_BODY, cvk_item_get_body (meeting->item));
  g_autofree char *report_when = format_unit (&rp->last, rp->precision);
  g_autofree char *meeting_when = format_unit (&meeting->period.first, meeting->period.precision);
  g_autofree char *message = NULL;

  if (certain)
    {
      message = g_strdup_printf (/* Translators: "TL05 (15 August 2026) ends less than 1 month
                                  * before the next TSAG meeting, TL06 (1 September 2026)" */
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%s (%s) ends less than %d month before the next %s meeting, %s (%s)",
                                              "%s (%s) ends less than %d months before the next %s meeting, %s (%s)",
                                              lead),
                                 report_id, report_when, lead, body, meeting_id, meeting_when);
      add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_REPORT_DEADLINE, report_id, message);
    }
  else
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s (%s) may end less than %d month before the next %s meeting, %s (%s)",
                                              "%s (%s) may end less than %d months before the next %s meeting, %s (%s)",
                                              lead),
                                 report_id, report_when, lead, body, meeting_id, meeting_when);
      add_possible (out, CVK_RULE_REPORT_DEADLINE, report_id, message);
    }
}

void
cvk_rule_report_deadline (const CvkPlan *plan,
                          GPtrArray     *out)
{
  g_autoptr(CvkDocSettings) owned = NULL;
  const CvkDocSettings *settings;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) meetings = NULL;
  int lead;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  settings = plan_settings (plan, &owned);
  lead = settings->report_lead_months;
  if (lead <= 0)
    return;

  items = collect (plan->items, CVK_TYPE_ITEM);
  meetings = g_array_new (FALSE, FALSE, sizeof (Meeting));

  for (guint i = 0; i < items->len; i++)
    {
      CvkItem *item = g_ptr_array_index (items, i);
      CvkBody body = cvk_item_get_body (item);
      Meeting m = { item };

      if (cvk_item_get_kind (item) != CVK_ITEM_KIND_MEETING ||
          (body != CVK_BODY_TSAG && body != CVK_BODY_WP2) ||
          !item_get_period (item, &m.period))
        continue;

      cvk_period_start_range (&m.period, &m.start_lo, &m.start_hi);
      g_array_append_val (meetings, m);
    }
  g_array_sort (meetings, compare_meetings);

  for (guint i = 0; i < items->len; i++)
    {
      CvkItem *report = g_ptr_array_index (items, i);
      const Meeting *possible = NULL;
      CvkPeriod rp;
      GDate e_lo, e_hi;

      if (cvk_item_get_kind (report) != CVK_ITEM_KIND_REPORT ||
          !item_get_period (report, &rp))
        continue;

      cvk_period_end_range (&rp, &e_lo, &e_hi);

      /* The report (ending on day e) is late for a meeting (starting on
       * day m) when m - lead < e <= m: for the meeting that is next, and
       * then for none of the later ones. */
      for (guint j = 0; j < meetings->len; j++)
        {
          const Meeting *m = &g_array_index (meetings, Meeting, j);
          GDate d_lo = m->start_lo;
          GDate d_hi = m->start_hi;

          cvk_date_add_months_clamped (&d_lo, -lead);
          cvk_date_add_months_clamped (&d_hi, -lead);

          if (g_date_compare (&d_hi, &e_lo) < 0 &&
              g_date_compare (&e_hi, &m->start_lo) <= 0)
            {
              report_deadline_finding (out, report, &rp, m, lead, TRUE);
              possible = NULL;
              break;
            }

          if (possible == NULL &&
              g_date_compare (&e_hi, &d_lo) > 0 &&
              g_date_compare (&e_lo, &m->start_hi) <= 0)
            possible = m;
        }

      if (possible != NULL)
        report_deadline_finding (out, report, &rp, possible, lead, FALSE);
    }
}

/* Blackouts */

static const CvkYearlyPeriod *
find_blackout (GArray      *blackouts,
               const GDate *first,
               const GDate *last)
{
  for (guint i = 0; blackouts != NULL && i < blackouts->len; i++)
    {
      const CvkYearlyPeriod *b = &g_array_index (blackouts, CvkYearlyPeriod, i);

      if (cvk_yearly_period_overlaps (b, first, last))
        return b;
    }

  return NULL;
}

/* Whether the item can take place without touching a blackout: some start
 * day of its start range with the earliest end that day allows. */
static gboolean
can_avoid_blackouts (const CvkPeriod *period,
                     GArray          *blackouts)
{
  GDate s_lo, s_hi, e_lo, e_hi, s;

  cvk_period_start_range (period, &s_lo, &s_hi);
  cvk_period_end_range (period, &e_lo, &e_hi);

  for (s = s_lo; g_date_compare (&s, &s_hi) <= 0; g_date_add_days (&s, 1))
    {
      const GDate *e = g_date_compare (&s, &e_lo) >= 0 ? &s : &e_lo;

      if (find_blackout (blackouts, &s, e) == NULL)
        return TRUE;
    }

  return FALSE;
}

static char *
format_yearly_day (guint month,
                   guint day)
{
  GDate date;
  char buf[64];

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, 2000);
  /* Translators: a day of the year, see strftime(3): "15 December" */
  if (g_date_strftime (buf, sizeof buf, C_("date", "%-d %B"), &date) == 0)
    return g_strdup_printf ("%02u-%02u", month, day);
  return g_strdup (buf);
}

void
cvk_rule_blackout (const CvkPlan *plan,
                   GPtrArray     *out)
{
  g_autoptr(CvkDocSettings) owned = NULL;
  const CvkDocSettings *settings;
  g_autoptr(GPtrArray) items = NULL;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  settings = plan_settings (plan, &owned);
  if (settings->blackouts == NULL || settings->blackouts->len == 0)
    return;

  items = collect (plan->items, CVK_TYPE_ITEM);

  for (guint i = 0; i < items->len; i++)
    {
      CvkItem *item = g_ptr_array_index (items, i);
      const char *id = cvk_entity_get_id (CVK_ENTITY (item));
      const CvkYearlyPeriod *b;
      CvkPeriod period;
      g_autofree char *when = NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *message = NULL;

      if (cvk_item_get_kind (item) != CVK_ITEM_KIND_WORKSHOP ||
          !item_get_period (item, &period))
        continue;

      b = find_blackout (settings->blackouts, &period.first, &period.last);
      if (b == NULL)
        continue;

      when = cvk_period_format (&period);
      from = format_yearly_day (b->first_month, b->first_day);
      to = format_yearly_day (b->last_month, b->last_day);

      if (!can_avoid_blackouts (&period, settings->blackouts))
        {
          /* Translators: "W1 (20 December 2025) overlaps a period unfit for
           * workshops (15 December – 10 January)" */
          message = g_strdup_printf (_("%s (%s) overlaps a period unfit for workshops (%s – %s)"),
                                     id, when, from, to);
          add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_BLACKOUT, id, message);
        }
      else
        {
          message = g_strdup_printf (_("%s (%s) may overlap a period unfit for workshops (%s – %s)"),
                                     id, when, from, to);
          add_possible (out, CVK_RULE_BLACKOUT, id, message);
        }
    }
}

/* The roster */

static const CvkRole required_roles[] = {
  CVK_ROLE_RG_IEM_LEAD,
  CVK_ROLE_TSB_DIRECTOR,
  CVK_ROLE_ITU_T_COUNSELLOR,
};

gboolean
cvk_role_is_required (CvkRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (required_roles); i++)
    if (required_roles[i] == role)
      return TRUE;
  return FALSE;
}

const char *
cvk_member_region_in_scheme (CvkMember       *member,
                             CvkCountries    *countries,
                             CvkRegionScheme  scheme)
{
  const char *region;
  const char *country;

  g_return_val_if_fail (CVK_IS_MEMBER (member), NULL);

  region = cvk_member_get_region (member);
  if (region != NULL && *region != '\0' && cvk_region_is_valid (scheme, region))
    return region;

  country = cvk_member_get_country (member);
  if (countries != NULL && country != NULL && *country != '\0')
    return cvk_countries_region (countries, country, scheme);

  return NULL;
}

void
cvk_roster_balance_compute (const CvkPlan    *plan,
                            CvkRosterBalance *balance)
{
  g_autoptr(CvkDocSettings) owned_settings = NULL;
  g_autoptr(CvkCountries) owned_countries = NULL;
  const CvkDocSettings *settings;
  CvkCountries *countries;
  g_autoptr(GPtrArray) members = NULL;
  const char * const *regions;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (balance != NULL);

  memset (balance, 0, sizeof *balance);

  settings = plan_settings (plan, &owned_settings);
  countries = plan_countries (plan, &owned_countries);

  balance->region_scheme = settings->region_scheme;
  regions = cvk_region_scheme_regions (settings->region_scheme);
  for (guint i = 0; regions != NULL && regions[i] != NULL && i < CVK_ROSTER_MAX_REGIONS; i++)
    balance->regions[balance->n_regions++] = regions[i];

  members = collect (plan->members, CVK_TYPE_MEMBER);

  for (guint i = 0; i < members->len; i++)
    {
      CvkMember *member = g_ptr_array_index (members, i);
      CvkRole role = cvk_member_get_role (member);
      const char *code = cvk_member_get_country (member);
      const CvkCountry *country = NULL;

      if (cvk_member_get_status (member) != CVK_MEMBER_STATUS_CONFIRMED)
        continue;

      balance->n_confirmed++;

      if ((guint) role < G_N_ELEMENTS (balance->role_filled))
        balance->role_filled[role]++;

      switch (cvk_member_get_gender (member))
        {
        case CVK_GENDER_FEMALE: balance->n_female++; break;
        case CVK_GENDER_MALE:   balance->n_male++; break;
        case CVK_GENDER_OTHER:  balance->n_gender_other++; break;
        case CVK_GENDER_UNDISCLOSED:
        default:                balance->n_gender_undisclosed++; break;
        }

      if (countries != NULL && code != NULL && *code != '\0')
        country = cvk_countries_lookup (countries, code);
      if (country == NULL)
        balance->n_country_unknown++;
      else if (country->developing)
        balance->n_developing++;
      else
        balance->n_developed++;

      if (cvk_member_get_youth (member))
        balance->n_youth++;

      if (role == CVK_ROLE_REGIONAL_VOLUNTEER)
        {
          const char *region = cvk_member_region_in_scheme (member, countries,
                                                            settings->region_scheme);
          gboolean placed = FALSE;

          for (guint r = 0; region != NULL && r < balance->n_regions; r++)
            if (g_ascii_strcasecmp (region, balance->regions[r]) == 0)
              {
                balance->volunteers[r]++;
                placed = TRUE;
                break;
              }

          if (!placed)
            balance->volunteers_unplaced++;
        }
    }
}

static const char *
role_label (CvkRole role)
{
  switch (role)
    {
    case CVK_ROLE_RG_IEM_LEAD:       return _("RG-IEM lead");
    case CVK_ROLE_TSB_DIRECTOR:      return _("TSB Director");
    case CVK_ROLE_DEPUTY_SG:         return _("Deputy Secretary-General");
    case CVK_ROLE_ITU_T_COUNSELLOR:  return _("ITU-T Counsellor");
    case CVK_ROLE_REGIONAL_VOLUNTEER: return _("regional volunteer");
    case CVK_ROLE_OTHER:
    default:                         return _("member");
    }
}

void
cvk_rule_roster_role (const CvkPlan *plan,
                      GPtrArray     *out)
{
  CvkRosterBalance balance;
  g_autoptr(GPtrArray) members = NULL;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  cvk_roster_balance_compute (plan, &balance);
  members = collect (plan->members, CVK_TYPE_MEMBER);

  for (guint r = 0; r < G_N_ELEMENTS (required_roles); r++)
    {
      CvkRole role = required_roles[r];
      const char *label = role_label (role);
      guint n_seats = 0;

      if (balance.role_filled[role] > 0)
        continue;

      for (guint i = 0; i < members->len; i++)
        {
          CvkMember *member = g_ptr_array_index (members, i);
          const char *name = cvk_member_get_name (member);
          g_autofree char *message = NULL;

          if (cvk_member_get_role (member) != role)
            continue;

          n_seats++;

          switch (cvk_member_get_status (member))
            {
            case CVK_MEMBER_STATUS_CANDIDATE:
              if (name != NULL && *name != '\0')
                /* Translators: "The TSB Director's seat has a candidate, Ana Silva, but no confirmed member" */
                message = g_strdup_printf (_("The %s's seat has a candidate, %s, but no confirmed member"),
                                           label, name);
              else
                message = g_strdup_printf (_("The %s's seat has a candidate but no confirmed member"),
                                           label);
              break;

            case CVK_MEMBER_STATUS_WITHDRAWN:
              /* Translators: "The TSB Director's seat is vacant: its member withdrew" */
              message = g_strdup_printf (_("The %s's seat is vacant: its member withdrew"), label);
              break;

            case CVK_MEMBER_STATUS_VACANT:
            case CVK_MEMBER_STATUS_CONFIRMED:
            default:
              /* Translators: "The TSB Director's seat is vacant" */
              message = g_strdup_printf (_("The %s's seat is vacant"), label);
              break;
            }

          add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_ROSTER_ROLE,
                       cvk_entity_get_id (CVK_ENTITY (member)), message);
        }

      if (n_seats == 0)
        {
          /* Translators: "The roster has no seat for the TSB Director" */
          g_autofree char *message = g_strdup_printf (_("The roster has no seat for the %s"), label);

          add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_ROSTER_ROLE,
                       cvk_enum_to_nick (CVK_TYPE_ROLE, role), message);
        }
    }
}

static char *
region_subject (CvkRegionScheme  scheme,
                const char      *region)
{
  if (scheme == CVK_REGION_SCHEME_ITU_ADMIN)
    /* Translators: an ITU administrative region: "Region A" */
    return g_strdup_printf (_("Region %s"), region);

  return g_strdup (region);
}

void
cvk_rule_roster_region (const CvkPlan *plan,
                        GPtrArray     *out)
{
  g_autoptr(CvkDocSettings) owned_settings = NULL;
  g_autoptr(CvkCountries) owned_countries = NULL;
  const CvkDocSettings *settings;
  CvkCountries *countries;
  CvkRosterBalance balance;
  const guint expected = CVK_ROSTER_VOLUNTEERS_PER_REGION;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  settings = plan_settings (plan, &owned_settings);
  countries = plan_countries (plan, &owned_countries);

  cvk_roster_balance_compute (plan, &balance);

  for (guint r = 0; r < balance.n_regions; r++)
    {
      guint n = balance.volunteers[r];
      g_autofree char *subject = NULL;
      g_autofree char *message = NULL;

      if (n == expected)
        continue;

      subject = region_subject (balance.region_scheme, balance.regions[r]);
      if (n < expected)
        /* Translators: "0 of 2 regional volunteers confirmed" */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u regional volunteer confirmed",
                                                "%u of %u regional volunteers confirmed",
                                                expected),
                                   n, expected);
      else
        /* Translators: "3 regional volunteers confirmed, 2 expected" */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u regional volunteer confirmed, %u expected",
                                                "%u regional volunteers confirmed, %u expected",
                                                n),
                                   n, expected);

      add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_ROSTER_REGION, subject, message);
    }

  /* Name the confirmed volunteers that count for no region. */
  if (balance.volunteers_unplaced > 0)
    {
      g_autoptr(GPtrArray) members = collect (plan->members, CVK_TYPE_MEMBER);

      for (guint i = 0; i < members->len; i++)
        {
          CvkMember *member = g_ptr_array_index (members, i);
          const char *region;
          gboolean placed = FALSE;

          if (cvk_member_get_role (member) != CVK_ROLE_REGIONAL_VOLUNTEER ||
              cvk_member_get_status (member) != CVK_MEMBER_STATUS_CONFIRMED)
            continue;

          region = cvk_member_region_in_scheme (member, countries, settings->region_scheme);
          for (guint r = 0; region != NULL && r < balance.n_regions; r++)
            if (g_ascii_strcasecmp (region, balance.regions[r]) == 0)
              placed = TRUE;

          if (!placed)
            add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_ROSTER_REGION,
                         cvk_entity_get_id (CVK_ENTITY (member)),
                         _("This confirmed regional volunteer counts for no region: "
                           "set the region or a known country"));
        }
    }
}

/**
 * cvk_share_percent:
 *
 * @part of @total in percent, rounded half up; 0 when @total is 0.
 */
guint
cvk_share_percent (guint part,
                   guint total)
{
  return total > 0 ? (guint) (((guint64) part * 200 + total) / ((guint64) total * 2)) : 0;
}

static gboolean
below_percent (guint part,
               guint total,
               guint min_percent)
{
  return total > 0 && (guint64) part * 100 < (guint64) min_percent * total;
}

gboolean
cvk_roster_balance_is_judged (const CvkRosterBalance *b)
{
  return b->n_confirmed >= CVK_ROSTER_BALANCE_MIN_MEMBERS;
}

gboolean
cvk_roster_balance_gender_ok (const CvkRosterBalance *b)
{
  guint stated = b->n_female + b->n_male + b->n_gender_other;

  return !below_percent (MIN (b->n_female, b->n_male), stated, CVK_ROSTER_GENDER_MIN_PERCENT);
}

gboolean
cvk_roster_balance_developing_ok (const CvkRosterBalance *b)
{
  return !below_percent (b->n_developing, b->n_developing + b->n_developed,
                         CVK_ROSTER_DEVELOPING_MIN_PERCENT);
}

gboolean
cvk_roster_balance_developed_ok (const CvkRosterBalance *b)
{
  return !below_percent (b->n_developed, b->n_developing + b->n_developed,
                         CVK_ROSTER_DEVELOPED_MIN_PERCENT);
}

gboolean
cvk_roster_balance_youth_ok (const CvkRosterBalance *b)
{
  return b->n_youth > 0;
}

void
cvk_rule_roster_balance (const CvkPlan *plan,
                         GPtrArray     *out)
{
  CvkRosterBalance b;
  guint stated, known;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  cvk_roster_balance_compute (plan, &b);

  if (!cvk_roster_balance_is_judged (&b))
    return;

  stated = b.n_female + b.n_male + b.n_gender_other;
  if (!cvk_roster_balance_gender_ok (&b))
    {
      g_autofree char *message = NULL;

      if (b.n_female <= b.n_male)
        /* Translators: "Women are 1 of the 5 confirmed members who state a gender
         * (20%), below the 40% expected" */
        message = g_strdup_printf (_("Women are %u of the %u confirmed members who state a gender "
                                     "(%u%%), below the %u%% expected"),
                                   b.n_female, stated, cvk_share_percent (b.n_female, stated),
                                   (guint) CVK_ROSTER_GENDER_MIN_PERCENT);
      else
        message = g_strdup_printf (_("Men are %u of the %u confirmed members who state a gender "
                                     "(%u%%), below the %u%% expected"),
                                   b.n_male, stated, cvk_share_percent (b.n_male, stated),
                                   (guint) CVK_ROSTER_GENDER_MIN_PERCENT);

      add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_ROSTER_BALANCE, "gender", message);
    }

  known = b.n_developing + b.n_developed;
  if (!cvk_roster_balance_developing_ok (&b))
    {
      /* Translators: "Members from developing countries are 1 of the 6 confirmed
       * members whose country is known (17%), below the 40% expected" */
      g_autofree char *message =
        g_strdup_printf (_("Members from developing countries are %u of the %u confirmed members "
                           "whose country is known (%u%%), below the %u%% expected"),
                         b.n_developing, known, cvk_share_percent (b.n_developing, known),
                         (guint) CVK_ROSTER_DEVELOPING_MIN_PERCENT);

      add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_ROSTER_BALANCE, "developing", message);
    }

  if (!cvk_roster_balance_developed_ok (&b))
    {
      g_autofree char *message =
        g_strdup_printf (_("Members from developed countries are %u of the %u confirmed members "
                           "whose country is known (%u%%), below the %u%% expected"),
                         b.n_developed, known, cvk_share_percent (b.n_developed, known),
                         (guint) CVK_ROSTER_DEVELOPED_MIN_PERCENT);

      add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_ROSTER_BALANCE, "developed", message);
    }

  if (!cvk_roster_balance_youth_ok (&b))
    add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_ROSTER_BALANCE, "youth",
                 _("No confirmed member represents youth"));
}

/* The budget */

typedef struct
{
  char     *subject;       /* the workshop's label; NULL for lines of no workshop */
  CvkMoney  planned;
  CvkMoney  actual;
  gboolean  overflow;
} Total;

static void
total_free (Total *total)
{
  g_free (total->subject);
  g_free (total);
}

static Total *
total_lookup (GHashTable *totals,
              const char *key,
              const char *subject,
              const char *currency)
{
  Total *total = g_hash_table_lookup (totals, key);

  if (total == NULL)
    {
      total = g_new0 (Total, 1);
      total->subject = g_strdup (subject);
      cvk_money_init (&total->planned, 0, currency);
      cvk_money_init (&total->actual, 0, currency);
      g_hash_table_insert (totals, g_strdup (key), total);
    }

  return total;
}

static void
total_add (Total          *total,
           const CvkMoney *planned,
           const CvkMoney *actual)
{
  CvkMoney p, a;

  if (total->overflow)
    return;

  if (!cvk_money_add (&total->planned, planned, &p, NULL) ||
      !cvk_money_add (&total->actual, actual, &a, NULL))
    {
      total->overflow = TRUE;
      return;
    }

  total->planned = p;
  total->actual = a;
}

static void
total_check (const Total *total,
             const char  *subject,
             GPtrArray   *out)
{
  g_autofree char *actual = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *message = NULL;

  if (total->overflow || cvk_money_compare (&total->actual, &total->planned) <= 0)
    return;

  actual = cvk_money_format (&total->actual);
  planned = cvk_money_format (&total->planned);
  /* Translators: "Actual spending CHF 12,000.00 exceeds the planned CHF 10,000.00" */
  message = g_strdup_printf (_("Actual spending %s exceeds the planned %s"), actual, planned);
  add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_BUDGET_OVER, subject, message);
}

static char *
workshop_subject (GHashTable *workshops,
                  const char *workshop_id)
{
  CvkWorkshop *workshop = g_hash_table_lookup (workshops, workshop_id);
  gint64 edition = workshop ? cvk_workshop_get_edition (workshop) : 0;

  if (edition > 0)
    /* Translators: a workshop of the series by its number: "Workshop 1" */
    return g_strdup_printf (_("Workshop %d"), (int) edition);

  return g_strdup (workshop_id);
}

void
cvk_rule_budget_over (const CvkPlan *plan,
                      GPtrArray     *out)
{
  g_autoptr(CvkDocSettings) owned = NULL;
  const CvkDocSettings *settings;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) workshop_list = NULL;
  g_autoptr(GHashTable) workshops = NULL;
  g_autoptr(GHashTable) by_workshop = NULL;   /* "workshop\ncurrency" -> Total */
  g_autoptr(GHashTable) series = NULL;        /* currency -> Total */
  g_autoptr(GHashTable) groups = NULL;        /* currency -> GHashTable of workshop ids */
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  settings = plan_settings (plan, &owned);
  lines = collect (plan->budget_lines, CVK_TYPE_BUDGET_LINE);
  workshop_list = collect (plan->workshops, CVK_TYPE_WORKSHOP);

  workshops = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < workshop_list->len; i++)
    {
      CvkWorkshop *w = g_ptr_array_index (workshop_list, i);
      g_hash_table_replace (workshops, (gpointer) cvk_entity_get_id (CVK_ENTITY (w)), w);
    }

  by_workshop = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) total_free);
  series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) total_free);
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);

  for (guint i = 0; i < lines->len; i++)
    {
      CvkBudgetLine *line = g_ptr_array_index (lines, i);
      const char *id = cvk_entity_get_id (CVK_ENTITY (line));
      const char *workshop_id = cvk_budget_line_get_workshop (line);
      const char *currency = cvk_budget_line_get_currency (line);
      CvkMoney planned, committed, actual;
      gboolean over_committed, over_actual;
      GHashTable *group;

      if (currency == NULL || *currency == '\0')
        currency = settings->base_currency;
      if (!cvk_currency_is_valid (currency))
        continue;

      cvk_money_init (&planned, cvk_budget_line_get_planned (line), currency);
      cvk_money_init (&committed, cvk_budget_line_get_committed (line), currency);
      cvk_money_init (&actual, cvk_budget_line_get_actual (line), currency);

      over_committed = cvk_money_compare (&committed, &planned) > 0;
      over_actual = cvk_money_compare (&actual, &planned) > 0;

      if (over_committed || over_actual)
        {
          g_autofree char *p = cvk_money_format (&planned);
          g_autofree char *c = cvk_money_format (&committed);
          g_autofree char *a = cvk_money_format (&actual);
          g_autofree char *message = NULL;

          if (over_committed && over_actual)
            /* Translators: "Committed CHF 1,200.00 and actual CHF 1,300.00 exceed the planned CHF 1,000.00" */
            message = g_strdup_printf (_("Committed %s and actual %s exceed the planned %s"), c, a, p);
          else if (over_committed)
            message = g_strdup_printf (_("Committed %s exceeds the planned %s"), c, p);
          else
            message = g_strdup_printf (_("Actual %s exceeds the planned %s"), a, p);

          add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_BUDGET_OVER, id, message);
        }

      if (workshop_id != NULL && *workshop_id != '\0')
        {
          g_autofree char *k = g_strdup_printf ("%s\n%s", workshop_id, currency);
          g_autofree char *subject = workshop_subject (workshops, workshop_id);

          total_add (total_lookup (by_workshop, k, subject, currency), &planned, &actual);
        }
      else
        workshop_id = "";

      total_add (total_lookup (series, currency, NULL, currency), &planned, &actual);

      group = g_hash_table_lookup (groups, currency);
      if (group == NULL)
        {
          group = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (groups, g_strdup (currency), group);
        }
      g_hash_table_add (group, g_strdup (workshop_id));
    }

  g_hash_table_iter_init (&iter, by_workshop);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const Total *total = value;
      total_check (total, total->subject, out);
    }

  g_hash_table_iter_init (&iter, series);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GHashTable *group = g_hash_table_lookup (groups, key);

      /* The series' total is one workshop's total when all its lines in
       * this currency belong to that workshop: said once is enough. */
      if (g_hash_table_size (group) == 1 && !g_hash_table_contains (group, ""))
        continue;

      total_check (value, _("All workshops"), out);
    }
}

/* All rules */

GPtrArray *
cvk_rules_check (const CvkPlan *plan)
{
  GPtrArray *out;

  g_return_val_if_fail (plan != NULL, NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);

  cvk_rule_cycle (plan, out);
  cvk_rule_dependency (plan, out);
  cvk_rule_report_deadline (plan, out);
  cvk_rule_blackout (plan, out);
  cvk_rule_roster_role (plan, out);
  cvk_rule_roster_region (plan, out);
  cvk_rule_roster_balance (plan, out);
  cvk_rule_budget_over (plan, out);

  cvk_findings_sort (out);
  return out;
}
