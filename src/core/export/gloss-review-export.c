#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-export-private.h"
#include "gloss-review-export.h"
#include "gloss-speaker.h"

/* A figure to mark in a text: where, and which finding it belongs to. */
typedef struct
{
  guint start;
  guint end;
  guint finding;
  GlossFigureFindingStatus status;
} Mark;

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static const char *
status_class (GlossFigureFindingStatus status)
{
  return gloss_figure_finding_status_to_string (status);
}

static GArray *
collect_marks (GlossReview   *review,
               GlossTextRole  role)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (Mark));

  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, f);
      const GlossFigure *figure = gloss_review_finding_get_figure (finding, role);
      Mark mark;

      if (figure == NULL)
        continue;
      mark.start = figure->start;
      mark.end = figure->end;
      mark.finding = f;
      mark.status = gloss_review_finding_get_status (finding);
      g_array_append_val (marks, mark);
    }
  g_array_sort (marks, compare_marks);
  return marks;
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = _gloss_export_html_escape (text);

  g_string_append (out, escaped);
}

static void
append_lang (GString         *out,
             GlossTranscript *text)
{
  const char *language = gloss_transcript_get_language (text);

  if (language != NULL && gloss_language_tag_is_valid (language))
    g_string_append_printf (out, " lang=\"%s\"", language);
}

/* the turns' text, figures marked, each problem linked to its row */
static void
append_turns (GString         *out,
              GlossTranscript *text,
              const guint     *turns,
              guint            n_turns,
              GArray          *marks,
              guint           *mark_at,
              const char      *side)
{
  for (guint k = 0; k < n_turns; k++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (text, turns[k]);
      guint at = turn->start;

      g_string_append_printf (out, "<div class=\"turn\" id=\"%s-turn-%u\">", side, turns[k]);
      while (*mark_at < marks->len && g_array_index (marks, Mark, *mark_at).start < turn->start)
        (*mark_at)++;
      for (; *mark_at < marks->len; (*mark_at)++)
        {
          const Mark *mark = &g_array_index (marks, Mark, *mark_at);
          g_autofree char *before = NULL, *figure = NULL;

          if (mark->end > turn->end)
            break;
          if (mark->start < at)
            continue;
          before = gloss_transcript_dup_slice (text, at, mark->start);
          figure = gloss_transcript_dup_slice (text, mark->start, mark->end);
          append_escaped (out, before);
          if (mark->status == GLOSS_FIGURE_MATCH)
            g_string_append_printf (out, "<mark class=\"match\">");
          else
            g_string_append_printf (out, "<a class=\"%s\" id=\"%s-f%u\" href=\"#f%u\" title=\"%s\">",
                                    status_class (mark->status), side, mark->finding, mark->finding,
                                    gloss_review_status_label (mark->status));
          append_escaped (out, figure);
          g_string_append (out, mark->status == GLOSS_FIGURE_MATCH ? "</mark>" : "</a>");
          at = mark->end;
        }
      {
        g_autofree char *rest = gloss_transcript_dup_slice (text, at, turn->end);

        append_escaped (out, rest);
      }
      g_string_append (out, "</div>");
    }
}

static const char review_style[] =
  "    :root { color-scheme: light; }\n"
  "    body { font-family: Cantarell, \"Noto Sans\", \"Noto Sans CJK SC\", system-ui, sans-serif;\n"
  "           line-height: 1.5; margin: 2rem; color: #241f31; background: #ffffff; }\n"
  "    table { border-collapse: collapse; margin: 1rem 0; }\n"
  "    th, td { border: 1px solid #c0bfbc; padding: 0.25rem 0.6rem; vertical-align: top; text-align: left; }\n"
  "    thead th { background: #f6f5f4; }\n"
  "    table.texts { table-layout: fixed; width: 100%; }\n"
  "    .turn { white-space: pre-wrap; margin-bottom: 0.8rem; }\n"
  "    td.empty { background: #f6f5f4; }\n"
  "    mark.match { background: #c8e6c9; color: inherit; }\n"
  "    a.mismatch { background: #f66151; color: #000; font-weight: bold; }\n"
  "    a.missing-in-translation, a.missing-in-original { background: #f9f06b; color: #000; font-weight: bold; }\n"
  "    tr.mismatch td:first-child { color: #c01c28; font-weight: bold; }\n"
  "    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n";

static void
append_figure_cell (GString            *out,
                    GlossReviewFinding *finding,
                    GlossTextRole       role,
                    guint               index)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (finding, role);
  const char *side = role == GLOSS_TEXT_TRANSCRIPT ? "t" : "o";

  g_string_append (out, "<td>");
  if (figure != NULL)
    {
      g_string_append_printf (out, "<a href=\"#%s-f%u\">", side, index);
      append_escaped (out, figure->text);
      g_string_append (out, "</a>");
    }
  else
    g_string_append (out, "—");
  g_string_append (out, "</td>");
}

GBytes *
gloss_review_export_html (GlossReview       *review,
                          GlossExportFlags   flags,
                          GError           **error)
{
  GlossTranscript *transcript, *original;
  GlossAlignment *alignment;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) marks_t = NULL;
  g_autoptr(GArray) marks_o = NULL;
  const char *title;
  guint at_t = 0, at_o = 0;

  g_return_val_if_fail (GLOSS_IS_REVIEW (review), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  transcript = gloss_review_get_transcript (review);
  original = gloss_review_get_original (review);
  alignment = gloss_review_get_alignment (review);
  marks_t = collect_marks (review, GLOSS_TEXT_TRANSCRIPT);
  marks_o = collect_marks (review, GLOSS_TEXT_ORIGINAL);
  title = gloss_transcript_get_title (transcript);

  g_string_append (out, "<!DOCTYPE html>\n<html");
  append_lang (out, transcript);
  g_string_append (out, ">\n<head>\n  <meta charset=\"utf-8\">\n  <title>");
  append_escaped (out, _("Translation review"));
  if (title != NULL && title[0] != '\0')
    {
      g_string_append (out, " — ");
      append_escaped (out, title);
    }
  g_string_append_printf (out, "</title>\n  <style>\n%s  </style>\n</head>\n<body>\n<h1>", review_style);
  append_escaped (out, _("Translation review"));
  g_string_append (out, "</h1>\n");
  if (title != NULL && title[0] != '\0')
    {
      g_string_append (out, "<p class=\"meta\">");
      append_escaped (out, title);
      g_string_append (out, "</p>\n");
    }

  /* the counts */
  g_string_append (out, "<table class=\"counts\">\n<tbody>\n");
  for (guint s = 0; s <= GLOSS_FIGURE_FINDING_STATUS_LAST; s++)
    {
      g_string_append (out, "<tr><th>");
      append_escaped (out, gloss_review_status_label (s));
      g_string_append_printf (out, "</th><td>%u</td></tr>\n", gloss_review_count (review, s));
    }
  g_string_append (out, "</tbody>\n</table>\n");

  /* the findings that need a look */
  g_string_append (out, "<h2>");
  append_escaped (out, _("Findings"));
  g_string_append (out, "</h2>\n<table class=\"findings\">\n<thead><tr><th>");
  append_escaped (out, _("Status"));
  g_string_append (out, "</th><th>");
  append_escaped (out, _("Translation"));
  g_string_append (out, "</th><th>");
  append_escaped (out, _("Original"));
  g_string_append (out, "</th></tr></thead>\n<tbody>\n");
  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, f);
      GlossFigureFindingStatus status = gloss_review_finding_get_status (finding);

      if (status == GLOSS_FIGURE_MATCH)
        continue;
      g_string_append_printf (out, "<tr class=\"%s\" id=\"f%u\"><td>", status_class (status), f);
      append_escaped (out, gloss_review_status_label (status));
      g_string_append (out, "</td>");
      append_figure_cell (out, finding, GLOSS_TEXT_TRANSCRIPT, f);
      append_figure_cell (out, finding, GLOSS_TEXT_ORIGINAL, f);
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");

  /* both texts, pair by pair */
  g_string_append (out, "<h2>");
  append_escaped (out, _("Side by side"));
  g_string_append (out, "</h2>\n<table class=\"texts\">\n<thead><tr><th>");
  append_escaped (out, _("Translation"));
  g_string_append (out, "</th><th>");
  append_escaped (out, _("Original"));
  g_string_append (out, "</th></tr></thead>\n<tbody>\n");
  for (guint p = 0; p < gloss_alignment_get_n_turn_pairs (alignment); p++)
    {
      const GlossTurnPair *pair = gloss_alignment_get_turn_pair (alignment, p);

      g_string_append_printf (out, "<tr id=\"pair-%u\"><td%s", p, pair->n_transcript == 0 ? " class=\"empty\"" : "");
      append_lang (out, transcript);
      g_string_append (out, ">");
      append_turns (out, transcript, pair->transcript, pair->n_transcript, marks_t, &at_t, "t");
      g_string_append_printf (out, "</td><td%s", pair->n_original == 0 ? " class=\"empty\"" : "");
      append_lang (out, original);
      g_string_append (out, ">");
      append_turns (out, original, pair->original, pair->n_original, marks_o, &at_o, "o");
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</body>\n</html>\n");

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static void
append_number (GString *out,
               guint    value)
{
  g_string_append_printf (out, "%u", value);
}

static void
append_side_cells (GString            *out,
                   GlossTranscript    *text,
                   GlossReviewFinding *finding,
                   GlossTextRole       role)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (finding, role);
  int turn = gloss_review_finding_get_turn (finding, role);
  char value[G_ASCII_DTOSTR_BUF_SIZE];

  if (turn < 0)
    turn = gloss_review_finding_get_pair_turn (finding, role);
  if (turn >= 0)
    append_number (out, turn);
  g_string_append_c (out, ',');
  if (turn >= 0)
    _gloss_export_csv_append_cell (out, gloss_speaker_of_turn (gloss_transcript_get_turn (text, turn)));
  g_string_append_c (out, ',');
  if (figure == NULL)
    {
      g_string_append (out, ",,,,,");
      return;
    }
  _gloss_export_csv_append_cell (out, figure->text);
  g_string_append_printf (out, ",%u,%u,", figure->start, figure->end);
  g_ascii_formatd (value, sizeof value, "%.15g", figure->value);
  g_string_append (out, value);
  g_string_append_c (out, ',');
  /* the end of a range (the first five months: 1 to 5), else the value */
  g_ascii_formatd (value, sizeof value, "%.15g", figure->value_end);
  g_string_append (out, value);
  g_string_append_c (out, ',');
  _gloss_export_csv_append_cell (out, figure->unit);
}

GBytes *
gloss_review_export_csv (GlossReview       *review,
                         GlossExportFlags   flags,
                         GError           **error)
{
  static const char header[] =
    "status,pair,"
    "translation_turn,translation_speaker,translation_text,translation_start,translation_end,"
    "translation_value,translation_value_end,translation_unit,"
    "original_turn,original_speaker,original_text,original_start,original_end,"
    "original_value,original_value_end,original_unit\r\n";
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (GLOSS_IS_REVIEW (review), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(flags & GLOSS_EXPORT_FLAGS_NO_BOM))
    g_string_append (out, "\xef\xbb\xbf");
  g_string_append (out, header);

  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, f);

      g_string_append (out, gloss_figure_finding_status_to_string (gloss_review_finding_get_status (finding)));
      g_string_append_printf (out, ",%u,", gloss_review_finding_get_pair (finding));
      append_side_cells (out, gloss_review_get_transcript (review), finding, GLOSS_TEXT_TRANSCRIPT);
      g_string_append_c (out, ',');
      append_side_cells (out, gloss_review_get_original (review), finding, GLOSS_TEXT_ORIGINAL);
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
