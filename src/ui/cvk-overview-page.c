/* cvk-overview-page.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rebuilt from the document whenever it changes: the committee, what comes
 * next on the plan, the workshops, and what the rules find (the same
 * findings as `convoke --check`).
 */

#define G_LOG_DOMAIN "cvk-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cvk-overview-page.h"
#include "cvk-rows.h"
#include "cvk-rules.h"

struct _CvkOverviewPage
{
  AdwBin              parent_instance;

  CvkStore           *store;
  AdwPreferencesPage *page;
  GPtrArray          *groups;
  guint               n_findings;
  gboolean            dirty;   /* the store changed while the page was out of sight */
};

/* The findings listed one by one; the others are counted by rule. */
#define MAX_FINDINGS_SHOWN 12

G_DEFINE_FINAL_TYPE (CvkOverviewPage, cvk_overview_page, ADW_TYPE_BIN)

static const char *
stage_label (CvkStage stage)
{
  switch (stage)
    {
    case CVK_STAGE_FORMING:     return _("Forming");
    case CVK_STAGE_EXECUTING:   return _("Executing its mission");
    case CVK_STAGE_REPORTING:   return _("Reporting");
    case CVK_STAGE_DISMANTLED:  return _("Dismantled");
    default:                    return "";
    }
}

static AdwPreferencesGroup *
add_group (CvkOverviewPage *self,
           const char      *title,
           const char      *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (self->page, group);
  g_ptr_array_add (self->groups, group);
  return group;
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *icon_name,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autofree char *s = subtitle ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  if (s)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  if (icon_name)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_group_add (group, row);
  return row;
}

static void
add_link_row (AdwPreferencesGroup *group,
              const char          *title,
              const char          *section)
{
  GtkWidget *row = add_row (group, NULL, title, NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", section);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-section");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
}

static void
clear (CvkOverviewPage *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
}

static void
build_committee (CvkOverviewPage *self,
                 const CvkPlan   *plan)
{
  GListModel *committees = cvk_store_get_model (self->store, CVK_TYPE_COMMITTEE);
  g_autoptr(CvkCommittee) committee = g_list_model_get_item (committees, 0);
  AdwPreferencesGroup *group;
  CvkRosterBalance balance;
  guint n_members = g_list_model_get_n_items (plan->members);
  guint n_confirmed = 0;
  g_autofree char *seats = NULL;
  g_autofree char *people = NULL;

  /* A group's title does not wrap: the committee's name goes in the
   * description, which does. */
  if (committee && *cvk_committee_get_name (committee))
    {
      g_autofree char *description = g_strdup_printf ("%s · %s", cvk_committee_get_name (committee),
                                                      stage_label (cvk_committee_get_stage (committee)));
      group = add_group (self, _("Committee"), description);
    }
  else
    group = add_group (self, _("Committee"),
                       committee ? stage_label (cvk_committee_get_stage (committee)) : NULL);

  cvk_roster_balance_compute (plan, &balance);
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(CvkMember) m = g_list_model_get_item (plan->members, i);
      if (cvk_member_get_status (m) == CVK_MEMBER_STATUS_CONFIRMED)
        n_confirmed++;
    }

  seats = g_strdup_printf (ngettext ("%u of %u seat confirmed", "%u of %u seats confirmed", n_members),
                           n_confirmed, n_members);
  people = g_strdup_printf (_("%u women, %u men · %u from developing countries · %u young"),
                            balance.n_female, balance.n_male, balance.n_developing, balance.n_youth);
  add_row (group, "system-users-symbolic", seats, n_confirmed ? people : _("Fill the seats in Roster"));
  add_link_row (group, _("Roster"), "roster");
}

#define N_NEXT 4

static void
build_next (CvkOverviewPage *self,
            const CvkPlan   *plan)
{
  /* The four earliest of the items not yet over, in order: one pass, for a
   * plan of thousands of items needs those four, not all of them sorted.
   * The store holds the items, the page only borrows them. */
  CvkItem *next[N_NEXT];
  guint n_next = 0;
  AdwPreferencesGroup *group;
  GDate today;
  guint n = g_list_model_get_n_items (plan->items);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CvkItem) item = g_list_model_get_item (plan->items, i);
      const GDate *start = cvk_item_get_start (item);
      const GDate *end = cvk_item_get_end (item);
      guint at;

      if (cvk_item_get_kind (item) == CVK_ITEM_KIND_PHASE ||
          start == NULL || end == NULL || g_date_compare (end, &today) < 0)
        continue;
      /* After those that start on the same day: the plan's order breaks ties. */
      for (at = n_next; at > 0 && g_date_compare (start, cvk_item_get_start (next[at - 1])) < 0; at--)
        ;
      if (at == N_NEXT)
        continue;
      memmove (next + at + 1, next + at, (MIN (n_next, N_NEXT - 1) - at) * sizeof next[0]);
      next[at] = item;
      n_next = MIN (n_next + 1, N_NEXT);
    }

  group = add_group (self, _("Next on the Plan"), NULL);
  if (n_next == 0)
    add_row (group, "emblem-ok-symbolic", _("Nothing left to do"), NULL);

  for (guint i = 0; i < n_next; i++)
    {
      CvkItem *item = next[i];
      g_autofree char *when = cvk_rows_item_when (item);
      g_autofree char *title = g_strdup_printf ("%s · %s", cvk_entity_get_id (CVK_ENTITY (item)),
                                                cvk_item_get_name (item));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", cvk_rows_item_kind_label (cvk_item_get_kind (item)),
                                                   when);
      add_row (group, NULL, title, subtitle);
    }
  add_link_row (group, _("Timeline"), "timeline");
}

static void
build_workshops (CvkOverviewPage *self,
                 const CvkPlan   *plan)
{
  guint n = g_list_model_get_n_items (plan->workshops);
  AdwPreferencesGroup *group;

  if (n == 0)
    return;

  group = add_group (self, _("Workshops"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CvkWorkshop) w = g_list_model_get_item (plan->workshops, i);
      CvkItem *item = cvk_store_lookup (self->store, CVK_TYPE_ITEM, cvk_workshop_get_item (w));
      g_autofree char *when = item ? cvk_rows_item_when (item) : g_strdup (_("Not scheduled"));
      g_autofree char *subtitle = *cvk_workshop_get_place (w)
        ? g_strdup_printf ("%s · %s", when, cvk_workshop_get_place (w))
        : g_strdup_printf ("%s · %s", when, _("Place to be decided"));

      add_row (group, "x-office-calendar-symbolic", cvk_workshop_get_title (w), subtitle);
    }
}

static const char *
severity_icon (CvkSeverity severity)
{
  switch (severity)
    {
    case CVK_SEVERITY_ERROR:    return "dialog-error-symbolic";
    case CVK_SEVERITY_WARNING:  return "dialog-warning-symbolic";
    case CVK_SEVERITY_INFO:
    default:                    return "dialog-information-symbolic";
    }
}

/* "dependency 4,012 · blackout 377": how many findings each rule has among
 * @findings from @first on, the rules in order of first appearance. */
static char *
count_by_rule (GPtrArray *findings,
               guint      first)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();
  GString *s = g_string_new (NULL);

  for (guint i = first; i < findings->len; i++)
    {
      CvkFinding *f = g_ptr_array_index (findings, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, f->rule));

      if (n == 0)
        g_ptr_array_add (rules, (gpointer) f->rule);
      g_hash_table_insert (counts, (gpointer) f->rule, GUINT_TO_POINTER (n + 1));
    }
  for (guint i = 0; i < rules->len; i++)
    {
      const char *rule = g_ptr_array_index (rules, i);
      if (s->len)
        g_string_append (s, " · ");
      g_string_append_printf (s, "%s %'u", rule, GPOINTER_TO_UINT (g_hash_table_lookup (counts, rule)));
    }
  return g_string_free (s, FALSE);
}

#define PREPARED "overview"   /* its name among what the store keeps ahead */

/**
 * cvk_overview_page_prepare:
 *
 * Finds what the rules find in @store, for the page that shows it first:
 * see cvk_timeline_view_prepare ().
 */
void
cvk_overview_page_prepare (CvkStore *store)
{
  g_autoptr(CvkDocSettings) settings = NULL;
  CvkPlan plan;

  g_return_if_fail (CVK_IS_STORE (store));

  settings = cvk_store_dup_settings (store);
  cvk_store_init_plan (store, settings, &plan);
  cvk_store_keep_ahead (store, PREPARED, cvk_rules_check (&plan), (GDestroyNotify) g_ptr_array_unref);
}

static void
build_findings (CvkOverviewPage *self,
                const CvkPlan   *plan)
{
  GPtrArray *ahead = cvk_store_take_ahead (self->store, PREPARED);
  g_autoptr(GPtrArray) findings = ahead ? ahead : cvk_rules_check (plan);
  AdwPreferencesGroup *group;
  guint n_shown = MIN (findings->len, MAX_FINDINGS_SHOWN);

  if (ahead)
    g_debug ("The findings were made ahead of time");

  self->n_findings = findings->len;
  group = add_group (self, _("Checks"),
                     _("What the rules of the Terms of Reference find in the plan and the roster"));

  if (findings->len == 0)
    add_row (group, "emblem-ok-symbolic", _("No problems found"), NULL);

  /* The most severe first (the rules sort them); a plan with thousands of
   * findings gets a count of the rest, not thousands of rows. */
  for (guint i = 0; i < n_shown; i++)
    {
      CvkFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", f->subject, f->rule);
      GtkWidget *row = add_row (group, severity_icon (f->severity), f->message, subtitle);

      if (f->severity == CVK_SEVERITY_WARNING)
        gtk_widget_add_css_class (row, "finding-warning");
      else if (f->severity == CVK_SEVERITY_ERROR)
        gtk_widget_add_css_class (row, "finding-error");
    }
  if (findings->len > n_shown)
    {
      guint n_more = findings->len - n_shown;
      g_autofree char *title = g_strdup_printf (ngettext ("%'u more finding", "%'u more findings", n_more), n_more);
      g_autofree char *rules = count_by_rule (findings, n_shown);
      /* Translators: %s is a list of rules and counts, "dependency 4,012 · blackout 377" */
      g_autofree char *subtitle = g_strdup_printf (_("%s — the timeline and the roster list them"), rules);

      add_row (group, "view-more-symbolic", title, subtitle);
    }
}

static void
rebuild (CvkOverviewPage *self)
{
  g_autoptr(CvkDocSettings) settings = NULL;
  CvkPlan plan;

  clear (self);
  self->dirty = FALSE;
  self->n_findings = 0;
  if (self->store == NULL)
    return;

  settings = cvk_store_dup_settings (self->store);
  cvk_store_init_plan (self->store, settings, &plan);

  build_committee (self, &plan);
  build_next (self, &plan);
  build_workshops (self, &plan);
  build_findings (self, &plan);
}

/* Out of sight, the page waits until it is shown: a chair working in the
 * timeline does not pay for the overview at every edit, nor when the
 * document opens. */
static void
store_changed_cb (CvkOverviewPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    {
      clear (self);
      self->dirty = TRUE;
    }
}

void
cvk_overview_page_set_store (CvkOverviewPage *self,
                             CvkStore        *store)
{
  g_return_if_fail (CVK_IS_OVERVIEW_PAGE (self));

  if (self->store)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store)
    g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);
  store_changed_cb (self);
}

guint
cvk_overview_page_get_n_findings (CvkOverviewPage *self)
{
  g_return_val_if_fail (CVK_IS_OVERVIEW_PAGE (self), 0);
  if (self->dirty)
    rebuild (self);
  return self->n_findings;
}

CvkOverviewPage *
cvk_overview_page_new (void)
{
  return g_object_new (CVK_TYPE_OVERVIEW_PAGE, NULL);
}

static void
cvk_overview_page_dispose (GObject *object)
{
  CvkOverviewPage *self = CVK_OVERVIEW_PAGE (object);

  if (self->store)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (cvk_overview_page_parent_class)->dispose (object);
}

static void
cvk_overview_page_map (GtkWidget *widget)
{
  CvkOverviewPage *self = CVK_OVERVIEW_PAGE (widget);

  if (self->dirty)
    rebuild (self);
  GTK_WIDGET_CLASS (cvk_overview_page_parent_class)->map (widget);
}

static void
cvk_overview_page_class_init (CvkOverviewPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cvk_overview_page_dispose;
  GTK_WIDGET_CLASS (klass)->map = cvk_overview_page_map;
}

static void
cvk_overview_page_init (CvkOverviewPage *self)
{
  self->groups = g_ptr_array_new ();
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->page));
}
