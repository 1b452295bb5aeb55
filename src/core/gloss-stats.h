#pragma once

#include "gloss-project.h"

G_BEGIN_DECLS

/* Counts of a project's claims for the statistics view, the CLI and the
 * HTML report: topic × speaker, per status, per question. The speaker of a
 * claim is gloss-speaker's (an outlet asking is the speaker of its
 * question). A value: it does not follow later edits. */
typedef struct
{
  /* const char *: every speaker of the transcript's turns in order of first
   * appearance, then any other speaker a claim has (on the original); the
   * strings belong to the project's texts */
  GPtrArray *speakers;
  /* GlossTopic *, the project's, in its order (referenced) */
  GPtrArray *topics;
  /* [topic * n_speakers + speaker]: claims with the topic by the speaker */
  guint     *topic_speaker;
  /* claims of each topic without a speaker (in no turn, or orphaned) */
  guint     *topic_unspoken;
  guint      by_status[GLOSS_CLAIM_STATUS_LAST + 1];
  /* per question turn of the transcript, in text order */
  GArray    *questions;  /* GlossStatsQuestion */
  guint      n_claims;
} GlossStats;

typedef struct
{
  guint       turn;      /* the question's turn index */
  const char *asked_by;  /* gloss_speaker_asker */
  /* claims in the question and in the answers to it */
  guint       claims;
} GlossStatsQuestion;

GlossStats *gloss_stats_new            (GlossProject *project);
void        gloss_stats_free           (GlossStats   *stats);
guint       gloss_stats_count          (const GlossStats *stats,
                                        guint             topic,
                                        guint             speaker);
/* the speaker's position in stats->speakers, or -1 */
int         gloss_stats_speaker_index  (const GlossStats *stats,
                                        const char       *speaker);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossStats, gloss_stats_free)

G_END_DECLS
