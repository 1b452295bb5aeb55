#pragma once

#include <gio/gio.h>

#include "gloss-export-format.h"
#include "gloss-review.h"

G_BEGIN_DECLS

/* A review's findings are not claims, so they have writers of their own
 * beside the claim-export table. Both write the same findings as
 * `gloss-cli review --json`, in the review's order. */

/* An HTML report: the two texts side by side, turn pair by turn pair,
 * every figure marked with its status (a mismatch or a missing figure is
 * flagged and linked to the table of findings at the top), the counts per
 * status. Self-contained (styles inline), escaped, lang= on each side. */
GBytes *gloss_review_export_html (GlossReview       *review,
                                  GlossExportFlags   flags,
                                  GError           **error);
/* A CSV of the findings (RFC 4180, UTF-8 with a byte-order mark unless
 * GLOSS_EXPORT_FLAGS_NO_BOM): status, translation turn, translation
 * speaker, translation figure, its start, end, value, end of its range and
 * unit, the same
 * for the original; a header row of column names that do not change with
 * the language (status, translation_turn, …). */
GBytes *gloss_review_export_csv  (GlossReview       *review,
                                  GlossExportFlags   flags,
                                  GError           **error);

G_END_DECLS
