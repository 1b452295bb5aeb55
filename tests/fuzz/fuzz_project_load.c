#include "gloss-history.h"
#include "gloss-project-file.h"
#include "gloss-revision.h"

#include "fuzz.h"

#define NAME "fuzz.gloss"

/* The lenient load of a hand-edited text accepts at least what the strict
 * one does; what it accepts, re-anchored, saves to a file the strict load
 * reads back with as many claims. */
static void
load_leniently (const uint8_t *data,
                size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossProject) reloaded = NULL;
  g_autoptr(GlossHistory) history = NULL;
  g_autoptr(GlossRevision) revision = NULL;
  g_autoptr(GBytes) bytes = NULL;

  project = gloss_project_file_load_data_full ((const char *) data, size, NAME,
                                               GLOSS_PROJECT_LOAD_KEEP_MISMATCHED, &error);
  if (project == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, NAME));
      return;
    }
  g_assert_null (error);

  if (gloss_transcript_get_length (gloss_project_get_transcript (project)) > 0)
    {
      revision = gloss_revision_new_reanchor (project);
      history = gloss_history_new (project);
      gloss_history_replace_transcript (history, revision);
    }
  bytes = gloss_project_file_to_bytes (project);
  reloaded = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                           NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (reloaded), ==, gloss_project_get_n_claims (project));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossProject) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes_again = NULL;

  fuzz_init ();
  load_leniently (data, size);

  project = gloss_project_file_load_data ((const char *) data, size, NAME, &error);
  fuzz_report (error);
  if (project == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, NAME));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_null (error);

  /* what was accepted saves, the saved form loads, and saving is canonical */
  bytes = gloss_project_file_to_bytes (project);
  g_assert_nonnull (bytes);
  reloaded = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes),
                                           NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (reloaded), ==,
                    gloss_project_get_n_claims (project));
  g_assert_cmpuint (gloss_project_get_n_topics (reloaded), ==,
                    gloss_project_get_n_topics (project));
  bytes_again = gloss_project_file_to_bytes (reloaded);
  g_assert_true (g_bytes_equal (bytes, bytes_again));

  return 0;
}
