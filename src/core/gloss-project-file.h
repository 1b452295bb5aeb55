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
 * wrong and where (a member path such as claims[3].start, or line:column).
 * On failure they return NULL and nothing else changes.
 *
 * Before json-glib sees the data, a linear pass refuses invalid UTF-8 and
 * NUL bytes (INVALID_UTF8, with the byte offset), "\u0000" and lone
 * surrogate escapes (INVALID_UTF8), nesting deeper than
 * GLOSS_PROJECT_FILE_MAX_DEPTH (TOO_DEEP), integers of more than 15 digits
 * (RANGE) and anything that is not JSON's grammar: single quotes, NaN,
 * leading zeros, comments (SYNTAX). load() also refuses what is not a
 * regular file (NOT_REGULAR) and files over GLOSS_PROJECT_FILE_MAX_SIZE
 * (TOO_LARGE) before reading.
 *
 * Optional members: transcript title, date, place, language, source, turns,
 * participants; a turn's speaker, outlet, answers; a participant's role; a
 * topic's key and keywords; a claim's prefix and suffix (taken from the text
 * when absent), note and author. Unknown members are ignored. prefix and
 * suffix must be exactly the text next to the claim but may have any
 * length. Negative offsets and offsets past the text are RANGE errors;
 * fractions and other types SCHEMA errors. */
GlossProject *gloss_project_file_load        (GFile         *file,
                                              GError       **error);
GlossProject *gloss_project_file_load_data   (const char    *data,
                                              gsize          length,
                                              const char    *display_name,
                                              GError       **error);

/* Canonical form: pretty-printed with two-space indents, keys in the order
 * of DESIGN.md, claims in the project's order, a final newline; transcript
 * title/date/place/language/source are left out when NULL or empty, a
 * turn's speaker/outlet when NULL and answers when -1, a participant's role
 * when NULL. Dates are written in UTC. save -> load -> save is
 * byte-identical. */
GBytes       *gloss_project_file_to_bytes    (GlossProject  *project);
/* atomic (gloss_file_replace_atomic, so errors are G_IO_ERRORs naming the
 * file); whether the project is now saved is its GlossDocument's business */
gboolean      gloss_project_file_save        (GlossProject  *project,
                                              GFile         *file,
                                              GError       **error);

/* What gloss_project_file_to_bytes writes, frozen, so that a worker thread
 * can serialize while the main thread goes on editing. Taking one is cheap
 * (it refs the transcript and the claims and copies only what edits
 * replace: metadata, topics, claims' topics, notes and modification times).
 * Take and free it on the thread that edits the project: freeing may drop
 * the last reference to claims removed since. to_bytes may run in any
 * thread, any number of times, and gives exactly what
 * gloss_project_file_to_bytes gave when the snapshot was taken. */
typedef struct _GlossProjectSnapshot GlossProjectSnapshot;

GlossProjectSnapshot *gloss_project_snapshot_new      (GlossProject               *project);
GBytes               *gloss_project_snapshot_to_bytes (const GlossProjectSnapshot *snapshot);
void                  gloss_project_snapshot_free     (GlossProjectSnapshot       *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossProjectSnapshot, gloss_project_snapshot_free)

G_END_DECLS
