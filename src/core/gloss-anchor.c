#include "config.h"

#include <string.h>

#include "gloss-anchor.h"
#include "gloss-diff-private.h"

/* a placement found by search needs one side of its context this alike... */
#define CONTEXT_SUPPORT 0.5
/* ...unless the quote is this long (code points): no coincidence then */
#define SELF_EVIDENT_LENGTH 64
/* ...or this long and found only once */
#define UNIQUE_EVIDENT_LENGTH 24
/* contexts this close are a tie, and the nearer place wins */
#define CONTEXT_TIE 0.05
#define SCORE_TIE 0.02
/* a neighbour this close in the old text says where a claim went */
#define NEIGHBOUR_REACH 2048
/* without a diff, look this far around the expected place first */
#define SEARCH_RADIUS 4096
/* the approximate search: quotes of this many code points, seeds of
 * 8 to 24 code points, at most this many places aligned per claim, and
 * at most this many hits of one search looked at */
#define APPROXIMATE_MIN_LENGTH 8
#define APPROXIMATE_MAX_LENGTH 4096
#define APPROXIMATE_MAX_TRIES 4
/* quotes shorter than this may be found by one seed */
#define ONE_SEED_MAX_LENGTH 48
#define MAX_HITS 256
/* how far an edge moves to take in a whole word */
#define WORD_REACH 32

static const char * const status_names[] = {
  [GLOSS_ANCHOR_EXACT] = "exact",
  [GLOSS_ANCHOR_MOVED] = "moved",
  [GLOSS_ANCHOR_FUZZY] = "fuzzy",
  [GLOSS_ANCHOR_ORPHANED] = "orphaned",
};

const char *
gloss_anchor_status_to_string (GlossAnchorStatus status)
{
  g_return_val_if_fail ((guint) status <= GLOSS_ANCHOR_STATUS_LAST, NULL);

  return status_names[status];
}

gboolean
gloss_anchor_status_from_string (const char        *str,
                                 GlossAnchorStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  for (guint i = 0; str != NULL && i <= GLOSS_ANCHOR_STATUS_LAST; i++)
    {
      if (strcmp (str, status_names[i]) == 0)
        {
          *status = (GlossAnchorStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

typedef struct
{
  gsize start;
  gsize end;
} ByteRange;

typedef struct
{
  GlossTranscript *old_text;  /* NULL without one */
  GlossTranscript *new_text;
  const char *text;
  gsize size;
  guint length;
  GlossDiff *diff;     /* NULL without an old text */
  double threshold;
  GArray *hunk_bytes;  /* ByteRange: the new side of each hunk */
} Anchorer;

typedef struct
{
  const char *quote;
  gsize quote_size;
  guint quote_length;
  const char *prefix;
  const char *suffix;
  guint start;          /* the old span */
  guint end;
  gboolean word_start;  /* the quote began on a word boundary */
  gboolean word_end;
  guint mapped_start;   /* through the diff; G_MAXUINT without one */
  guint mapped_end;
  guint moved_start;    /* through a moved block; G_MAXUINT if it did not move */
  guint moved_end;
  guint hints[3];       /* where it is expected */
  guint n_hints;
} Subject;

typedef struct
{
  gboolean found;
  guint start;
  guint end;
  double score;      /* similarity of the quote */
  double context;    /* mean similarity of prefix and suffix */
  double best_side;  /* the better of the two */
  guint distance;    /* to the nearest hint */
} Candidate;

static const char *
pointer_at (Anchorer *self,
            guint     offset)
{
  return gloss_transcript_offset_to_pointer (self->new_text, offset);
}

static guint
offset_of (Anchorer   *self,
           const char *p)
{
  return gloss_transcript_byte_to_offset (self->new_text, p - self->text);
}

static gboolean
quote_at (Anchorer *self,
          Subject  *s,
          guint     offset)
{
  const char *p;

  if (offset > self->length || self->length - offset < s->quote_length)
    return FALSE;

  p = pointer_at (self, offset);
  return (gsize) (self->text + self->size - p) >= s->quote_size
         && memcmp (p, s->quote, s->quote_size) == 0;
}

static double
side_similarity (Anchorer   *self,
                 const char *expected,
                 guint       start,
                 guint       end)
{
  const char *p = pointer_at (self, start);
  const char *q = pointer_at (self, end);

  return gloss_diff_similarity (expected, -1, p, q - p, 0.0);
}

static void
judge_context (Anchorer  *self,
               Subject   *s,
               Candidate *c)
{
  guint before = c->start > GLOSS_CLAIM_CONTEXT_LENGTH ? c->start - GLOSS_CLAIM_CONTEXT_LENGTH : 0;
  guint after = self->length - c->end > GLOSS_CLAIM_CONTEXT_LENGTH
                ? c->end + GLOSS_CLAIM_CONTEXT_LENGTH : self->length;
  double prefix = side_similarity (self, s->prefix, before, c->start);
  double suffix = side_similarity (self, s->suffix, c->end, after);

  c->context = (prefix + suffix) / 2;
  c->best_side = MAX (prefix, suffix);
  c->distance = G_MAXUINT;
  for (guint i = 0; i < s->n_hints; i++)
    {
      guint hint = s->hints[i];

      c->distance = MIN (c->distance, c->start > hint ? c->start - hint : hint - c->start);
    }
}

static gboolean
context_supports (Subject   *s,
                  Candidate *c)
{
  return c->best_side >= CONTEXT_SUPPORT || s->quote_length >= SELF_EVIDENT_LENGTH;
}

/* between identical quotes: the context, then the nearness */
static gboolean
exact_better (const Candidate *a,
              const Candidate *b)
{
  if (!b->found)
    return TRUE;
  if (a->context > b->context + CONTEXT_TIE || b->context > a->context + CONTEXT_TIE)
    return a->context > b->context;

  return a->distance < b->distance;
}

static gboolean
fuzzy_better (const Candidate *a,
              const Candidate *b)
{
  if (!b->found)
    return TRUE;
  if (a->score > b->score + SCORE_TIE || b->score > a->score + SCORE_TIE)
    return a->score > b->score;

  return exact_better (a, b);
}

/* the stretches of the new text an occurrence not made of one stretch of
 * old text must touch: around each hunk's new side, @margin bytes wide */
static GArray *
inserted_windows (Anchorer *self,
                  gsize     margin)
{
  GArray *windows = g_array_new (FALSE, FALSE, sizeof (ByteRange));

  margin = MAX (margin, 1) - 1;
  for (guint i = 0; i < self->hunk_bytes->len; i++)
    {
      ByteRange *hunk = &g_array_index (self->hunk_bytes, ByteRange, i);
      ByteRange window = { hunk->start > margin ? hunk->start - margin : 0,
                           MIN (self->size, hunk->end + margin) };

      if (windows->len > 0)
        {
          ByteRange *last = &g_array_index (windows, ByteRange, windows->len - 1);

          if (last->end >= window.start)
            {
              last->end = MAX (last->end, window.end);
              continue;
            }
        }
      g_array_append_val (windows, window);
    }

  return windows;
}

static GArray *
windows_around (Anchorer *self,
                guint     start,
                guint     end,
                guint     radius)
{
  GArray *windows = g_array_new (FALSE, FALSE, sizeof (ByteRange));
  ByteRange window;

  start = MIN (start, self->length);
  end = MIN (MAX (end, start), self->length);
  window.start = pointer_at (self, start > radius ? start - radius : 0) - self->text;
  window.end = pointer_at (self, self->length - end > radius ? end + radius : self->length) - self->text;
  g_array_append_val (windows, window);

  return windows;
}

typedef void (*OccurrenceFunc) (Anchorer *self,
                                Subject  *s,
                                guint     offset,
                                gpointer  data);

static void
find_occurrences (Anchorer       *self,
                  Subject        *s,
                  const char     *needle,
                  gsize           needle_size,
                  GArray         *windows,
                  OccurrenceFunc  func,
                  gpointer        data)
{
  guint n_hits = 0;

  if (needle_size == 0)
    return;

  for (guint i = 0; i < windows->len && n_hits < MAX_HITS; i++)
    {
      ByteRange *window = &g_array_index (windows, ByteRange, i);
      const char *p = self->text + window->start;
      const char *end = self->text + window->end;
      const char *hit;

      /* a hit starts where @needle does, on a character boundary */
      while ((gsize) (end - p) >= needle_size
             && (hit = memmem (p, end - p, needle, needle_size)) != NULL
             && n_hits++ < MAX_HITS)
        {
          func (self, s, offset_of (self, hit), data);
          p = hit + 1;
        }
    }
}

/* an identical quote made of one stretch of old text is that place's own */
static gboolean
is_old_text_elsewhere (Anchorer *self,
                       guint     start,
                       guint     end)
{
  return self->diff != NULL && gloss_diff_new_span_is_unchanged (self->diff, start, end);
}

typedef struct
{
  Candidate best;   /* the best with its context's support */
  Candidate other;  /* the best without */
  guint n_found;
} ExactSearch;

/* An identical quote that is one stretch of old text from another place
 * is that place's own, unless the context there fits @s better than the
 * other place's old context: when repeated words make two scripts equally
 * short, the diff may have kept the wrong one of them. @c is judged. */
static gboolean
belongs_elsewhere (Anchorer  *self,
                   Subject   *s,
                   Candidate *c)
{
  guint old_length, owner, owner_end;
  guint before, after;
  g_autofree char *owner_prefix = NULL;
  g_autofree char *owner_suffix = NULL;
  double fit;

  if (!is_old_text_elsewhere (self, c->start, c->end))
    return FALSE;

  old_length = gloss_transcript_get_length (self->old_text);
  owner = gloss_diff_map_back (self->diff, c->start, GLOSS_DIFF_GRAVITY_START);
  owner_end = MIN (owner + (c->end - c->start), old_length);
  owner_prefix = gloss_transcript_dup_slice (self->old_text, owner > GLOSS_CLAIM_CONTEXT_LENGTH
                                                             ? owner - GLOSS_CLAIM_CONTEXT_LENGTH : 0,
                                             owner);
  owner_suffix = gloss_transcript_dup_slice (self->old_text, owner_end,
                                             old_length - owner_end > GLOSS_CLAIM_CONTEXT_LENGTH
                                             ? owner_end + GLOSS_CLAIM_CONTEXT_LENGTH : old_length);
  before = c->start > GLOSS_CLAIM_CONTEXT_LENGTH ? c->start - GLOSS_CLAIM_CONTEXT_LENGTH : 0;
  after = self->length - c->end > GLOSS_CLAIM_CONTEXT_LENGTH ? c->end + GLOSS_CLAIM_CONTEXT_LENGTH : self->length;
  fit = (side_similarity (self, owner_prefix, before, c->start)
         + side_similarity (self, owner_suffix, c->end, after)) / 2;

  return fit + CONTEXT_TIE >= c->context;
}

static void
consider_exact_cb (Anchorer *self,
                   Subject  *s,
                   guint     offset,
                   gpointer  data)
{
  ExactSearch *search = data;
  Candidate c = { TRUE, offset, offset + s->quote_length, 1.0, };

  judge_context (self, s, &c);
  if (belongs_elsewhere (self, s, &c))
    return;
  search->n_found++;
  if (context_supports (s, &c))
    {
      if (exact_better (&c, &search->best))
        search->best = c;
    }
  else if (exact_better (&c, &search->other))
    search->other = c;
}

/* an identical quote where the context supports it, or the only one there
 * is of a quote long enough not to be there by chance */
static gboolean
find_exact (Anchorer  *self,
            Subject   *s,
            GArray    *windows,
            Candidate *found)
{
  ExactSearch search = { { FALSE, }, { FALSE, }, 0 };

  find_occurrences (self, s, s->quote, s->quote_size, windows, consider_exact_cb, &search);
  if (search.best.found)
    *found = search.best;
  else if (search.n_found == 1 && s->quote_length >= UNIQUE_EVIDENT_LENGTH)
    *found = search.other;
  else
    return FALSE;

  return TRUE;
}

static void
consider_slide_cb (Anchorer *self,
                   Subject  *s,
                   guint     offset,
                   gpointer  data)
{
  Candidate *best = data;
  Candidate c = { TRUE, offset, offset + s->quote_length, 1.0, };
  guint distance = offset > s->mapped_start ? offset - s->mapped_start : s->mapped_start - offset;

  judge_context (self, s, &c);
  if (belongs_elsewhere (self, s, &c))
    return;
  if (!best->found || distance < best->distance)
    {
      *best = c;
      best->distance = distance;
    }
}

static gboolean
fixup_span (Anchorer *self,
            Subject  *s,
            guint    *start,
            guint    *end)
{
  gunichar first, last;
  guint a = *start, b = *end;
  const char *p, *q;

  if (s->quote_size == 0 || a >= b || b > self->length)
    return FALSE;

  first = g_utf8_get_char (s->quote);
  last = g_utf8_get_char (g_utf8_prev_char (s->quote + s->quote_size));
  p = pointer_at (self, a);
  q = pointer_at (self, b);

  if (!g_unichar_isspace (first))
    {
      while (a < b && g_unichar_isspace (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          a++;
        }
    }
  if (!g_unichar_isspace (last))
    {
      while (b > a && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (q))))
        {
          q = g_utf8_prev_char (q);
          b--;
        }
    }
  if (a >= b)
    return FALSE;

  if (s->word_start && _gloss_diff_is_word_char (first))
    {
      for (guint i = 0; i < WORD_REACH && a > 0; i++)
        {
          const char *previous = g_utf8_prev_char (p);

          if (!_gloss_diff_is_word_char (g_utf8_get_char (previous)))
            break;
          p = previous;
          a--;
        }
    }
  if (s->word_end && _gloss_diff_is_word_char (last))
    {
      for (guint i = 0; i < WORD_REACH && b < self->length; i++)
        {
          if (!_gloss_diff_is_word_char (g_utf8_get_char (q)))
            break;
          q = g_utf8_next_char (q);
          b++;
        }
    }

  *start = a;
  *end = b;
  return TRUE;
}

/* a fuzzy candidate at about [start, end): its edges fixed, scored */
static void
consider_span (Anchorer  *self,
               Subject   *s,
               guint      start,
               guint      end,
               gboolean   needs_support,
               Candidate *best)
{
  Candidate c = { TRUE, start, end, };
  const char *p, *q;

  if (start == G_MAXUINT || end == G_MAXUINT || end <= start)
    return;
  if (!fixup_span (self, s, &c.start, &c.end))
    return;
  /* stretched over much inserted text: not this quote */
  if (c.end - c.start > 2 * s->quote_length + GLOSS_CLAIM_CONTEXT_LENGTH)
    return;

  p = pointer_at (self, c.start);
  q = pointer_at (self, c.end);
  c.score = gloss_diff_similarity (s->quote, s->quote_size, p, q - p, self->threshold);
  if (c.score < self->threshold)
    return;
  judge_context (self, s, &c);
  if (needs_support && !context_supports (s, &c))
    return;
  if (fuzzy_better (&c, best))
    *best = c;
}

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
collect_seed_cb (Anchorer *self,
                 Subject  *s,
                 guint     offset,
                 gpointer  data)
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
hint_distance (Subject *s,
               guint    offset)
{
  guint distance = G_MAXUINT;

  for (guint i = 0; i < s->n_hints; i++)
    distance = MIN (distance, offset > s->hints[i] ? offset - s->hints[i] : s->hints[i] - offset);
  return distance;
}

static Subject *sorting_subject;

/* more seeds agreeing first, then nearer */
static int
compare_cluster (gconstpointer a,
                 gconstpointer b)
{
  const SeedHit *x = a;
  const SeedHit *y = b;
  guint nx = count_seeds (x->seeds), ny = count_seeds (y->seeds);
  guint dx, dy;

  if (nx != ny)
    return nx > ny ? -1 : 1;
  dx = hint_distance (sorting_subject, x->expected);
  dy = hint_distance (sorting_subject, y->expected);
  return (dx > dy) - (dx < dy);
}

static void
align_near (Anchorer       *self,
            Subject        *s,
            const gunichar *quote,
            guint           expected,
            guint           slack,
            Candidate      *best)
{
  guint window_start = expected > slack ? expected - slack : 0;
  guint window_end = MIN (self->length, expected + s->quote_length + slack);
  g_autofree char *window = gloss_transcript_dup_slice (self->new_text, window_start, window_end);
  g_autofree gunichar *chars = NULL;
  glong n_chars = 0;
  gsize a, b;

  chars = g_utf8_to_ucs4_fast (window, -1, &n_chars);
  align_quote (quote, s->quote_length, chars, n_chars, &a, &b);
  if (b <= a || is_old_text_elsewhere (self, window_start + a, window_start + b))
    return;

  consider_span (self, s, window_start + a, window_start + b, TRUE, best);
}

/* Four pieces of the quote (seeds) are looked for in @windows; where they
 * agree on where the quote would start, the quote is aligned on the text
 * there. A long quote needs two seeds to agree: one alone is often a
 * common phrase. */
static void
approximate_search (Anchorer  *self,
                    Subject   *s,
                    GArray    *windows,
                    Candidate *best)
{
  g_autofree gunichar *quote = NULL;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GArray) clusters = NULL;
  SeedSearch search;
  guint seed_length;
  guint slack = s->quote_length / 4 + 8;
  guint min_seeds = s->quote_length >= ONE_SEED_MAX_LENGTH ? 2 : 1;

  if (s->quote_length < APPROXIMATE_MIN_LENGTH || s->quote_length > APPROXIMATE_MAX_LENGTH)
    return;

  hits = g_array_new (FALSE, FALSE, sizeof (SeedHit));
  clusters = g_array_new (FALSE, FALSE, sizeof (SeedHit));
  search.hits = hits;
  seed_length = CLAMP (s->quote_length / 4, APPROXIMATE_MIN_LENGTH, 24);
  for (guint i = 0; i < 4; i++)
    {
      guint offset = (s->quote_length - seed_length) * i / 3;
      const char *seed = g_utf8_offset_to_pointer (s->quote, offset);
      const char *seed_end = g_utf8_offset_to_pointer (seed, seed_length);

      search.seed = i;
      search.seed_offset = offset;
      find_occurrences (self, s, seed, seed_end - seed, windows, collect_seed_cb, &search);
    }

  g_array_sort (hits, compare_seed_hit);
  for (guint i = 0; i < hits->len; i++)
    {
      SeedHit *hit = &g_array_index (hits, SeedHit, i);
      SeedHit *last = clusters->len > 0 ? &g_array_index (clusters, SeedHit, clusters->len - 1) : NULL;

      if (last != NULL && hit->expected - last->expected <= slack)
        last->seeds |= hit->seeds;
      else
        g_array_append_val (clusters, *hit);
    }

  sorting_subject = s;
  g_array_sort (clusters, compare_cluster);
  sorting_subject = NULL;

  quote = g_utf8_to_ucs4_fast (s->quote, s->quote_size, NULL);
  for (guint i = 0; i < MIN (clusters->len, APPROXIMATE_MAX_TRIES); i++)
    {
      SeedHit *cluster = &g_array_index (clusters, SeedHit, i);

      if (count_seeds (cluster->seeds) < min_seeds)
        break;
      align_near (self, s, quote, cluster->expected, slack, best);
    }
}

static void
set_result (GlossAnchorResult *r,
            GlossAnchorStatus  status,
            guint              start,
            guint              end,
            double             score)
{
  r->status = status;
  r->start = start;
  r->end = end;
  r->score = score;
}

static void
prepare_subject (Anchorer        *self,
                 GlossTranscript *old_text,
                 GlossClaim      *claim,
                 Subject         *s)
{
  guint old_length = old_text != NULL ? gloss_transcript_get_length (old_text) : G_MAXUINT;
  const char *prefix_end;

  memset (s, 0, sizeof *s);
  s->quote = gloss_claim_get_quote (claim);
  s->quote_size = strlen (s->quote);
  s->quote_length = g_utf8_strlen (s->quote, s->quote_size);
  s->prefix = gloss_claim_get_prefix (claim);
  s->suffix = gloss_claim_get_suffix (claim);
  s->start = MIN (gloss_claim_get_start (claim), old_length);
  s->end = MIN (MAX (gloss_claim_get_end (claim), s->start), old_length);

  prefix_end = s->prefix + strlen (s->prefix);
  s->word_start = prefix_end == s->prefix
                  || !_gloss_diff_is_word_char (g_utf8_get_char (g_utf8_prev_char (prefix_end)));
  s->word_end = s->suffix[0] == '\0' || !_gloss_diff_is_word_char (g_utf8_get_char (s->suffix));

  s->mapped_start = s->mapped_end = s->moved_start = s->moved_end = G_MAXUINT;
  if (self->diff == NULL)
    return;

  s->mapped_start = gloss_diff_map (self->diff, s->start, GLOSS_DIFF_GRAVITY_START);
  s->mapped_end = MAX (gloss_diff_map (self->diff, s->end, GLOSS_DIFF_GRAVITY_END), s->mapped_start);
  s->moved_start = gloss_diff_map_moved (self->diff, s->start, GLOSS_DIFF_GRAVITY_START);
  s->moved_end = gloss_diff_map_moved (self->diff, s->end, GLOSS_DIFF_GRAVITY_END);
  if (s->moved_start == G_MAXUINT || s->moved_end == G_MAXUINT || s->moved_end < s->moved_start)
    s->moved_start = s->moved_end = G_MAXUINT;
}

/* the first pass, with a diff: exact, moved with its block, or edited in place */
static gboolean
place_mapped (Anchorer          *self,
              Subject           *s,
              GlossAnchorResult *r)
{
  Candidate slide = { FALSE, };
  Candidate fuzzy = { FALSE, };
  g_autoptr(GArray) near = NULL;
  guint old_length = s->end - s->start;

  if (quote_at (self, s, s->mapped_start))
    {
      set_result (r, GLOSS_ANCHOR_EXACT, s->mapped_start, s->mapped_start + s->quote_length, 1.0);
      return TRUE;
    }

  near = windows_around (self, s->mapped_start, s->mapped_start + s->quote_length,
                         GLOSS_CLAIM_CONTEXT_LENGTH);
  find_occurrences (self, s, s->quote, s->quote_size, near, consider_slide_cb, &slide);
  if (slide.found)
    {
      set_result (r, GLOSS_ANCHOR_EXACT, slide.start, slide.end, 1.0);
      return TRUE;
    }

  if (s->moved_start != G_MAXUINT && quote_at (self, s, s->moved_start))
    {
      set_result (r, GLOSS_ANCHOR_MOVED, s->moved_start, s->moved_start + s->quote_length, 1.0);
      return TRUE;
    }

  if (old_length > 0 && 2 * gloss_diff_count_unchanged (self->diff, s->start, s->end) >= old_length)
    {
      consider_span (self, s, s->mapped_start, s->mapped_end, FALSE, &fuzzy);
      if (fuzzy.found)
        {
          set_result (r, GLOSS_ANCHOR_FUZZY, fuzzy.start, fuzzy.end, fuzzy.score);
          return TRUE;
        }
    }

  return FALSE;
}

static void
add_hint (Subject *s,
          guint    hint)
{
  if (hint != G_MAXUINT && s->n_hints < G_N_ELEMENTS (s->hints))
    s->hints[s->n_hints++] = hint;
}

/* where a neighbour's placement says this claim is expected */
static void
add_neighbour_hint (Anchorer                *self,
                    Subject                 *s,
                    GlossClaim              *neighbour,
                    const GlossAnchorResult *placed)
{
  gint64 shift = (gint64) s->start - (gint64) gloss_claim_get_start (neighbour);

  if (placed->status == GLOSS_ANCHOR_ORPHANED || ABS (shift) > NEIGHBOUR_REACH)
    return;

  add_hint (s, (guint) CLAMP ((gint64) placed->start + shift, 0, (gint64) self->length));
}

/* the second pass: an identical quote elsewhere, or an approximate one */
static void
place_searched (Anchorer          *self,
                Subject           *s,
                GlossAnchorResult *r)
{
  Candidate exact = { FALSE, };
  Candidate fuzzy = { FALSE, };
  g_autoptr(GArray) windows = inserted_windows (self, s->quote_size);

  if (find_exact (self, s, windows, &exact))
    {
      set_result (r, GLOSS_ANCHOR_MOVED, exact.start, exact.end, 1.0);
      return;
    }

  consider_span (self, s, s->mapped_start, s->mapped_end, FALSE, &fuzzy);
  consider_span (self, s, s->moved_start, s->moved_end, FALSE, &fuzzy);
  approximate_search (self, s, windows, &fuzzy);
  if (fuzzy.found)
    set_result (r, GLOSS_ANCHOR_FUZZY, fuzzy.start, fuzzy.end, fuzzy.score);
  else
    set_result (r, GLOSS_ANCHOR_ORPHANED, s->mapped_start, s->mapped_start, 0.0);
}

static void
anchor_with_diff (Anchorer        *self,
                  GlossTranscript *old_text,
                  GPtrArray       *claims,
                  GArray          *results)
{
  g_autofree Subject *subjects = g_new (Subject, MAX (claims->len, 1));
  g_autofree gboolean *placed = g_new0 (gboolean, MAX (claims->len, 1));

  for (guint i = 0; i < claims->len; i++)
    {
      prepare_subject (self, old_text, g_ptr_array_index (claims, i), &subjects[i]);
      placed[i] = place_mapped (self, &subjects[i], &g_array_index (results, GlossAnchorResult, i));
    }

  for (guint i = 0; i < claims->len; i++)
    {
      Subject *s = &subjects[i];

      if (placed[i])
        continue;

      add_hint (s, s->mapped_start);
      if (i > 0)
        add_neighbour_hint (self, s, g_ptr_array_index (claims, i - 1),
                            &g_array_index (results, GlossAnchorResult, i - 1));
      if (i + 1 < claims->len && placed[i + 1])
        add_neighbour_hint (self, s, g_ptr_array_index (claims, i + 1),
                            &g_array_index (results, GlossAnchorResult, i + 1));
      place_searched (self, s, &g_array_index (results, GlossAnchorResult, i));
      placed[i] = TRUE;
    }
}

/* Without a diff, an identical quote is exact when its placement keeps
 * the claims' order: placed claims on a longest run whose new starts keep
 * their old order stay exact, the others moved. */
static void
mark_out_of_order_moved (GArray *results)
{
  GlossAnchorResult *r = (GlossAnchorResult *) results->data;
  guint n = results->len;
  g_autofree guint *tails = g_new (guint, MAX (n, 1));
  g_autofree gint64 *previous = g_new (gint64, MAX (n, 1));
  g_autofree gboolean *in_order = g_new0 (gboolean, MAX (n, 1));
  guint length = 0;

  for (guint i = 0; i < n; i++)
    {
      guint lo = 0, hi = length;

      if (r[i].status == GLOSS_ANCHOR_ORPHANED)
        continue;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (r[tails[mid]].start <= r[i].start)
            lo = mid + 1;
          else
            hi = mid;
        }
      previous[i] = lo > 0 ? (gint64) tails[lo - 1] : -1;
      tails[lo] = i;
      if (lo == length)
        length++;
    }

  for (gint64 i = length > 0 ? (gint64) tails[length - 1] : -1; i >= 0; i = previous[i])
    in_order[i] = TRUE;

  for (guint i = 0; i < n; i++)
    {
      if (r[i].status == GLOSS_ANCHOR_EXACT && !in_order[i])
        r[i].status = GLOSS_ANCHOR_MOVED;
    }
}

/* without a diff: where the quote is, given how far the claims before it shifted */
static void
anchor_by_search (Anchorer  *self,
                  GPtrArray *claims,
                  GArray    *results)
{
  gint64 drift = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      GlossAnchorResult *r = &g_array_index (results, GlossAnchorResult, i);
      Candidate exact = { FALSE, };
      Candidate fuzzy = { FALSE, };
      g_autoptr(GArray) windows = NULL;
      Subject s;
      guint expected;

      prepare_subject (self, NULL, g_ptr_array_index (claims, i), &s);
      expected = (guint) CLAMP ((gint64) s.start + drift, 0, (gint64) self->length);
      add_hint (&s, expected);

      if (quote_at (self, &s, expected))
        set_result (r, GLOSS_ANCHOR_EXACT, expected, expected + s.quote_length, 1.0);
      else if (quote_at (self, &s, s.start))
        set_result (r, GLOSS_ANCHOR_EXACT, s.start, s.start + s.quote_length, 1.0);
      else
        {
          g_autoptr(GArray) everywhere = windows_around (self, 0, self->length, 0);
          gboolean found;

          windows = windows_around (self, expected, expected + s.quote_length, SEARCH_RADIUS);
          found = find_exact (self, &s, windows, &exact) || find_exact (self, &s, everywhere, &exact);
          if (found)
            set_result (r, GLOSS_ANCHOR_EXACT, exact.start, exact.end, 1.0);
          else
            {
              approximate_search (self, &s, windows, &fuzzy);
              if (fuzzy.found)
                set_result (r, GLOSS_ANCHOR_FUZZY, fuzzy.start, fuzzy.end, fuzzy.score);
              else
                set_result (r, GLOSS_ANCHOR_ORPHANED, expected, expected, 0.0);
            }
        }

      if (r->status != GLOSS_ANCHOR_ORPHANED)
        drift = (gint64) r->start - (gint64) s.start;
    }

  mark_out_of_order_moved (results);
}

GArray *
gloss_anchor_claims_full (GlossTranscript *old_text,
                          GlossTranscript *new_text,
                          GlossDiff       *diff,
                          GPtrArray       *claims,
                          double           threshold)
{
  g_autoptr(GlossDiff) own_diff = NULL;
  Anchorer self = { 0, };
  GArray *results;

  g_return_val_if_fail (old_text == NULL || GLOSS_IS_TRANSCRIPT (old_text), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (new_text), NULL);
  g_return_val_if_fail (claims != NULL, NULL);
  g_return_val_if_fail (threshold > 0.0 && threshold <= 1.0, NULL);
  g_return_val_if_fail (diff == NULL || old_text != NULL, NULL);
  g_return_val_if_fail (diff == NULL
                        || (gloss_diff_get_old_length (diff) == gloss_transcript_get_length (old_text)
                            && gloss_diff_get_new_length (diff) == gloss_transcript_get_length (new_text)),
                        NULL);
  for (guint i = 0; i < claims->len; i++)
    g_return_val_if_fail (GLOSS_IS_CLAIM (g_ptr_array_index (claims, i)), NULL);

  if (old_text != NULL && diff == NULL)
    {
      own_diff = gloss_diff_new (gloss_transcript_get_text (old_text),
                                 gloss_transcript_get_text_size (old_text),
                                 gloss_transcript_get_text (new_text),
                                 gloss_transcript_get_text_size (new_text));
      diff = own_diff;
    }

  self.old_text = old_text;
  self.new_text = new_text;
  self.text = gloss_transcript_get_text (new_text);
  self.size = gloss_transcript_get_text_size (new_text);
  self.length = gloss_transcript_get_length (new_text);
  self.diff = diff;
  self.threshold = threshold;

  results = g_array_sized_new (FALSE, TRUE, sizeof (GlossAnchorResult), claims->len);
  g_array_set_size (results, claims->len);

  if (diff != NULL)
    {
      self.hunk_bytes = g_array_new (FALSE, FALSE, sizeof (ByteRange));
      for (guint i = 0; i < gloss_diff_get_n_hunks (diff); i++)
        {
          const GlossDiffHunk *hunk = gloss_diff_get_hunk (diff, i);
          ByteRange range = { pointer_at (&self, hunk->new_start) - self.text,
                              pointer_at (&self, hunk->new_end) - self.text };

          g_array_append_val (self.hunk_bytes, range);
        }
      anchor_with_diff (&self, old_text, claims, results);
      g_array_unref (self.hunk_bytes);
    }
  else
    anchor_by_search (&self, claims, results);

  return results;
}

GArray *
gloss_anchor_claims (GlossTranscript *old_text,
                     GlossTranscript *new_text,
                     GPtrArray       *claims)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (old_text), NULL);

  return gloss_anchor_claims_full (old_text, new_text, NULL, claims, GLOSS_ANCHOR_DEFAULT_THRESHOLD);
}

void
gloss_anchor_count (GArray *results,
                    guint  *counts)
{
  g_return_if_fail (results != NULL);
  g_return_if_fail (counts != NULL);

  memset (counts, 0, sizeof (guint) * (GLOSS_ANCHOR_STATUS_LAST + 1));
  for (guint i = 0; i < results->len; i++)
    {
      GlossAnchorStatus status = g_array_index (results, GlossAnchorResult, i).status;

      if ((guint) status <= GLOSS_ANCHOR_STATUS_LAST)
        counts[status]++;
    }
}

void
gloss_anchor_dup_selector (GlossTranscript  *transcript,
                           guint             start,
                           guint             end,
                           char            **quote,
                           char            **prefix,
                           char            **suffix)
{
  guint length;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT (transcript));
  length = gloss_transcript_get_length (transcript);
  g_return_if_fail (start <= end && end <= length);

  if (quote != NULL)
    *quote = gloss_transcript_dup_slice (transcript, start, end);
  if (prefix != NULL)
    *prefix = gloss_transcript_dup_slice (transcript, start > GLOSS_CLAIM_CONTEXT_LENGTH
                                                      ? start - GLOSS_CLAIM_CONTEXT_LENGTH : 0,
                                          start);
  if (suffix != NULL)
    *suffix = gloss_transcript_dup_slice (transcript, end,
                                          length - end > GLOSS_CLAIM_CONTEXT_LENGTH
                                          ? end + GLOSS_CLAIM_CONTEXT_LENGTH : length);
}

GlossClaim *
gloss_anchor_relocate_claim (GlossClaim              *claim,
                             GlossTranscript         *new_text,
                             const GlossAnchorResult *result)
{
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (new_text), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  if (result->status == GLOSS_ANCHOR_ORPHANED)
    return NULL;
  g_return_val_if_fail (result->start <= result->end
                        && result->end <= gloss_transcript_get_length (new_text), NULL);

  gloss_anchor_dup_selector (new_text, result->start, result->end, &quote, &prefix, &suffix);

  return gloss_claim_new_full (gloss_claim_get_id (claim), result->start, result->end,
                               quote, prefix, suffix, gloss_claim_get_topics (claim),
                               gloss_claim_get_note (claim), gloss_claim_get_author (claim),
                               gloss_claim_get_created (claim), gloss_claim_get_modified (claim));
}
