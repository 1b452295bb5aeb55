#pragma once

#include "gloss-project.h"

G_BEGIN_DECLS

/* 1x: 16x is about 5 MB of text and 50,000 claims */
#define BENCH_BASE_TEXT_BYTES ((gsize) 5 * 1024 * 1024 / 16)
#define BENCH_BASE_CLAIMS     3125

/* A briefing in the corpus convention (header, participants, "Name:" lines,
 * outlet questions, questions without an outlet, footer) of at least
 * @min_bytes bytes. Same @seed, same text. */
char         *bench_generate_text    (gsize            min_bytes,
                                      guint32          seed);

/* @text hard-wrapped at @width columns, each line on its own, as
 * transcription exports and e-mail do (issue 16) */
char         *bench_wrap_text        (const char      *text,
                                      guint            width);
/* @text with every run of white space made one space: a briefing pasted
 * from a web page */
char         *bench_one_line_text    (const char      *text);

/* @n_claims overlapping claims over @transcript with one to three of eight
 * topics each, sorted, with ids and timestamps derived from @seed. */
GlossProject *bench_generate_project (GlossTranscript *transcript,
                                      guint            n_claims,
                                      guint32          seed);

G_END_DECLS
