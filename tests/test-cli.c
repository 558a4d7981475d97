/* test-cli.c: the headless command line, run as a person would
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"
#include "cvk-test-files.h"

#include <glib/gstdio.h>
#include <string.h>

typedef struct
{
  char *dir;
  char *doc;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cvk-test-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->doc = g_build_filename (f->dir, "plan.convoke", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cvk_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->doc);
}

/* Runs convoke with @args (NULL-terminated), with XDG_DATA_HOME in the
 * fixture's folder so that the default document is the test's own. */
static void
run (Fixture    *f,
     Run        *result,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *data_home = g_build_filename (f->dir, "data", NULL);
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) CONVOKE_PATH);
  va_start (args, first);
  for (const char *a = first; a; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "XDG_DATA_HOME", data_home, TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  result->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
  g_test_message ("convoke %s → %d\n%s%s", first, result->status, result->out, result->err);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static guint
count_lines_with (const char *text,
                  const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    if (strstr (lines[i], needle))
      n++;
  return n;
}

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Run) r = { 0 };

  run (f, &r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "convoke " PACKAGE_VERSION "\n");
}

static void
test_new_and_export (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_autofree char *csv = g_build_filename (f->dir, "t.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  run (f, &r1, "--new", f->doc, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_true (g_file_test (f->doc, G_FILE_TEST_IS_REGULAR));

  {
    g_autofree char *spec = g_strconcat ("--export=timeline:", csv, NULL);
    run (f, &r2, spec, f->doc, NULL);
  }
  g_assert_cmpint (r2.status, ==, 0);
  text = read_file (csv);
  g_assert_true (g_str_has_prefix (text, "ID,Name,Kind,Body,Start,End,Precision,Status,Depends on,Parent,Owner,Progress,Notes\r\n"));
  for (int i = 1; i <= 13; i++)
    {
      g_autofree char *id = g_strdup_printf ("\r\nTL%02d,", i);
      g_assert_nonnull (strstr (text, id));
    }
  g_assert_nonnull (strstr (text, "\r\nTL01,TSAG approves the formation of the IEWSC,meeting,TSAG,2025-05-30,2025-05-30,day,fixed,"));
  g_assert_nonnull (strstr (text, ",workshop,,2026-03-01,2026-05-31,season,TBD,"));

  /* --new never overwrites. */
  before = read_file (f->doc);
  run (f, &r3, "--new", "--template=blank", f->doc, NULL);
  g_assert_cmpint (r3.status, ==, 1);
  g_assert_nonnull (strstr (r3.err, "already exists"));
  after = read_file (f->doc);
  g_assert_cmpstr (before, ==, after);
}

static void
test_check_template_then_roster (Fixture       *f,
                                 gconstpointer  data)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_autofree char *fixture = g_build_filename (TEST_DATA_DIR, "roster-complete.csv", NULL);
  g_autofree char *spec = g_strconcat ("--import=roster:", fixture, NULL);
  g_auto(GStrv) lines = NULL;

  run (f, &r1, "--new", f->doc, NULL);
  g_assert_cmpint (r1.status, ==, 0);

  run (f, &r2, "--check", f->doc, NULL);
  g_assert_cmpint (r2.status, ==, 0);

  /* One finding a line, SEVERITY: RULE-ID: SUBJECT: MESSAGE. */
  lines = g_strsplit (r2.out, "\n", -1);
  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], ": ", 4);
      g_assert_cmpuint (g_strv_length (parts), ==, 4);
      g_assert_true (g_str_equal (parts[0], "error") || g_str_equal (parts[0], "warning") ||
                     g_str_equal (parts[0], "info"));
    }

  /* The vacant seats, and nothing false: no error, no warning but the
   * roster's, the optional Deputy Secretary-General's seat not reported. */
  g_assert_nonnull (strstr (r2.out, "warning: roster-role: R01: "));
  g_assert_nonnull (strstr (r2.out, "warning: roster-role: R02: "));
  g_assert_nonnull (strstr (r2.out, "warning: roster-role: R04: "));
  g_assert_null (strstr (r2.out, "R03"));
  for (char region = 'A'; region <= 'E'; region++)
    {
      g_autofree char *line = g_strdup_printf ("warning: roster-region: Region %c: ", region);
      g_assert_nonnull (strstr (r2.out, line));
    }
  g_assert_cmpuint (count_lines_with (r2.out, "warning: "), ==, 8);
  g_assert_cmpuint (count_lines_with (r2.out, "error: "), ==, 0);

  /* Two confirmed volunteers per region and the ex officio seats filled:
   * the roster findings are gone. */
  run (f, &r3, spec, f->doc, NULL);
  g_assert_cmpint (r3.status, ==, 0);
  run (f, &r4, "--check", f->doc, NULL);
  g_assert_cmpint (r4.status, ==, 0);
  g_assert_null (strstr (r4.out, "roster-"));
  g_assert_cmpuint (count_lines_with (r4.out, "warning: "), ==, 0);
}

static void
test_bad_import_names_line (Fixture       *f,
                            gconstpointer  data)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_autofree char *bad = g_build_filename (f->dir, "bad-roster.csv", NULL);
  g_autofree char *spec = g_strconcat ("--import=roster:", bad, NULL);
  g_autofree char *out1 = g_build_filename (f->dir, "before.csv", NULL);
  g_autofree char *out2 = g_build_filename (f->dir, "after.csv", NULL);
  g_autofree char *spec1 = g_strconcat ("--export=roster:", out1, NULL);
  g_autofree char *spec2 = g_strconcat ("--export=roster:", out2, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (bad,
    "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\n"
    "R01,Good Row,rg-iem-lead,,CH,,,female,no,confirmed,\n"
    "R02,Bad Row,tsb-director,,XX,,,male,no,confirmed,\n", -1, NULL));

  run (f, &r1, "--new", f->doc, NULL);
  run (f, &r2, spec1, f->doc, NULL);
  g_assert_cmpint (r2.status, ==, 0);

  run (f, &r3, spec, f->doc, NULL);
  g_assert_cmpint (r3.status, ==, 1);
  g_assert_nonnull (strstr (r3.err, "bad-roster.csv:3"));

  run (f, &r4, spec2, f->doc, NULL);
  before = read_file (out1);
  after = read_file (out2);
  g_assert_cmpstr (before, ==, after);
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };

  run (f, &r1, "--new", f->doc, NULL);

  run (f, &r2, "--export=agenda:/tmp/x.csv", f->doc, NULL);
  g_assert_cmpint (r2.status, ==, 2);
  g_assert_nonnull (strstr (r2.err, "agenda"));

  run (f, &r3, "--export=roster:/tmp/x.ods", f->doc, NULL);
  g_assert_cmpint (r3.status, ==, 2);
  g_assert_nonnull (strstr (r3.err, ".csv"));

  /* A foreign file is refused and named. */
  {
    g_autofree char *foreign = g_build_filename (f->dir, "notes.convoke", NULL);
    g_assert_true (g_file_set_contents (foreign, "hello", -1, NULL));
    run (f, &r4, "--check", foreign, NULL);
    g_assert_cmpint (r4.status, ==, 1);
    g_assert_nonnull (strstr (r4.err, "notes.convoke"));
    g_assert_nonnull (strstr (r4.err, "not a Convoke document"));
  }
}

/* A usage error in --export is found before --import changes anything. */
static void
test_usage_error_imports_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_autofree char *roster = g_build_filename (f->dir, "roster.csv", NULL);
  g_autofree char *spec = g_strconcat ("--import=roster:", roster, NULL);
  g_autofree char *out = g_build_filename (f->dir, "after.csv", NULL);
  g_autofree char *spec_out = g_strconcat ("--export=roster:", out, NULL);
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (roster,
    "ID,Name,Role,Region,Country,Organization,Email,Gender,Youth,Status,Justification\n"
    "R01,New Person,rg-iem-lead,,CH,,,female,no,confirmed,\n", -1, NULL));

  run (f, &r1, "--new", "--template=blank", f->doc, NULL);
  g_assert_cmpint (r1.status, ==, 0);

  run (f, &r2, spec, "--export=roster:/tmp/x.ods", f->doc, NULL);
  g_assert_cmpint (r2.status, ==, 2);
  g_assert_nonnull (strstr (r2.err, ".csv"));

  run (f, &r3, spec_out, f->doc, NULL);
  g_assert_cmpint (r3.status, ==, 0);
  after = read_file (out);
  g_assert_null (strstr (after, "New Person"));
}

static void
test_default_document (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *expected = g_build_filename (f->dir, "data", "convoke", "IEWSC.convoke", NULL);

  run (f, &r, "--check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  /* Created from the IEWSC template. */
  g_assert_nonnull (strstr (r.out, "roster-role: R02"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cvk/cli/version", Fixture, NULL, fixture_setup, test_version, fixture_teardown);
  g_test_add ("/cvk/cli/new-and-export", Fixture, NULL, fixture_setup, test_new_and_export, fixture_teardown);
  g_test_add ("/cvk/cli/check-template-then-roster", Fixture, NULL, fixture_setup, test_check_template_then_roster, fixture_teardown);
  g_test_add ("/cvk/cli/bad-import-names-line", Fixture, NULL, fixture_setup, test_bad_import_names_line, fixture_teardown);
  g_test_add ("/cvk/cli/usage-errors", Fixture, NULL, fixture_setup, test_usage_errors, fixture_teardown);
  g_test_add ("/cvk/cli/usage-error-imports-nothing", Fixture, NULL, fixture_setup, test_usage_error_imports_nothing, fixture_teardown);
  g_test_add ("/cvk/cli/default-document", Fixture, NULL, fixture_setup, test_default_document, fixture_teardown);

  return g_test_run ();
}
