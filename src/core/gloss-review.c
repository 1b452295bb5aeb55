/* The figures of a translation against its original, pair by aligned
 * pair. The comparing is gloss-figures'; this file decides what is
 * compared with what. */

#include "config.h"

#include "gloss-aligner-private.h"
#include "gloss-review.h"
#include "gloss-review-private.h"
#include "gloss-sentences.h"
#include "gloss-turn-figures-private.h"

/* --------------------------------------------------------------- review */

struct _GlossReview
{
  GObject parent_instance;

  GlossTranscript *transcript;
  GlossTranscript *original;
  GlossAlignment *alignment;
  char *language[2];         /* of each text when the review began */
  GPtrArray *findings;       /* GlossReviewFinding */
  guint counts[GLOSS_FIGURE_FINDING_STATUS_LAST + 1];
};

static void gloss_review_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlossReview, gloss_review, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, gloss_review_list_model_init))

static GType
gloss_review_get_item_type (GListModel *model)
{
  return GLOSS_TYPE_REVIEW_FINDING;
}

static guint
gloss_review_get_n_items (GListModel *model)
{
  return GLOSS_REVIEW (model)->findings->len;
}

static gpointer
gloss_review_get_item (GListModel *model,
                       guint       position)
{
  GlossReview *self = GLOSS_REVIEW (model);

  if (position >= self->findings->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->findings, position));
}

static void
gloss_review_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = gloss_review_get_item_type;
  iface->get_n_items = gloss_review_get_n_items;
  iface->get_item = gloss_review_get_item;
}

static void
gloss_review_finalize (GObject *object)
{
  GlossReview *self = GLOSS_REVIEW (object);

  g_clear_object (&self->transcript);
  g_clear_object (&self->original);
  g_clear_object (&self->alignment);
  g_clear_pointer (&self->language[0], g_free);
  g_clear_pointer (&self->language[1], g_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (gloss_review_parent_class)->finalize (object);
}

static void
gloss_review_class_init (GlossReviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gloss_review_finalize;
}

static void
gloss_review_init (GlossReview *self)
{
  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
}

/* The figures of one side of a pair, in text order, with the turn of each. */
typedef struct
{
  GlossTurnFigures *all;
  GPtrArray *figures;   /* GlossFigure, borrowed from all */
  GArray *turns;        /* int, per figure */
  gboolean *used;       /* matched in the first round */
} PairSide;

static void
pair_side_init (PairSide        *side,
                GlossTranscript *text,
                const char      *language,
                const guint     *turns,
                guint            n_turns)
{
  g_autoptr(GlossTurnFigures) all = _gloss_turn_figures_get (text, language);

  /* the figures are borrowed from the text's; the review copies those it keeps */
  side->all = g_steal_pointer (&all);
  side->figures = g_ptr_array_new ();
  side->turns = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint k = 0; k < n_turns; k++)
    {
      GPtrArray *figures = side->all->turns[turns[k]];

      for (guint f = 0; f < figures->len; f++)
        {
          int index = (int) turns[k];

          g_ptr_array_add (side->figures, g_ptr_array_index (figures, f));
          g_array_append_val (side->turns, index);
        }
    }
  side->used = g_new0 (gboolean, side->figures->len + 1);
}

static void
pair_side_clear (PairSide *side)
{
  g_clear_pointer (&side->figures, g_ptr_array_unref);
  g_clear_pointer (&side->turns, g_array_unref);
  g_clear_pointer (&side->all, _gloss_turn_figures_unref);
  g_clear_pointer (&side->used, g_free);
}

typedef struct
{
  GlossReview *review;
  guint pair;
  PairSide side[2];
  int pair_turn[2];
  guint t_place;        /* where a figure missing in the translation sorts */
} PairContext;

static void
add_finding (PairContext              *ctx,
             const GlossFigureFinding *found,
             const int                *index_t,
             const int                *index_o)
{
  GlossReviewFinding *finding = g_object_new (GLOSS_TYPE_REVIEW_FINDING, NULL);
  const int *index[2] = { index_t, index_o };
  int at[2] = { found->translation_index, found->original_index };

  finding->status = found->status;
  finding->pair = ctx->pair;
  for (guint s = 0; s < 2; s++)
    {
      finding->pair_turn[s] = ctx->pair_turn[s];
      if (at[s] >= 0)
        {
          int figure_at = index[s] != NULL ? index[s][at[s]] : at[s];

          finding->figure[s] = gloss_figure_copy (g_ptr_array_index (ctx->side[s].figures, figure_at));
          finding->turn[s] = g_array_index (ctx->side[s].turns, int, figure_at);
          ctx->side[s].used[figure_at] = TRUE;
        }
    }
  /* a figure said again on one side is the same figure as the other
   * side's, not a missing one: translators repeat and drop repetitions */
  if (finding->status == GLOSS_FIGURE_MISSING_IN_ORIGINAL ||
      finding->status == GLOSS_FIGURE_MISSING_IN_TRANSLATION)
    {
      guint have = finding->figure[0] != NULL ? 0 : 1, other = 1 - have;
      PairSide *side = &ctx->side[other];

      for (guint f = 0; f < side->figures->len; f++)
        if (gloss_figure_equal (finding->figure[have], g_ptr_array_index (side->figures, f)))
          {
            finding->status = GLOSS_FIGURE_MATCH;
            finding->figure[other] = gloss_figure_copy (g_ptr_array_index (side->figures, f));
            finding->turn[other] = g_array_index (side->turns, int, f);
            break;
          }
    }
  finding->sort_t = finding->figure[0] != NULL ? finding->figure[0]->start : ctx->t_place;
  finding->sort_o = finding->figure[1] != NULL ? finding->figure[1]->start : 0;
  ctx->review->counts[finding->status]++;
  g_ptr_array_add (ctx->review->findings, finding);
}

/* The figures of a side not yet used whose start lies in [start, end),
 * as a borrowed array and the indexes they have in the side. */
static GPtrArray *
leftovers (PairSide *side,
           guint     start,
           guint     end,
           gboolean  everything,
           GArray   *indexes)
{
  GPtrArray *figures = g_ptr_array_new ();

  for (guint f = 0; f < side->figures->len; f++)
    {
      const GlossFigure *figure = g_ptr_array_index (side->figures, f);

      if (side->used[f] || (!everything && (figure->start < start || figure->start >= end)))
        continue;
      g_ptr_array_add (figures, (gpointer) figure);
      g_array_append_val (indexes, f);
    }

  return figures;
}

static void compare_leftovers (PairContext *ctx, guint t_start, guint t_end, guint o_start,
                               guint o_end, gboolean everything, gboolean missing_too);

static guint
count_leftovers (PairSide *side,
                 guint     start,
                 guint     end)
{
  guint n = 0;

  for (guint f = 0; f < side->figures->len; f++)
    {
      const GlossFigure *figure = g_ptr_array_index (side->figures, f);

      /* list markers and a translator's years never make a mismatch */
      n += !side->used[f] && figure->start >= start && figure->start < end &&
           !(figure->flags & (GLOSS_FIGURE_FLAG_LIST | GLOSS_FIGURE_FLAG_PARENTHETICAL));
    }
  return n;
}

static GArray *
split_sentences (GlossTranscript *text,
                 const char      *language,
                 guint            start,
                 guint            end)
{
  const char *begin = gloss_transcript_offset_to_pointer (text, start);
  const char *stop = gloss_transcript_offset_to_pointer (text, end);

  return gloss_sentences_split (begin, stop - begin, start, language);
}

/* Within a paragraph pair, sentence by sentence first (ICU finds the
 * sentences of both scripts; they are paired by length), so that a figure
 * the translator added to one sentence does not push every later figure
 * of the paragraph onto the wrong partner. */
static void
compare_sentences (PairContext *ctx,
                   guint        t_start,
                   guint        t_end,
                   guint        o_start,
                   guint        o_end)
{
  GlossReview *self = ctx->review;
  g_autoptr(GArray) ts = NULL;
  g_autoptr(GArray) os = NULL;
  g_autoptr(GArray) beads = NULL;
  g_autofree guint *tl = NULL, *ol = NULL;

  if (count_leftovers (&ctx->side[0], t_start, t_end) == 0 ||
      count_leftovers (&ctx->side[1], o_start, o_end) == 0 ||
      count_leftovers (&ctx->side[0], t_start, t_end) + count_leftovers (&ctx->side[1], o_start, o_end) < 3)
    return;

  ts = split_sentences (self->transcript, self->language[0], t_start, t_end);
  os = split_sentences (self->original, self->language[1], o_start, o_end);
  if (ts->len + os->len < 3 || ts->len == 0 || os->len == 0)
    return;

  tl = g_new (guint, ts->len);
  ol = g_new (guint, os->len);
  for (guint k = 0; k < ts->len; k++)
    tl[k] = g_array_index (ts, GlossSentence, k).end - g_array_index (ts, GlossSentence, k).start;
  for (guint k = 0; k < os->len; k++)
    ol[k] = g_array_index (os, GlossSentence, k).end - g_array_index (os, GlossSentence, k).start;
  beads = _gloss_aligner_pair_spans (tl, ts->len, ol, os->len,
                                     t_end > t_start ? (double) (o_end - o_start) / (t_end - t_start) : 1.0);

  for (guint b = 0; b < beads->len; b++)
    {
      const GlossBead *bead = &g_array_index (beads, GlossBead, b);

      /* a sentence on one side only waits for the paragraph's round */
      if (bead->ni == 0 || bead->nj == 0)
        continue;
      ctx->t_place = g_array_index (ts, GlossSentence, bead->i0).start;
      compare_leftovers (ctx,
                         g_array_index (ts, GlossSentence, bead->i0).start,
                         g_array_index (ts, GlossSentence, bead->i0 + bead->ni - 1).end,
                         g_array_index (os, GlossSentence, bead->j0).start,
                         g_array_index (os, GlossSentence, bead->j0 + bead->nj - 1).end, FALSE,
                         /* a figure without a partner in its sentence may
                          * still have one in the paragraph */
                         FALSE);
    }
  ctx->t_place = t_start;
}

static void
compare_leftovers (PairContext *ctx,
                   guint        t_start,
                   guint        t_end,
                   guint        o_start,
                   guint        o_end,
                   gboolean     everything,
                   gboolean     missing_too)
{
  g_autoptr(GArray) index_t = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) index_o = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) t = leftovers (&ctx->side[0], t_start, t_end, everything, index_t);
  g_autoptr(GPtrArray) o = leftovers (&ctx->side[1], o_start, o_end, everything, index_o);
  g_autoptr(GPtrArray) found = NULL;

  if (t->len == 0 && o->len == 0)
    return;

  found = gloss_figures_compare (t, o);
  for (guint k = 0; k < found->len; k++)
    {
      const GlossFigureFinding *f = g_ptr_array_index (found, k);

      if (missing_too || (f->status != GLOSS_FIGURE_MISSING_IN_ORIGINAL &&
                          f->status != GLOSS_FIGURE_MISSING_IN_TRANSLATION))
        add_finding (ctx, f, (const int *) index_t->data, (const int *) index_o->data);
    }
}

static void
review_pair (GlossReview *self,
             guint        pair_index,
             guint       *paragraph_at)
{
  const GlossTurnPair *pair = gloss_alignment_get_turn_pair (self->alignment, pair_index);
  guint n_paragraphs = gloss_alignment_get_n_paragraph_pairs (self->alignment);
  PairContext ctx = { self, pair_index, };
  guint t_lo = G_MAXUINT, t_hi = 0, o_lo = G_MAXUINT, o_hi = 0;
  g_autoptr(GPtrArray) found = NULL;

  pair_side_init (&ctx.side[0], self->transcript, self->language[0], pair->transcript, pair->n_transcript);
  pair_side_init (&ctx.side[1], self->original, self->language[1], pair->original, pair->n_original);
  ctx.pair_turn[0] = pair->n_transcript > 0 ? (int) pair->transcript[0] : -1;
  ctx.pair_turn[1] = pair->n_original > 0 ? (int) pair->original[0] : -1;

  for (guint k = 0; k < pair->n_transcript; k++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (self->transcript, pair->transcript[k]);

      t_lo = MIN (t_lo, turn->start);
      t_hi = MAX (t_hi, turn->end);
    }
  for (guint k = 0; k < pair->n_original; k++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (self->original, pair->original[k]);

      o_lo = MIN (o_lo, turn->start);
      o_hi = MAX (o_hi, turn->end);
    }
  ctx.t_place = t_lo != G_MAXUINT ? t_lo : 0;

  /* a turn on one side only: all its figures are missing on the other */
  if (pair->n_transcript == 0 || pair->n_original == 0)
    {
      if (pair->n_transcript == 0)
        {
          /* it sorts where the translation goes on: after what came before */
          ctx.t_place = 0;
          for (guint k = pair_index; k-- > 0;)
            {
              const GlossTurnPair *before = gloss_alignment_get_turn_pair (self->alignment, k);

              if (before->n_transcript > 0)
                {
                  ctx.t_place = gloss_transcript_get_turn (self->transcript,
                                                           before->transcript[before->n_transcript - 1])->end;
                  break;
                }
            }
        }
      compare_leftovers (&ctx, 0, 0, 0, 0, TRUE, TRUE);
      goto out;
    }

  /* equal figures anywhere in the pair first: translators move them */
  found = gloss_figures_compare (ctx.side[0].figures, ctx.side[1].figures);
  for (guint k = 0; k < found->len; k++)
    {
      const GlossFigureFinding *f = g_ptr_array_index (found, k);

      if (f->status == GLOSS_FIGURE_MATCH)
        add_finding (&ctx, f, NULL, NULL);
    }

  /* the rest paragraph pair by paragraph pair, so that a wrong figure
   * meets the figure at its place */
  while (*paragraph_at < n_paragraphs &&
         gloss_alignment_get_paragraph_pair (self->alignment, *paragraph_at)->transcript_end <= t_lo &&
         gloss_alignment_get_paragraph_pair (self->alignment, *paragraph_at)->original_end <= o_lo)
    (*paragraph_at)++;
  for (; *paragraph_at < n_paragraphs; (*paragraph_at)++)
    {
      const GlossParagraphPair *pp = gloss_alignment_get_paragraph_pair (self->alignment, *paragraph_at);

      if (pp->transcript_start >= t_hi && pp->original_start >= o_hi)
        break;
      ctx.t_place = pp->transcript_start;
      compare_sentences (&ctx, pp->transcript_start, pp->transcript_end,
                         pp->original_start, pp->original_end);
      compare_leftovers (&ctx, pp->transcript_start, pp->transcript_end,
                         pp->original_start, pp->original_end, FALSE, TRUE);
    }
  ctx.t_place = t_lo;
  compare_leftovers (&ctx, 0, 0, 0, 0, TRUE, TRUE);

out:
  pair_side_clear (&ctx.side[0]);
  pair_side_clear (&ctx.side[1]);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const GlossReviewFinding *x = *(GlossReviewFinding * const *) a;
  const GlossReviewFinding *y = *(GlossReviewFinding * const *) b;

  if (x->pair != y->pair)
    return x->pair < y->pair ? -1 : 1;
  if (x->sort_t != y->sort_t)
    return x->sort_t < y->sort_t ? -1 : 1;
  /* a missing figure after the figures at its place */
  if ((x->figure[0] == NULL) != (y->figure[0] == NULL))
    return x->figure[0] == NULL ? 1 : -1;
  return x->sort_o < y->sort_o ? -1 : x->sort_o > y->sort_o;
}

static gboolean
pair_has_both (GlossAlignment *alignment,
               guint           index)
{
  const GlossTurnPair *pair = gloss_alignment_get_turn_pair (alignment, index);

  return pair->n_transcript > 0 && pair->n_original > 0;
}

static GlossReview *
review_new (GlossTranscript *transcript,
            const char      *transcript_language,
            GlossTranscript *original,
            const char      *original_language,
            GlossAlignment  *alignment,
            GCancellable    *cancellable,
            GError         **error)
{
  g_autoptr(GlossReview) self = NULL;
  guint n_pairs, paragraph_at = 0, first, last;

  self = g_object_new (GLOSS_TYPE_REVIEW, NULL);
  self->transcript = g_object_ref (transcript);
  self->original = g_object_ref (original);
  self->alignment = g_object_ref (alignment);
  self->language[0] = g_strdup (transcript_language);
  self->language[1] = g_strdup (original_language);

  /* the stretch both texts cover: before its first pair of both sides
   * and after its last, an original of part of the briefing says nothing
   * (and a translation of part of the original neither) */
  n_pairs = gloss_alignment_get_n_turn_pairs (alignment);
  for (first = 0; first < n_pairs; first++)
    if (pair_has_both (alignment, first))
      break;
  for (last = n_pairs; last > first; last--)
    if (pair_has_both (alignment, last - 1))
      break;

  for (guint p = first; p < last; p++)
    {
      if ((p & 63) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      review_pair (self, p, &paragraph_at);
    }
  g_ptr_array_sort (self->findings, compare_findings);

  return g_steal_pointer (&self);
}

GlossReview *
gloss_review_new (GlossTranscript *transcript,
                  GlossTranscript *original,
                  GlossAlignment  *alignment,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (alignment), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return review_new (transcript, gloss_transcript_get_language (transcript),
                     original, gloss_transcript_get_language (original), alignment, cancellable, error);
}

GlossReview *
gloss_review_new_for_project (GlossProject  *project,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (gloss_project_get_original (project) != NULL, NULL);
  g_return_val_if_fail (gloss_project_get_alignment (project) != NULL, NULL);

  return gloss_review_new (gloss_project_get_transcript (project),
                           gloss_project_get_original (project),
                           gloss_project_get_alignment (project), cancellable, error);
}

typedef struct
{
  GlossTranscript *transcript;
  GlossTranscript *original;
  GlossAlignment *alignment;
  char *language[2];
} ReviewData;

static void
review_data_free (gpointer data)
{
  ReviewData *rd = data;

  g_object_unref (rd->transcript);
  g_object_unref (rd->original);
  g_object_unref (rd->alignment);
  g_free (rd->language[0]);
  g_free (rd->language[1]);
  g_free (rd);
}

static void
review_thread_cb (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ReviewData *rd = task_data;
  GError *error = NULL;
  GlossReview *review = review_new (rd->transcript, rd->language[0], rd->original, rd->language[1],
                                    rd->alignment, cancellable, &error);

  if (review == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, review, g_object_unref);
}

void
gloss_review_new_async (GlossProject        *project,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReviewData *rd;

  g_return_if_fail (GLOSS_IS_PROJECT (project));
  g_return_if_fail (gloss_project_get_original (project) != NULL);
  g_return_if_fail (gloss_project_get_alignment (project) != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gloss_review_new_async);
  rd = g_new0 (ReviewData, 1);
  rd->transcript = g_object_ref (gloss_project_get_transcript (project));
  rd->original = g_object_ref (gloss_project_get_original (project));
  rd->alignment = g_object_ref (gloss_project_get_alignment (project));
  /* the language may change meanwhile: copied now, on this thread */
  rd->language[0] = g_strdup (gloss_transcript_get_language (rd->transcript));
  rd->language[1] = g_strdup (gloss_transcript_get_language (rd->original));
  g_task_set_task_data (task, rd, review_data_free);
  g_task_run_in_thread (task, review_thread_cb);
}

GlossReview *
gloss_review_new_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gloss_review_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GlossTranscript *
gloss_review_get_transcript (GlossReview *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW (self), NULL);
  return self->transcript;
}

GlossTranscript *
gloss_review_get_original (GlossReview *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW (self), NULL);
  return self->original;
}

GlossAlignment *
gloss_review_get_alignment (GlossReview *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW (self), NULL);
  return self->alignment;
}

guint
gloss_review_get_n_findings (GlossReview *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW (self), 0);
  return self->findings->len;
}

GlossReviewFinding *
gloss_review_get_finding (GlossReview *self,
                          guint        index)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW (self), NULL);
  g_return_val_if_fail (index < self->findings->len, NULL);
  return g_ptr_array_index (self->findings, index);
}

guint
gloss_review_count (GlossReview              *self,
                    GlossFigureFindingStatus  status)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW (self), 0);
  g_return_val_if_fail (status <= GLOSS_FIGURE_FINDING_STATUS_LAST, 0);
  return self->counts[status];
}

int
gloss_review_find_at (GlossReview   *self,
                      GlossTextRole  role,
                      guint          offset)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW (self), -1);
  g_return_val_if_fail (role <= GLOSS_TEXT_ROLE_LAST, -1);

  for (guint f = 0; f < self->findings->len; f++)
    {
      const GlossReviewFinding *finding = g_ptr_array_index (self->findings, f);
      const GlossFigure *figure = finding->figure[role];

      if (figure != NULL && figure->start <= offset && offset < figure->end)
        return (int) f;
    }
  return -1;
}

gboolean
gloss_review_all_match (GlossReview *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW (self), FALSE);
  return self->counts[GLOSS_FIGURE_MATCH] == self->findings->len;
}
