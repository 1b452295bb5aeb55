#pragma once

#include "gloss-alignment.h"
#include "gloss-json-reader.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* The object @path ("alignment") of a project: turn pairs, paragraph pairs
 * and the user's links, checked against both texts. NULL with an error
 * when anything is out of range or out of order. */
GlossAlignment *gloss_alignment_reader_read (GlossJsonReader *reader,
                                             JsonObject      *object,
                                             const char      *path,
                                             GlossTranscript *transcript,
                                             GlossTranscript *original);

G_END_DECLS
