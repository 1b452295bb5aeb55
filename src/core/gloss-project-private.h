#pragma once

#include "gloss-claim-index.h"
#include "gloss-project.h"

G_BEGIN_DECLS

/* What gloss-project.c, -claims.c, -topics.c and -texts.c share: the
 * struct and the signals every edit ends with. */

struct _GlossProject
{
  GObject parent_instance;

  GlossTranscript *transcript;
  GlossTranscript *original;
  GlossAlignment *alignment;

  GListStore *topics;
  /* topic id -> topic (ids are construct-only); exporters look topics up per claim */
  GHashTable *topics_by_id;

  /* sorted by gloss_claim_compare; owns a reference to each claim */
  GlossClaimIndex *claims;
  /* claim id -> claim (the key is the claim's own id string) */
  GHashTable *claims_by_id;
};

typedef enum
{
  GLOSS_PROJECT_PROP_0,
  GLOSS_PROJECT_PROP_TRANSCRIPT,
  GLOSS_PROJECT_PROP_ORIGINAL,
  GLOSS_PROJECT_PROP_ALIGNMENT,
  GLOSS_PROJECT_N_PROPS
} GlossProjectProperty;

/* "changed": every edit emits it once, last */
void _gloss_project_emit_changed       (GlossProject         *self);
void _gloss_project_emit_claim_changed (GlossProject         *self,
                                        GlossClaim           *claim);
void _gloss_project_emit_topic_changed (GlossProject         *self,
                                        GlossTopic           *topic);
void _gloss_project_notify             (GlossProject         *self,
                                        GlossProjectProperty  property);

G_END_DECLS
