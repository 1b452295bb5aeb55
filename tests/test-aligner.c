#include "config.h"

#include <string.h>

#include "gloss-aligner.h"
#include "gloss-import-format.h"
#include "gloss-original.h"
#include "gloss-project-file.h"
#include "test-util.h"

static GlossAlignment *
align (GlossTranscript *t,
       GlossTranscript *o)
{
  g_autoptr(GError) error = NULL;
  GlossAlignment *alignment = gloss_aligner_align (t, o, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (alignment);
  return alignment;
}

/* Every turn in exactly one pair, in order on both sides, and the project
 * reader accepts the alignment (paragraph spans in order, in the texts). */
static void
assert_valid (GlossTranscript *t,
              GlossTranscript *o,
              GlossAlignment  *alignment)
{
  guint next_t = 0, next_o = 0;
  g_autoptr(GlossProject) project = gloss_project_new (t);
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < gloss_alignment_get_n_turn_pairs (alignment); p++)
    {
      const GlossTurnPair *pair = gloss_alignment_get_turn_pair (alignment, p);

      g_assert_true (pair->n_transcript + pair->n_original > 0);
      for (guint k = 0; k < pair->n_transcript; k++)
        g_assert_cmpuint (pair->transcript[k], ==, next_t++);
      for (guint k = 0; k < pair->n_original; k++)
        g_assert_cmpuint (pair->original[k], ==, next_o++);
    }
  g_assert_cmpuint (next_t, ==, gloss_transcript_get_n_turns (t));
  g_assert_cmpuint (next_o, ==, gloss_transcript_get_n_turns (o));

  gloss_project_set_original (project, o);
  gloss_project_set_alignment (project, alignment);
  bytes = gloss_project_file_to_bytes (project);
  loaded = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                         "aligned.gloss", &error);
  g_assert_no_error (error);
  g_assert_true (gloss_alignment_equal (alignment, gloss_project_get_alignment (loaded)));
}

/* the pair holding translation turn @t has exactly original turns @o… */
static void
assert_pair (GlossAlignment *alignment,
             guint           t,
             int             o0,
             int             o1)
{
  int index = gloss_alignment_find_turn_pair (alignment, FALSE, t);
  const GlossTurnPair *pair;

  g_assert_cmpint (index, >=, 0);
  pair = gloss_alignment_get_turn_pair (alignment, index);
  if (o0 < 0)
    {
      g_assert_cmpuint (pair->n_original, ==, 0);
      return;
    }
  g_assert_cmpuint (pair->n_original, ==, o1 < 0 ? 1 : 2);
  g_assert_cmpuint (pair->original[0], ==, o0);
  if (o1 >= 0)
    g_assert_cmpuint (pair->original[1], ==, o1);
}

/* the original's span paired with the translation paragraph holding @needle */
static char *
paired_paragraph (GlossTranscript *t,
                  GlossTranscript *o,
                  GlossAlignment  *alignment,
                  const char      *needle)
{
  const char *text = gloss_transcript_get_text (t);
  const char *found = strstr (text, needle);
  guint offset;

  g_assert_nonnull (found);
  offset = g_utf8_pointer_to_offset (text, found);
  for (guint i = 0; i < gloss_alignment_get_n_paragraph_pairs (alignment); i++)
    {
      const GlossParagraphPair *pp = gloss_alignment_get_paragraph_pair (alignment, i);

      if (pp->transcript_start <= offset && offset < pp->transcript_end)
        return gloss_transcript_dup_slice (o, pp->original_start, pp->original_end);
    }
  return NULL;
}

static void
test_aligner_briefing (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "briefing-zh.txt");
  g_autoptr(GlossAlignment) alignment = align (t, o);
  g_autofree char *robots = NULL;
  g_autofree char *funds = NULL;
  g_autofree char *opening = NULL;

  assert_valid (t, o, alignment);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 11);
  g_assert_cmpuint (gloss_transcript_get_n_turns (o), ==, 9);
  for (guint i = 0; i <= 5; i++)
    assert_pair (alignment, i, i, -1);
  /* "Next question, please." is not in the original */
  assert_pair (alignment, 6, -1, -1);
  assert_pair (alignment, 7, 6, -1);
  assert_pair (alignment, 8, 7, -1);
  assert_pair (alignment, 9, 8, -1);
  /* nor are the translator's credits */
  assert_pair (alignment, 10, -1, -1);
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (alignment), ==, 11);

  /* paragraphs: each with its own, the speaker's label left out */
  robots = paired_paragraph (t, o, alignment, "industrial robots");
  g_assert_nonnull (robots);
  g_assert_true (g_str_has_prefix (robots, "三是新兴产业快速成长"));
  funds = paired_paragraph (t, o, alignment, "special funds");
  g_assert_true (g_str_has_prefix (funds, "我们还设立了"));
  opening = paired_paragraph (t, o, alignment, "Friends from the media");
  g_assert_true (g_str_has_prefix (opening, "各位媒体朋友"));
  g_assert_null (paired_paragraph (t, o, alignment, "Li Ming:\n\nFriends"));
}

static void
test_aligner_faithful (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "faithful-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "faithful-zh.txt");
  g_autoptr(GlossAlignment) alignment = align (t, o);

  /* inline labels (周青：早上好) on one side, label lines on the other */
  assert_valid (t, o, alignment);
  g_assert_cmpuint (gloss_transcript_get_n_turns (o), ==, gloss_transcript_get_n_turns (t));
  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    assert_pair (alignment, i, i, -1);
}

/* two moderator lines in the translation, one in the original */
static void
test_aligner_merged (void)
{
  g_autoptr(GlossTranscript) t = test_util_import (
    "Zhou Qing:\n\nGood morning. Welcome to the press conference on the ports, which handled "
    "3.85 billion tonnes of cargo.\n\n"
    "Lin Hai:\n\nThank you. In the first quarter, ports handled 3.85 billion tonnes of cargo, up 6.1% "
    "year on year. Shore power was used by more than 90,000 ships.\n\n"
    "Zhou Qing:\n\nThank you.\n\n"
    "Zhou Qing:\n\nNow the floor is open for questions.\n\n"
    "China Daily:\n\nHow many new energy ships will be in service by 2025?\n\n"
    "Lin Hai:\n\nBy 2025, there will be 1,000 of them, and the coverage of shore power along "
    "the Yangtze will reach 95%.\n", "test.txt", NULL);
  g_autoptr(GlossTranscript) o = test_util_import (
    "周青：\n\n上午好。欢迎出席港口发展新闻发布会，港口完成货物吞吐量38.5亿吨。\n\n"
    "林海：\n\n谢谢。一季度，全国港口完成货物吞吐量38.5亿吨，同比增长6.1%。靠港船舶使用岸电超过9万艘次。\n\n"
    "周青：\n\n谢谢。下面请记者提问。\n\n"
    "中国日报记者：\n\n到2025年将有多少艘新能源船舶投入使用？\n\n"
    "林海：\n\n到2025年将达到1000艘，长江沿线港口岸电覆盖率将达到95%。\n", "test.txt", NULL);
  g_autoptr(GlossAlignment) alignment = align (t, o);

  assert_valid (t, o, alignment);
  assert_pair (alignment, 0, 0, -1);
  assert_pair (alignment, 1, 1, -1);
  g_assert_cmpint (gloss_alignment_find_turn_pair (alignment, FALSE, 2), ==,
                   gloss_alignment_find_turn_pair (alignment, FALSE, 3));
  assert_pair (alignment, 3, 2, -1);
  assert_pair (alignment, 4, 3, -1);
  assert_pair (alignment, 5, 4, -1);
}

/* one paragraph of the original is two in the translation */
static void
test_aligner_split_paragraphs (void)
{
  g_autoptr(GlossTranscript) t = test_util_import (
    "Lin Hai:\n\nIn the first quarter, ports handled 3.85 billion tonnes of cargo, up 6.1% year on year.\n\n"
    "Shore power was used by more than 90,000 ships, and coverage along the Yangtze reached 95%.\n\n"
    "We will promote 1,000 new energy ships by 2025.\n", "test.txt", NULL);
  g_autoptr(GlossTranscript) o = test_util_import (
    "林海：\n\n一季度，全国港口完成货物吞吐量38.5亿吨，同比增长6.1%。靠港船舶使用岸电超过9万艘次，长江沿线港口岸电覆盖率达到95%。\n\n"
    "到2025年，我们将推广新能源船舶1000艘。\n", "test.txt", NULL);
  g_autoptr(GlossAlignment) alignment = align (t, o);
  const GlossParagraphPair *first;
  g_autofree char *first_t = NULL;

  assert_valid (t, o, alignment);
  g_assert_cmpuint (gloss_alignment_get_n_paragraph_pairs (alignment), ==, 2);
  first = gloss_alignment_get_paragraph_pair (alignment, 0);
  first_t = gloss_transcript_dup_slice (t, first->transcript_start, first->transcript_end);
  g_assert_nonnull (strstr (first_t, "3.85 billion"));
  g_assert_nonnull (strstr (first_t, "90,000 ships"));
}

static const char *
corpus_file (void)
{
  static char *path;
  const char *dir = g_getenv ("GLOSS_CORPUS_DIR");

  if (path == NULL && dir != NULL)
    {
      path = g_build_filename (dir, "scio-2021-07-16-miit.txt", NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_clear_pointer (&path, g_free);
    }
  return path;
}

/* the Chinese rendering covers only the corpus's first four turns */
static void
test_aligner_partial_original (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GlossTranscript) o = NULL;
  g_autoptr(GlossAlignment) alignment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *zhao = NULL;
  g_autofree char *highlights = NULL;

  if (corpus_file () == NULL)
    {
      g_test_skip ("the corpus is not there (GLOSS_CORPUS_DIR)");
      return;
    }
  file = g_file_new_for_path (corpus_file ());
  t = gloss_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  o = test_util_import_data_file ("review", "scio-2021-07-16-part-zh.txt");
  alignment = align (t, o);

  assert_valid (t, o, alignment);
  g_assert_cmpuint (gloss_transcript_get_n_turns (o), ==, 4);
  for (guint i = 0; i < 4; i++)
    assert_pair (alignment, i, i, -1);
  for (guint i = 4; i < gloss_transcript_get_n_turns (t); i++)
    assert_pair (alignment, i, -1, -1);

  /* the header's participants line up by the lists' order, although the
   * translation lists them twice */
  zhao = paired_paragraph (t, o, alignment, "Zhao Zhiguo, spokesperson of the MIIT");
  g_assert_nonnull (zhao);
  g_assert_true (g_str_has_prefix (zhao, "赵志国，"));
  highlights = paired_paragraph (t, o, alignment, "There are four main highlights");
  g_assert_true (g_str_has_prefix (highlights, "上半年工业和信息化发展主要有四个亮点"));
}

static void
test_aligner_corrections (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "briefing-zh.txt");
  g_autoptr(GlossAlignment) automatic = align (t, o);
  g_autoptr(GlossAlignment) linked = NULL;
  g_autoptr(GlossAlignment) again = NULL;
  g_autoptr(GlossAlignment) unlinked = NULL;
  g_autoptr(GlossAlignment) merged = NULL;
  g_autoptr(GlossAlignment) reset = NULL;
  g_autoptr(GlossAlignment) before = gloss_alignment_copy (automatic);
  g_autoptr(GError) error = NULL;
  int pair;

  /* the user says the hand-off goes with the CCTV question */
  linked = gloss_aligner_link (t, o, automatic, 6, 6);
  assert_valid (t, o, linked);
  g_assert_true (gloss_alignment_equal (automatic, before));
  g_assert_cmpint (gloss_alignment_find_turn_pair (linked, FALSE, 6), ==,
                   gloss_alignment_find_turn_pair (linked, TRUE, 6));
  g_assert_cmpuint (gloss_alignment_get_n_links (linked), ==, 1);
  g_assert_true (gloss_alignment_get_link (linked, 0)->linked);
  /* the rest stays as it was */
  assert_pair (linked, 5, 5, -1);
  assert_pair (linked, 8, 7, -1);

  /* aligning again never undoes it */
  again = gloss_aligner_realign (t, o, linked, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gloss_alignment_equal (again, linked));

  /* taken apart, they never share a pair, and the link is a record */
  unlinked = gloss_aligner_unlink (t, o, linked, 7, 6);
  assert_valid (t, o, unlinked);
  g_assert_cmpint (gloss_alignment_find_turn_pair (unlinked, FALSE, 7), !=,
                   gloss_alignment_find_turn_pair (unlinked, TRUE, 6));
  g_assert_cmpuint (gloss_alignment_get_n_links (unlinked), >=, 1);

  /* merging pairs 2 and 3 (Li Ming's remarks and the hand-off) */
  merged = gloss_aligner_merge (t, o, automatic, 2);
  assert_valid (t, o, merged);
  pair = gloss_alignment_find_turn_pair (merged, FALSE, 2);
  g_assert_cmpint (pair, ==, gloss_alignment_find_turn_pair (merged, FALSE, 3));
  g_assert_cmpint (pair, ==, gloss_alignment_find_turn_pair (merged, TRUE, 2));
  g_assert_cmpint (pair, ==, gloss_alignment_find_turn_pair (merged, TRUE, 3));
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (merged), ==,
                    gloss_alignment_get_n_turn_pairs (automatic) - 1);

  reset = gloss_aligner_reset (t, o);
  g_assert_true (gloss_alignment_equal (reset, automatic));
}

static void
align_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GlossAlignment **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = gloss_aligner_align_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_aligner_async (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "briefing-zh.txt");
  g_autoptr(GlossAlignment) sync = align (t, o);
  g_autoptr(GlossAlignment) async = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  gloss_aligner_align_async (t, o, NULL, align_ready_cb, &async);
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gloss_alignment_equal (sync, async));

  g_cancellable_cancel (cancellable);
  g_assert_null (gloss_aligner_align (t, o, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* an original without turns, and a translation without: every turn alone */
static void
test_aligner_empty (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autoptr(GlossTranscript) none = gloss_transcript_new ("", 0);
  g_autoptr(GlossAlignment) a = align (t, none);
  g_autoptr(GlossAlignment) b = align (none, t);

  assert_valid (t, none, a);
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (a), ==, gloss_transcript_get_n_turns (t));
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (b), ==, gloss_transcript_get_n_turns (t));
  g_assert_cmpuint (gloss_alignment_get_n_paragraph_pairs (a), ==, 0);
}

static void
test_original_load (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "review", "briefing-zh.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossTranscript) original = NULL;
  g_autoptr(GlossTranscript) tagged = NULL;
  g_autoptr(GlossAlignment) alignment = NULL;
  g_autoptr(GlossAlignment) alignment2 = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gloss_original_load (file, t, NULL, NULL, &original, &alignment, &error));
  g_assert_no_error (error);
  /* guessed from the script */
  g_assert_cmpstr (gloss_transcript_get_language (original), ==, "zh");
  g_assert_cmpuint (gloss_transcript_get_n_turns (original), ==, 9);
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (alignment), ==, 11);

  g_assert_true (gloss_original_load (file, t, "zh-Hans", NULL, &tagged, &alignment2, &error));
  g_assert_cmpstr (gloss_transcript_get_language (tagged), ==, "zh-Hans");

  g_assert_false (gloss_original_load (file, t, "not a tag", NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "briefing-zh.txt"));
  g_clear_error (&error);

  g_assert_false (gloss_original_load_data ("", 0, "empty.txt", t, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aligner/briefing", test_aligner_briefing);
  g_test_add_func ("/aligner/faithful", test_aligner_faithful);
  g_test_add_func ("/aligner/merged", test_aligner_merged);
  g_test_add_func ("/aligner/split-paragraphs", test_aligner_split_paragraphs);
  g_test_add_func ("/aligner/partial-original", test_aligner_partial_original);
  g_test_add_func ("/aligner/corrections", test_aligner_corrections);
  g_test_add_func ("/aligner/async", test_aligner_async);
  g_test_add_func ("/aligner/empty", test_aligner_empty);
  g_test_add_func ("/original/load", test_original_load);

  return g_test_run ();
}
