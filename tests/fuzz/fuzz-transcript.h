#pragma once

#include <string.h>

#include "gloss-import-format.h"
#include "gloss-text-normalize.h"

/* What every imported transcript keeps, whatever its source format */
static inline void
fuzz_check_transcript (GlossTranscript *transcript)
{
  const char *text;
  guint length;
  guint previous_end = 0;
  guint line = 0;

  text = gloss_transcript_get_text (transcript);
  length = gloss_transcript_get_length (transcript);
  g_assert_true (g_utf8_validate (text, gloss_transcript_get_text_size (transcript), NULL));
  g_assert_cmpuint (strlen (text), ==, gloss_transcript_get_text_size (transcript));
  g_assert_cmpuint (g_utf8_strlen (text, -1), ==, length);

  /* no line the view would choke on */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      line = *p == '\n' ? 0 : line + 1;
      g_assert_cmpuint (line, <=, GLOSS_TEXT_MAX_LINE_CHARS);
    }

  if (gloss_transcript_get_date (transcript) != NULL)
    g_assert_true (gloss_date_is_valid (gloss_transcript_get_date (transcript)));
  if (gloss_transcript_get_title (transcript) != NULL)
    {
      const char *title = gloss_transcript_get_title (transcript);

      g_assert_true (g_utf8_validate (title, -1, NULL));
      /* a title from the text is capped; the file name here is short */
      g_assert_cmpuint (g_utf8_strlen (title, -1), <=, 200);
    }

  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      g_autofree char *slice = NULL;

      g_assert_cmpuint (turn->start, <=, turn->end);
      g_assert_cmpuint (turn->end, <=, length);
      g_assert_cmpuint (turn->start, >=, previous_end);
      g_assert_cmpint ((int) turn->kind, <=, GLOSS_TURN_KIND_LAST);
      g_assert_cmpint (turn->answers, <, (int) i);
      g_assert_cmpint (turn->time, >=, -1);
      if (turn->speaker != NULL)
        g_assert_true (g_utf8_validate (turn->speaker, -1, NULL));
      if (turn->outlet != NULL)
        g_assert_true (g_utf8_validate (turn->outlet, -1, NULL));
      if (turn->end > turn->start)
        g_assert_cmpint (gloss_transcript_find_turn (transcript, turn->start), ==, (int) i);
      slice = gloss_transcript_dup_slice (transcript, turn->start, turn->end);
      g_assert_true (g_utf8_validate (slice, -1, NULL));
      previous_end = turn->end;
    }

  for (guint i = 0; i < gloss_transcript_get_n_participants (transcript); i++)
    {
      const GlossParticipant *participant = gloss_transcript_get_participant (transcript, i);

      g_assert_true (g_utf8_validate (participant->name, -1, NULL));
      if (participant->role != NULL)
        g_assert_true (g_utf8_validate (participant->role, -1, NULL));
    }
}

/* the layout's offset map only moves forward and stays inside the text */
