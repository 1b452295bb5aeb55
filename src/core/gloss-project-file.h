#pragma once

#include <gio/gio.h>

#include "gloss-project.h"

G_BEGIN_DECLS

#define GLOSS_PROJECT_FILE_ERROR (gloss_project_file_error_quark ())

typedef enum
{
  GLOSS_PROJECT_FILE_ERROR_IO,
  GLOSS_PROJECT_FILE_ERROR_NOT_REGULAR,
  GLOSS_PROJECT_FILE_ERROR_TOO_LARGE,
  GLOSS_PROJECT_FILE_ERROR_TOO_DEEP,
  GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
  GLOSS_PROJECT_FILE_ERROR_SYNTAX,        /* not JSON */
  GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,   /* root not an object, wrong "format" */
  GLOSS_PROJECT_FILE_ERROR_VERSION,       /* newer or unknown version */
  GLOSS_PROJECT_FILE_ERROR_SCHEMA,        /* missing member, wrong type, bad value */
  GLOSS_PROJECT_FILE_ERROR_RANGE,         /* offset outside the text, start >= end */
  GLOSS_PROJECT_FILE_ERROR_QUOTE,         /* quote differs from the text */
  GLOSS_PROJECT_FILE_ERROR_UNKNOWN_TOPIC,
  GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
} GlossProjectFileError;

#define GLOSS_PROJECT_FORMAT_NAME    "gloss-project"
#define GLOSS_PROJECT_FORMAT_VERSION 1
#define GLOSS_PROJECT_FILE_MAX_SIZE  ((gsize) 512 * 1024 * 1024)
#define GLOSS_PROJECT_FILE_MAX_DEPTH 64

GQuark        gloss_project_file_error_quark (void);

/* Strict: every error message begins with the file's name and says what is
 * wrong and where (a member path such as claims[3].start, or line:column). */
GlossProject *gloss_project_file_load        (GFile         *file,
                                              GError       **error);
GlossProject *gloss_project_file_load_data   (const char    *data,
                                              gsize          length,
                                              const char    *display_name,
                                              GError       **error);

/* canonical form: pretty-printed, keys in a fixed order, claims sorted */
GBytes       *gloss_project_file_to_bytes    (GlossProject  *project);
/* atomic; on success sets the project's file and clears its modified flag */
gboolean      gloss_project_file_save        (GlossProject  *project,
                                              GFile         *file,
                                              GError       **error);

G_END_DECLS
