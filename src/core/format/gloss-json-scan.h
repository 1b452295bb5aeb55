#pragma once

#include <glib.h>

#include "gloss-project-file.h"

G_BEGIN_DECLS

/* One linear pass over a file before json-glib sees it, for what json-glib
 * 1.6 gets wrong or reports badly. It refuses, with the member path and the
 * line and column where it can:
 *
 * - invalid UTF-8 and NUL bytes (INVALID_UTF8, with the byte offset);
 * - "\u0000" and lone surrogate escapes (INVALID_UTF8), octal, hex and
 *   unknown escapes (SYNTAX);
 * - nesting deeper than GLOSS_PROJECT_FILE_MAX_DEPTH (TOO_DEEP);
 * - integers of more than GLOSS_JSON_MAX_NUMBER_DIGITS digits (RANGE);
 * - numbers and words outside JSON's grammar: NaN, leading zeros, single
 *   quotes, comments (SYNTAX);
 * - a file that ends inside a string, object or array, or holds nothing
 *   (TRUNCATED: a copy cut short, with the member path where it stops).
 *
 * The rest of the grammar (brackets, commas) is json-glib's to check. An
 * encoding error anywhere in the file is reported before any other. */

#define GLOSS_JSON_MAX_NUMBER_DIGITS 15

gboolean gloss_json_scan          (const char            *data,
                                   gsize                  length,
                                   const char            *display_name,
                                   GError               **error);

/* "NAME: MESSAGE" in GLOSS_PROJECT_FILE_ERROR; returns FALSE */
gboolean gloss_json_set_error     (GError               **error,
                                   const char            *display_name,
                                   GlossProjectFileError  code,
                                   const char            *format,
                                   ...) G_GNUC_PRINTF (4, 5);

/* 1-based line and column (in characters) of byte @byte of @data */
void     gloss_json_position      (const char            *data,
                                   gsize                  byte,
                                   guint                 *line,
                                   guint                 *column);

G_END_DECLS
