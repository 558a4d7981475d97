/* cvk-preferences-window.c
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Document settings are edits of the document (one undoable step each);
 * the application's live in GSettings.
 */

#define G_LOG_DOMAIN "cvk-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cvk-preferences-window.h"

struct _CvkPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkSpinButton        *lead_spin;
  AdwEntryRow          *blackout_row;
  AdwComboRow          *scheme_row;
  AdwEntryRow          *currency_row;
  AdwComboRow          *style_row;

  CvkStore             *document;
  GSettings            *settings;
  gboolean              loading;
};

G_DEFINE_FINAL_TYPE (CvkPreferencesWindow, cvk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char *const styles[] = { "default", "light", "dark" };

static void
show_error (CvkPreferencesWindow *self,
            const char           *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
save_setting (CvkPreferencesWindow *self,
              const char           *key,
              const char           *value)
{
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;

  if (!cvk_store_set_setting (self->document, key, value, &error))
    show_error (self, error->message);
}

static void
load (CvkPreferencesWindow *self)
{
  g_autoptr(CvkDocSettings) settings = cvk_store_dup_settings (self->document);
  g_autofree char *blackouts = cvk_doc_settings_dup_value (settings, CVK_SETTING_BLACKOUT_PERIODS);

  self->loading = TRUE;
  gtk_spin_button_set_value (self->lead_spin, settings->report_lead_months);
  gtk_editable_set_text (GTK_EDITABLE (self->blackout_row), blackouts ? blackouts : "");
  adw_combo_row_set_selected (self->scheme_row,
                              settings->region_scheme == CVK_REGION_SCHEME_ITU_D ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), settings->base_currency);

  if (self->settings)
    {
      g_autofree char *style = g_settings_get_string (self->settings, "color-scheme");
      for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
        if (g_str_equal (style, styles[i]))
          adw_combo_row_set_selected (self->style_row, i);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->style_row), self->settings != NULL);
  self->loading = FALSE;
}

static void
on_lead_changed (CvkPreferencesWindow *self)
{
  g_autofree char *text = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (self->lead_spin));

  save_setting (self, CVK_SETTING_REPORT_LEAD_MONTHS, text);
}

static void
on_blackout_apply (CvkPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->blackout_row));
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);

  for (guint i = 0; parts[i]; i++)
    {
      CvkYearlyPeriod period;
      g_strstrip (parts[i]);
      if (*parts[i] && !cvk_yearly_period_parse (parts[i], &period))
        {
          g_autofree char *message =
            /* Translators: %s is what the person typed */
            g_strdup_printf (_("“%s” is not a period: write it as month-day..month-day, e.g. 12-15..01-10"),
                             parts[i]);
          gtk_widget_add_css_class (GTK_WIDGET (self->blackout_row), "error");
          show_error (self, message);
          return;
        }
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->blackout_row), "error");
  save_setting (self, CVK_SETTING_BLACKOUT_PERIODS, text);
}

static void
on_scheme_changed (CvkPreferencesWindow *self)
{
  CvkRegionScheme scheme = adw_combo_row_get_selected (self->scheme_row) == 1
                           ? CVK_REGION_SCHEME_ITU_D : CVK_REGION_SCHEME_ITU_ADMIN;

  save_setting (self, CVK_SETTING_REGION_SCHEME, cvk_region_scheme_to_string (scheme));
}

static void
on_currency_apply (CvkPreferencesWindow *self)
{
  g_autofree char *code = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);

  if (!cvk_currency_is_valid (code))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->currency_row), "error");
      show_error (self, _("A currency is three letters of ISO 4217, such as CHF, EUR or USD"));
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->currency_row), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), code);
  save_setting (self, CVK_SETTING_BASE_CURRENCY, code);
}

static void
on_style_changed (CvkPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->style_row);

  if (self->loading || self->settings == NULL || selected >= G_N_ELEMENTS (styles))
    return;

  g_settings_set_string (self->settings, "color-scheme", styles[selected]);
}

CvkPreferencesWindow *
cvk_preferences_window_new (CvkStore  *document,
                            GSettings *settings)
{
  CvkPreferencesWindow *self;

  g_return_val_if_fail (CVK_IS_STORE (document), NULL);

  self = g_object_new (CVK_TYPE_PREFERENCES_WINDOW, NULL);
  self->document = g_object_ref (document);
  self->settings = settings ? g_object_ref (settings) : NULL;
  load (self);
  g_signal_connect_object (document, "changed", G_CALLBACK (load), self, G_CONNECT_SWAPPED);
  return self;
}

static void
cvk_preferences_window_dispose (GObject *object)
{
  CvkPreferencesWindow *self = CVK_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CVK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cvk_preferences_window_parent_class)->dispose (object);
}

static void
cvk_preferences_window_class_init (CvkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cvk_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convoke/Convoke/cvk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CvkPreferencesWindow, lead_spin);
  gtk_widget_class_bind_template_child (widget_class, CvkPreferencesWindow, blackout_row);
  gtk_widget_class_bind_template_child (widget_class, CvkPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, CvkPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CvkPreferencesWindow, style_row);
  gtk_widget_class_bind_template_callback (widget_class, on_lead_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_blackout_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_scheme_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_currency_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_style_changed);
}

static void
cvk_preferences_window_init (CvkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
