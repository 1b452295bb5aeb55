#pragma once

#include "gloss-claim.h"
#include "gloss-json-reader.h"
#include "gloss-project.h"

G_BEGIN_DECLS

/* A claim's record members, "status" and "sources" (both optional), read
 * strictly: an unknown status, a source without a URL, an invalid access
 * date or more than GLOSS_CLAIM_MAX_SOURCES sources is an error naming the
 * member path and the claim's id. *sources is a new list of GlossSource. */
gboolean gloss_record_reader_read (GlossJsonReader   *reader,
                                   JsonObject        *object,
                                   const char        *path,
                                   const char        *id,
                                   GlossClaimStatus  *status,
                                   GPtrArray        **sources);

/* A topic's optional "regex": *regex is borrowed, NULL when absent; a
 * pattern GRegex refuses is an error naming the topic and what is wrong. */
gboolean gloss_record_reader_read_regex    (GlossJsonReader   *reader,
                                            JsonObject        *object,
                                            const char        *path,
                                            const char        *topic_id,
                                            const char       **regex);
/* The project's optional "rejected_suggestions" (an array of non-empty
 * strings) added to @project. */
gboolean gloss_record_reader_read_rejected (GlossJsonReader   *reader,
                                            JsonObject        *root,
                                            GlossProject      *project);

G_END_DECLS
