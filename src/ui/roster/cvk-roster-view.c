/* cvk-roster-view.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-roster-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cvk-arbitration.h"
#include "cvk-country-names.h"
#include "cvk-enum-types.h"
#include "cvk-member-editor.h"
#include "cvk-roster-private.h"
#include "cvk-roster-view.h"
#include "cvk-rows.h"
#include "cvk-rules.h"

typedef enum
{
  COL_ID,
  COL_NAME,
  COL_ROLE,
  COL_REGION,
  COL_COUNTRY,
  COL_STATUS,
  COL_GENDER,
  COL_YOUTH,
  COL_DEVELOPING,
  COL_ORGANIZATION,
  COL_EMAIL,
  N_COLUMNS
} Column;

typedef struct
{
  CvkRosterView *self;
  Column         column;
} ColumnData;

static const struct
{
  const char *title;
  gboolean    expand;
  int         width;
} column_info[N_COLUMNS] = {
  [COL_ID]           = { N_("ID"), FALSE, 52 },
  [COL_NAME]         = { N_("Name"), TRUE, 150 },
  [COL_ROLE]         = { N_("Role"), FALSE, 150 },
  [COL_REGION]       = { N_("Region"), FALSE, 70 },
  [COL_COUNTRY]      = { N_("Country"), FALSE, 120 },
  [COL_STATUS]       = { N_("Status"), FALSE, 104 },
  [COL_GENDER]       = { N_("Gender"), FALSE, 84 },
  [COL_YOUTH]        = { N_("Youth"), FALSE, 60 },
  [COL_DEVELOPING]   = { N_("Developing"), FALSE, 96 },
  [COL_ORGANIZATION] = { N_("Organization"), TRUE, 140 },
  [COL_EMAIL]        = { N_("E-mail"), TRUE, 170 },
};

static const CvkRole ex_officio_roles[] = {
  CVK_ROLE_RG_IEM_LEAD,
  CVK_ROLE_TSB_DIRECTOR,
  CVK_ROLE_DEPUTY_SG,
  CVK_ROLE_ITU_T_COUNSELLOR,
};

struct _CvkRosterView
{
  GtkWidget            parent_instance;

  /* template */
  AdwFlap             *flap;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *role_filter;
  GtkDropDown         *region_filter;
  GtkDropDown         *status_filter;
  GtkToggleButton     *panel_button;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkBox              *dynamic_box;
  AdwPreferencesGroup *committee_group;
  AdwComboRow         *stage_row;
  AdwEntryRow         *formed_row;
  AdwEntryRow         *executing_row;
  AdwEntryRow         *reporting_row;
  AdwEntryRow         *dismantled_row;

  CvkStore            *store;
  CvkCountries        *countries;     /* the store's, with its overrides */
  CvkRegionScheme      scheme;
  GtkStringList       *region_names;  /* the region filter's choices */
  ColumnData           columns[N_COLUMNS];
  GtkColumnViewColumn *view_columns[N_COLUMNS];
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  char                *search_text;   /* casefolded */

  /* The chair's overrides of the proposals: member id -> chosen (TRUE or
   * FALSE, stored as GINT_TO_POINTER (1 or 2)). */
  GHashTable          *overrides;
  GPtrArray           *arbitrations;  /* of CvkArbitration, current */
  guint                refresh_id;    /* the panel's rebuild after a toggle */
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (CvkRosterView, cvk_roster_view, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------ */
/* Words                                                                    */

static const char *
gender_label (CvkGender gender)
{
  switch (gender)
    {
    case CVK_GENDER_FEMALE: return _("Female");
    case CVK_GENDER_MALE:   return _("Male");
    case CVK_GENDER_OTHER:  return C_("gender", "Other");
    case CVK_GENDER_UNDISCLOSED:
    default:                return _("Undisclosed");
    }
}

static const char *
stage_label (CvkStage stage)
{
  switch (stage)
    {
    case CVK_STAGE_FORMING:    return _("Forming");
    case CVK_STAGE_EXECUTING:  return _("Executing");
    case CVK_STAGE_REPORTING:  return _("Reporting");
    case CVK_STAGE_DISMANTLED: return _("Dismantled");
    default:                   return "";
    }
}

static char *
region_label (CvkRegionScheme  scheme,
              const char      *region)
{
  if (scheme == CVK_REGION_SCHEME_ITU_ADMIN)
    /* Translators: an ITU administrative region: "Region A" */
    return g_strdup_printf (_("Region %s"), region);
  return g_strdup (region);
}

static const char *
member_region (CvkRosterView *self,
               CvkMember     *member)
{
  const char *region = cvk_member_region_in_scheme (member, self->countries, self->scheme);
  return region ? region : "";
}

static const char *
member_country (CvkRosterView *self,
                CvkMember     *member)
{
  const char *code = cvk_member_get_country (member);

  if (code == NULL || *code == '\0')
    return "";
  return cvk_country_name (self->countries, code);
}

/* -1 unknown, 0 developed, 1 developing */
static int
member_developing (CvkRosterView *self,
                   CvkMember     *member)
{
  const char *code = cvk_member_get_country (member);
  const CvkCountry *country;

  if (code == NULL || *code == '\0' || self->countries == NULL)
    return -1;
  country = cvk_countries_lookup (self->countries, code);
  if (country == NULL)
    return -1;
  return country->developing ? 1 : 0;
}

static char *
cell_text (CvkRosterView *self,
           Column         column,
           CvkMember     *member)
{
  switch (column)
    {
    case COL_ID:
      return g_strdup (cvk_entity_get_id (CVK_ENTITY (member)));
    case COL_NAME:
      return g_strdup (cvk_member_get_name (member));
    case COL_ROLE:
      return g_strdup (cvk_rows_role_label (cvk_member_get_role (member)));
    case COL_REGION:
      return g_strdup (member_region (self, member));
    case COL_COUNTRY:
      return g_strdup (member_country (self, member));
    case COL_ORGANIZATION:
      return g_strdup (cvk_member_get_organization (member));
    case COL_GENDER:
      if (cvk_member_get_status (member) == CVK_MEMBER_STATUS_VACANT)
        return g_strdup ("");
      return g_strdup (gender_label (cvk_member_get_gender (member)));
    case COL_YOUTH:
      if (cvk_member_get_status (member) == CVK_MEMBER_STATUS_VACANT)
        return g_strdup ("");
      return g_strdup (cvk_member_get_youth (member) ? _("Yes") : _("No"));
    case COL_DEVELOPING:
      switch (member_developing (self, member))
        {
        case 1:  return g_strdup (_("Yes"));
        case 0:  return g_strdup (_("No"));
        default: return g_strdup ("");
        }
    case COL_STATUS:
      return g_strdup (cvk_rows_status_label (cvk_member_get_status (member)));
    case COL_EMAIL:
      return g_strdup (cvk_member_get_email (member));
    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* ------------------------------------------------------------------------ */
/* Cells                                                                    */

static void
update_cell (GtkListItem *list_item)
{
  ColumnData *data = g_object_get_data (G_OBJECT (list_item), "cvk-column");
  CvkMember *member = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (member == NULL || child == NULL)
    return;

  text = cell_text (data->self, data->column, member);

  if (data->column == COL_NAME)
    {
      GtkWidget *label = gtk_widget_get_first_child (child);
      GtkWidget *button = gtk_widget_get_next_sibling (label);
      gboolean vacant = cvk_member_get_status (member) == CVK_MEMBER_STATUS_VACANT;

      gtk_label_set_text (GTK_LABEL (label), text);
      gtk_widget_set_visible (label, !vacant);
      gtk_widget_set_visible (button, vacant);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                        cvk_entity_get_id (CVK_ENTITY (member)));
      return;
    }

  gtk_label_set_text (GTK_LABEL (child), text);
  cvk_rows_set_tooltip (child, text);

  if (data->column == COL_STATUS)
    {
      CvkMemberStatus status = cvk_member_get_status (member);

      gtk_widget_remove_css_class (child, "success");
      gtk_widget_remove_css_class (child, "warning");
      gtk_widget_remove_css_class (child, "accent");
      gtk_widget_remove_css_class (child, "dim-label");
      switch (status)
        {
        case CVK_MEMBER_STATUS_CONFIRMED: gtk_widget_add_css_class (child, "success"); break;
        case CVK_MEMBER_STATUS_VACANT:    gtk_widget_add_css_class (child, "warning"); break;
        case CVK_MEMBER_STATUS_CANDIDATE: gtk_widget_add_css_class (child, "accent"); break;
        case CVK_MEMBER_STATUS_WITHDRAWN:
        default:                          gtk_widget_add_css_class (child, "dim-label"); break;
        }
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            ColumnData               *data)
{
  GtkWidget *child;

  g_object_set_data (G_OBJECT (list_item), "cvk-column", data);

  if (data->column == COL_NAME)
    {
      GtkWidget *label = gtk_label_new (NULL);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Fill Seat…"));

      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "fill-seat");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_hexpand (button, TRUE);
      cvk_rows_set_tooltip (button, _("Fill this vacant seat"));
      /* The seat's id comes with bind. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "roster.fill");
      gtk_box_append (GTK_BOX (child), label);
      gtk_box_append (GTK_BOX (child), button);
    }
  else
    {
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      if (data->column == COL_ID)
        {
          gtk_widget_add_css_class (child, "dim-label");
          gtk_widget_add_css_class (child, "numeric");
        }
      else if (data->column == COL_STATUS)
        {
          gtk_widget_set_halign (child, GTK_ALIGN_START);
          gtk_widget_add_css_class (child, "pill-label");
        }
    }

  gtk_list_item_set_child (list_item, child);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           ColumnData               *data)
{
  CvkMember *member = gtk_list_item_get_item (list_item);
  gulong handler;

  handler = g_signal_connect_object (member, "notify", G_CALLBACK (update_cell),
                                     list_item, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (list_item), "cvk-handler", GSIZE_TO_POINTER (handler));
  update_cell (list_item);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             ColumnData               *data)
{
  CvkMember *member = gtk_list_item_get_item (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "cvk-handler"));

  if (member != NULL && handler != 0)
    g_signal_handler_disconnect (member, handler);
  g_object_set_data (G_OBJECT (list_item), "cvk-handler", NULL);
}

/* ------------------------------------------------------------------------ */
/* Sorting and filtering                                                    */

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnData *data = user_data;
  CvkMember *ma = (CvkMember *) a;
  CvkMember *mb = (CvkMember *) b;
  g_autofree char *ta = cell_text (data->self, data->column, ma);
  g_autofree char *tb = cell_text (data->self, data->column, mb);
  int result;

  /* Empty cells last, whatever the order: a vacant seat has no name. */
  if (*ta == '\0' && *tb != '\0')
    return GTK_ORDERING_LARGER;
  if (*ta != '\0' && *tb == '\0')
    return GTK_ORDERING_SMALLER;

  if (data->column == COL_ROLE)
    result = (int) cvk_member_get_role (ma) - (int) cvk_member_get_role (mb);
  else if (data->column == COL_STATUS)
    result = (int) cvk_member_get_status (ma) - (int) cvk_member_get_status (mb);
  else
    result = g_utf8_collate (ta, tb);

  if (result == 0)
    result = strcmp (cvk_entity_get_id (CVK_ENTITY (ma)), cvk_entity_get_id (CVK_ENTITY (mb)));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
contains_folded (const char *text,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_member (gpointer item,
               gpointer user_data)
{
  CvkRosterView *self = user_data;
  CvkMember *member = item;
  guint role = gtk_drop_down_get_selected (self->role_filter);
  guint region = gtk_drop_down_get_selected (self->region_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);

  if (role != 0 && role != GTK_INVALID_LIST_POSITION &&
      (guint) cvk_member_get_role (member) != role - 1)
    return FALSE;

  if (status != 0 && status != GTK_INVALID_LIST_POSITION &&
      (guint) cvk_member_get_status (member) != status - 1)
    return FALSE;

  if (region != 0 && region != GTK_INVALID_LIST_POSITION)
    {
      const char *const *regions = cvk_region_scheme_regions (self->scheme);

      if (region - 1 >= g_strv_length ((char **) regions) ||
          g_ascii_strcasecmp (member_region (self, member), regions[region - 1]) != 0)
        return FALSE;
    }

  if (self->search_text != NULL && *self->search_text != '\0')
    {
      const char *needle = self->search_text;

      if (!contains_folded (cvk_member_get_name (member), needle) &&
          !contains_folded (cvk_entity_get_id (CVK_ENTITY (member)), needle) &&
          !contains_folded (cvk_member_get_organization (member), needle) &&
          !contains_folded (cvk_member_get_email (member), needle) &&
          !contains_folded (cvk_member_get_country (member), needle) &&
          !contains_folded (member_country (self, member), needle) &&
          !contains_folded (cvk_rows_role_label (cvk_member_get_role (member)), needle) &&
          !contains_folded (cvk_member_get_justification (member), needle))
        return FALSE;
    }

  return TRUE;
}

static void
update_stack (CvkRosterView *self)
{
  const char *page = "list";

  if (self->store == NULL ||
      g_list_model_get_n_items (cvk_store_get_model (self->store, CVK_TYPE_MEMBER)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "no-results";

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
refilter (CvkRosterView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_search_changed (CvkRosterView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_text, g_free);
  self->search_text = g_utf8_casefold (text, -1);
  refilter (self);
}

static void
fill_region_filter (CvkRosterView *self)
{
  const char *const *regions = cvk_region_scheme_regions (self->scheme);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (names, g_strdup (_("All Regions")));
  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    g_ptr_array_add (names, region_label (self->scheme, regions[i]));
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->region_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->region_names)),
                          (const char *const *) names->pdata);
  gtk_drop_down_set_selected (self->region_filter, 0);
}

/* ------------------------------------------------------------------------ */
/* The balance panel                                                        */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
status_icon (gboolean ok)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (ok ? "emblem-ok-symbolic" : "dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, ok ? "success" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ok ? _("Complete") : _("Missing"),
                                  -1);
  return icon;
}

static GtkWidget *
count_row (const char *title,
           const char *subtitle,
           const char *value,
           gboolean    ok)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_icon (ok));
  gtk_widget_add_css_class (row, ok ? "roster-ok" : "roster-short");
  return row;
}

static GtkWidget *
seats_group (CvkRosterView          *self,
             const CvkRosterBalance *b,
             GListModel             *members)
{
  GtkWidget *group = adw_preferences_group_new ();
  guint required = 0, filled = 0;
  guint candidates[CVK_ROSTER_MAX_REGIONS] = { 0 };
  g_autofree char *description = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CvkMember) m = g_list_model_get_item (members, i);
      const char *region;

      if (cvk_member_get_role (m) != CVK_ROLE_REGIONAL_VOLUNTEER ||
          cvk_member_get_status (m) != CVK_MEMBER_STATUS_CANDIDATE)
        continue;
      region = member_region (self, m);
      for (guint r = 0; r < b->n_regions; r++)
        if (g_ascii_strcasecmp (region, b->regions[r]) == 0)
          candidates[r]++;
    }

  for (guint i = 0; i < G_N_ELEMENTS (ex_officio_roles); i++)
    {
      CvkRole role = ex_officio_roles[i];
      gboolean needed = cvk_role_is_required (role);
      guint n = b->role_filled[role];
      g_autofree char *value = NULL;

      if (needed)
        {
          required++;
          filled += n > 0;
        }

      /* Translators: the confirmed members of a role */
      value = n > 0 ? g_strdup_printf (_("%u confirmed"), n) : g_strdup (_("Vacant"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 count_row (cvk_rows_role_label (role),
                                            needed ? _("Ex officio") : _("Optional: on the TSB Director’s invitation"),
                                            value, n > 0 || !needed));
    }

  for (guint r = 0; r < b->n_regions; r++)
    {
      guint n = b->volunteers[r];
      g_autofree char *title = region_label (b->region_scheme, b->regions[r]);
      g_autofree char *value = NULL;
      g_autofree char *subtitle = NULL;

      required += CVK_ROSTER_VOLUNTEERS_PER_REGION;
      filled += MIN (n, CVK_ROSTER_VOLUNTEERS_PER_REGION);

      /* Translators: confirmed regional volunteers of a region, "1 of 2" */
      value = g_strdup_printf (_("%u of %u"), n, (guint) CVK_ROSTER_VOLUNTEERS_PER_REGION);
      subtitle = g_strdup_printf (ngettext ("Regional volunteers · %u candidate",
                                               "Regional volunteers · %u candidates",
                                               candidates[r]),
                                  candidates[r]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 count_row (title, subtitle, value,
                                            n == CVK_ROSTER_VOLUNTEERS_PER_REGION));
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Seats"));
  /* Translators: "12 of 13 seats filled by confirmed members" */
  description = g_strdup_printf (_("%u of %u seats the Terms of Reference ask for are filled by confirmed members"),
                                 filled, required);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static GtkWidget *
balance_group (const CvkRosterBalance *b)
{
  GtkWidget *group = adw_preferences_group_new ();
  guint stated = b->n_female + b->n_male + b->n_gender_other;
  guint known = b->n_developing + b->n_developed;
  gboolean judged = cvk_roster_balance_is_judged (b);
  g_autofree char *description = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Balance"));
  if (judged)
    description = g_strdup_printf (ngettext ("Among the %u confirmed member",
                                                "Among the %u confirmed members", b->n_confirmed),
                                   b->n_confirmed);
  else
    description = g_strdup_printf (ngettext ("%u confirmed member so far: the balance is judged from %u",
                                             "%u confirmed members so far: the balance is judged from %u",
                                             b->n_confirmed),
                                   b->n_confirmed, (guint) CVK_ROSTER_BALANCE_MIN_MEMBERS);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  {
    g_autofree char *subtitle = NULL;
    g_autofree char *value = NULL;

    /* Translators: counts of confirmed members by gender */
    subtitle = g_strdup_printf (_("Women %u · Men %u · Other %u · Undisclosed %u"),
                                b->n_female, b->n_male, b->n_gender_other, b->n_gender_undisclosed);
    /* Translators: the share of women among members who state a gender */
    value = stated > 0 ? g_strdup_printf (_("%u%% women"), cvk_share_percent (b->n_female, stated)) : g_strdup ("—");
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               count_row (_("Gender"), subtitle, value,
                                          !judged || cvk_roster_balance_gender_ok (b)));
  }
  {
    g_autofree char *subtitle = NULL;
    g_autofree char *value = NULL;

    subtitle = g_strdup_printf (_("Developing %u · Developed %u · Unknown %u"),
                                b->n_developing, b->n_developed, b->n_country_unknown);
    value = known > 0 ? g_strdup_printf (_("%u%% developing"), cvk_share_percent (b->n_developing, known)) : g_strdup ("—");
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               count_row (_("Countries"), subtitle, value,
                                          !judged ||
                                          (cvk_roster_balance_developing_ok (b) &&
                                           cvk_roster_balance_developed_ok (b))));
  }
  {
    g_autofree char *value = g_strdup_printf (_("%u of %u"), b->n_youth, b->n_confirmed);

    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               count_row (_("Youth"), _("Young members"), value,
                                          !judged || cvk_roster_balance_youth_ok (b)));
  }

  return group;
}

static GtkWidget *
findings_group (const CvkPlan *plan)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) cvk_finding_free);

  cvk_rule_roster_role (plan, findings);
  cvk_rule_roster_region (plan, findings);
  cvk_rule_roster_balance (plan, findings);
  cvk_findings_sort (findings);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("What Is Missing"));

  if (findings->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("The committee is complete and balanced"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), status_icon (TRUE));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      return group;
    }

  for (guint i = 0; i < findings->len; i++)
    {
      CvkFinding *finding = g_ptr_array_index (findings, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", finding->rule, finding->subject);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), status_icon (FALSE));
      gtk_widget_add_css_class (row, "finding-warning");
      gtk_widget_add_css_class (row, "roster-finding");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

/* ------------------------------------------------------------------------ */
/* Arbitration                                                              */

static gboolean
choice_is_chosen (CvkRosterView        *self,
                  CvkArbitrationChoice *choice)
{
  gpointer value = g_hash_table_lookup (self->overrides,
                                        cvk_entity_get_id (CVK_ENTITY (choice->member)));

  if (value == NULL)
    return choice->selected;
  return GPOINTER_TO_INT (value) == 1;
}

static CvkArbitration *
find_arbitration (CvkRosterView *self,
                  const char    *region)
{
  for (guint i = 0; self->arbitrations != NULL && i < self->arbitrations->len; i++)
    {
      CvkArbitration *a = g_ptr_array_index (self->arbitrations, i);
      if (g_strcmp0 (a->region, region) == 0)
        return a;
    }
  return NULL;
}

static void refresh_panel (CvkRosterView *self);

static gboolean
refresh_panel_idle (gpointer data)
{
  CvkRosterView *self = CVK_ROSTER_VIEW (data);

  self->refresh_id = 0;
  refresh_panel (self);
  return G_SOURCE_REMOVE;
}

/* The check button names its candidate by member id: the choices belong to
 * self->arbitrations, which each refresh replaces. */
static CvkArbitrationChoice *
find_choice (CvkRosterView *self,
             const char    *member_id)
{
  for (guint i = 0; member_id != NULL && self->arbitrations != NULL && i < self->arbitrations->len; i++)
    {
      CvkArbitration *a = g_ptr_array_index (self->arbitrations, i);

      for (guint j = 0; j < a->choices->len; j++)
        {
          CvkArbitrationChoice *choice = g_ptr_array_index (a->choices, j);
          if (g_strcmp0 (cvk_entity_get_id (CVK_ENTITY (choice->member)), member_id) == 0)
            return choice;
        }
    }
  return NULL;
}

static void
on_choice_toggled (GtkCheckButton *check,
                   CvkRosterView  *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "cvk-member-id");
  CvkArbitrationChoice *choice;
  gboolean active = gtk_check_button_get_active (check);

  if (self->updating)
    return;
  choice = find_choice (self, id);
  if (choice == NULL)
    return;

  if (active == choice->selected)
    g_hash_table_remove (self->overrides, id);
  else
    g_hash_table_insert (self->overrides, g_strdup (id), GINT_TO_POINTER (active ? 1 : 2));

  /* Rebuilt after the signal: the check button is about to be destroyed.
   * Removed in dispose: the panel is gone then. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_panel_idle, self, NULL);
}

static GtkWidget *
arbitration_group (CvkRosterView  *self,
                   CvkArbitration *a)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button;
  g_autofree char *region = region_label (self->scheme, a->region);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  guint n_chosen = 0;
  gboolean overridden = FALSE;

  /* Translators: "Arbitration: Region A" */
  title = g_strdup_printf (_("Arbitration: %s"), region);
  description = g_strdup_printf (_("%u candidates for %u open seats. The proposal maximises the "
                                   "gender balance, then developing-country representation, then youth."),
                                 a->choices->len, a->n_seats);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_widget_add_css_class (group, "arbitration");

  for (guint i = 0; i < a->choices->len; i++)
    {
      CvkArbitrationChoice *choice = g_ptr_array_index (a->choices, i);
      CvkMember *m = choice->member;
      const char *name = cvk_member_get_name (m);
      gboolean chosen = choice_is_chosen (self, choice);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *row_title = NULL;

      n_chosen += chosen;
      overridden |= chosen != choice->selected;

      /* Translators: a candidate: "Test Member 03 (R17)" */
      row_title = g_strdup_printf (_("%s (%s)"), *name ? name : _("Unnamed"),
                                   cvk_entity_get_id (CVK_ENTITY (m)));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), choice->explanation);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), chosen);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, row_title, -1);
      g_object_set_data_full (G_OBJECT (check), "cvk-member-id",
                              g_strdup (cvk_entity_get_id (CVK_ENTITY (m))), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_choice_toggled), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

      if (chosen != choice->selected)
        {
          GtkWidget *pill = gtk_label_new (_("Override"));
          gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (pill, "pill-label");
          gtk_widget_add_css_class (pill, "warning");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
        }
      else if (choice->selected)
        {
          GtkWidget *pill = gtk_label_new (_("Proposed"));
          gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (pill, "pill-label");
          gtk_widget_add_css_class (pill, "success");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  button = gtk_button_new_with_mnemonic (overridden ? _("_Apply Choice") : _("_Accept"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_tooltip_text (button, overridden
                               ? _("Confirm the candidates you chose and withdraw the others")
                               : _("Confirm the proposed candidates and withdraw the others"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "roster.accept-arbitration");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", a->region);
  /* As many chosen as there are open seats. */
  gtk_widget_set_sensitive (button, n_chosen == a->n_seats);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);

  return group;
}

gboolean
cvk_roster_view_accept_arbitration (CvkRosterView  *self,
                                    const char     *region,
                                    GError        **error)
{
  CvkArbitration *a;
  g_autofree char *label = NULL;
  g_autofree char *region_text = NULL;

  g_return_val_if_fail (CVK_IS_ROSTER_VIEW (self), FALSE);
  g_return_val_if_fail (region != NULL, FALSE);

  a = find_arbitration (self, region);
  if (a == NULL || self->store == NULL)
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_NOT_FOUND,
                   _("No arbitration is needed for %s"), region);
      return FALSE;
    }

  region_text = region_label (self->scheme, a->region);

  /* The action can be activated without its button (which is insensitive
   * then): as many chosen as there are open seats. */
  {
    guint n_chosen = 0;

    for (guint i = 0; i < a->choices->len; i++)
      n_chosen += choice_is_chosen (self, g_ptr_array_index (a->choices, i));
    if (n_chosen != a->n_seats)
      {
        g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_FAILED,
                     ngettext ("Choose %u candidate for %s", "Choose %u candidates for %s", a->n_seats),
                     a->n_seats, region_text);
        return FALSE;
      }
  }

  /* Translators: the undo label, "Arbitrate Region A" */
  label = g_strdup_printf (_("Arbitrate %s"), region_text);
  if (!cvk_store_begin (self->store, label, error))
    return FALSE;

  for (guint i = 0; i < a->choices->len; i++)
    {
      CvkArbitrationChoice *choice = g_ptr_array_index (a->choices, i);
      CvkMemberStatus status = choice_is_chosen (self, choice)
                               ? CVK_MEMBER_STATUS_CONFIRMED : CVK_MEMBER_STATUS_WITHDRAWN;

      if (!cvk_store_set (self->store, CVK_ENTITY (choice->member), error,
                          "status", status, NULL))
        {
          cvk_store_rollback (self->store);
          return FALSE;
        }
    }

  for (guint i = 0; i < a->choices->len; i++)
    {
      CvkArbitrationChoice *choice = g_ptr_array_index (a->choices, i);
      g_hash_table_remove (self->overrides, cvk_entity_get_id (CVK_ENTITY (choice->member)));
    }

  return cvk_store_commit (self->store, error);
}

/* ------------------------------------------------------------------------ */
/* The committee                                                            */

static CvkCommittee *
get_committee (CvkRosterView *self)
{
  GListModel *committees;
  g_autoptr(CvkCommittee) committee = NULL;

  if (self->store == NULL)
    return NULL;
  committees = cvk_store_get_model (self->store, CVK_TYPE_COMMITTEE);
  if (g_list_model_get_n_items (committees) == 0)
    return NULL;
  committee = g_list_model_get_item (committees, 0);
  return committee;  /* the model keeps it alive */
}

static void
set_date_row (AdwEntryRow *row,
              const GDate *date)
{
  g_autofree char *text = cvk_roster_format_date (date);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
refresh_committee (CvkRosterView *self)
{
  CvkCommittee *committee = get_committee (self);

  self->updating = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->committee_group), committee != NULL);
  if (committee != NULL)
    {
      adw_combo_row_set_selected (self->stage_row, cvk_committee_get_stage (committee));
      set_date_row (self->formed_row, cvk_committee_get_formed (committee));
      set_date_row (self->executing_row, cvk_committee_get_executing (committee));
      set_date_row (self->reporting_row, cvk_committee_get_reporting (committee));
      set_date_row (self->dismantled_row, cvk_committee_get_dismantled (committee));
      adw_preferences_group_set_description (self->committee_group,
                                             cvk_committee_get_name (committee));
    }
  self->updating = FALSE;
}

static void
on_stage_selected (CvkRosterView *self)
{
  CvkCommittee *committee = get_committee (self);
  guint stage = adw_combo_row_get_selected (self->stage_row);
  g_autoptr(GError) error = NULL;

  if (self->updating || committee == NULL || stage == GTK_INVALID_LIST_POSITION ||
      stage == (guint) cvk_committee_get_stage (committee))
    return;

  if (!cvk_store_set (self->store, CVK_ENTITY (committee), &error, "stage", (int) stage, NULL))
    g_warning ("Cannot change the committee's stage: %s", error->message);
}

static void
on_date_applied (AdwEntryRow   *row,
                 CvkRosterView *self)
{
  CvkCommittee *committee = get_committee (self);
  const char *property = g_object_get_data (G_OBJECT (row), "cvk-property");
  g_autoptr(GError) error = NULL;
  gboolean empty;
  GDate date;

  if (committee == NULL)
    return;

  if (!cvk_roster_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)), &date, &empty))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_error_bell (GTK_WIDGET (row));
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  if (!cvk_store_set (self->store, CVK_ENTITY (committee), &error,
                      property, empty ? NULL : &date, NULL))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      g_warning ("Cannot change the committee's dates: %s", error->message);
    }
}

/* ------------------------------------------------------------------------ */
/* Refreshing                                                               */

static void
refresh_panel (CvkRosterView *self)
{
  g_autoptr(CvkDocSettings) settings = NULL;
  GListModel *members;
  CvkRosterBalance balance;
  CvkPlan plan;

  clear_box (self->dynamic_box);
  if (self->store == NULL)
    return;

  settings = cvk_store_dup_settings (self->store);
  members = cvk_store_get_model (self->store, CVK_TYPE_MEMBER);
  cvk_store_init_plan (self->store, settings, &plan);
  cvk_roster_balance_compute (&plan, &balance);

  g_clear_pointer (&self->arbitrations, g_ptr_array_unref);
  self->arbitrations = cvk_arbitration_propose (&plan);

  /* What asks for a decision first. */
  self->updating = TRUE;
  for (guint i = 0; i < self->arbitrations->len; i++)
    gtk_box_append (self->dynamic_box,
                    arbitration_group (self, g_ptr_array_index (self->arbitrations, i)));
  gtk_box_append (self->dynamic_box, seats_group (self, &balance, members));
  gtk_box_append (self->dynamic_box, balance_group (&balance));
  gtk_box_append (self->dynamic_box, findings_group (&plan));
  self->updating = FALSE;
}

static void
on_store_changed (CvkRosterView *self)
{
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (self->store);

  if (settings->region_scheme != self->scheme)
    {
      self->scheme = settings->region_scheme;
      fill_region_filter (self);
    }

  /* Members change in place: their rows may move or leave the filter. */
  refilter (self);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  refresh_panel (self);
  refresh_committee (self);
}

static void
on_items_changed (CvkRosterView *self)
{
  update_stack (self);
}

/* Adding, editing and arbitrating need a document. */
static void
update_actions (CvkRosterView *self)
{
  static const char *const actions[] = { "roster.add", "roster.edit", "roster.fill", "roster.accept-arbitration" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], self->store != NULL);
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                  */

static void
open_editor (CvkRosterView *self,
             CvkMember     *member)
{
  CvkMemberEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->store == NULL)
    return;

  editor = cvk_member_editor_new (self->store, member);
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
      /* It holds the document: it goes with the document's window. */
      gtk_window_set_destroy_with_parent (GTK_WINDOW (editor), TRUE);
    }
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CvkRosterView *self = CVK_ROSTER_VIEW (widget);
  CvkMember *member;

  if (self->store == NULL)
    return;
  member = cvk_store_lookup (self->store, CVK_TYPE_MEMBER, g_variant_get_string (parameter, NULL));
  if (member != NULL)
    open_editor (self, member);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (CVK_ROSTER_VIEW (widget), NULL);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CvkRosterView *self = CVK_ROSTER_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!cvk_roster_view_accept_arbitration (self, g_variant_get_string (parameter, NULL), &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
      else
        g_warning ("%s", error->message);
    }
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CvkRosterView *self = CVK_ROSTER_VIEW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->role_filter, 0);
  gtk_drop_down_set_selected (self->region_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
}

static void
on_activate (GtkColumnView *view,
             guint          position,
             CvkRosterView *self)
{
  g_autoptr(CvkMember) member = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (member != NULL)
    open_editor (self, member);
}

/* ------------------------------------------------------------------------ */
/* The widget                                                               */

CvkRosterView *
cvk_roster_view_new (void)
{
  return g_object_new (CVK_TYPE_ROSTER_VIEW, NULL);
}

void
cvk_roster_view_set_store (CvkRosterView *self,
                           CvkStore      *store)
{
  GListModel *members;
  g_autoptr(CvkDocSettings) settings = NULL;

  g_return_if_fail (CVK_IS_ROSTER_VIEW (self));
  g_return_if_fail (store == NULL || CVK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (cvk_store_get_model (self->store, CVK_TYPE_MEMBER), self);
    }

  g_set_object (&self->store, store);
  self->countries = store ? cvk_store_get_countries (store) : NULL;
  g_hash_table_remove_all (self->overrides);
  update_actions (self);

  if (store == NULL)
    {
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      refresh_panel (self);
      update_stack (self);
      return;
    }

  settings = cvk_store_dup_settings (store);
  self->scheme = settings->region_scheme;
  fill_region_filter (self);

  members = cvk_store_get_model (store, CVK_TYPE_MEMBER);
  gtk_filter_list_model_set_model (self->filter_model, members);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (members, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);

  refresh_panel (self);
  refresh_committee (self);
  update_stack (self);
}

CvkStore *
cvk_roster_view_get_store (CvkRosterView *self)
{
  g_return_val_if_fail (CVK_IS_ROSTER_VIEW (self), NULL);
  return self->store;
}

GListModel *
cvk_roster_view_get_visible_model (CvkRosterView *self)
{
  g_return_val_if_fail (CVK_IS_ROSTER_VIEW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

GtkColumnView *
cvk_roster_view_get_column_view (CvkRosterView *self)
{
  g_return_val_if_fail (CVK_IS_ROSTER_VIEW (self), NULL);
  return self->column_view;
}

static GtkStringList *
string_list_with_all (const char  *all,
                      const char *(*label) (int),
                      int           n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all);
  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return list;
}

static const char *
role_label_int (int role)
{
  return cvk_rows_role_label ((CvkRole) role);
}

static const char *
status_label_int (int status)
{
  return cvk_rows_status_label ((CvkMemberStatus) status);
}

static void
cvk_roster_view_dispose (GObject *object)
{
  CvkRosterView *self = CVK_ROSTER_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (cvk_store_get_model (self->store, CVK_TYPE_MEMBER), self);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), CVK_TYPE_ROSTER_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->region_names);
  g_clear_pointer (&self->arbitrations, g_ptr_array_unref);

  G_OBJECT_CLASS (cvk_roster_view_parent_class)->dispose (object);
}

static void
cvk_roster_view_finalize (GObject *object)
{
  CvkRosterView *self = CVK_ROSTER_VIEW (object);

  g_free (self->search_text);
  g_hash_table_unref (self->overrides);

  G_OBJECT_CLASS (cvk_roster_view_parent_class)->finalize (object);
}

static void
cvk_roster_view_class_init (CvkRosterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cvk_roster_view_dispose;
  object_class->finalize = cvk_roster_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/roster/cvk-roster-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, flap);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, role_filter);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, region_filter);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, panel_button);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, stack);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, column_view);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, dynamic_box);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, committee_group);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, stage_row);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, formed_row);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, executing_row);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, reporting_row);
  gtk_widget_class_bind_template_child (widget_class, CvkRosterView, dismantled_row);

  gtk_widget_class_install_action (widget_class, "roster.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "roster.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "roster.fill", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "roster.accept-arbitration", "s", accept_action);
  gtk_widget_class_install_action (widget_class, "roster.clear-filters", NULL, clear_filters_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "roster.add", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cvk-roster-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cvk_roster_view_init (CvkRosterView *self)
{
  g_autoptr(GtkStringList) roles = NULL;
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkStringList) stages = NULL;
  g_autoptr(GtkExpression) string = NULL;
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->scheme = CVK_REGION_SCHEME_ITU_ADMIN;

  /* Filters */
  roles = string_list_with_all (_("All Roles"), role_label_int, CVK_ROLE_OTHER + 1);
  statuses = string_list_with_all (_("All Statuses"), status_label_int, CVK_MEMBER_STATUS_WITHDRAWN + 1);
  self->region_names = gtk_string_list_new (NULL);
  string = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->role_filter, string);
  gtk_drop_down_set_expression (self->region_filter, string);
  gtk_drop_down_set_expression (self->status_filter, string);
  gtk_drop_down_set_model (self->role_filter, G_LIST_MODEL (roles));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->region_filter, G_LIST_MODEL (self->region_names));
  fill_region_filter (self);
  g_signal_connect_swapped (self->role_filter, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->region_filter, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  /* Columns */
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      g_autoptr(GtkSorter) column_sorter = NULL;

      self->columns[c].self = self;
      self->columns[c].column = c;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), &self->columns[c]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), &self->columns[c]);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), &self->columns[c]);

      column = gtk_column_view_column_new (_(column_info[c].title), factory);
      column_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, &self->columns[c], NULL));
      gtk_column_view_column_set_sorter (column, column_sorter);
      gtk_column_view_column_set_expand (column, column_info[c].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, column_info[c].width);
      gtk_column_view_append_column (self->column_view, column);
      self->view_columns[c] = column;
      g_object_unref (column);
    }

  /* members -> filter -> sort (the column view's sorter) -> selection */
  self->filter = gtk_custom_filter_new (filter_member, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                              g_object_ref (sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (update_stack), self);
  /* Sorted by seat to begin with. */
  gtk_column_view_sort_by_column (self->column_view, self->view_columns[COL_ID], GTK_SORT_ASCENDING);

  /* The panel folds away on narrow windows; the toolbar button shows it. */
  g_object_bind_property (self->flap, "reveal-flap", self->panel_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->flap, "folded", self->panel_button, "visible",
                          G_BINDING_SYNC_CREATE);

  /* The committee */
  stages = gtk_string_list_new (NULL);
  for (int s = CVK_STAGE_FORMING; s <= CVK_STAGE_DISMANTLED; s++)
    gtk_string_list_append (stages, stage_label (s));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (stages));
  g_signal_connect_swapped (self->stage_row, "notify::selected", G_CALLBACK (on_stage_selected), self);
  g_object_set_data (G_OBJECT (self->formed_row), "cvk-property", (gpointer) "formed");
  g_object_set_data (G_OBJECT (self->executing_row), "cvk-property", (gpointer) "executing");
  g_object_set_data (G_OBJECT (self->reporting_row), "cvk-property", (gpointer) "reporting");
  g_object_set_data (G_OBJECT (self->dismantled_row), "cvk-property", (gpointer) "dismantled");
  g_signal_connect (self->formed_row, "apply", G_CALLBACK (on_date_applied), self);
  g_signal_connect (self->executing_row, "apply", G_CALLBACK (on_date_applied), self);
  g_signal_connect (self->reporting_row, "apply", G_CALLBACK (on_date_applied), self);
  g_signal_connect (self->dismantled_row, "apply", G_CALLBACK (on_date_applied), self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->committee_group), FALSE);

  update_actions (self);
  update_stack (self);
}
