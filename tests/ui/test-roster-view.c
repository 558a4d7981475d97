/* test-roster-view.c: the roster view and the member editor, under Xvfb
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With CVK_ROSTER_DEMO=template or CVK_ROSTER_DEMO=complete in the
 * environment, the program shows the view on that roster instead of running
 * the tests (for screenshots).
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cvk-arbitration.h"
#include "cvk-member-editor.h"
#include "cvk-roster-view.h"

static void
iterate (void)
{
  for (int i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static CvkStore *
new_template_store (void)
{
  g_autoptr(GError) error = NULL;
  CvkStore *store = cvk_store_create (CVK_STORE_MEMORY, "iewsc", &error);

  g_assert_no_error (error);
  return store;
}

/* Fills the template's 14 seats with generated members and adds three more
 * candidates for region B: 17 members, region B over-subscribed (five
 * candidates for two seats). */
static const struct
{
  const char *id;
  const char *country;
  CvkGender   gender;
  gboolean    youth;
  CvkMemberStatus status;
} generated[] = {
  { "R01", "CH", CVK_GENDER_FEMALE, FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R02", "DE", CVK_GENDER_MALE,   FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R03", "GH", CVK_GENDER_FEMALE, FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R04", "FR", CVK_GENDER_MALE,   FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R05", "BR", CVK_GENDER_FEMALE, TRUE,  CVK_MEMBER_STATUS_CONFIRMED },
  { "R06", "MX", CVK_GENDER_MALE,   FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R07", "IT", CVK_GENDER_MALE,   FALSE, CVK_MEMBER_STATUS_CANDIDATE },
  { "R08", "ES", CVK_GENDER_MALE,   TRUE,  CVK_MEMBER_STATUS_CANDIDATE },
  { "R09", "KZ", CVK_GENDER_FEMALE, FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R10", "AZ", CVK_GENDER_MALE,   FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R11", "KE", CVK_GENDER_FEMALE, FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R12", "SN", CVK_GENDER_MALE,   TRUE,  CVK_MEMBER_STATUS_CONFIRMED },
  { "R13", "IN", CVK_GENDER_FEMALE, FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R14", "JP", CVK_GENDER_MALE,   FALSE, CVK_MEMBER_STATUS_CONFIRMED },
  { "R15", "TR", CVK_GENDER_FEMALE, FALSE, CVK_MEMBER_STATUS_CANDIDATE },
  { "R16", "PL", CVK_GENDER_FEMALE, TRUE,  CVK_MEMBER_STATUS_CANDIDATE },
  { "R17", "SE", CVK_GENDER_MALE,   TRUE,  CVK_MEMBER_STATUS_CANDIDATE },
};

static CvkStore *
new_complete_store (void)
{
  g_autoptr(GError) error = NULL;
  CvkStore *store = new_template_store ();

  g_assert_true (cvk_store_begin (store, "generate", &error));
  for (guint i = 0; i < G_N_ELEMENTS (generated); i++)
    {
      CvkMember *seat = cvk_store_lookup (store, CVK_TYPE_MEMBER, generated[i].id);
      g_autoptr(CvkEntity) copy = NULL;
      g_autofree char *name = g_strdup_printf ("Test Member %02u", i + 1);
      g_autofree char *email = g_strdup_printf ("member%02u@example.org", i + 1);
      g_autofree char *org = g_strdup_printf ("Example Organization %c", 'A' + i);

      if (seat != NULL)
        copy = cvk_entity_copy (CVK_ENTITY (seat));
      else
        {
          copy = cvk_entity_new (CVK_TYPE_MEMBER, generated[i].id);
          cvk_entity_set_enum (copy, CVK_MEMBER_ROLE, CVK_ROLE_REGIONAL_VOLUNTEER);
          cvk_entity_set_string (copy, CVK_MEMBER_REGION, "B");
        }
      cvk_entity_set_string (copy, CVK_MEMBER_NAME, name);
      cvk_entity_set_string (copy, CVK_MEMBER_COUNTRY, generated[i].country);
      cvk_entity_set_string (copy, CVK_MEMBER_EMAIL, email);
      if (*cvk_member_get_organization (CVK_MEMBER (copy)) == '\0')
        cvk_entity_set_string (copy, CVK_MEMBER_ORGANIZATION, org);
      cvk_entity_set_enum (copy, CVK_MEMBER_GENDER, generated[i].gender);
      cvk_entity_set_bool (copy, CVK_MEMBER_YOUTH, generated[i].youth);
      cvk_entity_set_enum (copy, CVK_MEMBER_STATUS, generated[i].status);
      if (cvk_member_get_role (CVK_MEMBER (copy)) == CVK_ROLE_REGIONAL_VOLUNTEER)
        cvk_entity_set_string (copy, CVK_MEMBER_JUSTIFICATION, "Has organised industry workshops");

      if (seat != NULL)
        g_assert_true (cvk_store_update (store, copy, &error));
      else
        g_assert_true (cvk_store_insert (store, copy, &error));
      g_assert_no_error (error);
    }
  g_assert_true (cvk_store_commit (store, &error));
  g_assert_no_error (error);
  return store;
}

static GtkWindow *
show_view (CvkStore       *store,
           CvkRosterView **out_view)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *overlay = adw_toast_overlay_new ();
  CvkRosterView *view = cvk_roster_view_new ();

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (view));
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (window, 1280, 800);
  cvk_roster_view_set_store (view, store);
  gtk_window_present (window);
  iterate ();
  *out_view = view;
  return window;
}

static void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (out, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    find_all (child, type, out);
}

static guint
count_status (GListModel      *model,
              CvkMemberStatus  status)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CvkMember) m = g_list_model_get_item (model, i);
      n += cvk_member_get_status (m) == status;
    }
  return n;
}

static CvkMemberEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (CVK_IS_MEMBER_EDITOR (w))
        return CVK_MEMBER_EDITOR (w);
    }
  return NULL;
}

static void
test_template_vacant (void)
{
  g_autoptr(CvkStore) store = new_template_store ();
  CvkRosterView *view;
  GtkWindow *window = show_view (store, &view);
  GListModel *visible = cvk_roster_view_get_visible_model (view);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 14);
  g_assert_cmpuint (count_status (visible, CVK_MEMBER_STATUS_VACANT), ==, 14);

  /* Each vacant seat shows its Fill Seat button. */
  find_all (GTK_WIDGET (cvk_roster_view_get_column_view (view)), GTK_TYPE_BUTTON, buttons);
  {
    guint n_fill = 0;
    for (guint i = 0; i < buttons->len; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "fill-seat") &&
          gtk_widget_get_visible (g_ptr_array_index (buttons, i)))
        n_fill++;
    g_assert_cmpuint (n_fill, ==, 14);
  }

  gtk_window_destroy (window);
  iterate ();
}

static void
test_fill_vacant_seat (void)
{
  g_autoptr(CvkStore) store = new_template_store ();
  g_autoptr(GError) error = NULL;
  CvkRosterView *view;
  GtkWindow *window = show_view (store, &view);
  CvkMember *seat = cvk_store_lookup (store, CVK_TYPE_MEMBER, "R02");
  CvkMemberEditor *editor;
  GtkEditable *name_row = NULL;
  GtkEditable *email_row = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  /* One click: the seat's Fill Seat button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "roster.fill", "s", "R02"));
  iterate ();
  editor = find_editor ();
  g_assert_nonnull (editor);

  find_all (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));
      if (g_str_equal (title, "Name"))
        name_row = g_ptr_array_index (rows, i);
      else if (g_str_equal (title, "E-mail"))
        email_row = g_ptr_array_index (rows, i);
    }
  g_assert_nonnull (name_row);
  g_assert_nonnull (email_row);

  gtk_editable_set_text (name_row, "Test Member 02");
  /* A bad address is refused. */
  gtk_editable_set_text (email_row, "not an address");
  g_assert_false (cvk_member_editor_save (editor, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (cvk_member_get_status (seat), ==, CVK_MEMBER_STATUS_VACANT);

  gtk_editable_set_text (email_row, "member02@example.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  iterate ();
  g_assert_null (find_editor ());

  /* An ex officio seat is filled by a confirmed member. */
  g_assert_cmpstr (cvk_member_get_name (seat), ==, "Test Member 02");
  g_assert_cmpstr (cvk_member_get_email (seat), ==, "member02@example.org");
  g_assert_cmpint (cvk_member_get_status (seat), ==, CVK_MEMBER_STATUS_CONFIRMED);
  g_assert_cmpuint (count_status (cvk_roster_view_get_visible_model (view), CVK_MEMBER_STATUS_VACANT), ==, 13);

  /* Undone in one step. */
  g_assert_true (cvk_store_undo (store, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpint (cvk_member_get_status (seat), ==, CVK_MEMBER_STATUS_VACANT);
  g_assert_cmpstr (cvk_member_get_name (seat), ==, "");

  gtk_window_destroy (window);
  iterate ();
}

static void
test_sort_by_region (void)
{
  g_autoptr(CvkStore) store = new_complete_store ();
  CvkRosterView *view;
  GtkWindow *window = show_view (store, &view);
  GtkColumnView *column_view = cvk_roster_view_get_column_view (view);
  GListModel *columns = gtk_column_view_get_columns (column_view);
  GListModel *visible = cvk_roster_view_get_visible_model (view);
  g_autoptr(GtkColumnViewColumn) region_column = NULL;
  CvkCountries *countries = cvk_store_get_countries (store);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (columns, i);
      if (g_str_equal (gtk_column_view_column_get_title (c), "Region"))
        region_column = g_object_ref (c);
    }
  g_assert_nonnull (region_column);

  for (int order = GTK_SORT_ASCENDING; order <= GTK_SORT_DESCENDING; order++)
    {
      g_autofree char *previous = NULL;

      gtk_column_view_sort_by_column (column_view, region_column, order);
      iterate ();
      g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 17);

      /* The regions, in order; the ex officio members (no region) last. */
      for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
        {
          g_autoptr(CvkMember) m = g_list_model_get_item (visible, i);
          const char *r = cvk_member_region_in_scheme (m, countries, CVK_REGION_SCHEME_ITU_ADMIN);
          const char *region = r ? r : "";

          if (previous != NULL && *region != '\0')
            {
              g_assert_cmpstr (previous, !=, "");
              if (order == GTK_SORT_ASCENDING)
                g_assert_cmpint (strcmp (previous, region), <=, 0);
              else
                g_assert_cmpint (strcmp (previous, region), >=, 0);
            }
          g_free (previous);
          previous = g_strdup (region);
        }
    }

  gtk_window_destroy (window);
  iterate ();
}

static void
test_filter_by_status_and_search (void)
{
  g_autoptr(CvkStore) store = new_complete_store ();
  CvkRosterView *view;
  GtkWindow *window = show_view (store, &view);
  GListModel *visible = cvk_roster_view_get_visible_model (view);
  g_autoptr(GPtrArray) drop_downs = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();
  GtkDropDown *status_filter;
  GtkStack *stack;

  find_all (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, drop_downs);
  g_assert_cmpuint (drop_downs->len, ==, 3);       /* role, region, status */
  status_filter = g_ptr_array_index (drop_downs, 2);

  /* 1 + CvkMemberStatus: the candidates. */
  gtk_drop_down_set_selected (status_filter, 1 + CVK_MEMBER_STATUS_CANDIDATE);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 5);
  g_assert_cmpuint (count_status (visible, CVK_MEMBER_STATUS_CANDIDATE), ==, 5);

  gtk_drop_down_set_selected (status_filter, 1 + CVK_MEMBER_STATUS_CONFIRMED);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 12);

  /* Nothing withdrawn: the "no results" state. */
  gtk_drop_down_set_selected (status_filter, 1 + CVK_MEMBER_STATUS_WITHDRAWN);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  find_all (GTK_WIDGET (view), GTK_TYPE_STACK, stacks);
  stack = NULL;
  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "no-results") != NULL)
      stack = g_ptr_array_index (stacks, i);
  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");

  gtk_widget_activate_action (GTK_WIDGET (view), "roster.clear-filters", NULL);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 17);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");

  /* The search matches names, and country names too. */
  find_all (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, entries);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "test member 03");
  g_signal_emit_by_name (g_ptr_array_index (entries, 0), "search-changed");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "kenya");
  g_signal_emit_by_name (g_ptr_array_index (entries, 0), "search-changed");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);

  gtk_window_destroy (window);
  iterate ();
}

static void
test_arbitration_undo (void)
{
  g_autoptr(CvkStore) store = new_complete_store ();
  g_autoptr(GError) error = NULL;
  CvkRosterView *view;
  GtkWindow *window = show_view (store, &view);
  GListModel *members = cvk_store_get_model (store, CVK_TYPE_MEMBER);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  static const char *candidates[] = { "R07", "R08", "R15", "R16", "R17" };
  gboolean before[G_N_ELEMENTS (candidates)];

  g_assert_cmpuint (count_status (members, CVK_MEMBER_STATUS_CANDIDATE), ==, 5);

  /* The panel shows one check button per candidate of region B. */
  find_all (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 5);

  /* Accept the proposal: one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "roster.accept-arbitration", "s", "B"));
  iterate ();
  g_assert_cmpuint (count_status (members, CVK_MEMBER_STATUS_CANDIDATE), ==, 0);
  g_assert_cmpuint (count_status (members, CVK_MEMBER_STATUS_WITHDRAWN), ==, 3);
  /* 6 women and 6 men confirmed: a woman and a man keep the balance; the
   * woman from a developing country (R15, Türkiye), then the earlier of the
   * two young men (R08). */
  g_assert_cmpint (cvk_member_get_status (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R08")), ==,
                   CVK_MEMBER_STATUS_CONFIRMED);
  g_assert_cmpint (cvk_member_get_status (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R15")), ==,
                   CVK_MEMBER_STATUS_CONFIRMED);
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    before[i] = cvk_member_get_status (cvk_store_lookup (store, CVK_TYPE_MEMBER, candidates[i]))
                == CVK_MEMBER_STATUS_CONFIRMED;

  g_assert_true (cvk_store_undo (store, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpuint (count_status (members, CVK_MEMBER_STATUS_CANDIDATE), ==, 5);
  g_assert_cmpuint (count_status (members, CVK_MEMBER_STATUS_WITHDRAWN), ==, 0);

  /* Override: untick the first proposed candidate, tick the first one not
   * proposed, then apply; undo again. */
  g_ptr_array_set_size (checks, 0);
  find_all (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 5);
  {
    int on = -1, off = -1;

    for (guint i = 0; i < checks->len; i++)
      {
        gboolean active = gtk_check_button_get_active (g_ptr_array_index (checks, i));
        g_assert_cmpint (active, ==, before[i]);
        if (active && on < 0)
          on = i;
        if (!active && off < 0)
          off = i;
      }
    gtk_check_button_set_active (g_ptr_array_index (checks, on), FALSE);
    iterate ();
    g_ptr_array_set_size (checks, 0);
    find_all (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON, checks);
    gtk_check_button_set_active (g_ptr_array_index (checks, off), TRUE);
    iterate ();

    g_assert_true (cvk_roster_view_accept_arbitration (view, "B", &error));
    g_assert_no_error (error);
    iterate ();
    g_assert_cmpint (cvk_member_get_status (cvk_store_lookup (store, CVK_TYPE_MEMBER, candidates[on])), ==,
                     CVK_MEMBER_STATUS_WITHDRAWN);
    g_assert_cmpint (cvk_member_get_status (cvk_store_lookup (store, CVK_TYPE_MEMBER, candidates[off])), ==,
                     CVK_MEMBER_STATUS_CONFIRMED);

    g_assert_true (cvk_store_undo (store, &error));
    iterate ();
    g_assert_cmpuint (count_status (members, CVK_MEMBER_STATUS_CANDIDATE), ==, 5);
  }

  gtk_window_destroy (window);
  iterate ();
}

static void
test_committee_stage (void)
{
  g_autoptr(CvkStore) store = new_template_store ();
  g_autoptr(GError) error = NULL;
  CvkRosterView *view;
  GtkWindow *window = show_view (store, &view);
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(CvkCommittee) committee = g_list_model_get_item (cvk_store_get_model (store, CVK_TYPE_COMMITTEE), 0);
  AdwComboRow *stage = NULL;
  AdwEntryRow *formed = NULL;

  find_all (GTK_WIDGET (view), ADW_TYPE_COMBO_ROW, combos);
  for (guint i = 0; i < combos->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (combos, i)), "Stage"))
      stage = g_ptr_array_index (combos, i);
  g_assert_nonnull (stage);
  g_assert_cmpuint (adw_combo_row_get_selected (stage), ==, CVK_STAGE_FORMING);

  adw_combo_row_set_selected (stage, CVK_STAGE_EXECUTING);
  iterate ();
  g_assert_cmpint (cvk_committee_get_stage (committee), ==, CVK_STAGE_EXECUTING);

  /* A date: a bad one is refused, a good one stored. */
  find_all (GTK_WIDGET (view), ADW_TYPE_ENTRY_ROW, entries);
  for (guint i = 0; i < entries->len; i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (g_ptr_array_index (entries, i)), "Formed"))
      formed = g_ptr_array_index (entries, i);
  g_assert_nonnull (formed);
  gtk_editable_set_text (GTK_EDITABLE (formed), "30 May");
  g_signal_emit_by_name (formed, "apply");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (formed), "error"));
  g_assert_null (cvk_committee_get_formed (committee));
  gtk_editable_set_text (GTK_EDITABLE (formed), "2025-05-30");
  g_signal_emit_by_name (formed, "apply");
  iterate ();
  g_assert_nonnull (cvk_committee_get_formed (committee));
  g_assert_cmpint (g_date_get_day (cvk_committee_get_formed (committee)), ==, 30);

  g_assert_true (cvk_store_undo (store, &error));
  g_assert_true (cvk_store_undo (store, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpint (cvk_committee_get_stage (committee), ==, CVK_STAGE_FORMING);
  g_assert_cmpuint (adw_combo_row_get_selected (stage), ==, CVK_STAGE_FORMING);

  gtk_window_destroy (window);
  iterate ();
}

static void
test_email_validation (void)
{
  g_assert_true (cvk_member_editor_email_is_valid (""));
  g_assert_true (cvk_member_editor_email_is_valid ("a@example.org"));
  g_assert_true (cvk_member_editor_email_is_valid (" first.last+tag@sub.example.co.uk "));
  g_assert_false (cvk_member_editor_email_is_valid ("a@b"));
  g_assert_false (cvk_member_editor_email_is_valid ("a b@example.org"));
  g_assert_false (cvk_member_editor_email_is_valid ("a@@example.org"));
  g_assert_false (cvk_member_editor_email_is_valid ("@example.org"));
  g_assert_false (cvk_member_editor_email_is_valid ("a@example."));
}

static int
run_demo (const char *which)
{
  g_autoptr(CvkStore) store = g_str_equal (which, "complete") ? new_complete_store () : new_template_store ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  CvkRosterView *view;
  GtkWindow *window;

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  window = show_view (store, &view);
  gtk_window_set_title (window, "Roster — Convoke");
  if (g_getenv ("CVK_ROSTER_DEMO_WIDTH"))
    gtk_window_set_default_size (window, atoi (g_getenv ("CVK_ROSTER_DEMO_WIDTH")), 800);

  if (g_getenv ("CVK_ROSTER_DEMO_EDIT"))
    gtk_widget_activate_action (GTK_WIDGET (view), "roster.edit", "s", g_getenv ("CVK_ROSTER_DEMO_EDIT"));

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *demo = g_getenv ("CVK_ROSTER_DEMO");

  if (demo != NULL)
    {
      gtk_init ();
      adw_init ();
      return run_demo (demo);
    }

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/cvk/ui/roster/template-vacant", test_template_vacant);
  g_test_add_func ("/cvk/ui/roster/fill-vacant-seat", test_fill_vacant_seat);
  g_test_add_func ("/cvk/ui/roster/sort-by-region", test_sort_by_region);
  g_test_add_func ("/cvk/ui/roster/filter-by-status-and-search", test_filter_by_status_and_search);
  g_test_add_func ("/cvk/ui/roster/arbitration-undo", test_arbitration_undo);
  g_test_add_func ("/cvk/ui/roster/committee-stage", test_committee_stage);
  g_test_add_func ("/cvk/ui/roster/email-validation", test_email_validation);

  return g_test_run ();
}
