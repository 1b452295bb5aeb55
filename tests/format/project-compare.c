#include "config.h"

#include "project-compare.h"

static void
assert_texts_equal (GlossTranscript *ta,
                    GlossTranscript *tb)
{
  if (ta == NULL || tb == NULL)
    {
      g_assert_true (ta == tb);
      return;
    }

  g_assert_cmpstr (gloss_transcript_get_text (ta), ==, gloss_transcript_get_text (tb));
  g_assert_cmpstr (gloss_transcript_get_title (ta), ==, gloss_transcript_get_title (tb));
  g_assert_cmpstr (gloss_transcript_get_date (ta), ==, gloss_transcript_get_date (tb));
  g_assert_cmpstr (gloss_transcript_get_place (ta), ==, gloss_transcript_get_place (tb));
  g_assert_cmpstr (gloss_transcript_get_language (ta), ==, gloss_transcript_get_language (tb));
  g_assert_cmpstr (gloss_transcript_get_source (ta), ==, gloss_transcript_get_source (tb));

  g_assert_cmpuint (gloss_transcript_get_n_turns (ta), ==, gloss_transcript_get_n_turns (tb));
  for (guint i = 0; i < gloss_transcript_get_n_turns (ta); i++)
    {
      const GlossTurn *x = gloss_transcript_get_turn (ta, i);
      const GlossTurn *y = gloss_transcript_get_turn (tb, i);

      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpstr (x->speaker, ==, y->speaker);
      g_assert_cmpstr (x->outlet, ==, y->outlet);
      g_assert_cmpint (x->answers, ==, y->answers);
    }

  g_assert_cmpuint (gloss_transcript_get_n_participants (ta), ==,
                    gloss_transcript_get_n_participants (tb));
  for (guint i = 0; i < gloss_transcript_get_n_participants (ta); i++)
    {
      const GlossParticipant *x = gloss_transcript_get_participant (ta, i);
      const GlossParticipant *y = gloss_transcript_get_participant (tb, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->role, ==, y->role);
    }
}

void
assert_projects_equal (GlossProject *a,
                       GlossProject *b)
{
  GlossAlignment *la = gloss_project_get_alignment (a);
  GlossAlignment *lb = gloss_project_get_alignment (b);

  assert_texts_equal (gloss_project_get_transcript (a), gloss_project_get_transcript (b));
  assert_texts_equal (gloss_project_get_original (a), gloss_project_get_original (b));
  if (la == NULL || lb == NULL)
    g_assert_true (la == lb);
  else
    g_assert_true (gloss_alignment_equal (la, lb));

  g_assert_cmpuint (gloss_project_get_n_topics (a), ==, gloss_project_get_n_topics (b));
  for (guint i = 0; i < gloss_project_get_n_topics (a); i++)
    {
      GlossTopic *x = gloss_project_get_topic (a, i);
      GlossTopic *y = gloss_project_get_topic (b, i);

      g_assert_cmpstr (gloss_topic_get_id (x), ==, gloss_topic_get_id (y));
      g_assert_cmpstr (gloss_topic_get_name (x), ==, gloss_topic_get_name (y));
      g_assert_cmpstr (gloss_topic_get_color (x), ==, gloss_topic_get_color (y));
      g_assert_cmpstr (gloss_topic_get_key (x), ==, gloss_topic_get_key (y));
      g_assert_true (g_strv_equal ((const char * const *) gloss_topic_get_keywords (x),
                                   (const char * const *) gloss_topic_get_keywords (y)));
    }

  g_assert_cmpuint (gloss_project_get_n_claims (a), ==, gloss_project_get_n_claims (b));
  for (guint i = 0; i < gloss_project_get_n_claims (a); i++)
    {
      GlossClaim *x = gloss_project_get_claim (a, i);
      GlossClaim *y = gloss_project_get_claim (b, i);

      g_assert_cmpstr (gloss_claim_get_id (x), ==, gloss_claim_get_id (y));
      g_assert_cmpint (gloss_claim_get_text_role (x), ==, gloss_claim_get_text_role (y));
      g_assert_cmpuint (gloss_claim_get_start (x), ==, gloss_claim_get_start (y));
      g_assert_cmpuint (gloss_claim_get_end (x), ==, gloss_claim_get_end (y));
      g_assert_cmpstr (gloss_claim_get_quote (x), ==, gloss_claim_get_quote (y));
      g_assert_cmpstr (gloss_claim_get_prefix (x), ==, gloss_claim_get_prefix (y));
      g_assert_cmpstr (gloss_claim_get_suffix (x), ==, gloss_claim_get_suffix (y));
      g_assert_cmpstr (gloss_claim_get_note (x), ==, gloss_claim_get_note (y));
      g_assert_cmpstr (gloss_claim_get_author (x), ==, gloss_claim_get_author (y));
      g_assert_true (g_strv_equal (gloss_claim_get_topics (x), gloss_claim_get_topics (y)));
      g_assert_cmpint (gloss_claim_get_orphaned (x), ==, gloss_claim_get_orphaned (y));
      g_assert_cmpstr (gloss_claim_get_previous_quote (x), ==, gloss_claim_get_previous_quote (y));
      g_assert_cmpint (gloss_claim_get_status (x), ==, gloss_claim_get_status (y));
      g_assert_true (gloss_sources_equal (gloss_claim_get_sources (x), gloss_claim_get_sources (y)));
      /* to the microsecond */
      g_assert_true (g_date_time_equal (gloss_claim_get_created (x), gloss_claim_get_created (y)));
      g_assert_true (g_date_time_equal (gloss_claim_get_modified (x), gloss_claim_get_modified (y)));
    }
}
