/* The automatic alignment of a translation with its original: turns by
 * structure, length, figures and speakers (the paragraphs inside each turn
 * pair are gloss-aligner-paragraphs.c's, the anchors
 * gloss-aligner-anchors.c's, the corrections gloss-aligner-corrections.c's).
 * See gloss-aligner.h. */

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

void
_gloss_aligner_side_clear (Side *side)
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

void
_gloss_aligner_unit_set_keys (Unit            *unit,
               const FigureKey *keys,
               guint            n_keys)
{
  unit->n_figures = n_keys;
  unit->n_keys = MIN (n_keys, GLOSS_ALIGNER_MAX_KEYS);
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
  snapshot->participant_names = g_new0 (char *, gloss_transcript_get_n_participants (text) + 1);
  for (guint k = 0; k < gloss_transcript_get_n_participants (text); k++)
    snapshot->participant_names[k] = g_strdup (gloss_transcript_get_participant (text, k)->name);
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
  g_clear_pointer (&snapshot->participant_names, g_strfreev);
}

static void
side_init_turns (Side                   *side,
                 const GlossAlignerText *snapshot,
                 GHashTable             *speakers)
{
  GlossTranscript *text = snapshot->text;
  guint n = gloss_transcript_get_n_turns (text);
  g_autoptr(GlossTurnFigures) all_figures = _gloss_turn_figures_get (text, snapshot->language);

  side->snapshot = snapshot;

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
      _gloss_aligner_unit_set_keys (&unit, &g_array_index (side->figure_keys, FigureKey, first_key),
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

double
_gloss_aligner_bead_cost (gpointer user_data,
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
    {
      /* a header's lines naming the same participant (the lists name the
       * same people in the same order) */
      if (ni == 1 && nj == 1 && t->participant >= 0 && o->participant >= 0)
        cost += t->participant == o->participant ? -3.0 : 3.0;
      return cost;
    }

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

/* a 1-1 pair of two speakers the learnt map does not pair */
static gboolean
contradicts_speakers (const Model *model,
                      GArray      *path)
{
  for (guint b = 0; b < path->len; b++)
    {
      const GlossBead *bead = &g_array_index (path, GlossBead, b);
      const Unit *t, *o;

      if (bead->ni != 1 || bead->nj != 1)
        continue;
      t = &g_array_index (model->t.units, Unit, bead->i0);
      o = &g_array_index (model->o.units, Unit, bead->j0);
      if (t->speaker >= 0 && o->speaker >= 0 && model->speaker_map[t->speaker] >= 0 &&
          model->speaker_map[t->speaker] != o->speaker)
        return TRUE;
    }
  return FALSE;
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
  g_autoptr(GArray) chain = _gloss_aligner_turn_anchors (model, groups);

  model->ratio = _gloss_aligner_estimate_ratio (model, chain);
  _gloss_aligner_expect_positions (model, chain);

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
                              _gloss_aligner_bead_cost, model, cancellable, error);
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

  /* again, now that the pairs tell who is who in the other script, when
   * some pair says otherwise */
  model.speaker_map = learn_speakers (&model, path, g_hash_table_size (speakers_t),
                                      g_hash_table_size (speakers_o));
  if (model.speaker_map != NULL && contradicts_speakers (&model, path))
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
          !_gloss_aligner_add_paragraph_pairs (alignment, &model, bead, cancellable, error))
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
  _gloss_aligner_side_clear (&model.t);
  _gloss_aligner_side_clear (&model.o);
  g_clear_pointer (&model.speaker_map, g_free);
  g_clear_pointer (&model.unlinked, g_hash_table_unref);
  g_clear_pointer (&model.expect, g_free);
  return ok ? g_steal_pointer (&alignment) : NULL;
}

/* on snapshots taken here, so on the texts' own thread */
GlossAlignment *
_gloss_aligner_align_texts (GlossTranscript *transcript,
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

  return _gloss_aligner_align_texts (transcript, original, previous, cancellable, error);
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

