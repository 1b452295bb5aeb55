#pragma once

#include <gio/gio.h>

#include "gloss-transcript.h"

G_BEGIN_DECLS

#define GLOSS_IMPORT_ERROR (gloss_import_error_quark ())

typedef enum
{
  GLOSS_IMPORT_ERROR_IO,
  GLOSS_IMPORT_ERROR_NOT_REGULAR,
  GLOSS_IMPORT_ERROR_TOO_LARGE,
  GLOSS_IMPORT_ERROR_EMPTY,
  GLOSS_IMPORT_ERROR_INVALID_UTF8,
  GLOSS_IMPORT_ERROR_NUL,
} GlossImportError;

/* plain-text transcripts larger than this are refused before reading */
#define GLOSS_IMPORT_MAX_SIZE ((gsize) 256 * 1024 * 1024)

GQuark           gloss_import_error_quark     (void);

/* Error messages begin with @source_name (or the file's name) and give the
 * byte offset of invalid UTF-8 or a NUL byte. */
GlossTranscript *gloss_importer_import_file   (GFile       *file,
                                               GError     **error);
GlossTranscript *gloss_importer_import_data   (const char  *data,
                                               gsize        length,
                                               const char  *source_name,
                                               GError     **error);

G_END_DECLS
