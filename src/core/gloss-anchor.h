#pragma once

#include <glib.h>

#include "gloss-claim.h"
#include "gloss-diff.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* Re-anchoring: where each claim made on an old text belongs in a revised
 * one. With the old text, both texts are diffed (GlossDiff) and each claim
 * is judged in this order:
 *
 *   exact     the new text at the claim's mapped span (its start and end
 *             through the diff, see GlossDiffGravity) is the quote; or
 *             the quote lies within GLOSS_CLAIM_CONTEXT_LENGTH of the
 *             mapped start (a shortest diff may attribute an edit next to
 *             repeated words to either side of them).
 *   moved     the quote is identical elsewhere: through a moved block of
 *             the diff; or found in text the revision inserted, with at
 *             least half of its prefix or suffix alike (any quote of 64
 *             code points or more; or one of 24 or more that is found only
 *             once). Between several places the context decides, then the
 *             nearness to where the claim's neighbours went and to its
 *             mapped start.
 *   fuzzy     the quote changed a little: the best of the mapped span,
 *             the moved span and an approximate search, whose similarity
 *             to the quote (gloss_diff_similarity) reaches the threshold.
 *             The search looks for four pieces of the quote in the
 *             inserted text; where they agree on a place (two of them for
 *             a quote of 48 code points or more), a local alignment finds
 *             the stretch that matches, and the context must support it
 *             as above. A span's edges are the characters of the new text
 *             that correspond to the quote's: whitespace the quote did not
 *             have at an edge is left out, and a quote that began (ended)
 *             on a word boundary takes in the whole first (last) word.
 *   orphaned  none of these: the text is gone, rewritten, or split.
 *
 * Text that was already in the old text at another place (an unchanged
 * stretch of it) is that place's, not this claim's: it is taken only when
 * its context fits this claim better than its own old context.
 *
 * When at least half of the old span is unchanged in place, a fuzzy match
 * there wins over an identical quote elsewhere: the text was edited where
 * it stands.
 *
 * Without an old text (a project whose text was edited by hand) there is
 * no diff: each quote is looked for where the claim was, shifted as much as
 * the claim before it, then around there, then everywhere (with the same
 * rules for the context), then approximately around there. An identical
 * quote is exact when its place keeps the claims' order (it is on a
 * longest run of placed claims whose new starts keep their old order),
 * moved when it does not.
 *
 * Cost: the diff (see gloss-diff.h), then O(log H) per claim for the
 * mapping, H the number of hunks, plus O(quote) to compare; only claims
 * that are not exact are searched for, each in O(H + the text around the
 * hunks) plus the alignments. */

typedef enum
{
  GLOSS_ANCHOR_EXACT,
  GLOSS_ANCHOR_MOVED,
  GLOSS_ANCHOR_FUZZY,
  GLOSS_ANCHOR_ORPHANED,
} GlossAnchorStatus;

#define GLOSS_ANCHOR_STATUS_LAST GLOSS_ANCHOR_ORPHANED

/* a fuzzy match needs this similarity (unrelated English text of the same
 * length scores about 0.5, a corrected figure or word 0.85 to 0.98) */
#define GLOSS_ANCHOR_DEFAULT_THRESHOLD 0.75

typedef struct
{
  GlossAnchorStatus status;
  /* the span in the new text; for an orphan start == end, where the old
   * start maps to (a hint for the user, not a placement) */
  guint start;
  guint end;
  /* 1.0 for exact and moved, the similarity for fuzzy, 0.0 for orphaned */
  double score;
} GlossAnchorResult;

/* "exact", "moved", "fuzzy", "orphaned" */
const char  *gloss_anchor_status_to_string   (GlossAnchorStatus  status);
gboolean     gloss_anchor_status_from_string (const char        *str,
                                              GlossAnchorStatus *status);

/* @claims: GlossClaim made on @old_text, best in old-text order (the
 * order of GlossProject; the neighbours' placements help). Returns a
 * GArray of GlossAnchorResult, one per claim, in the same order. Changes
 * nothing. */
GArray      *gloss_anchor_claims             (GlossTranscript   *old_text,
                                              GlossTranscript   *new_text,
                                              GPtrArray         *claims);
/* @old_text may be NULL (no diff: see above). @diff may be NULL, or the
 * diff of the two texts when the caller needs it too (to map other
 * offsets). @threshold: the least similarity of a fuzzy match, in (0, 1]. */
GArray      *gloss_anchor_claims_full        (GlossTranscript   *old_text,
                                              GlossTranscript   *new_text,
                                              GlossDiff         *diff,
                                              GPtrArray         *claims,
                                              double             threshold);

/* how many results have each status; @counts has GLOSS_ANCHOR_STATUS_LAST + 1 */
void         gloss_anchor_count              (GArray            *results,
                                              guint             *counts);


/* A copy of @claim placed at @result's span of @new_text: the same id,
 * topics, note, author and dates; quote, prefix and suffix from the new
 * text. NULL for an orphan. */
GlossClaim  *gloss_anchor_relocate_claim     (GlossClaim        *claim,
                                              GlossTranscript   *new_text,
                                              const GlossAnchorResult *result);

G_END_DECLS
