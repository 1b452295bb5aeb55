#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "gloss-export-pdf-private.h"
#include "gloss-export-pdf.h"

/* The transcript as it reads in the window, for printing: paragraphs with
 * each claim highlighted in its first topic's colour, and in the margin
 * the numbers of the claims that begin on a line (claims numbered in text
 * order, as the report and the exports list them). */

#define GUTTER      30.0
#define HIGHLIGHT_ALPHA 0x5000

typedef struct
{
  GlossProject *project;
  GHashTable   *numbers;  /* GlossClaim → its number */
} Transcript;

static void
free_numbers (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
add_highlight (PangoAttrList *attrs,
               GlossProject  *project,
               GlossClaim    *claim,
               guint          start_index,
               guint          end_index)
{
  const char * const *topics = gloss_claim_get_topics (claim);
  GlossTopic *topic = topics[0] != NULL ? gloss_project_lookup_topic (project, topics[0]) : NULL;
  Rgb color = _gloss_pdf_parse_color (topic != NULL ? gloss_topic_get_color (topic) : NULL);
  PangoAttribute *background = pango_attr_background_new ((guint16) (color.r * 65535), (guint16) (color.g * 65535),
                                                          (guint16) (color.b * 65535));
  PangoAttribute *alpha = pango_attr_background_alpha_new (HIGHLIGHT_ALPHA);

  background->start_index = alpha->start_index = start_index;
  background->end_index = alpha->end_index = end_index;
  pango_attr_list_insert (attrs, background);
  pango_attr_list_insert (attrs, alpha);
}

static void
paragraph (Pdf        *pdf,
           Transcript *transcript,
           const char *text,
           gsize       length,
           guint       start,
           guint       end)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Serif 10.5");
  g_autoptr(PangoFontDescription) small = pango_font_description_from_string ("Sans 7");
  g_autoptr(GPtrArray) claims = gloss_project_get_claims_in (transcript->project, GLOSS_TEXT_TRANSCRIPT, start, end);
  g_autoptr(GHashTable) line_numbers = g_hash_table_new_full (NULL, NULL, NULL, free_numbers);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoLayoutIter *iter;
  int line_no = 0;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((CONTENT_WIDTH - GUTTER) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, (int) length);
  if (pdf->language != NULL)
    pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (pdf->language)));

  for (guint i = 0; i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);
      guint from = MAX (gloss_claim_get_start (claim), start) - start;
      guint to = MIN (gloss_claim_get_end (claim), end) - start;

      add_highlight (attrs, transcript->project, claim,
                     (guint) (g_utf8_offset_to_pointer (text, from) - text),
                     (guint) (g_utf8_offset_to_pointer (text, to) - text));
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  /* once laid out: the line each claim begins on gets its number */
  for (guint i = 0; i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);
      guint from_index;
      GString *numbers;
      int line;

      if (gloss_claim_get_start (claim) < start)
        continue;
      from_index = (guint) (g_utf8_offset_to_pointer (text, gloss_claim_get_start (claim) - start) - text);
      pango_layout_index_to_line_x (layout, (int) from_index, FALSE, &line, NULL);
      numbers = g_hash_table_lookup (line_numbers, GINT_TO_POINTER (line));
      if (numbers == NULL)
        {
          numbers = g_string_new (NULL);
          g_hash_table_insert (line_numbers, GINT_TO_POINTER (line), numbers);
        }
      g_string_append_printf (numbers, "%s%u", numbers->len > 0 ? "," : "",
                              GPOINTER_TO_UINT (g_hash_table_lookup (transcript->numbers, claim)));
    }

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      GString *numbers = g_hash_table_lookup (line_numbers, GINT_TO_POINTER (line_no));
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);
      double line_height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_height = (double) logical.height / PANGO_SCALE;
      if (pdf->page_used && pdf->y + line_height > BOTTOM)
        _gloss_pdf_new_page (pdf);

      cairo_set_source_rgb (pdf->cr, text_color.r, text_color.g, text_color.b);
      cairo_move_to (pdf->cr, MARGIN + GUTTER + (double) logical.x / PANGO_SCALE,
                     pdf->y + (double) (baseline - logical.y) / PANGO_SCALE);
      pango_cairo_show_layout_line (pdf->cr, line);

      if (numbers != NULL)
        {
          g_autoptr(PangoLayout) margin = pango_cairo_create_layout (pdf->cr);
          int width;

          pango_layout_set_font_description (margin, small);
          pango_layout_set_text (margin, numbers->str, -1);
          pango_layout_get_pixel_size (margin, &width, NULL);
          cairo_set_source_rgb (pdf->cr, muted_color.r, muted_color.g, muted_color.b);
          /* on the line's baseline */
          cairo_move_to (pdf->cr, MARGIN + GUTTER - 6 - width,
                         pdf->y + (double) (baseline - logical.y) / PANGO_SCALE
                         - (double) pango_layout_get_baseline (margin) / PANGO_SCALE);
          pango_cairo_show_layout (pdf->cr, margin);
        }
      pdf->y += line_height;
      pdf->page_used = TRUE;
      line_no++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

GPtrArray *
gloss_export_pdf_render_transcript_pages (GlossProject *project)
{
  GlossTranscript *text;
  const char *content, *line;
  Transcript transcript = { project, NULL };
  Pdf pdf = { 0 };
  guint offset = 0, number = 0;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  text = gloss_project_get_transcript (project);
  content = gloss_transcript_get_text (text);
  transcript.numbers = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);

      if (gloss_claim_get_text_role (claim) == GLOSS_TEXT_TRANSCRIPT && !gloss_claim_get_orphaned (claim))
        g_hash_table_insert (transcript.numbers, claim, GUINT_TO_POINTER (++number));
    }

  pdf.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  pdf.page = 1;
  pdf.y = MARGIN;
  pdf.language = gloss_transcript_get_language (text);
  _gloss_pdf_start_page (&pdf);

  line = content;
  while (*line != '\0')
    {
      const char *stop = strchr (line, '\n');
      gsize length = stop != NULL ? (gsize) (stop - line) : strlen (line);
      guint n_chars = (guint) g_utf8_strlen (line, (gssize) length);

      if (length == 0)
        pdf.y += 6;
      else
        {
          paragraph (&pdf, &transcript, line, length, offset, offset + n_chars);
          pdf.y += 4;
        }
      offset += n_chars + (stop != NULL ? 1 : 0);
      if (stop == NULL)
        break;
      line = stop + 1;
    }

  _gloss_pdf_finish_page (&pdf);
  g_hash_table_unref (transcript.numbers);

  return pdf.pages;
}
