#pragma once

#include <glib-object.h>

#include "gloss-figures.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* One finding of a GlossReview (gloss-review.h). Its status is
 * gloss-figures' GlossFigureFindingStatus. */

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

G_END_DECLS
