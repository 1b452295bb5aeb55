#include <string.h>

#include "gloss-import-format.h"
#include "gloss-text-normalize.h"

#include "fuzz.h"
#include "fuzz-transcript.h"

#define NAME "fuzz.txt"

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
            fuzz_check_transcript (transcript);
        }
      return 0;
    }
  g_assert_null (error);

  fuzz_check_transcript (transcript);
  check_offset_map ((const char *) data, size);
  return 0;
}
