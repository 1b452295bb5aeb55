#include "config.h"

#include <glib/gi18n-lib.h>

#include "gloss-review-private.h"

const char *
gloss_review_status_label (GlossFigureFindingStatus status)
{
  switch (status)
    {
    case GLOSS_FIGURE_MATCH:
      /* TRANSLATORS: the status of a figure checked against the original */
      return _("match");
    case GLOSS_FIGURE_MISMATCH:
      return _("mismatch");
    case GLOSS_FIGURE_MISSING_IN_TRANSLATION:
      return _("missing in translation");
    case GLOSS_FIGURE_MISSING_IN_ORIGINAL:
      return _("missing in original");
    default:
      g_return_val_if_reached (NULL);
    }
}


G_DEFINE_FINAL_TYPE (GlossReviewFinding, gloss_review_finding, G_TYPE_OBJECT)

static void
gloss_review_finding_finalize (GObject *object)
{
  GlossReviewFinding *self = GLOSS_REVIEW_FINDING (object);

  g_clear_pointer (&self->figure[0], gloss_figure_free);
  g_clear_pointer (&self->figure[1], gloss_figure_free);

  G_OBJECT_CLASS (gloss_review_finding_parent_class)->finalize (object);
}

static void
gloss_review_finding_class_init (GlossReviewFindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gloss_review_finding_finalize;
}

static void
gloss_review_finding_init (GlossReviewFinding *self)
{
  self->turn[0] = self->turn[1] = -1;
  self->pair_turn[0] = self->pair_turn[1] = -1;
}

GlossFigureFindingStatus
gloss_review_finding_get_status (GlossReviewFinding *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_FINDING (self), GLOSS_FIGURE_MATCH);
  return self->status;
}

guint
gloss_review_finding_get_pair (GlossReviewFinding *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_FINDING (self), 0);
  return self->pair;
}

int
gloss_review_finding_get_turn (GlossReviewFinding *self,
                               GlossTextRole       role)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_FINDING (self), -1);
  g_return_val_if_fail (role <= GLOSS_TEXT_ROLE_LAST, -1);
  return self->turn[role];
}

int
gloss_review_finding_get_pair_turn (GlossReviewFinding *self,
                                    GlossTextRole       role)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_FINDING (self), -1);
  g_return_val_if_fail (role <= GLOSS_TEXT_ROLE_LAST, -1);
  return self->pair_turn[role];
}

const GlossFigure *
gloss_review_finding_get_figure (GlossReviewFinding *self,
                                 GlossTextRole       role)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_FINDING (self), NULL);
  g_return_val_if_fail (role <= GLOSS_TEXT_ROLE_LAST, NULL);
  return self->figure[role];
}

const char *
gloss_review_finding_get_text (GlossReviewFinding *self,
                               GlossTextRole       role)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (self, role);

  return figure != NULL ? figure->text : "";
}

guint
gloss_review_finding_get_start (GlossReviewFinding *self,
                                GlossTextRole       role)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (self, role);

  return figure != NULL ? figure->start : 0;
}

guint
gloss_review_finding_get_end (GlossReviewFinding *self,
                              GlossTextRole       role)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (self, role);

  return figure != NULL ? figure->end : 0;
}

double
gloss_review_finding_get_value (GlossReviewFinding *self,
                                GlossTextRole       role)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (self, role);

  return figure != NULL ? figure->value : 0.0;
}

const char *
gloss_review_finding_get_unit (GlossReviewFinding *self,
                               GlossTextRole       role)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (self, role);

  return figure != NULL ? figure->unit : "";
}

gboolean
gloss_review_finding_is_problem (GlossReviewFinding *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_FINDING (self), FALSE);
  return self->status != GLOSS_FIGURE_MATCH;
}

char *
gloss_review_finding_describe (GlossReviewFinding *self)
{
  const char *t, *o;

  g_return_val_if_fail (GLOSS_IS_REVIEW_FINDING (self), NULL);

  t = gloss_review_finding_get_text (self, GLOSS_TEXT_TRANSCRIPT);
  o = gloss_review_finding_get_text (self, GLOSS_TEXT_ORIGINAL);
  switch (self->status)
    {
    case GLOSS_FIGURE_MATCH:
      /* TRANSLATORS: %1$s is a figure in the translation, %2$s the same in the original */
      return g_strdup_printf (_("Match: %1$s in the translation, %2$s in the original"), t, o);
    case GLOSS_FIGURE_MISMATCH:
      return g_strdup_printf (_("Mismatch: %1$s in the translation, %2$s in the original"), t, o);
    case GLOSS_FIGURE_MISSING_IN_TRANSLATION:
      /* TRANSLATORS: %s is a figure of the original */
      return g_strdup_printf (_("Missing in the translation: %s in the original"), o);
    case GLOSS_FIGURE_MISSING_IN_ORIGINAL:
    default:
      /* TRANSLATORS: %s is a figure of the translation */
      return g_strdup_printf (_("Missing in the original: %s in the translation"), t);
    }
}
