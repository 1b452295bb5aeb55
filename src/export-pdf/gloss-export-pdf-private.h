#pragma once

#include <cairo.h>
#include <glib.h>

#include "gloss-export-report.h"

G_BEGIN_DECLS

/* What the report's and the transcript's layouts share: A4 pages recorded
 * one by one (cairo recording surfaces), with a page number at the foot. */

/* A4 in points, with margins of 2 cm */
#define PAGE_WIDTH    595.276
#define PAGE_HEIGHT   841.89
#define MARGIN        56.7
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define BOTTOM        (PAGE_HEIGHT - MARGIN)
#define QUOTE_INDENT  12.0

/* Sans: fontconfig resolves it and falls back per script, and the language
 * attribute makes Han text pick the Simplified Chinese (or Japanese) face */
#define FONT_FAMILY   "Sans"

typedef struct
{
  cairo_surface_t *surface;   /* the page being laid out, a recording */
  GPtrArray       *pages;     /* the recordings done */
  cairo_t         *cr;
  const char      *language;
  double           y;
  guint            page;
  gboolean         page_used;
} Pdf;

typedef struct
{
  double r, g, b;
} Rgb;


extern const Rgb _gloss_pdf_text_color;
extern const Rgb _gloss_pdf_muted_color;
#define text_color  _gloss_pdf_text_color
#define muted_color _gloss_pdf_muted_color

Rgb  _gloss_pdf_parse_color (const char *color);
void _gloss_pdf_start_page  (Pdf        *pdf);
/* draws the page number and keeps the page */
void _gloss_pdf_finish_page (Pdf        *pdf);
void _gloss_pdf_new_page    (Pdf        *pdf);

/* the speaker × topic matrix and the timeline, after the summary table */
void _gloss_pdf_draw_charts (Pdf               *pdf,
                             const GlossReport *report);

G_END_DECLS
