#pragma once

#include "gloss-diff.h"

G_BEGIN_DECLS

/* a run of equal elements: a[a .. a + len) == b[b .. b + len) */
typedef struct
{
  gsize a;
  gsize b;
  gsize len;
} GlossDiffMatch;

/* Appends to @matches (of GlossDiffMatch) the equal runs of a shortest edit
 * script of @xv into @yv, in order, adjacent runs merged; exact unless the
 * script costs more than about max (2 sqrt (n + m), @min_too_expensive) on
 * each side of a cut (see gloss-diff.h). Each step taken is taken off
 * @budget; once it is spent, what is left is not matched. */
void _gloss_diff_sequences (const guint32 *xv,
                            gsize          n,
                            const guint32 *yv,
                            gsize          m,
                            gsize          min_too_expensive,
                            gint64        *budget,
                            GArray        *matches);

/* a moved block and its matches in move_matches */
typedef struct
{
  gsize old_start;
  gsize old_end;
  gsize new_start;
  gsize new_end;
  guint first_match;
  guint n_matches;
} GlossDiffByteBlock;

/* what gloss_diff_new builds up, in bytes */
typedef struct
{
  const char *old_text;
  gsize old_size;
  const char *new_text;
  gsize new_size;
  GArray *matches;       /* GlossDiffMatch in bytes, in order */
  GArray *move_blocks;   /* GlossDiffByteBlock */
  GArray *move_matches;  /* GlossDiffMatch in bytes */
  gint64 budget;         /* steps the diffs may still take */
} GlossDiffBuilder;

/* appends a match to @out, merged with the last one when they touch */
void _gloss_diff_add_match (GArray *out,
                            gsize   a,
                            gsize   b,
                            gsize   len);
/* diffs [old_start, old_end) with [new_start, new_end), both whole lines:
 * chunks, then tokens, then code points, and finds the moved blocks */
void _gloss_diff_chunks    (GlossDiffBuilder *b,
                            gsize             old_start,
                            gsize             old_end,
                            gsize             new_start,
                            gsize             new_end);

/* a letter, digit or mark of a script that separates words with spaces
 * (CJK characters are not: each is a word of its own) */
gboolean _gloss_diff_is_word_char (gunichar c);

G_END_DECLS
