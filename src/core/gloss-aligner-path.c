/* The dynamic programme under both levels of the aligner (turns, and
 * paragraphs inside a turn pair): a banded search for the cheapest path of
 * beads, and the length model that prices them. */

#include "config.h"

#include <math.h>

#include "gloss-aligner-private.h"

enum { BEAD_11, BEAD_10, BEAD_01, BEAD_21, BEAD_12, BEAD_FORCED, N_BEADS };

static const guint bead_ni[] = { 1, 1, 0, 2, 1 };
static const guint bead_nj[] = { 1, 0, 1, 1, 2 };

/* per code point, Gale and Church's 6.8; and a share of the length that
 * translators of spoken text add or drop whatever the length, without
 * which long turns would have to match to a few per cent */
#define LENGTH_VARIANCE    6.8
#define LENGTH_LOOSENESS   0.15

double
_gloss_aligner_length_cost (guint  length_translation,
                            guint  length_original,
                            double ratio)
{
  double expected = length_translation * ratio;
  double mean = MAX ((expected + length_original) / 2.0, 1.0);
  double variance = LENGTH_VARIANCE * mean + (LENGTH_LOOSENESS * mean) * (LENGTH_LOOSENESS * mean);
  double x = fabs (length_original - expected) / sqrt (variance) / G_SQRT2;
  double tail;

  /* -log P(|delta| ≥ observed) for a normal delta */
  if (x > 20.0)
    return x * x + log (x * sqrt (G_PI));
  tail = erfc (x);
  return -log (MAX (tail, 1e-300));
}

static guint
find_column (const guint *cum,
             guint        from,
             guint        to,
             double       target)
{
  guint a = from, b = to;

  /* the first column whose cumulative length reaches @target, or the one
   * before it when that is nearer */
  while (a < b)
    {
      guint mid = a + (b - a) / 2;

      if (cum[mid] < target)
        a = mid + 1;
      else
        b = mid;
    }
  if (a > from && target - cum[a - 1] < cum[a] - target)
    a--;
  return a;
}

void
_gloss_aligner_band (guint        n,
                     guint        m,
                     const guint *cum_t,
                     const guint *cum_o,
                     const guint *anchors,
                     guint        n_anchors,
                     guint        width,
                     guint       *lo,
                     guint       *hi)
{
  g_autofree guint *target = g_new (guint, n + 1);
  guint k = 0;   /* the anchor segment [k - 1, k) the row is in */

  for (guint i = 0; i <= n; i++)
    {
      guint ia, ja, ib, jb;
      double f;

      while (k < n_anchors && anchors[2 * k] < i)
        k++;
      if (k < n_anchors && anchors[2 * k] == i)
        {
          target[i] = anchors[2 * k + 1];
          continue;
        }
      ia = k > 0 ? anchors[2 * (k - 1)] : 0;
      ja = k > 0 ? anchors[2 * (k - 1) + 1] : 0;
      ib = k < n_anchors ? anchors[2 * k] : n;
      jb = k < n_anchors ? anchors[2 * k + 1] : m;
      if (cum_t[ib] == cum_t[ia])
        f = ib == ia ? 0.0 : (double) (i - ia) / (ib - ia);
      else
        f = (double) (cum_t[i] - cum_t[ia]) / (cum_t[ib] - cum_t[ia]);
      target[i] = find_column (cum_o, ja, jb, cum_o[ja] + f * (cum_o[jb] - cum_o[ja]));
    }

  for (guint i = 0; i <= n; i++)
    {
      guint a = target[i], b = target[i];

      if (i > 0)
        a = MIN (a, target[i - 1]);
      if (i < n)
        b = MAX (b, target[i + 1]);
      lo[i] = a > width ? a - width : 0;
      hi[i] = MIN ((guint64) b + width, m);
    }
  lo[0] = 0;
  hi[n] = m;
  /* rows must overlap and move forward */
  for (guint i = n; i-- > 0;)
    lo[i] = MIN (lo[i], lo[i + 1]);
  for (guint i = 1; i <= n; i++)
    hi[i] = MAX (hi[i], hi[i - 1]);
}

GArray *
_gloss_aligner_path (guint              n,
                     guint              m,
                     const guint       *lo,
                     const guint       *hi,
                     const guint       *forced_ni,
                     const guint       *forced_nj,
                     const guint       *forced_j_end,
                     GlossBeadCostFunc  cost,
                     gpointer           user_data,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autofree gsize *row = g_new (gsize, n + 2);
  g_autofree double *total = NULL;
  g_autofree guint8 *back = NULL;
  GArray *path;
  guint i, j;

  row[0] = 0;
  for (i = 0; i <= n; i++)
    {
      g_assert (lo[i] <= hi[i]);
      row[i + 1] = row[i] + (hi[i] - lo[i] + 1);
    }
  total = g_new (double, row[n + 1]);
  back = g_new (guint8, row[n + 1]);

#define CELL(r, c) (row[r] + ((c) - lo[r]))
#define IN_BAND(r, c) ((c) >= lo[r] && (c) <= hi[r])

  for (i = 0; i <= n; i++)
    {
      if ((i & 255) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      for (j = lo[i]; j <= hi[i]; j++)
        {
          double best = INFINITY;
          guint8 best_bead = N_BEADS;

          if (i == 0 && j == 0)
            {
              total[CELL (0, 0)] = 0.0;
              back[CELL (0, 0)] = N_BEADS;
              continue;
            }

          for (guint b = 0; b < BEAD_FORCED; b++)
            {
              guint pi, pj;
              double c;

              if (bead_ni[b] > i || bead_nj[b] > j)
                continue;
              pi = i - bead_ni[b];
              pj = j - bead_nj[b];
              if (!IN_BAND (pi, pj) || isinf (total[CELL (pi, pj)]))
                continue;
              c = cost (user_data, pi, bead_ni[b], pj, bead_nj[b]);
              if (total[CELL (pi, pj)] + c < best)
                {
                  best = total[CELL (pi, pj)] + c;
                  best_bead = b;
                }
            }

          if (forced_nj != NULL && forced_nj[i] > 0 && forced_j_end[i] == j)
            {
              guint pi = i - forced_ni[i], pj = j - forced_nj[i];

              /* a bead the user made wins whatever the model thinks */
              if (IN_BAND (pi, pj) && !isinf (total[CELL (pi, pj)]))
                {
                  best = total[CELL (pi, pj)] - 1e6;
                  best_bead = BEAD_FORCED;
                }
            }

          total[CELL (i, j)] = best;
          back[CELL (i, j)] = best_bead;
        }
    }

  path = g_array_new (FALSE, FALSE, sizeof (GlossBead));
  i = n;
  j = m;
  g_assert (IN_BAND (n, m));
  while (i > 0 || j > 0)
    {
      guint8 b = back[CELL (i, j)];
      GlossBead bead;

      if (b == N_BEADS)
        {
          /* unreachable: every path was forbidden; fall back to the
           * diagonal so there is still an answer */
          bead.ni = i > 0 ? 1 : 0;
          bead.nj = j > 0 ? 1 : 0;
        }
      else if (b == BEAD_FORCED)
        {
          bead.ni = forced_ni[i];
          bead.nj = forced_nj[i];
        }
      else
        {
          bead.ni = bead_ni[b];
          bead.nj = bead_nj[b];
        }
      bead.i0 = i - bead.ni;
      bead.j0 = j - bead.nj;
      g_array_append_val (path, bead);
      i = bead.i0;
      j = bead.j0;
      if (!IN_BAND (i, j))
        {
          /* only the fallback above can leave the band; walk home straight */
          while (i > 0 || j > 0)
            {
              bead.ni = i > 0 ? 1 : 0;
              bead.nj = j > 0 ? 1 : 0;
              bead.i0 = i - bead.ni;
              bead.j0 = j - bead.nj;
              g_array_append_val (path, bead);
              i = bead.i0;
              j = bead.j0;
            }
        }
    }

#undef CELL
#undef IN_BAND

  for (guint a = 0; a < path->len / 2; a++)
    {
      guint b = path->len - 1 - a;
      GlossBead tmp = g_array_index (path, GlossBead, a);

      g_array_index (path, GlossBead, a) = g_array_index (path, GlossBead, b);
      g_array_index (path, GlossBead, b) = tmp;
    }

  return path;
}
