#pragma once

#include <gio/gio.h>

#include "gloss-project.h"
#include "gloss-speaker.h"

G_BEGIN_DECLS

/*
 * Claim records: what every export format says about a claim
 * ----------------------------------------------------------
 * A record is a claim of the export with what the formats derive from it,
 * computed once. Offsets are Unicode code points into the claim's own text
 * (the transcript, or the original for a claim on the original), half-open
 * [start, end). The turn is the one containing the claim's start (its
 * number is 1-based, counting every turn, header included); the speaker,
 * their role, the question an answer answers and who asked it come from
 * gloss_speaker_of_claim (), the rule the sidebar uses too.
 *
 * An orphan (gloss_claim_get_orphaned) is not located: it keeps its quote,
 * topics and note, but has no offsets, turn, speaker or context.
 */

typedef struct _GlossExportRecord GlossExportRecord;

struct _GlossExportRecord
{
  GlossClaim      *claim;
  /* the text the claim is on and its role in the project */
  GlossTranscript *text;
  GlossTextRole    role;
  /* FALSE for an orphan */
  gboolean         located;
  /* speaker.turn == -1 when the claim is in no turn (and for an orphan) */
  GlossSpeaker     speaker;
  /* GlossTopic *, in the project's order */
  GPtrArray       *topics;
  /* const char *: topic ids the project does not know, in the claim's order */
  GPtrArray       *unknown_topics;
  /* GlossFigure *: the figures the quote states (gloss_figures_extract_stated),
   * offsets into the quote */
  GPtrArray       *figures;
  /* after a 3-way merge that left the claim conflicting
   * (gloss_claim_get_conflict), the other version as a record of its own
   * (with no conflict), else NULL */
  GlossExportRecord *conflict;
};

typedef struct
{
  GlossProject    *project;
  GlossTranscript *transcript;
  /* GlossTopic *, every topic of the project, in the user's order */
  GPtrArray       *topics;
  /* GlossExportRecord *, each claim once, in text order */
  GPtrArray       *records;
} GlossExportRecords;

/* The sentence or sentences around a claim: text before the quote, the
 * quote, text after it, whitespace collapsed; cut_* say that a side was
 * shortened to keep the whole under about 400 characters. */
typedef struct
{
  char     *before;
  char     *quote;
  char     *after;
  gboolean  cut_before;
  gboolean  cut_after;
} GlossExportContext;

/* @claims: a GListModel of GlossClaim, or NULL for all the project's.
 * Fails with GLOSS_EXPORT_ERROR_INVALID_CLAIM when a claim's span is not
 * inside its text or the claim is on an original the project lacks. */
GlossExportRecords *gloss_export_records_new                  (GlossProject             *project,
                                                               GListModel               *claims,
                                                               GError                  **error);
void                gloss_export_records_free                 (GlossExportRecords       *records);

/* the turn at the claim, or NULL */
const GlossTurn    *gloss_export_record_get_turn              (const GlossExportRecord  *record);
/* 1-based, 0 when the claim is in no turn */
guint               gloss_export_record_get_turn_number       (const GlossExportRecord  *record);
/* the turn's kind as a string ("answer"), or NULL */
const char         *gloss_export_record_get_speaker_kind      (const GlossExportRecord  *record);
/* the question an answer answers, or NULL */
const GlossTurn    *gloss_export_record_get_question          (const GlossExportRecord  *record);
/* topic names in the project's order, then unknown ids as they are */
char               *gloss_export_record_join_topic_names      (const GlossExportRecord  *record,
                                                               const char               *separator);
/* the figures as written, joined by @separator; "" for none */
char               *gloss_export_record_join_figures          (const GlossExportRecord  *record,
                                                               const char               *separator);
/* one source on one line, in no language: "Title <url> (2021-07-20)", the
 * parts it has */
char               *gloss_export_source_to_string             (const GlossSource        *source);
/* the other version of a conflicting claim in one line, in no language:
 * "topics: A; B | note: … | author: …" (the parts it has; "topics: " with
 * nothing after it when it has none); NULL when the claim has no conflict */
char               *gloss_export_record_dup_conflict_summary  (const GlossExportRecord  *record);
/* the claim's sources (gloss_export_source_to_string) joined by @separator */
char               *gloss_export_record_join_sources          (const GlossExportRecord  *record,
                                                               const char               *separator);
/* the first words of the question the claim answers, or NULL */
char               *gloss_export_record_dup_question_excerpt  (const GlossExportRecord  *record);
/* FALSE when there is no context worth showing (an orphan, or a sentence
 * that is no more than the quote); @context is cleared first */
gboolean            gloss_export_record_get_context           (const GlossExportRecord  *record,
                                                               GlossExportContext       *context);
void                gloss_export_context_clear                (GlossExportContext       *context);

/* the media time of the claim's turn in ms (*begin, *end; -1 when
 * unknown); FALSE when the turn has no time */
gboolean            gloss_export_record_get_time              (const GlossExportRecord  *record,
                                                               gint64                   *begin,
                                                               gint64                   *end);
/* milliseconds as seconds with no more decimals than needed ("12.5",
 * "3"), in the C locale; NULL for -1 */
char               *gloss_export_seconds_to_string            (gint64                    ms);
/* "2021-07-16T09:30:00Z" (UTC), or NULL for NULL */
char               *gloss_export_time_to_string               (GDateTime                *time);
/* runs of whitespace, newlines included, become one space */
char               *gloss_export_collapse_whitespace          (const char               *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossExportRecords, gloss_export_records_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GlossExportContext, gloss_export_context_clear)

G_END_DECLS
