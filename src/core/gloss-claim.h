#pragma once

#include <glib-object.h>

#include "gloss-source.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* How far a fact-checker got with a claim. The project file stores the
 * strings gloss_claim_status_to_string gives. */
typedef enum
{
  GLOSS_CLAIM_STATUS_UNCHECKED,
  GLOSS_CLAIM_STATUS_VERIFIED,
  GLOSS_CLAIM_STATUS_DISPUTED,
  GLOSS_CLAIM_STATUS_FALSE,
  GLOSS_CLAIM_STATUS_NEEDS_SOURCE,
} GlossClaimStatus;

#define GLOSS_CLAIM_STATUS_LAST GLOSS_CLAIM_STATUS_NEEDS_SOURCE

/* "unchecked", "verified", "disputed", "false", "needs-source" */
const char         *gloss_claim_status_to_string   (GlossClaimStatus    status);
/* FALSE for anything else (case matters) */
gboolean            gloss_claim_status_from_string (const char         *text,
                                                    GlossClaimStatus   *status);
/* translated, for people: "Verified" */
const char         *gloss_claim_status_get_label   (GlossClaimStatus    status);

/* code points of context kept before and after a quote */
#define GLOSS_CLAIM_CONTEXT_LENGTH 32

#define GLOSS_TYPE_CLAIM (gloss_claim_get_type ())
G_DECLARE_FINAL_TYPE (GlossClaim, gloss_claim, GLOSS, CLAIM, GObject)

/* A new claim over [start, end) of @transcript: a fresh UUID, quote, prefix
 * and suffix taken from the text, created = modified = now. */
GlossClaim         *gloss_claim_new          (GlossTranscript    *transcript,
                                              guint               start,
                                              guint               end,
                                              const char * const *topic_ids,
                                              const char         *note,
                                              const char         *author);
/* For loaders: every field given. NULL strings become "", a NULL @id a
 * fresh UUID, NULL dates now; duplicate topic ids are dropped. */
GlossClaim         *gloss_claim_new_full     (const char         *id,
                                              guint               start,
                                              guint               end,
                                              const char         *quote,
                                              const char         *prefix,
                                              const char         *suffix,
                                              const char * const *topic_ids,
                                              const char         *note,
                                              const char         *author,
                                              GDateTime          *created,
                                              GDateTime          *modified);

const char         *gloss_claim_get_id       (GlossClaim         *self);
guint               gloss_claim_get_start    (GlossClaim         *self);
guint               gloss_claim_get_end      (GlossClaim         *self);
const char         *gloss_claim_get_quote    (GlossClaim         *self);
const char         *gloss_claim_get_prefix   (GlossClaim         *self);
const char         *gloss_claim_get_suffix   (GlossClaim         *self);
/* NULL-terminated, never NULL */
const char * const *gloss_claim_get_topics   (GlossClaim         *self);
gboolean            gloss_claim_has_topic    (GlossClaim         *self,
                                              const char         *topic_id);
const char         *gloss_claim_get_note     (GlossClaim         *self);
const char         *gloss_claim_get_author   (GlossClaim         *self);
GDateTime          *gloss_claim_get_created  (GlossClaim         *self);
GDateTime          *gloss_claim_get_modified (GlossClaim         *self);

GlossClaimStatus    gloss_claim_get_status   (GlossClaim         *self);
/* GlossSource *, in the user's order, never NULL; the array is never
 * changed, an edit replaces it (so a reference may be kept) */
GPtrArray          *gloss_claim_get_sources  (GlossClaim         *self);

/* Which text the claim is on. Set it only before the claim joins a
 * project (a loader reading "text": "original"); the default is
 * GLOSS_TEXT_TRANSCRIPT. */
GlossTextRole       gloss_claim_get_text_role (GlossClaim        *self);
void                gloss_claim_set_text_role (GlossClaim        *self,
                                               GlossTextRole      role);

/* An orphan is a claim whose text is gone from a revised transcript: it
 * keeps its quote, topics and note, and its span is meaningless until the
 * user attaches it again. */
gboolean            gloss_claim_get_orphaned (GlossClaim         *self);
/* The quote before the text was revised (a fuzzy re-anchoring changed
 * it), or NULL. */
const char         *gloss_claim_get_previous_quote (GlossClaim   *self);

/* After a 3-way merge in which both sides edited this claim differently
 * (gloss_merge3), the other side's version: a claim with the same id and
 * text that belongs to no project, or NULL. Resolve it with
 * gloss_history_resolve_conflict. */
GlossClaim         *gloss_claim_get_conflict (GlossClaim         *self);

/* The quote, prefix and suffix of [start, end) of @text, as gloss_claim_new
 * takes them. */
void                gloss_claim_context_from_text (GlossTranscript *text,
                                                   guint            start,
                                                   guint            end,
                                                   char           **quote,
                                                   char           **prefix,
                                                   char           **suffix);

/* text order: the transcript's claims, then the original's; in each,
 * start, then end, then id */
int                 gloss_claim_compare      (GlossClaim         *a,
                                              GlossClaim         *b);


G_END_DECLS
