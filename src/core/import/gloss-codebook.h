#pragma once

#include <gio/gio.h>

#include "gloss-import-format.h"
#include "gloss-topic.h"

G_BEGIN_DECLS

/* REFI-QDA codebooks (.qdc, urn:QDA-XML:codebook:1.0): a project's topics
 * alone, to reuse them in another project or another QDA program. */

#define GLOSS_CODEBOOK_NAMESPACE "urn:QDA-XML:codebook:1.0"

/* @topics: GlossTopic *, in order; at least one (the schema wants a Code).
 * Each is a codable Code with its name and colour; the GUID is derived from
 * the topic's id, so the same topics give the same file. */
GBytes    *gloss_codebook_write (GPtrArray   *topics,
                                 GError     **error);
/* The codebook's codes as new topics (GlossTopic *, transfer full):
 * nested codes flattened to "Parent / Child", colours kept. Errors are
 * GLOSS_IMPORT_ERRORs that begin with @source_name; the XML is read
 * without network, DTD or entities. */
GPtrArray *gloss_codebook_read  (const char  *data,
                                 gsize        length,
                                 const char  *source_name,
                                 GError     **error);

G_END_DECLS
