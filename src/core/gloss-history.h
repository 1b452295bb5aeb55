#pragma once

#include "gloss-project.h"
#include "gloss-revision.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_HISTORY (gloss_history_get_type ())
G_DECLARE_FINAL_TYPE (GlossHistory, gloss_history, GLOSS, HISTORY, GObject)

/* Every undoable edit of a project. Undo/redo without limit.
 * Properties: "can-undo", "can-redo" (gboolean), "undo-label", "redo-label"
 * (translated description of the next command, or NULL), "state": a number
 * naming the project's current state among all states it had under this
 * history (it changes with every edit, undo and redo, outside groups, and
 * is never reused for another state), so a GlossDocument can tell whether
 * it is back at its saved state. */
GlossHistory *gloss_history_new               (GlossProject       *project);
GlossProject *gloss_history_get_project       (GlossHistory       *self);

/* The user editing (Preferences' author name): set_claim_topics and
 * set_claim_note write it on the claim as its author (undo restores the
 * previous one). NULL or "": claims keep their authors. */
void          gloss_history_set_author        (GlossHistory       *self,
                                               const char         *author);
const char   *gloss_history_get_author        (GlossHistory       *self);

void          gloss_history_add_claim         (GlossHistory       *self,
                                               GlossClaim         *claim);
void          gloss_history_remove_claim      (GlossHistory       *self,
                                               GlossClaim         *claim);
void          gloss_history_set_claim_topics  (GlossHistory       *self,
                                               GlossClaim         *claim,
                                               const char * const *topic_ids);
void          gloss_history_set_claim_note    (GlossHistory       *self,
                                               GlossClaim         *claim,
                                               const char         *note);
void          gloss_history_set_claim_status  (GlossHistory       *self,
                                               GlossClaim         *claim,
                                               GlossClaimStatus    status);
/* @sources: GlossSource *, copied (NULL: none) */
void          gloss_history_set_claim_sources (GlossHistory       *self,
                                               GlossClaim         *claim,
                                               GPtrArray          *sources);
void          gloss_history_add_topic         (GlossHistory       *self,
                                               GlossTopic         *topic,
                                               guint               position);
void          gloss_history_rename_topic      (GlossHistory       *self,
                                               GlossTopic         *topic,
                                               const char         *name);
void          gloss_history_recolor_topic     (GlossHistory       *self,
                                               GlossTopic         *topic,
                                               const char         *color);
void          gloss_history_move_topic        (GlossHistory       *self,
                                               GlossTopic         *topic,
                                               guint               position);
void          gloss_history_set_topic_keywords (GlossHistory      *self,
                                                GlossTopic        *topic,
                                                const char * const *keywords);
/* @regex must pass gloss_topic_regex_is_valid; "" or NULL: none */
void          gloss_history_set_topic_regex   (GlossHistory       *self,
                                               GlossTopic         *topic,
                                               const char         *regex);
/* Remembers @sentence (its text) as rejected: no longer suggested. */
void          gloss_history_reject_suggestion (GlossHistory       *self,
                                               const char         *sentence);
/* A group of its own ("Delete topic"): the claims carrying @topic are
 * retagged or deleted first, then the topic is removed; undo restores the
 * topic at its position and every claim exactly.
 * @replacement is used with GLOSS_TOPIC_REMOVAL_REASSIGN, NULL otherwise */
void          gloss_history_remove_topic      (GlossHistory       *self,
                                               GlossTopic         *topic,
                                               GlossTopicRemoval   removal,
                                               GlossTopic         *replacement);

/* Moves @claim to [start, end) of its text (quote and context taken from
 * there), or makes it an orphan (@orphaned: it keeps its words). */
void          gloss_history_move_claim        (GlossHistory       *self,
                                               GlossClaim         *claim,
                                               guint               start,
                                               guint               end,
                                               gboolean            orphaned);
/* The other version of a conflicting claim (gloss_claim_get_conflict),
 * NULL once resolved; gloss-conflict.h resolves a conflict in one step. */
void          gloss_history_set_claim_conflict (GlossHistory      *self,
                                                GlossClaim        *claim,
                                                GlossClaim        *conflict);
/* One step: adds, replaces or (NULL) removes the original text, with its
 * alignment; claims on the old original are removed with it. */
void          gloss_history_set_original      (GlossHistory       *self,
                                               GlossTranscript    *original,
                                               GlossAlignment     *alignment);
void          gloss_history_set_alignment     (GlossHistory       *self,
                                               GlossAlignment     *alignment);
/* One step ("Replace text with revised version"): the transcript becomes
 * @revision's, every claim on it takes the place @revision found (an orphan
 * keeps its words), and an alignment with the original is re-aligned.
 * Undo restores the old text and every claim exactly. @revision must have
 * been made for this history's project as it is now. A revision made by
 * gloss_revision_new_reanchor is "Find claims again". */
void          gloss_history_replace_transcript (GlossHistory      *self,
                                                GlossRevision     *revision);

/* The transcript's title, date, place or language; NULL or "" clears it.
 * A date must pass gloss_date_is_valid, a language
 * gloss_language_tag_is_valid. */
void          gloss_history_set_transcript_field (GlossHistory     *self,
                                                  GlossTranscriptField field,
                                                  const char       *value);
/* The transcript's participants, by position: a name must be non-empty and
 * not another participant's; a NULL or "" role is none. Positions past the
 * end are clamped. */
void          gloss_history_add_participant   (GlossHistory       *self,
                                               guint               position,
                                               const char         *name,
                                               const char         *role);
void          gloss_history_remove_participant (GlossHistory      *self,
                                                guint              position);
void          gloss_history_edit_participant  (GlossHistory       *self,
                                               guint               position,
                                               const char         *name,
                                               const char         *role);
void          gloss_history_move_participant  (GlossHistory       *self,
                                               guint               position,
                                               guint               new_position);

/* Commands between begin and end undo and redo as one, under the outermost
 * label (NULL: the first command's label). Groups nest. Undo, redo and clear
 * while a group is open are programmer errors. Edits that change nothing
 * (same note, same name, same position) record no command. */
void          gloss_history_begin_group       (GlossHistory       *self,
                                               const char         *label);
void          gloss_history_end_group         (GlossHistory       *self);

gboolean      gloss_history_can_undo          (GlossHistory       *self);
gboolean      gloss_history_can_redo          (GlossHistory       *self);
const char   *gloss_history_get_undo_label    (GlossHistory       *self);
const char   *gloss_history_get_redo_label    (GlossHistory       *self);
gboolean      gloss_history_undo              (GlossHistory       *self);
gboolean      gloss_history_redo              (GlossHistory       *self);
guint64       gloss_history_get_state         (GlossHistory       *self);
/* forgets every command; the state becomes a new one */
void          gloss_history_clear             (GlossHistory       *self);

G_END_DECLS
