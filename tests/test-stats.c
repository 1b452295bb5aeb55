/* The statistics' counts against counts made by hand. */

#include "config.h"

#include "gloss-claim-private.h"
#include "gloss-stats.h"

static void
add (GlossProject *project,
     guint         start,
     guint         end,
     const char   *topics,
     GlossClaimStatus status)
{
  g_auto(GStrv) ids = g_strsplit (topics, ",", -1);
  g_autoptr(GlossClaim) claim = gloss_claim_new (gloss_project_get_transcript (project), start, end,
                                                 (const char * const *) ids, NULL, NULL);

  _gloss_claim_set_status (claim, status);
  gloss_project_add_claim (project, claim);
}

static void
test_stats_matrix (void)
{
  /* 0-17 Li Wei remarks; 18-39 a question by Daily News; 40-69 Li Wei's
   * answer; 70-99 a question nobody labelled; 100-119 Ann's answer */
  g_autofree char *text = g_strnfill (120, 'x');
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossStats) stats = NULL;
  g_autoptr(GlossClaim) orphan = NULL;
  const char *vaccines[] = { "vaccines", NULL };
  int li, news, ann, nobody;

  gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 0, 18, "Li Wei", NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_QUESTION, 18, 40, NULL, "Daily News", -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_ANSWER, 40, 70, "Li Wei", NULL, 1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_QUESTION, 70, 100, NULL, NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_ANSWER, 100, 120, "Ann", NULL, 3);
  project = gloss_project_new (transcript);

  add (project, 1, 5, "5g", GLOSS_CLAIM_STATUS_VERIFIED);
  add (project, 6, 9, "5g,vaccines", GLOSS_CLAIM_STATUS_VERIFIED);
  add (project, 20, 30, "vaccines", GLOSS_CLAIM_STATUS_DISPUTED);
  add (project, 41, 50, "5g", GLOSS_CLAIM_STATUS_FALSE);
  add (project, 51, 60, "green-manufacturing", GLOSS_CLAIM_STATUS_UNCHECKED);
  add (project, 101, 110, "vaccines", GLOSS_CLAIM_STATUS_NEEDS_SOURCE);
  orphan = gloss_claim_new (transcript, 111, 115, vaccines, NULL, NULL);
  gloss_project_add_claim (project, orphan);
  gloss_project_move_claim (project, orphan, 111, 115, TRUE);

  stats = gloss_stats_new (project);
  g_assert_cmpuint (stats->n_claims, ==, 7);
  li = gloss_stats_speaker_index (stats, "Li Wei");
  news = gloss_stats_speaker_index (stats, "Daily News");
  ann = gloss_stats_speaker_index (stats, "Ann");
  nobody = gloss_stats_speaker_index (stats, "Unidentified questioner");
  g_assert_cmpint (li, ==, 0);
  g_assert_cmpint (news, ==, 1);
  g_assert_cmpint (ann, >, news);
  g_assert_cmpint (gloss_stats_speaker_index (stats, "Nobody"), ==, -1);

  /* topics in the project's order: 5g, vaccines, green-manufacturing */
  g_assert_cmpuint (gloss_stats_count (stats, 0, li), ==, 3);
  g_assert_cmpuint (gloss_stats_count (stats, 1, li), ==, 1);
  g_assert_cmpuint (gloss_stats_count (stats, 2, li), ==, 1);
  /* an outlet asking is the speaker of its question */
  g_assert_cmpuint (gloss_stats_count (stats, 1, news), ==, 1);
  g_assert_cmpuint (gloss_stats_count (stats, 0, news), ==, 0);
  g_assert_cmpuint (gloss_stats_count (stats, 1, ann), ==, 1);
  if (nobody >= 0)
    g_assert_cmpuint (gloss_stats_count (stats, 1, nobody), ==, 0);
  /* the orphan has no speaker */
  g_assert_cmpuint (stats->topic_unspoken[1], ==, 1);
  g_assert_cmpuint (stats->topic_unspoken[0], ==, 0);

  g_assert_cmpuint (stats->by_status[GLOSS_CLAIM_STATUS_VERIFIED], ==, 2);
  g_assert_cmpuint (stats->by_status[GLOSS_CLAIM_STATUS_UNCHECKED], ==, 2);
  g_assert_cmpuint (stats->by_status[GLOSS_CLAIM_STATUS_NEEDS_SOURCE], ==, 1);

  /* the question and its answer count together */
  g_assert_cmpuint (stats->questions->len, ==, 2);
  g_assert_cmpuint (g_array_index (stats->questions, GlossStatsQuestion, 0).turn, ==, 1);
  g_assert_cmpstr (g_array_index (stats->questions, GlossStatsQuestion, 0).asked_by, ==, "Daily News");
  g_assert_cmpuint (g_array_index (stats->questions, GlossStatsQuestion, 0).claims, ==, 3);
  g_assert_cmpuint (g_array_index (stats->questions, GlossStatsQuestion, 1).claims, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stats/matrix", test_stats_matrix);

  return g_test_run ();
}
