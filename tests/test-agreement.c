/* Agreement figures against values worked out by hand (and Krippendorff's
 * published binary example). See doc/agreement.md for the definitions. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gloss-agreement.h"
#include "gloss-merge.h"

#define EPSILON 1e-9

static GlossProject *
project_new (GlossTranscript *text,
             const char      *topics)
{
  GlossProject *project = gloss_project_new_blank (text);
  g_auto(GStrv) ids = g_strsplit (topics, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GlossTopic) topic = gloss_topic_new (ids[i], ids[i], NULL);

      gloss_project_insert_topic (project, topic, i);
    }
  return project;
}

static void
add_claim (GlossProject *project,
           const char   *topic,
           guint         start,
           guint         end)
{
  const char *topics[] = { topic, NULL };
  g_autoptr(GlossClaim) claim = gloss_claim_new (gloss_project_get_transcript (project),
                                                 start, end, topics, "", "");

  gloss_project_add_claim (project, claim);
}

static GlossAgreement *
agreement (GlossProject **projects,
           guint          n,
           const char    *topic)
{
  const char *names[] = { "a", "b", "c", "d" };
  g_autoptr(GError) error = NULL;
  GlossAgreement *result = gloss_agreement_new (projects, names, n, topic, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

#define assert_figure(value, expected) g_assert_cmpfloat_with_epsilon ((value), (expected), EPSILON)

/* Krippendorff (2011), "Computing Krippendorff's alpha-reliability", two
 * observers, binary data, ten units:
 *   A: 0 1 0 0 0 0 0 0 1 0
 *   B: 1 1 1 0 0 1 0 0 0 0
 * They agree on 6 units: observed 0.6.
 * Cohen: pA = 2/10, pB = 4/10; Pe = .2 × .4 + .8 × .6 = .56;
 *   κ = (.6 − .56) / (1 − .56) = .04 / .44 = 0.090909…
 * α: n = 20 values, six 1s, fourteen 0s; the 4 disagreeing units give 4
 *   disagreeing pairs (each weighted 1/(m − 1) = 1):
 *   α = 1 − (n − 1) D / (n1 n0) = 1 − 19 × 4 / (6 × 14) = 0.095238…,
 *   the paper's α = 0.095.
 * Claims: A [1,2) [8,9), B [0,3) [5,6): [1,2) overlaps [0,3) by 1 < 3/2,
 *   no match: precision 0, recall 0, F1 0. */
static void
test_agreement_krippendorff_binary (void)
{
  g_autoptr(GlossTranscript) text = gloss_transcript_new ("abcdefghij", -1);
  g_autoptr(GlossProject) a = project_new (text, "x");
  g_autoptr(GlossProject) b = project_new (text, "x");
  GlossProject *projects[] = { a, b };
  g_autoptr(GlossAgreement) result = NULL;
  const GlossAgreementFigures *x;

  add_claim (a, "x", 1, 2);
  add_claim (a, "x", 8, 9);
  add_claim (b, "x", 0, 3);
  add_claim (b, "x", 5, 6);

  result = agreement (projects, 2, NULL);
  g_assert_cmpuint (gloss_agreement_get_n_units (result), ==, 10);
  g_assert_cmpuint (gloss_agreement_get_n_topics (result), ==, 1);
  x = gloss_agreement_get_topic (result, 0);
  g_assert_cmpstr (x->id, ==, "x");
  g_assert_cmpuint (x->units, ==, 10);
  g_assert_cmpuint (x->claims, ==, 4);
  assert_figure (x->observed, 0.6);
  assert_figure (x->kappa, 0.04 / 0.44);
  assert_figure (x->alpha, 1 - 76.0 / 84.0);
  g_assert_cmpfloat (fabs (x->alpha - 0.095), <, 0.0005);
  assert_figure (x->precision, 0);
  assert_figure (x->recall, 0);
  assert_figure (x->f1, 0);
  /* one topic: overall is the same */
  assert_figure (gloss_agreement_get_overall (result)->kappa, x->kappa);
}

/* Three annotators, Fleiss' κ. Text "HDR\nabcdefgh\nEND\n": header [0,4),
 * remarks [4,12) (the 8 units), footer [12,17).
 *   A: [4,8)   units 1-4
 *   B: [4,6)   units 1-2, and [0,3) in the header (no unit; a claim)
 *   C: [6,10)  units 3-6
 * Annotators "in" per unit: 2 2 2 2 1 1 0 0, so h0 = 2, h1 = 2, h2 = 4.
 * Agreeing pairs per unit, of 3 × 2 ordered: k = 0: 6, k = 1: 2, k = 2: 2:
 *   P̄ = (2 × 1 + 2 × 1/3 + 4 × 1/3) / 8 = 0.5 (observed).
 * p1 = (2 × 1 + 4 × 2) / 24 = 5/12; Pe = (5/12)² + (7/12)² = 74/144;
 *   κ = (72/144 − 74/144) / (70/144) = −2/70 = −0.028571…
 * α: n1 = 10, n0 = 14, 24 values; D = Σ h k (3 − k) / 2 = (2 × 2 + 4 × 2) / 2 = 6;
 *   α = 1 − 23 × 6 / (10 × 14) = 2/140 = 0.0142857…
 * F1 by pairs: A–B: A's [4,8) matches B's [4,6) (overlap 2 ≥ 4/2): recall
 *   1; of B's two claims one matches: precision 1/2; F1 = 2/3. A–C: [4,8)
 *   and [6,10) overlap 2 ≥ 4/2: F1 = 1. B–C: nothing overlaps: F1 = 0.
 *   Mean: 5/9. */
static void
test_agreement_fleiss (void)
{
  g_autoptr(GlossTranscript) text = gloss_transcript_new ("HDR\nabcdefgh\nEND\n", -1);
  g_autoptr(GlossProject) a = NULL, b = NULL, c = NULL;
  g_autoptr(GlossAgreement) result = NULL;
  const GlossAgreementFigures *x;

  gloss_transcript_add_turn (text, GLOSS_TURN_HEADER, 0, 4, NULL, NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_REMARKS, 4, 12, "Ana", NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_FOOTER, 12, 17, NULL, NULL, -1);
  a = project_new (text, "x");
  b = project_new (text, "x");
  c = project_new (text, "x");
  add_claim (a, "x", 4, 8);
  add_claim (b, "x", 0, 3);
  add_claim (b, "x", 4, 6);
  add_claim (c, "x", 6, 10);

  {
    GlossProject *projects[] = { a, b, c };

    result = agreement (projects, 3, NULL);
  }
  g_assert_cmpuint (gloss_agreement_get_n_units (result), ==, 8);
  x = gloss_agreement_get_topic (result, 0);
  assert_figure (x->observed, 0.5);
  assert_figure (x->kappa, -2.0 / 70.0);
  assert_figure (x->alpha, 2.0 / 140.0);
  assert_figure (x->f1, 5.0 / 9.0);
  /* precision and recall need a reference: only with two annotators */
  g_assert_true (isnan (x->precision));
  g_assert_true (isnan (x->recall));
}

/* Two topics pooled: x as in the Krippendorff example, y used by nobody.
 * 20 decisions: neither 15, one 4, both 1: observed 16/20 = 0.8.
 * pA = 2/20, pB = 4/20: Pe = .1 × .2 + .9 × .8 = .74; κ = .06/.26.
 * α: 40 values, six 1s: α = 1 − 39 × 4 / (6 × 34) = 1 − 156/204.
 * y alone: total agreement on "out": observed 1, κ and α undefined. */
static void
test_agreement_overall_and_undefined (void)
{
  g_autoptr(GlossTranscript) text = gloss_transcript_new ("abcdefghij", -1);
  g_autoptr(GlossProject) a = project_new (text, "x,y");
  g_autoptr(GlossProject) b = project_new (text, "x,y");
  GlossProject *projects[] = { a, b };
  g_autoptr(GlossAgreement) result = NULL;
  g_autoptr(GlossAgreement) only_y = NULL;
  const GlossAgreementFigures *overall, *y;

  add_claim (a, "x", 1, 2);
  add_claim (a, "x", 8, 9);
  add_claim (b, "x", 0, 3);
  add_claim (b, "x", 5, 6);

  result = agreement (projects, 2, NULL);
  overall = gloss_agreement_get_overall (result);
  g_assert_cmpuint (overall->units, ==, 20);
  assert_figure (overall->observed, 0.8);
  assert_figure (overall->kappa, 0.06 / 0.26);
  assert_figure (overall->alpha, 1 - 156.0 / 204.0);

  y = gloss_agreement_get_topic (result, 1);
  g_assert_cmpstr (y->id, ==, "y");
  assert_figure (y->observed, 1.0);
  g_assert_true (isnan (y->kappa));
  g_assert_true (isnan (y->alpha));
  g_assert_true (isnan (y->f1));

  only_y = agreement (projects, 2, "y");
  g_assert_cmpuint (gloss_agreement_get_n_topics (only_y), ==, 1);
  g_assert_true (isnan (gloss_agreement_get_overall (only_y)->kappa));
}

/* identical work on part of the text: κ = α = 1, F1 = 1; everything in
 * for both: κ and α undefined (no variation), observed 1 */
static void
test_agreement_total (void)
{
  g_autoptr(GlossTranscript) text = gloss_transcript_new ("abcdefghij", -1);
  g_autoptr(GlossProject) a = project_new (text, "x,all");
  g_autoptr(GlossProject) b = project_new (text, "x,all");
  GlossProject *projects[] = { a, b };
  g_autoptr(GlossAgreement) result = NULL;
  const GlossAgreementFigures *x, *all;

  for (guint i = 0; i < 2; i++)
    {
      add_claim (projects[i], "x", 2, 5);
      add_claim (projects[i], "all", 0, 10);
    }
  result = agreement (projects, 2, NULL);
  x = gloss_agreement_get_topic (result, 0);
  all = gloss_agreement_get_topic (result, 1);
  assert_figure (x->observed, 1);
  assert_figure (x->kappa, 1);
  assert_figure (x->alpha, 1);
  assert_figure (x->precision, 1);
  assert_figure (x->recall, 1);
  assert_figure (x->f1, 1);
  assert_figure (all->observed, 1);
  g_assert_true (isnan (all->kappa));
  g_assert_true (isnan (all->alpha));
}

/* no topics at all, no claims: nothing to measure */
static void
test_agreement_empty (void)
{
  g_autoptr(GlossTranscript) text = gloss_transcript_new ("abc", -1);
  g_autoptr(GlossProject) a = project_new (text, "x");
  g_autoptr(GlossProject) b = gloss_project_new_blank (text);
  GlossProject *projects[] = { a, b };
  g_autoptr(GlossAgreement) result = agreement (projects, 2, NULL);
  const GlossAgreementFigures *x = gloss_agreement_get_topic (result, 0);

  g_assert_cmpuint (x->claims, ==, 0);
  assert_figure (x->observed, 1);
  g_assert_true (isnan (x->kappa));
  g_assert_true (isnan (x->alpha));
  g_assert_true (isnan (x->precision));
  g_assert_true (isnan (x->recall));
  g_assert_true (isnan (x->f1));
}

static void
test_agreement_errors (void)
{
  g_autoptr(GlossTranscript) text = gloss_transcript_new ("abc", -1);
  g_autoptr(GlossTranscript) other = gloss_transcript_new ("abd", -1);
  g_autoptr(GlossProject) a = project_new (text, "x");
  g_autoptr(GlossProject) b = project_new (other, "x");
  g_autoptr(GlossProject) c = project_new (text, "x");
  GlossProject *differ[] = { a, b };
  GlossProject *same[] = { a, c };
  const char *names[] = { "a.gloss", "b.gloss" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossAgreement) result = NULL;

  result = gloss_agreement_new (differ, names, 2, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, GLOSS_MERGE_ERROR, GLOSS_MERGE_ERROR_TEXT_DIFFERS);
  g_assert_nonnull (strstr (error->message, "line 1, column 3 (character 2)"));
  g_clear_error (&error);

  result = gloss_agreement_new (same, names, 2, "nope", &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“nope”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreement/krippendorff-binary", test_agreement_krippendorff_binary);
  g_test_add_func ("/agreement/fleiss", test_agreement_fleiss);
  g_test_add_func ("/agreement/overall-and-undefined", test_agreement_overall_and_undefined);
  g_test_add_func ("/agreement/total", test_agreement_total);
  g_test_add_func ("/agreement/empty", test_agreement_empty);
  g_test_add_func ("/agreement/errors", test_agreement_errors);

  return g_test_run ();
}
