#pragma once

#include "gloss-project-snapshot.h"

G_BEGIN_DECLS

/* The snapshot's insides, for the writer. A text's content, turns and
 * participants do not change after import, nor do a claim's id, text
 * and creation time while it lives: those are borrowed, under a
 * reference. Everything an edit replaces (and frees) is copied or, for a
 * claim's words, acquired. */

typedef struct
{
  GlossTranscript *text;          /* owned reference; NULL: no such text */
  const char      *content;       /* borrowed from text */
  gsize            size;
  char            *title;
  char            *date;
  char            *place;
  char            *language;
  char            *source;
  GArray          *turns;         /* GlossTurn, strings borrowed from text */
  GArray          *participants;  /* GlossParticipant, strings borrowed */
} GlossSnapshotText;

typedef struct
{
  char    *id;
  char    *name;
  char    *color;
  char    *key;
  char   **keywords;
  char    *regex;
  gsize    id_length;
  guint64  id_head;  /* the first bytes of id, for a quick comparison */
} GlossSnapshotTopic;

typedef struct
{
  GlossClaim    *claim;           /* owned reference */
  guint          start;
  guint          end;
  char          *quote;           /* GRefStrings, acquired */
  char          *prefix;
  char          *suffix;
  char          *previous_quote;  /* or NULL */
  const char    *note;            /* in the string chunk, or "" */
  const char    *author;          /* in the string chunk, or "": an edit changes it */
  GDateTime     *modified;        /* owned reference */
  gsize          topics;          /* index of a NULL-terminated run in topic_ids */
  GlossTextRole  role;
  gboolean       orphaned;
  GlossClaimStatus status;
  GPtrArray     *sources;         /* the claim's own array, referenced: never changed */
  /* owned reference, or NULL; a version in no project never changes */
  GlossClaim    *conflict;
} GlossSnapshotClaim;

struct _GlossProjectSnapshot
{
  GlossSnapshotText   texts[GLOSS_TEXT_ROLE_LAST + 1];
  GlossAlignment     *alignment;  /* owned reference, or NULL; a value */

  GlossSnapshotTopic *topics;
  guint               n_topics;
  GlossSnapshotClaim *claims;
  guint               n_claims;
  /* claims' topic ids: pointers to topics[].id (or into strings for an id
   * the project does not know), each claim's run ended by NULL */
  const char        **topic_ids;
  gsize               n_topic_ids;
  gsize               topic_ids_size;
  GStringChunk       *strings;
  /* the rejected suggestions, copied */
  char              **rejected;
};

G_END_DECLS
