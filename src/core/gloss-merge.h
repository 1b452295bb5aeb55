#pragma once

#include "gloss-project.h"

G_BEGIN_DECLS

#define GLOSS_MERGE_ERROR (gloss_merge_error_quark ())

typedef enum
{
  /* the projects are not on the same text */
  GLOSS_MERGE_ERROR_TEXT_DIFFERS,
} GlossMergeError;

GQuark        gloss_merge_error_quark (void);

/* Merges the work of several annotators on the same transcript (and the
 * same original, if any) into a new project; the inputs are not changed.
 * @names name the inputs in messages (file names as the user typed them).
 *
 * - Texts differ: GLOSS_MERGE_ERROR_TEXT_DIFFERS, naming the two inputs, the
 *   offset, line and column where they first differ and a short excerpt of
 *   each.
 * - The result's inputs are taken in a canonical order (by their contents,
 *   field by field), so whatever order they are given in, the result is the
 *   same, byte for byte. The first input in that order gives the texts'
 *   metadata and the alignment.
 * - A topic with the id, or else the name, of a topic already merged becomes
 *   that topic; its claims are retagged. The first topic keeps its name and
 *   colour; a different name, colour or shortcut key is reported. Keywords
 *   are the union. Topic order: first seen.
 * - A claim with the same text, span, topics and note as one already merged
 *   is left out (it appears once); every other claim is kept with its
 *   author, dates and note. A claim whose id is already taken by a different
 *   claim gets a new id derived from its content (deterministic).
 *
 * @notes (optional) receives translated, one-line reports (char *) of what
 * was resolved: name, colour and key conflicts, duplicates left out, ids
 * renamed. */
GlossProject *gloss_merge_projects    (GlossProject * const *projects,
                                       const char * const   *names,
                                       guint                 n_projects,
                                       GPtrArray            *notes,
                                       GError              **error);

/* The 3-way merge git asks a merge driver for: @base is the common
 * ancestor, @ours and @theirs the two sides (all on the same text, or
 * GLOSS_MERGE_ERROR_TEXT_DIFFERS). Returns a new project:
 *
 * - claims by id: a claim changed (span, topics, note, orphaned) on one side
 *   only takes that side's version; added on one side, it is added; deleted
 *   on one side and unchanged on the other, it is deleted; deleted on one
 *   side and edited on the other, the edit is kept (and reported); changed
 *   differently on both sides, or added on both with different contents, it
 *   is a conflict: the result holds ours, with theirs as its conflict
 *   (gloss_claim_get_conflict).
 * - topics by id, the same way: added, removed (unless a kept claim still
 *   uses it), renamed, recoloured or given keywords on either side; changed
 *   differently on both sides, ours wins (reported). Topic order: ours,
 *   then topics only theirs added.
 * - the transcript's metadata and participants: theirs when ours left them
 *   as in base, ours otherwise.
 *
 * *n_conflicts receives the number of conflicting claims. @notes: as for
 * gloss_merge_projects. */
GlossProject *gloss_merge3            (GlossProject         *base,
                                       GlossProject         *ours,
                                       GlossProject         *theirs,
                                       const char * const   *names,
                                       guint                *n_conflicts,
                                       GPtrArray            *notes,
                                       GError              **error);

G_END_DECLS
