#pragma once

#include "gloss-anchor.h"
#include "gloss-project.h"

G_BEGIN_DECLS

/* A revised transcript for a project, with where each claim on the old one
 * goes (gloss-anchor): what gloss_history_replace_transcript applies and
 * what the window's summary and `gloss-cli revise` report. It changes
 * nothing in the project.
 *
 * The revised text keeps the project's title, date, place and language
 * where the project has them, and its participants (followed by any new
 * ones the revised text names); its turns and source are its own. Claims
 * that were already orphans stay orphans (their words are not in the old
 * text either, so nothing says where they belong); an orphan keeps a
 * one-character span where its old start maps to, so that it keeps its
 * place in the list. An alignment with an original text is carried over
 * through the diff: paragraph spans are mapped, turn pairs follow the
 * turn each old turn's start falls in. */
typedef struct _GlossRevision GlossRevision;

/* @revised: the revised text as imported, fresh: the revision completes
 * its metadata from the project's */
GlossRevision     *gloss_revision_new            (GlossProject      *project,
                                                  GlossTranscript   *revised);
/* the same with the fuzzy threshold of gloss_anchor_claims_full */
GlossRevision     *gloss_revision_new_full       (GlossProject      *project,
                                                  GlossTranscript   *revised,
                                                  double             threshold);
/* Looks again for the project's orphans in its own transcript (claims a
 * hand edit of the text left behind: see GLOSS_PROJECT_LOAD_KEEP_MISMATCHED),
 * without a diff (see gloss-anchor.h); the placed claims stay where they
 * are and count as exact. */
GlossRevision     *gloss_revision_new_reanchor   (GlossProject      *project);
void               gloss_revision_free           (GlossRevision     *self);

GlossProject      *gloss_revision_get_project    (GlossRevision     *self);
GlossTranscript   *gloss_revision_get_transcript (GlossRevision     *self);
/* the alignment with the original re-aligned to the revised text, or NULL
 * when the project has none */
GlossAlignment    *gloss_revision_get_alignment  (GlossRevision     *self);

/* the project's claims on its transcript, in the project's order */
guint              gloss_revision_get_n_claims   (GlossRevision     *self);
GlossClaim        *gloss_revision_get_claim      (GlossRevision     *self,
                                                  guint              index);
const GlossAnchorResult *
                   gloss_revision_get_result     (GlossRevision     *self,
                                                  guint              index);
/* how many claims have @status */
guint              gloss_revision_count          (GlossRevision     *self,
                                                  GlossAnchorStatus  status);

/* The placements gloss_project_replace_transcript takes, one per claim
 * (the strings belong to the revision). Fuzzy claims keep the quote they
 * had before their first revision as their previous quote. */
const GlossClaimPlacement *
                   gloss_revision_get_placements (GlossRevision     *self,
                                                  guint             *n_placements);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossRevision, gloss_revision_free)

G_END_DECLS
