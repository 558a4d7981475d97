/* cvk-member-editor.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-member-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cvk-country-names.h"
#include "cvk-member-editor.h"
#include "cvk-roster-private.h"
#include "cvk-rows.h"
#include "cvk-rules.h"

struct _CvkMemberEditor
{
  AdwWindow            parent_instance;

  /* template */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwToastOverlay     *toast_overlay;
  AdwEntryRow         *name_row;
  AdwEntryRow         *email_row;
  AdwEntryRow         *organization_row;
  AdwComboRow         *gender_row;
  GtkSwitch           *youth_switch;
  AdwComboRow         *role_row;
  AdwComboRow         *status_row;
  AdwActionRow        *country_row;
  GtkMenuButton       *country_button;
  GtkPopover          *country_popover;
  GtkSearchEntry      *country_search;
  GtkListView         *country_list;
  AdwComboRow         *region_row;
  GtkWidget           *justification_group;
  GtkTextView         *justification_view;
  AdwEntryRow         *term_start_row;
  AdwEntryRow         *term_end_row;
  GtkWidget           *danger_group;

  CvkStore            *store;
  CvkMember           *member;        /* NULL: a new candidate */
  CvkRegionScheme      scheme;
  char                *country;       /* the chosen code, "" for none */
  GtkCustomFilter     *country_filter;
  char                *country_search_text;
};

G_DEFINE_FINAL_TYPE (CvkMemberEditor, cvk_member_editor, ADW_TYPE_WINDOW)

/* ------------------------------------------------------------------------ */
/* Helpers shared with the view                                             */

gboolean
cvk_roster_parse_date (const char *text,
                       GDate      *date,
                       gboolean   *empty)
{
  g_autofree char *copy = NULL;
  unsigned y, m, d;
  char extra;

  g_date_clear (date, 1);
  *empty = TRUE;
  if (text == NULL)
    return TRUE;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return TRUE;

  *empty = FALSE;
  if (sscanf (copy, "%4u-%2u-%2u%c", &y, &m, &d, &extra) != 3 ||
      y > G_MAXUINT16 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

char *
cvk_roster_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

gboolean
cvk_member_editor_email_is_valid (const char *text)
{
  g_autofree char *copy = NULL;

  if (text == NULL)
    return TRUE;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return TRUE;

  /* local@domain.tld: one @, no blanks, a dot in the domain, neither end a
   * dot; not RFC 5322, but what a person means. */
  return g_regex_match_simple ("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$", copy, 0, 0);
}

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

static char *
region_label (CvkRegionScheme  scheme,
              const char      *region)
{
  if (scheme == CVK_REGION_SCHEME_ITU_ADMIN)
    return g_strdup_printf (_("Region %s"), region);
  return g_strdup (region);
}

/* ------------------------------------------------------------------------ */
/* Country and region                                                       */

static void
update_region_row (CvkMemberEditor *self)
{
  CvkCountries *countries = cvk_store_get_countries (self->store);
  const char *from_country = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *first = NULL;
  GtkStringList *list = GTK_STRING_LIST (adw_combo_row_get_model (self->region_row));

  if (*self->country)
    from_country = cvk_countries_region (countries, self->country, self->scheme);

  if (from_country != NULL)
    {
      g_autofree char *label = region_label (self->scheme, from_country);

      /* Translators: the region that follows the member's country */
      first = g_strdup_printf (_("From the country: %s"), label);
      if (cvk_countries_has_override (countries, self->country))
        subtitle = g_strdup (_("The document corrects this country’s region"));
    }
  else
    first = g_strdup (_("From the country"));

  gtk_string_list_splice (list, 0, 1, (const char *const[]) { first, NULL });
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->region_row), subtitle ? subtitle : "");
}

static void
set_country (CvkMemberEditor *self,
             const char      *code)
{
  g_autofree char *subtitle = NULL;

  g_free (self->country);
  self->country = g_ascii_strup (code ? code : "", -1);

  if (*self->country)
    subtitle = g_strdup_printf ("%s (%s)",
                                cvk_country_name (cvk_store_get_countries (self->store), self->country),
                                self->country);
  adw_action_row_set_subtitle (self->country_row, subtitle ? subtitle : _("None"));
  update_region_row (self);
}

static void
setup_country (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_country (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CvkMemberEditor          *self)
{
  GtkStringObject *object = gtk_list_item_get_item (item);
  const char *code = gtk_string_object_get_string (object);
  g_autofree char *text = NULL;

  if (*code == '\0')
    text = g_strdup (_("No country"));
  else
    text = g_strdup_printf ("%s (%s)",
                            cvk_country_name (cvk_store_get_countries (self->store), code), code);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static gboolean
filter_country (gpointer item,
                gpointer user_data)
{
  CvkMemberEditor *self = user_data;
  const char *code = gtk_string_object_get_string (item);
  CvkCountries *countries = cvk_store_get_countries (self->store);
  const CvkCountry *country;
  g_autofree char *name = NULL;
  g_autofree char *code_folded = NULL;

  if (self->country_search_text == NULL || *self->country_search_text == '\0')
    return TRUE;
  if (*code == '\0')
    return FALSE;

  code_folded = g_utf8_casefold (code, -1);
  if (g_str_has_prefix (code_folded, self->country_search_text))
    return TRUE;

  name = g_utf8_casefold (cvk_country_name (countries, code), -1);
  if (strstr (name, self->country_search_text) != NULL)
    return TRUE;

  country = cvk_countries_lookup (countries, code);
  if (country != NULL)
    {
      g_autofree char *english = g_utf8_casefold (country->name_en, -1);
      return strstr (english, self->country_search_text) != NULL;
    }
  return FALSE;
}

static void
on_country_search_changed (CvkMemberEditor *self)
{
  g_free (self->country_search_text);
  self->country_search_text = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->country_search)), -1);
  gtk_filter_changed (GTK_FILTER (self->country_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_country_activate (GtkListView     *list,
                     guint            position,
                     CvkMemberEditor *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(GtkStringObject) object = g_list_model_get_item (model, position);

  if (object == NULL)
    return;
  set_country (self, gtk_string_object_get_string (object));
  gtk_popover_popdown (self->country_popover);
}

static void
on_country_search_activate (CvkMemberEditor *self)
{
  /* Enter picks the first match. */
  if (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (self->country_list))) > 0)
    on_country_activate (self->country_list, 0, self);
}

typedef struct
{
  char *key;
  char *code;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *ea = a;
  const SortEntry *eb = b;
  return strcmp (ea->key, eb->key);
}

static void
fill_countries (CvkMemberEditor *self)
{
  CvkCountries *countries = cvk_store_get_countries (self->store);
  guint n = cvk_countries_get_n_countries (countries);
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (SortEntry), n);
  g_autoptr(GtkStringList) codes = gtk_string_list_new (NULL);
  GtkFilterListModel *filtered;
  GtkNoSelection *selection;
  GtkListItemFactory *factory;

  for (guint i = 0; i < n; i++)
    {
      const CvkCountry *country = cvk_countries_get_nth (countries, i);
      SortEntry entry;

      entry.key = g_utf8_collate_key (cvk_country_name (countries, country->code), -1);
      entry.code = g_strdup (country->code);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  gtk_string_list_append (codes, "");
  for (guint i = 0; i < entries->len; i++)
    {
      SortEntry *entry = &g_array_index (entries, SortEntry, i);
      gtk_string_list_append (codes, entry->code);
      g_free (entry->key);
      g_free (entry->code);
    }

  self->country_filter = gtk_custom_filter_new (filter_country, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_steal_pointer (&codes)),
                                        GTK_FILTER (self->country_filter));
  selection = gtk_no_selection_new (G_LIST_MODEL (filtered));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_country), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_country), self);
  gtk_list_view_set_factory (self->country_list, factory);
  gtk_list_view_set_model (self->country_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);
}

/* ------------------------------------------------------------------------ */
/* Validation                                                               */

static void
update_validity (CvkMemberEditor *self)
{
  const char *email = gtk_editable_get_text (GTK_EDITABLE (self->email_row));
  const char *start = gtk_editable_get_text (GTK_EDITABLE (self->term_start_row));
  const char *end = gtk_editable_get_text (GTK_EDITABLE (self->term_end_row));
  gboolean email_ok = cvk_member_editor_email_is_valid (email);
  gboolean empty;
  GDate date;
  gboolean start_ok = cvk_roster_parse_date (start, &date, &empty);
  gboolean end_ok = cvk_roster_parse_date (end, &date, &empty);

  if (email_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->email_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->email_row),
                               email_ok ? NULL : _("Not an e-mail address: name@example.org"));

  if (start_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->term_start_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->term_start_row), "error");
  if (end_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->term_end_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->term_end_row), "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", email_ok && start_ok && end_ok);
}

static void
on_role_changed (CvkMemberEditor *self)
{
  gtk_widget_set_visible (self->justification_group,
                          adw_combo_row_get_selected (self->role_row) == CVK_ROLE_REGIONAL_VOLUNTEER);
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                   */

static void
show_error (CvkMemberEditor *self,
            const GError    *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

gboolean
cvk_member_editor_save (CvkMemberEditor  *self,
                        GError          **error)
{
  g_autoptr(CvkEntity) copy = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->justification_view);
  GtkTextIter start, end;
  g_autofree char *justification = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *organization = NULL;
  const char *const *regions = cvk_region_scheme_regions (self->scheme);
  guint region = adw_combo_row_get_selected (self->region_row);
  GDate term_start, term_end;
  gboolean no_start, no_end;

  g_return_val_if_fail (CVK_IS_MEMBER_EDITOR (self), FALSE);

  if (!cvk_member_editor_email_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->email_row))))
    {
      g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_FAILED,
                   _("“%s” is not an e-mail address"),
                   gtk_editable_get_text (GTK_EDITABLE (self->email_row)));
      return FALSE;
    }
  if (!cvk_roster_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->term_start_row)), &term_start, &no_start) ||
      !cvk_roster_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->term_end_row)), &term_end, &no_end))
    {
      g_set_error_literal (error, CVK_STORE_ERROR, CVK_STORE_ERROR_FAILED,
                           _("Write the term’s dates as YYYY-MM-DD"));
      return FALSE;
    }
  if (!no_start && !no_end && g_date_compare (&term_start, &term_end) > 0)
    {
      g_set_error_literal (error, CVK_STORE_ERROR, CVK_STORE_ERROR_FAILED,
                           _("The term ends before it starts"));
      return FALSE;
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  justification = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));
  organization = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organization_row))));

  if (self->member != NULL)
    copy = cvk_entity_copy (CVK_ENTITY (self->member));
  else
    {
      g_autofree char *id = cvk_store_next_id (self->store, CVK_TYPE_MEMBER, "R");
      copy = cvk_entity_new (CVK_TYPE_MEMBER, id);
    }

  cvk_entity_set_string (copy, CVK_MEMBER_NAME, name);
  cvk_entity_set_string (copy, CVK_MEMBER_EMAIL, email);
  cvk_entity_set_string (copy, CVK_MEMBER_ORGANIZATION, organization);
  cvk_entity_set_enum (copy, CVK_MEMBER_GENDER, (int) adw_combo_row_get_selected (self->gender_row));
  cvk_entity_set_bool (copy, CVK_MEMBER_YOUTH, gtk_switch_get_active (self->youth_switch));
  cvk_entity_set_enum (copy, CVK_MEMBER_ROLE, (int) adw_combo_row_get_selected (self->role_row));
  cvk_entity_set_enum (copy, CVK_MEMBER_STATUS, (int) adw_combo_row_get_selected (self->status_row));
  cvk_entity_set_string (copy, CVK_MEMBER_COUNTRY, self->country);
  cvk_entity_set_string (copy, CVK_MEMBER_REGION,
                         region >= 1 && region != GTK_INVALID_LIST_POSITION &&
                         region - 1 < g_strv_length ((char **) regions)
                         ? regions[region - 1] : "");
  cvk_entity_set_string (copy, CVK_MEMBER_JUSTIFICATION, justification);
  cvk_entity_set_date (copy, CVK_MEMBER_TERM_START, no_start ? NULL : &term_start);
  cvk_entity_set_date (copy, CVK_MEMBER_TERM_END, no_end ? NULL : &term_end);

  if (self->member != NULL)
    {
      if (cvk_entity_equal (copy, CVK_ENTITY (self->member)))
        return TRUE;
      return cvk_store_update (self->store, copy, error);
    }

  return cvk_store_insert (self->store, copy, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CvkMemberEditor *self = CVK_MEMBER_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!cvk_member_editor_save (self, &error))
    show_error (self, error);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CvkMemberEditor *self = CVK_MEMBER_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->member == NULL)
    return;
  if (!cvk_store_set (self->store, CVK_ENTITY (self->member), &error,
                      "status", CVK_MEMBER_STATUS_WITHDRAWN, NULL))
    show_error (self, error);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CvkMemberEditor *self = CVK_MEMBER_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->member == NULL)
    return;
  /* Undoable like any edit: no question asked. */
  if (!cvk_store_delete (self->store, CVK_ENTITY (self->member), &error))
    show_error (self, error);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* ------------------------------------------------------------------------ */
/* The window                                                               */

static void
load (CvkMemberEditor *self)
{
  CvkMember *m = self->member;
  const char *const *regions = cvk_region_scheme_regions (self->scheme);
  g_autoptr(GtkStringList) region_list = gtk_string_list_new (NULL);
  guint region_index = 0;

  gtk_string_list_append (region_list, _("From the country"));
  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    {
      g_autofree char *label = region_label (self->scheme, regions[i]);
      gtk_string_list_append (region_list, label);
      if (m != NULL && g_ascii_strcasecmp (cvk_member_get_region (m), regions[i]) == 0)
        region_index = i + 1;
    }
  adw_combo_row_set_model (self->region_row, G_LIST_MODEL (region_list));

  if (m == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Member"));
      adw_combo_row_set_selected (self->role_row, CVK_ROLE_REGIONAL_VOLUNTEER);
      adw_combo_row_set_selected (self->status_row, CVK_MEMBER_STATUS_CANDIDATE);
      adw_combo_row_set_selected (self->gender_row, CVK_GENDER_UNDISCLOSED);
      gtk_widget_set_visible (self->danger_group, FALSE);
      /* Nothing to withdraw or delete yet. */
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.withdraw", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", FALSE);
      set_country (self, "");
    }
  else
    {
      CvkMemberStatus status = cvk_member_get_status (m);
      CvkRole role = cvk_member_get_role (m);
      g_autofree char *start = cvk_roster_format_date (cvk_member_get_term_start (m));
      g_autofree char *end = cvk_roster_format_date (cvk_member_get_term_end (m));

      if (status == CVK_MEMBER_STATUS_VACANT)
        {
          /* Filling a seat: an ex officio seat is filled by its holder,
           * a volunteer's by a candidate first. */
          adw_window_title_set_title (self->window_title, _("Fill Seat"));
          status = role == CVK_ROLE_REGIONAL_VOLUNTEER || role == CVK_ROLE_OTHER
                   ? CVK_MEMBER_STATUS_CANDIDATE : CVK_MEMBER_STATUS_CONFIRMED;
        }
      else
        adw_window_title_set_title (self->window_title, _("Edit Member"));
      adw_window_title_set_subtitle (self->window_title, cvk_entity_get_id (CVK_ENTITY (m)));

      gtk_editable_set_text (GTK_EDITABLE (self->name_row), cvk_member_get_name (m));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), cvk_member_get_email (m));
      gtk_editable_set_text (GTK_EDITABLE (self->organization_row), cvk_member_get_organization (m));
      adw_combo_row_set_selected (self->gender_row, cvk_member_get_gender (m));
      gtk_switch_set_active (self->youth_switch, cvk_member_get_youth (m));
      adw_combo_row_set_selected (self->role_row, role);
      adw_combo_row_set_selected (self->status_row, status);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->justification_view),
                                cvk_member_get_justification (m), -1);
      gtk_editable_set_text (GTK_EDITABLE (self->term_start_row), start);
      gtk_editable_set_text (GTK_EDITABLE (self->term_end_row), end);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.withdraw",
                                     cvk_member_get_status (m) != CVK_MEMBER_STATUS_WITHDRAWN &&
                                     cvk_member_get_status (m) != CVK_MEMBER_STATUS_VACANT);
      set_country (self, cvk_member_get_country (m));
    }

  adw_combo_row_set_selected (self->region_row, region_index);
  on_role_changed (self);
  update_validity (self);
}

CvkMemberEditor *
cvk_member_editor_new (CvkStore  *store,
                       CvkMember *member)
{
  CvkMemberEditor *self;
  g_autoptr(CvkDocSettings) settings = NULL;

  g_return_val_if_fail (CVK_IS_STORE (store), NULL);
  g_return_val_if_fail (member == NULL || CVK_IS_MEMBER (member), NULL);

  self = g_object_new (CVK_TYPE_MEMBER_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->member = member ? g_object_ref (member) : NULL;
  settings = cvk_store_dup_settings (store);
  self->scheme = settings->region_scheme;

  fill_countries (self);
  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

static GtkStringList *
string_list (const char *(*label) (int),
             int           n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

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

static const char *
gender_label_int (int gender)
{
  return gender_label ((CvkGender) gender);
}

static void
cvk_member_editor_dispose (GObject *object)
{
  CvkMemberEditor *self = CVK_MEMBER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CVK_TYPE_MEMBER_EDITOR);
  g_clear_object (&self->member);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cvk_member_editor_parent_class)->dispose (object);
}

static void
cvk_member_editor_finalize (GObject *object)
{
  CvkMemberEditor *self = CVK_MEMBER_EDITOR (object);

  g_free (self->country);
  g_free (self->country_search_text);

  G_OBJECT_CLASS (cvk_member_editor_parent_class)->finalize (object);
}

static void
cvk_member_editor_class_init (CvkMemberEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cvk_member_editor_dispose;
  object_class->finalize = cvk_member_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/roster/cvk-member-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, organization_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, gender_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, youth_switch);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, country_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, country_button);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, country_popover);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, country_search);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, country_list);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, region_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, justification_group);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, justification_view);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, term_start_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, term_end_row);
  gtk_widget_class_bind_template_child (widget_class, CvkMemberEditor, danger_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
cvk_member_editor_init (CvkMemberEditor *self)
{
  g_autoptr(GtkStringList) roles = string_list (role_label_int, CVK_ROLE_OTHER + 1);
  g_autoptr(GtkStringList) statuses = string_list (status_label_int, CVK_MEMBER_STATUS_WITHDRAWN + 1);
  g_autoptr(GtkStringList) genders = string_list (gender_label_int, CVK_GENDER_OTHER + 1);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->country = g_strdup ("");
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->gender_row, G_LIST_MODEL (genders));

  g_signal_connect_swapped (self->role_row, "notify::selected", G_CALLBACK (on_role_changed), self);
  g_signal_connect_swapped (self->email_row, "changed", G_CALLBACK (update_validity), self);
  g_signal_connect_swapped (self->term_start_row, "changed", G_CALLBACK (update_validity), self);
  g_signal_connect_swapped (self->term_end_row, "changed", G_CALLBACK (update_validity), self);
  g_signal_connect_swapped (self->country_search, "search-changed", G_CALLBACK (on_country_search_changed), self);
  g_signal_connect_swapped (self->country_search, "activate", G_CALLBACK (on_country_search_activate), self);
  g_signal_connect (self->country_list, "activate", G_CALLBACK (on_country_activate), self);
}
