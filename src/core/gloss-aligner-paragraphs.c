/* Paragraphs inside each turn pair, and spans (sentences) for the review. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gloss-aligner.h"
#include "gloss-aligner-private.h"

#define PARAGRAPH_BAND        16
/* a paragraph DP this small is searched whole */
#define PARAGRAPH_FULL_CELLS  40000

static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == 0xFEFF;
}

/* the participant whose name a header's line starts with, or -1 */
static int
participant_named (const GlossAlignerText *snapshot,
                   const char             *line)
{
  int best = -1;
  gsize best_length = 0;

  for (guint k = 0; snapshot != NULL && snapshot->participant_names[k] != NULL; k++)
    {
      const char *name = snapshot->participant_names[k];
      gsize length = strlen (name);

      if (length > best_length && strncmp (line, name, length) == 0)
        {
          best = (int) k;
          best_length = length;
        }
    }
  return best;
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
      const char *line = p;
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
                  unit.speaker = -1;
                  unit.participant = turn->kind == GLOSS_TURN_HEADER
                                     ? participant_named (turns->snapshot, line) : -1;
                  while (key_at < key_end &&
                         g_array_index (turns->figure_keys, FigureKey, key_at).offset < unit.end)
                    key_at++;
                  _gloss_aligner_unit_set_keys (&unit, &g_array_index (turns->figure_keys, FigureKey, first_key),
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
                  line = p;
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

gboolean
_gloss_aligner_add_paragraph_pairs (GlossAlignment  *alignment,
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

  path = _gloss_aligner_path (n, m, lo, hi, NULL, NULL, NULL, _gloss_aligner_bead_cost, &model,
                              cancellable, error);
  if (path == NULL)
    {
      _gloss_aligner_side_clear (&model.t);
      _gloss_aligner_side_clear (&model.o);
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

  _gloss_aligner_side_clear (&model.t);
  _gloss_aligner_side_clear (&model.o);
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
  path = _gloss_aligner_path (n, m, lo, hi, NULL, NULL, NULL, _gloss_aligner_bead_cost, &model, NULL, NULL);
  _gloss_aligner_side_clear (&model.t);
  _gloss_aligner_side_clear (&model.o);
  return path;
}
