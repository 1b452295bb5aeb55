#include "config.h"

#include "gloss-export-pdf.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "gloss-export-pdf-private.h"
#include "gloss-export-report.h"

const Rgb _gloss_pdf_text_color = { 0.14, 0.12, 0.19 };
const Rgb _gloss_pdf_muted_color = { 0.37, 0.36, 0.39 };

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

Rgb
_gloss_pdf_parse_color (const char *color)
{
  Rgb rgb = muted_color;
  guint value;

  if (color != NULL && color[0] == '#' && strlen (color) == 7 &&
      sscanf (color + 1, "%06x", &value) == 1)
    rgb = (Rgb) { ((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0, (value & 0xff) / 255.0 };

  return rgb;
}

static void
draw_footer (Pdf *pdf)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY " 8");
  g_autofree char *number = g_strdup_printf ("%u", pdf->page);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_set_source_rgb (pdf->cr, muted_color.r, muted_color.g, muted_color.b);
  cairo_move_to (pdf->cr, (PAGE_WIDTH - width) / 2, PAGE_HEIGHT - MARGIN / 2 - height);
  pango_cairo_show_layout (pdf->cr, layout);
}

void
_gloss_pdf_start_page (Pdf *pdf)
{
  cairo_rectangle_t extents = { 0, 0, PAGE_WIDTH, PAGE_HEIGHT };

  pdf->surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  pdf->cr = cairo_create (pdf->surface);
}

void
_gloss_pdf_finish_page (Pdf *pdf)
{
  draw_footer (pdf);
  cairo_destroy (pdf->cr);
  g_ptr_array_add (pdf->pages, pdf->surface);
  pdf->cr = NULL;
  pdf->surface = NULL;
}

void
_gloss_pdf_new_page (Pdf *pdf)
{
  _gloss_pdf_finish_page (pdf);
  _gloss_pdf_start_page (pdf);
  pdf->page++;
  pdf->y = MARGIN;
  pdf->page_used = FALSE;
}

typedef struct
{
  const char *font;       /* a Pango font description */
  double      indent;
  double      space_before;
  const Rgb  *color;
  const Rgb  *bar;        /* a bar left of the block (a quote), or NULL */
  gsize       bold_bytes; /* the first bytes in bold (a label), 0 for none */
  const char *language;   /* of the text, NULL for the report's */
  gboolean    keep_with_next;
} Style;

/* Lays @text out line by line, breaking pages between lines, so that no
 * quote is too long for the report. */
static void
block (Pdf         *pdf,
       const char  *text,
       const Style *style)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (style->font);
  PangoAttrList *attrs = pango_attr_list_new ();
  const char *language = style->language != NULL ? style->language : pdf->language;
  PangoLayoutIter *iter;
  double width = CONTENT_WIDTH - style->indent;
  int layout_height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  if (language != NULL)
    pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (language)));
  if (style->bold_bytes > 0)
    {
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = 0;
      bold->end_index = (guint) style->bold_bytes;
      pango_attr_list_insert (attrs, bold);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_get_pixel_size (layout, NULL, &layout_height);
  if (pdf->page_used)
    pdf->y += style->space_before;
  /* a heading is not left alone at the foot of a page */
  if (pdf->page_used && style->keep_with_next && pdf->y + layout_height + 40 > BOTTOM)
    _gloss_pdf_new_page (pdf);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);
      double line_height, line_top;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_height = (double) logical.height / PANGO_SCALE;
      line_top = (double) logical.y / PANGO_SCALE;
      if (pdf->page_used && pdf->y + line_height > BOTTOM)
        _gloss_pdf_new_page (pdf);
      (void) line_top;

      if (style->bar != NULL)
        {
          cairo_set_source_rgb (pdf->cr, style->bar->r, style->bar->g, style->bar->b);
          cairo_rectangle (pdf->cr, MARGIN + style->indent - QUOTE_INDENT + 2, pdf->y, 3, line_height);
          cairo_fill (pdf->cr);
        }
      cairo_set_source_rgb (pdf->cr, style->color->r, style->color->g, style->color->b);
      cairo_move_to (pdf->cr, MARGIN + style->indent + (double) logical.x / PANGO_SCALE,
                     pdf->y + (double) (baseline - logical.y) / PANGO_SCALE);
      pango_cairo_show_layout_line (pdf->cr, line);
      pdf->y += line_height;
      pdf->page_used = TRUE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* a translated template with its one %s filled (plain text: no escaping) */
static char *
fill (const char *template,
      const char *arg)
{
  const char *hole = strstr (template, "%s");

  if (hole == NULL)
    return g_strdup (template);

  return g_strdup_printf ("%.*s%s%s", (int) (hole - template), template, arg, hole + 2);
}

/* "Label value", the label in bold */
static void
labelled (Pdf        *pdf,
          const char *label,
          const char *value,
          const char *language)
{
  g_autofree char *text = g_strconcat (label, " ", value, NULL);
  Style style = {
    .font = FONT_FAMILY " 9.5", .indent = QUOTE_INDENT, .space_before = 2,
    .color = &text_color, .bold_bytes = strlen (label), .language = language,
  };

  block (pdf, text, &style);
}

static void
begin_cb (const GlossReport *report,
          gpointer           user_data)
{
  Pdf *pdf = user_data;
  const Style title = { .font = FONT_FAMILY " Bold 20", .color = &text_color, .keep_with_next = TRUE };
  const Style meta = { .font = FONT_FAMILY " 10", .space_before = 4, .color = &muted_color };
  const Style heading = { .font = FONT_FAMILY " Bold 15", .space_before = 18, .color = &text_color,
                          .keep_with_next = TRUE };
  const Style plain = { .font = FONT_FAMILY " 10", .space_before = 6, .color = &text_color };

  pdf->language = report->language;
  block (pdf, report->title, &title);
  if (report->meta[0] != '\0')
    block (pdf, report->meta, &meta);
  block (pdf, report->total_label, &meta);
  block (pdf, report->claims_heading, &heading);
  if (report->no_claims != NULL)
    block (pdf, report->no_claims, &plain);
}

static void
begin_section_cb (const GlossReportSection *section,
                  gpointer                  user_data)
{
  Pdf *pdf = user_data;
  g_autofree char *text = g_strdup_printf ("%s (%s)", section->name, section->count_label);
  Rgb color = _gloss_pdf_parse_color (section->color);
  const Style heading = { .font = FONT_FAMILY " Bold 12.5", .space_before = 14,
                          .color = &text_color, .bar = &color, .indent = QUOTE_INDENT,
                          .keep_with_next = TRUE };

  block (pdf, text, &heading);
}

static void
claim_cb (const GlossReportClaim *claim,
          gpointer                user_data)
{
  Pdf *pdf = user_data;
  Rgb color = _gloss_pdf_parse_color (claim->section->color);
  const Style quote = { .font = FONT_FAMILY " Italic 10.5", .indent = QUOTE_INDENT, .space_before = 10,
                        .color = &text_color, .bar = &color, .language = claim->language };
  const Style remark = { .font = FONT_FAMILY " Italic 9", .indent = QUOTE_INDENT, .space_before = 2,
                         .color = &muted_color };

  block (pdf, claim->quote, &quote);
  if (claim->remark != NULL)
    block (pdf, claim->remark, &remark);
  if (claim->speaker != NULL)
    {
      g_autofree char *speaker = claim->role != NULL ?
                                 g_strdup_printf ("%s, %s", claim->speaker, claim->role) :
                                 g_strdup (claim->speaker);

      labelled (pdf, claim->speaker_label, speaker, claim->language);
    }
  if (claim->question_label != NULL)
    {
      g_autofree char *label = NULL;

      if (claim->asked_by != NULL)
        label = fill (claim->question_label, claim->asked_by);
      else
        label = g_strdup (claim->question_label);
      labelled (pdf, label, claim->question, claim->language);
    }
  if (claim->note != NULL)
    labelled (pdf, claim->note_label, claim->note, NULL);
  if (claim->context != NULL)
    {
      g_autofree char *sentence = g_strconcat (claim->context->cut_before ? "…" : "",
                                               claim->context->before, claim->context->quote,
                                               claim->context->after,
                                               claim->context->cut_after ? "…" : "", NULL);

      labelled (pdf, claim->context_label, sentence, claim->language);
    }
  if (claim->topics != NULL)
    labelled (pdf, claim->topics_label, claim->topics, NULL);
  labelled (pdf, claim->status_label, claim->status, NULL);
  if (claim->figures != NULL)
    labelled (pdf, claim->figures_label, claim->figures, claim->language);
  if (claim->sources != NULL)
    {
      GString *list = g_string_new (NULL);

      for (guint i = 0; i < claim->sources->len; i++)
        {
          const GlossSource *source = g_ptr_array_index (claim->sources, i);
          const char *title = gloss_source_get_title (source);
          const char *accessed = gloss_source_get_accessed (source);

          g_string_append (list, i > 0 ? "\n• " : "• ");
          if (title[0] != '\0')
            g_string_append_printf (list, "%s <%s>", title, gloss_source_get_url (source));
          else
            g_string_append (list, gloss_source_get_url (source));
          if (accessed[0] != '\0')
            {
              g_autofree char *date = fill (claim->accessed_label, accessed);

              g_string_append (list, ", ");
              g_string_append (list, date);
            }
        }
      labelled (pdf, claim->sources_label, "", NULL);
      {
        const Style items = { .font = FONT_FAMILY " 9.5", .indent = 2 * QUOTE_INDENT,
                              .space_before = 1, .color = &text_color };

        block (pdf, list->str, &items);
      }
      g_string_free (list, TRUE);
    }
}

/* the speaker × topic table: one line per speaker, counts right-aligned */
static void
summary_cb (const GlossReport *report,
            gpointer           user_data)
{
  Pdf *pdf = user_data;
  const Style heading = { .font = FONT_FAMILY " Bold 15", .space_before = 18, .color = &text_color,
                          .keep_with_next = TRUE };
  const Style note = { .font = FONT_FAMILY " 8.5", .space_before = 6, .color = &muted_color };
  guint n_columns = report->sections->len + 1;
  double first_width = MIN (CONTENT_WIDTH * 0.4, CONTENT_WIDTH - n_columns * 36.0);
  double column_width = (CONTENT_WIDTH - first_width) / n_columns;

  block (pdf, report->summary_heading, &heading);
  pdf->y += 6;

  for (guint row = 0; row <= report->speakers->len + 1; row++)
    {
      gboolean header = row == 0;
      gboolean total = row == report->speakers->len + 1;
      const char *speaker = !header && !total ? g_ptr_array_index (report->speakers, row - 1) : NULL;
      g_autoptr(PangoFontDescription) font =
        pango_font_description_from_string (header || total ? FONT_FAMILY " Bold 8.5" : FONT_FAMILY " 8.5");
      double row_height = 0;
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint c = 0; c <= n_columns; c++)
        {
          PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
          g_autofree char *text = NULL;
          int height;

          if (header)
            text = g_strdup (c == 0 ? report->speaker_heading :
                             c < n_columns ? ((GlossReportSection *) g_ptr_array_index (report->sections, c - 1))->name :
                             report->total_heading);
          else if (c == 0)
            text = g_strdup (total ? report->total_heading : speaker);
          else
            text = g_strdup_printf ("%u", gloss_report_count (report, total ? NULL : speaker,
                                                              c < n_columns ? g_ptr_array_index (report->sections, c - 1) : NULL));
          pango_layout_set_font_description (layout, font);
          pango_layout_set_width (layout, (int) (((c == 0 ? first_width : column_width) - 4) * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_alignment (layout, c == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
          pango_layout_set_text (layout, text, -1);
          pango_layout_get_pixel_size (layout, NULL, &height);
          row_height = MAX (row_height, height);
          g_ptr_array_add (cells, layout);
        }

      if (pdf->y + row_height + 4 > BOTTOM)
        _gloss_pdf_new_page (pdf);
      cairo_set_source_rgb (pdf->cr, text_color.r, text_color.g, text_color.b);
      for (guint c = 0; c < cells->len; c++)
        {
          double x = MARGIN + (c == 0 ? 0 : first_width + (c - 1) * column_width);

          cairo_move_to (pdf->cr, x, pdf->y + 2);
          pango_cairo_show_layout (pdf->cr, g_ptr_array_index (cells, c));
        }
      pdf->y += row_height + 4;
      cairo_set_source_rgb (pdf->cr, 0.8, 0.8, 0.82);
      cairo_set_line_width (pdf->cr, header ? 0.8 : 0.4);
      cairo_move_to (pdf->cr, MARGIN, pdf->y);
      cairo_line_to (pdf->cr, MARGIN + CONTENT_WIDTH, pdf->y);
      cairo_stroke (pdf->cr);
    }

  block (pdf, report->summary_note, &note);
  _gloss_pdf_draw_charts (pdf, report);
}

GPtrArray *
gloss_export_pdf_render_pages (const GlossExportRecords *records)
{
  static const GlossReportRenderer renderer = {
    .begin = begin_cb,
    .begin_section = begin_section_cb,
    .claim = claim_cb,
    .summary = summary_cb,
  };
  Pdf pdf = { 0 };

  g_return_val_if_fail (records != NULL, NULL);

  pdf.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  pdf.page = 1;
  pdf.y = MARGIN;
  _gloss_pdf_start_page (&pdf);
  gloss_report_walk (records, &renderer, &pdf);
  _gloss_pdf_finish_page (&pdf);

  return pdf.pages;
}

GBytes *
gloss_export_pdf_write (const GlossExportRecords  *records,
                        GlossExportFlags           flags,
                        GError                   **error)
{
  g_autoptr(GPtrArray) pages = NULL;
  GByteArray *bytes;
  const char *title;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (records != NULL, NULL);

  pages = gloss_export_pdf_render_pages (records);
  bytes = g_byte_array_new ();
  title = gloss_transcript_get_title (records->transcript);
  surface = cairo_pdf_surface_create_for_stream (write_cb, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Gloss");
  if (title != NULL && title[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cr = cairo_create (surface);
  for (guint i = 0; i < pages->len; i++)
    {
      cairo_set_source_surface (cr, g_ptr_array_index (pages, i), 0, 0);
      cairo_paint (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (bytes);
      g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_FAILED,
                   _("Could not write the PDF report: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (bytes);
}

const GlossExportFormat *
gloss_export_pdf_register (void)
{
  static const GlossExportFormat *format;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      format = gloss_export_format_register ("pdf", "pdf", "application/pdf", N_("PDF report"),
                                             gloss_export_pdf_write);
      g_once_init_leave (&once, 1);
    }

  return format;
}
