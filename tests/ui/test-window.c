/* test-window.c: the application window, under Xvfb
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cvk-application.h"
#include "cvk-list-page.h"
#include "cvk-overview-page.h"
#include "cvk-roster-view.h"
#include "cvk-timeline-view.h"
#include "cvk-window.h"
#include "../cvk-test-files.h"

static CvkApplication *app;

static void
iterate (void)
{
  /* Let layout, signals and idle handlers run. */
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static CvkWindow *
new_window_on_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = cvk_store_create (CVK_STORE_MEMORY, "iewsc", &error);
  CvkWindow *window;

  g_assert_no_error (error);
  window = cvk_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  return window;
}

static void
close_window (CvkWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  iterate ();
}

/* The first widget below @root (in depth-first order) of @type that has
 * @css_class (when not NULL). */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, css_class);
      if (found)
        return found;
    }
  return NULL;
}

/* The first button below @widget whose action is @action_name. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);
      if (found)
        return found;
    }
  return NULL;
}

static void
test_sections_show_the_template (void)
{
  CvkWindow *window = new_window_on_template ();
  GtkWidget *page;

  g_assert_cmpstr (cvk_window_get_section (window), ==, "overview");
  g_assert_cmpuint (cvk_overview_page_get_n_findings (CVK_OVERVIEW_PAGE (cvk_window_get_page (window, "overview"))),
                    ==, 11);

  /* The plan; the 14 seats; no budget and no invitations, each with its
   * empty state. */
  cvk_window_show_section (window, "timeline");
  iterate ();
  page = cvk_window_get_page (window, "timeline");
  g_assert_true (CVK_IS_TIMELINE_VIEW (page));
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (cvk_timeline_view_select_item (CVK_TIMELINE_VIEW (page), "TL13"));
  g_assert_cmpstr (cvk_timeline_view_get_selected_id (CVK_TIMELINE_VIEW (page)), ==, "TL13");

  cvk_window_show_section (window, "roster");
  iterate ();
  page = cvk_window_get_page (window, "roster");
  g_assert_true (CVK_IS_ROSTER_VIEW (page));
  g_assert_cmpuint (g_list_model_get_n_items (cvk_roster_view_get_visible_model (CVK_ROSTER_VIEW (page))), ==, 14);

  for (guint i = 0; i < 2; i++)
    {
      const char *section = i ? "invitations" : "budget";
      GtkWidget *stack;

      cvk_window_show_section (window, section);
      iterate ();
      page = cvk_window_get_page (window, section);
      g_assert_cmpuint (cvk_list_page_get_n_rows (CVK_LIST_PAGE (page)), ==, 0);
      stack = gtk_widget_get_first_child (page);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
    }

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Unsaved Document — Convoke");
  close_window (window);
}

/* The rows of the overview's group titled @title. */
static guint
count_group_rows (GtkWidget  *page,
                  const char *title)
{
  GtkWidget *group = NULL;
  guint n = 0;

  for (GtkWidget *w = find_widget (page, ADW_TYPE_PREFERENCES_GROUP, NULL); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_PREFERENCES_GROUP (w) &&
        g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (w)), title) == 0)
      group = w;
  g_assert_nonnull (group);
  for (GtkWidget *row = find_widget (group, ADW_TYPE_ACTION_ROW, NULL); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_ACTION_ROW (row);
  return n;
}

/* Thousands of findings are counted, not listed; the page out of sight is
 * built again only when shown, and then tells the truth. */
static void
test_overview_counts_many_findings (void)
{
  CvkWindow *window = new_window_on_template ();
  GtkWidget *overview = cvk_window_get_page (window, "overview");
  CvkStore *store = cvk_window_get_document (window);
  g_autoptr(GError) error = NULL;
  guint before;

  before = cvk_overview_page_get_n_findings (CVK_OVERVIEW_PAGE (overview));
  g_assert_cmpuint (before, ==, 11);
  g_assert_cmpuint (count_group_rows (overview, "Checks"), ==, 11);   /* a few: all of them */

  cvk_window_show_section (window, "timeline");
  iterate ();
  g_assert_false (gtk_widget_get_mapped (overview));

  /* Forty workshops in the days unfit for them: forty more warnings. */
  g_assert_true (cvk_store_begin (store, "many", &error));
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("XW%02u", i);
      g_autoptr(CvkItem) item = cvk_item_new (id);
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_dmy (&d, 20, G_DATE_DECEMBER, 2027);
      cvk_entity_set_string (CVK_ENTITY (item), CVK_ITEM_NAME, id);
      cvk_entity_set_enum (CVK_ENTITY (item), CVK_ITEM_KIND, CVK_ITEM_KIND_WORKSHOP);
      cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_START, &d);
      cvk_entity_set_date (CVK_ENTITY (item), CVK_ITEM_END, &d);
      g_assert_true (cvk_store_insert (store, CVK_ENTITY (item), &error));
    }
  g_assert_true (cvk_store_commit (store, &error));
  g_assert_no_error (error);
  iterate ();

  g_assert_cmpuint (cvk_overview_page_get_n_findings (CVK_OVERVIEW_PAGE (overview)), ==, before + 40);
  cvk_window_show_section (window, "overview");
  iterate ();
  g_assert_true (gtk_widget_get_mapped (overview));
  g_assert_cmpuint (count_group_rows (overview, "Checks"), ==, 12 + 1);   /* 12 and "39 more" */
  g_assert_cmpuint (cvk_overview_page_get_n_findings (CVK_OVERVIEW_PAGE (overview)), ==, before + 40);

  close_window (window);
}

static void
test_sections_by_keyboard (void)
{
  CvkWindow *window = new_window_on_template ();
  const char *const names[] = { "overview", "timeline", "roster", "budget", "invitations" };

  /* Alt+1 … Alt+5 are the sections' shortcuts. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);
      g_autofree char *expected = g_strdup_printf ("win.show-section::%s", names[i]);
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_nonnull (actions);
      g_assert_cmpstr (actions[0], ==, expected);
      g_assert_true (g_action_parse_detailed_name (actions[0], &name, &target, NULL));
      g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target));
      iterate ();
      g_assert_cmpstr (cvk_window_get_section (window), ==, names[i]);
    }

  /* The sidebar: a row activated from the keyboard shows its section. */
  {
    GtkWidget *list = find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "navigation-sidebar");
    GtkWidget *row;

    g_assert_nonnull (list);
    row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));
    gtk_widget_grab_focus (row);
    gtk_widget_activate (row);
    iterate ();
    g_assert_cmpstr (cvk_window_get_section (window), ==, "roster");
  }

  close_window (window);
}

static void
test_undo_redo (void)
{
  CvkWindow *window = new_window_on_template ();
  CvkStore *store = cvk_window_get_document (window);
  GtkWidget *undo = find_action_button (GTK_WIDGET (window), "win.undo");
  GtkWidget *redo = find_action_button (GTK_WIDGET (window), "win.redo");
  GListModel *items = cvk_store_get_model (store, CVK_TYPE_ITEM);
  GListModel *dependencies = cvk_store_get_model (store, CVK_TYPE_DEPENDENCY);
  guint n_dependencies = g_list_model_get_n_items (dependencies);

  g_assert_nonnull (undo);
  g_assert_nonnull (redo);
  cvk_window_show_section (window, "timeline");
  iterate ();

  /* Nothing to undo yet: the buttons are off. */
  g_assert_false (gtk_widget_is_sensitive (undo));
  g_assert_false (gtk_widget_is_sensitive (redo));

  /* Deleting a report (and its dependencies) … */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", "(ss)", "item", "TL05"));
  iterate ();
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_ITEM, "TL05"));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 35);
  g_assert_cmpuint (g_list_model_get_n_items (dependencies), <, n_dependencies);
  g_assert_true (gtk_widget_is_sensitive (undo));
  g_assert_false (gtk_widget_is_sensitive (redo));

  /* … is undone by the action that Ctrl+Z runs … */
  {
    g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>z");
    g_assert_cmpstr (actions[0], ==, "win.undo");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_nonnull (cvk_store_lookup (store, CVK_TYPE_ITEM, "TL05"));
  g_assert_cmpuint (g_list_model_get_n_items (dependencies), ==, n_dependencies);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 36);
  g_assert_false (gtk_widget_is_sensitive (undo));
  g_assert_true (gtk_widget_is_sensitive (redo));

  /* … and redone by Ctrl+Shift+Z's. */
  {
    g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control><Shift>z");
    g_assert_cmpstr (actions[0], ==, "win.redo");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  iterate ();
  g_assert_null (cvk_store_lookup (store, CVK_TYPE_ITEM, "TL05"));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 35);

  close_window (window);
}

static void
test_foreign_file_dialog (void)
{
  CvkWindow *window = new_window_on_template ();
  g_autofree char *dir = g_dir_make_tmp ("cvk-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.convoke", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;
  const char *contents = "These are my notes, not a Convoke document.\n";
  GtkWindow *dialog = NULL;
  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  GListModel *toplevels;  /* owned by GTK */

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  cvk_application_open_document (app, file, GTK_WINDOW (window));
  iterate ();

  /* No new document window, but a dialog that says what is wrong. */
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (window))
        dialog = w;
    }
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "notes.convoke"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "not a Convoke document"));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), >=, n_windows);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);

  gtk_window_destroy (dialog);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The newest toplevel of @type (transient for @parent when not NULL). */
static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) &&
          (parent == NULL || gtk_window_get_transient_for (w) == parent))
        found = w;
    }
  return found;
}

static char *
write_temp_csv (const char *name,
                const char *contents)
{
  g_autofree char *dir = g_dir_make_tmp ("cvk-test-window-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
remove_temp_csv (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  cvk_test_remove_tree (dir);
}

static void
test_drop_csv_offers_import (void)
{
  CvkWindow *window = new_window_on_template ();
  CvkStore *store = cvk_window_get_document (window);
  g_autofree char *path = write_temp_csv ("volunteers.csv",
    "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
    "R05,Test Volunteer,regional-volunteer,A,BR,Example,v@example.org,female,yes,confirmed,Workshops\r\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog;

  /* What a drop does: the kind is read from the header, and the chair is asked. */
  cvk_window_offer_import (window, file);
  iterate ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "volunteers.csv"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "roster"));
  g_assert_cmpstr (cvk_member_get_name (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R05")), ==, "");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "import");
  iterate ();
  g_assert_cmpstr (cvk_member_get_name (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R05")), ==, "Test Volunteer");

  /* One undoable edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_cmpstr (cvk_member_get_name (cvk_store_lookup (store, CVK_TYPE_MEMBER, "R05")), ==, "");

  close_window (window);
  remove_temp_csv (path);
}

static void
test_import_error_names_line (void)
{
  CvkWindow *window = new_window_on_template ();
  g_autofree char *path = write_temp_csv ("broken.csv",
    "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\r\n"
    "R05,Fine,regional-volunteer,A,BR,,,female,no,confirmed,\r\n"
    "R06,\"Unclosed,regional-volunteer,A,BR,,,female,no,confirmed,\r\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog;

  g_assert_false (cvk_window_import_file (window, "roster", file));
  iterate ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "broken.csv:3"));
  /* Nothing changed. */
  g_assert_cmpstr (cvk_member_get_name (cvk_store_lookup (cvk_window_get_document (window), CVK_TYPE_MEMBER, "R05")),
                   ==, "");
  gtk_window_destroy (dialog);
  close_window (window);
  remove_temp_csv (path);
}

static void
test_secondary_windows (void)
{
  CvkWindow *window = new_window_on_template ();
  CvkStore *store = cvk_window_get_document (window);
  GtkWindow *about, *prefs, *shortcuts;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  iterate ();
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW, NULL);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (about);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  iterate ();
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW, NULL);
  g_assert_nonnull (shortcuts);
  gtk_window_close (shortcuts);

  /* A document setting changed in Preferences is an edit of the document. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  iterate ();
  prefs = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (prefs);
  {
    g_autoptr(CvkDocSettings) before = cvk_store_dup_settings (store);
    g_assert_cmpint (before->report_lead_months, ==, 1);
  }
  {
    /* The only spin button is the report lead time. */
    GtkWidget *spin = find_widget (GTK_WIDGET (prefs), GTK_TYPE_SPIN_BUTTON, NULL);

    g_assert_nonnull (spin);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 2);
  }
  iterate ();
  {
    g_autoptr(CvkDocSettings) after = cvk_store_dup_settings (store);
    g_assert_cmpint (after->report_lead_months, ==, 2);
  }
  g_assert_true (cvk_store_can_undo (store));
  gtk_window_destroy (prefs);
  close_window (window);
}

static void
test_narrow_window_folds (void)
{
  CvkWindow *window = new_window_on_template ();
  AdwLeaflet *leaflet = ADW_LEAFLET (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));

  g_assert_nonnull (leaflet);
  g_assert_false (adw_leaflet_get_folded (leaflet));

  /* At 360 px the sidebar and the section take turns. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  for (int i = 0; i < 20 && !adw_leaflet_get_folded (leaflet); i++)
    {
      g_usleep (10000);
      iterate ();
    }
  g_assert_true (adw_leaflet_get_folded (leaflet));

  cvk_window_show_section (window, "roster");
  iterate ();
  g_assert_false (gtk_widget_is_ancestor (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "navigation-sidebar"),
                                          adw_leaflet_get_visible_child (leaflet)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  iterate ();
  g_assert_true (gtk_widget_is_ancestor (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "navigation-sidebar"),
                                         adw_leaflet_get_visible_child (leaflet)));

  /* Back to a wide window for the tests after this one. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  iterate ();
  close_window (window);
}

static void
test_window_state (void)
{
  CvkWindow *window = new_window_on_template ();
  CvkWindow *again;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  cvk_window_show_section (window, "budget");
  iterate ();
  close_window (window);

  again = new_window_on_template ();
  gtk_window_get_default_size (GTK_WINDOW (again), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  g_assert_cmpstr (cvk_window_get_section (again), ==, "budget");
  close_window (again);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = cvk_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_assert_nonnull (cvk_application_get_settings (app));

  g_test_add_func ("/cvk/ui/window/sections-show-the-template", test_sections_show_the_template);
  g_test_add_func ("/cvk/ui/window/sections-by-keyboard", test_sections_by_keyboard);
  g_test_add_func ("/cvk/ui/window/overview-counts-many-findings", test_overview_counts_many_findings);
  g_test_add_func ("/cvk/ui/window/undo-redo", test_undo_redo);
  g_test_add_func ("/cvk/ui/window/foreign-file-dialog", test_foreign_file_dialog);
  g_test_add_func ("/cvk/ui/window/drop-csv-offers-import", test_drop_csv_offers_import);
  g_test_add_func ("/cvk/ui/window/import-error-names-line", test_import_error_names_line);
  g_test_add_func ("/cvk/ui/window/secondary-windows", test_secondary_windows);
  g_test_add_func ("/cvk/ui/window/narrow-window-folds", test_narrow_window_folds);
  g_test_add_func ("/cvk/ui/window/state", test_window_state);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
