#include "config.h"

#include <string.h>

#include "gloss-alignment.h"

struct _GlossAlignment
{
  GObject parent_instance;

  GArray *turn_pairs;       /* GlossTurnPair */
  GArray *paragraph_pairs;  /* GlossParagraphPair */
  GArray *links;            /* GlossAlignmentLink */
};

G_DEFINE_FINAL_TYPE (GlossAlignment, gloss_alignment, G_TYPE_OBJECT)

static void
turn_pair_clear (gpointer data)
{
  GlossTurnPair *pair = data;

  g_clear_pointer (&pair->transcript, g_free);
  g_clear_pointer (&pair->original, g_free);
}

static void
gloss_alignment_finalize (GObject *object)
{
  GlossAlignment *self = GLOSS_ALIGNMENT (object);

  g_array_unref (self->turn_pairs);
  g_array_unref (self->paragraph_pairs);
  g_array_unref (self->links);

  G_OBJECT_CLASS (gloss_alignment_parent_class)->finalize (object);
}

static void
gloss_alignment_class_init (GlossAlignmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gloss_alignment_finalize;
}

static void
gloss_alignment_init (GlossAlignment *self)
{
  self->turn_pairs = g_array_new (FALSE, TRUE, sizeof (GlossTurnPair));
  g_array_set_clear_func (self->turn_pairs, turn_pair_clear);
  self->paragraph_pairs = g_array_new (FALSE, TRUE, sizeof (GlossParagraphPair));
  self->links = g_array_new (FALSE, TRUE, sizeof (GlossAlignmentLink));
}

GlossAlignment *
gloss_alignment_new (void)
{
  return g_object_new (GLOSS_TYPE_ALIGNMENT, NULL);
}

void
gloss_alignment_add_turn_pair (GlossAlignment *self,
                               const guint    *transcript,
                               guint           n_transcript,
                               const guint    *original,
                               guint           n_original)
{
  GlossTurnPair pair = { 0, };

  g_return_if_fail (GLOSS_IS_ALIGNMENT (self));
  g_return_if_fail (transcript != NULL || n_transcript == 0);
  g_return_if_fail (original != NULL || n_original == 0);

  pair.transcript = n_transcript > 0 ? g_memdup2 (transcript, n_transcript * sizeof (guint)) : NULL;
  pair.n_transcript = n_transcript;
  pair.original = n_original > 0 ? g_memdup2 (original, n_original * sizeof (guint)) : NULL;
  pair.n_original = n_original;
  g_array_append_val (self->turn_pairs, pair);
}

void
gloss_alignment_add_paragraph_pair (GlossAlignment *self,
                                    guint           transcript_start,
                                    guint           transcript_end,
                                    guint           original_start,
                                    guint           original_end)
{
  GlossParagraphPair pair = { transcript_start, transcript_end, original_start, original_end };

  g_return_if_fail (GLOSS_IS_ALIGNMENT (self));
  g_return_if_fail (transcript_start <= transcript_end);
  g_return_if_fail (original_start <= original_end);

  g_array_append_val (self->paragraph_pairs, pair);
}

void
gloss_alignment_add_link (GlossAlignment *self,
                          guint           transcript_turn,
                          guint           original_turn,
                          gboolean        linked)
{
  GlossAlignmentLink link = { transcript_turn, original_turn, !!linked };

  g_return_if_fail (GLOSS_IS_ALIGNMENT (self));

  for (guint i = 0; i < self->links->len; i++)
    {
      GlossAlignmentLink *old = &g_array_index (self->links, GlossAlignmentLink, i);

      if (old->transcript_turn == transcript_turn && old->original_turn == original_turn)
        {
          g_array_remove_index (self->links, i);
          break;
        }
    }
  g_array_append_val (self->links, link);
}

guint
gloss_alignment_get_n_turn_pairs (GlossAlignment *self)
{
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (self), 0);

  return self->turn_pairs->len;
}

const GlossTurnPair *
gloss_alignment_get_turn_pair (GlossAlignment *self,
                               guint           index)
{
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (index < self->turn_pairs->len, NULL);

  return &g_array_index (self->turn_pairs, GlossTurnPair, index);
}

guint
gloss_alignment_get_n_paragraph_pairs (GlossAlignment *self)
{
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (self), 0);

  return self->paragraph_pairs->len;
}

const GlossParagraphPair *
gloss_alignment_get_paragraph_pair (GlossAlignment *self,
                                    guint           index)
{
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (index < self->paragraph_pairs->len, NULL);

  return &g_array_index (self->paragraph_pairs, GlossParagraphPair, index);
}

guint
gloss_alignment_get_n_links (GlossAlignment *self)
{
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (self), 0);

  return self->links->len;
}

const GlossAlignmentLink *
gloss_alignment_get_link (GlossAlignment *self,
                          guint           index)
{
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);

  return &g_array_index (self->links, GlossAlignmentLink, index);
}

static gboolean
pair_side_contains (const guint *turns,
                    guint        n_turns,
                    guint        turn)
{
  for (guint i = 0; i < n_turns; i++)
    if (turns[i] == turn)
      return TRUE;

  return FALSE;
}

int
gloss_alignment_find_turn_pair (GlossAlignment *self,
                                gboolean        in_original,
                                guint           turn)
{
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (self), -1);

  for (guint i = 0; i < self->turn_pairs->len; i++)
    {
      const GlossTurnPair *pair = &g_array_index (self->turn_pairs, GlossTurnPair, i);

      if (in_original ? pair_side_contains (pair->original, pair->n_original, turn)
                      : pair_side_contains (pair->transcript, pair->n_transcript, turn))
        return (int) i;
    }

  return -1;
}

GlossAlignment *
gloss_alignment_copy (GlossAlignment *self)
{
  GlossAlignment *copy;

  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (self), NULL);

  copy = gloss_alignment_new ();
  for (guint i = 0; i < self->turn_pairs->len; i++)
    {
      const GlossTurnPair *pair = &g_array_index (self->turn_pairs, GlossTurnPair, i);

      gloss_alignment_add_turn_pair (copy, pair->transcript, pair->n_transcript,
                                     pair->original, pair->n_original);
    }
  g_array_append_vals (copy->paragraph_pairs, self->paragraph_pairs->data, self->paragraph_pairs->len);
  g_array_append_vals (copy->links, self->links->data, self->links->len);

  return copy;
}

static gboolean
turn_pair_equal (const GlossTurnPair *a,
                 const GlossTurnPair *b)
{
  return a->n_transcript == b->n_transcript &&
         a->n_original == b->n_original &&
         (a->n_transcript == 0 || memcmp (a->transcript, b->transcript, a->n_transcript * sizeof (guint)) == 0) &&
         (a->n_original == 0 || memcmp (a->original, b->original, a->n_original * sizeof (guint)) == 0);
}

gboolean
gloss_alignment_equal (GlossAlignment *a,
                       GlossAlignment *b)
{
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (a), FALSE);
  g_return_val_if_fail (GLOSS_IS_ALIGNMENT (b), FALSE);

  if (a->turn_pairs->len != b->turn_pairs->len ||
      a->paragraph_pairs->len != b->paragraph_pairs->len ||
      a->links->len != b->links->len)
    return FALSE;

  for (guint i = 0; i < a->turn_pairs->len; i++)
    if (!turn_pair_equal (&g_array_index (a->turn_pairs, GlossTurnPair, i),
                          &g_array_index (b->turn_pairs, GlossTurnPair, i)))
      return FALSE;

  for (guint i = 0; i < a->links->len; i++)
    {
      const GlossAlignmentLink *la = &g_array_index (a->links, GlossAlignmentLink, i);
      const GlossAlignmentLink *lb = &g_array_index (b->links, GlossAlignmentLink, i);

      if (la->transcript_turn != lb->transcript_turn || la->original_turn != lb->original_turn ||
          la->linked != lb->linked)
        return FALSE;
    }

  return a->paragraph_pairs->len == 0 ||
         memcmp (a->paragraph_pairs->data, b->paragraph_pairs->data,
                 a->paragraph_pairs->len * sizeof (GlossParagraphPair)) == 0;
}
