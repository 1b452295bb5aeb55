#pragma once

#include "gloss-export-format.h"

G_BEGIN_DECLS

/* The PDF report: the report walker (gloss-export-report.h) laid out with
 * Pango on cairo's PDF surface, A4, CJK text in a CJK font. It needs no
 * GTK, so gloss-cli has it too. */

/* Adds the "pdf" format to the export registry; later calls do nothing.
 * Returns the format. */
const GlossExportFormat *gloss_export_pdf_register (void);

/* The report of @records as PDF bytes (the registered format's writer). */
GBytes                  *gloss_export_pdf_write    (const GlossExportRecords  *records,
                                                    GlossExportFlags           flags,
                                                    GError                   **error);

/* The report's pages, laid out once: a GPtrArray of cairo recording
 * surfaces, each GLOSS_EXPORT_PDF_PAGE_WIDTH × _HEIGHT points (A4), for
 * the PDF writer and for printing. */
#define GLOSS_EXPORT_PDF_PAGE_WIDTH  595.276
#define GLOSS_EXPORT_PDF_PAGE_HEIGHT 841.89
GPtrArray               *gloss_export_pdf_render_pages (const GlossExportRecords *records);
/* The transcript as it reads, the same way: each claim highlighted in its
 * first topic's colour, claim numbers (text order) in the margin. */
GPtrArray               *gloss_export_pdf_render_transcript_pages (GlossProject *project);

G_END_DECLS
