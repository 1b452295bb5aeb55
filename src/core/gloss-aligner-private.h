#pragma once

#include <gio/gio.h>

#include "gloss-alignment.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* One step of an alignment path: @ni units of the translation from @i0 with
 * @nj units of the original from @j0. */
typedef struct
{
  guint i0;
  guint ni;
  guint j0;
  guint nj;
} GlossBead;

/* the cost of a bead (ni, nj) ∈ {(1,1), (1,0), (0,1), (2,1), (1,2)} or of a
 * forced bead; INFINITY forbids it */
typedef double (*GlossBeadCostFunc) (gpointer user_data,
                                     guint    i0,
                                     guint    ni,
                                     guint    j0,
                                     guint    nj);

/* The cheapest path from (0, 0) to (n, m) through the band: row i (0 ≤ i ≤
 * n) holds columns lo[i]..hi[i], which must be non-decreasing, overlap from
 * one row to the next and contain 0 at row 0 and m at row n. @forced_nj[i],
 * when not 0, is a bead that must be taken whole: it ends at row i and
 * column forced_j_end[i] and spans forced_ni[i] rows and forced_nj[i]
 * columns (user links); may be NULL. Returns a GArray of GlossBead in
 * order, or NULL when cancelled (with @error set). */
GArray *_gloss_aligner_path (guint              n,
                             guint              m,
                             const guint       *lo,
                             const guint       *hi,
                             const guint       *forced_ni,
                             const guint       *forced_nj,
                             const guint       *forced_j_end,
                             GlossBeadCostFunc  cost,
                             gpointer           user_data,
                             GCancellable      *cancellable,
                             GError           **error);

/* -log of the probability that a translation of @length_translation code
 * points has an original of @length_original, when originals are @ratio as
 * long on average (Gale and Church's model, with a variance for loose
 * transcript translations) */
double  _gloss_aligner_length_cost (guint  length_translation,
                                    guint  length_original,
                                    double ratio);

/* Fills lo/hi (n + 1 entries each) with a band of half-width @width around
 * the path through @anchors (pairs of (i, j), strictly increasing on both,
 * may be empty), interpolated between anchors by the cumulative lengths
 * @cum_t (n + 1 entries, cum_t[0] = 0) and @cum_o (m + 1). */
void    _gloss_aligner_band        (guint        n,
                                    guint        m,
                                    const guint *cum_t,
                                    const guint *cum_o,
                                    const guint *anchors,
                                    guint        n_anchors,
                                    guint        width,
                                    guint       *lo,
                                    guint       *hi);

/* Pairs two runs of spans (the sentences of a paragraph pair) by their
 * lengths alone, originals being @ratio as long: a GArray of GlossBead. */
GArray *_gloss_aligner_pair_spans (const guint *lengths_translation,
                                   guint        n,
                                   const guint *lengths_original,
                                   guint        m,
                                   double       ratio);

/* What the aligner reads of a text that may change while it runs in a
 * worker (the participants, the language), copied on the text's thread.
 * The text itself, its turns and their speakers never change. */
typedef struct
{
  GlossTranscript *text;
  char *language;
  int *participant;      /* per turn: its speaker's index in the participants, or -1 */
  char **participant_names;
} GlossAlignerText;

void            _gloss_aligner_text_init  (GlossAlignerText       *snapshot,
                                           GlossTranscript        *text);
void            _gloss_aligner_text_clear (GlossAlignerText       *snapshot);
/* gloss_aligner_realign () on snapshots; any thread */
GlossAlignment *_gloss_aligner_run        (const GlossAlignerText *transcript,
                                           const GlossAlignerText *original,
                                           GlossAlignment         *links,
                                           GCancellable           *cancellable,
                                           GError                **error);

/* --- shared by gloss-aligner*.c: the model the costs read --- */

/* figures of a unit the figure evidence looks at */
#define GLOSS_ALIGNER_MAX_KEYS 48

/* a figure's place and its key: equal figures, equal keys */
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
  guint64 *keys;         /* sorted, at most GLOSS_ALIGNER_MAX_KEYS */
  guint n_keys;
} Unit;

typedef struct
{
  GlossTranscript *text;
  const GlossAlignerText *snapshot;  /* turns only */
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

void            _gloss_aligner_side_clear          (Side                  *side);
void            _gloss_aligner_unit_set_keys       (Unit                  *unit,
                                                    const FigureKey       *keys,
                                                    guint                  n_keys);
/* a GlossBeadCostFunc over a Model */
double          _gloss_aligner_bead_cost           (gpointer               model,
                                                    guint                  i0,
                                                    guint                  ni,
                                                    guint                  j0,
                                                    guint                  nj);
/* the anchors' chain as (i, j) pairs, strictly increasing; @groups are the
 * user's groups (quadruples), anchors that always win */
GArray         *_gloss_aligner_turn_anchors        (Model                 *model,
                                                    GArray                *groups);
double          _gloss_aligner_estimate_ratio      (Model                 *model,
                                                    GArray                *chain);
void            _gloss_aligner_expect_positions    (Model                 *model,
                                                    GArray                *chain);
/* the paragraph pairs of turn pair @bead, appended to @alignment */
gboolean        _gloss_aligner_add_paragraph_pairs (GlossAlignment        *alignment,
                                                    const Model           *turns,
                                                    const GlossBead       *bead,
                                                    GCancellable          *cancellable,
                                                    GError               **error);
/* gloss_aligner_realign () of two texts on their own thread */
GlossAlignment *_gloss_aligner_align_texts         (GlossTranscript       *transcript,
                                                    GlossTranscript       *original,
                                                    GlossAlignment        *links,
                                                    GCancellable          *cancellable,
                                                    GError               **error);

G_END_DECLS
