#include "config.h"

#include "gloss-project-file.h"

#include "gloss-fileutil.h"
#include "gloss-project-reader.h"

G_DEFINE_QUARK (gloss-project-file-error-quark, gloss_project_file_error)

GlossProject *
gloss_project_file_load_data_full (const char            *data,
                                   gsize                  length,
                                   const char            *display_name,
                                   GlossProjectLoadFlags  flags,
                                   GError               **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return gloss_project_reader_read (data, length, display_name, flags, error);
}

GlossProject *
gloss_project_file_load_data (const char  *data,
                              gsize        length,
                              const char  *display_name,
                              GError     **error)
{
  return gloss_project_file_load_data_full (data, length, display_name, GLOSS_PROJECT_LOAD_DEFAULT, error);
}

GlossProject *
gloss_project_file_load (GFile   *file,
                         GError **error)
{
  return gloss_project_file_load_full (file, GLOSS_PROJECT_LOAD_DEFAULT, error);
}

GlossProject *
gloss_project_file_load_full (GFile                  *file,
                              GlossProjectLoadFlags   flags,
                              GError                **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GlossProject) project = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!gloss_file_read_limited (file, GLOSS_PROJECT_FILE_MAX_SIZE,
                                GLOSS_PROJECT_FILE_ERROR,
                                GLOSS_PROJECT_FILE_ERROR_IO,
                                GLOSS_PROJECT_FILE_ERROR_NOT_REGULAR,
                                GLOSS_PROJECT_FILE_ERROR_TOO_LARGE,
                                &contents, &length, error))
    return NULL;

  display_name = gloss_file_display_name (file);
  return gloss_project_reader_read (contents, length, display_name, flags, error);
}

GBytes *
gloss_project_file_to_bytes (GlossProject *project)
{
  g_autoptr(GlossProjectSnapshot) snapshot = NULL;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  snapshot = gloss_project_snapshot_new (project);
  return gloss_project_snapshot_to_bytes (snapshot);
}

gboolean
gloss_project_file_save (GlossProject  *project,
                         GFile         *file,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const void *data;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = gloss_project_file_to_bytes (project);
  data = g_bytes_get_data (bytes, &size);
  return gloss_file_replace_atomic (file, data, size, error);
}
