#include "config.h"

#include "gloss-export-private.h"

/* The HTML report's charts, inline SVG (no script, nothing fetched): the
 * speaker × topic matrix of the summary's counts, shaded by share, and a
 * timeline of the transcript with its turns and, one row per topic, a tick
 * per claim. The same charts as the window's Statistics page. */

#define LABEL_WIDTH   160
#define CELL_WIDTH    72
#define CELL_HEIGHT   24
#define HEADER_HEIGHT 28
#define TIMELINE_WIDTH 720
#define TURNS_HEIGHT  14
#define TICK_ROW      10

static void
append_matrix (GString               *out,
               const GlossReport     *report,
               GlossReportEscapeFunc  escape)
{
  guint n_topics = report->sections->len;
  guint n_speakers = report->speakers->len;
  guint width = LABEL_WIDTH + n_topics * CELL_WIDTH;
  guint height = HEADER_HEIGHT + n_speakers * CELL_HEIGHT;
  g_autofree char *title = escape (report->matrix_heading);
  guint max = gloss_report_count_max (report);

  g_string_append_printf (out, "        <figure class=\"chart\">\n"
                               "          <figcaption>%s</figcaption>\n"
                               "          <svg xmlns=\"http://www.w3.org/2000/svg\" class=\"matrix\" "
                               "width=\"%u\" height=\"%u\" viewBox=\"0 0 %u %u\" role=\"img\">\n",
                          title, width, height, width, height);
  for (guint t = 0; t < n_topics; t++)
    {
      const GlossReportSection *section = g_ptr_array_index (report->sections, t);
      g_autofree char *name = escape (section->name);

      g_string_append_printf (out, "            <text x=\"%u\" y=\"16\" text-anchor=\"middle\">%s</text>\n",
                              LABEL_WIDTH + t * CELL_WIDTH + CELL_WIDTH / 2, name);
      g_string_append_printf (out, "            <rect x=\"%u\" y=\"22\" width=\"%u\" height=\"3\" fill=\"%s\"></rect>\n",
                              LABEL_WIDTH + t * CELL_WIDTH + 2, CELL_WIDTH - 4, section->color);
    }
  for (guint s = 0; s < n_speakers; s++)
    {
      const char *speaker = g_ptr_array_index (report->speakers, s);
      g_autofree char *name = escape (speaker);
      guint y = HEADER_HEIGHT + s * CELL_HEIGHT;

      g_string_append_printf (out, "            <text x=\"0\" y=\"%u\">%s</text>\n", y + 16, name);
      for (guint t = 0; t < n_topics; t++)
        {
          const GlossReportSection *section = g_ptr_array_index (report->sections, t);
          guint n = gloss_report_count (report, speaker, section);
          g_autofree char *section_name = escape (section->name);
          char opacity[G_ASCII_DTOSTR_BUF_SIZE];

          g_ascii_formatd (opacity, sizeof opacity, "%.2f", gloss_report_cell_opacity (n, max));
          g_string_append_printf (out, "            <rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"%u\" "
                                       "fill=\"%s\" fill-opacity=\"%s\"><title>%s · %s: %u</title></rect>\n",
                                  LABEL_WIDTH + t * CELL_WIDTH + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2,
                                  section->color, opacity, name, section_name, n);
          if (n > 0)
            g_string_append_printf (out, "            <text x=\"%u\" y=\"%u\" text-anchor=\"middle\">%u</text>\n",
                                    LABEL_WIDTH + t * CELL_WIDTH + CELL_WIDTH / 2, y + 16, n);
        }
    }
  g_string_append (out, "          </svg>\n        </figure>\n");
}

static void
append_timeline (GString               *out,
                 const GlossReport     *report,
                 GlossReportEscapeFunc  escape)
{
  GlossTranscript *text = report->records->transcript;
  guint length = MAX (gloss_transcript_get_length (text), 1);
  guint n_topics = report->sections->len;
  guint height = TURNS_HEIGHT + 4 + n_topics * TICK_ROW;
  g_autofree char *title = escape (report->timeline_heading);

  g_string_append_printf (out, "        <figure class=\"chart\">\n"
                               "          <figcaption>%s</figcaption>\n"
                               "          <svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" "
                               "width=\"%u\" height=\"%u\" viewBox=\"0 0 %u %u\" role=\"img\">\n",
                          title, TIMELINE_WIDTH, height, TIMELINE_WIDTH, height);
  for (guint i = 0; i < gloss_transcript_get_n_turns (text); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (text, i);
      guint x0 = (guint) ((guint64) turn->start * TIMELINE_WIDTH / length);
      guint x1 = (guint) ((guint64) turn->end * TIMELINE_WIDTH / length);
      const char *fill = gloss_report_turn_color (turn->kind);

      g_string_append_printf (out, "            <rect x=\"%u\" y=\"0\" width=\"%u\" height=\"%u\" fill=\"%s\"></rect>\n",
                              x0, MAX (x1 - x0, 2) - 1, TURNS_HEIGHT, fill);
    }
  for (guint t = 0; t < n_topics; t++)
    {
      const GlossReportSection *section = g_ptr_array_index (report->sections, t);

      for (guint i = 0; i < section->records->len; i++)
        {
          const GlossExportRecord *record = g_ptr_array_index (section->records, i);
          guint x;

          if (!record->located || record->role != GLOSS_TEXT_TRANSCRIPT)
            continue;
          x = (guint) ((guint64) gloss_claim_get_start (record->claim) * TIMELINE_WIDTH / length);
          g_string_append_printf (out, "            <rect x=\"%u\" y=\"%u\" width=\"2\" height=\"%u\" fill=\"%s\"></rect>\n",
                                  x, TURNS_HEIGHT + 4 + t * TICK_ROW, TICK_ROW - 2, section->color);
        }
    }
  g_string_append (out, "          </svg>\n        </figure>\n");
}

void
_gloss_export_html_append_charts (GString               *out,
                                  const GlossReport     *report,
                                  GlossReportEscapeFunc  escape)
{
  if (report->n_claims == 0)
    return;

  append_matrix (out, report, escape);
  append_timeline (out, report, escape);
}
