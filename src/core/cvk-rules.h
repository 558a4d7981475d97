/* cvk-rules.h: the checks behind `convoke --check` and the views' warnings
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions over the core objects of a plan: no I/O, no store.  Each
 * rule appends CvkFinding structs to an array; cvk_rules_check() runs them
 * all and sorts the findings by severity, rule and subject.
 *
 * Fuzzy dates.  An item dated "Spring 2026" starts somewhere in spring and
 * ends somewhere in spring (cvk_period_start_range(), cvk_period_end_range()).
 * A rule reports an error or a warning only when it is broken whatever the
 * true days turn out to be; when it is broken for some of the possible days
 * only, it reports an info finding that says so.  Undated items are skipped.
 *
 * The rules (ids are never translated):
 *
 *  cycle            error    the dependencies go round in a circle.  One
 *                            finding per self-loop and one per strongly
 *                            connected set of items, naming one cycle of it;
 *                            the subject is the smallest item id of the
 *                            cycle, which the message starts and ends with.
 *  dependency       warning  a successor starts (FS, SS) or ends (FF, SF)
 *                            before its predecessor and the lag allow.  Day
 *                            convention: the successor may start on the very
 *                            day the predecessor ends, plus the lag, so
 *                            FS lag 0 means succ.start >= pred.end;
 *                            SS: succ.start >= pred.start + lag;
 *                            FF: succ.end >= pred.end + lag;
 *                            SF: succ.end >= pred.start + lag.
 *                            The lag is in calendar days and may be negative.
 *                            The subject is the successor.
 *  report-deadline  warning  a report must end at least report-lead-months
 *                            before the next TSAG or WP2 meeting.  A report
 *                            that ends on the day a meeting starts is late
 *                            for that meeting; with a lead of 0 months the
 *                            rule never fires.
 *  blackout         warning  a workshop overlaps a period unfit for
 *                            workshops (the yearly blackout periods).
 *  roster-role      warning  no confirmed member holds a required role
 *                            (RG-IEM lead, TSB Director, ITU-T Counsellor;
 *                            the Deputy Secretary-General is optional).  One
 *                            finding per unconfirmed seat of that role, or
 *                            one with the role's nick as subject when the
 *                            roster has no seat for it.
 *  roster-region    warning  a region has not exactly
 *                            CVK_ROSTER_VOLUNTEERS_PER_REGION confirmed
 *                            regional volunteers.
 *  roster-balance   warning  gender, developing/developed countries, youth,
 *                            among the confirmed members, once there are at
 *                            least CVK_ROSTER_BALANCE_MIN_MEMBERS.
 *  budget-over      warning  a line's committed or actual amount exceeds the
 *                            planned one; a workshop's (or the whole
 *                            series') actual total exceeds its planned total
 *                            in a currency.
 */

#pragma once

#include <gio/gio.h>

#include "cvk-countries.h"
#include "cvk-doc-settings.h"
#include "cvk-enums.h"
#include "cvk-member.h"

G_BEGIN_DECLS

#define CVK_RULE_CYCLE            "cycle"
#define CVK_RULE_DEPENDENCY       "dependency"
#define CVK_RULE_REPORT_DEADLINE  "report-deadline"
#define CVK_RULE_BLACKOUT         "blackout"
#define CVK_RULE_ROSTER_ROLE      "roster-role"
#define CVK_RULE_ROSTER_REGION    "roster-region"
#define CVK_RULE_ROSTER_BALANCE   "roster-balance"
#define CVK_RULE_BUDGET_OVER      "budget-over"

/* Thresholds of the roster rules. */
#define CVK_ROSTER_VOLUNTEERS_PER_REGION   2   /* confirmed regional volunteers expected per region */
#define CVK_ROSTER_BALANCE_MIN_MEMBERS     4   /* balance is judged from this many confirmed members */
#define CVK_ROSTER_GENDER_MIN_PERCENT      40  /* the less represented of women and men, of members stating a gender */
#define CVK_ROSTER_DEVELOPING_MIN_PERCENT  40  /* members from developing countries, of members with a known country */
#define CVK_ROSTER_DEVELOPED_MIN_PERCENT   20  /* members from developed countries, of members with a known country */

typedef struct
{
  CvkSeverity  severity;
  char        *rule;      /* a CVK_RULE_... id */
  char        *subject;   /* an entity id, or a label such as "Region A" */
  char        *message;   /* one sentence, translated */
} CvkFinding;

#define CVK_TYPE_FINDING (cvk_finding_get_type ())
GType       cvk_finding_get_type (void) G_GNUC_CONST;

CvkFinding *cvk_finding_new      (CvkSeverity        severity,
                                  const char        *rule,
                                  const char        *subject,
                                  const char        *message);
CvkFinding *cvk_finding_copy     (const CvkFinding  *finding);
void        cvk_finding_free     (CvkFinding        *finding);
/* "warning: roster-role: R02: The TSB Director's seat is vacant" */
char       *cvk_finding_to_line  (const CvkFinding  *finding);
const char *cvk_severity_to_string (CvkSeverity      severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvkFinding, cvk_finding_free)

typedef struct
{
  GListModel           *items;         /* of CvkItem; NULL = empty */
  GListModel           *dependencies;  /* of CvkDependency */
  GListModel           *members;       /* of CvkMember */
  GListModel           *workshops;     /* of CvkWorkshop */
  GListModel           *budget_lines;  /* of CvkBudgetLine */
  const CvkDocSettings *settings;      /* NULL = the defaults */
  CvkCountries         *countries;     /* with the document's overrides; NULL = built-in table */
} CvkPlan;

/* All rules.  Returns: (transfer full) an array of CvkFinding (it frees
 * them), sorted by severity (errors first), rule, subject and message. */
GPtrArray  *cvk_rules_check          (const CvkPlan  *plan);
void        cvk_findings_sort        (GPtrArray      *findings);

/* The rules of the timeline's items and dependencies (cycle, dependency,
 * report-deadline, blackout), as the four cvk_rule_...() one after the
 * other but faster: they share what they read of the plan.  Appends to
 * @out, unsorted. */
void        cvk_rules_check_schedule (const CvkPlan  *plan,
                                      GPtrArray      *out);

/* Each rule on its own: they append to @out (an array that frees its
 * elements with cvk_finding_free), unsorted. */
void        cvk_rule_cycle           (const CvkPlan  *plan,
                                      GPtrArray      *out);
void        cvk_rule_dependency      (const CvkPlan  *plan,
                                      GPtrArray      *out);
void        cvk_rule_report_deadline (const CvkPlan  *plan,
                                      GPtrArray      *out);
void        cvk_rule_blackout        (const CvkPlan  *plan,
                                      GPtrArray      *out);
void        cvk_rule_roster_role     (const CvkPlan  *plan,
                                      GPtrArray      *out);
void        cvk_rule_roster_region   (const CvkPlan  *plan,
                                      GPtrArray      *out);
void        cvk_rule_roster_balance  (const CvkPlan  *plan,
                                      GPtrArray      *out);
void        cvk_rule_budget_over     (const CvkPlan  *plan,
                                      GPtrArray      *out);

/* Any directed cycle of @dependencies (of CvkDependency).  When there is
 * one and @cycle_item_ids is not NULL, it receives the item ids of the
 * cycle in order (each the predecessor of the next, the last the
 * predecessor of the first; a self-loop gives one id), starting with the
 * smallest id; the array frees its strings. */
gboolean    cvk_dependencies_find_cycle (GListModel  *dependencies,
                                         GPtrArray  **cycle_item_ids);

#define CVK_ROSTER_MAX_REGIONS 8

/* The numbers behind roster-role, roster-region and roster-balance, as the
 * roster view shows them.  Only confirmed members count. */
typedef struct
{
  guint            n_confirmed;

  guint            n_female;
  guint            n_male;
  guint            n_gender_other;
  guint            n_gender_undisclosed;

  guint            n_developing;        /* country known and developing */
  guint            n_developed;         /* country known and not developing */
  guint            n_country_unknown;   /* no country, or not in the table */

  guint            n_youth;

  /* Confirmed members per role, indexed by CvkRole. */
  guint            role_filled[CVK_ROLE_OTHER + 1];

  /* Confirmed regional volunteers per region of the document's scheme. */
  CvkRegionScheme  region_scheme;
  guint            n_regions;
  const char      *regions[CVK_ROSTER_MAX_REGIONS];     /* the scheme's names */
  guint            volunteers[CVK_ROSTER_MAX_REGIONS];
  guint            volunteers_unplaced;                 /* region unknown */
} CvkRosterBalance;

void        cvk_roster_balance_compute     (const CvkPlan          *plan,
                                            CvkRosterBalance       *balance);
/* The judgements of roster-balance, for the views to show the same. */
gboolean    cvk_roster_balance_is_judged   (const CvkRosterBalance *balance);
gboolean    cvk_roster_balance_gender_ok   (const CvkRosterBalance *balance);
gboolean    cvk_roster_balance_developing_ok (const CvkRosterBalance *balance);
gboolean    cvk_roster_balance_developed_ok  (const CvkRosterBalance *balance);
gboolean    cvk_roster_balance_youth_ok    (const CvkRosterBalance *balance);
/* @part of @total in percent, rounded as the findings write it. */
guint       cvk_share_percent              (guint                   part,
                                            guint                   total);
/* TRUE for the roles that at least one confirmed member must hold. */
gboolean    cvk_role_is_required           (CvkRole                 role);
/* The region of @member under @scheme: its own region when it is one of
 * the scheme's, else its country's; NULL when unknown. */
const char *cvk_member_region_in_scheme    (CvkMember              *member,
                                            CvkCountries           *countries,
                                            CvkRegionScheme         scheme);

G_END_DECLS
