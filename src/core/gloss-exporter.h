#pragma once

#include <gio/gio.h>

#include "gloss-project.h"

G_BEGIN_DECLS

typedef enum
{
  GLOSS_EXPORT_CSV,
  GLOSS_EXPORT_JSON,
  GLOSS_EXPORT_MARKDOWN,
  GLOSS_EXPORT_HTML,
  GLOSS_EXPORT_W3C,
} GlossExportFormat;

#define GLOSS_EXPORT_FORMAT_LAST GLOSS_EXPORT_W3C

typedef enum
{
  GLOSS_EXPORT_FLAGS_NONE   = 0,
  /* CSV without the UTF-8 byte-order mark */
  GLOSS_EXPORT_FLAGS_NO_BOM = 1 << 0,
} GlossExportFlags;

/* "csv", "json", "markdown", "html", "w3c" */
const char *gloss_export_format_to_string   (GlossExportFormat  format);
gboolean    gloss_export_format_from_string (const char        *str,
                                             GlossExportFormat *format);
/* file name extension without the dot: "csv", "json", "md", "html", "jsonld" */
const char *gloss_export_format_extension   (GlossExportFormat  format);
/* translated, for menus: "CSV spreadsheet", … */
const char *gloss_export_format_label       (GlossExportFormat  format);
const char *gloss_export_format_mime_type   (GlossExportFormat  format);

/* @claims: a GListModel of GlossClaim (a subset of the project's, e.g. the
 * sidebar's filter), or NULL for all claims. */
GBytes     *gloss_exporter_export           (GlossProject      *project,
                                             GListModel        *claims,
                                             GlossExportFormat  format,
                                             GlossExportFlags   flags,
                                             GError           **error);
/* atomic write of the same bytes */
gboolean    gloss_exporter_export_to_file   (GlossProject      *project,
                                             GListModel        *claims,
                                             GlossExportFormat  format,
                                             GlossExportFlags   flags,
                                             GFile             *file,
                                             GError           **error);

G_END_DECLS
