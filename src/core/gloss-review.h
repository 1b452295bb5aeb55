#pragma once

#include <gio/gio.h>

#include "gloss-alignment.h"
#include "gloss-figures.h"
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

/* translated, for people: "match", "mismatch", "missing in translation",
 * "missing in original" */
const char        *gloss_review_status_label           (GlossFigureFindingStatus status);

#define GLOSS_TYPE_REVIEW_FINDING (gloss_review_finding_get_type ())
G_DECLARE_FINAL_TYPE (GlossReviewFinding, gloss_review_finding, GLOSS, REVIEW_FINDING, GObject)

/* One figure of the translation with its figure in the original (or
 * without, when missing). Immutable. The text role says which side:
 * GLOSS_TEXT_TRANSCRIPT is the translation, GLOSS_TEXT_ORIGINAL the
 * original. */
GlossFigureFindingStatus
                   gloss_review_finding_get_status     (GlossReviewFinding *self);
/* index of the alignment's turn pair the finding is in */
guint              gloss_review_finding_get_pair       (GlossReviewFinding *self);
/* the turn index in that text holding the figure, or -1 when the side has
 * no figure (then the pair's first turn of that side, if any, is given by
 * gloss_review_finding_get_pair_turn) */
int                gloss_review_finding_get_turn       (GlossReviewFinding *self,
                                                        GlossTextRole       role);
/* the first turn of that side of the finding's pair, or -1 when the side
 * of the pair is empty (a turn on one side only) */
int                gloss_review_finding_get_pair_turn  (GlossReviewFinding *self,
                                                        GlossTextRole       role);
/* the figure on that side, or NULL when it is missing there */
const GlossFigure *gloss_review_finding_get_figure     (GlossReviewFinding *self,
                                                        GlossTextRole       role);
/* shortcuts into the figure; "" / 0 / 0.0 when the side has none */
const char        *gloss_review_finding_get_text       (GlossReviewFinding *self,
                                                        GlossTextRole       role);
guint              gloss_review_finding_get_start      (GlossReviewFinding *self,
                                                        GlossTextRole       role);
guint              gloss_review_finding_get_end        (GlossReviewFinding *self,
                                                        GlossTextRole       role);
double             gloss_review_finding_get_value      (GlossReviewFinding *self,
                                                        GlossTextRole       role);
const char        *gloss_review_finding_get_unit       (GlossReviewFinding *self,
                                                        GlossTextRole       role);
/* TRUE for anything but a match */
gboolean           gloss_review_finding_is_problem     (GlossReviewFinding *self);
/* Translated one-line description for a list or a claim's note:
 * "Mismatch: 2.1 times in the translation, 2.4倍 in the original". */
char              *gloss_review_finding_describe       (GlossReviewFinding *self);

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
/* TRUE when every finding is a match (or there is none) */
gboolean           gloss_review_all_match       (GlossReview         *self);

G_END_DECLS
