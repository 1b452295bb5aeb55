#include <json-glib/json-glib.h>

#include "gloss-export-format.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"

#include "fuzz.h"

#define MAX_CLAIMS 16

static void
export_all (GlossProject *project)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();
  g_autoptr(GListStore) subset = g_list_store_new (GLOSS_TYPE_CLAIM);

  /* the sidebar's filter hands the exporters a subset: every other claim */
  for (guint i = 1; i < gloss_project_get_n_claims (project); i += 2)
    g_list_store_append (subset, gloss_project_get_claim (project, i));

  for (guint f = 0; formats[f] != NULL; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      bytes = gloss_export (project, G_LIST_MODEL (subset), formats[f],
                            GLOSS_EXPORT_FLAGS_NO_BOM, &error);
      g_assert_no_error (error);
      g_assert_nonnull (bytes);
    }

  for (guint f = 0; formats[f] != NULL; f++)
    {
      const char *mime_type = gloss_export_format_get_mime_type (formats[f]);

      for (GlossExportFlags flags = 0; flags <= GLOSS_EXPORT_FLAGS_NO_BOM; flags++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = NULL;
          gsize size = 0;
          const char *data;

          bytes = gloss_export (project, NULL, formats[f], flags, &error);
          g_assert_no_error (error);
          g_assert_nonnull (bytes);
          data = g_bytes_get_data (bytes, &size);
          if (g_str_equal (mime_type, "text/csv") && !(flags & GLOSS_EXPORT_FLAGS_NO_BOM))
            {
              g_assert_cmpuint (size, >=, 3);
              g_assert_cmpmem (data, 3, "\xef\xbb\xbf", 3);
            }
          if (gloss_export_format_is_text (formats[f]))
            g_assert_true (g_utf8_validate (data, size, NULL));
          else
            g_assert_cmpmem (data, MIN (size, 4), "PK\3\4", 4);

          /* what scripts read must parse */
          if (g_str_equal (mime_type, "application/json") ||
              g_str_equal (mime_type, "application/ld+json"))
            {
              g_autoptr(JsonParser) parser = json_parser_new ();

              json_parser_load_from_data (parser, data, size, &error);
              g_assert_no_error (error);
            }
        }
    }
}

/* a transcript made from the input, with claims placed by the input bytes,
 * must save, load back and export */
static void
fuzz_transcript (const uint8_t *data,
                 size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossProject) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint length;
  guint n_topics;

  transcript = gloss_import_data ((const char *) data, size, "fuzz.txt", NULL, NULL, &error);
  if (transcript == NULL)
    return;

  project = gloss_project_new (transcript);
  length = gloss_transcript_get_length (transcript);
  n_topics = gloss_project_get_n_topics (project);

  for (guint i = 0; i + 4 <= size && i / 4 < MAX_CLAIMS && length > 0; i += 4)
    {
      g_autoptr(GlossClaim) claim = NULL;
      g_autofree char *excerpt = NULL;
      g_autofree char *note = NULL;
      const char *topics[3] = { NULL, NULL, NULL };
      guint start = ((guint) data[i] << 8 | data[i + 1]) % length;
      guint end = start + 1 + ((guint) data[i + 2] << 8 | data[i + 3]) % (length - start);

      if (n_topics > 0)
        {
          topics[0] = gloss_topic_get_id (gloss_project_get_topic (project, data[i] % n_topics));
          if (data[i + 1] & 1)
            topics[1] = gloss_topic_get_id (gloss_project_get_topic (project, data[i + 2] % n_topics));
          if (g_strcmp0 (topics[0], topics[1]) == 0)
            topics[1] = NULL;
        }
      /* notes hold the characters exporters must escape, and the text itself */
      excerpt = gloss_transcript_dup_slice (transcript, start, MIN (end, start + 40));
      note = g_strconcat ("\"=cmd|' ,;<b>&amp;\r\n", excerpt, NULL);
      claim = gloss_claim_new (transcript, start, end, topics, note, "fuzz <author>");
      gloss_project_add_claim (project, claim);
    }

  bytes = gloss_project_file_to_bytes (project);
  reloaded = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes),
                                           "saved.gloss", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (reloaded), ==,
                    gloss_project_get_n_claims (project));

  export_all (project);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;

  fuzz_init ();

  project = gloss_project_file_load_data ((const char *) data, size, "fuzz.gloss", &error);
  if (project != NULL)
    export_all (project);
  else
    fuzz_transcript (data, size);

  return 0;
}
