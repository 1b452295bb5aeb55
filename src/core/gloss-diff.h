#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The difference between an old and a new version of a text, as unchanged
 * runs and the hunks between them, with an offset map from one to the other.
 * Offsets are Unicode code points, half-open, as in GlossTranscript.
 *
 * The diff is hierarchical so that megabytes with scattered edits stay fast:
 * the common prefix and suffix (whole lines) are stripped, the rest is cut
 * into chunks (lines, and sentences inside lines), the chunks are diffed
 * (Myers' O(ND)), each replaced run of chunks is diffed again on word
 * tokens (a blank line or other chunk of at most 16 bytes between two
 * replaced runs joins them, up to 32 chunks) unless the two sides share
 * less than a quarter of their pairs of neighbouring words (a rewrite: it
 * stays one hunk), and each replaced run of tokens on code points (up to
 * 64 a side: a word or two corrected). Each level costs O((N + M) D) for
 * its own N, M and D, in linear space; past a cost of about 2 sqrt(N + M)
 * (at least 1024 chunks or 256 tokens or code points) a level stops
 * looking for the shortest script and cuts the problem where its searches
 * got furthest, as GNU diff does, so a huge or unrelated revision still
 * ends in near-linear time with a correct, if longer, edit script.
 *
 * Chunks deleted in one place and inserted in another (a moved paragraph)
 * are paired: an anchor is a chunk of at least 24 bytes that occurs once
 * among the deleted and once among the inserted chunks; the pairing grows
 * over neighbouring chunks that are identical or at least 60 % similar, and
 * each paired block is diffed on its own. gloss_diff_map_moved() maps
 * through those blocks. */
typedef struct _GlossDiff GlossDiff;

/* How an offset at or inside an edit is mapped. */
typedef enum
{
  /* the offset starts a span: it follows the character after it, so text
   * inserted right before it stays outside the span */
  GLOSS_DIFF_GRAVITY_START,
  /* the offset ends a span: it follows the character before it, so text
   * inserted right after it stays outside the span */
  GLOSS_DIFF_GRAVITY_END,
} GlossDiffGravity;

/* [old_start, old_end) of the old text became [new_start, new_end) of the
 * new one; one side may be empty (an insertion or a deletion) */
typedef struct
{
  guint old_start;
  guint old_end;
  guint new_start;
  guint new_end;
} GlossDiffHunk;

/* Both texts must be valid UTF-8 (a size of -1: NUL-terminated). */
GlossDiff           *gloss_diff_new                (const char       *old_text,
                                                    gssize            old_size,
                                                    const char       *new_text,
                                                    gssize            new_size);
void                 gloss_diff_free               (GlossDiff        *self);

guint                gloss_diff_get_old_length     (GlossDiff        *self);
guint                gloss_diff_get_new_length     (GlossDiff        *self);

/* the hunks in text order (sorted by both sides); none for equal texts */
guint                gloss_diff_get_n_hunks        (GlossDiff        *self);
const GlossDiffHunk *gloss_diff_get_hunk           (GlossDiff        *self,
                                                    guint             index);

/* Where @old_offset (0..old length) is in the new text. An offset in
 * unchanged text moves with it; at or inside an edit, gravity decides (see
 * GlossDiffGravity): a span that covers the start (the end) of replaced
 * text takes in the start (the end) of its replacement, so a start at the
 * first replaced character goes to the start of the replacement and an
 * end after the last one to the end of it; a start or end strictly
 * inside replaced text keeps none of the replacement (a start goes after
 * it, an end before it). */
guint                gloss_diff_map                (GlossDiff        *self,
                                                    guint             old_offset,
                                                    GlossDiffGravity  gravity);
/* the same from the new text to the old one */
guint                gloss_diff_map_back           (GlossDiff        *self,
                                                    guint             new_offset,
                                                    GlossDiffGravity  gravity);

/* how many code points of [old_start, old_end) are unchanged */
guint                gloss_diff_count_unchanged    (GlossDiff        *self,
                                                    guint             old_start,
                                                    guint             old_end);
/* TRUE when [new_start, new_end) of the new text is one stretch of
 * unchanged old text, i.e. the image of the same text at one old place */
gboolean             gloss_diff_new_span_is_unchanged (GlossDiff      *self,
                                                    guint             new_start,
                                                    guint             new_end);

/* moved blocks: old side deleted in place, new side inserted elsewhere */
guint                gloss_diff_get_n_moves        (GlossDiff        *self);
const GlossDiffHunk *gloss_diff_get_move           (GlossDiff        *self,
                                                    guint             index);
/* where @old_offset went with its moved block, or G_MAXUINT when the
 * character that decides (see GlossDiffGravity) did not move */
guint                gloss_diff_map_moved          (GlossDiff        *self,
                                                    guint             old_offset,
                                                    GlossDiffGravity  gravity);

/* Insertions plus deletions that turn @a into @b (n + m - 2 LCS), or
 * @max_distance + 1 as soon as it is known to be larger. O((n + m) D). */
guint                gloss_diff_distance           (const gunichar   *a,
                                                    gsize             a_length,
                                                    const gunichar   *b,
                                                    gsize             b_length,
                                                    guint             max_distance);
/* 1 - distance / (n + m) over code points: 1.0 for equal strings (two
 * empty ones too), 0.0 for nothing in common. Below @min_similarity the
 * result is only known to be below it (the search stops early). */
double               gloss_diff_similarity         (const char       *a,
                                                    gssize            a_size,
                                                    const char       *b,
                                                    gssize            b_size,
                                                    double            min_similarity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossDiff, gloss_diff_free)

G_END_DECLS
