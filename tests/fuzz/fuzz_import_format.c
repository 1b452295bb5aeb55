/* One import format's reader, chosen at build time (FUZZ_FORMAT, e.g.
 * "docx"; FUZZ_NAME, the file name its messages begin with): an error
 * naming the file, or a transcript that keeps every invariant. */

#include "gloss-import-format.h"

#include "fuzz.h"
#include "fuzz-transcript.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;

  fuzz_init ();

  transcript = gloss_import_data ((const char *) data, size, FUZZ_NAME, FUZZ_FORMAT, NULL, &error);
  fuzz_report (error);
  if (transcript == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == GLOSS_IMPORT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, FUZZ_NAME ": "));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_null (error);
  fuzz_check_transcript (transcript);
  return 0;
}
