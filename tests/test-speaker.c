#include "config.h"

#include "gloss-speaker.h"

/* remarks, a question from an outlet, its answer, a question with a named
 * asker and no outlet, an unlabelled question, a footer */
static GlossTranscript *
make_text (void)
{
  const char *text = "Opening remarks. Q one? A one. Q two? Q three? Credits.";
  GlossTranscript *transcript = gloss_transcript_new (text, -1);

  gloss_transcript_add_participant (transcript, "Li Wei", "Spokesperson");
  gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 0, 16, "Li Wei", NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_QUESTION, 17, 23, NULL, "Daily News", -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_ANSWER, 24, 30, "Li Wei", NULL, 1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_QUESTION, 31, 37, "Ann Reed", NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_QUESTION, 38, 46, "", NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_ANSWER, 46, 46, "Li Wei", NULL, 4);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_FOOTER, 47, 55, NULL, NULL, -1);

  return transcript;
}

static void
test_speaker_at (void)
{
  g_autoptr(GlossTranscript) text = make_text ();
  GlossSpeaker who;

  g_assert_true (gloss_speaker_at (text, 3, &who));
  g_assert_cmpstr (who.speaker, ==, "Li Wei");
  g_assert_cmpstr (who.role, ==, "Spokesperson");
  g_assert_cmpint (who.question, ==, -1);

  /* a question without a speaker is its outlet's */
  g_assert_true (gloss_speaker_at (text, 18, &who));
  g_assert_cmpint (who.kind, ==, GLOSS_TURN_QUESTION);
  g_assert_cmpstr (who.speaker, ==, "Daily News");
  g_assert_null (who.role);

  g_assert_true (gloss_speaker_at (text, 26, &who));
  g_assert_cmpstr (who.speaker, ==, "Li Wei");
  g_assert_cmpint (who.question, ==, 1);
  g_assert_cmpstr (who.asked_by, ==, "Daily News");

  g_assert_true (gloss_speaker_at (text, 33, &who));
  g_assert_cmpstr (who.speaker, ==, "Ann Reed");

  /* a question that names nobody has the one name for all such askers */
  g_assert_true (gloss_speaker_at (text, 40, &who));
  g_assert_cmpstr (who.speaker, ==, gloss_speaker_unidentified ());

  g_assert_true (gloss_speaker_at (text, 50, &who));
  g_assert_cmpint (who.kind, ==, GLOSS_TURN_FOOTER);
  g_assert_null (who.speaker);

  /* between turns */
  g_assert_false (gloss_speaker_at (text, 16, &who));
  g_assert_cmpint (who.turn, ==, -1);
  g_assert_null (who.speaker);
}

static void
test_speaker_asker (void)
{
  GlossTurn with_outlet = { .kind = GLOSS_TURN_QUESTION, .speaker = "Ann Reed", .outlet = "Daily News" };
  GlossTurn named = { .kind = GLOSS_TURN_QUESTION, .speaker = "Ann Reed", .outlet = "" };
  GlossTurn remarks = { .kind = GLOSS_TURN_REMARKS, .outlet = "Daily News" };

  /* the asker is the outlet first; the speaker of a question is the person first */
  g_assert_cmpstr (gloss_speaker_asker (&with_outlet), ==, "Daily News");
  g_assert_cmpstr (gloss_speaker_of_turn (&with_outlet), ==, "Ann Reed");
  g_assert_cmpstr (gloss_speaker_asker (&named), ==, "Ann Reed");
  /* only a question speaks for an outlet */
  g_assert_null (gloss_speaker_of_turn (&remarks));
}

static void
test_speaker_list (void)
{
  g_autoptr(GlossTranscript) text = make_text ();
  g_autoptr(GPtrArray) names = gloss_speaker_list (text);

  g_assert_cmpuint (names->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "Li Wei");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "Daily News");
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "Ann Reed");
  g_assert_cmpstr (g_ptr_array_index (names, 3), ==, gloss_speaker_unidentified ());
}

static void
test_speaker_list_grouped (void)
{
  g_autoptr(GlossTranscript) text = make_text ();
  g_autoptr(GPtrArray) names = NULL;
  guint n_answering = 0;

  /* an asker who also answers once, an outlet after the unlabelled question */
  gloss_transcript_add_turn (text, GLOSS_TURN_ANSWER, 55, 55, "Daily News", NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_QUESTION, 55, 55, NULL, "Evening Post", -1);
  names = gloss_speaker_list_grouped (text, &n_answering);

  /* who answers, then who only asks, the unidentified questioner last */
  g_assert_cmpuint (n_answering, ==, 2);
  g_assert_cmpuint (names->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "Li Wei");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "Daily News");
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "Ann Reed");
  g_assert_cmpstr (g_ptr_array_index (names, 3), ==, "Evening Post");
  g_assert_cmpstr (g_ptr_array_index (names, 4), ==, gloss_speaker_unidentified ());
}

static void
test_speaker_of_claim (void)
{
  g_autoptr(GlossTranscript) text = make_text ();
  g_autoptr(GlossTranscript) original = gloss_transcript_new ("开场白。问题？", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (text);
  g_autoptr(GlossClaim) on_original = NULL;
  g_autoptr(GlossClaim) on_transcript = gloss_claim_new (text, 25, 29, NULL, NULL, NULL);
  GlossSpeaker who;

  gloss_transcript_add_turn (original, GLOSS_TURN_REMARKS, 0, 4, "李伟", NULL, -1);
  gloss_project_set_original (project, original);
  on_original = gloss_claim_new (original, 0, 3, NULL, NULL, NULL);
  gloss_claim_set_text_role (on_original, GLOSS_TEXT_ORIGINAL);

  /* each claim's speaker comes from its own text */
  g_assert_true (gloss_speaker_of_claim (project, on_transcript, &who));
  g_assert_cmpstr (who.speaker, ==, "Li Wei");
  g_assert_cmpstr (who.asked_by, ==, "Daily News");
  g_assert_true (gloss_speaker_of_claim (project, on_original, &who));
  g_assert_cmpstr (who.speaker, ==, "李伟");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/speaker/at", test_speaker_at);
  g_test_add_func ("/speaker/asker", test_speaker_asker);
  g_test_add_func ("/speaker/list", test_speaker_list);
  g_test_add_func ("/speaker/list-grouped", test_speaker_list_grouped);
  g_test_add_func ("/speaker/of-claim", test_speaker_of_claim);

  return g_test_run ();
}
