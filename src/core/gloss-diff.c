#include "config.h"

#include <string.h>

#include "gloss-diff-private.h"

#define OFFSET_INDEX_STEP 1024
/* what all the diffs of one text may cost, in steps of the search: about
 * two seconds for 5 MB of unrelated text, fifty times what 5 MB with a few
 * hundred edits take */
#define DIFF_BUDGET_STEPS          ((gint64) 1 << 24)
#define DIFF_BUDGET_STEPS_PER_BYTE 8

/* unchanged text, in code points */
typedef struct
{
  guint old_start;
  guint new_start;
  guint length;
} Run;

typedef struct
{
  GlossDiffHunk span;
  guint first_run;
  guint n_runs;
} Block;

struct _GlossDiff
{
  guint old_length;
  guint new_length;
  GArray *runs;       /* Run, sorted on both sides, adjacent ones merged */
  GArray *hunks;      /* GlossDiffHunk, the gaps between runs */
  GArray *moves;      /* Block, sorted by old start */
  GArray *move_runs;  /* Run, each block's own, sorted within it */
};

/* code-point offsets of byte positions, without a scan from the start;
 * lookups in increasing order scan each byte once */
typedef struct
{
  const guchar *text;
  guint *marks;      /* marks[k]: code points before byte k * OFFSET_INDEX_STEP */
  gsize last_byte;   /* the last lookup */
  guint last_offset;
} OffsetIndex;

static void
offset_index_init (OffsetIndex *index,
                   const char  *text,
                   gsize        size)
{
  guint count = 0;

  index->text = (const guchar *) text;
  index->marks = g_new (guint, size / OFFSET_INDEX_STEP + 1);
  index->last_byte = 0;
  index->last_offset = 0;
  for (gsize i = 0; i < size; i++)
    {
      if (i % OFFSET_INDEX_STEP == 0)
        index->marks[i / OFFSET_INDEX_STEP] = count;
      if ((index->text[i] & 0xC0) != 0x80)
        count++;
    }
  if (size % OFFSET_INDEX_STEP == 0)
    index->marks[size / OFFSET_INDEX_STEP] = count;
}

static guint
offset_index_lookup (OffsetIndex *index,
                     gsize        byte)
{
  gsize from = byte - byte % OFFSET_INDEX_STEP;
  guint count = index->marks[byte / OFFSET_INDEX_STEP];

  if (byte >= index->last_byte && index->last_byte > from)
    {
      from = index->last_byte;
      count = index->last_offset;
    }
  for (gsize i = from; i < byte; i++)
    {
      if ((index->text[i] & 0xC0) != 0x80)
        count++;
    }

  index->last_byte = byte;
  index->last_offset = count;
  return count;
}

static void
add_runs (GArray      *runs,
          GArray      *matches,
          guint        first,
          guint        n,
          OffsetIndex *old_index,
          OffsetIndex *new_index)
{
  for (guint i = first; i < first + n; i++)
    {
      GlossDiffMatch *match = &g_array_index (matches, GlossDiffMatch, i);
      Run run;

      run.old_start = offset_index_lookup (old_index, match->a);
      run.new_start = offset_index_lookup (new_index, match->b);
      run.length = offset_index_lookup (old_index, match->a + match->len) - run.old_start;

      if (runs->len > 0)
        {
          Run *last = &g_array_index (runs, Run, runs->len - 1);

          if (last->old_start + last->length == run.old_start
              && last->new_start + last->length == run.new_start)
            {
              last->length += run.length;
              continue;
            }
        }
      g_array_append_val (runs, run);
    }
}

GlossDiff *
gloss_diff_new (const char *old_text,
                gssize      old_size,
                const char *new_text,
                gssize      new_size)
{
  GlossDiff *self;
  GlossDiffBuilder b = { 0, };
  OffsetIndex old_index, new_index;
  gsize prefix = 0, suffix = 0;
  const guchar *x, *y;
  Run previous = { 0, 0, 0 };

  g_return_val_if_fail (old_text != NULL || old_size == 0, NULL);
  g_return_val_if_fail (new_text != NULL || new_size == 0, NULL);

  b.old_text = old_text != NULL ? old_text : "";
  b.new_text = new_text != NULL ? new_text : "";
  b.old_size = old_size < 0 ? strlen (old_text) : (gsize) old_size;
  b.new_size = new_size < 0 ? strlen (new_text) : (gsize) new_size;
  b.matches = g_array_new (FALSE, FALSE, sizeof (GlossDiffMatch));
  b.move_blocks = g_array_new (FALSE, FALSE, sizeof (GlossDiffByteBlock));
  b.move_matches = g_array_new (FALSE, FALSE, sizeof (GlossDiffMatch));
  b.budget = DIFF_BUDGET_STEPS + DIFF_BUDGET_STEPS_PER_BYTE * (gint64) (b.old_size + b.new_size);
  x = (const guchar *) b.old_text;
  y = (const guchar *) b.new_text;

  while (prefix < b.old_size && prefix < b.new_size && x[prefix] == y[prefix])
    prefix++;
  /* never end a run inside a character */
  while (prefix > 0 && ((prefix < b.old_size && (x[prefix] & 0xC0) == 0x80)
                        || (prefix < b.new_size && (y[prefix] & 0xC0) == 0x80)))
    prefix--;
  while (suffix < b.old_size - prefix && suffix < b.new_size - prefix
         && x[b.old_size - suffix - 1] == y[b.new_size - suffix - 1])
    suffix++;
  /* chunks restart after each newline: keep the middle whole lines, so
   * that both sides cut it into the same chunks */
  while (prefix > 0 && x[prefix - 1] != '\n')
    prefix--;
  while (suffix > 0
         && ((suffix < b.old_size && x[b.old_size - suffix - 1] != '\n')
             || (suffix < b.new_size && y[b.new_size - suffix - 1] != '\n')))
    suffix--;

  _gloss_diff_add_match (b.matches, 0, 0, prefix);
  _gloss_diff_chunks (&b, prefix, b.old_size - suffix, prefix, b.new_size - suffix);
  _gloss_diff_add_match (b.matches, b.old_size - suffix, b.new_size - suffix, suffix);

  offset_index_init (&old_index, b.old_text, b.old_size);
  offset_index_init (&new_index, b.new_text, b.new_size);

  self = g_new0 (GlossDiff, 1);
  self->old_length = offset_index_lookup (&old_index, b.old_size);
  self->new_length = offset_index_lookup (&new_index, b.new_size);
  self->runs = g_array_new (FALSE, FALSE, sizeof (Run));
  self->hunks = g_array_new (FALSE, FALSE, sizeof (GlossDiffHunk));
  self->moves = g_array_new (FALSE, FALSE, sizeof (Block));
  self->move_runs = g_array_new (FALSE, FALSE, sizeof (Run));

  add_runs (self->runs, b.matches, 0, b.matches->len, &old_index, &new_index);

  for (guint i = 0; i <= self->runs->len; i++)
    {
      Run next = { self->old_length, self->new_length, 0 };
      GlossDiffHunk hunk;

      if (i < self->runs->len)
        next = g_array_index (self->runs, Run, i);
      hunk.old_start = previous.old_start + previous.length;
      hunk.new_start = previous.new_start + previous.length;
      hunk.old_end = next.old_start;
      hunk.new_end = next.new_start;
      if (hunk.old_end > hunk.old_start || hunk.new_end > hunk.new_start)
        g_array_append_val (self->hunks, hunk);
      previous = next;
    }

  for (guint i = 0; i < b.move_blocks->len; i++)
    {
      GlossDiffByteBlock *byte_block = &g_array_index (b.move_blocks, GlossDiffByteBlock, i);
      Block block;

      block.span.old_start = offset_index_lookup (&old_index, byte_block->old_start);
      block.span.old_end = offset_index_lookup (&old_index, byte_block->old_end);
      block.span.new_start = offset_index_lookup (&new_index, byte_block->new_start);
      block.span.new_end = offset_index_lookup (&new_index, byte_block->new_end);
      block.first_run = self->move_runs->len;
      add_runs (self->move_runs, b.move_matches, byte_block->first_match, byte_block->n_matches,
                &old_index, &new_index);
      block.n_runs = self->move_runs->len - block.first_run;
      g_array_append_val (self->moves, block);
    }

  g_free (old_index.marks);
  g_free (new_index.marks);
  g_array_unref (b.matches);
  g_array_unref (b.move_blocks);
  g_array_unref (b.move_matches);

  return self;
}

void
gloss_diff_free (GlossDiff *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->runs);
  g_array_unref (self->hunks);
  g_array_unref (self->moves);
  g_array_unref (self->move_runs);
  g_free (self);
}

guint
gloss_diff_get_old_length (GlossDiff *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->old_length;
}

guint
gloss_diff_get_new_length (GlossDiff *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->new_length;
}

guint
gloss_diff_get_n_hunks (GlossDiff *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->hunks->len;
}

const GlossDiffHunk *
gloss_diff_get_hunk (GlossDiff *self,
                     guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->hunks->len, NULL);

  return &g_array_index (self->hunks, GlossDiffHunk, index);
}

#define RUN_FROM(run, back) ((back) ? (run)->new_start : (run)->old_start)
#define RUN_TO(run, back)   ((back) ? (run)->old_start : (run)->new_start)

/* index of the last run whose mapped-from side starts at or before @pos, or -1 */
static gssize
find_run (const Run *runs,
          guint      n_runs,
          gboolean   back,
          guint      pos)
{
  guint lo = 0, hi = n_runs;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (RUN_FROM (&runs[mid], back) <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }

  return (gssize) lo - 1;
}

/* maps @x through @runs inside a block whose sides are [from_lo, from_hi)
 * and [to_lo, to_hi); see GlossDiffGravity */
static guint
map_runs (const Run       *runs,
          guint            n_runs,
          gboolean         back,
          guint            from_lo,
          guint            from_hi,
          guint            to_lo,
          guint            to_hi,
          guint            x,
          GlossDiffGravity gravity)
{
  guint ch, a, b, c, d;
  gssize k;

  if (gravity == GLOSS_DIFF_GRAVITY_START)
    {
      if (x >= from_hi)
        return to_hi;
      ch = x;
    }
  else
    {
      if (x <= from_lo)
        return to_lo;
      ch = MIN (x, from_hi) - 1;
      x = ch + 1;
    }

  k = find_run (runs, n_runs, back, ch);
  if (k >= 0 && ch < RUN_FROM (&runs[k], back) + runs[k].length)
    return RUN_TO (&runs[k], back) + (x - RUN_FROM (&runs[k], back));

  a = k >= 0 ? RUN_FROM (&runs[k], back) + runs[k].length : from_lo;
  c = k >= 0 ? RUN_TO (&runs[k], back) + runs[k].length : to_lo;
  b = (gsize) (k + 1) < n_runs ? RUN_FROM (&runs[k + 1], back) : from_hi;
  d = (gsize) (k + 1) < n_runs ? RUN_TO (&runs[k + 1], back) : to_hi;
  /* inside replaced text a span keeps none of the replacement; from its
   * start (to its end) it takes all of it */
  if (gravity == GLOSS_DIFF_GRAVITY_START)
    return x == a ? c : d;

  return x == b ? d : c;
}

guint
gloss_diff_map (GlossDiff       *self,
                guint            old_offset,
                GlossDiffGravity gravity)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (old_offset <= self->old_length, self->new_length);

  return map_runs ((const Run *) self->runs->data, self->runs->len, FALSE,
                   0, self->old_length, 0, self->new_length, old_offset, gravity);
}

guint
gloss_diff_map_back (GlossDiff       *self,
                     guint            new_offset,
                     GlossDiffGravity gravity)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (new_offset <= self->new_length, self->old_length);

  return map_runs ((const Run *) self->runs->data, self->runs->len, TRUE,
                   0, self->new_length, 0, self->old_length, new_offset, gravity);
}

guint
gloss_diff_count_unchanged (GlossDiff *self,
                            guint      old_start,
                            guint      old_end)
{
  const Run *runs;
  guint count = 0;
  gssize k;

  g_return_val_if_fail (self != NULL, 0);

  if (old_start >= old_end)
    return 0;

  runs = (const Run *) self->runs->data;
  k = MAX (find_run (runs, self->runs->len, FALSE, old_start), 0);
  for (; (guint) k < self->runs->len && runs[k].old_start < old_end; k++)
    {
      guint lo = MAX (runs[k].old_start, old_start);
      guint hi = MIN (runs[k].old_start + runs[k].length, old_end);

      if (hi > lo)
        count += hi - lo;
    }

  return count;
}

gboolean
gloss_diff_new_span_is_unchanged (GlossDiff *self,
                                  guint      new_start,
                                  guint      new_end)
{
  const Run *runs;
  gssize k;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (new_start <= new_end, FALSE);

  runs = (const Run *) self->runs->data;
  k = find_run (runs, self->runs->len, TRUE, new_start);

  return k >= 0 && new_end <= runs[k].new_start + runs[k].length
         && (new_start < runs[k].new_start + runs[k].length || new_start == new_end);
}

guint
gloss_diff_get_n_moves (GlossDiff *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->moves->len;
}

const GlossDiffHunk *
gloss_diff_get_move (GlossDiff *self,
                     guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->moves->len, NULL);

  return &g_array_index (self->moves, Block, index).span;
}

guint
gloss_diff_map_moved (GlossDiff       *self,
                      guint            old_offset,
                      GlossDiffGravity gravity)
{
  const Block *blocks;
  guint ch, lo, hi;
  const Block *block;

  g_return_val_if_fail (self != NULL, G_MAXUINT);

  if (gravity == GLOSS_DIFF_GRAVITY_START)
    ch = old_offset;
  else if (old_offset > 0)
    ch = old_offset - 1;
  else
    return G_MAXUINT;

  blocks = (const Block *) self->moves->data;
  lo = 0;
  hi = self->moves->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (blocks[mid].span.old_start <= ch)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return G_MAXUINT;

  block = &blocks[lo - 1];
  if (ch >= block->span.old_end)
    return G_MAXUINT;

  return map_runs (&g_array_index (self->move_runs, Run, block->first_run), block->n_runs, FALSE,
                   block->span.old_start, block->span.old_end,
                   block->span.new_start, block->span.new_end, old_offset, gravity);
}

double
gloss_diff_similarity (const char *a,
                       gssize      a_size,
                       const char *b,
                       gssize      b_size,
                       double      min_similarity)
{
  g_autofree gunichar *x = NULL;
  g_autofree gunichar *y = NULL;
  glong n = 0, m = 0;
  guint max_distance;
  guint distance;

  g_return_val_if_fail (a != NULL && b != NULL, 0.0);

  x = g_utf8_to_ucs4_fast (a, a_size, &n);
  y = g_utf8_to_ucs4_fast (b, b_size, &m);
  if (n + m == 0)
    return 1.0;

  min_similarity = CLAMP (min_similarity, 0.0, 1.0);
  max_distance = (guint) ((1.0 - min_similarity) * (n + m));
  distance = gloss_diff_distance (x, n, y, m, max_distance);

  return 1.0 - (double) distance / (n + m);
}
