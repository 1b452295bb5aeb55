#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-agreement.h"
#include "gloss-merge-private.h"

typedef struct
{
  guint start;
  guint end;
} Span;

/* What the figures of one topic (or of all, pooled) are computed from. */
typedef struct
{
  guint    n;             /* annotators */
  guint64  units;
  guint64 *histogram;     /* [k]: units that exactly k annotators put in */
  guint64 *ones;          /* [a]: units annotator a put in */
  /* claim matching, per ordered pair (a, b), a * n + b: a's claims that
   * match one of b's */
  guint64 *matched;
  guint64 *claims;        /* [a]: claims */
} Counts;

struct _GlossAgreement
{
  guint n_annotators;
  guint n_units;
  GArray *topics;         /* GlossAgreementFigures */
  GlossAgreementFigures overall;
};

static void
counts_init (Counts *counts,
             guint   n)
{
  counts->n = n;
  counts->units = 0;
  counts->histogram = g_new0 (guint64, n + 1);
  counts->ones = g_new0 (guint64, n);
  counts->matched = g_new0 (guint64, (gsize) n * n);
  counts->claims = g_new0 (guint64, n);
}

static void
counts_clear (Counts *counts)
{
  g_free (counts->histogram);
  g_free (counts->ones);
  g_free (counts->matched);
  g_free (counts->claims);
}

static void
counts_add (Counts       *into,
            const Counts *from)
{
  guint n = into->n;

  into->units += from->units;
  for (guint k = 0; k <= n; k++)
    into->histogram[k] += from->histogram[k];
  for (guint a = 0; a < n; a++)
    {
      into->ones[a] += from->ones[a];
      into->claims[a] += from->claims[a];
    }
  for (guint i = 0; i < n * n; i++)
    into->matched[i] += from->matched[i];
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}

/* the union of sorted @spans, intersected with the sorted, disjoint
 * @spoken; appended to @out */
static void
covered_spans (GArray *spans,
               GArray *spoken,
               GArray *out)
{
  guint s = 0;

  for (guint i = 0; i < spans->len;)
    {
      Span run = g_array_index (spans, Span, i);

      for (i++; i < spans->len && g_array_index (spans, Span, i).start <= run.end; i++)
        run.end = MAX (run.end, g_array_index (spans, Span, i).end);

      while (s < spoken->len && g_array_index (spoken, Span, s).end <= run.start)
        s++;
      for (guint t = s; t < spoken->len && g_array_index (spoken, Span, t).start < run.end; t++)
        {
          const Span *turn = &g_array_index (spoken, Span, t);
          Span piece = { MAX (run.start, turn->start), MIN (run.end, turn->end) };

          if (piece.start < piece.end)
            g_array_append_val (out, piece);
        }
    }
}

typedef struct
{
  guint position;
  int   delta;
} Event;

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a, *y = b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return x->delta - y->delta;
}

/* TRUE when a span of @list (sorted) overlaps @span by at least half of the
 * longer of the two. Such a span is at most twice as long as @span and
 * starts no earlier than @span's length before it. */
static gboolean
matches (const Span *span,
         GArray     *list)
{
  guint length = span->end - span->start;
  guint from = span->start > length ? span->start - length : 0;
  guint lo = 0, hi = list->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (list, Span, mid).start < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < list->len; i++)
    {
      const Span *other = &g_array_index (list, Span, i);
      guint overlap, longer;

      if (other->start >= span->end)
        break;
      if (other->end <= span->start)
        continue;
      overlap = MIN (span->end, other->end) - MAX (span->start, other->start);
      longer = MAX (length, other->end - other->start);
      if ((guint64) overlap * 2 >= longer)
        return TRUE;
    }
  return FALSE;
}

/* @spans[a]: annotator a's claims with the topic, sorted */
static void
count_topic (Counts  *counts,
             GArray **spans,
             GArray  *spoken,
             guint    n_units)
{
  guint n = counts->n;
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_autoptr(GArray) covered = g_array_new (FALSE, FALSE, sizeof (Span));
  guint64 inside = 0;
  int depth = 0;

  counts->units = n_units;
  for (guint a = 0; a < n; a++)
    {
      g_array_set_size (covered, 0);
      covered_spans (spans[a], spoken, covered);
      for (guint i = 0; i < covered->len; i++)
        {
          const Span *span = &g_array_index (covered, Span, i);
          Event start = { span->start, +1 }, end = { span->end, -1 };

          counts->ones[a] += span->end - span->start;
          g_array_append_val (events, start);
          g_array_append_val (events, end);
        }

      counts->claims[a] = spans[a]->len;
      for (guint b = 0; b < n; b++)
        if (b != a)
          for (guint i = 0; i < spans[a]->len; i++)
            counts->matched[a * n + b] += matches (&g_array_index (spans[a], Span, i), spans[b]);
    }

  /* the ends sort before the starts at one position, so depth is exact
   * between positions */
  g_array_sort (events, compare_events);
  for (guint i = 0; i < events->len; i++)
    {
      const Event *event = &g_array_index (events, Event, i);

      if (i > 0 && depth > 0)
        {
          guint length = event->position - g_array_index (events, Event, i - 1).position;

          counts->histogram[depth] += length;
          inside += length;
        }
      depth += event->delta;
    }
  counts->histogram[0] = n_units - inside;
}

static void
figures_from_counts (GlossAgreementFigures *figures,
                     const Counts          *counts)
{
  double n = counts->n;
  double units = (double) counts->units;
  double agreeing = 0, ones = 0, disagreeing = 0;
  double expected;
  guint pairs = 0;
  double f1_sum = 0;

  figures->units = counts->units;
  figures->claims = 0;
  for (guint a = 0; a < counts->n; a++)
    figures->claims += counts->claims[a];
  figures->observed = figures->kappa = figures->alpha = NAN;
  figures->precision = figures->recall = figures->f1 = NAN;

  for (guint k = 0; k <= counts->n; k++)
    {
      double h = (double) counts->histogram[k];

      agreeing += h * (k * (k - 1.0) + (n - k) * (n - k - 1.0)) / (n * (n - 1.0));
      ones += h * k;
      disagreeing += h * k * (n - k) / (n - 1.0);
    }

  if (units > 0)
    {
      figures->observed = agreeing / units;

      if (counts->n == 2)
        {
          double p = counts->ones[0] / units, q = counts->ones[1] / units;

          expected = p * q + (1 - p) * (1 - q);
        }
      else
        {
          double p = ones / (n * units);

          expected = p * p + (1 - p) * (1 - p);
        }
      if (1 - expected > 1e-12)
        figures->kappa = (figures->observed - expected) / (1 - expected);

      /* Krippendorff's α from the coincidences: every unit has all n values */
      if (ones > 0 && ones < n * units)
        figures->alpha = 1 - (n * units - 1) * disagreeing / (ones * (n * units - ones));
    }

  for (guint a = 0; a < counts->n; a++)
    for (guint b = a + 1; b < counts->n; b++)
      {
        double claims_a = counts->claims[a], claims_b = counts->claims[b];
        double recall = claims_a > 0 ? counts->matched[a * counts->n + b] / claims_a : NAN;
        double precision = claims_b > 0 ? counts->matched[b * counts->n + a] / claims_b : NAN;
        double f1;

        if (claims_a == 0 && claims_b == 0)
          continue;
        if (isnan (precision) || isnan (recall))
          f1 = 0;
        else if (precision + recall > 0)
          f1 = 2 * precision * recall / (precision + recall);
        else
          f1 = 0;
        f1_sum += f1;
        pairs++;
        if (counts->n == 2)
          {
            figures->precision = precision;
            figures->recall = recall;
          }
      }
  if (pairs > 0)
    figures->f1 = f1_sum / pairs;
}

static GArray *
spoken_spans (GlossTranscript *text)
{
  GArray *spoken = g_array_new (FALSE, FALSE, sizeof (Span));
  guint n_turns = gloss_transcript_get_n_turns (text);

  if (n_turns == 0)
    {
      Span all = { 0, gloss_transcript_get_length (text) };

      if (all.end > 0)
        g_array_append_val (spoken, all);
      return spoken;
    }
  for (guint i = 0; i < n_turns; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (text, i);
      Span span = { turn->start, turn->end };

      if (turn->kind != GLOSS_TURN_HEADER && turn->kind != GLOSS_TURN_FOOTER && span.start < span.end)
        g_array_append_val (spoken, span);
    }
  return spoken;
}

GlossAgreement *
gloss_agreement_new (GlossProject * const *projects,
                     const char * const   *names,
                     guint                 n_projects,
                     const char           *topic_id,
                     GError              **error)
{
  g_autoptr(GHashTable) topic_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) topics = g_ptr_array_new ();
  g_autoptr(GArray) spoken = NULL;
  g_autofree GArray **spans = NULL;
  GlossAgreement *self;
  Counts total;
  guint n = n_projects;

  g_return_val_if_fail (projects != NULL && names != NULL, NULL);
  g_return_val_if_fail (n_projects >= 2, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 1; i < n; i++)
    if (!_gloss_merge_check_texts (projects[0], names[0], projects[i], names[i], error))
      return NULL;

  for (guint p = 0; p < n; p++)
    for (guint t = 0; t < gloss_project_get_n_topics (projects[p]); t++)
      {
        GlossTopic *topic = gloss_project_get_topic (projects[p], t);
        const char *id = gloss_topic_get_id (topic);

        if (topic_id != NULL && strcmp (id, topic_id) != 0)
          continue;
        if (!g_hash_table_contains (topic_index, id))
          {
            g_hash_table_insert (topic_index, (gpointer) id, GUINT_TO_POINTER (topics->len));
            g_ptr_array_add (topics, topic);
          }
      }
  if (topic_id != NULL && topics->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("no project has a topic with the id “%s”"), topic_id);
      return NULL;
    }

  spans = g_new0 (GArray *, (gsize) topics->len * n);
  for (guint i = 0; i < topics->len * n; i++)
    spans[i] = g_array_new (FALSE, FALSE, sizeof (Span));
  for (guint p = 0; p < n; p++)
    {
      for (guint c = 0; c < gloss_project_get_n_claims (projects[p]); c++)
        {
          GlossClaim *claim = gloss_project_get_claim (projects[p], c);
          const char * const *claim_topics = gloss_claim_get_topics (claim);
          Span span = { gloss_claim_get_start (claim), gloss_claim_get_end (claim) };

          if (gloss_claim_get_text_role (claim) != GLOSS_TEXT_TRANSCRIPT ||
              gloss_claim_get_orphaned (claim))
            continue;
          for (guint k = 0; claim_topics[k] != NULL; k++)
            {
              gpointer index;

              if (g_hash_table_lookup_extended (topic_index, claim_topics[k], NULL, &index))
                g_array_append_val (spans[GPOINTER_TO_UINT (index) * n + p], span);
            }
        }
    }
  /* a project's claims are in text order already, but for their ends */
  for (guint i = 0; i < topics->len * n; i++)
    g_array_sort (spans[i], compare_spans);

  spoken = spoken_spans (gloss_project_get_transcript (projects[0]));
  self = g_new0 (GlossAgreement, 1);
  self->n_annotators = n;
  for (guint s = 0; s < spoken->len; s++)
    self->n_units += g_array_index (spoken, Span, s).end - g_array_index (spoken, Span, s).start;
  self->topics = g_array_sized_new (FALSE, TRUE, sizeof (GlossAgreementFigures), topics->len);

  counts_init (&total, n);
  for (guint t = 0; t < topics->len; t++)
    {
      GlossTopic *topic = g_ptr_array_index (topics, t);
      GlossAgreementFigures figures = { 0, };
      Counts counts;

      counts_init (&counts, n);
      count_topic (&counts, &spans[t * n], spoken, self->n_units);
      figures_from_counts (&figures, &counts);
      figures.id = g_strdup (gloss_topic_get_id (topic));
      figures.name = g_strdup (gloss_topic_get_name (topic));
      g_array_append_val (self->topics, figures);
      counts_add (&total, &counts);
      counts_clear (&counts);
    }
  figures_from_counts (&self->overall, &total);
  counts_clear (&total);

  for (guint i = 0; i < topics->len * n; i++)
    g_array_unref (spans[i]);

  return self;
}

void
gloss_agreement_free (GlossAgreement *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->topics->len; i++)
    {
      GlossAgreementFigures *figures = &g_array_index (self->topics, GlossAgreementFigures, i);

      g_free (figures->id);
      g_free (figures->name);
    }
  g_array_unref (self->topics);
  g_free (self);
}

guint
gloss_agreement_get_n_annotators (GlossAgreement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_annotators;
}

guint
gloss_agreement_get_n_units (GlossAgreement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_units;
}

guint
gloss_agreement_get_n_topics (GlossAgreement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->topics->len;
}

const GlossAgreementFigures *
gloss_agreement_get_topic (GlossAgreement *self,
                           guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->topics->len, NULL);

  return &g_array_index (self->topics, GlossAgreementFigures, index);
}

const GlossAgreementFigures *
gloss_agreement_get_overall (GlossAgreement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->overall;
}
