#pragma once

#include "gloss-export-record.h"

G_BEGIN_DECLS

/*
 * The report walker
 * -----------------
 * A report (Markdown, HTML, and a PDF from outside the core) is the same
 * walk over the claims, rendered in different markup. The walker decides
 * what a report says and in which order; a renderer only writes it:
 *
 *   begin (report)             title, date · place · source, the number of
 *                              claims, and the heading "Claims by topic";
 *                              report->sections lists every section ahead
 *                              (for a table of contents)
 *   for each section:          one per topic that has claims, in the
 *                              project's order, then the claims without a
 *                              topic ("Without topic")
 *     begin_section (section)
 *     claim (claim)            for each claim of the section, text order; a
 *                              claim with two topics comes under both
 *     end_section (section)
 *   summary (report)           the table of claims per speaker (rows, in
 *                              order of their first claim) × section
 *                              (columns), with totals (gloss_report_count)
 *   end (report)
 *
 * Any callback may be NULL. All strings are plain text, unescaped, labels
 * already translated: escaping is the renderer's job. The structures live
 * until gloss_report_walk () returns.
 */

typedef struct
{
  /* 0-based, in the order of the walk */
  guint        index;
  /* NULL for the claims without a topic */
  GlossTopic  *topic;
  /* the topic's name, or "Without topic" */
  const char  *name;
  /* the topic's colour as #rrggbb, or a neutral grey when it has none valid */
  const char  *color;
  /* "5 claims" */
  const char  *count_label;
  /* const GlossExportRecord *, in text order */
  GPtrArray   *records;
} GlossReportSection;

typedef struct
{
  const GlossExportRecords *records;
  /* the transcript's title, or "Claims report" */
  const char *title;
  /* "date · place · source" of the transcript, "" when it has none */
  const char *meta;
  /* "9 claims" */
  const char *total_label;
  guint       n_claims;
  /* the transcript's language (BCP 47), or NULL */
  const char *language;
  /* "Claims by topic" */
  const char *claims_heading;
  /* "No claims." when there are none, else NULL */
  const char *no_claims;
  /* GlossReportSection * */
  GPtrArray  *sections;
  /* const char *: the speakers of the claims in order of their first
   * claim; claims without one are counted under "No speaker" */
  GPtrArray  *speakers;
  /* "Summary", "Speaker", "Total", and the note under the table */
  const char *summary_heading;
  const char *speaker_heading;
  const char *total_heading;
  const char *summary_note;
  /* the charts' titles: "Claims by speaker and topic" (the speaker ×
   * section matrix) and "Where topics are discussed" (the timeline) */
  const char *matrix_heading;
  const char *timeline_heading;
} GlossReport;

typedef struct
{
  const GlossExportRecord  *record;
  const GlossReportSection *section;
  /* the quote as stored, newlines kept */
  const char *quote;
  /* the language of the claim's text when it differs from the report's */
  const char *language;
  /* "From the original text" or "No longer found in the text", else NULL */
  const char *remark;
  /* "Speaker:", or "Asked by:" in a question; NULL when nobody is named */
  const char *speaker_label;
  const char *speaker;
  /* the speaker's role among the participants, or NULL */
  const char *role;
  /* for an answer: "In answer to %s:" (its one %s is for @asked_by) when
   * the asker is known, else "In answer to a question:"; NULL otherwise */
  const char *question_label;
  const char *asked_by;
  /* the first words of that question */
  const char *question;
  /* "Note:" and the note, NULL when it is empty */
  const char *note_label;
  const char *note;
  /* "Context:" and the sentence around the claim, or NULL */
  const char *context_label;
  const GlossExportContext *context;
  /* "Topics:" and the names joined by ", ", NULL without topics */
  const char *topics_label;
  const char *topics;
  /* "Status:", the status for people ("Verified") and as in the file
   * ("verified", for a style class); always set */
  const char *status_label;
  const char *status;
  const char *status_id;
  /* "Figures:" and the figures the quote states, joined by ", "; NULL
   * when it states none */
  const char *figures_label;
  const char *figures;
  /* "Sources:" and the claim's GlossSource list; NULL without sources.
   * accessed_label is "accessed %s", its one %s for a source's date. Only
   * a source for which gloss_source_is_web_link () is TRUE may become a
   * link: anything else is shown as text. */
  const char *sources_label;
  GPtrArray  *sources;
  const char *accessed_label;
} GlossReportClaim;

typedef struct
{
  void (*begin)         (const GlossReport        *report,
                         gpointer                  user_data);
  void (*begin_section) (const GlossReportSection *section,
                         gpointer                  user_data);
  void (*claim)         (const GlossReportClaim   *claim,
                         gpointer                  user_data);
  void (*end_section)   (const GlossReportSection *section,
                         gpointer                  user_data);
  void (*summary)       (const GlossReport        *report,
                         gpointer                  user_data);
  void (*end)           (const GlossReport        *report,
                         gpointer                  user_data);
} GlossReportRenderer;

typedef char *(*GlossReportEscapeFunc) (const char *text);

void   gloss_report_walk          (const GlossExportRecords  *records,
                                   const GlossReportRenderer *renderer,
                                   gpointer                   user_data);

/* Claims of @speaker (one of report->speakers, NULL for every speaker) in
 * @section (NULL for every claim, each counted once). */
guint  gloss_report_count         (const GlossReport         *report,
                                   const char                *speaker,
                                   const GlossReportSection  *section);

/* The charts of a report, drawn alike in HTML (SVG) and PDF (cairo).
 * The matrix shades a speaker × section cell by its count's share of the
 * largest count (gloss_report_count_max, at least 1): an opacity in
 * [0.2, 1], 0.06 for none. */
guint  gloss_report_count_max     (const GlossReport         *report);
double gloss_report_cell_opacity  (guint                      count,
                                   guint                      max);
/* the timeline's band of turns: a turn's colour as #rrggbb */
const char *gloss_report_turn_color (GlossTurnKind            kind);

/* Fills the one "%s" of a translated @template with @escaped_arg, escaping
 * the template's text with @escape, so that a translation cannot inject
 * markup either. Without a "%s", @template is only escaped. */
char  *gloss_report_fill_template (const char                *template,
                                   const char                *escaped_arg,
                                   GlossReportEscapeFunc      escape);

G_END_DECLS
