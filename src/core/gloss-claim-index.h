#pragma once

#include "gloss-claim.h"

G_BEGIN_DECLS

/* Claims sorted in text order (gloss_claim_compare), with the lookups by
 * position in a text that the project and the views need: which claims
 * cover an offset, which overlap a range. The longest span of each text is
 * tracked, so a lookup looks back no further than that from a binary
 * search. Orphaned claims are kept in order but never found by offset. */
typedef struct _GlossClaimIndex GlossClaimIndex;

GlossClaimIndex *gloss_claim_index_new            (void);
void             gloss_claim_index_free           (GlossClaimIndex    *self);

guint            gloss_claim_index_get_n          (const GlossClaimIndex *self);
/* transfer none */
GlossClaim      *gloss_claim_index_get            (const GlossClaimIndex *self,
                                                   guint               position);
/* the position where @claim is or would go */
guint            gloss_claim_index_lower_bound    (const GlossClaimIndex *self,
                                                   GlossClaim         *claim);
/* position of @claim, or -1 */
int              gloss_claim_index_find           (const GlossClaimIndex *self,
                                                   GlossClaim         *claim);
/* inserts in order; returns the position */
guint            gloss_claim_index_insert         (GlossClaimIndex    *self,
                                                   GlossClaim         *claim);
/* Replaces @n_removed claims at @position with @added (which must keep the
 * order: a mirror of a sorted list model applies its items-changed). */
void             gloss_claim_index_splice         (GlossClaimIndex    *self,
                                                   guint               position,
                                                   guint               n_removed,
                                                   GlossClaim * const *added,
                                                   guint               n_added);
void             gloss_claim_index_remove         (GlossClaimIndex    *self,
                                                   guint               position);
/* call after changing the span of a claim that is not in the index */
void             gloss_claim_index_forget_spans   (GlossClaimIndex    *self);

/* The claims on @role whose span overlaps [start, end) (for end == start,
 * those that contain @start), in text order; transfer container. */
GPtrArray       *gloss_claim_index_overlapping    (GlossClaimIndex    *self,
                                                   GlossTextRole       role,
                                                   guint               start,
                                                   guint               end);
/* The first position from which claims of @role may overlap offsets at or
 * after @start: a caller walking forward from there until a claim starts at
 * or past its range end sees every overlapping claim. */
guint            gloss_claim_index_first_candidate (GlossClaimIndex   *self,
                                                    GlossTextRole      role,
                                                    guint              start);
/* [first, last) positions of the claims on @role */
void             gloss_claim_index_role_range     (const GlossClaimIndex *self,
                                                   GlossTextRole       role,
                                                   guint              *first,
                                                   guint              *last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossClaimIndex, gloss_claim_index_free)

G_END_DECLS
