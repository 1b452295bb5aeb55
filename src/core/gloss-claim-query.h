#pragma once

#include "gloss-project.h"
#include "gloss-text-find.h"

G_BEGIN_DECLS

/* Which claims to show or export: the one filter the sidebar, the CLI and
 * the exporters share. A claim matches when it has any of the topics (no
 * topics: any claim), is spoken by any of the speakers (gloss-speaker's
 * rule; no speakers: anyone), has any of the statuses (none: any status) and its quote or note contains the search
 * text, ignoring case and accents (no text: anything). Each part can be
 * asked on its own, so a GtkFilter can refilter only what changed. */
#define GLOSS_TYPE_CLAIM_QUERY (gloss_claim_query_get_type ())
G_DECLARE_FINAL_TYPE (GlossClaimQuery, gloss_claim_query, GLOSS, CLAIM_QUERY, GObject)

GlossClaimQuery *gloss_claim_query_new              (void);

/* NULL or empty: no restriction */
void             gloss_claim_query_set_topics       (GlossClaimQuery    *self,
                                                     const char * const *topic_ids);
const char * const *gloss_claim_query_get_topics    (GlossClaimQuery    *self);
void             gloss_claim_query_set_speakers     (GlossClaimQuery    *self,
                                                     const char * const *speakers);
const char * const *gloss_claim_query_get_speakers  (GlossClaimQuery    *self);
/* a set of GlossClaimStatus: bit (1 << status) for each; 0: no restriction */
void             gloss_claim_query_set_statuses     (GlossClaimQuery    *self,
                                                     guint               statuses);
guint            gloss_claim_query_get_statuses     (GlossClaimQuery    *self);
/* "verified,disputed" → a set of statuses; FALSE (and *statuses 0) for a
 * name that is not a status */
gboolean         gloss_claim_query_parse_statuses   (const char         *list,
                                                     guint              *statuses);
void             gloss_claim_query_set_text         (GlossClaimQuery    *self,
                                                     const char         *text);
/* Where the search text is in @text (a claim's quote or note as shown),
 * by the same rule as gloss_claim_query_matches_text: code-point spans
 * (GlossTextSpan), none without search text. Transfer full. */
GArray          *gloss_claim_query_text_matches     (GlossClaimQuery    *self,
                                                     const char         *text);
/* the folded search key, "" for none; property "text-key" (notified when
 * it changes) */
const char      *gloss_claim_query_get_text_key     (GlossClaimQuery    *self);
/* TRUE when nothing is restricted */
gboolean         gloss_claim_query_is_empty         (GlossClaimQuery    *self);

gboolean         gloss_claim_query_matches_topics   (GlossClaimQuery    *self,
                                                     GlossClaim         *claim);
gboolean         gloss_claim_query_matches_speaker  (GlossClaimQuery    *self,
                                                     GlossProject       *project,
                                                     GlossClaim         *claim);
gboolean         gloss_claim_query_matches_status   (GlossClaimQuery    *self,
                                                     GlossClaim         *claim);
gboolean         gloss_claim_query_matches_text     (GlossClaimQuery    *self,
                                                     GlossClaim         *claim);
gboolean         gloss_claim_query_matches          (GlossClaimQuery    *self,
                                                     GlossProject       *project,
                                                     GlossClaim         *claim);

/* The folded quote and note of @claim, cached on the claim until they
 * change: folding is the costly part of a search, so a keystroke only
 * compares cached keys. Call it on the thread that edits the claim. */
const char      *gloss_claim_query_search_key       (GlossClaim         *claim);

/* the claims of @project that match, in the project's order; transfer full */
GListModel      *gloss_claim_query_filter           (GlossClaimQuery    *self,
                                                     GlossProject       *project);

G_END_DECLS
