/* cvk-rows.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-rows"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cvk-rows.h"

const char *
cvk_rows_item_kind_label (CvkItemKind kind)
{
  switch (kind)
    {
    case CVK_ITEM_KIND_PHASE:     return _("Phase");
    case CVK_ITEM_KIND_TASK:      return _("Task");
    case CVK_ITEM_KIND_MILESTONE: return _("Milestone");
    case CVK_ITEM_KIND_WORKSHOP:  return _("Workshop");
    case CVK_ITEM_KIND_REPORT:    return _("Report");
    case CVK_ITEM_KIND_MEETING:   return _("Meeting");
    default:                      return "";
    }
}

static const char *
item_kind_icon (CvkItemKind kind)
{
  switch (kind)
    {
    case CVK_ITEM_KIND_PHASE:     return "folder-symbolic";
    case CVK_ITEM_KIND_TASK:      return "view-list-bullet-symbolic";
    case CVK_ITEM_KIND_MILESTONE: return "emblem-important-symbolic";
    case CVK_ITEM_KIND_WORKSHOP:  return "system-users-symbolic";
    case CVK_ITEM_KIND_REPORT:    return "x-office-document-symbolic";
    case CVK_ITEM_KIND_MEETING:   return "x-office-calendar-symbolic";
    default:                      return "view-list-bullet-symbolic";
    }
}

const char *
cvk_rows_role_label (CvkRole role)
{
  switch (role)
    {
    case CVK_ROLE_RG_IEM_LEAD:         return _("TSAG RG-IEM leadership");
    case CVK_ROLE_TSB_DIRECTOR:        return _("TSB Director");
    case CVK_ROLE_DEPUTY_SG:           return _("Deputy Secretary-General");
    case CVK_ROLE_ITU_T_COUNSELLOR:    return _("ITU-T Counsellor");
    case CVK_ROLE_REGIONAL_VOLUNTEER:  return _("Regional volunteer");
    case CVK_ROLE_OTHER:               return _("Other");
    default:                           return "";
    }
}

const char *
cvk_rows_status_label (CvkMemberStatus status)
{
  switch (status)
    {
    case CVK_MEMBER_STATUS_VACANT:     return _("Vacant");
    case CVK_MEMBER_STATUS_CANDIDATE:  return _("Candidate");
    case CVK_MEMBER_STATUS_CONFIRMED:  return _("Confirmed");
    case CVK_MEMBER_STATUS_WITHDRAWN:  return _("Withdrawn");
    default:                           return "";
    }
}

const char *
cvk_rows_date_status_label (CvkDateStatus status)
{
  switch (status)
    {
    /* Translators: the date of a plan's item is fixed */
    case CVK_DATE_STATUS_FIXED:  return C_("date status", "Fixed");
    /* Translators: to be confirmed */
    case CVK_DATE_STATUS_TBC:    return C_("date status", "TBC");
    /* Translators: to be determined */
    case CVK_DATE_STATUS_TBD:    return C_("date status", "TBD");
    default:                     return "";
    }
}

/* "Spring 2026 · TBD", "30 May 2025", "Not scheduled" */
char *
cvk_rows_item_when (CvkItem *item)
{
  const GDate *start = cvk_item_get_start (item);
  const GDate *end = cvk_item_get_end (item);
  CvkPeriod period;
  g_autofree char *text = NULL;

  if (start == NULL && end == NULL)
    return g_strdup (_("Not scheduled"));

  period.first = start ? *start : *end;
  period.last = end ? *end : *start;
  period.precision = cvk_item_get_precision (item);
  text = cvk_period_format (&period);

  if (cvk_item_get_status (item) == CVK_DATE_STATUS_FIXED)
    return g_steal_pointer (&text);

  return g_strdup_printf ("%s · %s", text, cvk_rows_date_status_label (cvk_item_get_status (item)));
}

static GtkWidget *
delete_button (CvkEntity  *entity,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)",
                                    cvk_entity_get_kind (entity), cvk_entity_get_id (entity));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.delete");
  return button;
}

static GtkWidget *
pill (const char *text,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "pill-label");
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static guint
item_depth (CvkStore *store,
            CvkItem  *item)
{
  guint depth = 0;
  const char *parent = cvk_item_get_parent (item);

  /* Bounded: the schema forbids an item being its own parent, but a longer
   * loop is not impossible in a damaged plan. */
  while (*parent && depth < 16)
    {
      CvkItem *p = cvk_store_lookup (store, CVK_TYPE_ITEM, parent);
      if (p == NULL)
        break;
      depth++;
      parent = cvk_item_get_parent (p);
    }
  return depth;
}

/* Also the handler of the item's "notify", connected swapped. */
static void
update_item_row (AdwActionRow *row,
                 GParamSpec   *pspec,
                 CvkItem      *item)
{
  g_autofree char *title = g_markup_printf_escaped ("%s", cvk_item_get_name (item));
  g_autofree char *when = cvk_rows_item_when (item);
  g_autofree char *subtitle = NULL;
  CvkItemKind kind = cvk_item_get_kind (item);
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "kind-icon");
  GtkWidget *id_label = g_object_get_data (G_OBJECT (row), "id-label");

  if (cvk_item_get_body (item) != CVK_BODY_NONE)
    subtitle = g_markup_printf_escaped ("%s · %s · %s", cvk_rows_item_kind_label (kind),
                                        cvk_enum_to_nick (CVK_TYPE_BODY, cvk_item_get_body (item)), when);
  else
    subtitle = g_markup_printf_escaped ("%s · %s", cvk_rows_item_kind_label (kind), when);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), item_kind_icon (kind));
  gtk_label_set_text (GTK_LABEL (id_label), cvk_entity_get_id (CVK_ENTITY (item)));

  if (cvk_item_get_status (item) == CVK_DATE_STATUS_FIXED)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "fuzzy");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "fuzzy");
}

GtkWidget *
cvk_rows_create_item (gpointer object,
                      gpointer user_data)
{
  CvkItem *item = object;
  CvkStore *store = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *id_label = gtk_label_new (NULL);
  guint depth = item_depth (store, item);

  gtk_widget_add_css_class (id_label, "dim-label");
  gtk_widget_add_css_class (id_label, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (id_label), 5);
  gtk_label_set_xalign (GTK_LABEL (id_label), 0);
  gtk_widget_set_margin_start (icon, 18 * depth);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), id_label);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data (G_OBJECT (row), "kind-icon", icon);
  g_object_set_data (G_OBJECT (row), "id-label", id_label);
  if (cvk_item_get_kind (item) == CVK_ITEM_KIND_PHASE)
    gtk_widget_add_css_class (row, "phase-row");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             delete_button (CVK_ENTITY (item), _("Delete Item")));

  update_item_row (ADW_ACTION_ROW (row), NULL, item);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_item_row), row, G_CONNECT_SWAPPED);
  return row;
}

/* Also the handler of the member's "notify", connected swapped. */
static void
update_member_row (AdwActionRow *row,
                   GParamSpec   *pspec,
                   CvkMember    *member)
{
  GtkWidget *status = g_object_get_data (G_OBJECT (row), "status");
  CvkStore *store = g_object_get_data (G_OBJECT (row), "store");
  CvkMemberStatus st = cvk_member_get_status (member);
  const char *name = cvk_member_get_name (member);
  const char *region = cvk_member_get_region (member);
  const char *country = cvk_member_get_country (member);
  g_autoptr(GString) subtitle = g_string_new (cvk_rows_role_label (cvk_member_get_role (member)));
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;

  if (*country)
    {
      const CvkCountry *c = cvk_countries_lookup (cvk_store_get_countries (store), country);
      g_string_append_printf (subtitle, " · %s", c ? c->name_en : country);
    }
  if (*region)
    g_string_append_printf (subtitle, " · %s", _("Region"));
  if (*region)
    g_string_append_printf (subtitle, " %s", region);
  if (*cvk_member_get_organization (member))
    g_string_append_printf (subtitle, " · %s", cvk_member_get_organization (member));

  if (*name)
    title = g_markup_escape_text (name, -1);
  else
    title = g_markup_printf_escaped ("<i>%s</i>", _("Vacant seat"));
  escaped = g_markup_escape_text (subtitle->str, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, escaped);

  gtk_label_set_text (GTK_LABEL (status), cvk_rows_status_label (st));
  gtk_widget_remove_css_class (status, "success");
  gtk_widget_remove_css_class (status, "warning");
  gtk_widget_remove_css_class (status, "dim-label");
  switch (st)
    {
    case CVK_MEMBER_STATUS_CONFIRMED:
      gtk_widget_add_css_class (status, "success");
      break;
    case CVK_MEMBER_STATUS_VACANT:
      gtk_widget_add_css_class (status, "warning");
      break;
    case CVK_MEMBER_STATUS_CANDIDATE:
    case CVK_MEMBER_STATUS_WITHDRAWN:
    default:
      gtk_widget_add_css_class (status, "dim-label");
      break;
    }
}

GtkWidget *
cvk_rows_create_member (gpointer object,
                        gpointer user_data)
{
  CvkMember *member = object;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = pill ("", NULL);
  GtkWidget *id_label = gtk_label_new (cvk_entity_get_id (CVK_ENTITY (member)));

  gtk_widget_add_css_class (id_label, "dim-label");
  gtk_widget_add_css_class (id_label, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (id_label), 4);
  gtk_label_set_xalign (GTK_LABEL (id_label), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), id_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             delete_button (CVK_ENTITY (member), _("Delete Seat")));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data (G_OBJECT (row), "status", status);
  g_object_set_data (G_OBJECT (row), "store", user_data);

  update_member_row (ADW_ACTION_ROW (row), NULL, member);
  g_signal_connect_object (member, "notify", G_CALLBACK (update_member_row), row, G_CONNECT_SWAPPED);
  return row;
}

/* Also the handler of the line's "notify", connected swapped. */
static void
update_budget_row (AdwActionRow  *row,
                   GParamSpec    *pspec,
                   CvkBudgetLine *line)
{
  GtkWidget *amount = g_object_get_data (G_OBJECT (row), "amount");
  CvkStore *store = g_object_get_data (G_OBJECT (row), "store");
  CvkMoney planned;
  g_autofree char *planned_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *workshop_id = cvk_budget_line_get_workshop (line);
  CvkWorkshop *workshop = cvk_store_lookup (store, CVK_TYPE_WORKSHOP, workshop_id);
  g_autofree char *where = workshop
    ? g_strdup_printf (_("Workshop %d"), (int) cvk_workshop_get_edition (workshop))
    : g_strdup (_("Whole series"));

  cvk_money_init (&planned, cvk_budget_line_get_planned (line), cvk_budget_line_get_currency (line));
  planned_text = cvk_money_format (&planned);
  title = g_markup_escape_text (*cvk_budget_line_get_description (line)
                                ? cvk_budget_line_get_description (line)
                                : cvk_entity_get_id (CVK_ENTITY (line)), -1);
  subtitle = g_markup_printf_escaped ("%s · %s", cvk_budget_line_get_category (line), where);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_label_set_text (GTK_LABEL (amount), planned_text);
}

GtkWidget *
cvk_rows_create_budget_line (gpointer object,
                             gpointer user_data)
{
  CvkBudgetLine *line = object;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *amount = gtk_label_new (NULL);

  gtk_widget_add_css_class (amount, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             delete_button (CVK_ENTITY (line), _("Delete Budget Line")));
  g_object_set_data (G_OBJECT (row), "amount", amount);
  g_object_set_data (G_OBJECT (row), "store", user_data);

  update_budget_row (ADW_ACTION_ROW (row), NULL, line);
  g_signal_connect_object (line, "notify", G_CALLBACK (update_budget_row), row, G_CONNECT_SWAPPED);
  return row;
}

static const char *
invitation_state_label (CvkInvitationState state)
{
  switch (state)
    {
    case CVK_INVITATION_STATE_DRAFT:     return _("Draft");
    case CVK_INVITATION_STATE_SENT:      return _("Sent");
    case CVK_INVITATION_STATE_ACCEPTED:  return _("Accepted");
    case CVK_INVITATION_STATE_DECLINED:  return _("Declined");
    case CVK_INVITATION_STATE_BOUNCED:   return _("Bounced");
    default:                             return "";
    }
}

/* Also the handler of the invitation's "notify", connected swapped. */
static void
update_invitation_row (AdwActionRow  *row,
                       GParamSpec    *pspec,
                       CvkInvitation *invitation)
{
  GtkWidget *state = g_object_get_data (G_OBJECT (row), "state");
  CvkStore *store = g_object_get_data (G_OBJECT (row), "store");
  CvkContact *contact = cvk_store_lookup (store, CVK_TYPE_CONTACT, cvk_invitation_get_contact (invitation));
  CvkWorkshop *workshop = cvk_store_lookup (store, CVK_TYPE_WORKSHOP, cvk_invitation_get_workshop (invitation));
  g_autofree char *title = g_markup_escape_text (contact ? cvk_contact_get_name (contact)
                                                         : cvk_invitation_get_contact (invitation), -1);
  g_autofree char *subtitle = NULL;

  if (workshop && contact)
    subtitle = g_markup_printf_escaped ("%s · %s", cvk_workshop_get_title (workshop),
                                        cvk_contact_get_organization (contact));
  else if (workshop)
    subtitle = g_markup_escape_text (cvk_workshop_get_title (workshop), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle ? subtitle : "");
  gtk_label_set_text (GTK_LABEL (state), invitation_state_label (cvk_invitation_get_state (invitation)));
}

GtkWidget *
cvk_rows_create_invitation (gpointer object,
                            gpointer user_data)
{
  CvkInvitation *invitation = object;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *state = pill ("", "dim-label");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             delete_button (CVK_ENTITY (invitation), _("Delete Invitation")));
  g_object_set_data (G_OBJECT (row), "state", state);
  g_object_set_data (G_OBJECT (row), "store", user_data);

  update_invitation_row (ADW_ACTION_ROW (row), NULL, invitation);
  g_signal_connect_object (invitation, "notify", G_CALLBACK (update_invitation_row), row, G_CONNECT_SWAPPED);
  return row;
}

/* The sort key of an item: the positions of its ancestors and its own,
 * then ids to break ties, so that every phase is followed by its children. */
static char *
timeline_key (CvkStore *store,
              CvkItem  *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *key = g_string_new (NULL);
  CvkItem *current = item;

  for (guint guard = 0; current && guard < 16; guard++)
    {
      g_ptr_array_insert (parts, 0,
                          g_strdup_printf ("%010" G_GINT64_FORMAT ":%s",
                                           cvk_item_get_position (current) + 1000000000,
                                           cvk_entity_get_id (CVK_ENTITY (current))));
      current = cvk_store_lookup (store, CVK_TYPE_ITEM, cvk_item_get_parent (current));
    }

  for (guint i = 0; i < parts->len; i++)
    g_string_append_printf (key, "%s/", (char *) g_ptr_array_index (parts, i));
  return g_string_free (key, FALSE);
}

static int
compare_timeline (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  g_autofree char *ka = timeline_key (user_data, (CvkItem *) a);
  g_autofree char *kb = timeline_key (user_data, (CvkItem *) b);

  return strcmp (ka, kb);
}

GtkSorter *
cvk_rows_timeline_sorter_new (CvkStore *store)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_timeline, g_object_ref (store), g_object_unref));
}
