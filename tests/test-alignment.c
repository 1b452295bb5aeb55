#include "config.h"

#include "gloss-alignment.h"

static void
test_alignment_pairs (void)
{
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();
  g_autoptr(GlossAlignment) copy = NULL;
  const guint t0[] = { 0 }, o0[] = { 0 };
  const guint t12[] = { 1, 2 }, o1[] = { 1 };
  const guint t3[] = { 3 };
  const GlossTurnPair *pair;

  gloss_alignment_add_turn_pair (alignment, t0, 1, o0, 1);
  /* two moderator lines merged into one in the original */
  gloss_alignment_add_turn_pair (alignment, t12, 2, o1, 1);
  /* a hand-off the original leaves out */
  gloss_alignment_add_turn_pair (alignment, t3, 1, NULL, 0);
  gloss_alignment_add_paragraph_pair (alignment, 0, 40, 0, 12);
  gloss_alignment_add_paragraph_pair (alignment, 41, 60, 12, 12);

  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (alignment), ==, 3);
  pair = gloss_alignment_get_turn_pair (alignment, 1);
  g_assert_cmpuint (pair->n_transcript, ==, 2);
  g_assert_cmpuint (pair->transcript[1], ==, 2);
  g_assert_cmpuint (pair->n_original, ==, 1);
  pair = gloss_alignment_get_turn_pair (alignment, 2);
  g_assert_cmpuint (pair->n_original, ==, 0);
  g_assert_null (pair->original);

  g_assert_cmpint (gloss_alignment_find_turn_pair (alignment, FALSE, 2), ==, 1);
  g_assert_cmpint (gloss_alignment_find_turn_pair (alignment, TRUE, 1), ==, 1);
  g_assert_cmpint (gloss_alignment_find_turn_pair (alignment, TRUE, 3), ==, -1);

  copy = gloss_alignment_copy (alignment);
  g_assert_true (gloss_alignment_equal (alignment, copy));
  gloss_alignment_add_link (copy, 3, 1, FALSE);
  g_assert_false (gloss_alignment_equal (alignment, copy));
}

static void
test_alignment_links (void)
{
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();

  gloss_alignment_add_link (alignment, 4, 2, TRUE);
  gloss_alignment_add_link (alignment, 5, 3, TRUE);
  /* taking a link apart again replaces it: one link per turn pair */
  gloss_alignment_add_link (alignment, 4, 2, FALSE);

  g_assert_cmpuint (gloss_alignment_get_n_links (alignment), ==, 2);
  g_assert_cmpuint (gloss_alignment_get_link (alignment, 0)->transcript_turn, ==, 5);
  g_assert_false (gloss_alignment_get_link (alignment, 1)->linked);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/alignment/pairs", test_alignment_pairs);
  g_test_add_func ("/alignment/links", test_alignment_links);

  return g_test_run ();
}
