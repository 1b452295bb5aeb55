/* The approximate search of gloss-anchor.c: seeds, the places they agree
 * on, and a local alignment of the quote there. */

#include "config.h"

#include <string.h>

#include "gloss-anchor-private.h"

/* quotes of this many code points, seeds of 8 to 24 code points, at most
 * this many places aligned per claim */
#define APPROXIMATE_MIN_LENGTH 8
#define APPROXIMATE_MAX_LENGTH 4096
#define APPROXIMATE_MAX_TRIES 4
/* quotes shorter than this may be found by one seed */
#define ONE_SEED_MAX_LENGTH 48
/* seeds taken from a quote's anchors, at most (one bit each) */
#define MAX_SEEDS 32
/* an anchor found in more places than this says little as a seed */
#define COMMON_SEED_PLACES 32

/* The stretch of @w that best matches a stretch of @q: a local alignment
 * (Smith and Waterman) scoring +1 a match, -1 a substitution, an insertion
 * or a deletion. Unlike an edit distance over the whole quote, it never
 * gains by covering unrelated text with the part of the quote that is gone:
 * by chance a letter or two in three match there, which does not pay. */
static void
align_quote (const gunichar *q,
             gsize           m,
             const gunichar *w,
             gsize           n,
             gsize          *best_start,
             gsize          *best_end)
{
  g_autofree gint *score = g_new (gint, 2 * (n + 1));
  g_autofree gsize *from = g_new (gsize, 2 * (n + 1));
  gint *previous = score, *current = score + n + 1;
  gsize *previous_from = from, *current_from = from + n + 1;
  gint best = 0;

  *best_start = *best_end = 0;
  for (gsize j = 0; j <= n; j++)
    {
      previous[j] = 0;
      previous_from[j] = j;
    }

  for (gsize i = 1; i <= m; i++)
    {
      current[0] = 0;
      current_from[0] = 0;
      for (gsize j = 1; j <= n; j++)
        {
          gint diagonal = previous[j - 1] + (q[i - 1] == w[j - 1] ? 1 : -1);
          gint skip_quote = previous[j] - 1;
          gint skip_text = current[j - 1] - 1;

          if (diagonal >= skip_quote && diagonal >= skip_text && diagonal > 0)
            {
              current[j] = diagonal;
              current_from[j] = previous[j - 1] > 0 ? previous_from[j - 1] : j - 1;
            }
          else if (skip_quote >= skip_text && skip_quote > 0)
            {
              current[j] = skip_quote;
              current_from[j] = previous_from[j];
            }
          else if (skip_text > 0)
            {
              current[j] = skip_text;
              current_from[j] = current_from[j - 1];
            }
          else
            {
              current[j] = 0;
              current_from[j] = j;
            }

          if (current[j] > best)
            {
              best = current[j];
              *best_start = current_from[j];
              *best_end = j;
            }
        }
      {
        gint *swap = previous;
        gsize *swap_from = previous_from;

        previous = current;
        current = swap;
        previous_from = current_from;
        current_from = swap_from;
      }
    }
}

typedef struct
{
  guint expected;  /* where the quote would start, going by the seed */
  guint seeds;     /* a bit per seed that says so */
} SeedHit;

typedef struct
{
  GArray *hits;    /* SeedHit */
  guint seed;
  guint seed_offset;
} SeedSearch;

static void
collect_seed_cb (GlossAnchorer      *self,
                 GlossAnchorSubject *s,
                 guint               offset,
                 gpointer            data)
{
  SeedSearch *search = data;
  SeedHit hit = { offset > search->seed_offset ? offset - search->seed_offset : 0, 1u << search->seed };

  g_array_append_val (search->hits, hit);
}

static int
compare_seed_hit (gconstpointer a,
                  gconstpointer b)
{
  const SeedHit *x = a;
  const SeedHit *y = b;

  return (x->expected > y->expected) - (x->expected < y->expected);
}

static guint
count_seeds (guint seeds)
{
  guint n = 0;

  for (; seeds != 0; seeds &= seeds - 1)
    n++;
  return n;
}

static guint
hint_distance (GlossAnchorSubject *s,
               guint               offset)
{
  guint distance = G_MAXUINT;

  for (guint i = 0; i < s->n_hints; i++)
    distance = MIN (distance, offset > s->hints[i] ? offset - s->hints[i] : s->hints[i] - offset);
  return distance;
}

/* more seeds agreeing first, then nearer */
static int
compare_cluster (gconstpointer a,
                 gconstpointer b,
                 gpointer      subject)
{
  const SeedHit *x = a;
  const SeedHit *y = b;
  guint nx = count_seeds (x->seeds), ny = count_seeds (y->seeds);
  guint dx, dy;

  if (nx != ny)
    return nx > ny ? -1 : 1;
  dx = hint_distance (subject, x->expected);
  dy = hint_distance (subject, y->expected);
  return (dx > dy) - (dx < dy);
}

static void
align_near (GlossAnchorer        *self,
            GlossAnchorSubject   *s,
            const gunichar       *quote,
            guint                 expected,
            guint                 slack,
            GlossAnchorCandidate *best)
{
  guint window_start = expected > slack ? expected - slack : 0;
  guint window_end = MIN (self->length, expected + s->quote_length + slack);
  gint64 cells = (gint64) s->quote_length * (window_end - window_start);
  g_autofree char *window = NULL;
  g_autofree gunichar *chars = NULL;
  glong n_chars = 0;
  gsize a, b;

  if (self->align_budget < cells)
    return;
  self->align_budget -= cells;

  window = gloss_transcript_dup_slice (self->new_text, window_start, window_end);
  chars = g_utf8_to_ucs4_fast (window, -1, &n_chars);
  align_quote (quote, s->quote_length, chars, n_chars, &a, &b);
  if (b <= a || _gloss_anchor_is_old_text_elsewhere (self, window_start + a, window_start + b))
    return;

  _gloss_anchor_consider_span (self, s, window_start + a, window_start + b, TRUE, best);
}

static int
compare_seed_count (gconstpointer a,
                    gconstpointer b)
{
  guint x = count_seeds (((const SeedHit *) a)->seeds);
  guint y = count_seeds (((const SeedHit *) b)->seeds);

  return (x < y) - (x > y);
}

/* The quote's anchors are seeds: where the index has them, they say where
 * the quote would start. The hits are grouped in bytes, and only the
 * groups that may be aligned are turned into code points (@hits). FALSE
 * when the quote has no anchor. */
static gboolean
collect_indexed_seeds (GlossAnchorer      *self,
                       GlossAnchorSubject *s,
                       guint               agree,
                       GArray             *hits,
                       guint              *min_seeds)
{
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (GlossAnchorGram));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (SeedHit));
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (SeedHit));
  const GlossAnchorGram *grams = (const GlossAnchorGram *) self->index->data;
  const guchar *text = (const guchar *) self->text;
  guint step, n_seeds = 0, n_usable = 0;
  /* a code point is one to four bytes; the bench-like texts about one */
  guint agree_bytes = 2 * agree;

  _gloss_anchor_grams (s->quote, 0, s->quote_size, 0, anchors);
  if (anchors->len == 0)
    return FALSE;

  step = (anchors->len + MAX_SEEDS - 1) / MAX_SEEDS;
  for (guint i = 0; i < anchors->len; i += step, n_seeds++)
    {
      GlossAnchorGram *anchor = &g_array_index (anchors, GlossAnchorGram, i);
      guint first, count = _gloss_anchor_index_lookup (self, anchor->hash, &first);

      if (count == 0 || count > COMMON_SEED_PLACES)
        continue;
      n_usable++;
      for (guint k = first; k < first + count; k++)
        {
          SeedHit hit;

          if (grams[k].pos < anchor->pos
              || memcmp (self->text + grams[k].pos, s->quote + anchor->pos, GLOSS_ANCHOR_GRAM_SIZE) != 0)
            continue;
          hit.expected = grams[k].pos - anchor->pos;
          hit.seeds = 1u << n_seeds;
          g_array_append_val (raw, hit);
        }
    }
  /* a quarter of them, once the quote is long enough to have a few */
  *min_seeds = n_usable >= 2 && s->quote_length >= ONE_SEED_MAX_LENGTH ? MAX (2, n_usable / 4) : 1;

  g_array_sort (raw, compare_seed_hit);
  for (guint i = 0; i < raw->len; i++)
    {
      SeedHit *hit = &g_array_index (raw, SeedHit, i);
      SeedHit *last = groups->len > 0 ? &g_array_index (groups, SeedHit, groups->len - 1) : NULL;

      if (last != NULL && hit->expected - last->expected <= agree_bytes)
        last->seeds |= hit->seeds;
      else
        g_array_append_val (groups, *hit);
    }
  g_array_sort (groups, compare_seed_count);

  for (guint i = 0; i < MIN (groups->len, 4 * APPROXIMATE_MAX_TRIES); i++)
    {
      SeedHit *group = &g_array_index (groups, SeedHit, i);
      gsize p = group->expected;
      SeedHit hit = { 0, group->seeds };

      if (count_seeds (group->seeds) < *min_seeds)
        break;
      while (p > 0 && (text[p] & 0xC0) == 0x80)
        p--;
      hit.expected = _gloss_anchor_offset_of (self, self->text + p);
      g_array_append_val (hits, hit);
    }

  return TRUE;
}

/* Pieces of the quote (seeds: four of them, or its anchors in the index)
 * are looked for; where they agree on where the quote would start, the
 * quote is aligned on the text there. A long quote needs two seeds to
 * agree: one alone is often a common phrase. */
void
_gloss_anchor_approximate_search (GlossAnchorer        *self,
                                  GlossAnchorSubject   *s,
                                  GArray               *windows,
                                  GlossAnchorCandidate *best)
{
  g_autofree gunichar *quote = NULL;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GArray) clusters = NULL;
  SeedSearch search;
  guint seed_length;
  guint slack = s->quote_length / 4 + 8;
  /* seeds agree when they put the start this close (edits between them
   * shift it a little) */
  guint agree = s->quote_length / 16 + 8;
  guint min_seeds = s->quote_length >= ONE_SEED_MAX_LENGTH ? 2 : 1;

  if (s->quote_length < APPROXIMATE_MIN_LENGTH || s->quote_length > APPROXIMATE_MAX_LENGTH)
    return;

  hits = g_array_new (FALSE, FALSE, sizeof (SeedHit));
  clusters = g_array_new (FALSE, FALSE, sizeof (SeedHit));
  search.hits = hits;
  if (windows == NULL && collect_indexed_seeds (self, s, agree, hits, &min_seeds))
    ;
  else
    {
      seed_length = CLAMP (s->quote_length / 4, APPROXIMATE_MIN_LENGTH, 24);
      for (guint i = 0; i < 4; i++)
        {
          guint offset = (s->quote_length - seed_length) * i / 3;
          const char *seed = g_utf8_offset_to_pointer (s->quote, offset);
          const char *seed_end = g_utf8_offset_to_pointer (seed, seed_length);

          search.seed = i;
          search.seed_offset = offset;
          _gloss_anchor_find_occurrences (self, s, seed, seed_end - seed, windows != NULL ? windows : self->index_windows,
                            TRUE, collect_seed_cb, &search);
        }
    }

  g_array_sort (hits, compare_seed_hit);
  for (guint i = 0; i < hits->len; i++)
    {
      SeedHit *hit = &g_array_index (hits, SeedHit, i);
      SeedHit *last = clusters->len > 0 ? &g_array_index (clusters, SeedHit, clusters->len - 1) : NULL;

      if (last != NULL && hit->expected - last->expected <= agree)
        last->seeds |= hit->seeds;
      else
        g_array_append_val (clusters, *hit);
    }

  g_array_sort_with_data (clusters, compare_cluster, s);

  quote = g_utf8_to_ucs4_fast (s->quote, s->quote_size, NULL);
  for (guint i = 0; i < MIN (clusters->len, APPROXIMATE_MAX_TRIES); i++)
    {
      SeedHit *cluster = &g_array_index (clusters, SeedHit, i);

      if (count_seeds (cluster->seeds) < min_seeds)
        break;
      align_near (self, s, quote, cluster->expected, slack, best);
    }
}

