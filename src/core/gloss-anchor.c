#include "config.h"

#include <string.h>

#include "gloss-anchor-private.h"
#include "gloss-claim-private.h"
#include "gloss-diff-private.h"

/* a neighbour this close in the old text says where a claim went */
#define NEIGHBOUR_REACH 2048
/* without a diff, look this far around the expected place first */
#define SEARCH_RADIUS 4096
/* the searches the index cannot serve scan at most this much text, and
 * the approximate alignments fill at most this many cells: about a second
 * on a 5 MB text that is another text altogether */
#define SCAN_BUDGET_BYTES    ((gint64) 64 << 20)
#define SCAN_BUDGET_PER_BYTE 16
#define ALIGN_BUDGET_CELLS   ((gint64) 1 << 26)

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
prepare_subject (GlossAnchorer      *self,
                 GlossTranscript    *old_text,
                 GlossClaim         *claim,
                 GlossAnchorSubject *s)
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
place_mapped (GlossAnchorer      *self,
              GlossAnchorSubject *s,
              GlossAnchorResult  *r)
{
  GlossAnchorCandidate slide = { FALSE, };
  GlossAnchorCandidate fuzzy = { FALSE, };
  guint old_length = s->end - s->start;

  if (_gloss_anchor_quote_at (self, s, s->mapped_start))
    {
      set_result (r, GLOSS_ANCHOR_EXACT, s->mapped_start, s->mapped_start + s->quote_length, 1.0);
      return TRUE;
    }

  if (_gloss_anchor_find_slide (self, s, &slide))
    {
      set_result (r, GLOSS_ANCHOR_EXACT, slide.start, slide.end, 1.0);
      return TRUE;
    }

  if (s->moved_start != G_MAXUINT && _gloss_anchor_quote_at (self, s, s->moved_start))
    {
      set_result (r, GLOSS_ANCHOR_MOVED, s->moved_start, s->moved_start + s->quote_length, 1.0);
      return TRUE;
    }

  if (old_length > 0 && 2 * gloss_diff_count_unchanged (self->diff, s->start, s->end) >= old_length)
    {
      _gloss_anchor_consider_span (self, s, s->mapped_start, s->mapped_end, FALSE, &fuzzy);
      if (fuzzy.found)
        {
          set_result (r, GLOSS_ANCHOR_FUZZY, fuzzy.start, fuzzy.end, fuzzy.score);
          return TRUE;
        }
    }

  return FALSE;
}

static void
add_hint (GlossAnchorSubject *s,
          guint               hint)
{
  if (hint != G_MAXUINT && s->n_hints < G_N_ELEMENTS (s->hints))
    s->hints[s->n_hints++] = hint;
}

/* where a neighbour's placement says this claim is expected */
static void
add_neighbour_hint (GlossAnchorer           *self,
                    GlossAnchorSubject      *s,
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
place_searched (GlossAnchorer      *self,
                GlossAnchorSubject *s,
                GlossAnchorResult  *r)
{
  GlossAnchorCandidate exact = { FALSE, };
  GlossAnchorCandidate fuzzy = { FALSE, };

  if (_gloss_anchor_find_exact (self, s, NULL, &exact))
    {
      set_result (r, GLOSS_ANCHOR_MOVED, exact.start, exact.end, 1.0);
      return;
    }

  _gloss_anchor_consider_span (self, s, s->mapped_start, s->mapped_end, FALSE, &fuzzy);
  _gloss_anchor_consider_span (self, s, s->moved_start, s->moved_end, FALSE, &fuzzy);
  _gloss_anchor_approximate_search (self, s, NULL, &fuzzy);
  if (fuzzy.found)
    set_result (r, GLOSS_ANCHOR_FUZZY, fuzzy.start, fuzzy.end, fuzzy.score);
  else
    set_result (r, GLOSS_ANCHOR_ORPHANED, s->mapped_start, s->mapped_start, 0.0);
}

static void
anchor_with_diff (GlossAnchorer   *self,
                  GlossTranscript *old_text,
                  GPtrArray       *claims,
                  GArray          *results)
{
  g_autofree GlossAnchorSubject *subjects = g_new (GlossAnchorSubject, MAX (claims->len, 1));
  g_autofree gboolean *placed = g_new0 (gboolean, MAX (claims->len, 1));
  gsize margin = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      prepare_subject (self, old_text, g_ptr_array_index (claims, i), &subjects[i]);
      placed[i] = place_mapped (self, &subjects[i], &g_array_index (results, GlossAnchorResult, i));
    }

  /* the second pass looks in the text around the hunks, indexed once */
  for (guint i = 0; i < claims->len; i++)
    {
      if (!placed[i])
        margin = MAX (margin, subjects[i].quote_size);
    }
  if (margin > 0)
    {
      g_autoptr(GArray) windows = _gloss_anchor_inserted_windows (self, margin);

      _gloss_anchor_index_build (self, windows);
    }

  for (guint i = 0; i < claims->len; i++)
    {
      GlossAnchorSubject *s = &subjects[i];

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
anchor_by_search (GlossAnchorer *self,
                  GPtrArray     *claims,
                  GArray        *results)
{
  gint64 drift = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      GlossAnchorResult *r = &g_array_index (results, GlossAnchorResult, i);
      GlossAnchorCandidate exact = { FALSE, };
      GlossAnchorCandidate fuzzy = { FALSE, };
      g_autoptr(GArray) windows = NULL;
      GlossAnchorSubject s;
      guint expected;

      prepare_subject (self, NULL, g_ptr_array_index (claims, i), &s);
      expected = (guint) CLAMP ((gint64) s.start + drift, 0, (gint64) self->length);
      add_hint (&s, expected);

      if (_gloss_anchor_quote_at (self, &s, expected))
        set_result (r, GLOSS_ANCHOR_EXACT, expected, expected + s.quote_length, 1.0);
      else if (_gloss_anchor_quote_at (self, &s, s.start))
        set_result (r, GLOSS_ANCHOR_EXACT, s.start, s.start + s.quote_length, 1.0);
      else
        {
          gboolean found;

          windows = _gloss_anchor_windows_around (self, expected, expected + s.quote_length, SEARCH_RADIUS);
          found = _gloss_anchor_find_exact (self, &s, windows, &exact);
          if (!found)
            {
              if (self->index == NULL)
                {
                  g_autoptr(GArray) everywhere = _gloss_anchor_windows_around (self, 0, self->length, 0);

                  _gloss_anchor_index_build (self, everywhere);
                }
              found = _gloss_anchor_find_exact (self, &s, NULL, &exact);
            }
          if (found)
            set_result (r, GLOSS_ANCHOR_EXACT, exact.start, exact.end, 1.0);
          else
            {
              _gloss_anchor_approximate_search (self, &s, windows, &fuzzy);
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
  GlossAnchorer self = { 0, };
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
  self.scan_budget = SCAN_BUDGET_BYTES + SCAN_BUDGET_PER_BYTE * (gint64) self.size;
  self.align_budget = ALIGN_BUDGET_CELLS;

  results = g_array_sized_new (FALSE, TRUE, sizeof (GlossAnchorResult), claims->len);
  g_array_set_size (results, claims->len);

  if (diff != NULL)
    {
      self.hunk_bytes = g_array_new (FALSE, FALSE, sizeof (GlossByteRange));
      for (guint i = 0; i < gloss_diff_get_n_hunks (diff); i++)
        {
          const GlossDiffHunk *hunk = gloss_diff_get_hunk (diff, i);
          GlossByteRange range = {
            gloss_transcript_offset_to_pointer (new_text, hunk->new_start) - self.text,
            gloss_transcript_offset_to_pointer (new_text, hunk->new_end) - self.text,
          };

          g_array_append_val (self.hunk_bytes, range);
        }
      anchor_with_diff (&self, old_text, claims, results);
      g_array_unref (self.hunk_bytes);
    }
  else
    anchor_by_search (&self, claims, results);

  g_clear_pointer (&self.index, g_array_unref);
  g_clear_pointer (&self.index_windows, g_array_unref);

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

GlossClaim *
gloss_anchor_relocate_claim (GlossClaim              *claim,
                             GlossTranscript         *new_text,
                             const GlossAnchorResult *result)
{
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  GlossClaim *moved;

  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (new_text), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  if (result->status == GLOSS_ANCHOR_ORPHANED)
    return NULL;
  g_return_val_if_fail (result->start <= result->end
                        && result->end <= gloss_transcript_get_length (new_text), NULL);

  gloss_claim_context_from_text (new_text, result->start, result->end, &quote, &prefix, &suffix);

  moved = gloss_claim_new_full (gloss_claim_get_id (claim), result->start, result->end,
                                quote, prefix, suffix, gloss_claim_get_topics (claim),
                                gloss_claim_get_note (claim), gloss_claim_get_author (claim),
                                gloss_claim_get_created (claim), gloss_claim_get_modified (claim));
  _gloss_claim_set_status (moved, gloss_claim_get_status (claim));
  _gloss_claim_set_sources (moved, gloss_claim_get_sources (claim));

  return moved;
}
