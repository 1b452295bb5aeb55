#pragma once

#include "gloss-transcript-view.h"

G_BEGIN_DECLS

/* Another annotator's claims drawn over the transcript as outlines in their
 * topic's colour (the Compare page's second layer), or none (@theirs NULL).
 * @theirs must be on the view's text. */
void gloss_transcript_view_set_other_layer (GlossTranscriptView *view,
                                            GlossProject        *theirs);

/* for GlossTranscriptView's snapshot_layer, above the text */
void _gloss_other_layer_snapshot           (GtkTextView         *view,
                                            GtkSnapshot         *snapshot);

G_END_DECLS
