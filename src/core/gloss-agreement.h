#pragma once

#include "gloss-project.h"

G_BEGIN_DECLS

/* Inter-annotator agreement (doc/agreement.md states each definition with
 * its formula and a worked example).
 *
 * The units are the code points of the transcript's spoken turns (remarks,
 * questions, answers; not the header or footer; the whole text when it has
 * no turns). For a topic, a unit is "in" for an annotator when any of that
 * annotator's claims with the topic covers it (claims on the transcript,
 * not orphans). Per topic:
 *
 * - observed: the share of agreeing pairs of annotators over all units
 *   (for two annotators, the share of units they agree on);
 * - kappa: Cohen's κ for two annotators, Fleiss' κ for more;
 * - alpha: Krippendorff's α, nominal;
 * - precision, recall, f1: claims matched by overlap (at least half of
 *   the longer claim) with the same topic; for two annotators the first is
 *   the reference; for more, f1 is the mean over pairs, and precision and
 *   recall are left undefined.
 *
 * "overall" pools every (unit, topic) decision; its f1 pools the matched
 * claims of all topics.
 *
 * A figure that is undefined is NAN: κ and α when every unit has the same
 * value for every annotator (expected disagreement 0: total agreement on
 * an all-in or all-out topic), precision and recall with no claims to
 * divide by, all of them with no unit. */
typedef struct
{
  char    *id;        /* NULL for overall */
  char    *name;
  guint64  units;     /* unit decisions counted: code points (× topics for overall) */
  guint    claims;    /* claims with the topic, all annotators together */
  double   observed;
  double   kappa;
  double   alpha;
  double   precision;
  double   recall;
  double   f1;
} GlossAgreementFigures;

typedef struct _GlossAgreement GlossAgreement;

/* @projects (at least two) must be on the same texts, else
 * GLOSS_MERGE_ERROR_TEXT_DIFFERS; @names name them in messages. Topics are
 * matched by id: every topic of any project is counted, in the first
 * project's order, then the others'. With @topic_id, only that topic
 * (overall is then that topic's figures); a topic no project has is
 * G_IO_ERROR_NOT_FOUND. */
GlossAgreement              *gloss_agreement_new           (GlossProject * const *projects,
                                                            const char * const   *names,
                                                            guint                 n_projects,
                                                            const char           *topic_id,
                                                            GError              **error);
void                         gloss_agreement_free          (GlossAgreement       *self);

guint                        gloss_agreement_get_n_annotators (GlossAgreement    *self);
/* the spoken code points */
guint                        gloss_agreement_get_n_units   (GlossAgreement       *self);
guint                        gloss_agreement_get_n_topics  (GlossAgreement       *self);
const GlossAgreementFigures *gloss_agreement_get_topic     (GlossAgreement       *self,
                                                            guint                 index);
const GlossAgreementFigures *gloss_agreement_get_overall   (GlossAgreement       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossAgreement, gloss_agreement_free)

G_END_DECLS
