/* cvk-item-editor.c: a window to edit every field of a timeline item
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cvk-dependency-graph.h"
#include "cvk-item-editor-private.h"
#include "cvk-rows.h"
#include "cvk-rules.h"

/* A row of the predecessors group: an existing dependency of the store
 * (dep) or one to add on save (dep NULL). */
typedef struct
{
  CvkItemEditor *editor;        /* not owned */
  CvkDependency *dep;           /* NULL for a new one */
  char          *predecessor;   /* the item's id */
  gboolean       removed;       /* an existing one to delete on save */
  GtkWidget     *row;
  GtkWidget     *type;
  GtkWidget     *lag;
} DepRow;

static void
dep_row_free (DepRow *dr)
{
  g_clear_object (&dr->dep);
  g_free (dr->predecessor);
  g_free (dr);
}

struct _CvkItemEditor
{
  AdwWindow       parent_instance;

  CvkStore       *store;
  CvkItem        *item;
  GPtrArray      *parent_ids;   /* index of parent_row -> id ("" first) */
  GPtrArray      *owner_ids;
  GPtrArray      *deps;         /* of DepRow: the item's predecessors, shown or removed */
  GtkFilter      *dep_filter;   /* the candidates for a new predecessor */

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
  GtkMenuButton  *add_dep_button;
  GtkPopover     *add_dep_popover;
  GtkSearchEntry *dep_search;
  GtkListView    *dep_candidates;
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

/* Predecessors ------------------------------------------------------------ */

static gboolean
has_predecessor (CvkItemEditor *self,
                 const char    *id)
{
  for (guint i = 0; i < self->deps->len; i++)
    {
      DepRow *dr = g_ptr_array_index (self->deps, i);
      if (!dr->removed && g_str_equal (dr->predecessor, id))
        return TRUE;
    }
  return FALSE;
}

static void
update_deps_description (CvkItemEditor *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->deps->len && !any; i++)
    any = !((DepRow *) g_ptr_array_index (self->deps, i))->removed;
  adw_preferences_group_set_description (self->deps_group, any ? NULL :
                                         _("None. Add one with the + button, or link two items in the chart."));
  if (self->dep_filter)
    gtk_filter_changed (self->dep_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
remove_dep_clicked_cb (GtkButton *button,
                       DepRow    *dr)
{
  CvkItemEditor *self = dr->editor;
  GtkWidget *focus_next = GTK_WIDGET (self->add_dep_button);

  adw_preferences_group_remove (self->deps_group, dr->row);
  dr->row = dr->type = dr->lag = NULL;
  if (dr->dep != NULL)
    dr->removed = TRUE;                 /* deleted on save */
  else
    g_ptr_array_remove (self->deps, dr);  /* frees it */
  update_deps_description (self);
  gtk_widget_grab_focus (focus_next);
}

static DepRow *
add_dep_row (CvkItemEditor     *self,
             CvkDependency     *dep,
             const char        *predecessor,
             CvkDependencyType  type,
             int                lag)
{
  const char *types[] = { "FS", "SS", "FF", "SF", NULL };
  CvkItem *pred = cvk_store_lookup (self->store, CVK_TYPE_ITEM, predecessor);
  DepRow *dr = g_new0 (DepRow, 1);
  GtkWidget *remove;
  g_autofree char *remove_label = NULL;

  dr->editor = self;
  dr->dep = dep ? g_object_ref (dep) : NULL;
  dr->predecessor = g_strdup (predecessor);
  dr->row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dr->row), predecessor);
  if (pred)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (dr->row), cvk_item_get_name (pred));

  dr->type = gtk_drop_down_new_from_strings (types);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dr->type), type);
  gtk_widget_set_valign (dr->type, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dr->type, _("Finish-to-start, start-to-start, finish-to-finish or start-to-finish"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dr->type), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Dependency type"), -1);

  dr->lag = gtk_spin_button_new_with_range (-3650, 3650, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dr->lag), lag);
  gtk_widget_set_valign (dr->lag, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dr->lag, _("Lag in days"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dr->lag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Lag in days"), -1);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  /* Translators: %s is an item's id */
  remove_label = g_strdup_printf (_("Remove the predecessor %s"), predecessor);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_dep_clicked_cb), dr);

  adw_action_row_add_suffix (ADW_ACTION_ROW (dr->row), dr->type);
  adw_action_row_add_suffix (ADW_ACTION_ROW (dr->row), dr->lag);
  adw_action_row_add_suffix (ADW_ACTION_ROW (dr->row), remove);
  adw_preferences_group_add (self->deps_group, dr->row);
  g_ptr_array_add (self->deps, dr);
  return dr;
}

gboolean
_cvk_item_editor_add_predecessor (CvkItemEditor *self,
                                  const char    *id)
{
  const char *own = cvk_entity_get_id (CVK_ENTITY (self->item));
  DepRow *dr;

  g_return_val_if_fail (CVK_IS_ITEM_EDITOR (self), FALSE);

  if (id == NULL || g_str_equal (id, own) || has_predecessor (self, id) ||
      cvk_store_lookup (self->store, CVK_TYPE_ITEM, id) == NULL)
    return FALSE;

  /* One removed a moment ago comes back as it was. */
  for (guint i = 0; i < self->deps->len; i++)
    {
      dr = g_ptr_array_index (self->deps, i);
      if (dr->removed && g_str_equal (dr->predecessor, id))
        {
          g_autoptr(CvkDependency) dep = g_object_ref (dr->dep);
          g_ptr_array_remove_index (self->deps, i);
          dr = add_dep_row (self, dep, id, cvk_dependency_get_relation (dep),
                            (int) cvk_dependency_get_lag (dep));
          goto added;
        }
    }
  dr = add_dep_row (self, NULL, id, CVK_DEPENDENCY_FS, 0);

added:
  update_deps_description (self);
  gtk_widget_grab_focus (dr->type);
  return TRUE;
}

gboolean
_cvk_item_editor_remove_predecessor (CvkItemEditor *self,
                                     const char    *id)
{
  g_return_val_if_fail (CVK_IS_ITEM_EDITOR (self), FALSE);

  for (guint i = 0; i < self->deps->len; i++)
    {
      DepRow *dr = g_ptr_array_index (self->deps, i);
      if (!dr->removed && g_str_equal (dr->predecessor, id))
        {
          remove_dep_clicked_cb (NULL, dr);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
_cvk_item_editor_set_predecessor (CvkItemEditor     *self,
                                  const char        *id,
                                  CvkDependencyType  type,
                                  int                lag)
{
  g_return_val_if_fail (CVK_IS_ITEM_EDITOR (self), FALSE);

  for (guint i = 0; i < self->deps->len; i++)
    {
      DepRow *dr = g_ptr_array_index (self->deps, i);
      if (!dr->removed && g_str_equal (dr->predecessor, id))
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dr->type), type);
          gtk_spin_button_set_value (GTK_SPIN_BUTTON (dr->lag), lag);
          return TRUE;
        }
    }
  return FALSE;
}

/* The candidates: every other item not already a predecessor, matching the
 * search text in its id or name. */
static gboolean
candidate_filter_func (gpointer object,
                       gpointer user_data)
{
  CvkItemEditor *self = user_data;
  const char *id = cvk_entity_get_id (CVK_ENTITY (object));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->dep_search));
  g_autofree char *needle = NULL, *hay_id = NULL, *hay_name = NULL;

  if (object == (gpointer) self->item || has_predecessor (self, id))
    return FALSE;
  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  hay_id = g_utf8_casefold (id, -1);
  hay_name = g_utf8_casefold (cvk_item_get_name (object), -1);
  return strstr (hay_id, needle) != NULL || strstr (hay_name, needle) != NULL;
}

static void
candidate_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_list_item_set_child (list_item, label);
}

static void
candidate_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  CvkItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = g_strdup_printf ("%s  %s", cvk_entity_get_id (CVK_ENTITY (item)),
                                           cvk_item_get_name (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
setup_candidates (CvkItemEditor *self)
{
  GListModel *items = cvk_store_get_model (self->store, CVK_TYPE_ITEM);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;

  self->dep_filter = GTK_FILTER (gtk_custom_filter_new (candidate_filter_func, self, NULL));
  filtered = gtk_filter_list_model_new (g_object_ref (items), g_object_ref (self->dep_filter));
  selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  g_signal_connect (factory, "setup", G_CALLBACK (candidate_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (candidate_bind_cb), NULL);
  gtk_list_view_set_factory (self->dep_candidates, factory);
  gtk_list_view_set_model (self->dep_candidates, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);
}

static void
add_candidate (CvkItemEditor *self,
               guint          position)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->dep_candidates));
  g_autoptr(CvkItem) item = model ? g_list_model_get_item (model, position) : NULL;

  if (item == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self->dep_search));
      return;
    }
  gtk_popover_popdown (self->add_dep_popover);
  _cvk_item_editor_add_predecessor (self, cvk_entity_get_id (CVK_ENTITY (item)));
}

static void
dep_candidate_activate_cb (CvkItemEditor *self,
                           guint          position)
{
  add_candidate (self, position);
}

static void
dep_search_changed_cb (CvkItemEditor *self)
{
  if (self->dep_filter)
    gtk_filter_changed (self->dep_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Enter in the search entry takes the selected candidate (the first). */
static void
dep_search_activate_cb (CvkItemEditor *self)
{
  GtkSelectionModel *model = gtk_list_view_get_model (self->dep_candidates);
  guint position;

  dep_search_changed_cb (self);
  position = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model));
  add_candidate (self, position == GTK_INVALID_LIST_POSITION ? 0 : position);
}

static void
add_dep_popover_show_cb (CvkItemEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->dep_search), "");
  dep_search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->dep_search));
}

/* Fields ------------------------------------------------------------------ */

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

  /* Predecessors: type and lag; more can be added and removed. */
  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (deps, i);

      if (g_str_equal (cvk_dependency_get_successor (dep), id))
        add_dep_row (self, dep, cvk_dependency_get_predecessor (dep),
                     cvk_dependency_get_relation (dep), (int) cvk_dependency_get_lag (dep));
    }
  update_deps_description (self);
  setup_candidates (self);
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

/* The store hands out ids from its models, which change on commit: within
 * one edit, the n-th new dependency takes the n-th free id. */
static char *
next_dependency_id (CvkItemEditor *self,
                    guint         *n_new)
{
  g_autofree char *first = cvk_store_next_id (self->store, CVK_TYPE_DEPENDENCY, "D");
  guint64 n = 0;

  if (!g_ascii_string_to_unsigned (first + 1, 10, 0, G_MAXUINT32, &n, NULL))
    return g_steal_pointer (&first);
  for (;;)
    {
      char *id = g_strdup_printf ("D%02" G_GUINT64_FORMAT, n + (*n_new)++);
      if (cvk_store_lookup (self->store, CVK_TYPE_DEPENDENCY, id) == NULL)
        return id;
      g_free (id);
    }
}

static gboolean
check_cycle (CvkItemEditor  *self,
             GError        **error)
{
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id = cvk_entity_get_id (CVK_ENTITY (self->item));

  for (guint i = 0; i < self->deps->len; i++)
    {
      DepRow *dr = g_ptr_array_index (self->deps, i);
      if (dr->removed)
        g_ptr_array_add (removed, dr->dep);
      else if (dr->dep == NULL)
        {
          CvkDependency *dep = cvk_dependency_new ("new");
          cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_PREDECESSOR, dr->predecessor);
          cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_SUCCESSOR, id);
          g_ptr_array_add (added, dep);
        }
    }
  return cvk_timeline_check_links (cvk_store_get_model (self->store, CVK_TYPE_DEPENDENCY),
                                   removed, added, error);
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
  guint n_new = 0;

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

  /* A new predecessor must not close a circle. */
  if (!check_cycle (self, &error))
    goto failed;

  /* The item and its dependencies: one undoable edit. */
  if (!cvk_store_begin (self->store, _("Edit Item"), &error))
    goto failed;
  if (!cvk_entity_equal (copy, CVK_ENTITY (self->item)) && !cvk_store_update (self->store, copy, &error))
    goto failed;
  for (guint i = 0; i < self->deps->len; i++)
    {
      DepRow *dr = g_ptr_array_index (self->deps, i);
      guint type;
      int lag;

      if (dr->removed)
        {
          if (!cvk_store_delete (self->store, CVK_ENTITY (dr->dep), &error))
            goto failed;
          continue;
        }
      type = gtk_drop_down_get_selected (GTK_DROP_DOWN (dr->type));
      lag = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (dr->lag));
      if (dr->dep == NULL)
        {
          g_autofree char *dep_id = next_dependency_id (self, &n_new);
          g_autoptr(CvkDependency) dep = cvk_dependency_new (dep_id);

          cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_PREDECESSOR, dr->predecessor);
          cvk_entity_set_string (CVK_ENTITY (dep), CVK_DEPENDENCY_SUCCESSOR,
                                 cvk_entity_get_id (CVK_ENTITY (self->item)));
          cvk_entity_set_enum (CVK_ENTITY (dep), CVK_DEPENDENCY_RELATION, type);
          cvk_entity_set_int (CVK_ENTITY (dep), CVK_DEPENDENCY_LAG, lag);
          if (!cvk_store_insert (self->store, CVK_ENTITY (dep), &error))
            goto failed;
          continue;
        }
      if (type == (guint) cvk_dependency_get_relation (dr->dep) && lag == cvk_dependency_get_lag (dr->dep))
        continue;
      if (!cvk_store_set (self->store, CVK_ENTITY (dr->dep), &error,
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
  g_clear_object (&self->dep_filter);

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
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, add_dep_button);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, add_dep_popover);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, dep_search);
  gtk_widget_class_bind_template_child (widget_class, CvkItemEditor, dep_candidates);
  gtk_widget_class_bind_template_callback (widget_class, add_dep_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, dep_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dep_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, dep_candidate_activate_cb);

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
  self->deps = g_ptr_array_new_with_free_func ((GDestroyNotify) dep_row_free);
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

gboolean
cvk_timeline_check_links (GListModel  *dependencies,
                          GPtrArray   *removed,
                          GPtrArray   *added,
                          GError     **error)
{
  g_autoptr(GListStore) after = NULL;
  g_autoptr(GPtrArray) cycle = NULL;
  g_autofree char *text = NULL;
  gboolean touches = FALSE;

  g_return_val_if_fail (G_IS_LIST_MODEL (dependencies), FALSE);

  if (added == NULL || added->len == 0)
    return TRUE;                        /* removing or retyping closes no circle */

  after = g_list_store_new (CVK_TYPE_DEPENDENCY);
  for (guint i = 0; i < g_list_model_get_n_items (dependencies); i++)
    {
      g_autoptr(CvkDependency) dep = g_list_model_get_item (dependencies, i);
      if (removed == NULL || !g_ptr_array_find (removed, dep, NULL))
        g_list_store_append (after, dep);
    }
  for (guint i = 0; i < added->len; i++)
    g_list_store_append (after, g_ptr_array_index (added, i));

  if (!cvk_dependencies_find_cycle (G_LIST_MODEL (after), &cycle))
    return TRUE;

  /* A plan that had a circle already: refuse only a circle through a new link. */
  if (cvk_dependencies_find_cycle (dependencies, NULL))
    {
      for (guint i = 0; i < added->len && !touches; i++)
        {
          CvkDependency *dep = g_ptr_array_index (added, i);
          for (guint j = 0; j < cycle->len && !touches; j++)
            touches = g_str_equal (g_ptr_array_index (cycle, j), cvk_dependency_get_successor (dep)) &&
                      g_str_equal (g_ptr_array_index (cycle, j == 0 ? cycle->len - 1 : j - 1),
                                   cvk_dependency_get_predecessor (dep));
        }
      if (!touches)
        return TRUE;
    }

  text = cvk_cycle_to_string (cycle);
  g_set_error (error, CVK_STORE_ERROR, CVK_STORE_ERROR_CONSTRAINT,
               /* Translators: %s is a list of item ids: "TL04 → W1-RUN → TL04" */
               _("This link would make items depend on each other in a circle: %s"), text);
  return FALSE;
}
