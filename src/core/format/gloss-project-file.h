#pragma once

#include <gio/gio.h>

#include "gloss-project.h"
#include "gloss-project-snapshot.h"

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
  GLOSS_PROJECT_FILE_ERROR_TRUNCATED,     /* ends inside a string, object or array; empty */
} GlossProjectFileError;

#define GLOSS_PROJECT_FORMAT_NAME    "gloss-project"
/* the version written; every version from 1 up to it is read */
#define GLOSS_PROJECT_FORMAT_VERSION 2
#define GLOSS_PROJECT_FILE_MAX_SIZE  ((gsize) 512 * 1024 * 1024)
#define GLOSS_PROJECT_FILE_MAX_DEPTH 64

GQuark        gloss_project_file_error_quark (void);

typedef enum
{
  GLOSS_PROJECT_LOAD_DEFAULT = 0,
  /* For a text edited by hand: a claim whose quote or context differs
   * from its text, or whose span runs past it, is read as an orphan with
   * the words the file gives it, for gloss_revision_new_reanchor () to find
   * again, instead of being a QUOTE or RANGE error; the turns are detected
   * again (as an import would; the file's own when the import would change
   * the text and they still fit, else none); an alignment that no longer
   * fits is dropped. */
  GLOSS_PROJECT_LOAD_KEEP_MISMATCHED = 1 << 0,
} GlossProjectLoadFlags;

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
 * Versions 1 and 2 are read (a version 1 file is a version 2 file without
 * the members version 2 added); a newer version is a VERSION error.
 * Optional members: a text's title, date, place, language, source, turns,
 * participants; a turn's speaker, outlet, answers; a participant's role; a
 * topic's key and keywords; a claim's prefix and suffix (taken from the text
 * when absent), note, author, text ("transcript" or "original"), orphaned
 * and previous_quote; the project's original (a text like the transcript)
 * and alignment (which needs an original). Unknown members are ignored.
 * prefix and suffix must be exactly the text next to the claim but may have
 * any length; an orphan's quote and context are not checked, its span must
 * still lie in its text. Negative offsets and offsets past the text are
 * RANGE errors; fractions and other types SCHEMA errors. Alignment turn
 * indexes must exist and be in text order on both sides, with no turn in
 * two pairs; paragraph spans must lie in each text, in order, without
 * overlapping (RANGE; a turn or link given twice is DUPLICATE_ID). */
GlossProject *gloss_project_file_load        (GFile         *file,
                                              GError       **error);
GlossProject *gloss_project_file_load_data   (const char    *data,
                                              gsize          length,
                                              const char    *display_name,
                                              GError       **error);
GlossProject *gloss_project_file_load_full   (GFile         *file,
                                              GlossProjectLoadFlags flags,
                                              GError       **error);
GlossProject *gloss_project_file_load_data_full (const char *data,
                                              gsize          length,
                                              const char    *display_name,
                                              GlossProjectLoadFlags flags,
                                              GError       **error);

/* Canonical form (version 2): pretty-printed with two-space indents, one
 * value a line, keys in the order of DESIGN.md (format, version,
 * transcript, original, alignment, topics, claims; a claim's text, orphaned
 * and previous_quote last), claims in the project's order, a final newline.
 * Left out: a text's title/date/place/language/source when NULL or empty, a
 * turn's speaker/outlet when NULL and answers when -1, a participant's role
 * when NULL; original and alignment when the project has none, the
 * alignment's paragraphs and user links when empty; a claim's text when it
 * is on the transcript, orphaned when false, previous_quote when NULL.
 * Dates are written in UTC. save -> load -> save is byte-identical. */
GBytes       *gloss_project_file_to_bytes    (GlossProject  *project);
/* atomic (gloss_file_replace_atomic, so errors are G_IO_ERRORs naming the
 * file); whether the project is now saved is its GlossDocument's business */
gboolean      gloss_project_file_save        (GlossProject  *project,
                                              GFile         *file,
                                              GError       **error);

G_END_DECLS
