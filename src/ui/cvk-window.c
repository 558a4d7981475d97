/* cvk-window.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cvk-csv-kinds.h"
#include "cvk-list-page.h"
#include "cvk-overview-page.h"
#include "cvk-preferences-window.h"
#include "cvk-roster-view.h"
#include "cvk-rows.h"
#include "cvk-timeline-view.h"
#include "cvk-window.h"

struct _CvkWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  GMenu                *recent_submenu;

  CvkStore             *document;
  GtkWidget            *pages[5];
  GtkDropTarget        *drop_target;
};

G_DEFINE_FINAL_TYPE (CvkWindow, cvk_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
} Section;

static const Section sections[] = {
  { "overview",    N_("Overview"),    "view-grid-symbolic" },
  { "timeline",    N_("Timeline"),    "x-office-calendar-symbolic" },
  { "roster",      N_("Roster"),      "system-users-symbolic" },
  { "budget",      N_("Budget"),      "accessories-calculator-symbolic" },
  { "invitations", N_("Invitations"), "mail-send-symbolic" },
};

const char *const cvk_window_sections[] = {
  "overview", "timeline", "roster", "budget", "invitations", NULL
};

static int
section_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].name, name) == 0)
      return (int) i;
  return -1;
}

/* ------------------------------------------------------------------------ */
/* Title, sections                                                          */

static char *
document_display_name (CvkWindow *self)
{
  const char *path = self->document ? cvk_store_get_path (self->document) : NULL;
  g_autofree char *base = NULL;

  if (path == NULL || g_str_equal (path, CVK_STORE_MEMORY))
    return g_strdup (_("Unsaved Document"));

  base = g_filename_display_basename (path);
  if (g_str_has_suffix (base, ".convoke"))
    base[strlen (base) - strlen (".convoke")] = '\0';
  return g_steal_pointer (&base);
}

static void
update_title (CvkWindow *self)
{
  g_autofree char *name = document_display_name (self);
  g_autofree char *title = g_strdup_printf ("%s — %s", name, _("Convoke"));
  int index = section_index (gtk_stack_get_visible_child_name (self->stack));

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, index >= 0 ? _(sections[index].title) : NULL);
}

const char *
cvk_window_get_section (CvkWindow *self)
{
  g_return_val_if_fail (CVK_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
cvk_window_get_page (CvkWindow  *self,
                     const char *section)
{
  int index = section_index (section);

  g_return_val_if_fail (CVK_IS_WINDOW (self), NULL);
  return index >= 0 ? self->pages[index] : NULL;
}

void
cvk_window_show_section (CvkWindow  *self,
                         const char *section)
{
  int index;
  GtkListBoxRow *row;

  g_return_if_fail (CVK_IS_WINDOW (self));

  index = section_index (section);
  if (index < 0)
    {
      g_warning ("There is no section “%s”", section);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, section);
  row = gtk_list_box_get_row_at_index (self->sidebar_list, index);
  if (gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  update_title (self);
}

static void
on_sidebar_row_activated (CvkWindow     *self,
                          GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && index < (int) G_N_ELEMENTS (sections))
    cvk_window_show_section (self, sections[index].name);
}

static GtkWidget *
sidebar_row (const Section *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(section->title));

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (section->icon_name));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(section->title), -1);
  return row;
}

/* ------------------------------------------------------------------------ */
/* The document                                                             */

static void
update_undo_actions (CvkWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->document && cvk_store_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->document && cvk_store_can_redo (self->document));
}

static void
set_document (CvkWindow *self,
              CvkStore  *document)
{
  g_return_if_fail (self->document == NULL);
  g_return_if_fail (CVK_IS_STORE (document));

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "notify::can-undo", G_CALLBACK (update_undo_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-redo", G_CALLBACK (update_undo_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::path", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);

  cvk_overview_page_set_store (CVK_OVERVIEW_PAGE (self->pages[0]), document);

  cvk_timeline_view_set_store (CVK_TIMELINE_VIEW (self->pages[1]), document);
  cvk_roster_view_set_store (CVK_ROSTER_VIEW (self->pages[2]), document);
  cvk_list_page_set_model (CVK_LIST_PAGE (self->pages[3]), cvk_store_get_model (document, CVK_TYPE_BUDGET_LINE),
                           cvk_rows_create_budget_line, document);
  cvk_list_page_set_model (CVK_LIST_PAGE (self->pages[4]), cvk_store_get_model (document, CVK_TYPE_INVITATION),
                           cvk_rows_create_invitation, document);

  update_undo_actions (self);
  update_title (self);
}

CvkStore *
cvk_window_get_document (CvkWindow *self)
{
  g_return_val_if_fail (CVK_IS_WINDOW (self), NULL);
  return self->document;
}

/* ------------------------------------------------------------------------ */
/* Messages                                                                 */

void
cvk_window_add_toast (CvkWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (CVK_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

GtkWindow *
cvk_window_show_error (CvkWindow  *self,
                       const char *heading,
                       const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
toast_message (CvkWindow  *self,
               const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 4);
  cvk_window_add_toast (self, toast);
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                  */

/* win.undo and win.redo */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CvkWindow *self = CVK_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (!(undo ? cvk_store_undo : cvk_store_redo) (self->document, &error))
    cvk_window_show_error (self, undo ? _("Could not undo") : _("Could not redo"), error->message);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  cvk_window_show_section (CVK_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CvkWindow *self = CVK_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static GType
type_for_kind (const char *kind)
{
  GType *types;
  guint n_types;

  types = cvk_entity_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);
      if (g_strcmp0 (cvk_entity_class_get_kind (CVK_ENTITY_CLASS (klass)), kind) == 0)
        return types[i];
    }
  return G_TYPE_INVALID;
}

static char *
entity_label (CvkEntity *entity)
{
  int name = cvk_entity_class_find_field (CVK_ENTITY_GET_CLASS (entity), "name");
  const char *text = name >= 0 ? cvk_entity_get_string (entity, name) : "";

  if (*text == '\0')
    {
      int description = cvk_entity_class_find_field (CVK_ENTITY_GET_CLASS (entity), "description");
      text = description >= 0 ? cvk_entity_get_string (entity, description) : "";
    }
  return g_strdup (*text ? text : cvk_entity_get_id (entity));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CvkWindow *self = CVK_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *kind, *id;
  GType type;
  CvkEntity *entity;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_variant_get (parameter, "(&s&s)", &kind, &id);
  type = type_for_kind (kind);
  entity = type ? cvk_store_lookup (self->document, type, id) : NULL;
  if (entity == NULL)
    return;

  label = entity_label (entity);
  if (!cvk_store_delete (self->document, entity, &error))
    {
      cvk_window_show_error (self, _("Could not delete"), error->message);
      return;
    }

  /* Translators: %s is what was deleted, e.g. a timeline item's name */
  message = g_strdup_printf (_("“%s” deleted"), label);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  cvk_window_add_toast (self, toast);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CvkWindow *self = CVK_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  CvkPreferencesWindow *prefs;

  prefs = cvk_preferences_window_new (self->document,
                                      app ? cvk_application_get_settings (CVK_APPLICATION (app)) : NULL);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (prefs), TRUE);
  gtk_window_present (GTK_WINDOW (prefs));
}

static GtkFileFilter *
filter_for (const char *name,
            const char *pattern,
            const char *mime_type)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type)
    gtk_file_filter_add_mime_type (filter, mime_type);
  return filter;
}

/* A file chooser's response handler keeps the window alive (not just its
 * memory: its document is dropped in dispose) until the dialog is gone. */
static void
connect_response (GtkFileChooserNative *dialog,
                  GCallback             callback,
                  CvkWindow            *self)
{
  g_signal_connect_data (dialog, "response", callback, g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
}

static void
on_save_as_response (GtkNativeDialog *dialog,
                     int              response,
                     CvkWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  /* The window may have been closed while the dialog was open. */
  if (file == NULL || self->document == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      /* Translators: %s is a URI */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a local file"), uri);
      cvk_window_show_error (self, _("Could not save the document"), message);
      return;
    }
  if (!g_str_has_suffix (path, ".convoke"))
    {
      char *with_extension = g_strconcat (path, ".convoke", NULL);
      g_free (path);
      path = with_extension;
    }

  if (!cvk_store_save_as (self->document, path, &error))
    {
      cvk_window_show_error (self, _("Could not save the document"), error->message);
      return;
    }

  if (gtk_window_get_application (GTK_WINDOW (self)))
    cvk_application_add_recent (CVK_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), path);
  toast_message (self, _("Saved"));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CvkWindow *self = CVK_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = filter_for (_("Convoke documents"), "*.convoke", "application/x-convoke");
  g_autofree char *name = document_display_name (self);
  g_autofree char *suggested = g_strdup_printf (_("%s (copy).convoke"), name);

  dialog = gtk_file_chooser_native_new (_("Save Document As"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  connect_response (dialog, G_CALLBACK (on_save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static const char *
kind_label (CvkCsvKind kind)
{
  switch (kind)
    {
    case CVK_CSV_TIMELINE: return _("timeline");
    case CVK_CSV_ROSTER:   return _("roster");
    case CVK_CSV_BUDGET:   return _("budget");
    case CVK_CSV_CONTACTS: return _("contacts");
    default:               return "";
    }
}

gboolean
cvk_window_import_file (CvkWindow  *self,
                        const char *kind_name,
                        GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *message = NULL;
  CvkCsvKind kind;

  g_return_val_if_fail (CVK_IS_WINDOW (self), FALSE);

  if (!cvk_csv_kind_from_string (kind_name, &kind))
    return FALSE;

  if (!cvk_csv_import_file (self->document, kind, file, &error))
    {
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Could not import “%s”"), base);
      g_autofree char *body = g_strdup_printf ("%s\n\n%s", error->message,
                                               _("Nothing was changed in the document."));
      cvk_window_show_error (self, heading, body);
      return FALSE;
    }

  /* Translators: the first %s is what was imported (roster, timeline ...), the second a file name */
  message = g_strdup_printf (_("Imported the %s from “%s”"), kind_label (kind), base);
  toast_message (self, message);
  return TRUE;
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    CvkWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *kind = g_strdup (g_object_get_data (G_OBJECT (dialog), "kind"));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file && self->document)
    cvk_window_import_file (self, kind, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CvkWindow *self = CVK_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = NULL;
  const char *kind = g_variant_get_string (parameter, NULL);
  CvkCsvKind csv_kind;
  g_autofree char *title = NULL;

  if (!cvk_csv_kind_from_string (kind, &csv_kind))
    return;

  /* Translators: %s is roster, timeline, budget or contacts */
  title = g_strdup_printf (_("Import the %s"), kind_label (csv_kind));
  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  filter = filter_for (_("CSV files"), "*.csv", "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "kind", g_strdup (kind), g_free);
  connect_response (dialog, G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    CvkWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  CvkCsvKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file == NULL || self->document == NULL)
    return;

  if (!cvk_csv_export_file (self->document, kind, file, &error))
    cvk_window_show_error (self, _("Could not export"), error->message);
  else
    {
      g_autofree char *base = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Exported to “%s”"), base);
      toast_message (self, message);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CvkWindow *self = CVK_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = NULL;
  const char *kind = g_variant_get_string (parameter, NULL);
  CvkCsvKind csv_kind;
  g_autofree char *name = document_display_name (self);
  g_autofree char *suggested = NULL;
  g_autofree char *title = NULL;

  if (!cvk_csv_kind_from_string (kind, &csv_kind))
    return;

  suggested = g_strdup_printf ("%s - %s.csv", name, kind_label (csv_kind));
  /* Translators: %s is roster, timeline, budget or contacts */
  title = g_strdup_printf (_("Export the %s"), kind_label (csv_kind));
  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  filter = filter_for (_("CSV files"), "*.csv", "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (csv_kind));
  connect_response (dialog, G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ------------------------------------------------------------------------ */
/* Dropping a CSV file                                                      */

static void
on_offer_response (AdwMessageDialog *dialog,
                   const char       *response,
                   CvkWindow        *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  const char *kind = g_object_get_data (G_OBJECT (dialog), "kind");

  if (g_strcmp0 (response, "import") == 0)
    cvk_window_import_file (self, kind, file);
}

void
cvk_window_offer_import (CvkWindow *self,
                         GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  CvkCsvKind kind;
  GtkWidget *dialog;

  g_return_if_fail (CVK_IS_WINDOW (self));

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      cvk_window_show_error (self, _("Could not read the file"), error->message);
      return;
    }

  if (!cvk_csv_kind_detect (bytes, &kind))
    {
      /* Translators: %s is a file name */
      g_autofree char *h = g_strdup_printf (_("“%s” is not a file Convoke can import"), base);
      cvk_window_show_error (self, h,
                             _("Convoke imports CSV files of a timeline, a roster, a budget or "
                               "contacts, whose first line names the columns as Convoke writes them "
                               "(see Export)."));
      return;
    }

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Import “%s”?"), base);
  /* Translators: %s is roster, timeline, budget or contacts */
  body = g_strdup_printf (_("This file holds a %s. Its rows will be merged into the document by ID: "
                            "rows with a known ID are updated, the others added. You can undo it."),
                          kind_label (kind));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "kind", g_strdup (cvk_csv_kind_to_string (kind)), g_free);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_offer_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         CvkWindow     *self)
{
  GSList *files;
  GFile *file;
  g_autofree char *base = NULL;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;

  file = files->data;
  base = g_file_get_basename (file);
  if (base && g_str_has_suffix (base, ".convoke"))
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      if (app)
        cvk_application_open_document (CVK_APPLICATION (app), file, GTK_WINDOW (self));
      return TRUE;
    }

  cvk_window_offer_import (self, file);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Recent documents                                                         */

static void
update_recent_menu (CvkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = app ? cvk_application_get_settings (CVK_APPLICATION (app)) : NULL;
  g_auto(GStrv) recent = NULL;
  guint shown = 0;

  g_menu_remove_all (self->recent_submenu);
  if (settings == NULL)
    return;

  recent = g_settings_get_strv (settings, "recent-documents");
  for (guint i = 0; recent[i] && shown < 10; i++)
    {
      g_autofree char *label = g_filename_display_basename (recent[i]);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_file_test (recent[i], G_FILE_TEST_EXISTS))
        continue;
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "app.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_submenu, item);
      shown++;
    }

  if (shown == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Documents"), "app.no-recent");
      g_menu_append_item (self->recent_submenu, item);
    }
}

/* ------------------------------------------------------------------------ */
/* Window state                                                             */

/**
 * cvk_window_first_section:
 * @settings: (nullable): the application's
 *
 * The section a new window opens on, unless asked for another: the one
 * the last window was left on, or the overview.
 */
char *
cvk_window_first_section (GSettings *settings)
{
  g_autofree char *section = settings ? g_settings_get_string (settings, "last-section") : NULL;

  return g_strdup (section && section_index (section) >= 0 ? section : "overview");
}

static void
restore_state (CvkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = app ? cvk_application_get_settings (CVK_APPLICATION (app)) : NULL;
  g_autofree char *section = NULL;

  if (settings == NULL)
    {
      cvk_window_show_section (self, "overview");
      return;
    }

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  section = cvk_window_first_section (settings);
  cvk_window_show_section (self, section);

  g_signal_connect_object (settings, "changed::recent-documents",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}

static gboolean
cvk_window_close_request (GtkWindow *window)
{
  CvkWindow *self = CVK_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);
  GSettings *settings = app ? cvk_application_get_settings (CVK_APPLICATION (app)) : NULL;

  if (settings)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (settings);
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_set_string (settings, "last-section", cvk_window_get_section (self));
      g_settings_apply (settings);
    }

  return GTK_WINDOW_CLASS (cvk_window_parent_class)->close_request (window);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

CvkWindow *
cvk_window_new (CvkApplication *application,
                CvkStore       *document)
{
  CvkWindow *self = g_object_new (CVK_TYPE_WINDOW,
                                  "application", application,
                                  "document", document,
                                  NULL);

  /* "application" is set after construction: the settings are known only now. */
  restore_state (self);
  return self;
}

static void
cvk_window_dispose (GObject *object)
{
  CvkWindow *self = CVK_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CVK_TYPE_WINDOW);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (cvk_window_parent_class)->dispose (object);
}

static void
cvk_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CvkWindow *self = CVK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cvk_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CvkWindow *self = CVK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cvk_window_class_init (CvkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cvk_window_dispose;
  object_class->get_property = cvk_window_get_property;
  object_class->set_property = cvk_window_set_property;
  window_class->close_request = cvk_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CVK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/convoke/Convoke/cvk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CvkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CvkWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CvkWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CvkWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CvkWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, CvkWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CvkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CvkWindow, recent_submenu);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.delete", "(ss)", delete_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.import", "s", import_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
}

static void
cvk_window_init (CvkWindow *self)
{
  static const struct {
    const char *icon;
    const char *title;
    const char *description;
    const char *button;
    const char *action;
  } empty[] = {
    { NULL, NULL, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },  /* the timeline view has its own */
    { NULL, NULL, NULL, NULL, NULL },  /* the roster view has its own */
    { "accessories-calculator-symbolic", N_("No Budget Yet"),
      N_("Import budget lines: the planned, committed and actual amounts of each workshop"),
      N_("_Import Budget…"), "win.import::budget" },
    { "mail-send-symbolic", N_("No Invitations Yet"),
      N_("Invitations to the workshops appear here. Start by importing the contacts to invite"),
      N_("_Import Contacts…"), "win.import::contacts" },
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages[0] = GTK_WIDGET (cvk_overview_page_new ());
  self->pages[1] = GTK_WIDGET (cvk_timeline_view_new ());
  self->pages[2] = GTK_WIDGET (cvk_roster_view_new ());
  for (guint i = 1; i < G_N_ELEMENTS (sections); i++)
    {
      CvkListPage *page;

      if (self->pages[i])
        continue;
      page = cvk_list_page_new ();
      cvk_list_page_set_empty_state (page, empty[i].icon, _(empty[i].title), _(empty[i].description));
      cvk_list_page_set_empty_action (page, _(empty[i].button), empty[i].action);
      self->pages[i] = GTK_WIDGET (page);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkStackPage *page = gtk_stack_add_named (self->stack, self->pages[i], sections[i].name);
      gtk_stack_page_set_title (page, _(sections[i].title));
      gtk_list_box_append (self->sidebar_list, sidebar_row (&sections[i]));
    }

  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", FALSE);
}
