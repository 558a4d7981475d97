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

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "cvk-tooltip");

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * cvk_rows_set_tooltip:
 *
 * Gives @widget the tooltip @text (NULL or "" for none), as
 * gtk_widget_set_tooltip_text () does, without its cost: GTK 4.8 then asks
 * the display where the pointer is, a round trip to the X server at every
 * call, and list rows are bound by the hundred when a plan opens or
 * scrolls.  The text is read only when the tooltip is about to show; screen
 * readers have it at once, as the widget's description.
 */
void
cvk_rows_set_tooltip (GtkWidget  *widget,
                      const char *text)
{
  gboolean has_text = text != NULL && *text != '\0';

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), "cvk-tooltip") == NULL)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_object_set_data_full (G_OBJECT (widget), "cvk-tooltip", g_strdup (has_text ? text : ""), g_free);
  gtk_widget_set_has_tooltip (widget, has_text);
  if (has_text)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static GtkWidget *
delete_button (CvkEntity  *entity,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  cvk_rows_set_tooltip (button, tooltip);
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
  /* Referenced: the row may outlive the list box's binding to the store. */
  g_object_set_data_full (G_OBJECT (row), "store", g_object_ref (user_data), g_object_unref);

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
  /* Referenced: the row may outlive the list box's binding to the store. */
  g_object_set_data_full (G_OBJECT (row), "store", g_object_ref (user_data), g_object_unref);

  update_invitation_row (ADW_ACTION_ROW (row), NULL, invitation);
  g_signal_connect_object (invitation, "notify", G_CALLBACK (update_invitation_row), row, G_CONNECT_SWAPPED);
  return row;
}
