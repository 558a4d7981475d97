/* cvk-cli.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "convoke"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cvk-cli.h"
#include "cvk-csv-kinds.h"
#include "cvk-rules.h"
#include "cvk-store.h"

static const char *const headless_options[] = {
  "--new", "--export", "--import", "--check", "--version", "--help", "-h", "--help-all", NULL
};

gboolean
cvk_cli_handles (int    argc,
                 char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      for (guint j = 0; headless_options[j]; j++)
        {
          gsize len = strlen (headless_options[j]);
          if (strncmp (argv[i], headless_options[j], len) == 0 &&
              (argv[i][len] == '\0' || argv[i][len] == '='))
            return TRUE;
        }
    }
  return FALSE;
}

static void
print_error (const char   *what,
             const GError *error)
{
  if (what)
    g_printerr ("convoke: %s: %s\n", what, error->message);
  else
    g_printerr ("convoke: %s\n", error->message);
}

/* The document named on the command line, or the default one. */
static CvkStore *
open_document (const char  *path,
               GError     **error)
{
  if (path != NULL)
    return cvk_store_open (path, error);
  return cvk_store_open_default (error);
}

/* "timeline:/tmp/t.csv" -> kind and path; the format from the extension. */
static gboolean
parse_transfer (const char  *spec,
                const char  *option,
                CvkCsvKind  *kind,
                char       **path,
                GError     **error)
{
  const char *colon = strchr (spec, ':');
  g_autofree char *what = NULL;
  const char *dot;

  if (colon == NULL || colon == spec || colon[1] == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s needs WHAT:PATH, for example %s=timeline:plan.csv"), option, option);
      return FALSE;
    }

  what = g_strndup (spec, colon - spec);
  if (!cvk_csv_kind_from_string (what, kind))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” cannot be exported or imported (use timeline, roster, budget or contacts)"),
                   what);
      return FALSE;
    }

  dot = strrchr (colon + 1, '.');
  if (dot == NULL || g_ascii_strcasecmp (dot, ".csv") != 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s”: the format is taken from the file name's extension; supported: .csv"),
                   colon + 1);
      return FALSE;
    }

  *path = g_strdup (colon + 1);
  return TRUE;
}

static int
run_check (CvkStore *store)
{
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (store);
  g_autoptr(GPtrArray) findings = NULL;
  CvkPlan plan;

  cvk_store_init_plan (store, settings, &plan);
  findings = cvk_rules_check (&plan);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *line = cvk_finding_to_line (g_ptr_array_index (findings, i));
      g_print ("%s\n", line);
    }

  return 0;
}

int
cvk_cli_run (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  g_auto(GStrv) rest = NULL;
  gboolean new_document = FALSE;
  gboolean check = FALSE;
  gboolean version = FALSE;
  g_autofree char *template_name = NULL;
  g_autofree char *export_spec = NULL;
  g_autofree char *import_spec = NULL;
  g_autofree char *section = NULL;
  g_autofree char *import_path = NULL;
  g_autofree char *export_path = NULL;
  CvkCsvKind import_kind = 0;
  CvkCsvKind export_kind = 0;
  const char *document;
  GOptionEntry entries[] = {
    { "new", 0, 0, G_OPTION_ARG_NONE, &new_document,
      N_("Create a document at PATH (never overwrites a file)"), NULL },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_name,
      N_("Template for --new: iewsc (default) or blank"), N_("NAME") },
    { "export", 0, 0, G_OPTION_ARG_STRING, &export_spec,
      N_("Export timeline, roster, budget or contacts to PATH (.csv)"), N_("WHAT:PATH") },
    { "import", 0, 0, G_OPTION_ARG_STRING, &import_spec,
      N_("Import timeline, roster, budget or contacts from PATH (.csv), all or nothing"), N_("WHAT:PATH") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Print what the rules find, one finding a line"), NULL },
    { "section", 0, 0, G_OPTION_ARG_STRING, &section,
      N_("Open the window on a section: overview, timeline, roster, budget, invitations"), N_("NAME") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, N_("[DOCUMENT]") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
    _("Plan the workshops of a steering committee: timeline, roster, budget and invitations.\n"
      "Without a DOCUMENT, the default document is used (created from the IEWSC template)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("convoke: %s\n", error->message);
      return 2;
    }

  if (version)
    {
      g_print ("convoke %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (rest && g_strv_length (rest) > 1)
    {
      g_printerr ("convoke: %s\n", _("Give at most one document"));
      return 2;
    }
  document = rest ? rest[0] : NULL;

  if (new_document)
    {
      if (document == NULL)
        {
          g_printerr ("convoke: %s\n", _("--new needs a PATH"));
          return 2;
        }
      store = cvk_store_create (document, template_name, &error);
      if (store == NULL)
        {
          print_error (NULL, error);
          return 1;
        }
      /* Translators: %s is the new document's file name */
      g_autofree char *created = g_strdup_printf (_("Created %s"), document);
      g_print ("%s\n", created);
      return 0;
    }

  if (template_name)
    {
      g_printerr ("convoke: %s\n", _("--template goes with --new"));
      return 2;
    }

  if (!check && !export_spec && !import_spec)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_print ("%s", help);
      return 0;
    }

  /* Both specs are checked before the document is opened: a usage error
   * must not leave an import done (or a document created or migrated). */
  if (import_spec &&
      !parse_transfer (import_spec, "--import", &import_kind, &import_path, &error))
    {
      print_error (NULL, error);
      return 2;
    }
  if (export_spec &&
      !parse_transfer (export_spec, "--export", &export_kind, &export_path, &error))
    {
      print_error (NULL, error);
      return 2;
    }

  store = open_document (document, &error);
  if (store == NULL)
    {
      print_error (NULL, error);
      return 1;
    }

  if (import_spec)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (import_path);

      if (!cvk_csv_import_file (store, import_kind, file, &error))
        {
          print_error (NULL, error);
          return 1;
        }
    }

  if (export_spec)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (export_path);

      if (!cvk_csv_export_file (store, export_kind, file, &error))
        {
          print_error (NULL, error);
          return 1;
        }
    }

  if (check)
    return run_check (store);

  return 0;
}
