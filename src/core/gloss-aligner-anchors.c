/* Where the aligner expects the path: figures both texts state as anchors,
 * the heaviest chain of them, the length ratio over what they span and the
 * expected place of every turn. */

#include "config.h"

#include <math.h>

#include "gloss-aligner.h"
#include "gloss-aligner-private.h"

typedef struct
{
  guint i;
  guint j;
  double weight;
} Anchor;

static int
compare_anchors (gconstpointer a,
                 gconstpointer b)
{
  const Anchor *x = a, *y = b;

  /* by row, and within a row by falling column, so that one row never
   * gives two anchors of a chain */
  if (x->i != y->i)
    return x->i < y->i ? -1 : 1;
  return x->j > y->j ? -1 : x->j < y->j;
}

/* The heaviest chain of anchors increasing on both sides (a Fenwick tree
 * of best chain weights by column), as (i, j) pairs. */
static GArray *
anchor_chain (GArray *anchors,
              guint   m)
{
  guint k = anchors->len;
  g_autofree double *tree = g_new0 (double, m + 2);
  g_autofree int *tree_at = g_new (int, m + 2);
  g_autofree double *best = g_new (double, MAX (k, 1));
  g_autofree int *prev = g_new (int, MAX (k, 1));
  GArray *chain = g_array_new (FALSE, FALSE, sizeof (guint));
  int top = -1;
  double top_weight = 0;

  g_array_sort (anchors, compare_anchors);
  for (guint x = 0; x < m + 2; x++)
    tree_at[x] = -1;

  for (guint a = 0; a < k; a++)
    {
      const Anchor *anchor = &g_array_index (anchors, Anchor, a);
      double before = 0;
      int before_at = -1;

      /* best chain ending in a column < anchor->j */
      for (guint x = anchor->j; x > 0; x -= x & -x)
        if (tree[x] > before)
          {
            before = tree[x];
            before_at = tree_at[x];
          }
      best[a] = before + anchor->weight;
      prev[a] = before_at;
      for (guint x = anchor->j + 1; x <= m + 1; x += x & -x)
        if (best[a] > tree[x])
          {
            tree[x] = best[a];
            tree_at[x] = a;
          }
      if (best[a] > top_weight)
        {
          top_weight = best[a];
          top = a;
        }
    }

  for (int a = top; a >= 0; a = prev[a])
    {
      const Anchor *anchor = &g_array_index (anchors, Anchor, a);

      g_array_append_val (chain, anchor->j);
      g_array_append_val (chain, anchor->i);
    }
  /* it was walked from its end */
  for (guint x = 0, y = chain->len; x + 1 < y; x++, y--)
    {
      guint tmp = g_array_index (chain, guint, x);

      g_array_index (chain, guint, x) = g_array_index (chain, guint, y - 1);
      g_array_index (chain, guint, y - 1) = tmp;
    }

  return chain;
}

typedef struct
{
  GArray *t;   /* turn of each occurrence */
  GArray *o;
} Occurrences;

static void
occurrences_free (gpointer data)
{
  Occurrences *occ = data;

  g_array_unref (occ->t);
  g_array_unref (occ->o);
  g_free (occ);
}

static void
collect_occurrences (GHashTable *table,
                     Side       *side,
                     gboolean    is_original)
{
  for (guint i = 0; i < side->units->len; i++)
    {
      guint from = g_array_index (side->turn_key_start, guint, i);
      guint to = g_array_index (side->turn_key_start, guint, i + 1);

      for (guint k = from; k < to; k++)
        {
          guint64 key = g_array_index (side->figure_keys, FigureKey, k).key;
          Occurrences *occ = g_hash_table_lookup (table, &key);

          if (occ == NULL)
            {
              guint64 *stored = g_memdup2 (&key, sizeof key);

              occ = g_new0 (Occurrences, 1);
              occ->t = g_array_new (FALSE, FALSE, sizeof (guint));
              occ->o = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (table, stored, occ);
            }
          g_array_append_val (is_original ? occ->o : occ->t, i);
        }
    }
}

/* Figures stated as often on both sides (and rarely) are paired in order
 * as anchors; the user's groups are anchors that always win. */
GArray *
_gloss_aligner_turn_anchors (Model  *model,
              GArray *groups)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       occurrences_free);
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (Anchor));
  GHashTableIter iter;
  gpointer value;

  collect_occurrences (table, &model->t, FALSE);
  collect_occurrences (table, &model->o, TRUE);

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Occurrences *occ = value;

      if (occ->t->len == 0 || occ->o->len == 0 || occ->t->len > 3 || occ->o->len > 3)
        continue;
      /* as often on both sides: the k-th with the k-th; otherwise (an
       * original of part of the text, a figure repeated in an answer)
       * every pairing, weakly, and the chain picks */
      if (occ->t->len == occ->o->len)
        for (guint k = 0; k < occ->t->len; k++)
          {
            Anchor anchor = { g_array_index (occ->t, guint, k), g_array_index (occ->o, guint, k),
                              1.0 / occ->t->len };

            g_array_append_val (anchors, anchor);
          }
      else
        for (guint x = 0; x < occ->t->len; x++)
          for (guint y = 0; y < occ->o->len; y++)
            {
              Anchor anchor = { g_array_index (occ->t, guint, x), g_array_index (occ->o, guint, y),
                                0.5 / (occ->t->len * occ->o->len) };

              g_array_append_val (anchors, anchor);
            }
    }

  for (guint g = 0; groups != NULL && g < groups->len; g += 4)
    {
      Anchor first = { g_array_index (groups, guint, g), g_array_index (groups, guint, g + 2), 1e6 };

      g_array_append_val (anchors, first);
    }

  return anchor_chain (anchors, model->o.units->len);
}

/* The ratio of the original's length to the translation's, over the
 * stretch both texts cover (the anchors' span), so that an original of
 * half the briefing does not look half as long per turn. */
double
_gloss_aligner_estimate_ratio (Model  *model,
                GArray *chain)
{
  guint lt, lo;

  if (chain->len >= 4)
    {
      guint i0 = g_array_index (chain, guint, 0), j0 = g_array_index (chain, guint, 1);
      guint i1 = g_array_index (chain, guint, chain->len - 2) + 1;
      guint j1 = g_array_index (chain, guint, chain->len - 1) + 1;

      lt = model->t.cum[i1] - model->t.cum[i0];
      lo = model->o.cum[j1] - model->o.cum[j0];
    }
  else
    {
      lt = model->t.cum[model->t.units->len];
      lo = model->o.cum[model->o.units->len];
    }

  if (lt == 0 || lo == 0)
    return 1.0;
  return CLAMP ((double) lo / lt, 0.05, 20.0);
}

/* Through the anchors, linearly in the texts' lengths, and beyond the
 * first and the last at the estimated ratio (not stretched to the ends:
 * the original may cover only a part). */
void
_gloss_aligner_expect_positions (Model  *model,
                  GArray *chain)
{
  guint n = model->t.units->len, m = model->o.units->len;
  guint n_anchors = chain->len / 2, k = 0;
  const guint *a = (const guint *) chain->data;

  g_free (model->expect);
  model->expect = g_new (double, n + 1);
  model->expect_scale = MAX (300.0, 0.03 * model->o.cum[m]);

  for (guint i = 0; i <= n; i++)
    {
      double x = model->t.cum[i];

      while (k < n_anchors && a[2 * k] <= i)
        k++;
      /* anchors a[k - 1] <= i < a[k] */
      if (n_anchors == 0)
        model->expect[i] = x * model->ratio;
      else if (k == 0)
        model->expect[i] = model->o.cum[a[1]] - (model->t.cum[a[0]] - x) * model->ratio;
      else if (k == n_anchors)
        model->expect[i] = model->o.cum[a[2 * k - 1]] + (x - model->t.cum[a[2 * k - 2]]) * model->ratio;
      else
        {
          double t0 = model->t.cum[a[2 * k - 2]], t1 = model->t.cum[a[2 * k]];
          double o0 = model->o.cum[a[2 * k - 1]], o1 = model->o.cum[a[2 * k + 1]];

          model->expect[i] = t1 > t0 ? o0 + (x - t0) / (t1 - t0) * (o1 - o0) : o0;
        }
    }
}
