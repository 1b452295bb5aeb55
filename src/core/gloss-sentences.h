#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A sentence: code points, half-open, without the whitespace around it. */
typedef struct
{
  guint start;
  guint end;
} GlossSentence;

/* The sentences of @text (valid UTF-8; @length in bytes, or -1 when
 * NUL-terminated), as a GArray of GlossSentence in text order, with @base
 * added to every offset (pass a slice's start to get offsets into the whole
 * text). Boundaries are ICU's sentence break iterator's for @language
 * ("en", "zh", …; NULL for English) with its abbreviation suppressions
 * ("Mr. Smith" stays one sentence); a line break always ends a sentence.
 * Empty and whitespace-only stretches give no sentence. */
GArray *gloss_sentences_split (const char *text,
                               gssize      length,
                               guint       base,
                               const char *language);

G_END_DECLS
