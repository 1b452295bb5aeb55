#pragma once

#include <gio/gio.h>

#include "gloss-alignment.h"
#include "gloss-claim.h"
#include "gloss-topic.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* What becomes of a removed topic's claims. */
typedef enum
{
  /* the topic is taken off each claim; claims left with no topic are deleted */
  GLOSS_TOPIC_REMOVAL_UNTAG,
  /* each claim gets the replacement topic instead */
  GLOSS_TOPIC_REMOVAL_REASSIGN,
  /* every claim that carries the topic is deleted */
  GLOSS_TOPIC_REMOVAL_DELETE_CLAIMS,
} GlossTopicRemoval;

#define GLOSS_MAX_TOPIC_KEYS 9

#define GLOSS_TYPE_PROJECT (gloss_project_get_type ())
G_DECLARE_FINAL_TYPE (GlossProject, gloss_project, GLOSS, PROJECT, GObject)

/* GlossProject is a GListModel of its GlossClaims in text order
 * (gloss_claim_compare). Every change emits "changed" once, after the
 * more specific signal or items-changed. Whether the project is saved is
 * its GlossDocument's business, not the project's.
 *
 * Signals:
 *   "changed"        ()                    after any edit
 *   "claim-changed"  (GlossClaim *claim)   topics, note, status, sources or span
 *                                          of a claim changed
 *                                          (items-changed (pos, 1, 1) is emitted too)
 *   "topic-changed"  (GlossTopic *topic)   name, colour, key or keywords changed
 * The topics model (gloss_project_get_topics) emits items-changed for
 * insertions, removals and moves.
 *
 * The edit functions below are the raw, non-undoable mutations; the UI and
 * the CLI go through GlossHistory, which calls them. */

/* with the three default topics, names translated */
GlossProject    *gloss_project_new                   (GlossTranscript    *transcript);
/* without topics (for loaders) */
GlossProject    *gloss_project_new_blank             (GlossTranscript    *transcript);

/* the text the user reads and tags */
GlossTranscript *gloss_project_get_transcript        (GlossProject       *self);
/* the original-language text, or NULL */
GlossTranscript *gloss_project_get_original          (GlossProject       *self);
/* the text of @role, or NULL when the project has none */
GlossTranscript *gloss_project_get_text              (GlossProject       *self,
                                                      GlossTextRole       role);
/* the turn and paragraph pairs between the two texts, or NULL */
GlossAlignment  *gloss_project_get_alignment         (GlossProject       *self);

/* topics: a GListModel of GlossTopic, in the user's order */
GListModel      *gloss_project_get_topics            (GlossProject       *self);
guint            gloss_project_get_n_topics          (GlossProject       *self);
/* transfer none (also for lookup_topic, get_claim, lookup_claim) */
GlossTopic      *gloss_project_get_topic             (GlossProject       *self,
                                                      guint               position);
GlossTopic      *gloss_project_lookup_topic          (GlossProject       *self,
                                                      const char         *id);
/* the topic whose shortcut key is @key ("1".."9"), or NULL */
GlossTopic      *gloss_project_lookup_topic_by_key   (GlossProject       *self,
                                                      const char         *key);
/* position, or -1 */
int              gloss_project_get_topic_position    (GlossProject       *self,
                                                      GlossTopic         *topic);
/* an id not used yet by any topic, derived from @name */
char            *gloss_project_make_topic_id         (GlossProject       *self,
                                                      const char         *name);
guint            gloss_project_count_claims_with_topic (GlossProject     *self,
                                                      const char         *topic_id);

/* claims */
guint            gloss_project_get_n_claims          (GlossProject       *self);
GlossClaim      *gloss_project_get_claim             (GlossProject       *self,
                                                      guint               position);
GlossClaim      *gloss_project_lookup_claim          (GlossProject       *self,
                                                      const char         *id);
/* position in the list, or -1 */
int              gloss_project_get_claim_position    (GlossProject       *self,
                                                      GlossClaim         *claim);
/* claims on @role whose span contains @offset, in text order (orphans
 * never); transfer container */
GPtrArray       *gloss_project_get_claims_at         (GlossProject       *self,
                                                      GlossTextRole       role,
                                                      guint               offset);
/* claims on @role overlapping [start, end) */
GPtrArray       *gloss_project_get_claims_in         (GlossProject       *self,
                                                      GlossTextRole       role,
                                                      guint               start,
                                                      guint               end);

/* raw edits (not undoable). Adding a claim whose id is already present,
 * or a topic whose id is, is a programmer error. Setting a claim's topics
 * or note to what it already has, or a topic's name/colour/keywords, does
 * nothing and emits nothing. Properties: "transcript", "original", "alignment"
 * (all notified when they change). */
guint            gloss_project_add_claim             (GlossProject       *self,
                                                      GlossClaim         *claim);
/* the same for many claims at once: one items-changed and one "changed"
 * when they are sorted and follow every claim already there (a loaded file) */
void             gloss_project_add_claims            (GlossProject       *self,
                                                      GPtrArray          *claims);
void             gloss_project_remove_claim          (GlossProject       *self,
                                                      GlossClaim         *claim);
/* Gives @claim the span [start, end) of its text and the quote and context
 * found there, or, with @orphaned, only a place in the list: an orphan
 * keeps its old words. Emits items-changed (the claim may move in the
 * list) and "claim-changed". */
void             gloss_project_move_claim            (GlossProject       *self,
                                                      GlossClaim         *claim,
                                                      guint               start,
                                                      guint               end,
                                                      gboolean            orphaned);
/* Replaces the original text (NULL removes it); the project must hold no
 * claim on the old one. Property "original". */
void             gloss_project_set_original          (GlossProject       *self,
                                                      GlossTranscript    *original);
/* One claim's span and words, for gloss_project_replace_transcript */
typedef struct
{
  GlossClaim *claim;
  guint start;
  guint end;
  const char *quote;
  const char *prefix;
  const char *suffix;
  /* the quote before a revision changed it, or NULL */
  const char *previous_quote;
  gboolean orphaned;
} GlossClaimPlacement;

/* Replaces the transcript with @transcript, the alignment with @alignment
 * (NULL: none; only with an original) and gives each claim on the
 * transcript (@placements names every one, in any order) its span and
 * words there. Notifies "transcript" and "alignment" once both are set,
 * then emits items-changed over the transcript's claims and "changed". */
void             gloss_project_replace_transcript    (GlossProject       *self,
                                                      GlossTranscript    *transcript,
                                                      GlossAlignment     *alignment,
                                                      const GlossClaimPlacement *placements,
                                                      guint               n_placements);
/* Property "alignment". */
void             gloss_project_set_alignment         (GlossProject       *self,
                                                      GlossAlignment     *alignment);
void             gloss_project_set_claim_topics      (GlossProject       *self,
                                                      GlossClaim         *claim,
                                                      const char * const *topic_ids);
void             gloss_project_set_claim_note        (GlossProject       *self,
                                                      GlossClaim         *claim,
                                                      const char         *note);
void             gloss_project_set_claim_status      (GlossProject       *self,
                                                      GlossClaim         *claim,
                                                      GlossClaimStatus    status);
/* @sources: GlossSource *, copied */
void             gloss_project_set_claim_sources     (GlossProject       *self,
                                                      GlossClaim         *claim,
                                                      GPtrArray          *sources);
/* the other version of a conflicting claim (see gloss_claim_get_conflict),
 * or NULL once resolved; emits "claim-changed" */
void             gloss_project_set_claim_conflict    (GlossProject       *self,
                                                      GlossClaim         *claim,
                                                      GlossClaim         *conflict);
/* keys are renumbered "1".."9" by position after insert, remove and move */
void             gloss_project_insert_topic          (GlossProject       *self,
                                                      GlossTopic         *topic,
                                                      guint               position);
/* removes the topic only: callers deal with the claims that carry it */
void             gloss_project_remove_topic          (GlossProject       *self,
                                                      GlossTopic         *topic);
void             gloss_project_move_topic            (GlossProject       *self,
                                                      GlossTopic         *topic,
                                                      guint               position);
void             gloss_project_set_topic_name        (GlossProject       *self,
                                                      GlossTopic         *topic,
                                                      const char         *name);
void             gloss_project_set_topic_color       (GlossProject       *self,
                                                      GlossTopic         *topic,
                                                      const char         *color);
void             gloss_project_set_topic_keywords    (GlossProject       *self,
                                                      GlossTopic         *topic,
                                                      const char * const *keywords);
/* @regex must pass gloss_topic_regex_is_valid */
void             gloss_project_set_topic_regex       (GlossProject       *self,
                                                      GlossTopic         *topic,
                                                      const char         *regex);

/* Sentences the user rejected as suggestions, by their text: "Suggest
 * Claims" never offers them again. In the order they were rejected;
 * adding one that is there, or removing one that is not, does nothing.
 * Emits "changed". */
GPtrArray       *gloss_project_get_rejected          (GlossProject       *self);
gboolean         gloss_project_is_rejected           (GlossProject       *self,
                                                      const char         *sentence);
void             gloss_project_add_rejected          (GlossProject       *self,
                                                      const char         *sentence);
void             gloss_project_remove_rejected       (GlossProject       *self,
                                                      const char         *sentence);

/* The transcript's metadata and participants (the transcript notifies the
 * field, or emits "participants-changed"; see gloss-transcript.h for the
 * rules). Setting what is already there does nothing. */
void             gloss_project_set_transcript_field  (GlossProject       *self,
                                                      GlossTranscriptField field,
                                                      const char         *value);
void             gloss_project_insert_participant    (GlossProject       *self,
                                                      guint               index,
                                                      const char         *name,
                                                      const char         *role);
void             gloss_project_remove_participant    (GlossProject       *self,
                                                      guint               index);
void             gloss_project_replace_participant   (GlossProject       *self,
                                                      guint               index,
                                                      const char         *name,
                                                      const char         *role);

G_END_DECLS
