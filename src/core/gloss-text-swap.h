#pragma once

#include "gloss-revision.h"

G_BEGIN_DECLS

/* What GlossHistory keeps to undo and redo a revision: the old and the new
 * transcript with their alignments, and every claim's span and words on
 * each. */
typedef struct _GlossTextSwap GlossTextSwap;

/* the state now, and the one @revision leads to */
GlossTextSwap *_gloss_text_swap_new   (GlossRevision *revision);
void           _gloss_text_swap_free  (GlossTextSwap *self);
/* puts the project in the new (@forward) or the old state */
void           _gloss_text_swap_apply (GlossTextSwap *self,
                                       GlossProject  *project,
                                       gboolean       forward);

G_END_DECLS
