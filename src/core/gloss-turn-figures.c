#include "config.h"

#include "gloss-turn-figures-private.h"

#define CACHE_KEY "gloss-turn-figures"

static GMutex cache_lock;

void
_gloss_turn_figures_unref (GlossTurnFigures *figures)
{
  if (figures == NULL || !g_atomic_ref_count_dec (&figures->ref))
    return;

  for (guint i = 0; i < figures->n_turns; i++)
    g_ptr_array_unref (figures->turns[i]);
  g_free (figures->turns);
  g_free (figures->language);
  g_free (figures);
}

static GlossTurnFigures *
extract (GlossTranscript *text,
         const char      *language)
{
  GlossTurnFigures *figures = g_new0 (GlossTurnFigures, 1);

  g_atomic_ref_count_init (&figures->ref);
  figures->language = g_strdup (language);
  figures->n_turns = gloss_transcript_get_n_turns (text);
  figures->turns = g_new (GPtrArray *, MAX (figures->n_turns, 1));
  for (guint i = 0; i < figures->n_turns; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (text, i);
      const char *begin = gloss_transcript_offset_to_pointer (text, turn->start);
      const char *end = gloss_transcript_offset_to_pointer (text, turn->end);

      figures->turns[i] = gloss_figures_extract (begin, end - begin, turn->start, language);
    }

  return figures;
}

GlossTurnFigures *
_gloss_turn_figures_get (GlossTranscript *text,
                         const char      *language)
{
  GlossTurnFigures *figures;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (text), NULL);

  g_mutex_lock (&cache_lock);
  figures = g_object_get_data (G_OBJECT (text), CACHE_KEY);
  /* a new language reads digits with other separators */
  if (figures == NULL || figures->n_turns != gloss_transcript_get_n_turns (text) ||
      g_strcmp0 (figures->language, language) != 0)
    {
      figures = extract (text, language);
      g_object_set_data_full (G_OBJECT (text), CACHE_KEY, figures,
                              (GDestroyNotify) _gloss_turn_figures_unref);
    }
  g_atomic_ref_count_inc (&figures->ref);
  g_mutex_unlock (&cache_lock);

  return figures;
}
