#pragma once

#include "gloss-review-finding.h"

G_BEGIN_DECLS

/* gloss-review.c fills in the findings it makes */
struct _GlossReviewFinding
{
  GObject parent_instance;

  GlossFigureFindingStatus status;
  guint pair;
  int turn[2];
  int pair_turn[2];
  GlossFigure *figure[2];
  /* where it sorts: translation offset (for a figure missing there, the
   * place of its paragraph), then original offset */
  guint sort_t;
  guint sort_o;
};

G_END_DECLS
