#pragma once

#include <adwaita.h>

#include "gloss-project.h"
#include "gloss-review.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_REVIEW_PAGE (gloss_review_page_get_type ())
G_DECLARE_FINAL_TYPE (GlossReviewPage, gloss_review_page, GLOSS, REVIEW_PAGE, AdwBin)

/* Which findings the list shows. */
typedef enum
{
  GLOSS_REVIEW_FILTER_PROBLEMS,   /* everything but matches: the default */
  GLOSS_REVIEW_FILTER_MISMATCH,
  GLOSS_REVIEW_FILTER_MISSING_IN_TRANSLATION,
  GLOSS_REVIEW_FILTER_MISSING_IN_ORIGINAL,
  GLOSS_REVIEW_FILTER_MATCH,
  GLOSS_REVIEW_FILTER_ALL,
} GlossReviewFilter;

/* The Review page of the side panel: the findings of the translation
 * review, filtered by status with a count for each. It checks the
 * project's figures again, in a worker thread, whenever the original or
 * the alignment changes.
 *
 * Property "review": the review shown (NULL without an original, and
 * until the first check is done); "busy": a check is running.
 * Signals:
 *   "finding-activated" (GlossReviewFinding *)  Enter, a double click, or
 *                                               a row the user selected
 *   "claim-finding"     (GlossReviewFinding *)  T or Ctrl+Return, or the
 *                                               page's button */
GtkWidget          *gloss_review_page_new             (void);
void                gloss_review_page_set_project     (GlossReviewPage   *self,
                                                       GlossProject      *project);
GlossReview        *gloss_review_page_get_review      (GlossReviewPage   *self);
gboolean            gloss_review_page_get_busy        (GlossReviewPage   *self);

void                gloss_review_page_set_filter      (GlossReviewPage   *self,
                                                       GlossReviewFilter  filter);
GlossReviewFilter   gloss_review_page_get_filter      (GlossReviewPage   *self);
/* the findings the filter lets through, as listed */
GListModel         *gloss_review_page_get_shown       (GlossReviewPage   *self);
/* the finding selected in the list, or NULL */
GlossReviewFinding *gloss_review_page_get_selected    (GlossReviewPage   *self);
void                gloss_review_page_select          (GlossReviewPage   *self,
                                                       guint              position);
/* the filter's label, count included ("Mismatches (3)") */
char               *gloss_review_page_dup_filter_label (GlossReviewPage  *self,
                                                        GlossReviewFilter filter);
void                gloss_review_page_focus_list      (GlossReviewPage   *self);
/* selects the next (@forward) or previous problem finding of the list (not
 * a match), after the selected one or from the start, wrapping around, and
 * activates it; FALSE when the list shows no problem */
gboolean            gloss_review_page_step_problem    (GlossReviewPage   *self,
                                                       gboolean           forward);

G_END_DECLS
