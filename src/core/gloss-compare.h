#pragma once

#include "gloss-history.h"

G_BEGIN_DECLS

/* Where two annotators of the same text differ, claim by claim: my claims
 * and theirs are paired when they overlap by at least half of the longer
 * one (each of mine, in text order, takes the unpaired claim of theirs it
 * overlaps most). A pair with the same span and topics agrees. */
typedef enum
{
  GLOSS_DISAGREEMENT_ONLY_MINE,
  GLOSS_DISAGREEMENT_ONLY_THEIRS,
  /* paired, with different topics (the span may differ too) */
  GLOSS_DISAGREEMENT_TOPICS,
  /* paired, the same topics on a different span */
  GLOSS_DISAGREEMENT_EXTENT,
} GlossDisagreementKind;

typedef struct
{
  GlossDisagreementKind  kind;
  GlossClaim            *mine;    /* owned reference, NULL for ONLY_THEIRS */
  GlossClaim            *theirs;  /* owned reference, NULL for ONLY_MINE */
} GlossDisagreement;

/* The disagreements between @mine and @theirs (claims on the transcript,
 * not orphans), in text order; free with g_ptr_array_unref. The projects
 * should be on the same text (gloss_agreement_new checks it). */
GPtrArray *gloss_compare_disagreements (GlossProject            *mine,
                                        GlossProject            *theirs);

/* Makes my project agree with theirs on @disagreement, as one undoable
 * step ("Take their version"): removes my claim they do not have, adds
 * theirs (with their topics, added to my project when it lacks them),
 * retags or moves mine. @theirs is the project their claim is in. */
void       gloss_compare_take_theirs   (GlossHistory            *history,
                                        GlossProject            *theirs,
                                        const GlossDisagreement *disagreement);

G_END_DECLS
