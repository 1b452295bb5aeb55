#pragma once

#include <gio/gio.h>

#include "gloss-alignment.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* The automatic alignment of a transcript (the translation) with its
 * original, and the corrections a user makes to it.
 *
 * Turns are paired by a banded dynamic programme over both turn lists with
 * 1-1, 1-0, 0-1, 2-1 and 1-2 beads. A bead costs what a Gale–Church length
 * model says of its two lengths (the ratio between the two texts is
 * estimated from the texts themselves, so Chinese against English works),
 * less what the turns' kinds agree on (a question with a question, an
 * answer with an answer whose question is paired too), less the figures
 * both sides share (961,000 and 96.1万 are one anchor), less the speakers'
 * places in the participants lists (the same people in the same order).
 * A turn on one side only, two turns merged into one, and an original that
 * covers only a part of the translation all come out as beads with an
 * empty side or two turns on one side.
 *
 * Inside each turn pair, paragraphs (lines separated by a line break) are
 * paired the same way, by length and figures; a paragraph on one side only
 * is a pair with an empty span on the other.
 *
 * The cost is linear in the number of turns and paragraphs (the band
 * follows the diagonal of the two lengths), so a 5 MB text aligns in well
 * under a second.
 *
 * The only error is G_IO_ERROR_CANCELLED. */
GlossAlignment *gloss_aligner_align        (GlossTranscript     *transcript,
                                            GlossTranscript     *original,
                                            GCancellable        *cancellable,
                                            GError             **error);
/* in a worker thread; the texts of both transcripts must not change
 * meanwhile (they never do once made: the history replaces a text, it does
 * not edit it) */
void            gloss_aligner_align_async  (GlossTranscript     *transcript,
                                            GlossTranscript     *original,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GlossAlignment *gloss_aligner_align_finish (GAsyncResult        *result,
                                            GError             **error);

/* Aligns again, keeping to @previous's user links: a linked pair of turns
 * ends up in one pair, an unlinked pair never does; the links are carried
 * over into the result. @previous may be NULL (then this is
 * gloss_aligner_align). The automatic alignment never overrides a link. */
GlossAlignment *gloss_aligner_realign      (GlossTranscript     *transcript,
                                            GlossTranscript     *original,
                                            GlossAlignment      *previous,
                                            GCancellable        *cancellable,
                                            GError             **error);

/* Corrections: each returns a new alignment (give it to
 * gloss_history_set_alignment, so it is one undoable step) and leaves
 * @alignment as it was. They record a user link and realign the rest
 * around it, so every earlier correction is kept too. */

/* @transcript_turn and @original_turn go into one pair */
GlossAlignment *gloss_aligner_link         (GlossTranscript     *transcript,
                                            GlossTranscript     *original,
                                            GlossAlignment      *alignment,
                                            guint                transcript_turn,
                                            guint                original_turn);
/* they never share a pair again */
GlossAlignment *gloss_aligner_unlink       (GlossTranscript     *transcript,
                                            GlossTranscript     *original,
                                            GlossAlignment      *alignment,
                                            guint                transcript_turn,
                                            guint                original_turn);
/* the turn pairs @first_pair and @first_pair + 1 become one pair (every
 * turn of the two is linked to every turn of the other side) */
GlossAlignment *gloss_aligner_merge        (GlossTranscript     *transcript,
                                            GlossTranscript     *original,
                                            GlossAlignment      *alignment,
                                            guint                first_pair);
/* the automatic alignment without any user link */
GlossAlignment *gloss_aligner_reset        (GlossTranscript     *transcript,
                                            GlossTranscript     *original);

G_END_DECLS
