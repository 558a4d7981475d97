/* test-application.c: the application from its command line (suite ui)
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs a new CvkApplication, main loop and all, on the arguments
 * a chair would type, and looks at the windows it opens; each in a process
 * of its own, where GTK starts with the application, as it does for the
 * chair.  A document named there is read while GTK starts
 * (cvk-application.c): what the window shows must be what opening the file
 * afterwards would show.
 */

#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cvk-application.h"
#include "cvk-store-private.h"
#include "cvk-timeline-view-private.h"
#include "cvk-window.h"
#include "../cvk-test-files.h"

typedef struct
{
  CvkStore  *document;     /* the first document window's */
  char      *section;
  char      *error_body;   /* the body of an error dialog, if any */
  guint      n_windows;
  gboolean   timeline_ahead;   /* its timeline drew a plan made ahead of time */
  gboolean   made_ahead;       /* a timeline plan was made and left unused */
} Seen;

static void
look_at_windows (GtkApplication *application,
                 Seen           *seen)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */

  for (GList *l = gtk_application_get_windows (application); l; l = l->next)
    if (CVK_IS_WINDOW (l->data))
      {
        seen->n_windows++;
        if (seen->document == NULL)
          {
            seen->document = g_object_ref (cvk_window_get_document (l->data));
            seen->section = g_strdup (cvk_window_get_section (l->data));
            /* Its first frame is drawn; the rest of the timeline is not. */
            seen->timeline_ahead = _cvk_timeline_view_has_prepared_findings (
              CVK_TIMELINE_VIEW (cvk_window_get_page (l->data, "timeline")));
            seen->made_ahead = _cvk_timeline_view_peek_prepared (seen->document) != NULL ||
                               cvk_store_peek_ahead (seen->document, "overview") != NULL;
          }
      }
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && seen->error_body == NULL)
        seen->error_body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (w)));
    }
}

/* Once the application has drawn its first window, look and close it all. */
static gboolean
look_and_quit (gpointer user_data)
{
  GApplication *application = g_application_get_default ();

  look_at_windows (GTK_APPLICATION (application), user_data);
  g_application_quit (application);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Seen          *seen)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, seen);
  g_idle_add (look_and_quit, seen);
}

static void
realize_cb (GtkWidget *window,
            Seen      *seen)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), seen);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 Seen           *seen)
{
  if (CVK_IS_WINDOW (window))
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), seen);
}

static void
run (const char *const *arguments,
     Seen              *seen)
{
  g_autoptr(CvkApplication) application = cvk_application_new ();
  g_auto(GStrv) argv = g_strdupv ((char **) arguments);

  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), seen);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), (int) g_strv_length (argv), argv), ==, 0);
  /* Its windows and their dialogs. */
  for (GListModel *toplevels = gtk_window_get_toplevels (); g_list_model_get_n_items (toplevels) > 0;)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (w);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
seen_clear (Seen *seen)
{
  g_clear_object (&seen->document);
  g_clear_pointer (&seen->section, g_free);
  g_clear_pointer (&seen->error_body, g_free);
}

/* A document of the template in a folder of its own. */
static char *
template_document (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  char *path;

  *dir = g_dir_make_tmp ("cvk-test-application-XXXXXX", NULL);
  path = g_build_filename (*dir, "plan.convoke", NULL);
  store = cvk_store_create (path, "iewsc", &error);
  g_assert_no_error (error);
  return path;
}

/* @dir and all in it: takes both. */
static void
remove_document (char *dir,
                 char *path)
{
  cvk_test_remove_tree (dir);
  g_free (path);
  g_free (dir);
}

/* In the test's own process: run the test in a new one, and see it pass.
 * Returns FALSE in that new process. */
static gboolean
in_parent (void)
{
  if (g_test_subprocess ())
    return FALSE;
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return TRUE;
}

/* The application reads @name while GTK starts. */
static void
expect_read_early (const char *name)
{
  g_autofree char *pattern = g_strdup_printf ("*%s was read while GTK started", name);
  g_test_expect_message ("cvk-application", G_LOG_LEVEL_DEBUG, pattern);
}

static guint
n_items (CvkStore *store)
{
  return g_list_model_get_n_items (cvk_store_get_model (store, CVK_TYPE_ITEM));
}

/* `convoke --section=timeline FILE`: FILE's plan, at the timeline, read
 * while GTK started. */
static void
open_from_command_line (void)
{
  char *dir = NULL;
  char *path = template_document (&dir);
  const char *argv[] = { "convoke", "--section=timeline", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) expected = cvk_store_open (path, &error);
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  Seen seen = { 0 };

  g_assert_no_error (error);
  expect_read_early ("plan.convoke");
  run (argv, &seen);
  g_test_assert_expected_messages ();
  g_assert_nonnull (seen.document);
  g_assert_cmpuint (seen.n_windows, ==, 1);
  g_assert_cmpstr (cvk_store_get_path (seen.document), ==, canonical);
  g_assert_cmpstr (seen.section, ==, "timeline");
  g_assert_cmpuint (n_items (seen.document), ==, n_items (expected));
  g_assert_cmpuint (n_items (seen.document), >, 0);
  g_assert_null (seen.error_body);
  /* The timeline's plan was made on that thread too, and shown. */
  g_assert_true (seen.timeline_ahead);
  g_assert_false (seen.made_ahead);
  seen_clear (&seen);
  g_clear_object (&expected);
  remove_document (dir, path);
}

/* The same file as a URI, as a file manager gives it, and after "--". */
static void
open_uri_and_dashes (void)
{
  char *dir = NULL;
  char *path = template_document (&dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  const char *by_uri[] = { "convoke", uri, NULL };
  const char *after_dashes[] = { "convoke", "--", path, NULL };
  Seen seen = { 0 };

  expect_read_early ("plan.convoke");
  run (by_uri, &seen);
  g_test_assert_expected_messages ();
  g_assert_nonnull (seen.document);
  g_assert_cmpstr (cvk_store_get_path (seen.document), ==, canonical);
  seen_clear (&seen);

  expect_read_early ("plan.convoke");
  run (after_dashes, &seen);
  g_test_assert_expected_messages ();
  g_assert_nonnull (seen.document);
  g_assert_cmpstr (cvk_store_get_path (seen.document), ==, canonical);
  seen_clear (&seen);
  remove_document (dir, path);
}

/* `convoke --section timeline FILE` in a folder with a file "timeline":
 * "timeline" is the section, never read. */
static void
option_value_is_no_file (void)
{
  char *dir = NULL;
  char *path = template_document (&dir);
  g_autofree char *decoy = g_build_filename (dir, "timeline", NULL);
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  g_autofree char *after = NULL;
  const char *argv[] = { "convoke", "--section", "timeline", path, NULL };
  const char *contents = "A file named as a section.\n";
  Seen seen = { 0 };

  g_assert_true (g_file_set_contents (decoy, contents, -1, NULL));
  g_assert_cmpint (g_chdir (dir), ==, 0);
  expect_read_early ("plan.convoke");
  run (argv, &seen);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (cvk_store_get_path (seen.document), ==, canonical);
  g_assert_cmpstr (seen.section, ==, "timeline");
  g_assert_true (seen.timeline_ahead);
  g_assert_true (g_file_get_contents (decoy, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);
  seen_clear (&seen);
  remove_document (dir, path);   /* the decoy with it */
}

/* `convoke --section=roster FILE`: the document is read early, but no
 * timeline plan is made for a window that does not open on it. */
static void
other_section_no_plan (void)
{
  char *dir = NULL;
  char *path = template_document (&dir);
  const char *argv[] = { "convoke", path, "--section=roster", NULL };
  Seen seen = { 0 };

  expect_read_early ("plan.convoke");
  run (argv, &seen);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (seen.section, ==, "roster");
  g_assert_false (seen.timeline_ahead);
  g_assert_false (seen.made_ahead);
  seen_clear (&seen);
  remove_document (dir, path);
}

/* `convoke --section=overview FILE`: the overview shows the findings made
 * on the thread that read the document. */
static void
overview_findings_ahead (void)
{
  char *dir = NULL;
  char *path = template_document (&dir);
  const char *argv[] = { "convoke", "--section=overview", path, NULL };
  Seen seen = { 0 };

  expect_read_early ("plan.convoke");
  g_test_expect_message ("cvk-overview-page", G_LOG_LEVEL_DEBUG, "The findings were made ahead of time");
  run (argv, &seen);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (seen.section, ==, "overview");
  g_assert_false (seen.timeline_ahead);
  g_assert_false (seen.made_ahead);
  seen_clear (&seen);
  remove_document (dir, path);
}

/* `convoke FILE` with the window last left on the timeline: it opens there,
 * on the plan made while GTK started. */
static void
last_section_timeline (void)
{
  char *dir = NULL;
  char *path = template_document (&dir);
  const char *argv[] = { "convoke", path, NULL };
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  Seen seen = { 0 };

  g_assert_true (g_settings_set_string (settings, "last-section", "timeline"));
  expect_read_early ("plan.convoke");
  run (argv, &seen);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (seen.section, ==, "timeline");
  g_assert_true (seen.timeline_ahead);
  seen_clear (&seen);
  remove_document (dir, path);
}

/* A file that is not a document: the same message as ever, naming it, and
 * the file as it was. */
static void
open_foreign_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cvk-test-application-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.convoke", NULL);
  g_autofree char *after = NULL;
  const char *contents = "These are my notes, not a Convoke document.\n";
  const char *argv[] = { "convoke", path, NULL };
  Seen seen = { 0 };

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  expect_read_early ("notes.convoke");
  run (argv, &seen);
  g_test_assert_expected_messages ();
  g_assert_nonnull (seen.error_body);
  g_assert_nonnull (strstr (seen.error_body, "notes.convoke"));
  g_assert_nonnull (strstr (seen.error_body, "not a Convoke document"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);
  seen_clear (&seen);
  cvk_test_remove_tree (dir);
}

static void test_open_from_command_line (void) { if (!in_parent ()) open_from_command_line (); }
static void test_open_uri_and_dashes (void) { if (!in_parent ()) open_uri_and_dashes (); }
static void test_option_value_is_no_file (void) { if (!in_parent ()) option_value_is_no_file (); }
static void test_open_foreign_file (void) { if (!in_parent ()) open_foreign_file (); }
static void test_other_section_no_plan (void) { if (!in_parent ()) other_section_no_plan (); }
static void test_overview_findings_ahead (void) { if (!in_parent ()) overview_findings_ahead (); }
static void test_last_section_timeline (void) { if (!in_parent ()) last_section_timeline (); }

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("cvk-test-application-data-XXXXXX", NULL);
  int status;

  /* The default document, opened when no other can be, goes here. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* Not gtk_test_init (): GTK starts with each application. */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cvk/ui/application/open-from-command-line", test_open_from_command_line);
  g_test_add_func ("/cvk/ui/application/open-uri-and-dashes", test_open_uri_and_dashes);
  g_test_add_func ("/cvk/ui/application/option-value-is-no-file", test_option_value_is_no_file);
  g_test_add_func ("/cvk/ui/application/open-foreign-file", test_open_foreign_file);
  g_test_add_func ("/cvk/ui/application/other-section-no-plan", test_other_section_no_plan);
  g_test_add_func ("/cvk/ui/application/overview-findings-ahead", test_overview_findings_ahead);
  g_test_add_func ("/cvk/ui/application/last-section-timeline", test_last_section_timeline);

  status = g_test_run ();
  cvk_test_remove_tree (data_home);
  return status;
}
