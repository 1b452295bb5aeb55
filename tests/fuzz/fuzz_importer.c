#include <string.h>

#include "gloss-import-format.h"
#include "gloss-text-normalize.h"

#include "fuzz.h"

#define NAME "fuzz.txt"

static void
check_transcript (GlossTranscript *transcript)
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
static void
check_offset_map (const char *data,
                  size_t      size)
{
  g_autoptr(GlossNormalizedText) normalized = NULL;
  gsize out_length, previous = 0;

  if (!g_utf8_validate_len (data, size, NULL))
    return;
  normalized = gloss_text_normalize (data, size, GLOSS_TEXT_NORMALIZE_ALL);
  gloss_normalized_text_get_text (normalized, &out_length);
  for (gsize i = 0; i <= size; i += 1 + i / 64)
    {
      gsize mapped = gloss_normalized_text_map_offset (normalized, i);

      g_assert_cmpuint (mapped, >=, previous);
      g_assert_cmpuint (mapped, <=, out_length);
      previous = mapped;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;

  fuzz_init ();

  transcript = gloss_import_data ((const char *) data, size, NAME, NULL, NULL, &error);
  fuzz_report (error);
  if (transcript == NULL)
    {
      const char *encoding;

      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, NAME));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));

      /* an encoding the error suggests reads the bytes */
      encoding = gloss_import_error_get_encoding (error);
      if (encoding != NULL)
        {
          GlossImportOptions options = { .encoding = encoding };
          g_autoptr(GError) again = NULL;

          transcript = gloss_import_data ((const char *) data, size, NAME, NULL, &options, &again);
          if (transcript == NULL)
            g_assert_error (again, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY);
          else
            check_transcript (transcript);
        }
      return 0;
    }
  g_assert_null (error);

  check_transcript (transcript);
  check_offset_map ((const char *) data, size);
  return 0;
}
