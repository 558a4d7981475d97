/* cvk-gantt-chart.c: the Gantt chart widget
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-gantt-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cvk-gantt-chart-private.h"
#include "cvk-gantt-painter.h"

#define MARGIN_DAYS 45

struct _CvkGanttChart
{
  GtkWidget        parent_instance;

  CvkGanttPlan    *plan;
  int              pending_scroll_task;  /* asked before the first allocation, or -1 */
  CvkGanttScene   *scene;
  CvkGanttPainter *painter;
  CvkGanttScale    scale;
  CvkGanttStyle    style;
  gboolean         scene_valid;
  gboolean         fit_pending;
  gboolean         zoom_chosen;   /* before the first plan: it is not fitted then */

  GtkAdjustment   *hadjustment;
  GtkAdjustment   *vadjustment;
  guint            hscroll_policy : 1;
  guint            vscroll_policy : 1;

  /* A gesture in progress. */
  CvkGanttHit      drag_part;
  guint            drag_task;
  gboolean         drag_link;
  double           drag_x, drag_y, drag_dx, drag_dy;
  int              drag_days;
  guint            link_target;
  double           pointer_x;

  /* Link mode, the keyboard's way to add a dependency: from link_source
   * (the item selected when it began) to link_target (chosen with Up and
   * Down); G_MAXUINT when off. */
  guint            link_source;
};

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_SHOW_CRITICAL,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  TASK_SELECTED,
  TASK_ACTIVATED,
  EDIT_TASK,
  LINK_TASKS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (CvkGanttChart, cvk_gantt_chart, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static char *link_status           (CvkGanttChart *self);
static void  snapshot_pending_link (CvkGanttChart *self,
                                    GtkSnapshot   *snapshot,
                                    double         width,
                                    double         height);

/* Geometry ---------------------------------------------------------------- */

static double
content_width (CvkGanttChart *self)
{
  gint32 first, last;

  if (self->plan == NULL || !cvk_gantt_plan_get_range (self->plan, &first, &last))
    return 0;
  return cvk_gantt_scale_day_to_x (&self->scale, last + MARGIN_DAYS);
}

static double
content_height (CvkGanttChart *self)
{
  guint n = self->plan ? cvk_gantt_plan_get_n_rows (self->plan) : 0;
  return self->style.ruler_height + n * self->style.row_height;
}

static void
configure_adjustments (CvkGanttChart *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->hadjustment)
    {
      double upper = MAX (content_width (self), width);
      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, upper - width),
                                0, upper, width * 0.1, width * 0.9, width);
    }
  if (self->vadjustment)
    {
      double upper = MAX (content_height (self), height);
      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, upper - height),
                                0, upper, self->style.row_height, height * 0.9, height);
    }
}

static void
invalidate (CvkGanttChart *self)
{
  self->scene_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ensure_scene (CvkGanttChart *self)
{
  CvkGanttViewport vp;
  CvkGanttTask *task = NULL;
  gint32 saved_first = 0, saved_last = 0;

  if (self->scene_valid || self->plan == NULL)
    return;

  vp.x = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  vp.y = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  vp.width = gtk_widget_get_width (GTK_WIDGET (self));
  vp.height = gtk_widget_get_height (GTK_WIDGET (self));

  /* A drag in progress shows where the item would go. */
  if (self->drag_task != G_MAXUINT && self->drag_days != 0 && !self->drag_link)
    {
      task = cvk_gantt_plan_get_task (self->plan, self->drag_task);
      saved_first = task->first;
      saved_last = task->last;
      if (self->drag_part != CVK_GANTT_HIT_END)
        task->first += self->drag_days;
      if (self->drag_part != CVK_GANTT_HIT_START)
        task->last += self->drag_days;
      if (task->last < task->first)
        {
          task->first = saved_first;
          task->last = saved_last;
          task = NULL;
        }
    }
  cvk_gantt_scene_build (self->scene, self->plan, &self->scale, &self->style, &vp);
  if (task != NULL)
    {
      task->first = saved_first;
      task->last = saved_last;
    }
  self->scene_valid = TRUE;
}

static void
update_colors (CvkGanttChart *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA fg, accent;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS
  cvk_gantt_painter_set_colors (self->painter, adw_style_manager_get_dark (manager), &fg, &accent);
  invalidate (self);
}

/* GtkWidget ----------------------------------------------------------------- */

static void
cvk_gantt_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  CvkGanttChart *self = CVK_GANTT_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 100;
      *natural = MAX (*minimum, (int) MIN (content_width (self), 2000));
    }
  else
    {
      *minimum = (int) self->style.ruler_height + (int) self->style.row_height;
      *natural = MAX (*minimum, (int) MIN (content_height (self), 2000));
    }
}

static void
cvk_gantt_chart_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  CvkGanttChart *self = CVK_GANTT_CHART (widget);

  if (self->fit_pending && width > 0)
    {
      self->fit_pending = FALSE;
      cvk_gantt_chart_zoom_to_fit (self);
    }
  configure_adjustments (self);
  if (self->pending_scroll_task >= 0 && height > self->style.ruler_height)
    {
      guint task = self->pending_scroll_task;

      self->pending_scroll_task = -1;
      cvk_gantt_chart_scroll_to_task (self, task);
    }
  invalidate (self);
}

static void
cvk_gantt_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  CvkGanttChart *self = CVK_GANTT_CHART (widget);

  if (self->plan == NULL)
    return;
  ensure_scene (self);
  cvk_gantt_painter_snapshot (self->painter, snapshot, self->scene,
                              gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  snapshot_pending_link (self, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));

  /* While linking, a line from the source to the pointer. */
  if (self->drag_link && self->drag_task != G_MAXUINT)
    {
      GdkRGBA c;
      gdk_rgba_parse (&c, "#3584e4");
      gtk_snapshot_append_color (snapshot, &c,
                                 &GRAPHENE_RECT_INIT (MIN (self->drag_x, self->drag_x + self->drag_dx),
                                                      self->drag_y - 1, ABS (self->drag_dx), 2));
      gtk_snapshot_append_color (snapshot, &c,
                                 &GRAPHENE_RECT_INIT (self->drag_x + self->drag_dx - 1,
                                                      MIN (self->drag_y, self->drag_y + self->drag_dy),
                                                      2, ABS (self->drag_dy)));
    }
}

static void
cvk_gantt_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (cvk_gantt_chart_parent_class)->css_changed (widget, change);
  update_colors (CVK_GANTT_CHART (widget));
}

static gboolean
cvk_gantt_chart_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip)
{
  CvkGanttChart *self = CVK_GANTT_CHART (widget);
  const CvkGanttPrim *prim = NULL;
  CvkGanttTask *task;
  guint t;
  g_autoptr(GString) text = NULL;

  if (self->plan == NULL)
    return FALSE;
  if (self->link_source != G_MAXUINT)
    {
      g_autofree char *status = link_status (self);
      gtk_tooltip_set_text (tooltip, status);
      return TRUE;
    }
  if (keyboard)
    t = self->style.selected;
  else
    {
      ensure_scene (self);
      cvk_gantt_scene_hit (self->scene, x, y, &t, &prim);
      if (prim == NULL || t == G_MAXUINT)
        return FALSE;
    }
  if (t == G_MAXUINT)
    return FALSE;

  task = cvk_gantt_plan_get_task (self->plan, t);
  text = g_string_new (NULL);
  g_string_append_printf (text, "<b>%s</b>  %s", task->id, task->name);
  if (task->first != 0)
    {
      CvkPeriod period;
      g_autofree char *when = NULL;
      g_date_clear (&period.first, 1);
      g_date_clear (&period.last, 1);
      g_date_set_julian (&period.first, task->first);
      g_date_set_julian (&period.last, task->last);
      period.precision = task->precision;
      when = cvk_period_format (&period);
      g_string_append_printf (text, "\n%s", when);
      if (task->status == CVK_DATE_STATUS_TBD)
        g_string_append_printf (text, " · %s", C_("date status", "TBD"));
      else if (task->status == CVK_DATE_STATUS_TBC)
        g_string_append_printf (text, " · %s", C_("date status", "TBC"));
    }
  if (task->finding != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (task->finding, -1);
      g_string_append_printf (text, "\n⚠ %s", escaped);
    }
  gtk_tooltip_set_markup (tooltip, text->str);
  return TRUE;
}

/* Gestures ------------------------------------------------------------------- */

static void
select_task (CvkGanttChart *self,
             guint          task)
{
  if (task == self->style.selected)
    return;
  cvk_gantt_chart_set_selected (self, task);
  g_signal_emit (self, signals[TASK_SELECTED], 0, task);
}

/* Link mode ----------------------------------------------------------------- */

static const char *
default_description (void)
{
  return _("Up and Down select an item; Alt+Left and Alt+Right move it; "
           "Alt+Shift moves its end, Alt+Ctrl its start; Enter edits it; "
           "Ctrl+L links it to another item; plus and minus zoom");
}

static char *
link_status (CvkGanttChart *self)
{
  CvkGanttTask *source, *target;

  if (self->link_source == G_MAXUINT || self->plan == NULL)
    return NULL;
  source = cvk_gantt_plan_get_task (self->plan, self->link_source);
  if (self->link_target == G_MAXUINT)
    /* Translators: %s is an item's id, in the Gantt chart's link mode */
    return g_strdup_printf (_("Linking from %s: Up and Down choose the next item, Escape cancels"),
                            source->id);
  target = cvk_gantt_plan_get_task (self->plan, self->link_target);
  /* Translators: the Gantt chart's link mode; the first two %s are item ids,
   * the last the name of the second item */
  return g_strdup_printf (_("Link %s → %s (%s), finish to start: Enter links, Escape cancels"),
                          source->id, target->id, target->name);
}

static void
update_link_status (CvkGanttChart *self)
{
  g_autofree char *status = link_status (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  status ? status : default_description (), -1);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
end_link_mode (CvkGanttChart *self)
{
  if (self->link_source == G_MAXUINT)
    return;
  self->link_source = G_MAXUINT;
  self->link_target = G_MAXUINT;
  update_link_status (self);
}

/* The task @delta rows from the link's target (or its source), skipping
 * the source; G_MAXUINT past either end. */
static guint
link_step (CvkGanttChart *self,
           int            delta)
{
  guint from = self->link_target != G_MAXUINT ? self->link_target : self->link_source;
  int row = cvk_gantt_plan_task_row (self->plan, from);
  int n_rows = (int) cvk_gantt_plan_get_n_rows (self->plan);

  if (row < 0)
    return G_MAXUINT;
  for (row += delta; row >= 0 && row < n_rows; row += delta)
    {
      guint task = cvk_gantt_plan_row_task (self->plan, row);
      if (task != self->link_source)
        return task;
    }
  return G_MAXUINT;
}

static void
begin_link_mode (CvkGanttChart *self)
{
  guint target;

  self->link_source = self->style.selected;
  self->link_target = G_MAXUINT;
  target = link_step (self, 1);
  if (target == G_MAXUINT)
    target = link_step (self, -1);
  self->link_target = target;
  if (target != G_MAXUINT)
    cvk_gantt_chart_scroll_to_task (self, target);
  update_link_status (self);
}

static gboolean
link_mode_key (CvkGanttChart *self,
               guint          keyval)
{
  guint target;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      target = link_step (self, keyval == GDK_KEY_Up ? -1 : 1);
      if (target == G_MAXUINT)
        gtk_widget_error_bell (GTK_WIDGET (self));
      else
        {
          self->link_target = target;
          cvk_gantt_chart_scroll_to_task (self, target);
          update_link_status (self);
        }
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      {
        guint source = self->link_source;

        target = self->link_target;
        end_link_mode (self);
        if (target != G_MAXUINT && target != source)
          g_signal_emit (self, signals[LINK_TASKS], 0, source, target);
        return TRUE;
      }

    case GDK_KEY_Escape:
      end_link_mode (self);
      return TRUE;

    default:
      return FALSE;
    }
}

guint
_cvk_gantt_chart_get_link_target (CvkGanttChart *self)
{
  return self->link_source != G_MAXUINT ? self->link_target : G_MAXUINT;
}

/* The pending link: the target's row outlined and an elbow from the end of
 * the source to the start of the target. */
static void
snapshot_pending_link (CvkGanttChart *self,
                       GtkSnapshot   *snapshot,
                       double         width,
                       double         height)
{
  CvkGanttTask *source, *target;
  double hx = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  double vy = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  double rh = self->style.row_height, top = self->style.ruler_height;
  double sx, sy, tx, ty, mx;
  int srow, trow;
  GdkRGBA accent, band;

  if (self->link_source == G_MAXUINT || self->link_target == G_MAXUINT || self->plan == NULL)
    return;
  source = cvk_gantt_plan_get_task (self->plan, self->link_source);
  target = cvk_gantt_plan_get_task (self->plan, self->link_target);
  srow = cvk_gantt_plan_task_row (self->plan, self->link_source);
  trow = cvk_gantt_plan_task_row (self->plan, self->link_target);
  if (srow < 0 || trow < 0)
    return;

  gdk_rgba_parse (&accent, "#3584e4");
  band = accent;
  band.alpha = 0.18f;
  sx = (source->first ? cvk_gantt_scale_day_to_x (&self->scale, source->last + 1) : hx + 20) - hx;
  tx = (target->first ? cvk_gantt_scale_day_to_x (&self->scale, target->first) : hx + 20) - hx;
  sy = top + srow * rh + rh / 2 - vy;
  ty = top + trow * rh + rh / 2 - vy;
  mx = MAX (sx + 8, 0);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, top, width, MAX (height - top, 0)));
  gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (0, ty - rh / 2, width, rh));
  {
    GskRoundedRect outline;
    float w[4] = { 2, 2, 2, 2 };
    GdkRGBA colors[4] = { accent, accent, accent, accent };

    gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (1, ty - rh / 2 + 1, width - 2, rh - 2), 0);
    gtk_snapshot_append_border (snapshot, &outline, w, colors);
  }
  gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (MIN (sx, mx), sy - 1, ABS (mx - sx), 2));
  gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (mx - 1, MIN (sy, ty), 2, ABS (ty - sy)));
  gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (MIN (mx, tx), ty - 1, ABS (tx - mx), 2));
  /* the head */
  for (int i = 0; i < 5; i++)
    gtk_snapshot_append_color (snapshot, &accent,
                               &GRAPHENE_RECT_INIT (tx - 6 + i, ty - (5 - i), 1, 2 * (5 - i)));
  gtk_snapshot_pop (snapshot);
}

void
_cvk_gantt_chart_press (CvkGanttChart   *self,
                        double           x,
                        double           y,
                        GdkModifierType  state)
{
  guint task;
  CvkGanttHit hit;

  self->drag_task = G_MAXUINT;
  self->drag_days = 0;
  self->drag_link = FALSE;
  end_link_mode (self);
  if (self->plan == NULL)
    return;

  ensure_scene (self);
  hit = cvk_gantt_scene_hit (self->scene, x, y, &task, NULL);
  if (task == G_MAXUINT)
    return;
  select_task (self, task);
  if (hit == CVK_GANTT_HIT_BODY || hit == CVK_GANTT_HIT_START || hit == CVK_GANTT_HIT_END)
    {
      self->drag_task = task;
      self->drag_part = hit;
      self->drag_link = (state & GDK_SHIFT_MASK) != 0;
      self->drag_x = x;
      self->drag_y = y;
      self->drag_dx = self->drag_dy = 0;
      self->link_target = G_MAXUINT;
    }
}

void
_cvk_gantt_chart_drag (CvkGanttChart *self,
                       double         dx,
                       double         dy)
{
  int days;

  if (self->drag_task == G_MAXUINT)
    return;
  self->drag_dx = dx;
  self->drag_dy = dy;
  if (self->drag_link)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  days = cvk_gantt_scale_snap_days (&self->scale, dx);
  if (days != self->drag_days)
    {
      self->drag_days = days;
      invalidate (self);
    }
}

void
_cvk_gantt_chart_release (CvkGanttChart *self)
{
  guint task = self->drag_task;
  int days = self->drag_days;

  if (task == G_MAXUINT)
    return;
  self->drag_task = G_MAXUINT;
  self->drag_days = 0;

  if (self->drag_link)
    {
      guint target;
      self->drag_link = FALSE;
      ensure_scene (self);
      cvk_gantt_scene_hit (self->scene, self->drag_x + self->drag_dx, self->drag_y + self->drag_dy,
                           &target, NULL);
      invalidate (self);
      if (target != G_MAXUINT && target != task)
        g_signal_emit (self, signals[LINK_TASKS], 0, task, target);
      return;
    }

  invalidate (self);
  if (days == 0)
    return;
  switch (self->drag_part)
    {
    case CVK_GANTT_HIT_START:
      g_signal_emit (self, signals[EDIT_TASK], 0, task, days, 0);
      break;
    case CVK_GANTT_HIT_END:
      g_signal_emit (self, signals[EDIT_TASK], 0, task, 0, days);
      break;
    default:
      g_signal_emit (self, signals[EDIT_TASK], 0, task, days, days);
      break;
    }
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               CvkGanttChart  *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  _cvk_gantt_chart_press (self, x, y, state);
  if (self->drag_task == G_MAXUINT)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                CvkGanttChart  *self)
{
  if (self->drag_task != G_MAXUINT)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _cvk_gantt_chart_drag (self, dx, dy);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             CvkGanttChart  *self)
{
  _cvk_gantt_chart_drag (self, dx, dy);
  _cvk_gantt_chart_release (self);
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  CvkGanttChart   *self)
{
  guint task;

  if (n_press != 2 || self->plan == NULL)
    return;
  ensure_scene (self);
  cvk_gantt_scene_hit (self->scene, x, y, &task, NULL);
  if (task != G_MAXUINT)
    g_signal_emit (self, signals[TASK_ACTIVATED], 0, task);
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           CvkGanttChart            *self)
{
  const char *cursor = NULL;
  guint task;

  self->pointer_x = x;
  if (self->plan == NULL || self->drag_task != G_MAXUINT)
    return;
  ensure_scene (self);
  switch (cvk_gantt_scene_hit (self->scene, x, y, &task, NULL))
    {
    case CVK_GANTT_HIT_BODY:  cursor = "grab"; break;
    case CVK_GANTT_HIT_START:
    case CVK_GANTT_HIT_END:   cursor = "ew-resize"; break;
    default:                  break;
    }
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

void
_cvk_gantt_chart_wheel_zoom (CvkGanttChart *self,
                             double         x,
                             double         dy)
{
  int zoom = self->scale.zoom + (dy > 0 ? 1 : -1);

  if (zoom >= 0 && zoom < CVK_GANTT_N_ZOOMS && dy != 0)
    cvk_gantt_chart_set_zoom (self, zoom, x);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           CvkGanttChart            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK))
    return FALSE;
  _cvk_gantt_chart_wheel_zoom (self, self->pointer_x, dy);
  return TRUE;
}

gboolean
_cvk_gantt_chart_key (CvkGanttChart   *self,
                      guint            keyval,
                      GdkModifierType  state)
{
  guint task = self->style.selected;
  int step = cvk_gantt_scale_step_days (&self->scale);
  gboolean alt = (state & GDK_ALT_MASK) != 0;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;
  int row;

  if (self->plan == NULL)
    return FALSE;

  if (self->link_source != G_MAXUINT)
    {
      if (link_mode_key (self, keyval))
        return TRUE;
      /* Any other key leaves link mode and does what it does. */
      end_link_mode (self);
    }

  switch (keyval)
    {
    case GDK_KEY_l:
    case GDK_KEY_L:
      if (alt || task == G_MAXUINT || cvk_gantt_plan_task_row (self->plan, task) < 0)
        return FALSE;
      begin_link_mode (self);
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_Down:
      row = task != G_MAXUINT ? cvk_gantt_plan_task_row (self->plan, task) : -1;
      row += keyval == GDK_KEY_Up ? -1 : 1;
      if (row >= 0 && row < (int) cvk_gantt_plan_get_n_rows (self->plan))
        {
          select_task (self, cvk_gantt_plan_row_task (self->plan, row));
          cvk_gantt_chart_scroll_to_task (self, self->style.selected);
        }
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_Right:
      if (alt && task != G_MAXUINT)
        {
          /* Alt + arrow: move; Alt + Shift + arrow: move the end only;
           * Alt + Ctrl + arrow: move the start only. */
          int days = keyval == GDK_KEY_Left ? -step : step;
          g_signal_emit (self, signals[EDIT_TASK], 0, task,
                         shift ? 0 : days, ctrl ? 0 : days);
          return TRUE;
        }
      if (self->hadjustment)
        gtk_adjustment_set_value (self->hadjustment,
                                  gtk_adjustment_get_value (self->hadjustment) +
                                  (keyval == GDK_KEY_Left ? -1 : 1) *
                                  gtk_adjustment_get_step_increment (self->hadjustment));
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (task != G_MAXUINT)
        g_signal_emit (self, signals[TASK_ACTIVATED], 0, task);
      return task != G_MAXUINT;

    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      if (self->scale.zoom > 0)
        cvk_gantt_chart_set_zoom (self, self->scale.zoom - 1, -1);
      return TRUE;

    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      if (self->scale.zoom + 1 < CVK_GANTT_N_ZOOMS)
        cvk_gantt_chart_set_zoom (self, self->scale.zoom + 1, -1);
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CvkGanttChart         *self)
{
  return _cvk_gantt_chart_key (self, keyval, state);
}

/* GtkScrollable ---------------------------------------------------------------- */

static void
adjustment_changed_cb (GtkAdjustment *adjustment,
                       CvkGanttChart *self)
{
  invalidate (self);
}

static void
set_adjustment (CvkGanttChart  *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_changed_cb, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self);
  configure_adjustments (self);
}

/* GObject ----------------------------------------------------------------------- */

static void
cvk_gantt_chart_dispose (GObject *object)
{
  CvkGanttChart *self = CVK_GANTT_CHART (object);

  if (self->hadjustment)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_changed_cb, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->plan, cvk_gantt_plan_free);
  g_clear_pointer (&self->scene, cvk_gantt_scene_free);
  g_clear_pointer (&self->painter, cvk_gantt_painter_free);

  G_OBJECT_CLASS (cvk_gantt_chart_parent_class)->dispose (object);
}

static void
cvk_gantt_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CvkGanttChart *self = CVK_GANTT_CHART (object);

  switch (prop_id)
    {
    case PROP_ZOOM:           g_value_set_int (value, self->scale.zoom); break;
    case PROP_SHOW_CRITICAL:  g_value_set_boolean (value, self->style.show_critical); break;
    case PROP_HADJUSTMENT:    g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT:    g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default:                  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cvk_gantt_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CvkGanttChart *self = CVK_GANTT_CHART (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      cvk_gantt_chart_set_zoom (self, g_value_get_int (value), -1);
      break;
    case PROP_SHOW_CRITICAL:
      cvk_gantt_chart_set_show_critical (self, g_value_get_boolean (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cvk_gantt_chart_class_init (CvkGanttChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cvk_gantt_chart_dispose;
  object_class->get_property = cvk_gantt_chart_get_property;
  object_class->set_property = cvk_gantt_chart_set_property;

  widget_class->measure = cvk_gantt_chart_measure;
  widget_class->size_allocate = cvk_gantt_chart_size_allocate;
  widget_class->snapshot = cvk_gantt_chart_snapshot;
  widget_class->css_changed = cvk_gantt_chart_css_changed;
  widget_class->query_tooltip = cvk_gantt_chart_query_tooltip;

  properties[PROP_ZOOM] =
    g_param_spec_int ("zoom", NULL, NULL, 0, CVK_GANTT_N_ZOOMS - 1, CVK_GANTT_ZOOM_MONTH,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_CRITICAL] =
    g_param_spec_boolean ("show-critical", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /* (task) */
  signals[TASK_SELECTED] =
    g_signal_new ("task-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[TASK_ACTIVATED] =
    g_signal_new ("task-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* (task, days to add to the start, days to add to the end) */
  signals[EDIT_TASK] =
    g_signal_new ("edit-task", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_INT, G_TYPE_INT);
  /* (predecessor, successor) */
  signals[LINK_TASKS] =
    g_signal_new ("link-tasks", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "ganttchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cvk_gantt_chart_init (CvkGanttChart *self)
{
  GtkGesture *drag, *click;
  GtkEventController *motion, *scroll, *key;

  self->pending_scroll_task = -1;
  self->scene = cvk_gantt_scene_new ();
  self->painter = cvk_gantt_painter_new (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  cvk_gantt_style_init (&self->style);
  cvk_gantt_scale_init (&self->scale, CVK_GANTT_ZOOM_MONTH, 0);
  self->drag_task = G_MAXUINT;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  self->link_source = G_MAXUINT;
  self->link_target = G_MAXUINT;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Gantt chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, default_description (),
                                  -1);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
}

/* Public ------------------------------------------------------------------------- */

GtkWidget *
cvk_gantt_chart_new (void)
{
  return g_object_new (CVK_TYPE_GANTT_CHART, NULL);
}

static gint32
today_julian (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return (gint32) g_date_get_julian (&date);
}

void
cvk_gantt_chart_set_plan (CvkGanttChart *self,
                          CvkGanttPlan  *plan)
{
  gint32 first, last;
  gboolean had_plan;

  g_return_if_fail (CVK_IS_GANTT_CHART (self));

  had_plan = self->plan != NULL;
  if (self->plan != plan)
    {
      /* The tasks are renumbered: a pending link is no longer sure. */
      end_link_mode (self);
      g_clear_pointer (&self->plan, cvk_gantt_plan_free);
    }
  self->plan = plan;
  if (self->style.today == 0)
    self->style.today = today_julian ();

  /* The origin is kept while the document is open, so that x stays put. */
  if (!had_plan && plan != NULL && cvk_gantt_plan_get_range (plan, &first, &last))
    {
      self->scale.origin = first - MARGIN_DAYS;
      self->fit_pending = !self->zoom_chosen;
    }
  if (self->style.selected != G_MAXUINT && plan != NULL &&
      self->style.selected >= cvk_gantt_plan_get_n_tasks (plan))
    self->style.selected = G_MAXUINT;
  configure_adjustments (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  invalidate (self);
}

CvkGanttPlan *
cvk_gantt_chart_get_plan (CvkGanttChart *self)
{
  g_return_val_if_fail (CVK_IS_GANTT_CHART (self), NULL);
  return self->plan;
}

void
cvk_gantt_chart_plan_changed (CvkGanttChart *self)
{
  g_return_if_fail (CVK_IS_GANTT_CHART (self));
  configure_adjustments (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  invalidate (self);
}

CvkGanttZoom
cvk_gantt_chart_get_zoom (CvkGanttChart *self)
{
  return self->scale.zoom;
}

void
cvk_gantt_chart_set_zoom (CvkGanttChart *self,
                          CvkGanttZoom   zoom,
                          double         anchor_x)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double scroll = gtk_adjustment_get_value (self->hadjustment);
  double new_scroll;

  g_return_if_fail (CVK_IS_GANTT_CHART (self));
  g_return_if_fail (zoom < CVK_GANTT_N_ZOOMS);

  self->fit_pending = FALSE;
  if (self->plan == NULL)
    self->zoom_chosen = TRUE;
  if (zoom == self->scale.zoom)
    return;
  if (anchor_x < 0)
    anchor_x = width / 2;
  new_scroll = cvk_gantt_scale_zoom_at (&self->scale, zoom, scroll, anchor_x);
  configure_adjustments (self);
  /* Set the value after the bounds, unclamped first so the anchor holds
   * wherever the content allows it. */
  gtk_adjustment_set_value (self->hadjustment, new_scroll);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
cvk_gantt_chart_zoom_to_fit (CvkGanttChart *self)
{
  gint32 first, last;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  CvkGanttZoom zoom;

  if (self->plan == NULL || !cvk_gantt_plan_get_range (self->plan, &first, &last))
    return;
  if (width <= 0)
    {
      self->fit_pending = TRUE;
      return;
    }
  zoom = cvk_gantt_zoom_to_fit (last - first + 2 * MARGIN_DAYS / 3, width);
  if (zoom != self->scale.zoom)
    {
      cvk_gantt_scale_init (&self->scale, zoom, self->scale.origin);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  configure_adjustments (self);
  gtk_adjustment_set_value (self->hadjustment,
                            cvk_gantt_scale_day_to_x (&self->scale, first) - 20);
  invalidate (self);
}

void
cvk_gantt_chart_scroll_to_day (CvkGanttChart *self,
                               gint32         day)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));

  configure_adjustments (self);
  gtk_adjustment_set_value (self->hadjustment,
                            cvk_gantt_scale_day_to_x (&self->scale, day) - width / 3);
}

void
cvk_gantt_chart_scroll_to_task (CvkGanttChart *self,
                                guint          task)
{
  CvkGanttTask *t;
  int row;
  double y, height = gtk_widget_get_height (GTK_WIDGET (self)) - self->style.ruler_height;
  double x0, x1, scroll_x, width = gtk_widget_get_width (GTK_WIDGET (self));

  if (self->plan == NULL || task >= cvk_gantt_plan_get_n_tasks (self->plan))
    return;

  /* Not laid out yet: scroll once the chart knows its size. */
  if (height <= 0 || width <= 0)
    {
      self->pending_scroll_task = task;
      return;
    }

  t = cvk_gantt_plan_get_task (self->plan, task);
  row = cvk_gantt_plan_task_row (self->plan, task);
  if (row >= 0)
    {
      double value = gtk_adjustment_get_value (self->vadjustment);
      y = row * self->style.row_height;
      if (y < value)
        gtk_adjustment_set_value (self->vadjustment, y);
      else if (y + self->style.row_height > value + height)
        gtk_adjustment_set_value (self->vadjustment, y + self->style.row_height - height);
    }
  if (t->first != 0)
    {
      x0 = cvk_gantt_scale_day_to_x (&self->scale, t->first);
      x1 = cvk_gantt_scale_day_to_x (&self->scale, t->last + 1);
      scroll_x = gtk_adjustment_get_value (self->hadjustment);
      if (x0 < scroll_x + 40 || x1 > scroll_x + width - 40)
        gtk_adjustment_set_value (self->hadjustment, x0 - MIN (width / 4, 120));
    }
}

void
cvk_gantt_chart_set_today (CvkGanttChart *self,
                           gint32         today)
{
  self->style.today = today;
  invalidate (self);
}

gint32
cvk_gantt_chart_get_today (CvkGanttChart *self)
{
  return self->style.today;
}

void
cvk_gantt_chart_set_show_critical (CvkGanttChart *self,
                                   gboolean       show)
{
  show = !!show;
  if (show == self->style.show_critical)
    return;
  self->style.show_critical = show;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CRITICAL]);
}

gboolean
cvk_gantt_chart_get_show_critical (CvkGanttChart *self)
{
  return self->style.show_critical;
}

void
cvk_gantt_chart_set_selected (CvkGanttChart *self,
                              guint          task)
{
  if (self->style.selected == task)
    return;
  self->style.selected = task;
  invalidate (self);
}

guint
cvk_gantt_chart_get_selected (CvkGanttChart *self)
{
  return self->style.selected;
}

double
cvk_gantt_chart_get_row_height (CvkGanttChart *self)
{
  return self->style.row_height;
}

void
cvk_gantt_chart_set_ruler_height (CvkGanttChart *self,
                                  double         height)
{
  if (height == self->style.ruler_height || height <= 0)
    return;
  self->style.ruler_height = height;
  configure_adjustments (self);
  invalidate (self);
}

void
cvk_gantt_chart_set_row_height (CvkGanttChart *self,
                                double         height)
{
  if (height == self->style.row_height || height <= 0)
    return;
  self->style.row_height = height;
  configure_adjustments (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  invalidate (self);
}

const CvkGanttScale *
cvk_gantt_chart_get_scale (CvkGanttChart *self)
{
  return &self->scale;
}

const CvkGanttScene *
cvk_gantt_chart_get_scene (CvkGanttChart *self)
{
  ensure_scene (self);
  return self->scene;
}
