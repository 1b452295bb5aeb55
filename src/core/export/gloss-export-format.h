#pragma once

#include <gio/gio.h>

#include "gloss-export-record.h"
#include "gloss-project.h"

G_BEGIN_DECLS

/*
 * The export registry
 * -------------------
 * Every format Gloss can export is one entry of a table
 * (gloss-export-format.c): an id for the command line ("csv"), a file name
 * extension ("csv"), a MIME type, a label for menus and a writer. The
 * window's export dialog and `gloss-cli export` list the table; nothing
 * else knows which formats exist. A library outside the core (the PDF
 * report) adds its own with gloss_export_format_register ().
 *
 * What every format holds: the claims exported are @claims (or all the
 * project's), each once, in text order (gloss_claim_compare) whatever the
 * model's order, so the same input always gives the same bytes. See
 * gloss-export-record.h for the fields of a claim and doc/export-formats.md
 * for each format.
 */

typedef enum
{
  GLOSS_EXPORT_FLAGS_NONE   = 0,
  /* CSV without the UTF-8 byte-order mark */
  GLOSS_EXPORT_FLAGS_NO_BOM = 1 << 0,
} GlossExportFlags;

#define GLOSS_EXPORT_ERROR (gloss_export_error_quark ())

typedef enum
{
  /* a claim's span lies outside its text, or its text is missing */
  GLOSS_EXPORT_ERROR_INVALID_CLAIM,
  /* a writer could not write the format */
  GLOSS_EXPORT_ERROR_FAILED,
} GlossExportError;

typedef struct _GlossExportFormat GlossExportFormat;

/* Writes @records in one format. Returns NULL and sets @error on failure. */
typedef GBytes *(*GlossExportWriter) (const GlossExportRecords  *records,
                                      GlossExportFlags           flags,
                                      GError                   **error);

GQuark                     gloss_export_error_quark          (void);

/* every format, NULL-terminated, in the order menus show them; the array
 * lives as long as the process (registering a format appends to it) */
const GlossExportFormat * const *
                           gloss_export_formats              (void);
/* by id, ignoring ASCII case; NULL when there is none */
const GlossExportFormat   *gloss_export_format_lookup        (const char              *id);
/* by file name extension without the dot ("md"), ignoring ASCII case */
const GlossExportFormat   *gloss_export_format_for_extension (const char              *extension);

/* "csv", "json", "markdown", "html", "w3c", … */
const char                *gloss_export_format_get_id        (const GlossExportFormat *format);
/* without the dot: "csv", "json", "md", "html", "jsonld", … */
const char                *gloss_export_format_get_extension (const GlossExportFormat *format);
const char                *gloss_export_format_get_mime_type (const GlossExportFormat *format);
/* TRUE when the format writes UTF-8 text (by its MIME type: text/…, JSON,
 * …+json, …+xml); FALSE for archives and documents (QDPX, XLSX, PDF) */
gboolean                   gloss_export_format_is_text       (const GlossExportFormat *format);
/* translated, for menus: "CSV spreadsheet", … */
const char                *gloss_export_format_get_label     (const GlossExportFormat *format);

/* Adds a format to the table, after the built-in ones. Call it at startup,
 * on the main thread, before exporting. @label is untranslated: it is
 * translated in Gloss's domain when asked for. The id, extension and MIME
 * type must be new. Returns the entry, which lives as long as the process. */
const GlossExportFormat   *gloss_export_format_register      (const char              *id,
                                                              const char              *extension,
                                                              const char              *mime_type,
                                                              const char              *label,
                                                              GlossExportWriter        writer);

/* @claims: a GListModel of GlossClaim (a subset of the project's, e.g. the
 * sidebar's filter), or NULL for all claims. */
GBytes                    *gloss_export                      (GlossProject            *project,
                                                              GListModel              *claims,
                                                              const GlossExportFormat *format,
                                                              GlossExportFlags         flags,
                                                              GError                 **error);
/* the same bytes, written atomically (gloss_file_replace_atomic) */
gboolean                   gloss_export_to_file              (GlossProject            *project,
                                                              GListModel              *claims,
                                                              const GlossExportFormat *format,
                                                              GlossExportFlags         flags,
                                                              GFile                   *file,
                                                              GError                 **error);

G_END_DECLS
