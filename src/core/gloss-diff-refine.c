#include "config.h"

#include <string.h>

#include "gloss-diff-private.h"

/* the least cost each level spends looking for a shortest script */
#define CHUNK_MIN_TOO_EXPENSIVE 1024
#define TOKEN_MIN_TOO_EXPENSIVE 256
#define CHAR_MIN_TOO_EXPENSIVE  256
/* a replaced run of tokens longer than this (code points, either side) is
 * not a word or two corrected: diffing its letters would only find
 * coincidences */
#define CHAR_REFINE_MAX 64
/* two stretches that share fewer than a quarter of their pairs of
 * neighbouring words are a rewrite, not an edit (unless very short) */
#define REWRITE_MAX_SHARED 0.25
#define REWRITE_MIN_PAIRS 4
/* shorter chunks ("Thank you.") repeat by chance and anchor no move */
#define MOVE_ANCHOR_MIN_BYTES 24
/* unchanged chunks this short between two edits are diffed with them, as
 * long as the edits so joined span at most this many chunks */
#define SMALL_EQUALITY_BYTES 16
#define JOINED_MAX_CHUNKS 32
#define MOVE_NEIGHBOUR_MIN_SIMILARITY 0.6

/* a stretch of one text: a chunk or a token */
typedef struct
{
  const char *p;
  guint32 len;
  guint32 hash;
} Piece;

static guint32
hash_bytes (const char *p,
            gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) p[i];
      h *= 16777619u;
    }

  return h;
}

static guint
piece_hash (gconstpointer key)
{
  return ((const Piece *) key)->hash;
}

static gboolean
piece_equal (gconstpointer a,
             gconstpointer b)
{
  const Piece *x = a;
  const Piece *y = b;

  return x->len == y->len && x->hash == y->hash && memcmp (x->p, y->p, x->len) == 0;
}

static void
add_piece (GArray     *pieces,
           const char *text,
           gsize       start,
           gsize       end)
{
  Piece piece = { text + start, end - start, hash_bytes (text + start, end - start) };

  g_array_append_val (pieces, piece);
}

/* the end of the chunk that starts at @pos: after a newline, after a full
 * stop, question or exclamation mark and the spaces that follow it, or
 * after an ideographic one (。！？；) */
static gsize
chunk_end (const char *text,
           gsize       pos,
           gsize       end)
{
  const guchar *s = (const guchar *) text;

  for (gsize i = pos; i < end; i++)
    {
      if (s[i] == '\n')
        return i + 1;
      if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && i + 1 < end && s[i + 1] == ' ')
        {
          i++;
          while (i < end && s[i] == ' ')
            i++;
          return i;
        }
      if (i + 2 < end
          && ((s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x82)
              || (s[i] == 0xEF && s[i + 1] == 0xBC
                  && (s[i + 2] == 0x81 || s[i + 2] == 0x9F || s[i + 2] == 0x9B))))
        return i + 3;
    }

  return end;
}

static GArray *
split_chunks (const char *text,
              gsize       start,
              gsize       end)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));

  while (start < end)
    {
      gsize stop = chunk_end (text, start, end);

      add_piece (pieces, text, start, stop);
      start = stop;
    }

  return pieces;
}

typedef enum
{
  CLASS_SPACE,
  CLASS_WORD,
  CLASS_OTHER,
} CharClass;

/* a word is a run of letters, digits and marks; each CJK character,
 * punctuation mark or symbol is a token of its own */
static CharClass
char_class (gunichar c)
{
  if (c < 0x80)
    {
      if (g_ascii_isspace (c))
        return CLASS_SPACE;
      return g_ascii_isalnum (c) ? CLASS_WORD : CLASS_OTHER;
    }
  if (g_unichar_isspace (c))
    return CLASS_SPACE;
  if ((g_unichar_isalnum (c) || g_unichar_ismark (c)) && !g_unichar_iswide (c))
    return CLASS_WORD;

  return CLASS_OTHER;
}

gboolean
_gloss_diff_is_word_char (gunichar c)
{
  return char_class (c) == CLASS_WORD;
}

static GArray *
split_tokens (const char *text,
              gsize       start,
              gsize       end)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  gsize pos = start;

  while (pos < end)
    {
      CharClass kind = char_class (g_utf8_get_char (text + pos));
      gsize stop = g_utf8_next_char (text + pos) - text;

      if (kind != CLASS_OTHER)
        {
          while (stop < end && char_class (g_utf8_get_char (text + stop)) == kind)
            stop = g_utf8_next_char (text + stop) - text;
        }
      add_piece (pieces, text, pos, stop);
      pos = stop;
    }

  return pieces;
}

/* one id per distinct piece, shared by both sides through @table */
static guint32 *
intern_pieces (GHashTable *table,
               GArray     *pieces,
               guint32    *next_id)
{
  guint32 *ids = g_new (guint32, MAX (pieces->len, 1));

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      gpointer value;

      if (g_hash_table_lookup_extended (table, piece, NULL, &value))
        ids[i] = GPOINTER_TO_UINT (value);
      else
        {
          ids[i] = (*next_id)++;
          g_hash_table_insert (table, piece, GUINT_TO_POINTER (ids[i]));
        }
    }

  return ids;
}

/* where piece @i starts, as a byte position of @text (@end past the last) */
static gsize
piece_start (GArray     *pieces,
             guint       i,
             const char *text,
             gsize       end)
{
  return i < pieces->len ? (gsize) (g_array_index (pieces, Piece, i).p - text) : end;
}

void
_gloss_diff_add_match (GArray *out,
                       gsize   a,
                       gsize   b,
                       gsize   len)
{
  GlossDiffMatch match = { a, b, len };

  if (len == 0)
    return;
  if (out->len > 0)
    {
      GlossDiffMatch *last = &g_array_index (out, GlossDiffMatch, out->len - 1);

      if (last->a + last->len == a && last->b + last->len == b)
        {
          last->len += len;
          return;
        }
    }
  g_array_append_val (out, match);
}

static gunichar *
decode (const char *text,
        gsize       start,
        gsize       end,
        gsize      *n_chars,
        gsize     **byte_offsets)
{
  gsize n = 0;
  gunichar *chars;
  gsize *offsets;

  for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
    n++;

  chars = g_new (gunichar, n + 1);
  offsets = g_new (gsize, n + 1);
  n = 0;
  for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
    {
      offsets[n] = p - (text + start);
      chars[n++] = g_utf8_get_char (p);
    }
  offsets[n] = end - start;

  *n_chars = n;
  *byte_offsets = offsets;
  return chars;
}

static void
refine_chars (GlossDiffBuilder *b,
              GArray           *out,
              gsize             old_start,
              gsize             old_end,
              gsize             new_start,
              gsize             new_end)
{
  g_autofree gunichar *xv = NULL;
  g_autofree gunichar *yv = NULL;
  g_autofree gsize *x_offsets = NULL;
  g_autofree gsize *y_offsets = NULL;
  g_autoptr(GArray) found = NULL;
  gsize n, m;

  if (old_end - old_start > 4 * CHAR_REFINE_MAX || new_end - new_start > 4 * CHAR_REFINE_MAX)
    return;

  xv = decode (b->old_text, old_start, old_end, &n, &x_offsets);
  yv = decode (b->new_text, new_start, new_end, &m, &y_offsets);
  if (n > CHAR_REFINE_MAX || m > CHAR_REFINE_MAX)
    return;

  found = g_array_new (FALSE, FALSE, sizeof (GlossDiffMatch));
  _gloss_diff_sequences (xv, n, yv, m, CHAR_MIN_TOO_EXPENSIVE, &b->budget, found);
  for (guint i = 0; i < found->len; i++)
    {
      GlossDiffMatch *match = &g_array_index (found, GlossDiffMatch, i);

      _gloss_diff_add_match (out, old_start + x_offsets[match->a], new_start + y_offsets[match->b],
                 x_offsets[match->a + match->len] - x_offsets[match->a]);
    }
}

static int
compare_guint64 (gconstpointer a,
                 gconstpointer b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

/* the pairs of neighbouring words (spaces left out) of @tokens */
static GArray *
word_pairs (GArray        *tokens,
            const guint32 *ids)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  gint64 previous = -1;

  for (guint i = 0; i < tokens->len; i++)
    {
      Piece *piece = &g_array_index (tokens, Piece, i);
      guint64 pair;

      if (char_class (g_utf8_get_char (piece->p)) == CLASS_SPACE)
        continue;
      if (previous >= 0)
        {
          pair = ((guint64) previous << 32) | ids[i];
          g_array_append_val (pairs, pair);
        }
      previous = ids[i];
    }

  return pairs;
}

/* TRUE when the two sides share too few pairs of neighbouring words to be
 * an edit of one another: a shortest script between them would only line
 * up words that recur by chance, and cost O((N + M) D) for nothing */
static gboolean
is_rewrite (GArray        *old_tokens,
            const guint32 *old_ids,
            GArray        *new_tokens,
            const guint32 *new_ids)
{
  g_autoptr(GArray) old_pairs = word_pairs (old_tokens, old_ids);
  g_autoptr(GArray) new_pairs = word_pairs (new_tokens, new_ids);
  guint shared = 0;

  if (old_pairs->len < REWRITE_MIN_PAIRS || new_pairs->len < REWRITE_MIN_PAIRS)
    return FALSE;

  g_array_sort (old_pairs, compare_guint64);
  for (guint i = 0; i < new_pairs->len; i++)
    {
      guint64 pair = g_array_index (new_pairs, guint64, i);
      guint lo = 0, hi = old_pairs->len;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (old_pairs, guint64, mid) < pair)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo < old_pairs->len && g_array_index (old_pairs, guint64, lo) == pair)
        shared++;
    }

  return shared < REWRITE_MAX_SHARED * MIN (old_pairs->len, new_pairs->len);
}

static void
refine_tokens (GlossDiffBuilder *b,
               GArray           *out,
               gsize             old_start,
               gsize             old_end,
               gsize             new_start,
               gsize             new_end)
{
  g_autoptr(GArray) old_tokens = split_tokens (b->old_text, old_start, old_end);
  g_autoptr(GArray) new_tokens = split_tokens (b->new_text, new_start, new_end);
  g_autoptr(GHashTable) table = g_hash_table_new (piece_hash, piece_equal);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (GlossDiffMatch));
  g_autofree guint32 *old_ids = NULL;
  g_autofree guint32 *new_ids = NULL;
  guint32 next_id = 0;
  guint i = 0, j = 0;

  old_ids = intern_pieces (table, old_tokens, &next_id);
  new_ids = intern_pieces (table, new_tokens, &next_id);
  if (is_rewrite (old_tokens, old_ids, new_tokens, new_ids))
    return;
  _gloss_diff_sequences (old_ids, old_tokens->len, new_ids, new_tokens->len,
                         TOKEN_MIN_TOO_EXPENSIVE, &b->budget, found);

  for (guint k = 0; k <= found->len; k++)
    {
      GlossDiffMatch *match = k < found->len ? &g_array_index (found, GlossDiffMatch, k) : NULL;
      guint mi = match != NULL ? match->a : old_tokens->len;
      guint mj = match != NULL ? match->b : new_tokens->len;

      if (mi > i && mj > j)
        refine_chars (b, out,
                      piece_start (old_tokens, i, b->old_text, old_end),
                      piece_start (old_tokens, mi, b->old_text, old_end),
                      piece_start (new_tokens, j, b->new_text, new_end),
                      piece_start (new_tokens, mj, b->new_text, new_end));
      if (match == NULL)
        break;

      _gloss_diff_add_match (out,
                 piece_start (old_tokens, mi, b->old_text, old_end),
                 piece_start (new_tokens, mj, b->new_text, new_end),
                 piece_start (old_tokens, mi + match->len, b->old_text, old_end)
                 - piece_start (old_tokens, mi, b->old_text, old_end));
      i = mi + match->len;
      j = mj + match->len;
    }
}

static gboolean
chunks_alike (GArray        *old_chunks,
              guint          i,
              const guint32 *old_ids,
              GArray        *new_chunks,
              guint          j,
              const guint32 *new_ids)
{
  Piece *x = &g_array_index (old_chunks, Piece, i);
  Piece *y = &g_array_index (new_chunks, Piece, j);

  if (old_ids[i] == new_ids[j])
    return TRUE;

  return gloss_diff_similarity (x->p, x->len, y->p, y->len, MOVE_NEIGHBOUR_MIN_SIMILARITY)
         >= MOVE_NEIGHBOUR_MIN_SIMILARITY;
}

/* Pairs chunks deleted in one place with chunks inserted in another (see
 * gloss-diff.h) and diffs each paired block on its own. */
static void
find_moves (GlossDiffBuilder *b,
            GArray           *old_chunks,
            const guint32    *old_ids,
            const guint8     *deleted,
            GArray           *new_chunks,
            const guint32    *new_ids,
            const guint8     *inserted,
            guint32           n_ids)
{
  guint n = old_chunks->len;
  guint m = new_chunks->len;
  g_autofree guint *n_deleted = g_new0 (guint, MAX (n_ids, 1));
  g_autofree guint *n_inserted = g_new0 (guint, MAX (n_ids, 1));
  g_autofree guint *inserted_at = g_new0 (guint, MAX (n_ids, 1));
  g_autofree gint64 *old_pair = g_new (gint64, MAX (n, 1));
  g_autofree gint64 *new_pair = g_new (gint64, MAX (m, 1));
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      old_pair[i] = -1;
      if (deleted[i])
        n_deleted[old_ids[i]]++;
    }
  for (guint j = 0; j < m; j++)
    {
      new_pair[j] = -1;
      if (inserted[j])
        {
          n_inserted[new_ids[j]]++;
          inserted_at[new_ids[j]] = j;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      guint32 id = old_ids[i];

      if (deleted[i] && n_deleted[id] == 1 && n_inserted[id] == 1
          && g_array_index (old_chunks, Piece, i).len >= MOVE_ANCHOR_MIN_BYTES)
        {
          old_pair[i] = inserted_at[id];
          new_pair[inserted_at[id]] = i;
          any = TRUE;
        }
    }
  if (!any)
    return;

  for (guint i = 0; i < n; i++)
    {
      gint64 j = old_pair[i];

      if (j < 0)
        continue;

      for (gint64 oi = (gint64) i + 1, nj = j + 1;
           oi < n && nj < m && deleted[oi] && inserted[nj] && old_pair[oi] < 0 && new_pair[nj] < 0
           && chunks_alike (old_chunks, oi, old_ids, new_chunks, nj, new_ids);
           oi++, nj++)
        {
          old_pair[oi] = nj;
          new_pair[nj] = oi;
        }
      for (gint64 oi = (gint64) i - 1, nj = j - 1;
           oi >= 0 && nj >= 0 && deleted[oi] && inserted[nj] && old_pair[oi] < 0 && new_pair[nj] < 0
           && chunks_alike (old_chunks, oi, old_ids, new_chunks, nj, new_ids);
           oi--, nj--)
        {
          old_pair[oi] = nj;
          new_pair[nj] = oi;
        }
    }

  for (guint i = 0; i < n;)
    {
      guint last = i;
      GlossDiffByteBlock block;

      if (old_pair[i] < 0)
        {
          i++;
          continue;
        }
      while (last + 1 < n && old_pair[last + 1] == old_pair[last] + 1)
        last++;

      block.old_start = piece_start (old_chunks, i, b->old_text, 0);
      block.old_end = piece_start (old_chunks, last, b->old_text, 0)
                      + g_array_index (old_chunks, Piece, last).len;
      block.new_start = piece_start (new_chunks, old_pair[i], b->new_text, 0);
      block.new_end = piece_start (new_chunks, old_pair[last], b->new_text, 0)
                      + g_array_index (new_chunks, Piece, old_pair[last]).len;
      block.first_match = b->move_matches->len;
      refine_tokens (b, b->move_matches, block.old_start, block.old_end,
                     block.new_start, block.new_end);
      block.n_matches = b->move_matches->len - block.first_match;
      g_array_append_val (b->move_blocks, block);
      i = last + 1;
    }
}

void
_gloss_diff_chunks (GlossDiffBuilder *b,
                    gsize             old_start,
                    gsize             old_end,
                    gsize             new_start,
                    gsize             new_end)
{
  g_autoptr(GArray) old_chunks = split_chunks (b->old_text, old_start, old_end);
  g_autoptr(GArray) new_chunks = split_chunks (b->new_text, new_start, new_end);
  g_autoptr(GHashTable) table = g_hash_table_new (piece_hash, piece_equal);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (GlossDiffMatch));
  g_autofree guint32 *old_ids = NULL;
  g_autofree guint32 *new_ids = NULL;
  g_autofree guint8 *deleted = g_new0 (guint8, old_chunks->len + 1);
  g_autofree guint8 *inserted = g_new0 (guint8, new_chunks->len + 1);
  guint32 n_ids = 0;
  guint i = 0, j = 0;

  old_ids = intern_pieces (table, old_chunks, &n_ids);
  new_ids = intern_pieces (table, new_chunks, &n_ids);
  g_clear_pointer (&table, g_hash_table_unref);
  _gloss_diff_sequences (old_ids, old_chunks->len, new_ids, new_chunks->len,
                         CHUNK_MIN_TOO_EXPENSIVE, &b->budget, found);

  for (guint k = 0, di = 0, dj = 0; k < found->len; k++)
    {
      GlossDiffMatch *match = &g_array_index (found, GlossDiffMatch, k);

      memset (deleted + di, 1, match->a - di);
      memset (inserted + dj, 1, match->b - dj);
      di = match->a + match->len;
      dj = match->b + match->len;
      if (k + 1 == found->len)
        {
          memset (deleted + di, 1, old_chunks->len - di);
          memset (inserted + dj, 1, new_chunks->len - dj);
        }
    }
  if (found->len == 0)
    {
      memset (deleted, 1, old_chunks->len);
      memset (inserted, 1, new_chunks->len);
    }

  for (guint k = 0; k <= found->len; k++)
    {
      GlossDiffMatch *match = k < found->len ? &g_array_index (found, GlossDiffMatch, k) : NULL;
      guint mi = match != NULL ? match->a : old_chunks->len;
      guint mj = match != NULL ? match->b : new_chunks->len;
      gsize a;

      /* A blank line between two edits joins them: which of several equal
       * blank lines a shortest script keeps is chance, and an edit split
       * in two can no longer be told from a deletion plus an insertion
       * (two lines joined into one) */
      if (match != NULL && (mi > i || mj > j)
          && piece_start (old_chunks, mi + match->len, b->old_text, old_end)
             - piece_start (old_chunks, mi, b->old_text, old_end) <= SMALL_EQUALITY_BYTES)
        {
          guint next_i = k + 1 < found->len ? g_array_index (found, GlossDiffMatch, k + 1).a : old_chunks->len;
          guint next_j = k + 1 < found->len ? g_array_index (found, GlossDiffMatch, k + 1).b : new_chunks->len;

          if ((next_i > mi + match->len || next_j > mj + match->len)
              && next_i - i <= JOINED_MAX_CHUNKS && next_j - j <= JOINED_MAX_CHUNKS)
            continue;
        }

      if (mi > i && mj > j)
        refine_tokens (b, b->matches,
                       piece_start (old_chunks, i, b->old_text, old_end),
                       piece_start (old_chunks, mi, b->old_text, old_end),
                       piece_start (new_chunks, j, b->new_text, new_end),
                       piece_start (new_chunks, mj, b->new_text, new_end));
      if (match == NULL)
        break;

      a = piece_start (old_chunks, mi, b->old_text, old_end);
      _gloss_diff_add_match (b->matches, a, piece_start (new_chunks, mj, b->new_text, new_end),
                 piece_start (old_chunks, mi + match->len, b->old_text, old_end) - a);
      i = mi + match->len;
      j = mj + match->len;
    }

  find_moves (b, old_chunks, old_ids, deleted, new_chunks, new_ids, inserted, n_ids);
}

