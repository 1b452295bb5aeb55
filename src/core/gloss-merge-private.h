#pragma once

#include "gloss-merge.h"

G_BEGIN_DECLS

/* FALSE with GLOSS_MERGE_ERROR_TEXT_DIFFERS when @b's transcript or
 * original is not @a's, saying where they first differ. */
gboolean    _gloss_merge_check_texts  (GlossProject *a,
                                       const char   *a_name,
                                       GlossProject *b,
                                       const char   *b_name,
                                       GError      **error);

/* A copy of @claim (and of its conflict) for another project, with the
 * topic ids mapped through @topic_map (NULL: kept) and @id (NULL: the
 * claim's). Duplicate topics after mapping are dropped. */
GlossClaim *_gloss_merge_copy_claim   (GlossClaim   *claim,
                                       GHashTable   *topic_map,
                                       const char   *id);

/* same text, span, orphaned state, topics (in any order) and note; with
 * @with_conflict, the same conflict too */
gboolean    _gloss_merge_claims_equal (GlossClaim   *a,
                                       GlossClaim   *b,
                                       gboolean      with_conflict);

/* the same topics, in any order */
gboolean    _gloss_merge_same_topics  (GlossClaim   *a,
                                       GlossClaim   *b);

/* appends @note (taken) to @notes, or frees it when @notes is NULL */
void        _gloss_merge_add_note     (GPtrArray    *notes,
                                       char         *note);

G_END_DECLS
