/* cvk-list-page.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-list-page"

#include "config.h"

#include "cvk-list-page.h"

struct _CvkListPage
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  AdwStatusPage *status_page;
  GtkListBox    *list_box;

  GListModel    *model;
};

G_DEFINE_FINAL_TYPE (CvkListPage, cvk_list_page, GTK_TYPE_WIDGET)

static void
update_state (CvkListPage *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
on_items_changed (CvkListPage *self)
{
  update_state (self);
}

void
cvk_list_page_set_model (CvkListPage                *self,
                         GListModel                 *model,
                         GtkListBoxCreateWidgetFunc  create_row,
                         gpointer                    user_data)
{
  g_return_if_fail (CVK_IS_LIST_PAGE (self));

  if (self->model)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_set_object (&self->model, model);

  gtk_list_box_bind_model (self->list_box, model, create_row, user_data, NULL);
  if (model)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed), self);
  update_state (self);
}

void
cvk_list_page_set_empty_state (CvkListPage *self,
                               const char  *icon_name,
                               const char  *title,
                               const char  *description)
{
  g_return_if_fail (CVK_IS_LIST_PAGE (self));

  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
}

void
cvk_list_page_set_empty_action (CvkListPage *self,
                                const char  *label,
                                const char  *detailed_action)
{
  GtkWidget *button;

  g_return_if_fail (CVK_IS_LIST_PAGE (self));

  button = gtk_button_new_with_mnemonic (label);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (button), detailed_action);
  adw_status_page_set_child (self->status_page, button);
}

GtkListBox *
cvk_list_page_get_list_box (CvkListPage *self)
{
  g_return_val_if_fail (CVK_IS_LIST_PAGE (self), NULL);
  return self->list_box;
}

guint
cvk_list_page_get_n_rows (CvkListPage *self)
{
  guint n = 0;

  g_return_val_if_fail (CVK_IS_LIST_PAGE (self), 0);

  while (gtk_list_box_get_row_at_index (self->list_box, n))
    n++;
  return n;
}

CvkListPage *
cvk_list_page_new (void)
{
  return g_object_new (CVK_TYPE_LIST_PAGE, NULL);
}

static void
cvk_list_page_dispose (GObject *object)
{
  CvkListPage *self = CVK_LIST_PAGE (object);

  if (self->model)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), CVK_TYPE_LIST_PAGE);

  G_OBJECT_CLASS (cvk_list_page_parent_class)->dispose (object);
}

static void
cvk_list_page_class_init (CvkListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cvk_list_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/convoke/Convoke/cvk-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CvkListPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CvkListPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, CvkListPage, list_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cvk_list_page_init (CvkListPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_state (self);
}
