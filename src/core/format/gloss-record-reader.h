#pragma once

#include "gloss-claim.h"
#include "gloss-json-reader.h"

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

G_END_DECLS
