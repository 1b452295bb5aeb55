#include "config.h"

#include <glib/gi18n-lib.h>

#include "gloss-speaker.h"

static const char *
non_empty (const char *str)
{
  return str != NULL && *str != '\0' ? str : NULL;
}

const char *
gloss_speaker_of_turn (const GlossTurn *turn)
{
  g_return_val_if_fail (turn != NULL, NULL);

  if (non_empty (turn->speaker) != NULL)
    return turn->speaker;
  if (turn->kind == GLOSS_TURN_QUESTION)
    return gloss_speaker_asker (turn);

  return NULL;
}

const char *
gloss_speaker_asker (const GlossTurn *question)
{
  g_return_val_if_fail (question != NULL, NULL);

  if (non_empty (question->outlet) != NULL)
    return question->outlet;
  if (non_empty (question->speaker) != NULL)
    return question->speaker;

  /* a question that names nobody is still somebody's: one entry for all */
  return gloss_speaker_unidentified ();
}

const char *
gloss_speaker_unidentified (void)
{
  return _("Unidentified questioner");
}

gboolean
gloss_speaker_at (GlossTranscript *text,
                  guint            offset,
                  GlossSpeaker    *speaker)
{
  const GlossTurn *turn;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (text), FALSE);
  g_return_val_if_fail (speaker != NULL, FALSE);

  *speaker = (GlossSpeaker) { .turn = -1, .question = -1 };
  speaker->turn = gloss_transcript_find_turn (text, offset);
  if (speaker->turn < 0)
    return FALSE;

  turn = gloss_transcript_get_turn (text, (guint) speaker->turn);
  speaker->kind = turn->kind;
  speaker->speaker = gloss_speaker_of_turn (turn);
  speaker->role = gloss_transcript_get_role (text, speaker->speaker);

  if (turn->kind == GLOSS_TURN_ANSWER && turn->answers >= 0 &&
      (guint) turn->answers < gloss_transcript_get_n_turns (text))
    {
      speaker->question = turn->answers;
      speaker->asked_by = gloss_speaker_asker (gloss_transcript_get_turn (text, (guint) turn->answers));
    }

  return TRUE;
}

gboolean
gloss_speaker_of_claim (GlossProject *project,
                        GlossClaim   *claim,
                        GlossSpeaker *speaker)
{
  GlossTranscript *text;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), FALSE);
  g_return_val_if_fail (speaker != NULL, FALSE);

  text = gloss_project_get_text (project, gloss_claim_get_text_role (claim));
  if (text == NULL || gloss_claim_get_orphaned (claim))
    {
      *speaker = (GlossSpeaker) { .turn = -1, .question = -1 };
      return FALSE;
    }

  return gloss_speaker_at (text, gloss_claim_get_start (claim), speaker);
}

GPtrArray *
gloss_speaker_list (GlossTranscript *text)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *names;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (text), NULL);

  names = g_ptr_array_new ();
  for (guint i = 0; i < gloss_transcript_get_n_turns (text); i++)
    {
      const char *name = gloss_speaker_of_turn (gloss_transcript_get_turn (text, i));

      if (name != NULL && g_hash_table_add (seen, (gpointer) name))
        g_ptr_array_add (names, (gpointer) name);
    }

  return names;
}

GPtrArray *
gloss_speaker_list_grouped (GlossTranscript *text,
                            guint           *n_answering)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GHashTable) answering = g_hash_table_new (g_str_hash, g_str_equal);
  const char *unidentified = gloss_speaker_unidentified ();
  gboolean has_unidentified = FALSE;
  GPtrArray *grouped;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (text), NULL);
  g_return_val_if_fail (n_answering != NULL, NULL);

  names = gloss_speaker_list (text);
  for (guint i = 0; i < gloss_transcript_get_n_turns (text); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (text, i);
      const char *name = gloss_speaker_of_turn (turn);

      if (name != NULL && turn->kind != GLOSS_TURN_QUESTION)
        g_hash_table_add (answering, (gpointer) name);
    }

  grouped = g_ptr_array_sized_new (names->len);
  for (guint i = 0; i < names->len; i++)
    if (g_hash_table_contains (answering, g_ptr_array_index (names, i)))
      g_ptr_array_add (grouped, g_ptr_array_index (names, i));
  *n_answering = grouped->len;
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (g_hash_table_contains (answering, name))
        continue;
      /* the one entry for every question that names nobody, after the names */
      if (g_strcmp0 (name, unidentified) == 0)
        has_unidentified = TRUE;
      else
        g_ptr_array_add (grouped, (gpointer) name);
    }
  if (has_unidentified)
    g_ptr_array_add (grouped, (gpointer) unidentified);

  return grouped;
}
