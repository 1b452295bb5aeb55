/* The user's corrections: each records a link and aligns again around it. */

#include "config.h"

#include <math.h>

#include "gloss-aligner.h"
#include "gloss-aligner-private.h"

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
_gloss_aligner_realign_links (GlossTranscript *transcript,
                 GlossTranscript *original,
                 GlossAlignment  *links)
{
  /* without a cancellable the only error cannot happen */
  return _gloss_aligner_align_texts (transcript, original, links, NULL, NULL);
}

/* @alignment with the pair (@transcript_turn, @original_turn) linked, or
 * kept apart, and the links it contradicts dropped, realigned */
static GlossAlignment *
set_link (GlossTranscript *transcript,
          GlossTranscript *original,
          GlossAlignment  *alignment,
          guint            transcript_turn,
          guint            original_turn,
          gboolean         linked)
{
  g_autoptr(GlossAlignment) links = NULL;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (alignment), NULL);
  g_return_val_if_fail (transcript_turn < gloss_transcript_get_n_turns (transcript), NULL);
  g_return_val_if_fail (original_turn < gloss_transcript_get_n_turns (original), NULL);

  links = links_without (alignment, linked ? crosses_cb : joins_cb, transcript_turn, original_turn);
  gloss_alignment_add_link (links, transcript_turn, original_turn, linked);
  return _gloss_aligner_realign_links (transcript, original, links);
}

GlossAlignment *
gloss_aligner_link (GlossTranscript *transcript,
                    GlossTranscript *original,
                    GlossAlignment  *alignment,
                    guint            transcript_turn,
                    guint            original_turn)
{
  return set_link (transcript, original, alignment, transcript_turn, original_turn, TRUE);
}

GlossAlignment *
gloss_aligner_unlink (GlossTranscript *transcript,
                      GlossTranscript *original,
                      GlossAlignment  *alignment,
                      guint            transcript_turn,
                      guint            original_turn)
{
  return set_link (transcript, original, alignment, transcript_turn, original_turn, FALSE);
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
  return _gloss_aligner_realign_links (transcript, original, links);
}

GlossAlignment *
gloss_aligner_reset (GlossTranscript *transcript,
                     GlossTranscript *original)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);

  return _gloss_aligner_realign_links (transcript, original, NULL);
}
