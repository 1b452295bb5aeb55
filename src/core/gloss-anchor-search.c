/* The searches of gloss-anchor.c for identical quotes, their context, and
 * the edges of a fuzzy span. */

#include "config.h"

#include <string.h>

#include "gloss-anchor-private.h"
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
/* at most this many hits of one search looked at */
#define MAX_HITS 256
/* an anchor found in more places than this says little about any of them */
#define COMMON_GRAM_PLACES 256
/* how far an edge moves to take in a whole word */
#define WORD_REACH 32

static const char *
pointer_at (GlossAnchorer *self,
            guint          offset)
{
  return gloss_transcript_offset_to_pointer (self->new_text, offset);
}

guint
_gloss_anchor_offset_of (GlossAnchorer *self,
                         const char    *p)
{
  return gloss_transcript_byte_to_offset (self->new_text, p - self->text);
}

gboolean
_gloss_anchor_quote_at (GlossAnchorer      *self,
                        GlossAnchorSubject *s,
                        guint               offset)
{
  const char *p;

  if (offset > self->length || self->length - offset < s->quote_length)
    return FALSE;

  p = pointer_at (self, offset);
  return (gsize) (self->text + self->size - p) >= s->quote_size
         && memcmp (p, s->quote, s->quote_size) == 0;
}

static double
side_similarity (GlossAnchorer *self,
                 const char    *expected,
                 guint          start,
                 guint          end)
{
  const char *p = pointer_at (self, start);
  const char *q = pointer_at (self, end);

  return gloss_diff_similarity (expected, -1, p, q - p, 0.0);
}

static void
judge_context (GlossAnchorer        *self,
               GlossAnchorSubject   *s,
               GlossAnchorCandidate *c)
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
context_supports (GlossAnchorSubject   *s,
                  GlossAnchorCandidate *c)
{
  return c->best_side >= CONTEXT_SUPPORT || s->quote_length >= SELF_EVIDENT_LENGTH;
}

/* between identical quotes: the context, then the nearness */
static gboolean
exact_better (const GlossAnchorCandidate *a,
              const GlossAnchorCandidate *b)
{
  if (!b->found)
    return TRUE;
  if (a->context > b->context + CONTEXT_TIE || b->context > a->context + CONTEXT_TIE)
    return a->context > b->context;

  return a->distance < b->distance;
}

static gboolean
fuzzy_better (const GlossAnchorCandidate *a,
              const GlossAnchorCandidate *b)
{
  if (!b->found)
    return TRUE;
  if (a->score > b->score + SCORE_TIE || b->score > a->score + SCORE_TIE)
    return a->score > b->score;

  return exact_better (a, b);
}

/* the stretches of the new text an occurrence not made of one stretch of
 * old text must touch: around each hunk's new side, @margin bytes wide */
GArray *
_gloss_anchor_inserted_windows (GlossAnchorer *self,
                                gsize          margin)
{
  GArray *windows = g_array_new (FALSE, FALSE, sizeof (GlossByteRange));

  margin = MAX (margin, 1) - 1;
  for (guint i = 0; i < self->hunk_bytes->len; i++)
    {
      GlossByteRange *hunk = &g_array_index (self->hunk_bytes, GlossByteRange, i);
      GlossByteRange window = { hunk->start > margin ? hunk->start - margin : 0,
                           MIN (self->size, hunk->end + margin) };

      if (windows->len > 0)
        {
          GlossByteRange *last = &g_array_index (windows, GlossByteRange, windows->len - 1);

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

GArray *
_gloss_anchor_windows_around (GlossAnchorer *self,
                              guint          start,
                              guint          end,
                              guint          radius)
{
  GArray *windows = g_array_new (FALSE, FALSE, sizeof (GlossByteRange));
  GlossByteRange window;

  start = MIN (start, self->length);
  end = MIN (MAX (end, start), self->length);
  window.start = pointer_at (self, start > radius ? start - radius : 0) - self->text;
  window.end = pointer_at (self, self->length - end > radius ? end + radius : self->length) - self->text;
  g_array_append_val (windows, window);

  return windows;
}

/* @budgeted: the scan counts against the scan budget, and stops when that
 * is spent */
void
_gloss_anchor_find_occurrences (GlossAnchorer      *self,
                                GlossAnchorSubject *s,
                                const char         *needle,
                                gsize               needle_size,
                                GArray             *windows,
                                gboolean            budgeted,
                                GlossOccurrenceFunc func,
                                gpointer            data)
{
  guint n_hits = 0;

  if (needle_size == 0)
    return;

  for (guint i = 0; i < windows->len && n_hits < MAX_HITS; i++)
    {
      GlossByteRange *window = &g_array_index (windows, GlossByteRange, i);
      const char *p = self->text + window->start;
      const char *end = self->text + window->end;
      const char *hit;

      if (budgeted)
        {
          if (self->scan_budget < (gint64) (window->end - window->start))
            return;
          self->scan_budget -= window->end - window->start;
        }

      /* a hit starts where @needle does, on a character boundary */
      while ((gsize) (end - p) >= needle_size
             && (hit = memmem (p, end - p, needle, needle_size)) != NULL
             && n_hits++ < MAX_HITS)
        {
          func (self, s, _gloss_anchor_offset_of (self, hit), data);
          p = hit + 1;
        }
    }
}

/* an identical quote made of one stretch of old text is that place's own */
gboolean
_gloss_anchor_is_old_text_elsewhere (GlossAnchorer *self,
                                     guint          start,
                                     guint          end)
{
  return self->diff != NULL && gloss_diff_new_span_is_unchanged (self->diff, start, end);
}

typedef struct
{
  GlossAnchorCandidate best;   /* the best with its context's support */
  GlossAnchorCandidate other;  /* the best without */
  guint n_found;
} ExactSearch;

/* An identical quote that is one stretch of old text from another place
 * is that place's own, unless the context there fits @s better than the
 * other place's old context: when repeated words make two scripts equally
 * short, the diff may have kept the wrong one of them. @c is judged. */
static gboolean
belongs_elsewhere (GlossAnchorer        *self,
                   GlossAnchorSubject   *s,
                   GlossAnchorCandidate *c)
{
  guint old_length, owner, owner_end;
  guint before, after;
  g_autofree char *owner_prefix = NULL;
  g_autofree char *owner_suffix = NULL;
  double fit;

  if (!_gloss_anchor_is_old_text_elsewhere (self, c->start, c->end))
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
consider_exact_cb (GlossAnchorer      *self,
                   GlossAnchorSubject *s,
                   guint               offset,
                   gpointer            data)
{
  ExactSearch *search = data;
  GlossAnchorCandidate c = { TRUE, offset, offset + s->quote_length, 1.0, };

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

/* Calls @func for each occurrence of the quote in the index, looked up by
 * its rarest anchor. FALSE when the index cannot tell: the quote has no
 * anchor, or only common ones. */
static gboolean
find_indexed (GlossAnchorer      *self,
              GlossAnchorSubject *s,
              GlossOccurrenceFunc func,
              gpointer            data)
{
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (GlossAnchorGram));
  const GlossAnchorGram *grams = (const GlossAnchorGram *) self->index->data;
  guint best_first = 0, best_count = G_MAXUINT;
  gsize best_pos = 0;

  _gloss_anchor_grams (s->quote, 0, s->quote_size, 0, anchors);
  for (guint i = 0; i < anchors->len && best_count > 0; i++)
    {
      GlossAnchorGram *anchor = &g_array_index (anchors, GlossAnchorGram, i);
      guint first;
      guint count = _gloss_anchor_index_lookup (self, anchor->hash, &first);

      if (count < best_count)
        {
          best_count = count;
          best_first = first;
          best_pos = anchor->pos;
        }
    }
  if (best_count > COMMON_GRAM_PLACES)
    return FALSE;

  for (guint i = best_first; i < best_first + best_count; i++)
    {
      gsize start;

      if (grams[i].pos < best_pos)
        continue;
      start = grams[i].pos - best_pos;
      if (start + s->quote_size <= self->size
          && memcmp (self->text + start, s->quote, s->quote_size) == 0)
        func (self, s, _gloss_anchor_offset_of (self, self->text + start), data);
    }

  return TRUE;
}

/* an identical quote where the context supports it, or the only one there
 * is of a quote long enough not to be there by chance */
gboolean
_gloss_anchor_find_exact (GlossAnchorer        *self,
                          GlossAnchorSubject   *s,
                          GArray               *windows,
                          GlossAnchorCandidate *found)
{
  ExactSearch search = { { FALSE, }, { FALSE, }, 0 };

  if (windows != NULL)
    _gloss_anchor_find_occurrences (self, s, s->quote, s->quote_size, windows, TRUE, consider_exact_cb, &search);
  else if (!find_indexed (self, s, consider_exact_cb, &search))
    _gloss_anchor_find_occurrences (self, s, s->quote, s->quote_size, self->index_windows, TRUE,
                      consider_exact_cb, &search);
  if (search.best.found)
    *found = search.best;
  else if (search.n_found == 1 && s->quote_length >= UNIQUE_EVIDENT_LENGTH)
    *found = search.other;
  else
    return FALSE;

  return TRUE;
}

static void
consider_slide_cb (GlossAnchorer      *self,
                   GlossAnchorSubject *s,
                   guint               offset,
                   gpointer            data)
{
  GlossAnchorCandidate *best = data;
  GlossAnchorCandidate c = { TRUE, offset, offset + s->quote_length, 1.0, };
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

gboolean
_gloss_anchor_find_slide (GlossAnchorer        *self,
                          GlossAnchorSubject   *s,
                          GlossAnchorCandidate *found)
{
  g_autoptr(GArray) near = _gloss_anchor_windows_around (self, s->mapped_start,
                                                         s->mapped_start + s->quote_length,
                                                         GLOSS_CLAIM_CONTEXT_LENGTH);

  found->found = FALSE;
  _gloss_anchor_find_occurrences (self, s, s->quote, s->quote_size, near, FALSE, consider_slide_cb, found);
  return found->found;
}

static gboolean
fixup_span (GlossAnchorer      *self,
            GlossAnchorSubject *s,
            guint              *start,
            guint              *end)
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
void
_gloss_anchor_consider_span (GlossAnchorer        *self,
                             GlossAnchorSubject   *s,
                             guint                 start,
                             guint                 end,
                             gboolean              needs_support,
                             GlossAnchorCandidate *best)
{
  GlossAnchorCandidate c = { TRUE, start, end, };
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

