#include "gloss-project-file.h"

#include "fuzz.h"

#define NAME "fuzz.gloss"

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
