#pragma once

#include "gloss-json-reader.h"
#include "gloss-project-reader.h"

G_BEGIN_DECLS

/* What gloss-project-reader.c and -claims.c share. */

#define PATH_SIZE 64

typedef GlossJsonReader Reader;

#define REQUIRED GLOSS_JSON_REQUIRED
#define OPTIONAL GLOSS_JSON_OPTIONAL

/* reads "claims" of @root into @project, whose texts and topics (ids in
 * @topic_ids, to their index) are already read */
gboolean _gloss_project_reader_read_claims (Reader                *reader,
                                            JsonObject            *root,
                                            GlossProject          *project,
                                            GHashTable            *topic_ids,
                                            GlossProjectLoadFlags  flags);

G_END_DECLS
