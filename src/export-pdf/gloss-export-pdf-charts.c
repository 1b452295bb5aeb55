#include "config.h"

#include <pango/pangocairo.h>

#include "gloss-export-pdf-private.h"
#include "gloss-export-report.h"

/* The PDF report's charts, after the summary table: the HTML report's two
 * (gloss-export-html-charts.c) drawn with cairo from the same walk — the
 * speaker × topic matrix shaded by gloss_report_cell_opacity, and the
 * timeline of turns (gloss_report_turn_color) with a tick per claim, one
 * row per topic. Sizes are in points, scaled to the page's width. */

#define CELL_HEIGHT    16.0
#define HEADER_HEIGHT  20.0
#define TURNS_HEIGHT   10.0
#define TICK_ROW       7.0
#define GAP            12.0

/* one line of @text in [x, x + width), ellipsized, its top at @y */
static void
label (Pdf            *pdf,
       const char     *text,
       const char     *font_name,
       const Rgb      *color,
       double          x,
       double          y,
       double          width,
       PangoAlignment  alignment)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (font_name);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  if (pdf->language != NULL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (pdf->language)));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  cairo_set_source_rgb (pdf->cr, color->r, color->g, color->b);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, layout);
}

/* the chart's title; a new page first when the chart of @height would not fit */
static void
title (Pdf        *pdf,
       const char *text,
       double      height)
{
  if (pdf->page_used && pdf->y + GAP + 16 + height > BOTTOM)
    _gloss_pdf_new_page (pdf);
  else if (pdf->page_used)
    pdf->y += GAP;
  label (pdf, text, FONT_FAMILY " Bold 10", &text_color, MARGIN, pdf->y, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
  pdf->y += 16;
  pdf->page_used = TRUE;
}

static void
draw_matrix (Pdf               *pdf,
             const GlossReport *report)
{
  guint n_topics = report->sections->len;
  guint max = gloss_report_count_max (report);
  double label_width = MIN (130.0, CONTENT_WIDTH / (n_topics + 1));
  double cell_width = MIN (72.0, (CONTENT_WIDTH - label_width) / MAX (n_topics, 1));

  title (pdf, report->matrix_heading, HEADER_HEIGHT + CELL_HEIGHT * MIN (report->speakers->len, 4));
  for (guint t = 0; t < n_topics; t++)
    {
      const GlossReportSection *section = g_ptr_array_index (report->sections, t);
      Rgb color = _gloss_pdf_parse_color (section->color);
      double x = MARGIN + label_width + t * cell_width;

      label (pdf, section->name, FONT_FAMILY " 7.5", &text_color, x + 1, pdf->y, cell_width - 2, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (pdf->cr, color.r, color.g, color.b);
      cairo_rectangle (pdf->cr, x + 2, pdf->y + HEADER_HEIGHT - 6, cell_width - 4, 2.5);
      cairo_fill (pdf->cr);
    }
  pdf->y += HEADER_HEIGHT;

  for (guint s = 0; s < report->speakers->len; s++)
    {
      const char *speaker = g_ptr_array_index (report->speakers, s);

      /* a long list of speakers goes on over the page */
      if (pdf->y + CELL_HEIGHT > BOTTOM)
        _gloss_pdf_new_page (pdf);
      label (pdf, speaker, FONT_FAMILY " 8", &text_color, MARGIN, pdf->y + 3, label_width - 4, PANGO_ALIGN_LEFT);
      for (guint t = 0; t < n_topics; t++)
        {
          const GlossReportSection *section = g_ptr_array_index (report->sections, t);
          Rgb color = _gloss_pdf_parse_color (section->color);
          guint n = gloss_report_count (report, speaker, section);
          double x = MARGIN + label_width + t * cell_width;

          cairo_set_source_rgba (pdf->cr, color.r, color.g, color.b, gloss_report_cell_opacity (n, max));
          cairo_rectangle (pdf->cr, x + 0.5, pdf->y + 0.5, cell_width - 1, CELL_HEIGHT - 1);
          cairo_fill (pdf->cr);
          if (n > 0)
            {
              g_autofree char *count = g_strdup_printf ("%u", n);

              label (pdf, count, FONT_FAMILY " 8", &text_color, x, pdf->y + 3, cell_width, PANGO_ALIGN_CENTER);
            }
        }
      pdf->y += CELL_HEIGHT;
    }
}

static void
draw_timeline (Pdf               *pdf,
               const GlossReport *report)
{
  GlossTranscript *text = report->records->transcript;
  guint length = MAX (gloss_transcript_get_length (text), 1);
  double height = TURNS_HEIGHT + 3 + report->sections->len * TICK_ROW;
  double top;

  title (pdf, report->timeline_heading, height);
  top = pdf->y;
  for (guint i = 0; i < gloss_transcript_get_n_turns (text); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (text, i);
      Rgb color = _gloss_pdf_parse_color (gloss_report_turn_color (turn->kind));
      double x0 = (double) turn->start * CONTENT_WIDTH / length;
      double x1 = (double) turn->end * CONTENT_WIDTH / length;

      cairo_set_source_rgb (pdf->cr, color.r, color.g, color.b);
      cairo_rectangle (pdf->cr, MARGIN + x0, top, MAX (x1 - x0, 1.5) - 0.7, TURNS_HEIGHT);
      cairo_fill (pdf->cr);
    }
  for (guint t = 0; t < report->sections->len; t++)
    {
      const GlossReportSection *section = g_ptr_array_index (report->sections, t);
      Rgb color = _gloss_pdf_parse_color (section->color);

      cairo_set_source_rgb (pdf->cr, color.r, color.g, color.b);
      for (guint i = 0; i < section->records->len; i++)
        {
          const GlossExportRecord *record = g_ptr_array_index (section->records, i);
          double x;

          if (!record->located || record->role != GLOSS_TEXT_TRANSCRIPT)
            continue;
          x = (double) gloss_claim_get_start (record->claim) * CONTENT_WIDTH / length;
          cairo_rectangle (pdf->cr, MARGIN + x, top + TURNS_HEIGHT + 3 + t * TICK_ROW, 1.5, TICK_ROW - 1.5);
        }
      cairo_fill (pdf->cr);
    }
  pdf->y = top + height;
}

void
_gloss_pdf_draw_charts (Pdf               *pdf,
                        const GlossReport *report)
{
  g_return_if_fail (pdf != NULL && report != NULL);

  if (report->n_claims == 0)
    return;

  draw_matrix (pdf, report);
  draw_timeline (pdf, report);
}
