#pragma once

#include "gloss-claim.h"

G_BEGIN_DECLS

/* Only GlossProject (and loaders, before a claim joins a project) call
 * these; everyone else edits through GlossHistory. */
void _gloss_claim_set_topics         (GlossClaim         *self,
                                      const char * const *topic_ids);
void _gloss_claim_set_note           (GlossClaim         *self,
                                      const char         *note);
void _gloss_claim_set_status         (GlossClaim         *self,
                                      GlossClaimStatus    status);
/* @sources: GlossSource *, copied (NULL: none) */
void _gloss_claim_set_sources        (GlossClaim         *self,
                                      GPtrArray          *sources);
void _gloss_claim_touch              (GlossClaim         *self);
/* for GlossHistory, to restore the exact state on undo */
void _gloss_claim_set_modified       (GlossClaim         *self,
                                      GDateTime          *modified);
/* a new span with the quote and context taken from it */
void _gloss_claim_set_span           (GlossClaim         *self,
                                      guint               start,
                                      guint               end,
                                      const char         *quote,
                                      const char         *prefix,
                                      const char         *suffix);
void _gloss_claim_set_orphaned       (GlossClaim         *self,
                                      gboolean            orphaned);
void _gloss_claim_set_previous_quote (GlossClaim         *self,
                                      const char         *previous_quote);
/* the last user who edited the claim (GlossHistory, gloss_history_set_author) */
void _gloss_claim_set_author         (GlossClaim         *self,
                                      const char         *author);
/* the other version of a conflicting claim (a claim in no project, with no
 * conflict of its own), or NULL */
void _gloss_claim_set_conflict       (GlossClaim         *self,
                                      GlossClaim         *conflict);

/* The claim's words, for a snapshot that another thread reads while this
 * one may move the claim: GRefStrings acquired for the caller (release each
 * with g_ref_string_release); *previous_quote may be NULL. */
void _gloss_claim_acquire_words      (GlossClaim         *self,
                                      char              **quote,
                                      char              **prefix,
                                      char              **suffix,
                                      char              **previous_quote);

/* Data derived from a claim's quote and note (a search key) is kept under
 * this quark; the claim drops it whenever they change. */
GQuark _gloss_claim_derived_quark    (void);

G_END_DECLS
