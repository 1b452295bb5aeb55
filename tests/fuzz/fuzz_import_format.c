/* One import format's reader, chosen at build time (FUZZ_FORMAT, e.g.
 * "docx"; FUZZ_NAME, the file name its messages begin with): an error
 * naming the file, or a transcript that keeps every invariant. */

#include "gloss-import-format.h"
#include "gloss-project.h"

#include "fuzz.h"
#include "fuzz-transcript.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  GlossTranscript *transcript;

  fuzz_init ();

  /* as a project: a project format's claims come along */
  project = gloss_import_project_data ((const char *) data, size, FUZZ_NAME, FUZZ_FORMAT, NULL, &error);
  fuzz_report (error);
  if (project == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == GLOSS_IMPORT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, FUZZ_NAME ": "));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_null (error);
  transcript = gloss_project_get_transcript (project);
  fuzz_check_transcript (transcript);
  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);
      g_autofree char *slice = NULL;

      g_assert_cmpuint (gloss_claim_get_start (claim), <, gloss_claim_get_end (claim));
      g_assert_cmpuint (gloss_claim_get_end (claim), <=, gloss_transcript_get_length (transcript));
      slice = gloss_transcript_dup_slice (transcript, gloss_claim_get_start (claim), gloss_claim_get_end (claim));
      g_assert_cmpstr (slice, ==, gloss_claim_get_quote (claim));
      for (const char * const *t = gloss_claim_get_topics (claim); *t != NULL; t++)
        g_assert_nonnull (gloss_project_lookup_topic (project, *t));
    }
  return 0;
}
