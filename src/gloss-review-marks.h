#pragma once

#include <gtk/gtk.h>

#include "gloss-parallel-view.h"
#include "gloss-review.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_REVIEW_MARKS (gloss_review_marks_get_type ())
G_DECLARE_FINAL_TYPE (GlossReviewMarks, gloss_review_marks, GLOSS, REVIEW_MARKS, GObject)

/* The review's findings marked in both panes of a parallel view: every
 * figure checked is marked lightly, and each that does not match
 * (mismatch, missing on the other side) more strongly, with a tooltip
 * giving both figures. A review of other texts than the ones shown (a
 * replaced original, until its review is done) marks nothing.
 *
 * A long text has tens of thousands of figures: they are marked a slice
 * at a time (at most MARK_BUDGET_US of work per main-loop turn), the ones
 * on screen first, so that the window keeps drawing its frames. Lookups
 * (gloss_review_marks_finding_at, the tooltips) are ready at once. */
GlossReviewMarks *gloss_review_marks_new        (GlossParallelView *view);
void              gloss_review_marks_set_review (GlossReviewMarks  *self,
                                                 GlossReview       *review);
/* TRUE while figures are still to be marked */
gboolean          gloss_review_marks_get_pending (GlossReviewMarks *self);
/* the tag of the figures that match (@problem FALSE) or of the others */
GtkTextTag       *gloss_review_marks_get_tag    (GlossReviewMarks  *self,
                                                 GlossTextRole      role,
                                                 gboolean           problem);
/* the finding whose figure holds @offset of @role's text, or NULL */
GlossReviewFinding *gloss_review_marks_finding_at (GlossReviewMarks *self,
                                                   GlossTextRole     role,
                                                   guint             offset);
/* the tooltip over a problem at @offset, or NULL */
char             *gloss_review_marks_dup_note   (GlossReviewMarks  *self,
                                                 GlossTextRole      role,
                                                 guint              offset);

G_END_DECLS
