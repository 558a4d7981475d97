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
#include "cvk-dependency-graph.h"
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

static void
date_set_julian (GDate   *date,
                 guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

/* date_add_days() on a Julian day number, without a GDate where GDate
 * would not object. */
static guint32
julian_add_days (guint32 julian,
                 gint64  days)
{
  GDate date;

  days = CLAMP (days, -MAX_LAG_DAYS, MAX_LAG_DAYS);

  if (days >= 0 && (guint64) days <= G_MAXUINT32 - julian)
    return julian + (guint32) days;
  if (days < 0 && julian > (guint32) -days)
    return julian - (guint32) -days;

  /* Out of GDate's range: the same complaint and the same result. */
  date_set_julian (&date, julian);
  date_add_days (&date, days);
  return g_date_get_julian (&date);
}

/* The unit of @precision that holds @date: "3 March 2026", "Spring 2026".
 * For CVK_PRECISION_DAY, the day as a period of its own. */
static char *
format_unit (const GDate  *date,
             CvkPrecision  precision)
{
  CvkPeriod unit;

  cvk_date_unit_bounds (date, precision, &unit.first, &unit.last);
  unit.precision = precision;
  return cvk_period_format (&unit);
}

/* The schedule
 *
 * The timeline rules read the same items and dependencies, tens of
 * thousands of them in a big plan, where each field of an entity costs a
 * type check and a GValue to read.  A Schedule reads what the rules need
 * of each entity once, into plain arrays: items and dependencies by
 * index, the ids the dependencies name as nodes of a graph, periods as
 * Julian days.  cvk_rules_check_schedule() (so cvk_rules_check()) shares
 * one Schedule among the four rules; each public cvk_rule_...() builds
 * its own. */

typedef struct
{
  CvkItem     *item;       /* held by Schedule.items */
  const char  *id;
  CvkItemKind  kind;
  gboolean     dated;      /* FALSE when undated, or it ends before it starts */
  CvkPeriod    period;     /* as item_get_period() gives it, when dated */

  /* When it may start and end, cvk_period_start_range() and
   * cvk_period_end_range() as Julian days, when dated. */
  guint32      start_lo;
  guint32      start_hi;
  guint32      end_lo;
  guint32      end_hi;
} ItemEntry;

/* An id that an item or a dependency names. */
typedef struct
{
  const char *id;          /* in Schedule.id_chunk */
  int         item;        /* the last item of this id, or -1 */
} Node;

typedef struct
{
  guint              pred;    /* node indexes */
  guint              succ;
  gboolean           named;   /* both ends named: an edge of the graph of cycles */
  CvkDependencyType  relation;
  gint64             lag;
} DepEntry;

typedef struct
{
  const CvkPlan        *plan;
  const CvkDocSettings *settings;          /* NULL until read */
  CvkDocSettings       *owned_settings;

  GPtrArray            *items;             /* of CvkItem; NULL until read */
  ItemEntry            *item_entries;

  GPtrArray            *deps;              /* of CvkDependency; NULL until read */
  DepEntry             *dep_entries;

  /* The nodes, and a table of them by id.  The table's keys are copies
   * of the ids, side by side in a string chunk: the entities' own strings
   * lie apart from each other in memory, and a big plan's dependencies
   * would take a cache miss per lookup comparing them. */
  GArray               *nodes;             /* of Node */
  GHashTable           *node_ids;          /* id -> node index + 1 */
  GStringChunk         *id_chunk;

  /* Julian day -> the text of its unit, per precision: the findings of a
   * big plan name the same days again and again, and formatting a day
   * goes through strftime() and the locale's character set. */
  GHashTable           *unit_texts[CVK_PRECISION_YEAR + 1];

  /* The texts of the info findings, translated once: gettext takes a
   * microsecond or so a call, and there can be thousands. */
  const char           *possible_format;
  const char           *confirm_later;
} Schedule;

static void
schedule_init (Schedule      *s,
               const CvkPlan *plan)
{
  memset (s, 0, sizeof *s);
  s->plan = plan;
  s->nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  s->node_ids = g_hash_table_new (g_str_hash, g_str_equal);
  s->id_chunk = g_string_chunk_new (16 * 1024);
  /* Translators: a finding that may hold, then why it is not certain */
  s->possible_format = _("%s; %s");
  s->confirm_later = _(CONFIRM_LATER);
}

static void
schedule_clear (Schedule *s)
{
  g_clear_pointer (&s->item_entries, g_free);
  g_clear_pointer (&s->items, g_ptr_array_unref);
  g_clear_pointer (&s->dep_entries, g_free);
  g_clear_pointer (&s->deps, g_ptr_array_unref);
  g_clear_pointer (&s->nodes, g_array_unref);
  g_clear_pointer (&s->node_ids, g_hash_table_unref);
  g_clear_pointer (&s->id_chunk, g_string_chunk_free);
  for (guint i = 0; i < G_N_ELEMENTS (s->unit_texts); i++)
    g_clear_pointer (&s->unit_texts[i], g_hash_table_unref);
  g_clear_pointer (&s->owned_settings, cvk_doc_settings_free);
  s->settings = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Schedule, schedule_clear)

static const CvkDocSettings *
schedule_settings (Schedule *s)
{
  if (s->settings == NULL)
    s->settings = plan_settings (s->plan, &s->owned_settings);
  return s->settings;
}

static inline const Node *
schedule_get_node (Schedule *s,
                   guint     node)
{
  return &g_array_index (s->nodes, Node, node);
}

/* The node of @id, made when it is new; @item, when not -1, becomes its
 * item: the last item of an id wins, as in a table by id. */
static guint
schedule_node (Schedule   *s,
               const char *id,
               int         item)
{
  guint node = GPOINTER_TO_UINT (g_hash_table_lookup (s->node_ids, id));

  if (node == 0)
    {
      Node new_node = { g_string_chunk_insert (s->id_chunk, id), -1 };

      g_array_append_val (s->nodes, new_node);
      node = s->nodes->len;
      g_hash_table_insert (s->node_ids, (gpointer) new_node.id, GUINT_TO_POINTER (node));
    }

  if (item >= 0)
    g_array_index (s->nodes, Node, node - 1).item = item;

  return node - 1;
}

/* Reads the period of @e's item, and when it may start and end. */
static void
item_entry_read_dates (ItemEntry *e)
{
  GDate lo, hi;

  e->dated = item_get_period (e->item, &e->period);
  if (!e->dated)
    return;

  if (e->period.precision == CVK_PRECISION_DAY)
    {
      /* Known to the day: it starts on its first and ends on its last. */
      e->start_lo = e->start_hi = g_date_get_julian (&e->period.first);
      e->end_lo = e->end_hi = g_date_get_julian (&e->period.last);
    }
  else
    {
      cvk_period_start_range (&e->period, &lo, &hi);
      e->start_lo = g_date_get_julian (&lo);
      e->start_hi = g_date_get_julian (&hi);
      cvk_period_end_range (&e->period, &lo, &hi);
      e->end_lo = g_date_get_julian (&lo);
      e->end_hi = g_date_get_julian (&hi);
    }
}

/* Reads the items, their periods, and their ids as nodes, once. */
static void
schedule_read_items (Schedule *s)
{
  GListModel *model = s->plan->items;
  guint n;

  if (s->items != NULL)
    return;

  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  s->items = g_ptr_array_new_full (n, g_object_unref);
  s->item_entries = g_new0 (ItemEntry, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      CvkItem *item = g_list_model_get_item (model, i);
      guint k = s->items->len;
      ItemEntry *e = &s->item_entries[k];

      if (item == NULL || !CVK_IS_ITEM (item))
        {
          g_clear_object (&item);
          continue;
        }

      g_ptr_array_add (s->items, item);
      e->item = item;
      /* A plain cast: an item is an entity, no need to check. */
      e->id = cvk_entity_get_id ((CvkEntity *) item);
      e->kind = cvk_item_get_kind (item);
      item_entry_read_dates (e);
      schedule_node (s, e->id, (int) k);
    }
}

/* Reads the dependencies, and their ends as nodes, once. */
static void
schedule_read_dependencies (Schedule *s)
{
  GListModel *model = s->plan->dependencies;
  guint n;

  if (s->deps != NULL)
    return;

  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  s->deps = g_ptr_array_new_full (n, g_object_unref);
  s->dep_entries = g_new0 (DepEntry, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      CvkDependency *dep = g_list_model_get_item (model, i);
      DepEntry *e;
      const char *pred, *succ;

      if (dep == NULL || !CVK_IS_DEPENDENCY (dep))
        {
          g_clear_object (&dep);
          continue;
        }

      e = &s->dep_entries[s->deps->len];
      g_ptr_array_add (s->deps, dep);
      pred = cvk_dependency_get_predecessor (dep);
      succ = cvk_dependency_get_successor (dep);
      e->pred = schedule_node (s, pred, -1);
      e->succ = schedule_node (s, succ, -1);
      e->named = *pred != '\0' && *succ != '\0';
      e->relation = cvk_dependency_get_relation (dep);
      e->lag = cvk_dependency_get_lag (dep);
    }
}

/* format_unit(), made once per day and precision; owned by @s. */
static const char *
schedule_unit_text (Schedule     *s,
                    const GDate  *date,
                    CvkPrecision  precision)
{
  guint32 julian = g_date_get_julian (date);
  GHashTable *texts;
  char *text;

  g_assert ((guint) precision < G_N_ELEMENTS (s->unit_texts));

  texts = s->unit_texts[precision];
  if (texts == NULL)
    texts = s->unit_texts[precision] = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  text = g_hash_table_lookup (texts, GUINT_TO_POINTER (julian));
  if (text == NULL)
    {
      text = format_unit (date, precision);
      g_hash_table_insert (texts, GUINT_TO_POINTER (julian), text);
    }

  return text;
}

/* "3 March 2026" */
static const char *
schedule_day_text (Schedule *s,
                   guint32   julian)
{
  GDate day;

  date_set_julian (&day, julian);
  return schedule_unit_text (s, &day, CVK_PRECISION_DAY);
}

/* For the info findings: "<what may be wrong>; this can be confirmed ...". */
static void
schedule_add_possible (Schedule   *s,
                       GPtrArray  *out,
                       const char *rule,
                       const char *subject,
                       const char *message)
{
  g_autofree char *full = g_strdup_printf (s->possible_format, message, s->confirm_later);

  add_finding (out, CVK_SEVERITY_INFO, rule, subject, full);
}

/* Cycles */

static int
compare_node_ids (gconstpointer a,
                  gconstpointer b,
                  gpointer      nodes)
{
  const Node *n = nodes;

  return strcmp (n[*(const guint *) a].id, n[*(const guint *) b].id);
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
 * starting with its smallest id, sorted by that id.  The graph is that of
 * the dependencies whose two ends are named, over the schedule's nodes.
 * The ids are compared only within the components that have a cycle:
 * most plans have none.  A shortest cycle through the smallest id, taking
 * the successors in the order of their ids: the cycle named does not
 * depend on the order of the dependencies. */
static GPtrArray *
find_cycles (Schedule *s)
{
  GPtrArray *cycles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(CvkDependencyGraph) g = NULL;
  const Node *nodes;
  g_autofree int *comp_start = NULL;
  guint n, n_comps;

  schedule_read_dependencies (s);
  n = s->nodes->len;
  if (n == 0)
    return cycles;

  g = cvk_dependency_graph_new (n);
  for (guint i = 0; i < s->deps->len; i++)
    if (s->dep_entries[i].named)
      cvk_dependency_graph_add_edge (g, s->dep_entries[i].pred, s->dep_entries[i].succ);

  nodes = (const Node *) (gpointer) s->nodes->data;
  n_comps = cvk_dependency_graph_get_n_components (g);

  /* The node of the smallest id of each component of several nodes. */
  comp_start = g_new (int, n_comps);
  for (guint c = 0; c < n_comps; c++)
    comp_start[c] = -1;

  for (guint v = 0; v < n; v++)
    {
      guint c = cvk_dependency_graph_get_component (g, v);

      if (cvk_dependency_graph_has_self_loop (g, v))
        {
          GPtrArray *loop = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (loop, g_strdup (nodes[v].id));
          g_ptr_array_add (cycles, loop);
        }

      if (cvk_dependency_graph_get_component_size (g, c) > 1 &&
          (comp_start[c] < 0 || strcmp (nodes[v].id, nodes[comp_start[c]].id) < 0))
        comp_start[c] = (int) v;
    }

  for (guint c = 0; c < n_comps; c++)
    if (comp_start[c] >= 0)
      {
        g_autoptr(GArray) path = cvk_dependency_graph_shortest_cycle (g, (guint) comp_start[c],
                                                                      compare_node_ids,
                                                                      (gpointer) nodes);
        GPtrArray *cycle = g_ptr_array_new_with_free_func (g_free);

        for (guint i = 0; i < path->len; i++)
          g_ptr_array_add (cycle, g_strdup (nodes[g_array_index (path, guint, i)].id));
        g_ptr_array_add (cycles, cycle);
      }

  g_ptr_array_sort (cycles, compare_cycles);

  return cycles;
}

gboolean
cvk_dependencies_find_cycle (GListModel  *dependencies,
                             GPtrArray  **cycle_item_ids)
{
  CvkPlan plan = { .dependencies = dependencies };
  g_auto(Schedule) s = { 0 };
  g_autoptr(GPtrArray) cycles = NULL;

  g_return_val_if_fail (dependencies == NULL || G_IS_LIST_MODEL (dependencies), FALSE);

  if (cycle_item_ids != NULL)
    *cycle_item_ids = NULL;

  schedule_init (&s, &plan);
  cycles = find_cycles (&s);
  if (cycles->len == 0)
    return FALSE;

  if (cycle_item_ids != NULL)
    *cycle_item_ids = g_ptr_array_ref (g_ptr_array_index (cycles, 0));
  return TRUE;
}

static void
rule_cycle (Schedule  *s,
            GPtrArray *out)
{
  g_autoptr(GPtrArray) cycles = find_cycles (s);

  for (guint i = 0; i < cycles->len; i++)
    {
      GPtrArray *cycle = g_ptr_array_index (cycles, i);
      g_autofree char *text = cvk_cycle_to_string (cycle);
      g_autofree char *message = NULL;

      /* Translators: %s is a list of item ids: "TL04 → W1-RUN → TL04" */
      message = g_strdup_printf (_("These items depend on each other in a circle: %s"), text);
      add_finding (out, CVK_SEVERITY_ERROR, CVK_RULE_CYCLE, g_ptr_array_index (cycle, 0), message);
    }
}

void
cvk_rule_cycle (const CvkPlan *plan,
                GPtrArray     *out)
{
  g_auto(Schedule) s = { 0 };

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  schedule_init (&s, plan);
  rule_cycle (&s, out);
}

/* Dependencies */

/* The texts of the dependency findings, translated once per check. */
typedef struct
{
  const char *relation[CVK_DEPENDENCY_SF + 1];
  const char *dependency_on;
  const char *starts;
  const char *ends;
  const char *may_start;
  const char *may_end;
  const char *day_between;
} DependencyTexts;

static void
dependency_texts_init (DependencyTexts *t)
{
  t->relation[CVK_DEPENDENCY_FS] = _("finish-to-start");
  t->relation[CVK_DEPENDENCY_SS] = _("start-to-start");
  t->relation[CVK_DEPENDENCY_FF] = _("finish-to-finish");
  t->relation[CVK_DEPENDENCY_SF] = _("start-to-finish");
  /* Translators: "the finish-to-start dependency on W1-PREP" */
  t->dependency_on = _("the %s dependency on %s");
  /* Translators: "W1-RUN starts (3 March 2026) before the finish-to-start
   * dependency on W1-PREP allows (not before 10 March 2026)" */
  t->starts = _("%s starts (%s) before %s allows (not before %s)");
  /* Translators: "W1-RUN ends (3 March 2026) before the finish-to-finish
   * dependency on W1-PREP allows (not before 10 March 2026)" */
  t->ends = _("%s ends (%s) before %s allows (not before %s)");
  t->may_start = _("%s may start (%s) before %s allows (not before %s)");
  t->may_end = _("%s may end (%s) before %s allows (not before %s)");
  /* Translators: "a day between 1 June 2028 and 31 August 2028" */
  t->day_between = _("a day between %s and %s");
}

/* "the finish-to-start dependency on W1-PREP with a lag of 3 days" */
static char *
dependency_phrase (DependencyTexts   *t,
                   CvkDependencyType  relation,
                   const char        *predecessor,
                   gint64             lag)
{
  int days = (int) CLAMP (lag, -MAX_LAG_DAYS, MAX_LAG_DAYS);
  const char *name = (guint) relation < G_N_ELEMENTS (t->relation) ? t->relation[relation] : "";
  const char *format;

  if (days == 0)
    return g_strdup_printf (t->dependency_on, name, predecessor);

  /* Translators: "the finish-to-start dependency on W1-PREP with a lag of 3 days" */
  format = g_dngettext (GETTEXT_PACKAGE,
                        "the %s dependency on %s with a lag of %d day",
                        "the %s dependency on %s with a lag of %d days",
                        ABS (days));
  return g_strdup_printf (format, name, predecessor, days);
}

/* The successor's date x must be >= the predecessor's date y + lag: x is
 * known to lie in [x_lo, x_hi], y + lag in [y_lo, y_hi] (Julian days). */
static void
dependency_finding (Schedule        *s,
                    DependencyTexts *t,
                    const DepEntry  *e,
                    const ItemEntry *succ,
                    guint32          x_hi,
                    guint32          y_lo,
                    guint32          y_hi,
                    GPtrArray       *out)
{
  const char *pred_id = schedule_get_node (s, e->pred)->id;
  const char *succ_id = schedule_get_node (s, e->succ)->id;
  gboolean succ_end = e->relation == CVK_DEPENDENCY_FF || e->relation == CVK_DEPENDENCY_SF;
  const CvkPeriod *sp = &succ->period;
  const char *when = schedule_unit_text (s, succ_end ? &sp->last : &sp->first, sp->precision);
  g_autofree char *phrase = dependency_phrase (t, e->relation, pred_id, e->lag);
  g_autofree char *message = NULL;

  if (x_hi < y_lo)
    {
      message = g_strdup_printf (succ_end ? t->ends : t->starts,
                                 succ_id, when, phrase, schedule_day_text (s, y_lo));
      add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_DEPENDENCY, succ_id, message);
    }
  else
    {
      g_autofree char *bound = NULL;

      if (y_lo == y_hi)
        bound = g_strdup (schedule_day_text (s, y_lo));
      else
        bound = g_strdup_printf (t->day_between,
                                 schedule_day_text (s, y_lo), schedule_day_text (s, y_hi));

      message = g_strdup_printf (succ_end ? t->may_end : t->may_start,
                                 succ_id, when, phrase, bound);
      schedule_add_possible (s, out, CVK_RULE_DEPENDENCY, succ_id, message);
    }
}

static void
rule_dependency (Schedule  *s,
                 GPtrArray *out)
{
  DependencyTexts texts;

  schedule_read_items (s);
  schedule_read_dependencies (s);
  dependency_texts_init (&texts);

  for (guint i = 0; i < s->deps->len; i++)
    {
      const DepEntry *e = &s->dep_entries[i];
      int pred_item, succ_item;
      const ItemEntry *pred, *succ;
      gboolean succ_end, pred_end;
      guint32 x_lo, x_hi, y_lo, y_hi;

      /* A self-loop is a cycle, reported by that rule. */
      if (e->pred == e->succ)
        continue;

      /* Both ends dated items. */
      pred_item = schedule_get_node (s, e->pred)->item;
      succ_item = schedule_get_node (s, e->succ)->item;
      if (pred_item < 0 || succ_item < 0)
        continue;
      pred = &s->item_entries[pred_item];
      succ = &s->item_entries[succ_item];
      if (!pred->dated || !succ->dated)
        continue;

      succ_end = e->relation == CVK_DEPENDENCY_FF || e->relation == CVK_DEPENDENCY_SF;
      pred_end = e->relation == CVK_DEPENDENCY_FS || e->relation == CVK_DEPENDENCY_FF;

      x_lo = succ_end ? succ->end_lo : succ->start_lo;
      x_hi = succ_end ? succ->end_hi : succ->start_hi;
      y_lo = julian_add_days (pred_end ? pred->end_lo : pred->start_lo, e->lag);
      y_hi = julian_add_days (pred_end ? pred->end_hi : pred->start_hi, e->lag);

      /* Most dependencies hold: the texts are made only for a finding. */
      if (x_hi >= y_lo && x_lo >= y_hi)
        continue;

      dependency_finding (s, &texts, e, succ, x_hi, y_lo, y_hi, out);
    }
}

void
cvk_rule_dependency (const CvkPlan *plan,
                     GPtrArray     *out)
{
  g_auto(Schedule) s = { 0 };

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  schedule_init (&s, plan);
  rule_dependency (&s, out);
}

/* Report deadlines */

typedef struct
{
  const ItemEntry *entry;
  const char      *id;
  CvkBody          body;
  guint32          start_lo;
  guint32          start_hi;
  /* The deadlines: start_lo and start_hi less the lead; G_MAXUINT32 for a
   * day before year 1, which g_date_compare() would refuse, so that the
   * comparisons that need it fail as they did. */
  guint32          due_lo;
  guint32          due_hi;
  guint32          latest_start;   /* the largest start_hi up to this meeting */
} Meeting;

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  const Meeting *ma = a;
  const Meeting *mb = b;

  if (ma->start_lo != mb->start_lo)
    return ma->start_lo < mb->start_lo ? -1 : 1;
  if (ma->start_hi != mb->start_hi)
    return ma->start_hi < mb->start_hi ? -1 : 1;
  return strcmp (ma->id, mb->id);
}

static guint32
julian_less_months (guint32 julian,
                    int     months)
{
  GDate date;

  date_set_julian (&date, julian);
  cvk_date_add_months_clamped (&date, -months);
  return g_date_valid (&date) ? g_date_get_julian (&date) : G_MAXUINT32;
}

/* The first of the @n meetings whose guint32 at @offset, which does not
 * decrease along them, is at least @day; @n when none is. */
static guint
meetings_bisect (const Meeting *m,
                 guint          n,
                 glong          offset,
                 guint32        day)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (G_STRUCT_MEMBER (guint32, &m[mid], offset) < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* The first leaf from @from before @day in @tree, a binary tree of
 * minimums over @size leaves (a power of two) at tree[size] on, the
 * children of tree[i] at tree[2i] and tree[2i + 1]; -1 when none is. */
static int
tree_first_before (const guint32 *tree,
                   guint          size,
                   guint          from,
                   guint32        day)
{
  guint i;

  if (from >= size)
    return -1;

  for (i = size + from;;)
    {
      if (tree[i] < day)
        {
          /* Down to the leftmost leaf below @i that is before @day. */
          while (i < size)
            i = tree[2 * i] < day ? 2 * i : 2 * i + 1;
          return (int) (i - size);
        }

      /* Up while @i is a right child, then over to the next subtree. */
      while (i & 1)
        i >>= 1;
      if (i == 0)
        return -1;
      i++;
    }
}

/* The texts of the report findings, translated once per check. */
typedef struct
{
  int         lead;
  const char *late;
  const char *may_be_late;
} ReportTexts;

static void
report_texts_init (ReportTexts *t,
                   int          lead)
{
  t->lead = lead;
  /* Translators: "TL05 (15 August 2026) ends less than 1 month before the
   * next TSAG meeting, TL06 (1 September 2026)" */
  t->late = g_dngettext (GETTEXT_PACKAGE,
                         "%s (%s) ends less than %d month before the next %s meeting, %s (%s)",
                         "%s (%s) ends less than %d months before the next %s meeting, %s (%s)",
                         lead);
  t->may_be_late = g_dngettext (GETTEXT_PACKAGE,
                                "%s (%s) may end less than %d month before the next %s meeting, %s (%s)",
                                "%s (%s) may end less than %d months before the next %s meeting, %s (%s)",
                                lead);
}

static void
report_deadline_finding (Schedule          *s,
                         const ReportTexts *t,
                         GPtrArray         *out,
                         const ItemEntry   *report,
                         const Meeting     *meeting,
                         gboolean           certain)
{
  const CvkPeriod *rp = &report->period;
  const CvkPeriod *mp = &meeting->entry->period;
  const char *report_id = report->id;
  const char *body = cvk_enum_to_nick (CVK_TYPE_BODY, meeting->body);
  g_autofree char *message =
    g_strdup_printf (certain ? t->late : t->may_be_late,
                     report_id, schedule_unit_text (s, &rp->last, rp->precision),
                     t->lead, body,
                     meeting->id, schedule_unit_text (s, &mp->first, mp->precision));

  if (certain)
    add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_REPORT_DEADLINE, report_id, message);
  else
    schedule_add_possible (s, out, CVK_RULE_REPORT_DEADLINE, report_id, message);
}

static void
rule_report_deadline (Schedule  *s,
                      GPtrArray *out)
{
  int lead = schedule_settings (s)->report_lead_months;
  g_autoptr(GArray) meetings = NULL;
  g_autofree guint32 *tree = NULL;
  ReportTexts texts;
  const Meeting *m;
  guint n, size;
  gboolean dues_sorted = TRUE;

  if (lead <= 0)
    return;

  schedule_read_items (s);
  meetings = g_array_new (FALSE, FALSE, sizeof (Meeting));

  for (guint i = 0; i < s->items->len; i++)
    {
      const ItemEntry *e = &s->item_entries[i];
      CvkBody body;
      Meeting meeting;

      if (e->kind != CVK_ITEM_KIND_MEETING || !e->dated)
        continue;
      body = cvk_item_get_body (e->item);
      if (body != CVK_BODY_TSAG && body != CVK_BODY_WP2)
        continue;

      meeting.entry = e;
      meeting.id = e->id;
      meeting.body = body;
      meeting.start_lo = e->start_lo;
      meeting.start_hi = e->start_hi;
      meeting.due_lo = julian_less_months (meeting.start_lo, lead);
      meeting.due_hi = julian_less_months (meeting.start_hi, lead);
      g_array_append_val (meetings, meeting);
    }
  if (meetings->len == 0)
    return;
  g_array_sort (meetings, compare_meetings);

  m = (const Meeting *) (gpointer) meetings->data;
  n = meetings->len;
  report_texts_init (&texts, lead);

  /* Along the meetings, start_lo does not decrease (the order), nor does
   * due_lo (taking months off keeps the order of days), save at the edge
   * of GDate's range; latest_start does not by its making.  A report is
   * then judged by bisection, and a tree of the due_hi. */
  for (guint j = 0; j < n; j++)
    {
      Meeting *mj = &g_array_index (meetings, Meeting, j);

      mj->latest_start = j > 0 ? MAX (m[j - 1].latest_start, mj->start_hi) : mj->start_hi;
      if (j > 0 && mj->due_lo < m[j - 1].due_lo)
        dues_sorted = FALSE;
    }

  for (size = 1; size < n; size *= 2)
    ;
  tree = g_new (guint32, 2 * size);
  for (guint j = 0; j < size; j++)
    tree[size + j] = j < n ? m[j].due_hi : G_MAXUINT32;
  for (guint j = size - 1; j > 0; j--)
    tree[j] = MIN (tree[2 * j], tree[2 * j + 1]);

  for (guint i = 0; i < s->items->len; i++)
    {
      const ItemEntry *report = &s->item_entries[i];
      guint32 e_lo, e_hi;
      guint first;
      int late;

      if (report->kind != CVK_ITEM_KIND_REPORT || !report->dated)
        continue;

      e_lo = report->end_lo;
      e_hi = report->end_hi;

      /* The report (ending on day e) is late for a meeting (starting on
       * day m) when m - lead < e <= m: for the meeting that is next, and
       * then for none of the later ones.  Certainly late for the first
       * meeting that surely starts on or after the report's last possible
       * end and whose deadline is surely before its first possible end... */
      first = meetings_bisect (m, n, G_STRUCT_OFFSET (Meeting, start_lo), e_hi);
      late = tree_first_before (tree, size, first, e_lo);
      if (late >= 0)
        {
          report_deadline_finding (s, &texts, out, report, &m[late], TRUE);
          continue;
        }

      /* ... else possibly late for the first meeting whose deadline may be
       * before the report's end and that may start on or after it. */
      if (dues_sorted)
        {
          guint before = meetings_bisect (m, n, G_STRUCT_OFFSET (Meeting, due_lo), e_hi);
          guint possible = meetings_bisect (m, n, G_STRUCT_OFFSET (Meeting, latest_start), e_lo);

          if (possible < before)
            report_deadline_finding (s, &texts, out, report, &m[possible], FALSE);
        }
      else
        {
          for (guint j = 0; j < n; j++)
            if (m[j].due_lo < e_hi && e_lo <= m[j].start_hi)
              {
                report_deadline_finding (s, &texts, out, report, &m[j], FALSE);
                break;
              }
        }
    }
}

void
cvk_rule_report_deadline (const CvkPlan *plan,
                          GPtrArray     *out)
{
  g_auto(Schedule) s = { 0 };

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  schedule_init (&s, plan);
  rule_report_deadline (&s, out);
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

static void
rule_blackout (Schedule  *s,
               GPtrArray *out)
{
  GArray *blackouts = schedule_settings (s)->blackouts;
  const char *overlaps, *may_overlap;

  if (blackouts == NULL || blackouts->len == 0)
    return;

  schedule_read_items (s);

  /* Translators: "W1 (20 December 2025) overlaps a period unfit for
   * workshops (15 December – 10 January)" */
  overlaps = _("%s (%s) overlaps a period unfit for workshops (%s – %s)");
  may_overlap = _("%s (%s) may overlap a period unfit for workshops (%s – %s)");

  for (guint i = 0; i < s->items->len; i++)
    {
      const ItemEntry *e = &s->item_entries[i];
      const CvkYearlyPeriod *b;
      g_autofree char *when = NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *message = NULL;

      if (e->kind != CVK_ITEM_KIND_WORKSHOP || !e->dated)
        continue;

      b = find_blackout (blackouts, &e->period.first, &e->period.last);
      if (b == NULL)
        continue;

      when = cvk_period_format (&e->period);
      from = format_yearly_day (b->first_month, b->first_day);
      to = format_yearly_day (b->last_month, b->last_day);

      if (!can_avoid_blackouts (&e->period, blackouts))
        {
          message = g_strdup_printf (overlaps, e->id, when, from, to);
          add_finding (out, CVK_SEVERITY_WARNING, CVK_RULE_BLACKOUT, e->id, message);
        }
      else
        {
          message = g_strdup_printf (may_overlap, e->id, when, from, to);
          schedule_add_possible (s, out, CVK_RULE_BLACKOUT, e->id, message);
        }
    }
}

void
cvk_rule_blackout (const CvkPlan *plan,
                   GPtrArray     *out)
{
  g_auto(Schedule) s = { 0 };

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  schedule_init (&s, plan);
  rule_blackout (&s, out);
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

void
cvk_rules_check_schedule (const CvkPlan *plan,
                          GPtrArray     *out)
{
  g_auto(Schedule) s = { 0 };

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  /* All that the four rules read, read up front in one pass over each
   * model, and shared. */
  schedule_init (&s, plan);
  schedule_read_items (&s);
  schedule_read_dependencies (&s);

  rule_cycle (&s, out);
  rule_dependency (&s, out);
  rule_report_deadline (&s, out);
  rule_blackout (&s, out);
}

GPtrArray *
cvk_rules_check (const CvkPlan *plan)
{
  GPtrArray *out;

  g_return_val_if_fail (plan != NULL, NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);

  cvk_rules_check_schedule (plan, out);
  cvk_rule_roster_role (plan, out);
  cvk_rule_roster_region (plan, out);
  cvk_rule_roster_balance (plan, out);
  cvk_rule_budget_over (plan, out);

  cvk_findings_sort (out);
  return out;
}
