#pragma once

#include "gloss-history.h"

G_BEGIN_DECLS

/* What to do with a claim that a 3-way merge left conflicting
 * (gloss_claim_get_conflict: our version is the claim, theirs its
 * conflict). */
typedef enum
{
  /* the claim stays as it is; their version is dropped */
  GLOSS_CONFLICT_KEEP_MINE,
  /* the claim takes their span, topics and note */
  GLOSS_CONFLICT_TAKE_THEIRS,
  /* the claim stays, and their version becomes a claim of its own (a new id) */
  GLOSS_CONFLICT_KEEP_BOTH,
} GlossConflictChoice;

/* One undoable step ("Resolve conflict"). @claim must be in the history's
 * project and have a conflict. */
void   gloss_conflict_resolve       (GlossHistory        *history,
                                     GlossClaim          *claim,
                                     GlossConflictChoice  choice);

/* the project's conflicting claims, in text order (transfer container) */
GPtrArray *gloss_conflict_list      (GlossProject        *project);

G_END_DECLS
