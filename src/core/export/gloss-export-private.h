#pragma once

#include <json-glib/json-glib.h>

#include "gloss-export-format.h"
#include "gloss-export-report.h"

G_BEGIN_DECLS

/* The built-in writers, one file each; gloss-export-format.c lists them. */
GBytes *_gloss_export_write_csv        (const GlossExportRecords  *records,
                                        GlossExportFlags           flags,
                                        GError                   **error);
GBytes *_gloss_export_write_json       (const GlossExportRecords  *records,
                                        GlossExportFlags           flags,
                                        GError                   **error);
GBytes *_gloss_export_write_markdown   (const GlossExportRecords  *records,
                                        GlossExportFlags           flags,
                                        GError                   **error);
GBytes *_gloss_export_write_html       (const GlossExportRecords  *records,
                                        GlossExportFlags           flags,
                                        GError                   **error);
GBytes *_gloss_export_write_qdpx       (const GlossExportRecords  *records,
                                        GlossExportFlags           flags,
                                        GError                   **error);
GBytes *_gloss_export_write_xlsx       (const GlossExportRecords  *records,
                                        GlossExportFlags           flags,
                                        GError                   **error);
GBytes *_gloss_export_write_w3c        (const GlossExportRecords  *records,
                                        GlossExportFlags           flags,
                                        GError                   **error);

/* the HTML report's inline SVG charts (gloss-export-html-charts.c) */
void    _gloss_export_html_append_charts (GString                 *out,
                                          const GlossReport       *report,
                                          GlossReportEscapeFunc    escape);

/* JSON helpers the JSON and W3C writers share (gloss-export-json.c) */
void    _gloss_export_json_add_string  (JsonBuilder               *builder,
                                        const char                *member,
                                        const char                *value);
GBytes *_gloss_export_json_to_bytes    (JsonBuilder               *builder);

/* A CSV cell as RFC 4180 quotes it, neutralised against spreadsheet
 * formulas (gloss-export-csv.c) */
void    _gloss_export_csv_append_cell  (GString                   *out,
                                        const char                *value);
/* text escaped for HTML element content and attribute values
 * (gloss-export-html.c) */
char   *_gloss_export_html_escape      (const char                *text);

G_END_DECLS
