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

#define GLOSS_EXPORT_ERROR (gloss_export_error_quark ())

typedef enum
{
  /* a claim's span lies outside the transcript text */
  GLOSS_EXPORT_ERROR_INVALID_CLAIM,
} GlossExportError;

/*
 * What every format holds
 * -----------------------
 * The claims exported are @claims (or all the project's), each once, in
 * transcript order (gloss_claim_compare) whatever the model's order, so the
 * same input always gives the same bytes. Offsets are Unicode code points
 * into the transcript text, half-open [start, end). Times are ISO 8601 UTC,
 * "2021-07-16T09:30:00Z". A claim's "turn" is the turn containing its start
 * (1-based, counting every turn, header included); "speaker" is that turn's
 * speaker (for a question, its outlet when it has no speaker);
 * "speaker_kind" is the turn's kind ("header", "remarks", "question",
 * "answer", "footer"); "asked_by", for an answer, is the outlet (or asker)
 * of the question it answers.
 *
 * CSV (text/csv; RFC 4180)
 *   UTF-8, with a byte-order mark unless GLOSS_EXPORT_FLAGS_NO_BOM; CRLF line
 *   ends; a field is quoted when it holds a comma, a double quote, CR or LF,
 *   and its double quotes are doubled. A header row of untranslated column
 *   ids, then one row per claim:
 *     id,topics,speaker,speaker_kind,asked_by,quote,note,start,end,turn,
 *     author,created,modified
 *   topics holds the topic names joined by "; " (in the project's topic
 *   order). Empty cells stand for missing values. A cell that would begin
 *   with =, +, -, @, TAB or CR gets a leading apostrophe (') so that no
 *   spreadsheet evaluates it as a formula (OWASP "CSV injection").
 *
 * JSON (application/json), pretty-printed:
 *   {
 *     "format": "gloss-claims",
 *     "version": 1,
 *     "project": { "title": s|null, "date": "YYYY-MM-DD"|null,
 *                  "place": s|null, "language": s|null, "source": s|null },
 *     "topics": [ { "id": s, "name": s, "color": "#rrggbb" }, … ],
 *     "claims": [ {
 *        "id": s, "topics": [topic id, …], "topic_names": [name, …],
 *        "speaker": s|null, "speaker_kind": s|null, "asked_by": s|null,
 *        "quote": s, "note": s, "start": n, "end": n, "turn": n|null,
 *        "author": s, "created": s|null, "modified": s|null }, … ]
 *   }
 *   "topics" lists every topic of the project, in the user's order; a claim's
 *   topic ids are in that same order. Readers must ignore unknown members.
 *
 * Markdown (text/markdown) and HTML (text/html)
 *   A report for people: claims grouped by topic (a claim with two topics
 *   appears under both; topics without claims are left out), each with its
 *   quote, speaker and role, the question it answers, the note and the
 *   sentence(s) around it; then a table of claims per speaker × topic.
 *   Headings are translated. The HTML is one self-contained file (inline CSS,
 *   printable) with everything from the project escaped.
 *
 * W3C Web Annotation (application/ld+json, https://www.w3.org/TR/annotation-model/)
 *   An AnnotationCollection with one embedded AnnotationPage ("first")
 *   holding one Annotation per claim: id "urn:uuid:<claim id>", motivation
 *   "tagging" ("commenting" when the claim has only a note, "highlighting"
 *   when it has neither), a TextualBody with purpose "tagging" per topic (its
 *   name), the note as a TextualBody with purpose "commenting" (no "body" at
 *   all when there is neither), and a target whose selectors are
 *   a TextQuoteSelector (exact/prefix/suffix) and a TextPositionSelector
 *   (start/end in code points). The target source is the transcript's
 *   source when it is an absolute URI, else a urn:uuid derived from the
 *   transcript text; the collection and page ids are derived from the text
 *   and the claim ids, so they are stable.
 */

GQuark      gloss_export_error_quark        (void);

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
