/* cvk-gantt-painter.c: paints a Gantt scene with GtkSnapshot
 *
 * Copyright 2026 The Convoke authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cvk-gantt-painter"

#include "config.h"

#include "cvk-gantt-painter.h"

struct _CvkGanttPainter
{
  PangoContext *context;
  PangoLayout  *layout;
  PangoFontDescription *small;
  PangoFontDescription *normal;
  PangoFontDescription *bold;
  gboolean      dark;
  GdkRGBA       fg, accent, bg;
  GdkRGBA       task, workshop, report, milestone, meeting, critical, warning, info, today, shade;
  GdkRGBA       body_colors[5];   /* by CvkBody */
};

static GdkRGBA
rgba (const char *spec)
{
  GdkRGBA c;

  gdk_rgba_parse (&c, spec);
  return c;
}

static GdkRGBA
alpha (const GdkRGBA *c,
       float          a)
{
  GdkRGBA r = *c;

  r.alpha *= a;
  return r;
}

CvkGanttPainter *
cvk_gantt_painter_new (PangoContext *context)
{
  CvkGanttPainter *painter = g_new0 (CvkGanttPainter, 1);
  GdkRGBA fg = rgba ("#000000cc"), accent = rgba ("#3584e4");
  const PangoFontDescription *base = pango_context_get_font_description (context);

  painter->context = g_object_ref (context);
  painter->layout = pango_layout_new (context);
  painter->normal = base ? pango_font_description_copy (base) : pango_font_description_from_string ("Sans 10");
  if (pango_font_description_get_size (painter->normal) == 0)
    pango_font_description_set_size (painter->normal, 10 * PANGO_SCALE);
  painter->small = pango_font_description_copy (painter->normal);
  pango_font_description_set_size (painter->small,
                                   pango_font_description_get_size (painter->normal) * 0.85);
  painter->bold = pango_font_description_copy (painter->normal);
  pango_font_description_set_weight (painter->bold, PANGO_WEIGHT_BOLD);
  cvk_gantt_painter_set_colors (painter, FALSE, &fg, &accent);
  return painter;
}

void
cvk_gantt_painter_free (CvkGanttPainter *painter)
{
  if (painter == NULL)
    return;
  g_object_unref (painter->layout);
  g_object_unref (painter->context);
  pango_font_description_free (painter->small);
  pango_font_description_free (painter->normal);
  pango_font_description_free (painter->bold);
  g_free (painter);
}

void
cvk_gantt_painter_set_colors (CvkGanttPainter *painter,
                              gboolean         dark,
                              const GdkRGBA   *foreground,
                              const GdkRGBA   *accent)
{
  painter->dark = dark;
  painter->fg = *foreground;
  painter->accent = *accent;
  /* The palette of the GNOME HIG, lighter shades in the dark. */
  painter->bg = rgba (dark ? "#242424" : "#fafafa");
  painter->task = *accent;
  painter->workshop = rgba (dark ? "#c061cb" : "#9141ac");
  painter->report = rgba (dark ? "#ffa348" : "#e66100");
  painter->milestone = rgba (dark ? "#99c1f1" : "#1a5fb4");
  painter->meeting = rgba (dark ? "#57e389" : "#26a269");
  painter->critical = rgba (dark ? "#ff7b63" : "#e01b24");
  painter->warning = rgba (dark ? "#f8e45c" : "#e5a50a");
  painter->info = rgba (dark ? "#99c1f1" : "#1c71d8");
  painter->today = rgba (dark ? "#ff7b63" : "#e01b24");
  painter->shade = rgba (dark ? "#ff7b6320" : "#c01c2814");
  painter->body_colors[0] = alpha (foreground, 0.6f);                 /* none */
  painter->body_colors[1] = rgba (dark ? "#ffa348" : "#c64600");      /* TSAG */
  painter->body_colors[2] = rgba (dark ? "#dc8add" : "#813d9c");      /* WP2 */
  painter->body_colors[3] = rgba (dark ? "#57e389" : "#26a269");      /* RG-IEM */
  painter->body_colors[4] = alpha (accent, 1.0f);                     /* IEWSC */
}

/* Shapes ---------------------------------------------------------------- */

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      float          x,
      float          y,
      float          w,
      float          h)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, w, h));
}

static void
rounded (GtkSnapshot   *snapshot,
         const GdkRGBA *color,
         const GdkRGBA *border,
         float          border_width,
         float          x,
         float          y,
         float          w,
         float          h,
         float          radius)
{
  GskRoundedRect r;

  radius = MIN (radius, MIN (w, h) / 2);
  gsk_rounded_rect_init_from_rect (&r, &GRAPHENE_RECT_INIT (x, y, w, h), radius);
  if (color != NULL)
    {
      gtk_snapshot_push_rounded_clip (snapshot, &r);
      fill (snapshot, color, x, y, w, h);
      gtk_snapshot_pop (snapshot);
    }
  if (border != NULL && border_width > 0)
    {
      float widths[4] = { border_width, border_width, border_width, border_width };
      GdkRGBA colors[4] = { *border, *border, *border, *border };
      gtk_snapshot_append_border (snapshot, &r, widths, colors);
    }
}

/* A square of half-diagonal @r turned 45° about (@cx, @cy), clipped to
 * @clip when not NULL: diamonds, and with a clip, triangles. */
static void
diamond (GtkSnapshot           *snapshot,
         const GdkRGBA         *color,
         float                  cx,
         float                  cy,
         float                  r,
         const graphene_rect_t *clip)
{
  float side = r * 1.41421356f;

  if (clip)
    gtk_snapshot_push_clip (snapshot, clip);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (cx, cy));
  gtk_snapshot_rotate (snapshot, 45);
  fill (snapshot, color, -side / 2, -side / 2, side, side);
  gtk_snapshot_restore (snapshot);
  if (clip)
    gtk_snapshot_pop (snapshot);
}

static void
hatch (GtkSnapshot   *snapshot,
       const GdkRGBA *color,
       float          x,
       float          y,
       float          w,
       float          h)
{
  GskColorStop stops[] = {
    { 0.0f, *color }, { 0.35f, *color },
    { 0.35f, { 0, 0, 0, 0 } }, { 1.0f, { 0, 0, 0, 0 } },
  };

  gtk_snapshot_append_repeating_linear_gradient (snapshot, &GRAPHENE_RECT_INIT (x, y, w, h),
                                                 &GRAPHENE_POINT_INIT (x, y),
                                                 &GRAPHENE_POINT_INIT (x + 4, y + 4),
                                                 stops, G_N_ELEMENTS (stops));
}

static void
dashed_vline (GtkSnapshot   *snapshot,
              const GdkRGBA *color,
              float          x,
              float          y,
              float          h,
              float          width)
{
  GskColorStop stops[] = {
    { 0.0f, *color }, { 0.5f, *color },
    { 0.5f, { 0, 0, 0, 0 } }, { 1.0f, { 0, 0, 0, 0 } },
  };

  gtk_snapshot_append_repeating_linear_gradient (snapshot, &GRAPHENE_RECT_INIT (x - width / 2, y, width, h),
                                                 &GRAPHENE_POINT_INIT (x, y),
                                                 &GRAPHENE_POINT_INIT (x, y + 8),
                                                 stops, G_N_ELEMENTS (stops));
}

static void
text (CvkGanttPainter            *painter,
      GtkSnapshot                *snapshot,
      const char                 *str,
      const PangoFontDescription *font,
      const GdkRGBA              *color,
      float                       x,
      float                       y,
      float                       width,
      float                       height,
      gboolean                    centre_v)
{
  int lw, lh;

  if (str == NULL || *str == '\0' || width < 6)
    return;
  pango_layout_set_font_description (painter->layout, font);
  pango_layout_set_text (painter->layout, str, -1);
  pango_layout_set_width (painter->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (painter->layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (painter->layout, &lw, &lh);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, centre_v ? y + (height - lh) / 2 : y));
  gtk_snapshot_append_layout (snapshot, painter->layout, color);
  gtk_snapshot_restore (snapshot);
}

static const GdkRGBA *
kind_color (CvkGanttPainter    *painter,
            const CvkGanttPrim *prim)
{
  if (prim->flags & CVK_GANTT_PRIM_FLAG_CRITICAL)
    return &painter->critical;
  switch (prim->kind)
    {
    case CVK_GANTT_PRIM_WORKSHOP:  return &painter->workshop;
    case CVK_GANTT_PRIM_REPORT:    return &painter->report;
    case CVK_GANTT_PRIM_MILESTONE: return &painter->milestone;
    case CVK_GANTT_PRIM_MEETING:   return &painter->body_colors[MIN (prim->body, 4)];
    default:                       return &painter->task;
    }
}

/* The colour of a fuzzy span follows the item's kind: the scene puts the
 * glyph right after it, so look at the task's kind through the flags only. */
static void
paint_fuzzy (CvkGanttPainter    *painter,
             GtkSnapshot        *snapshot,
             const CvkGanttPrim *p,
             const GdkRGBA      *color)
{
  GdkRGBA faded = alpha (color, 0.16f), stripes = alpha (color, 0.45f), edge = alpha (color, 0.85f);
  GdkRGBA core = alpha (color, 0.45f);
  float x = p->x, y = p->y, w = p->width, h = p->height;

  rounded (snapshot, &faded, NULL, 0, x, y, w, h, 4);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x, y, w, h));
  hatch (snapshot, &stripes, x, y, w, h);
  gtk_snapshot_pop (snapshot);
  /* Between the latest start and the earliest end, the item surely runs. */
  if (p->x2 > p->x1)
    fill (snapshot, &core, p->x1, y + 2, p->x2 - p->x1, h - 4);
  /* Dashed ends: where the start and the end may fall. */
  dashed_vline (snapshot, &edge, x + 0.75f, y, h, 1.5f);
  dashed_vline (snapshot, &edge, x + w - 0.75f, y, h, 1.5f);
  if (p->progress > 0)
    fill (snapshot, &edge, x, y + h - 3, w * p->progress, 3);
}

static void
paint_item (CvkGanttPainter    *painter,
            GtkSnapshot        *snapshot,
            const CvkGanttPrim *p,
            const GdkRGBA      *span_color)
{
  const GdkRGBA *color = kind_color (painter, p);
  gboolean fuzzy = (p->flags & CVK_GANTT_PRIM_FLAG_FUZZY) != 0;
  gboolean selected = (p->flags & CVK_GANTT_PRIM_FLAG_SELECTED) != 0;
  GdkRGBA outline = selected ? painter->fg : alpha (color, 1.0f);
  float x = p->x, y = p->y, w = p->width, h = p->height;

  switch (p->kind)
    {
    case CVK_GANTT_PRIM_BAR:
      {
        GdkRGBA light = alpha (color, 0.55f);
        rounded (snapshot, &light, selected ? &outline : NULL, 2, x, y, w, h, 4);
        if (p->progress > 0)
          {
            gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x, y, w * p->progress, h));
            rounded (snapshot, color, NULL, 0, x, y, w, h, 4);
            gtk_snapshot_pop (snapshot);
          }
      }
      break;

    case CVK_GANTT_PRIM_FUZZY:
      paint_fuzzy (painter, snapshot, p, span_color);
      if (selected)
        rounded (snapshot, NULL, &outline, 2, x, y, w, h, 4);
      break;

    case CVK_GANTT_PRIM_SUMMARY:
      {
        GdkRGBA c = (p->flags & CVK_GANTT_PRIM_FLAG_CRITICAL) ? painter->critical : alpha (&painter->fg, 0.75f);
        if (fuzzy)
          c = alpha (&c, 0.75f);
        fill (snapshot, &c, x, y, w, h * 0.6f);
        diamond (snapshot, &c, x + 0.5f, y + h * 0.6f, h * 0.6f,
                 &GRAPHENE_RECT_INIT (x - h, y + h * 0.6f, h + h * 0.6f, h));
        diamond (snapshot, &c, x + w - 0.5f, y + h * 0.6f, h * 0.6f,
                 &GRAPHENE_RECT_INIT (x + w - h * 0.6f, y + h * 0.6f, 2 * h, h));
        if (selected)
          rounded (snapshot, NULL, &painter->accent, 2, x - 3, y - 3, w + 6, h + 6, 3);
      }
      break;

    case CVK_GANTT_PRIM_MILESTONE:
      {
        float r = MIN (h, 18) / 2 + 1;
        float cx = x + w / 2, cy = y + h / 2;
        if (fuzzy)
          {
            GdkRGBA bg = painter->bg;
            diamond (snapshot, color, cx, cy, r + 1.5f, NULL);
            diamond (snapshot, &bg, cx, cy, r - 1.5f, NULL);
          }
        else
          diamond (snapshot, color, cx, cy, r, NULL);
        if (selected)
          rounded (snapshot, NULL, &painter->accent, 2, cx - r - 3, cy - r - 3, 2 * r + 6, 2 * r + 6, 3);
      }
      break;

    case CVK_GANTT_PRIM_WORKSHOP:
      {
        GdkRGBA fill_c = fuzzy ? painter->bg : *color;
        rounded (snapshot, &fill_c, color, 2.5f, x - 1, y - 2, w + 2, h + 4, (h + 4) / 2);
        /* A dot in the middle: people gathered. */
        {
          GdkRGBA dot = fuzzy ? *color : painter->bg;
          float d = h * 0.35f;
          rounded (snapshot, &dot, NULL, 0, x + w / 2 - d / 2, y + h / 2 - d / 2, d, d, d / 2);
        }
        if (selected)
          rounded (snapshot, NULL, &painter->accent, 2, x - 4, y - 5, w + 8, h + 10, (h + 10) / 2);
      }
      break;

    case CVK_GANTT_PRIM_REPORT:
      {
        /* A page with its top right corner folded. */
        GdkRGBA fill_c = fuzzy ? painter->bg : *color;
        float fold = MIN (h, w) * 0.35f;
        rounded (snapshot, &fill_c, color, 2, x, y - 2, w, h + 4, 2);
        diamond (snapshot, color, x + w, y - 2, fold,
                 &GRAPHENE_RECT_INIT (x + w - fold, y - 2, fold, fold));
        if (selected)
          rounded (snapshot, NULL, &painter->accent, 2, x - 4, y - 5, w + 8, h + 10, 3);
      }
      break;

    case CVK_GANTT_PRIM_MEETING:
      {
        /* A flag: pole and cloth. */
        GdkRGBA cloth = fuzzy ? alpha (color, 0.35f) : *color;
        fill (snapshot, color, x + 2, y - 3, 2, h + 6);
        fill (snapshot, &cloth, x + 4, y - 2, MAX (w - 4, 8), h * 0.6f);
        if (fuzzy)
          rounded (snapshot, NULL, color, 1.5f, x + 4, y - 2, MAX (w - 4, 8), h * 0.6f, 0);
        if (selected)
          rounded (snapshot, NULL, &painter->accent, 2, x - 3, y - 5, MAX (w, 12) + 6, h + 10, 3);
      }
      break;

    default:
      break;
    }
}

static void
paint_arrow (CvkGanttPainter    *painter,
             GtkSnapshot        *snapshot,
             const CvkGanttPrim *p)
{
  const float lw = 1.5f, head = 5;
  GdkRGBA color;
  const CvkGanttPoint *a, *b;

  if (p->flags & CVK_GANTT_PRIM_FLAG_CRITICAL)
    color = painter->critical;
  else if (p->flags & CVK_GANTT_PRIM_FLAG_SELECTED)
    color = painter->accent;
  else
    color = alpha (&painter->fg, 0.45f);

  for (guint i = 0; i + 1 < p->n_points; i++)
    {
      float x0, y0, x1, y1;
      a = &p->points[i];
      b = &p->points[i + 1];
      x0 = MIN (a->x, b->x);
      x1 = MAX (a->x, b->x);
      y0 = MIN (a->y, b->y);
      y1 = MAX (a->y, b->y);
      if (i + 2 == p->n_points)
        {
          /* Stop short of the head. */
          if (b->x > a->x) x1 -= head;
          else if (b->x < a->x) x0 += head;
        }
      fill (snapshot, &color, x0 - lw / 2, y0 - lw / 2, x1 - x0 + lw, y1 - y0 + lw);
    }

  a = &p->points[p->n_points - 2];
  b = &p->points[p->n_points - 1];
  if (b->x >= a->x)
    diamond (snapshot, &color, b->x - head, b->y, head,
             &GRAPHENE_RECT_INIT (b->x - head, b->y - head, head, 2 * head));
  else
    diamond (snapshot, &color, b->x + head, b->y, head,
             &GRAPHENE_RECT_INIT (b->x, b->y - head, head, 2 * head));
}

void
cvk_gantt_painter_snapshot (CvkGanttPainter     *painter,
                            GtkSnapshot         *snapshot,
                            const CvkGanttScene *scene,
                            double               width,
                            double               height)
{
  guint n = cvk_gantt_scene_get_n_prims (scene);
  GdkRGBA grid = alpha (&painter->fg, 0.07f), grid_major = alpha (&painter->fg, 0.16f);
  GdkRGBA stripe = alpha (&painter->fg, 0.025f), selected_row = alpha (&painter->accent, 0.14f);
  GdkRGBA dim = alpha (&painter->fg, 0.6f);
  GdkRGBA ruler_bg = painter->dark ? rgba ("#303030") : rgba ("#ebebeb");
  const GdkRGBA *span_color = &painter->task;
  float body_top = 0;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  for (guint i = 0; i < n; i++)
    {
      const CvkGanttPrim *p = cvk_gantt_scene_get_prim (scene, i);

      switch (p->kind)
        {
        case CVK_GANTT_PRIM_ROW:
          fill (snapshot, (p->flags & CVK_GANTT_PRIM_FLAG_SELECTED) ? &selected_row : &stripe,
                p->x, p->y, p->width, p->height);
          break;

        case CVK_GANTT_PRIM_SHADE:
          fill (snapshot, &painter->shade, p->x, p->y, p->width, p->height);
          {
            GdkRGBA h = alpha (&painter->shade, 0.8f);
            hatch (snapshot, &h, p->x, p->y, p->width, p->height);
          }
          body_top = p->y;
          break;

        case CVK_GANTT_PRIM_GRID:
          fill (snapshot, (p->flags & CVK_GANTT_PRIM_FLAG_MAJOR) ? &grid_major : &grid,
                p->x, p->y, 1, p->height);
          break;

        case CVK_GANTT_PRIM_MEETING_MARK:
          {
            GdkRGBA c = painter->body_colors[MIN (p->body, 4)];
            GdkRGBA band = alpha (&c, painter->dark ? 0.14f : 0.09f);
            GdkRGBA line = alpha (&c, 0.8f);
            GdkRGBA pill_bg = alpha (&c, painter->dark ? 0.35f : 0.18f);
            int lw, lh;
            float lx, ly;

            if (p->width > 0)
              {
                fill (snapshot, &band, p->x, p->y, p->width, p->height);
                dashed_vline (snapshot, &line, p->x, p->y, p->height, 1);
                dashed_vline (snapshot, &line, p->x + p->width, p->y, p->height, 1);
              }
            else
              fill (snapshot, &line, p->x - 1, p->y, 2, p->height);

            /* The body's name in a pill at the top of the chart. */
            pango_layout_set_font_description (painter->layout, painter->bold);
            pango_layout_set_width (painter->layout, -1);
            pango_layout_set_text (painter->layout, p->text, -1);
            pango_layout_get_pixel_size (painter->layout, &lw, &lh);
            lx = p->width > 0 ? p->x + p->width / 2 - lw / 2.0f : p->x + 4;
            ly = p->y + 3 + p->lane * (lh + 5);
            rounded (snapshot, &pill_bg, NULL, 0, lx - 5, ly, lw + 10, lh + 2, (lh + 2) / 2.0f);
            text (painter, snapshot, p->text, painter->bold, &c, lx, ly + 1, lw + 1, lh, FALSE);
          }
          break;

        case CVK_GANTT_PRIM_ARROW:
          paint_arrow (painter, snapshot, p);
          break;

        case CVK_GANTT_PRIM_FUZZY:
          {
            /* The kind's glyph follows its span: take its colour. */
            const CvkGanttPrim *next = i + 1 < n ? cvk_gantt_scene_get_prim (scene, i + 1) : NULL;
            span_color = (next && next->task == p->task && next->kind != CVK_GANTT_PRIM_LABEL &&
                          next->kind != CVK_GANTT_PRIM_WARNING)
                         ? kind_color (painter, next) : kind_color (painter, p);
            paint_item (painter, snapshot, p, span_color);
          }
          break;

        case CVK_GANTT_PRIM_BAR:
        case CVK_GANTT_PRIM_SUMMARY:
        case CVK_GANTT_PRIM_MILESTONE:
        case CVK_GANTT_PRIM_WORKSHOP:
        case CVK_GANTT_PRIM_REPORT:
        case CVK_GANTT_PRIM_MEETING:
          paint_item (painter, snapshot, p, span_color);
          break;

        case CVK_GANTT_PRIM_LABEL:
          if (p->flags & CVK_GANTT_PRIM_FLAG_DIM)
            text (painter, snapshot, p->text, painter->small, &dim, p->x, p->y, p->width, p->height, TRUE);
          else
            text (painter, snapshot, p->text,
                  (p->flags & CVK_GANTT_PRIM_FLAG_MAJOR) ? painter->bold : painter->normal,
                  (p->flags & CVK_GANTT_PRIM_FLAG_CRITICAL) ? &painter->critical : &painter->fg,
                  p->x, p->y, p->width, p->height, TRUE);
          break;

        case CVK_GANTT_PRIM_WARNING:
          {
            const GdkRGBA *c = (p->flags & CVK_GANTT_PRIM_FLAG_WARNING) ? &painter->warning : &painter->info;
            GdkRGBA ink = rgba ("#000000");
            float s = p->width;
            rounded (snapshot, c, NULL, 0, p->x, p->y, s, s, s / 2);
            fill (snapshot, &ink, p->x + s / 2 - 1, p->y + s * 0.2f, 2, s * 0.4f);
            fill (snapshot, &ink, p->x + s / 2 - 1, p->y + s * 0.68f, 2, 2);
          }
          break;

        case CVK_GANTT_PRIM_TODAY:
          fill (snapshot, &painter->today, p->x - 1, p->y, 2, p->height);
          break;

        case CVK_GANTT_PRIM_RULER:
          {
            GdkRGBA border = alpha (&painter->fg, 0.18f);
            fill (snapshot, &ruler_bg, p->x, p->y, p->width, p->height);
            fill (snapshot, &border, p->x, p->y + p->height - 1, p->width, 1);
          }
          break;

        case CVK_GANTT_PRIM_RULER_TICK:
          fill (snapshot, (p->flags & CVK_GANTT_PRIM_FLAG_MAJOR) ? &grid_major : &grid_major,
                p->x, p->y + ((p->flags & CVK_GANTT_PRIM_FLAG_MAJOR) ? 0 : p->height * 0.3f),
                1, (p->flags & CVK_GANTT_PRIM_FLAG_MAJOR) ? p->height : p->height * 0.7f);
          break;

        case CVK_GANTT_PRIM_RULER_LABEL:
          text (painter, snapshot, p->text,
                (p->flags & CVK_GANTT_PRIM_FLAG_MAJOR) ? painter->bold : painter->small,
                (p->flags & CVK_GANTT_PRIM_FLAG_MAJOR) ? &painter->fg : &dim,
                p->x, p->y, p->width, p->height, TRUE);
          break;

        default:
          break;
        }
    }

  (void) body_top;
  gtk_snapshot_pop (snapshot);
}
