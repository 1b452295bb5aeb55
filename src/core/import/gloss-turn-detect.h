#pragma once

#include "gloss-import-format-private.h"

G_BEGIN_DECLS

/* Press-briefing and interview turn detection, the same for every source
 * format: the header (title, date, place, participants), the turns (who
 * speaks, remarks / question / answer, the question an answer answers,
 * questions nobody labelled), the footer (credits, captions).
 *
 * The title is the source's title, else the first line when it reads as a
 * heading (never a speaker's label or words; at most GLOSS_TITLE_MAX_CHARS
 * characters, cut at a word boundary), else the file name without its
 * extension. */

#define GLOSS_TITLE_MAX_CHARS 200

GlossTranscript *gloss_turn_detect (const GlossImportSource *source,
                                    const char              *source_name);

G_END_DECLS
