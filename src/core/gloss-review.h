#pragma once

#include <gio/gio.h>

#include "gloss-alignment.h"
#include "gloss-figures.h"
#include "gloss-review-finding.h"
#include "gloss-project.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* The figures of a translation checked against its original, pair by
 * aligned pair.
 *
 * The status of a finding is gloss-figures' GlossFigureFindingStatus
 * (GLOSS_FIGURE_MATCH, GLOSS_FIGURE_MISMATCH,
 * GLOSS_FIGURE_MISSING_IN_TRANSLATION, GLOSS_FIGURE_MISSING_IN_ORIGINAL;
 * gloss_figure_finding_status_to_string() names them "match", "mismatch",
 * "missing-in-translation", "missing-in-original"). */

#define GLOSS_TYPE_REVIEW (gloss_review_get_type ())
G_DECLARE_FINAL_TYPE (GlossReview, gloss_review, GLOSS, REVIEW, GObject)

/* A GListModel of GlossReviewFinding, in the translation's reading order
 * (a figure missing in the translation at the place of its pair). It is a
 * snapshot: a new alignment makes a new review.
 *
 * Within each turn pair, equal figures are matched across the whole pair
 * (translators move figures between paragraphs); the figures left over are
 * compared paragraph pair by paragraph pair, so a wrong figure is reported
 * against the figure at its place, not against one three paragraphs off.
 * A turn with no counterpart reports its figures as missing on the other
 * side, when it lies in the stretch both texts cover (between the first
 * and the last pair with turns on both sides: an original of a part of
 * the briefing reports nothing about the rest). A figure missing on one
 * side that is equal to a figure the other side states elsewhere in the
 * pair is that figure said again: a match. Noise kept out (gloss-figures decides): identifiers with digits
 * (5G, COVID-19, hotline numbers), years a translator adds in brackets
 * ("(2021-2025)"), list ordinals ("First," 一是).
 *
 * The only error is G_IO_ERROR_CANCELLED. */
GlossReview       *gloss_review_new             (GlossTranscript     *transcript,
                                                 GlossTranscript     *original,
                                                 GlossAlignment      *alignment,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
/* the project's transcript, original and alignment; the project must have
 * an original and an alignment */
GlossReview       *gloss_review_new_for_project (GlossProject        *project,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
/* the same in a worker thread (the texts and the alignment are values;
 * the project may change meanwhile, the review is of what it held) */
void               gloss_review_new_async       (GlossProject        *project,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
GlossReview       *gloss_review_new_finish      (GAsyncResult        *result,
                                                 GError             **error);

GlossTranscript   *gloss_review_get_transcript  (GlossReview         *self);
GlossTranscript   *gloss_review_get_original    (GlossReview         *self);
GlossAlignment    *gloss_review_get_alignment   (GlossReview         *self);

guint              gloss_review_get_n_findings  (GlossReview         *self);
GlossReviewFinding *gloss_review_get_finding    (GlossReview         *self,
                                                 guint                index);
/* how many findings have @status */
guint              gloss_review_count           (GlossReview         *self,
                                                 GlossFigureFindingStatus status);
/* the index of the finding whose figure on the side @role names covers
 * @offset (code points in that text), or -1 */
int                gloss_review_find_at         (GlossReview         *self,
                                                 GlossTextRole        role,
                                                 guint                offset);
/* TRUE when every finding is a match (or there is none) */
gboolean           gloss_review_all_match       (GlossReview         *self);

G_END_DECLS
