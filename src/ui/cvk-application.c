/* cvk-application.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One window per document.  `convoke FILE` and the file manager's Open
 * reach the running instance (G_APPLICATION_HANDLES_OPEN); --section is
 * sent to it as the app.show-section action.
 *
 * A document named on the command line is read on a thread of its own
 * while GTK starts, and what the window's first section shows is made from
 * it there (the timeline's plan, the overview's findings): the two take
 * about as long as GTK, and a machine has two cores.  What that thread
 * reads is used only if the same file is then opened, and is what
 * cvk_store_open () would have given there and then.  The locale is set
 * before the thread starts, not by GTK meanwhile.
 */

#define G_LOG_DOMAIN "cvk-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "cvk-application.h"
#include "cvk-overview-page.h"
#include "cvk-timeline-view.h"
#include "cvk-window.h"

struct _CvkApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *pending_section;
  char           *early_path;     /* a document on the command line, canonical */
  GThread        *early_thread;   /* opening it while GTK starts */
  CvkStore       *early_store;    /* what it opened, once joined */
  GError         *early_error;    /* or why it could not */
  char           *early_section;  /* the window opens on it: make what it shows there too */
};

G_DEFINE_FINAL_TYPE (CvkApplication, cvk_application, ADW_TYPE_APPLICATION)

GSettings *
cvk_application_get_settings (CvkApplication *self)
{
  g_return_val_if_fail (CVK_IS_APPLICATION (self), NULL);
  return self->settings;
}

void
cvk_application_add_recent (CvkApplication *self,
                            const char     *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *absolute = NULL;
  guint n = 1;

  g_return_if_fail (CVK_IS_APPLICATION (self));

  if (self->settings == NULL || path == NULL || g_str_equal (path, CVK_STORE_MEMORY))
    return;

  absolute = g_canonicalize_filename (path, NULL);
  old = g_settings_get_strv (self->settings, "recent-documents");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, absolute);
  for (guint i = 0; old[i] && n < 10; i++)
    if (!g_str_equal (old[i], absolute))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-documents", (const char *const *) recent);
  g_settings_set_string (self->settings, "last-document", absolute);
}

/* Opening early ------------------------------------------------------------------ */

static gpointer
open_early_thread (gpointer user_data)
{
  CvkApplication *self = user_data;

  self->early_store = cvk_store_open (self->early_path, &self->early_error);
  /* What the first section shown makes of it too: the thread has the
   * time. */
  if (self->early_store && g_strcmp0 (self->early_section, "timeline") == 0)
    cvk_timeline_view_prepare (self->early_store);
  else if (self->early_store && g_strcmp0 (self->early_section, "overview") == 0)
    cvk_overview_page_prepare (self->early_store);
  return NULL;
}

static void
open_early (CvkApplication *self)
{
  if (self->early_path == NULL || self->early_thread != NULL)
    return;
  /* What gtk_init () would do, done before the thread uses the locale
   * (gettext, dates), so that GTK does not set it while the thread runs. */
  if (!gtk_is_initialized ())
    {
      setlocale (LC_ALL, "");
      gtk_disable_setlocale ();
    }
  self->early_thread = g_thread_new ("convoke-open", open_early_thread, self);
}

/* The store opened early from @path (canonical), as cvk_store_open ()
 * would give it, or FALSE if @path is not the one opened early. */
static gboolean
take_early (CvkApplication *self,
            const char     *path,
            CvkStore      **store,
            GError        **error)
{
  if (self->early_thread == NULL || g_strcmp0 (path, self->early_path) != 0)
    return FALSE;
  g_thread_join (g_steal_pointer (&self->early_thread));
  g_debug ("%s was read while GTK started", self->early_path);
  g_clear_pointer (&self->early_path, g_free);
  *store = g_steal_pointer (&self->early_store);
  if (*store == NULL)
    g_propagate_error (error, g_steal_pointer (&self->early_error));
  return TRUE;
}

static void
drop_early (CvkApplication *self)
{
  if (self->early_thread)
    g_thread_join (g_steal_pointer (&self->early_thread));
  g_clear_pointer (&self->early_path, g_free);
  g_clear_pointer (&self->early_section, g_free);
  g_clear_object (&self->early_store);
  g_clear_error (&self->early_error);
}

/* The first argument that names a regular file, before GApplication
 * parses them: the first file it gives open ().  (A guess all the same,
 * which open () either confirms or ignores.) */
static gboolean
cvk_application_local_command_line (GApplication   *application,
                                    char         ***arguments,
                                    int            *exit_status)
{
  CvkApplication *self = CVK_APPLICATION (application);
  gboolean options_done = FALSE;

  for (guint i = 1; (*arguments)[i] != NULL; i++)
    {
      const char *arg = (*arguments)[i];
      g_autoptr(GFile) file = NULL;
      g_autofree char *path = NULL;

      if (!options_done && g_str_equal (arg, "--"))
        options_done = TRUE;
      else if (!options_done && g_str_equal (arg, "--section") && (*arguments)[i + 1] != NULL)
        i++;   /* its value, not a file */
      else if (self->early_path == NULL && (options_done || arg[0] != '-'))
        {
          file = g_file_new_for_commandline_arg (arg);
          path = g_file_get_path (file);
          if (path && g_file_test (path, G_FILE_TEST_IS_REGULAR))
            self->early_path = g_canonicalize_filename (path, NULL);
        }
    }
  return G_APPLICATION_CLASS (cvk_application_parent_class)->local_command_line (application, arguments,
                                                                                 exit_status);
}

/* Windows ------------------------------------------------------------------------ */

static CvkWindow *
find_window_for (CvkApplication *self,
                 const char     *path)
{
  g_autofree char *wanted = g_canonicalize_filename (path, NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (CVK_IS_WINDOW (l->data))
      {
        CvkStore *doc = cvk_window_get_document (l->data);
        const char *doc_path = doc ? cvk_store_get_path (doc) : NULL;
        g_autofree char *have = doc_path ? g_canonicalize_filename (doc_path, NULL) : NULL;

        if (have && g_str_equal (have, wanted))
          return l->data;
      }
  return NULL;
}

static CvkWindow *
new_window (CvkApplication *self,
            CvkStore       *document)
{
  CvkWindow *window = cvk_window_new (self, document);

  if (self->pending_section)
    {
      cvk_window_show_section (window, self->pending_section);
      g_clear_pointer (&self->pending_section, g_free);
    }
  cvk_application_add_recent (self, cvk_store_get_path (document));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* A window to hold a message when there is no document to show. */
static CvkWindow *
fallback_window (CvkApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (CVK_IS_WINDOW (active))
    return CVK_WINDOW (active);

  store = cvk_store_open_default (&error);
  if (store == NULL)
    {
      /* Even the default document cannot be had: show the plan of the
       * template in memory, and say why. */
      g_autoptr(GError) memory_error = NULL;
      CvkWindow *window;

      store = cvk_store_create (CVK_STORE_MEMORY, "iewsc", &memory_error);
      g_assert_no_error (memory_error);
      window = new_window (self, store);
      cvk_window_show_error (window, _("Could not open the default document"), error->message);
      return window;
    }
  return new_window (self, store);
}

void
cvk_application_open_document (CvkApplication *self,
                               GFile          *file,
                               GtkWindow      *parent)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  CvkWindow *existing;

  g_return_if_fail (CVK_IS_APPLICATION (self));

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file"), uri);
    }
  else if ((existing = find_window_for (self, path)))
    {
      if (self->pending_section)
        {
          cvk_window_show_section (existing, self->pending_section);
          g_clear_pointer (&self->pending_section, g_free);
        }
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }
  else
    {
      g_autofree char *canonical = g_canonicalize_filename (path, NULL);

      if (!take_early (self, canonical, &store, &error))
        store = cvk_store_open (path, &error);
    }

  if (store == NULL)
    {
      CvkWindow *window = CVK_IS_WINDOW (parent) ? CVK_WINDOW (parent) : fallback_window (self);
      cvk_window_show_error (window, _("Could not open the document"), error->message);
      return;
    }

  new_window (self, store);
}

/* ------------------------------------------------------------------------ */
/* Application actions                                                      */

static GtkFileFilter *
convoke_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Convoke documents"));
  gtk_file_filter_add_pattern (filter, "*.convoke");
  gtk_file_filter_add_mime_type (filter, "application/x-convoke");
  return filter;
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  CvkApplication  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file)
    cvk_application_open_document (self, file, gtk_native_dialog_get_transient_for (dialog));
  g_object_unref (dialog);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CvkApplication *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = convoke_filter ();

  dialog = gtk_file_chooser_native_new (_("Open Document"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CvkApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  cvk_application_open_document (self, file, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

/* The new document is made next to its final name and moved there only
 * once complete: a file the person chose to replace is replaced whole. */
static void
on_new_response (GtkNativeDialog *dialog,
                 int              response,
                 CvkApplication  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvkStore) store = NULL;
  g_autofree char *path = NULL;
  g_autofree char *tmp = NULL;
  const char *template_name = g_object_get_data (G_OBJECT (dialog), "template");
  GtkWindow *parent = gtk_native_dialog_get_transient_for (dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file == NULL)
    goto out;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file"), uri);
    }
  else
    {
      if (!g_str_has_suffix (path, ".convoke"))
        {
          char *with_extension = g_strconcat (path, ".convoke", NULL);
          g_free (path);
          path = with_extension;
        }

      tmp = g_strdup_printf ("%s.new-%u", path, g_random_int ());
      store = cvk_store_create (tmp, template_name, &error);
    }
  if (store)
    {
      cvk_store_close (store);
      g_clear_object (&store);
      if (g_rename (tmp, path) != 0)
        {
          int saved = errno;
          g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       _("Could not create “%s”: %s"), path, g_strerror (saved));
          g_unlink (tmp);
        }
      else
        {
          g_autofree char *wal = g_strconcat (path, "-wal", NULL);
          g_autofree char *shm = g_strconcat (path, "-shm", NULL);
          g_unlink (wal);
          g_unlink (shm);
          store = cvk_store_open (path, &error);
        }
    }

  if (store)
    new_window (self, store);
  else
    cvk_window_show_error (CVK_IS_WINDOW (parent) ? CVK_WINDOW (parent) : fallback_window (self),
                           _("Could not create the document"), error->message);

out:
  g_object_unref (dialog);
}

static void
on_template_chosen (AdwMessageDialog *message,
                    const char       *response,
                    CvkApplication   *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (message));

  if (!g_str_equal (response, "iewsc") && !g_str_equal (response, "blank"))
    return;

  dialog = gtk_file_chooser_native_new (_("New Document"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Create"), _("_Cancel"));
  filter = convoke_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog),
                                     g_str_equal (response, "iewsc") ? "IEWSC.convoke" : _("Committee.convoke"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "template", g_strdup (response), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  CvkApplication *self = user_data;
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   _("New Document"),
                                   _("Start from the plan of the ITU-T Industry Engagement Workshop "
                                     "Steering Committee (its seats, timeline and work packages), "
                                     "or from an empty document."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "blank", _("_Empty"),
                                    "iewsc", _("_IEWSC Plan"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "iewsc", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "iewsc");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_template_chosen), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Sent by `convoke --section=NAME`, before the activate or open that
 * follows it: the section is shown by whichever window that brings up. */
static void
show_section_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CvkApplication *self = user_data;
  const char *section = g_variant_get_string (parameter, NULL);

  if (!g_strv_contains (cvk_window_sections, section))
    {
      g_printerr (_("convoke: there is no section “%s” (sections: overview, timeline, roster, budget, invitations)\n"),
                  section);
      return;
    }

  g_free (self->pending_section);
  self->pending_section = g_strdup (section);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CvkApplication *self = user_data;
  static const char *developers[] = { "The Convoke authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Convoke"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Convoke authors"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/convoke/convoke",
                        "issue-url", "https://github.com/convoke/convoke/issues",
                        "comments", _("Plan the workshops of a steering committee: the timeline, "
                                      "the committee’s roster and balance, the budget and the invitations."),
                        "copyright", "© 2026 The Convoke authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Country data"),
                                       (const char *[]) { "UN M49 and ITU public sources (see data/countries.md)", NULL });
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CvkApplication *self = user_data;
  /* Referenced: closing one window may destroy another (its dialogs). */
  GList *windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                                     (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  /* Close each window so that it saves its state. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static const GActionEntry app_actions[] = {
  { "new", new_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "show-section", show_section_action, "s" },
  { "about", about_action },
  { "quit", quit_action },
};

/* ------------------------------------------------------------------------ */
/* GApplication                                                             */

static void
apply_color_scheme (CvkApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");

  if (g_str_equal (scheme, "light"))
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (scheme, "dark"))
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
cvk_application_startup (GApplication *application)
{
  CvkApplication *self = CVK_APPLICATION (application);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-section::overview", { "<Alt>1", NULL } },
    { "win.show-section::timeline", { "<Alt>2", NULL } },
    { "win.show-section::roster", { "<Alt>3", NULL } },
    { "win.show-section::budget", { "<Alt>4", NULL } },
    { "win.show-section::invitations", { "<Alt>5", NULL } },
  };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  /* Without the schema (a build run from its folder without it), the app
   * still works; it just remembers nothing. */
  if (source)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema)
    self->settings = g_settings_new (APPLICATION_ID);

  /* Only the instance that shows the document reads it.  The window opens
   * on the section asked for, or as restore_state () does. */
  if (self->early_section == NULL)
    self->early_section = cvk_window_first_section (self->settings);
  open_early (self);
  G_APPLICATION_CLASS (cvk_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  if (self->settings)
    {
      g_signal_connect_swapped (self->settings, "changed::color-scheme", G_CALLBACK (apply_color_scheme), self);
      apply_color_scheme (self);
    }
  else
    g_message ("The GSettings schema %s is not installed: window state and recent documents are not kept",
               APPLICATION_ID);

  gtk_css_provider_load_from_resource (css, "/io/github/convoke/Convoke/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
cvk_application_activate (GApplication *application)
{
  CvkApplication *self = CVK_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window)
    {
      if (self->pending_section && CVK_IS_WINDOW (window))
        {
          cvk_window_show_section (CVK_WINDOW (window), self->pending_section);
          g_clear_pointer (&self->pending_section, g_free);
        }
      gtk_window_present (window);
      return;
    }

  fallback_window (self);
  drop_early (self);
}

static void
cvk_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  CvkApplication *self = CVK_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    cvk_application_open_document (self, files[i],
                                   gtk_application_get_active_window (GTK_APPLICATION (self)));
  /* The guess was wrong (not a document of these): close what it opened. */
  drop_early (self);
}

static int
cvk_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  CvkApplication *self = CVK_APPLICATION (application);
  const char *section = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_variant_dict_lookup (options, "section", "&s", &section))
    return -1;

  if (!g_strv_contains (cvk_window_sections, section))
    {
      g_printerr (_("convoke: there is no section “%s” (sections: overview, timeline, roster, budget, invitations)\n"),
                  section);
      return 2;
    }
  /* For startup (), which registering runs. */
  g_free (self->early_section);
  self->early_section = g_strdup (section);

  /* Reaches the running instance, if there is one. */
  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("convoke: %s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (application), "show-section",
                                  g_variant_new_string (section));
  return -1;
}

static void
cvk_application_finalize (GObject *object)
{
  CvkApplication *self = CVK_APPLICATION (object);

  drop_early (self);
  g_clear_object (&self->settings);
  g_free (self->pending_section);

  G_OBJECT_CLASS (cvk_application_parent_class)->finalize (object);
}

static void
cvk_application_class_init (CvkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cvk_application_finalize;
  app_class->local_command_line = cvk_application_local_command_line;
  app_class->startup = cvk_application_startup;
  app_class->activate = cvk_application_activate;
  app_class->open = cvk_application_open;
  app_class->handle_local_options = cvk_application_handle_local_options;
}

static void
cvk_application_init (CvkApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "section", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("Open the window on a section: overview, timeline, roster, budget, invitations"),
                                 _("NAME"));
}

CvkApplication *
cvk_application_new (void)
{
  return g_object_new (CVK_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/convoke/Convoke",
                       NULL);
}
