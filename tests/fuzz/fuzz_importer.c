#include <string.h>

#include "gloss-import-format.h"

#include "fuzz.h"

#define NAME "fuzz.txt"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  const char *text;
  guint length;
  guint previous_end = 0;

  fuzz_init ();

  transcript = gloss_import_data ((const char *) data, size, NAME, NULL, NULL, &error);
  fuzz_report (error);
  if (transcript == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, NAME));
      return 0;
    }
  g_assert_null (error);

  text = gloss_transcript_get_text (transcript);
  length = gloss_transcript_get_length (transcript);
  g_assert_true (g_utf8_validate (text, gloss_transcript_get_text_size (transcript), NULL));
  g_assert_cmpuint (strlen (text), ==, gloss_transcript_get_text_size (transcript));
  g_assert_cmpuint (g_utf8_strlen (text, -1), ==, length);

  if (gloss_transcript_get_date (transcript) != NULL)
    g_assert_true (gloss_date_is_valid (gloss_transcript_get_date (transcript)));
  if (gloss_transcript_get_title (transcript) != NULL)
    g_assert_true (g_utf8_validate (gloss_transcript_get_title (transcript), -1, NULL));

  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      g_autofree char *slice = NULL;

      g_assert_cmpuint (turn->start, <=, turn->end);
      g_assert_cmpuint (turn->end, <=, length);
      g_assert_cmpuint (turn->start, >=, previous_end);
      g_assert_cmpint ((int) turn->kind, <=, GLOSS_TURN_KIND_LAST);
      g_assert_cmpint (turn->answers, <, (int) i);
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

  return 0;
}
