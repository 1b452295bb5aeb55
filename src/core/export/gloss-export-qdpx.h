#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the QDPX writer and reader share (REFI-QDA, QDA-XML 1.0) */
#define GLOSS_QDPX_PROJECT_ENTRY "project.qde"
#define GLOSS_QDPX_SOURCES_DIR   "Sources/"
#define GLOSS_QDPX_NAMESPACE     "urn:QDA-XML:project:1.0"

/* A claim's UUID as it is (lower case); anything else a name-based GUID
 * in the shape of a version 5 UUID, the same for the same @kind and @id */
char *_gloss_qdpx_guid_for (const char *kind,
                            const char *id);

G_END_DECLS
