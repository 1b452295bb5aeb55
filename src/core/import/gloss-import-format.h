#pragma once

#include <gio/gio.h>

#include "gloss-transcript.h"

typedef struct _GlossProject GlossProject;

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
  /* not UTF-8, but it reads as another encoding: the error carries that
   * encoding's name (gloss_import_error_get_encoding); import again with
   * GlossImportOptions.encoding set to it */
  GLOSS_IMPORT_ERROR_ENCODING,
  /* the encoding asked for (or announced by a byte-order mark) is unknown
   * or does not fit the bytes */
  GLOSS_IMPORT_ERROR_CONVERSION,
  GLOSS_IMPORT_ERROR_UNKNOWN_FORMAT,
  /* the file is not what its format says: a broken archive, malformed XML,
   * nesting deeper than a document needs, a missing part */
  GLOSS_IMPORT_ERROR_MALFORMED,
  /* the file asks for something a reader refuses: a DTD, external
   * entities, an archive that expands far beyond its size */
  GLOSS_IMPORT_ERROR_UNSAFE,
} GlossImportError;

/* files larger than this are refused before reading */
#define GLOSS_IMPORT_MAX_SIZE ((gsize) 256 * 1024 * 1024)

GQuark      gloss_import_error_quark        (void);
/* the encoding a GLOSS_IMPORT_ERROR_ENCODING error suggests, as an iconv
 * name ("WINDOWS-1252", "GB18030", "UTF-16LE"); NULL for any other error */
const char *gloss_import_error_get_encoding (const GError *error);

/* All members may be left zero. */
typedef struct
{
  /* the file's encoding as an iconv name ("WINDOWS-1252", "ISO-8859-1",
   * "GB18030"); NULL reads UTF-8, or UTF-16 after a byte-order mark */
  const char *encoding;
} GlossImportOptions;

/* One source format of the import table (plain text; later Markdown, HTML,
 * DOCX, subtitles...). The table is static: formats are never freed. */
typedef struct _GlossImportFormat GlossImportFormat;

/* every format, in the order a file chooser lists them; transfer none */
const GlossImportFormat * const *
            gloss_import_formats                (guint                    *n_formats);
/* NULL when no format has this id */
const GlossImportFormat *
            gloss_import_format_lookup          (const char               *id);

/* "text" */
const char *gloss_import_format_get_id          (const GlossImportFormat  *format);
/* translated: "Plain text transcript" */
const char *gloss_import_format_get_label       (const GlossImportFormat  *format);
/* without the dot: "txt", "text"; NULL-terminated */
const char * const *
            gloss_import_format_get_extensions  (const GlossImportFormat  *format);
/* "text/plain"; NULL-terminated */
const char * const *
            gloss_import_format_get_mime_types  (const GlossImportFormat  *format);

/* By name only (for drag and drop and file filters): the format whose
 * extension @file's name has, else NULL. */
const GlossImportFormat *
            gloss_import_format_for_file        (GFile                    *file);
const GlossImportFormat *
            gloss_import_format_for_mime_type   (const char               *mime_type);
/* By content first, then by @file_name's extension (may be NULL); the
 * plain-text format when nothing claims the bytes, so that its reader says
 * what is wrong with them. Never NULL. */
const GlossImportFormat *
            gloss_import_format_detect          (const char               *data,
                                                 gsize                     length,
                                                 const char               *file_name);

/* Reads @file (at most GLOSS_IMPORT_MAX_SIZE bytes) as @format_id, or as
 * the detected format when NULL. Messages about the file itself begin with
 * its path, messages about its contents with its name, and give byte
 * offsets where the bytes are wrong. */
GlossTranscript *
            gloss_import_file                   (GFile                    *file,
                                                 const char               *format_id,
                                                 const GlossImportOptions *options,
                                                 GError                  **error);
/* @source_name (a file name or path; may be NULL) names the text in
 * messages and in the transcript's source. */
GlossTranscript *
            gloss_import_data                   (const char               *data,
                                                 gsize                     length,
                                                 const char               *source_name,
                                                 const char               *format_id,
                                                 const GlossImportOptions *options,
                                                 GError                  **error);

/* The same, as a new project: the transcript with the default topics, or,
 * for a project format (REFI-QDA .qdpx), its codes as topics and its coded
 * passages as claims. */
GlossProject *
            gloss_import_project_file           (GFile                    *file,
                                                 const char               *format_id,
                                                 const GlossImportOptions *options,
                                                 GError                  **error);
GlossProject *
            gloss_import_project_data           (const char               *data,
                                                 gsize                     length,
                                                 const char               *source_name,
                                                 const char               *format_id,
                                                 const GlossImportOptions *options,
                                                 GError                  **error);

G_END_DECLS
