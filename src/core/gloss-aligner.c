/* The automatic alignment of a translation with its original: turns by
 * structure, length, figures and speakers; paragraphs inside each turn
 * pair by length and figures. See gloss-aligner.h. */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "gloss-aligner.h"
#include "gloss-aligner-private.h"
#include "gloss-figures.h"
#include "gloss-speaker.h"
#include "gloss-turn-figures-private.h"

/* turns the band reaches either side of the expected path */
#define TURN_BAND             12
#define PARAGRAPH_BAND        16
/* a paragraph DP this small is searched whole */
#define PARAGRAPH_FULL_CELLS  40000
/* figures of a unit the figure evidence looks at */
#define MAX_KEYS              48

typedef struct
{
  guint offset;
  guint64 key;
} FigureKey;

/* A turn or a paragraph as the costs see it. */
typedef struct
{
  guint start;
  guint end;
  guint length;
  GlossTurnKind kind;
  int answer_distance;   /* an answer's distance back to its question, else 0 */
  int speaker;           /* an id among this side's speakers, or -1 */
  int participant;       /* index in the text's participants, or -1 */
  int group;             /* a group of user links holding it, or -1 */
  guint n_figures;
  guint64 *keys;         /* sorted, at most MAX_KEYS */
  guint n_keys;
} Unit;

typedef struct
{
  GlossTranscript *text;
  GArray *units;         /* Unit */
  guint *cum;            /* cumulative lengths, n + 1 */
  GArray *figure_keys;   /* FigureKey of the whole text, in order (turn level) */
  GArray *turn_key_start;/* guint: index of a turn's first FigureKey, n + 1 */
} Side;

typedef struct
{
  Side t;
  Side o;
  double ratio;
  gboolean is_paragraphs;
  int *speaker_map;      /* translation speaker id → original speaker id, or -1 */
  guint n_speakers_t;
  GHashTable *unlinked;  /* (t << 32 | o) of pairs the user took apart */
  /* where in the original (cumulative length) each translation turn is
   * expected to start, from the anchors; NULL for paragraphs */
  double *expect;
  double expect_scale;
} Model;

static void
side_clear (Side *side)
{
  if (side->units != NULL)
    for (guint i = 0; i < side->units->len; i++)
      g_free (g_array_index (side->units, Unit, i).keys);
  g_clear_pointer (&side->units, g_array_unref);
  g_clear_pointer (&side->cum, g_free);
  g_clear_pointer (&side->figure_keys, g_array_unref);
  g_clear_pointer (&side->turn_key_start, g_array_unref);
}

/* Equal figures get equal keys: value to two significant digits (so the
 * rounding of 14.2亿 against 1.4 billion does not matter), in a family of
 * kinds that gloss_figure_equal lets be equal. Collisions only cost a
 * little evidence. */
static gboolean
figure_key (const GlossFigure *figure,
            guint64           *key)
{
  guint64 family;
  double v = fabs (figure->value), scaled;
  int exponent;

  if (figure->flags & (GLOSS_FIGURE_FLAG_LIST | GLOSS_FIGURE_FLAG_PARENTHETICAL))
    return FALSE;

  switch (figure->kind)
    {
    case GLOSS_FIGURE_NUMBER:
    case GLOSS_FIGURE_YEAR:
    case GLOSS_FIGURE_ORDINAL:
      family = 0;
      break;
    default:
      family = 1 + figure->kind;
      break;
    }

  exponent = v > 0 ? (int) floor (log10 (v)) : 0;
  scaled = v > 0 ? round (v / pow (10, exponent - 1)) : 0;
  *key = (family << 56) ^ ((guint64) (exponent + 64) << 40) ^ ((guint64) scaled << 24) ^
         (guint64) (guint) round (figure->value_end - figure->value) * 2654435761u;
  return TRUE;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static void
unit_set_keys (Unit            *unit,
               const FigureKey *keys,
               guint            n_keys)
{
  unit->n_figures = n_keys;
  unit->n_keys = MIN (n_keys, MAX_KEYS);
  unit->keys = unit->n_keys > 0 ? g_new (guint64, unit->n_keys) : NULL;
  for (guint k = 0; k < unit->n_keys; k++)
    unit->keys[k] = keys[k].key;
  if (unit->n_keys > 1)
    qsort (unit->keys, unit->n_keys, sizeof (guint64), compare_keys);
}

void
_gloss_aligner_text_init (GlossAlignerText *snapshot,
                          GlossTranscript  *text)
{
  guint n = gloss_transcript_get_n_turns (text);

  snapshot->text = g_object_ref (text);
  snapshot->language = g_strdup (gloss_transcript_get_language (text));
  snapshot->participant = g_new (int, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const char *speaker = gloss_speaker_of_turn (gloss_transcript_get_turn (text, i));

      snapshot->participant[i] = speaker != NULL ? gloss_transcript_find_participant (text, speaker) : -1;
    }
}

void
_gloss_aligner_text_clear (GlossAlignerText *snapshot)
{
  g_clear_object (&snapshot->text);
  g_clear_pointer (&snapshot->language, g_free);
  g_clear_pointer (&snapshot->participant, g_free);
}

static void
side_init_turns (Side                   *side,
                 const GlossAlignerText *snapshot,
                 GHashTable             *speakers)
{
  GlossTranscript *text = snapshot->text;
  guint n = gloss_transcript_get_n_turns (text);
  g_autoptr(GlossTurnFigures) all_figures = _gloss_turn_figures_get (text, snapshot->language);

  side->text = text;
  side->units = g_array_sized_new (FALSE, TRUE, sizeof (Unit), n);
  side->cum = g_new (guint, n + 1);
  side->figure_keys = g_array_new (FALSE, FALSE, sizeof (FigureKey));
  side->turn_key_start = g_array_sized_new (FALSE, FALSE, sizeof (guint), n + 1);
  side->cum[0] = 0;

  for (guint i = 0; i < n; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (text, i);
      const char *speaker = gloss_speaker_of_turn (turn);
      GPtrArray *figures = all_figures->turns[i];
      guint first_key = side->figure_keys->len;
      Unit unit = { 0, };

      unit.start = turn->start;
      unit.end = turn->end;
      unit.length = turn->end - turn->start;
      unit.kind = turn->kind;
      unit.answer_distance = turn->answers >= 0 && (guint) turn->answers < i ? (int) i - turn->answers : 0;
      unit.speaker = -1;
      unit.participant = -1;
      unit.group = -1;
      if (speaker != NULL)
        {
          gpointer id;

          if (!g_hash_table_lookup_extended (speakers, speaker, NULL, &id))
            {
              id = GINT_TO_POINTER (g_hash_table_size (speakers));
              g_hash_table_insert (speakers, (gpointer) speaker, id);
            }
          unit.speaker = GPOINTER_TO_INT (id);
          unit.participant = snapshot->participant[i];
        }

      for (guint f = 0; f < figures->len; f++)
        {
          const GlossFigure *figure = g_ptr_array_index (figures, f);
          FigureKey key = { figure->start, 0 };

          if (figure_key (figure, &key.key))
            g_array_append_val (side->figure_keys, key);
        }
      g_array_append_val (side->turn_key_start, first_key);
      unit_set_keys (&unit, &g_array_index (side->figure_keys, FigureKey, first_key),
                     side->figure_keys->len - first_key);
      g_array_append_val (side->units, unit);
      side->cum[i + 1] = side->cum[i] + unit.length;
    }
  g_array_append_val (side->turn_key_start, side->figure_keys->len);
}

static guint
shared_keys (const Unit *a,
             const Unit *b)
{
  guint shared = 0;

  for (guint x = 0, y = 0; x < a->n_keys && y < b->n_keys;)
    {
      if (a->keys[x] == b->keys[y])
        {
          shared++;
          x++;
          y++;
        }
      else if (a->keys[x] < b->keys[y])
        x++;
      else
        y++;
    }

  return shared;
}

/* figures two runs of one or two units share (a figure both units of a
 * run state may count twice: it is evidence twice) */
static guint
shared_figures (const Unit *a,
                guint       na,
                const Unit *b,
                guint       nb)
{
  guint shared = 0;

  for (guint u = 0; u < na; u++)
    for (guint v = 0; v < nb; v++)
      shared += shared_keys (&a[u], &b[v]);

  return shared;
}

static double
kind_cost (GlossTurnKind a,
           GlossTurnKind b)
{
  gboolean edge_a = a == GLOSS_TURN_HEADER || a == GLOSS_TURN_FOOTER;
  gboolean edge_b = b == GLOSS_TURN_HEADER || b == GLOSS_TURN_FOOTER;

  if (a == b)
    return 0.0;
  if (edge_a || edge_b)
    return 6.0;
  if (a == GLOSS_TURN_QUESTION || b == GLOSS_TURN_QUESTION)
    return 4.0;
  /* an answer in one text is often plain remarks in the other's import */
  return 1.0;
}

static double
bead_cost_cb (gpointer user_data,
              guint    i0,
              guint    ni,
              guint    j0,
              guint    nj)
{
  Model *model = user_data;
  const Unit *t = &g_array_index (model->t.units, Unit, 0) + i0;
  const Unit *o = model->o.units->len > 0 ? &g_array_index (model->o.units, Unit, 0) + j0 : NULL;
  guint lt = model->t.cum[i0 + ni] - model->t.cum[i0];
  guint lo = model->o.cum[j0 + nj] - model->o.cum[j0];
  double cost;

  for (guint u = 0; u < ni; u++)
    if (t[u].group >= 0)
      return INFINITY;
  for (guint u = 0; u < nj; u++)
    if (o[u].group >= 0)
      return INFINITY;
  if (model->unlinked != NULL && ni > 0 && nj > 0)
    for (guint u = 0; u < ni; u++)
      for (guint v = 0; v < nj; v++)
        if (g_hash_table_contains (model->unlinked,
                                   GSIZE_TO_POINTER (((guint64) (i0 + u) << 32) | (j0 + v))))
          return INFINITY;

  cost = _gloss_aligner_length_cost (lt, lo, model->ratio);

  if (ni == 0 || nj == 0)
    {
      const Unit *alone = ni == 0 ? o : t;

      /* A unit left out is rare, and rarer when it states figures. Its
       * price grows only slowly with its length: the length model would
       * make a long turn the original leaves out (an original of part of
       * the briefing) dearer than pairing it with any short turn. */
      return (model->is_paragraphs ? 3.0 : 4.5) + 0.3 * MIN (alone->n_figures, 10) +
             log1p ((ni == 0 ? lo / model->ratio : lt) / 100.0);
    }

  if (ni + nj == 3)
    cost += model->is_paragraphs ? 1.5 : 2.5;

  cost -= 2.0 * MIN (shared_figures (t, ni, o, nj), 12);

  /* far from where the anchors say the original is: an original of part
   * of the briefing pairs its hand-off with the hand-off next to its
   * last anchor, not with one at the end of the translation */
  if (model->expect != NULL)
    cost += 2.0 * MIN (1.0, fabs (model->o.cum[j0] - model->expect[i0]) / model->expect_scale);

  if (model->is_paragraphs)
    return cost;

  for (guint u = 0; u < ni; u++)
    for (guint v = 0; v < nj; v++)
      cost += kind_cost (t[u].kind, o[v].kind) / (ni * nj);

  /* two turns made one are two lines of one speaker, of one kind */
  if (ni == 2 || nj == 2)
    {
      const Unit *two = ni == 2 ? t : o;

      if (two[0].kind != two[1].kind)
        cost += 3.0;
      if (two[0].speaker != two[1].speaker)
        cost += 4.0;
    }

  if (ni == 1 && nj == 1)
    {
      if (t->kind == GLOSS_TURN_ANSWER && o->kind == GLOSS_TURN_ANSWER &&
          t->answer_distance > 0 && o->answer_distance > 0)
        cost += t->answer_distance == o->answer_distance ? -1.0 : 0.5;

      if (model->speaker_map != NULL && t->speaker >= 0 && o->speaker >= 0 &&
          model->speaker_map[t->speaker] >= 0)
        cost += model->speaker_map[t->speaker] == o->speaker ? -2.5 : 2.5;
      else if (t->participant >= 0 && o->participant >= 0)
        /* the participants lists name the same people in the same order */
        cost += t->participant == o->participant ? -1.5 : 1.5;
    }

  return cost;
}

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
static GArray *
turn_anchors (Model  *model,
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
static double
estimate_ratio (Model  *model,
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
static void
expect_positions (Model  *model,
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

/* Groups of turns the user linked: (t_first, t_last, o_first, o_last)
 * quadruples, disjoint and in order; links that cross are merged into one
 * group. */
static GArray *
link_groups (GlossAlignment *links,
             guint           n,
             guint           m)
{
  GArray *groups = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (guint) * 4);
  guint count;

  if (links == NULL)
    return groups;

  for (guint l = 0; l < gloss_alignment_get_n_links (links); l++)
    {
      const GlossAlignmentLink *link = gloss_alignment_get_link (links, l);
      guint q[4] = { link->transcript_turn, link->transcript_turn, link->original_turn,
                     link->original_turn };

      if (link->linked && link->transcript_turn < n && link->original_turn < m)
        g_array_append_vals (groups, q, 4);
    }

  /* merge until no two groups overlap or cross on either side */
  do
    {
      count = groups->len;
      for (guint a = 0; a < groups->len; a += 4)
        for (guint b = a + 4; b < groups->len;)
          {
            guint *ga = &g_array_index (groups, guint, a), *gb = &g_array_index (groups, guint, b);
            gboolean apart = (ga[1] < gb[0] && ga[3] < gb[2]) || (gb[1] < ga[0] && gb[3] < ga[2]);

            if (!apart)
              {
                ga[0] = MIN (ga[0], gb[0]);
                ga[1] = MAX (ga[1], gb[1]);
                ga[2] = MIN (ga[2], gb[2]);
                ga[3] = MAX (ga[3], gb[3]);
                g_array_remove_range (groups, b, 4);
              }
            else
              b += 4;
          }
    }
  while (groups->len != count);

  /* in order */
  for (guint a = 0; a < groups->len; a += 4)
    for (guint b = a + 4; b < groups->len; b += 4)
      if (g_array_index (groups, guint, b) < g_array_index (groups, guint, a))
        for (guint x = 0; x < 4; x++)
          {
            guint tmp = g_array_index (groups, guint, a + x);

            g_array_index (groups, guint, a + x) = g_array_index (groups, guint, b + x);
            g_array_index (groups, guint, b + x) = tmp;
          }

  return groups;
}

/* Each translation speaker's usual counterpart in the 1-1 pairs of a first
 * path (names are in different scripts, so only co-occurrence tells). */
static int *
learn_speakers (Model  *model,
                GArray *path,
                guint   n_speakers_t,
                guint   n_speakers_o)
{
  g_autofree guint *counts = NULL;
  int *map;

  if (n_speakers_t == 0 || n_speakers_o == 0 || (guint64) n_speakers_t * n_speakers_o > 1 << 22)
    return NULL;

  counts = g_new0 (guint, n_speakers_t * n_speakers_o);
  for (guint b = 0; b < path->len; b++)
    {
      const GlossBead *bead = &g_array_index (path, GlossBead, b);
      const Unit *t, *o;

      if (bead->ni != 1 || bead->nj != 1)
        continue;
      t = &g_array_index (model->t.units, Unit, bead->i0);
      o = &g_array_index (model->o.units, Unit, bead->j0);
      if (t->speaker >= 0 && o->speaker >= 0)
        counts[t->speaker * n_speakers_o + o->speaker]++;
    }

  map = g_new (int, n_speakers_t);
  for (guint s = 0; s < n_speakers_t; s++)
    {
      guint total = 0, best = 0;
      int best_at = -1;

      for (guint r = 0; r < n_speakers_o; r++)
        {
          guint c = counts[s * n_speakers_o + r];

          total += c;
          if (c > best)
            {
              best = c;
              best_at = r;
            }
        }
      map[s] = best >= 2 && best * 3 >= total * 2 ? best_at : -1;
    }

  return map;
}

static GArray *
turn_path (Model         *model,
           GArray        *groups,
           GCancellable  *cancellable,
           GError       **error)
{
  guint n = model->t.units->len, m = model->o.units->len;
  g_autofree guint *lo = g_new (guint, n + 1);
  g_autofree guint *hi = g_new (guint, n + 1);
  g_autofree guint *forced_ni = g_new0 (guint, n + 1);
  g_autofree guint *forced_nj = g_new0 (guint, n + 1);
  g_autofree guint *forced_j_end = g_new0 (guint, n + 1);
  g_autoptr(GArray) chain = turn_anchors (model, groups);

  model->ratio = estimate_ratio (model, chain);
  expect_positions (model, chain);

  /* the band must hold each group's both corners */
  for (guint g = 0; g < groups->len; g += 4)
    {
      guint *q = &g_array_index (groups, guint, g);

      forced_ni[q[1] + 1] = q[1] - q[0] + 1;
      forced_nj[q[1] + 1] = q[3] - q[2] + 1;
      forced_j_end[q[1] + 1] = q[3] + 1;
      for (guint i = q[0]; i <= q[1]; i++)
        g_array_index (model->t.units, Unit, i).group = g / 4;
      for (guint j = q[2]; j <= q[3]; j++)
        g_array_index (model->o.units, Unit, j).group = g / 4;
    }

  _gloss_aligner_band (n, m, model->t.cum, model->o.cum,
                       (const guint *) chain->data, chain->len / 2, TURN_BAND, lo, hi);
  for (guint g = 0; g < groups->len; g += 4)
    {
      guint *q = &g_array_index (groups, guint, g);

      for (guint i = q[0]; i <= q[1] + 1; i++)
        {
          lo[i] = MIN (lo[i], q[2]);
          hi[i] = MAX (hi[i], q[3] + 1);
        }
    }
  for (guint i = n; i-- > 0;)
    lo[i] = MIN (lo[i], lo[i + 1]);
  for (guint i = 1; i <= n; i++)
    hi[i] = MAX (hi[i], hi[i - 1]);

  return _gloss_aligner_path (n, m, lo, hi, forced_ni, forced_nj, forced_j_end,
                              bead_cost_cb, model, cancellable, error);
}

/* ------------------------------------------------------------ paragraphs */

static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == 0xFEFF;
}

/* the paragraphs (non-blank lines, trimmed) of turns [first, first + n) */
static void
side_init_paragraphs (Side       *side,
                      const Side *turns,
                      guint       first,
                      guint       n)
{
  GlossTranscript *text = turns->text;

  side->text = text;
  side->units = g_array_new (FALSE, TRUE, sizeof (Unit));

  for (guint u = first; u < first + n; u++)
    {
      const Unit *turn = &g_array_index (turns->units, Unit, u);
      guint key_at = g_array_index (turns->turn_key_start, guint, u);
      guint key_end = g_array_index (turns->turn_key_start, guint, u + 1);
      const char *p = gloss_transcript_offset_to_pointer (text, turn->start);
      guint offset = turn->start;
      guint line_start = offset, last_ink = offset;
      gboolean ink = FALSE;
      gboolean first_line = turn->kind != GLOSS_TURN_HEADER && turn->kind != GLOSS_TURN_FOOTER;
      gunichar last_c = 0;

      for (;; offset++)
        {
          gunichar c = offset < turn->end ? g_utf8_get_char (p) : '\n';

          if (c == '\n' || c == '\r' || c == 0x2029)
            {
              /* the speaker's label on a line of its own ("Li Ming:",
               * "李明：") is no paragraph of what was said */
              if (ink && first_line)
                {
                  first_line = FALSE;
                  if ((last_c == ':' || last_c == 0xFF1A) && last_ink - line_start <= 64)
                    ink = FALSE;
                }
              if (ink)
                {
                  Unit unit = { 0, };
                  guint first_key = key_at;

                  unit.start = line_start;
                  unit.end = last_ink;
                  unit.length = last_ink - line_start;
                  unit.group = -1;
                  unit.speaker = unit.participant = -1;
                  while (key_at < key_end &&
                         g_array_index (turns->figure_keys, FigureKey, key_at).offset < unit.end)
                    key_at++;
                  unit_set_keys (&unit, &g_array_index (turns->figure_keys, FigureKey, first_key),
                                 key_at - first_key);
                  g_array_append_val (side->units, unit);
                }
              ink = FALSE;
            }
          else if (!is_blank (c))
            {
              if (!ink)
                {
                  line_start = offset;
                  /* figures before the paragraph (in a blank stretch) are none */
                  while (key_at < key_end &&
                         g_array_index (turns->figure_keys, FigureKey, key_at).offset < offset)
                    key_at++;
                }
              ink = TRUE;
              last_ink = offset + 1;
              last_c = c;
            }
          if (offset >= turn->end)
            break;
          p = g_utf8_next_char (p);
        }
    }

  side->cum = g_new (guint, side->units->len + 1);
  side->cum[0] = 0;
  for (guint i = 0; i < side->units->len; i++)
    side->cum[i + 1] = side->cum[i] + g_array_index (side->units, Unit, i).length;
}

static gboolean
add_paragraph_pairs (GlossAlignment  *alignment,
                     const Model     *turns,
                     const GlossBead *bead,
                     GCancellable    *cancellable,
                     GError         **error)
{
  Model model = { 0, };
  g_autoptr(GArray) path = NULL;
  g_autofree guint *lo = NULL, *hi = NULL;
  guint n, m, t_at, o_at;

  side_init_paragraphs (&model.t, &turns->t, bead->i0, bead->ni);
  side_init_paragraphs (&model.o, &turns->o, bead->j0, bead->nj);
  model.ratio = turns->ratio;
  model.is_paragraphs = TRUE;
  n = model.t.units->len;
  m = model.o.units->len;
  lo = g_new (guint, n + 1);
  hi = g_new (guint, n + 1);

  if ((guint64) (n + 1) * (m + 1) <= PARAGRAPH_FULL_CELLS)
    for (guint i = 0; i <= n; i++)
      {
        lo[i] = 0;
        hi[i] = m;
      }
  else
    _gloss_aligner_band (n, m, model.t.cum, model.o.cum, NULL, 0, PARAGRAPH_BAND, lo, hi);

  path = _gloss_aligner_path (n, m, lo, hi, NULL, NULL, NULL, bead_cost_cb, &model,
                              cancellable, error);
  if (path == NULL)
    {
      side_clear (&model.t);
      side_clear (&model.o);
      return FALSE;
    }

  /* a side's empty span sits where its previous paragraph ended */
  t_at = g_array_index (turns->t.units, Unit, bead->i0).start;
  o_at = g_array_index (turns->o.units, Unit, bead->j0).start;
  for (guint b = 0; b < path->len; b++)
    {
      const GlossBead *pb = &g_array_index (path, GlossBead, b);
      guint ts = t_at, te = t_at, os = o_at, oe = o_at;

      if (pb->ni > 0)
        {
          ts = g_array_index (model.t.units, Unit, pb->i0).start;
          te = g_array_index (model.t.units, Unit, pb->i0 + pb->ni - 1).end;
          t_at = te;
        }
      if (pb->nj > 0)
        {
          os = g_array_index (model.o.units, Unit, pb->j0).start;
          oe = g_array_index (model.o.units, Unit, pb->j0 + pb->nj - 1).end;
          o_at = oe;
        }
      gloss_alignment_add_paragraph_pair (alignment, ts, te, os, oe);
    }

  side_clear (&model.t);
  side_clear (&model.o);
  return TRUE;
}

static void
side_init_spans (Side        *side,
                 const guint *lengths,
                 guint        n)
{
  side->units = g_array_sized_new (FALSE, TRUE, sizeof (Unit), n);
  side->cum = g_new (guint, n + 1);
  side->cum[0] = 0;
  for (guint i = 0; i < n; i++)
    {
      Unit unit = { 0, };

      unit.length = lengths[i];
      unit.speaker = unit.participant = unit.group = -1;
      g_array_append_val (side->units, unit);
      side->cum[i + 1] = side->cum[i] + lengths[i];
    }
}

GArray *
_gloss_aligner_pair_spans (const guint *lengths_translation,
                           guint        n,
                           const guint *lengths_original,
                           guint        m,
                           double       ratio)
{
  Model model = { 0, };
  g_autofree guint *lo = g_new (guint, n + 1);
  g_autofree guint *hi = g_new (guint, n + 1);
  GArray *path;

  side_init_spans (&model.t, lengths_translation, n);
  side_init_spans (&model.o, lengths_original, m);
  model.ratio = ratio > 0 ? ratio : 1.0;
  model.is_paragraphs = TRUE;
  if ((guint64) (n + 1) * (m + 1) <= PARAGRAPH_FULL_CELLS)
    for (guint i = 0; i <= n; i++)
      {
        lo[i] = 0;
        hi[i] = m;
      }
  else
    _gloss_aligner_band (n, m, model.t.cum, model.o.cum, NULL, 0, PARAGRAPH_BAND, lo, hi);

  /* no cancellable: the only error cannot happen */
  path = _gloss_aligner_path (n, m, lo, hi, NULL, NULL, NULL, bead_cost_cb, &model, NULL, NULL);
  side_clear (&model.t);
  side_clear (&model.o);
  return path;
}

/* ------------------------------------------------------------------ API */

GlossAlignment *
_gloss_aligner_run (const GlossAlignerText *transcript,
                    const GlossAlignerText *original,
                    GlossAlignment         *links,
                    GCancellable           *cancellable,
                    GError                **error)
{
  g_autoptr(GHashTable) speakers_t = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) speakers_o = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GArray) path = NULL;
  Model model = { 0, };
  gboolean ok = FALSE;

  side_init_turns (&model.t, transcript, speakers_t);
  side_init_turns (&model.o, original, speakers_o);
  groups = link_groups (links, model.t.units->len, model.o.units->len);

  if (links != NULL)
    for (guint l = 0; l < gloss_alignment_get_n_links (links); l++)
      {
        const GlossAlignmentLink *link = gloss_alignment_get_link (links, l);

        if (link->linked)
          continue;
        if (model.unlinked == NULL)
          model.unlinked = g_hash_table_new (g_direct_hash, g_direct_equal);
        g_hash_table_add (model.unlinked,
                          GSIZE_TO_POINTER (((guint64) link->transcript_turn << 32) | link->original_turn));
      }

  path = turn_path (&model, groups, cancellable, error);
  if (path == NULL)
    goto out;

  /* again, now that the pairs tell who is who in the other script */
  model.speaker_map = learn_speakers (&model, path, g_hash_table_size (speakers_t),
                                      g_hash_table_size (speakers_o));
  if (model.speaker_map != NULL)
    {
      g_clear_pointer (&path, g_array_unref);
      path = turn_path (&model, groups, cancellable, error);
      if (path == NULL)
        goto out;
    }

  for (guint b = 0; b < path->len; b++)
    {
      const GlossBead *bead = &g_array_index (path, GlossBead, b);
      guint ts[64], os[64];
      g_autofree guint *tbig = NULL, *obig = NULL;
      guint *tv = bead->ni <= 64 ? ts : (tbig = g_new (guint, bead->ni));
      guint *ov = bead->nj <= 64 ? os : (obig = g_new (guint, bead->nj));

      for (guint k = 0; k < bead->ni; k++)
        tv[k] = bead->i0 + k;
      for (guint k = 0; k < bead->nj; k++)
        ov[k] = bead->j0 + k;
      gloss_alignment_add_turn_pair (alignment, tv, bead->ni, ov, bead->nj);

      if (bead->ni > 0 && bead->nj > 0 &&
          !add_paragraph_pairs (alignment, &model, bead, cancellable, error))
        goto out;
    }

  if (links != NULL)
    for (guint l = 0; l < gloss_alignment_get_n_links (links); l++)
      {
        const GlossAlignmentLink *link = gloss_alignment_get_link (links, l);

        gloss_alignment_add_link (alignment, link->transcript_turn, link->original_turn, link->linked);
      }
  ok = TRUE;

out:
  side_clear (&model.t);
  side_clear (&model.o);
  g_clear_pointer (&model.speaker_map, g_free);
  g_clear_pointer (&model.unlinked, g_hash_table_unref);
  g_clear_pointer (&model.expect, g_free);
  return ok ? g_steal_pointer (&alignment) : NULL;
}

/* on snapshots taken here, so on the texts' own thread */
static GlossAlignment *
align (GlossTranscript *transcript,
       GlossTranscript *original,
       GlossAlignment  *links,
       GCancellable    *cancellable,
       GError         **error)
{
  GlossAlignerText t, o;
  GlossAlignment *alignment;

  _gloss_aligner_text_init (&t, transcript);
  _gloss_aligner_text_init (&o, original);
  alignment = _gloss_aligner_run (&t, &o, links, cancellable, error);
  _gloss_aligner_text_clear (&t);
  _gloss_aligner_text_clear (&o);
  return alignment;
}

GlossAlignment *
gloss_aligner_align (GlossTranscript *transcript,
                     GlossTranscript *original,
                     GCancellable    *cancellable,
                     GError         **error)
{
  return gloss_aligner_realign (transcript, original, NULL, cancellable, error);
}

GlossAlignment *
gloss_aligner_realign (GlossTranscript *transcript,
                       GlossTranscript *original,
                       GlossAlignment  *previous,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);
  g_return_val_if_fail (previous == NULL || GLOSS_IS_ALIGNMENT (previous), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return align (transcript, original, previous, cancellable, error);
}

typedef struct
{
  GlossAlignerText transcript;
  GlossAlignerText original;
} AlignData;

static void
align_data_free (gpointer data)
{
  AlignData *ad = data;

  _gloss_aligner_text_clear (&ad->transcript);
  _gloss_aligner_text_clear (&ad->original);
  g_free (ad);
}

static void
align_thread_cb (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  AlignData *ad = task_data;
  GError *error = NULL;
  GlossAlignment *alignment = _gloss_aligner_run (&ad->transcript, &ad->original, NULL,
                                                  cancellable, &error);

  if (alignment == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, alignment, g_object_unref);
}

void
gloss_aligner_align_async (GlossTranscript     *transcript,
                           GlossTranscript     *original,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AlignData *ad;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT (transcript));
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (original));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gloss_aligner_align_async);
  ad = g_new0 (AlignData, 1);
  /* what may change meanwhile is copied now, on this thread */
  _gloss_aligner_text_init (&ad->transcript, transcript);
  _gloss_aligner_text_init (&ad->original, original);
  g_task_set_task_data (task, ad, align_data_free);
  g_task_run_in_thread (task, align_thread_cb);
}

GlossAlignment *
gloss_aligner_align_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gloss_aligner_align_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* a copy of @alignment's links, less those @keep says no to */
static GlossAlignment *
links_without (GlossAlignment *alignment,
               gboolean      (*drop) (const GlossAlignmentLink *link, guint t, guint o),
               guint           t,
               guint           o)
{
  GlossAlignment *links = gloss_alignment_new ();

  for (guint l = 0; l < gloss_alignment_get_n_links (alignment); l++)
    {
      const GlossAlignmentLink *link = gloss_alignment_get_link (alignment, l);

      if (drop == NULL || !drop (link, t, o))
        gloss_alignment_add_link (links, link->transcript_turn, link->original_turn, link->linked);
    }

  return links;
}

static gboolean
crosses_cb (const GlossAlignmentLink *link,
            guint                     t,
            guint                     o)
{
  /* a link in the other order cannot stand with the new one */
  return link->linked &&
         (((gint64) link->transcript_turn - t) * ((gint64) link->original_turn - o) < 0);
}

static gboolean
joins_cb (const GlossAlignmentLink *link,
          guint                     t,
          guint                     o)
{
  /* a link that would keep either turn in its group */
  return link->linked && (link->transcript_turn == t || link->original_turn == o);
}

static GlossAlignment *
realign_or_copy (GlossTranscript *transcript,
                 GlossTranscript *original,
                 GlossAlignment  *links)
{
  /* without a cancellable the only error cannot happen */
  return align (transcript, original, links, NULL, NULL);
}

GlossAlignment *
gloss_aligner_link (GlossTranscript *transcript,
                    GlossTranscript *original,
                    GlossAlignment  *alignment,
                    guint            transcript_turn,
                    guint            original_turn)
{
  g_autoptr(GlossAlignment) links = NULL;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (alignment), NULL);
  g_return_val_if_fail (transcript_turn < gloss_transcript_get_n_turns (transcript), NULL);
  g_return_val_if_fail (original_turn < gloss_transcript_get_n_turns (original), NULL);

  links = links_without (alignment, crosses_cb, transcript_turn, original_turn);
  gloss_alignment_add_link (links, transcript_turn, original_turn, TRUE);
  return realign_or_copy (transcript, original, links);
}

GlossAlignment *
gloss_aligner_unlink (GlossTranscript *transcript,
                      GlossTranscript *original,
                      GlossAlignment  *alignment,
                      guint            transcript_turn,
                      guint            original_turn)
{
  g_autoptr(GlossAlignment) links = NULL;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (alignment), NULL);
  g_return_val_if_fail (transcript_turn < gloss_transcript_get_n_turns (transcript), NULL);
  g_return_val_if_fail (original_turn < gloss_transcript_get_n_turns (original), NULL);

  links = links_without (alignment, joins_cb, transcript_turn, original_turn);
  gloss_alignment_add_link (links, transcript_turn, original_turn, FALSE);
  return realign_or_copy (transcript, original, links);
}

GlossAlignment *
gloss_aligner_merge (GlossTranscript *transcript,
                     GlossTranscript *original,
                     GlossAlignment  *alignment,
                     guint            first_pair)
{
  g_autoptr(GlossAlignment) links = NULL;
  const GlossTurnPair *a, *b;
  g_autoptr(GArray) ts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) os = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (alignment), NULL);
  g_return_val_if_fail (first_pair + 1 < gloss_alignment_get_n_turn_pairs (alignment), NULL);

  a = gloss_alignment_get_turn_pair (alignment, first_pair);
  b = gloss_alignment_get_turn_pair (alignment, first_pair + 1);
  g_array_append_vals (ts, a->transcript, a->n_transcript);
  g_array_append_vals (ts, b->transcript, b->n_transcript);
  g_array_append_vals (os, a->original, a->n_original);
  g_array_append_vals (os, b->original, b->n_original);

  /* two pairs of one side only cannot be held together by links */
  if (ts->len == 0 || os->len == 0)
    return gloss_alignment_copy (alignment);

  links = links_without (alignment, NULL, 0, 0);
  for (guint x = 0; x < ts->len; x++)
    for (guint y = 0; y < os->len; y++)
      gloss_alignment_add_link (links, g_array_index (ts, guint, x), g_array_index (os, guint, y), TRUE);
  return realign_or_copy (transcript, original, links);
}

GlossAlignment *
gloss_aligner_reset (GlossTranscript *transcript,
                     GlossTranscript *original)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);

  return realign_or_copy (transcript, original, NULL);
}
