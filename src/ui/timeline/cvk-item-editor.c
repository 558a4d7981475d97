/* cvk-item-editor.c: a window to edit every field of a timeline item
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cvk-item-editor.h"
#include "cvk-rows.h"

struct _CvkItemEditor
{
  AdwWindow       parent_instance;

  CvkStore       *store;
  CvkItem        *item;
  GPtrArray      *parent_ids;   /* index of parent_row -> id ("" first) */
  GPtrArray      *owner_ids;
  GPtrArray      *deps;         /* of CvkDependency: the item's predecessors */
  GPtrArray      *dep_types;    /* of GtkDropDown */
  GPtrArray      *dep_lags;     /* of GtkSpinButton */

  AdwEntryRow    *name_row;
  AdwComboRow    *kind_row;
  AdwComboRow    *body_row;
  AdwComboRow    *parent_row;
  AdwComboRow    *owner_row;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  AdwComboRow    *precision_row;
  AdwComboRow    *status_row;
  GtkSpinButton  *progress_spin;
  GtkTextView    *notes_view;
  AdwPreferencesGroup *deps_group;
};

G_DEFINE_FINAL_TYPE (CvkItemEditor, cvk_item_editor, ADW_TYPE_WINDOW)

static void
set_strings (AdwComboRow        *row,
             const char * const *strings,
             guint               selected)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (strings);

  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, selected);
}

static char *
date_text (const GDate *date)
{
  return date ? cvk_date_to_iso (date) : g_strdup ("");
}

static void
fill (CvkItemEditor *self)
{
  CvkItem *item = self->item;
  const char *kinds[7], *precisions[5], *statuses[4], *bodies[6];
  g_autoptr(GPtrArray) parents = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);
  GListModel *items = cvk_store_get_model (self->store, CVK_TYPE_ITEM);
  GListModel *members = cvk_store_get_model (self->store, CVK_TYPE_MEMBER);
  GListModel *deps = cvk_store_get_model (self->store, CVK_TYPE_DEPENDENCY);
  g_autofree char *start = date_text (cvk_item_get_start (item));
  g_autofree char *end = date_text (cvk_item_get_end (item));
  guint parent_index = 0, owner_index = 0;
  const char *id = cvk_entity_get_id (CVK_ENTITY (item));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), cvk_item_get_name (item));

  for (int k = CVK_ITEM_KIND_PHASE; k <= CVK_ITEM_KIND_MEETING; k++)
    kinds[k] = cvk_rows_item_kind_label (k);
  kinds[CVK_ITEM_KIND_MEETING + 1] = NULL;
  set_strings (self->kind_row, kinds, cvk_item_get_kind (item));

  for (int b = CVK_BODY_NONE; b <= CVK_BODY_IEWSC; b++)
    bodies[b] = b == CVK_BODY_NONE ? C_("body", "None") : cvk_enum_to_nick (CVK_TYPE_BODY, b);
  bodies[CVK_BODY_IEWSC + 1] = NULL;
  set_strings (self->body_row, bodies, cvk_item_get_body (item));

  precisions[0] = C_("precision", "Day");
  precisions[1] = C_("precision", "Month");
  precisions[2] = C_("precision", "Season");
  precisions[3] = C_("precision", "Year");
  precisions[4] = NULL;
  set_strings (self->precision_row, precisions, cvk_item_get_precision (item));

  statuses[0] = cvk_rows_date_status_label (CVK_DATE_STATUS_FIXED);
  statuses[1] = cvk_rows_date_status_label (CVK_DATE_STATUS_TBC);
  statuses[2] = cvk_rows_date_status_label (CVK_DATE_STATUS_TBD);
  statuses[3] = NULL;
  set_strings (self->status_row, statuses, cvk_item_get_status (item));

  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);

  /* Parent: none, or any other item. */
  g_ptr_array_add (self->parent_ids, g_strdup (""));
  g_ptr_array_add (parents, g_strdup (C_("parent", "None")));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CvkItem) other = g_list_model_get_item (items, i);
      const char *other_id = cvk_entity_get_id (CVK_ENTITY (other));
      if (g_str_equal (other_id, id))
        continue;
      if (g_str_equal (other_id, cvk_item_get_parent (item)))
        parent_index = self->parent_ids->len;
      g_ptr_array_add (self->parent_ids, g_strdup (other_id));
      g_ptr_array_add (parents, g_strdup_printf ("%s  %s", other_id, cvk_item_get_name (other)));
    }
  g_ptr_array_add (parents, NULL);
  set_strings (self->parent_row, (const char * const *) parents->pdata, parent_index);

  /* Owner: from the roster. */
  g_ptr_array_add (self->owner_ids, g_strdup (""));
  g_ptr_array_add (owners, g_strdup (C_("owner", "None")));
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(GObject) member = g_list_model_get_item (members, i);
      const char *member_id = cvk_entity_get_id (CVK_ENTITY (member));
      g_autofree char *name = NULL;
      g_object_get (member, "name", &name, NULL);
      if (g_str_equal (member_id, cvk_item_get_owner (item)))
        owner_index = self->owner_ids->len;
      g_ptr_array_add (self->owner_ids, g_strdup (member_id));
      g_ptr_array_add (owners, g_strdup_printf ("%s  %s", member_id,
                                                name && *name ? name : _("(vacant seat)")));
    }
  g_ptr_array_add (owners, NULL);
  set_strings (self->owner_row, (const char * const *) owners->pdata, owner_index);

  gtk_spin_button_set_value (self->progress_spin, cvk_item_get_progress (item));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), cvk_item_get_notes (item), -1);

  /* Predecessors: type and lag. */
  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (deps, i);
      const char *types[] = { "FS", "SS", "FF", "SF", NULL };
      GtkWidget *row, *type, *lag;
      CvkItem *pred;

      if (!g_str_equal (cvk_dependency_get_successor (dep), id))
        continue;
      pred = cvk_store_lookup (self->store, CVK_TYPE_ITEM, cvk_dependency_get_predecessor (dep));
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cvk_dependency_get_predecessor (dep));
      if (pred)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cvk_item_get_name (pred));
      type = gtk_drop_down_new_from_strings (types);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (type), cvk_dependency_get_relation (dep));
      gtk_widget_set_valign (type, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (type), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Dependency type"), -1);
      lag = gtk_spin_button_new_with_range (-3650, 3650, 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (lag), cvk_dependency_get_lag (dep));
      gtk_widget_set_valign (lag, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (lag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Lag in days"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), type);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), lag);
      adw_preferences_group_add (self->deps_group, row);
      g_ptr_array_add (self->deps, g_object_ref (dep));
      g_ptr_array_add (self->dep_types, type);
      g_ptr_array_add (self->dep_lags, lag);
    }
  if (self->deps->len == 0)
    adw_preferences_group_set_description (self->deps_group,
                                           _("None. Shift-drag from one bar to another in the chart to add one."));
}

static gboolean
read_date (AdwEntryRow *row,
           GDate       *date,
           gboolean    *empty)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  *empty = text[0] == '\0';
  if (*empty)
    return TRUE;
  if (cvk_date_parse_iso (text, date))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      return TRUE;
    }
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  return FALSE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CvkItemEditor *self = CVK_ITEM_EDITOR (widget);
  g_autoptr(CvkEntity) copy = cvk_entity_copy (CVK_ENTITY (self->item));
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter a, b;
  g_autofree char *notes = NULL;
  GDate start, end;
  gboolean no_start, no_end;
  guint parent = adw_combo_row_get_selected (self->parent_row);
  guint owner = adw_combo_row_get_selected (self->owner_row);

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  if (!read_date (self->start_row, &start, &no_start) | !read_date (self->end_row, &end, &no_end))
    return;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  notes = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  cvk_entity_set_string (copy, CVK_ITEM_NAME, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  cvk_entity_set_enum (copy, CVK_ITEM_KIND, adw_combo_row_get_selected (self->kind_row));
  cvk_entity_set_enum (copy, CVK_ITEM_BODY, adw_combo_row_get_selected (self->body_row));
  cvk_entity_set_enum (copy, CVK_ITEM_PRECISION, adw_combo_row_get_selected (self->precision_row));
  cvk_entity_set_enum (copy, CVK_ITEM_STATUS, adw_combo_row_get_selected (self->status_row));
  cvk_entity_set_date (copy, CVK_ITEM_START, no_start ? NULL : &start);
  cvk_entity_set_date (copy, CVK_ITEM_END, no_end ? NULL : &end);
  cvk_entity_set_string (copy, CVK_ITEM_PARENT,
                         parent < self->parent_ids->len ? g_ptr_array_index (self->parent_ids, parent) : "");
  cvk_entity_set_string (copy, CVK_ITEM_OWNER,
                         owner < self->owner_ids->len ? g_ptr_array_index (self->owner_ids, owner) : "");
  cvk_entity_set_int (copy, CVK_ITEM_PROGRESS, gtk_spin_button_get_value_as_int (self->progress_spin));
  cvk_entity_set_string (copy, CVK_ITEM_NOTES, notes);

  /* The item and its dependencies: one undoable edit. */
  if (!cvk_store_begin (self->store, _("Edit Item"), &error))
    goto failed;
  if (!cvk_entity_equal (copy, CVK_ENTITY (self->item)) && !cvk_store_update (self->store, copy, &error))
    goto failed;
  for (guint i = 0; i < self->deps->len; i++)
    {
      CvkDependency *dep = g_ptr_array_index (self->deps, i);
      guint type = gtk_drop_down_get_selected (g_ptr_array_index (self->dep_types, i));
      int lag = gtk_spin_button_get_value_as_int (g_ptr_array_index (self->dep_lags, i));

      if (type == (guint) cvk_dependency_get_relation (dep) && lag == cvk_dependency_get_lag (dep))
        continue;
      if (!cvk_store_set (self->store, CVK_ENTITY (dep), &error,
                          "relation", (int) type, "lag", (gint64) lag, NULL))
        goto failed;
    }
  if (!cvk_store_commit (self->store, &error))
    goto failed;
  gtk_window_close (GTK_WINDOW (self));
  return;

failed:
  if (cvk_store_in_transaction (self->store))
    cvk_store_rollback (self->store);
  {
    GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The item was not saved"),
                                                error->message);
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

static void
cvk_item_editor_dispose (GObject *object)
{
  CvkItemEditor *self = CVK_ITEM_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CVK_TYPE_ITEM_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->item);
  g_clear_pointer (&self->parent_ids, g_ptr_array_unref);
  g_clear_pointer (&self->owner_ids, g_ptr_array_unref);
  g_clear_pointer (&self->deps, g_ptr_array_unref);
  g_clear_pointer (&self->dep_types, g_ptr_array_unref);
  g_clear_pointer (&self->dep_lags, g_ptr_array_unref);

  G_OBJECT_CLASS (cvk_item_editor_parent_class)->dispose (object);
}

static void
cvk_item_editor_class_init (CvkItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cvk_item_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/timeline/cvk-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, body_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, parent_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, precision_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, progress_spin);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, deps_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cvk_item_editor_init (CvkItemEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->parent_ids = g_ptr_array_new_with_free_func (g_free);
  self->owner_ids = g_ptr_array_new_with_free_func (g_free);
  self->deps = g_ptr_array_new_with_free_func (g_object_unref);
  self->dep_types = g_ptr_array_new ();
  self->dep_lags = g_ptr_array_new ();
}

CvkItemEditor *
cvk_item_editor_new (CvkStore *store,
                     CvkItem  *item)
{
  CvkItemEditor *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (CVK_IS_STORE (store), NULL);
  g_return_val_if_fail (CVK_IS_ITEM (item), NULL);

  self = g_object_new (CVK_TYPE_ITEM_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->item = g_object_ref (item);
  /* Translators: the title of the item editor; %s is the item's id */
  title = g_strdup_printf (_("Edit %s"), cvk_entity_get_id (CVK_ENTITY (item)));
  gtk_window_set_title (GTK_WINDOW (self), title);
  fill (self);
  return self;
}
