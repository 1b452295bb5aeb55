#include "config.h"

#include <string.h>

#include "gloss-aligner.h"
#include "gloss-import-format.h"
#include "gloss-review-export.h"
#include "gloss-review.h"
#include "test-util.h"

static GlossReview *
review_texts (GlossTranscript *t,
              GlossTranscript *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossAlignment) alignment = gloss_aligner_align (t, o, NULL, &error);
  GlossReview *review;

  g_assert_no_error (error);
  review = gloss_review_new (t, o, alignment, NULL, &error);
  g_assert_no_error (error);
  return review;
}

/* "status translation|original" for every finding that is not a match,
 * "; "-separated, in the review's order */
static char *
problems (GlossReview *review)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, f);

      if (!gloss_review_finding_is_problem (finding))
        continue;
      g_string_append_printf (out, "%s%s %s|%s", out->len > 0 ? "; " : "",
                              gloss_figure_finding_status_to_string (gloss_review_finding_get_status (finding)),
                              gloss_review_finding_get_text (finding, GLOSS_TEXT_TRANSCRIPT),
                              gloss_review_finding_get_text (finding, GLOSS_TEXT_ORIGINAL));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GlossReviewFinding *
find_match (GlossReview *review,
            const char  *translation)
{
  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, f);

      if (g_strcmp0 (gloss_review_finding_get_text (finding, GLOSS_TEXT_TRANSCRIPT), translation) == 0)
        return finding;
    }
  return NULL;
}

static void
assert_match (GlossReview *review,
              const char  *translation,
              const char  *original)
{
  GlossReviewFinding *finding = find_match (review, translation);

  g_assert_nonnull (finding);
  g_assert_cmpint (gloss_review_finding_get_status (finding), ==, GLOSS_FIGURE_MATCH);
  g_assert_cmpstr (gloss_review_finding_get_text (finding, GLOSS_TEXT_ORIGINAL), ==, original);
}

static void
test_review_planted (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "briefing-zh.txt");
  g_autoptr(GlossReview) review = review_texts (t, o);
  g_autofree char *found = problems (review);
  GlossReviewFinding *finding;
  const char *text;

  /* every discrepancy planted, and nothing else */
  g_assert_cmpstr (found, ==,
                   "missing-in-translation |110; "
                   "mismatch 12.7%|11.7%; "
                   "mismatch 500 million yuan|5.4亿元; "
                   "missing-in-original 31|");
  g_assert_cmpuint (gloss_review_count (review, GLOSS_FIGURE_MISMATCH), ==, 2);
  g_assert_cmpuint (gloss_review_count (review, GLOSS_FIGURE_MISSING_IN_TRANSLATION), ==, 1);
  g_assert_cmpuint (gloss_review_count (review, GLOSS_FIGURE_MISSING_IN_ORIGINAL), ==, 1);
  g_assert_false (gloss_review_all_match (review));

  /* the same figures written each language's way */
  assert_match (review, "961,000", "96.1万");
  assert_match (review, "1.4 billion", "14亿");
  assert_match (review, "2.1 times", "2.1倍");
  assert_match (review, "510 million", "5.1亿");
  assert_match (review, "0.3 percentage points", "0.3个百分点");
  assert_match (review, "420 billion yuan", "4200亿元");
  assert_match (review, "14th Five-Year Plan", "十四五");
  assert_match (review, "seven", "七");
  g_assert_cmpuint (gloss_review_count (review, GLOSS_FIGURE_MATCH), >=, 20);

  /* the noise is no finding: 5G, COVID-19, the hotline, the years the
   * translator added, First, / 一是 */
  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    {
      GlossReviewFinding *any = gloss_review_get_finding (review, f);

      for (GlossTextRole role = 0; role <= GLOSS_TEXT_ROLE_LAST; role++)
        {
          const char *written = gloss_review_finding_get_text (any, role);

          g_assert_null (strstr (written, "5G"));
          g_assert_null (strstr (written, "COVID"));
          g_assert_null (strstr (written, "12381"));
          g_assert_null (strstr (written, "2025"));
          g_assert_cmpstr (written, !=, "First");
          g_assert_cmpstr (written, !=, "一");
        }
    }

  /* where: turn, offsets, value and unit on both sides */
  finding = find_match (review, "12.7%");
  g_assert_cmpint (gloss_review_finding_get_turn (finding, GLOSS_TEXT_TRANSCRIPT), ==, 2);
  g_assert_cmpint (gloss_review_finding_get_turn (finding, GLOSS_TEXT_ORIGINAL), ==, 2);
  text = gloss_transcript_get_text (t);
  g_assert_cmpuint (gloss_review_finding_get_start (finding, GLOSS_TEXT_TRANSCRIPT), ==,
                    g_utf8_pointer_to_offset (text, strstr (text, "12.7%")));
  g_assert_cmpuint (gloss_review_finding_get_end (finding, GLOSS_TEXT_TRANSCRIPT) -
                    gloss_review_finding_get_start (finding, GLOSS_TEXT_TRANSCRIPT), ==, 5);
  text = gloss_transcript_get_text (o);
  g_assert_cmpuint (gloss_review_finding_get_start (finding, GLOSS_TEXT_ORIGINAL), ==,
                    g_utf8_pointer_to_offset (text, strstr (text, "11.7%")));
  g_assert_cmpfloat (gloss_review_finding_get_value (finding, GLOSS_TEXT_ORIGINAL), ==, 11.7);
  g_assert_cmpstr (gloss_review_finding_get_unit (finding, GLOSS_TEXT_TRANSCRIPT), ==, "%");

  /* the figure the translation left out: no figure there, but its turn */
  finding = gloss_review_get_finding (review, 0);
  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    if (gloss_review_finding_get_status (gloss_review_get_finding (review, f)) ==
        GLOSS_FIGURE_MISSING_IN_TRANSLATION)
      finding = gloss_review_get_finding (review, f);
  g_assert_null (gloss_review_finding_get_figure (finding, GLOSS_TEXT_TRANSCRIPT));
  g_assert_cmpint (gloss_review_finding_get_turn (finding, GLOSS_TEXT_TRANSCRIPT), ==, -1);
  g_assert_cmpint (gloss_review_finding_get_pair_turn (finding, GLOSS_TEXT_TRANSCRIPT), ==, 2);
  g_assert_cmpfloat (gloss_review_finding_get_value (finding, GLOSS_TEXT_ORIGINAL), ==, 110);
}

static void
test_review_faithful (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "faithful-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "faithful-zh.txt");
  g_autoptr(GlossReview) review = review_texts (t, o);
  g_autofree char *found = problems (review);

  g_assert_cmpstr (found, ==, "");
  g_assert_true (gloss_review_all_match (review));
  g_assert_cmpuint (gloss_review_count (review, GLOSS_FIGURE_MATCH), >=, 15);
  assert_match (review, "2.84 million", "284万");
  assert_match (review, "1.079 billion", "10.79亿");
  assert_match (review, "19th", "十九");
}

/* a turn on one side only, holding figures, inside what both cover */
static void
test_review_missing_turn (void)
{
  g_autoptr(GlossTranscript) t = test_util_import (
    "Lin Hai:\n\nPorts handled 3.85 billion tonnes of cargo, up 6.1%.\n\n"
    "Zhou Qing:\n\nWe have 15 minutes left. Next question.\n\n"
    "China Daily:\n\nHow many new energy ships will there be by 2025?\n\n"
    "Lin Hai:\n\nThere will be 1,000 of them by 2025.\n", "test.txt", NULL);
  g_autoptr(GlossTranscript) o = test_util_import (
    "林海：\n\n港口完成货物吞吐量38.5亿吨，同比增长6.1%。\n\n"
    "中国日报记者：\n\n到2025年将有多少艘新能源船舶？\n\n"
    "林海：\n\n到2025年将达到1000艘。\n", "test.txt", NULL);
  g_autoptr(GlossReview) review = review_texts (t, o);
  g_autofree char *found = problems (review);
  GlossReviewFinding *finding = NULL;

  g_assert_cmpstr (found, ==, "missing-in-original 15|");
  for (guint f = 0; f < gloss_review_get_n_findings (review) && finding == NULL; f++)
    if (gloss_review_finding_is_problem (gloss_review_get_finding (review, f)))
      finding = gloss_review_get_finding (review, f);
  g_assert_cmpint (gloss_review_finding_get_turn (finding, GLOSS_TEXT_TRANSCRIPT), ==, 1);
  g_assert_cmpint (gloss_review_finding_get_pair_turn (finding, GLOSS_TEXT_ORIGINAL), ==, -1);
  /* in reading order: after the first turn's figures */
  g_assert_true (gloss_review_get_finding (review, 0) != finding);
}

/* a figure the translator added to one sentence does not push the next
 * sentence's figure onto the wrong partner */
static void
test_review_sentences (void)
{
  g_autoptr(GlossTranscript) t = test_util_import (
    "Lin Hai:\n\nSales reached 1,200 units in 30 cities. Exports reached 450 units.\n", "test.txt", NULL);
  g_autoptr(GlossTranscript) o = test_util_import (
    "林海：\n\n销量达到1200台。出口达到460台。\n", "test.txt", NULL);
  g_autoptr(GlossReview) review = review_texts (t, o);
  g_autofree char *found = problems (review);

  g_assert_cmpstr (found, ==, "missing-in-original 30|; mismatch 450|460");
}

static void
test_review_partial_corpus (void)
{
  const char *dir = g_getenv ("GLOSS_CORPUS_DIR");
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "scio-2021-07-16-miit.txt", NULL) : NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GlossTranscript) o = NULL;
  g_autoptr(GlossReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the corpus is not there (GLOSS_CORPUS_DIR)");
      return;
    }
  file = g_file_new_for_path (path);
  t = gloss_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  o = test_util_import_data_file ("review", "scio-2021-07-16-part-zh.txt");
  review = review_texts (t, o);
  found = problems (review);

  /* the rendering is faithful; the turns it does not cover say nothing */
  g_assert_cmpstr (found, ==, "");
  g_assert_cmpuint (gloss_review_count (review, GLOSS_FIGURE_MATCH), >=, 30);
  assert_match (review, "961,000", "96.1万");
  assert_match (review, "365 million", "3.65亿");
  assert_match (review, "13.62 million", "1362万");
  assert_match (review, "83.4%", "83.4%");
}

static void
test_review_model (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "briefing-zh.txt");
  g_autoptr(GlossReview) review = review_texts (t, o);
  GListModel *model = G_LIST_MODEL (review);
  g_autoptr(GlossReviewFinding) first = NULL;
  g_autofree char *description = NULL;
  guint total = 0;

  g_assert_true (g_list_model_get_item_type (model) == GLOSS_TYPE_REVIEW_FINDING);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, gloss_review_get_n_findings (review));
  g_assert_null (g_list_model_get_item (model, gloss_review_get_n_findings (review)));
  first = g_list_model_get_item (model, 0);
  g_assert_true (first == gloss_review_get_finding (review, 0));
  for (guint s = 0; s <= GLOSS_FIGURE_FINDING_STATUS_LAST; s++)
    total += gloss_review_count (review, s);
  g_assert_cmpuint (total, ==, gloss_review_get_n_findings (review));

  /* reading order of the translation */
  for (guint f = 1; f < gloss_review_get_n_findings (review); f++)
    g_assert_cmpuint (gloss_review_finding_get_pair (gloss_review_get_finding (review, f - 1)), <=,
                      gloss_review_finding_get_pair (gloss_review_get_finding (review, f)));

  /* from a place in either text to its finding */
  {
    GlossReviewFinding *wrong = find_match (review, "12.7%");
    guint t_at = gloss_review_finding_get_start (wrong, GLOSS_TEXT_TRANSCRIPT) + 2;
    guint o_at = gloss_review_finding_get_end (wrong, GLOSS_TEXT_ORIGINAL) - 1;
    int index = gloss_review_find_at (review, GLOSS_TEXT_TRANSCRIPT, t_at);

    g_assert_cmpint (index, >=, 0);
    g_assert_true (gloss_review_get_finding (review, index) == wrong);
    g_assert_cmpint (gloss_review_find_at (review, GLOSS_TEXT_ORIGINAL, o_at), ==, index);
    g_assert_cmpint (gloss_review_find_at (review, GLOSS_TEXT_ORIGINAL, 0), ==, -1);
  }

  description = gloss_review_finding_describe (find_match (review, "12.7%"));
  g_assert_cmpstr (description, ==, "Mismatch: 12.7% in the translation, 11.7% in the original");
  g_assert_cmpstr (gloss_review_status_label (GLOSS_FIGURE_MISSING_IN_ORIGINAL), ==, "missing in original");
}

static void
review_ready_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GlossReview **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = gloss_review_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_review_async (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "briefing-zh.txt");
  g_autoptr(GlossAlignment) alignment = gloss_aligner_align (t, o, NULL, NULL);
  g_autoptr(GlossProject) project = gloss_project_new (t);
  g_autoptr(GlossReview) review = NULL;
  g_autoptr(GlossReview) sync = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL;

  gloss_project_set_original (project, o);
  gloss_project_set_alignment (project, alignment);
  gloss_review_new_async (project, NULL, review_ready_cb, &review);
  while (review == NULL)
    g_main_context_iteration (NULL, TRUE);
  sync = gloss_review_new_for_project (project, NULL, &error);
  g_assert_no_error (error);
  a = problems (review);
  b = problems (sync);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (gloss_review_get_n_findings (review), ==, gloss_review_get_n_findings (sync));

  g_cancellable_cancel (cancellable);
  g_assert_null (gloss_review_new_for_project (project, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static char *
bytes_string (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_review_exports (void)
{
  g_autoptr(GlossTranscript) t = test_util_import_data_file ("review", "briefing-en.txt");
  g_autoptr(GlossTranscript) o = test_util_import_data_file ("review", "briefing-zh.txt");
  g_autoptr(GlossReview) review = review_texts (t, o);
  g_autoptr(GBytes) html_bytes = NULL;
  g_autoptr(GBytes) csv_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;

  html_bytes = gloss_review_export_html (review, GLOSS_EXPORT_FLAGS_NONE, &error);
  g_assert_no_error (error);
  html = bytes_string (html_bytes);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "<td lang=\"en\">"));
  g_assert_nonnull (strstr (html, "<td lang=\"zh\">"));
  /* the wrong figure flagged in both texts, linked to its row */
  g_assert_nonnull (strstr (html, "class=\"mismatch\" id=\"t-f"));
  g_assert_nonnull (strstr (html, ">12.7%</a>"));
  g_assert_nonnull (strstr (html, ">11.7%</a>"));
  g_assert_nonnull (strstr (html, "<mark class=\"match\">96.1万</mark>"));
  /* the text is escaped */
  g_assert_nonnull (strstr (html, "MIIT&#39;s"));
  /* the hand-off with no original: an empty cell */
  g_assert_nonnull (strstr (html, "class=\"empty\""));

  csv_bytes = gloss_review_export_csv (review, GLOSS_EXPORT_FLAGS_NO_BOM, &error);
  g_assert_no_error (error);
  csv = bytes_string (csv_bytes);
  rows = g_strsplit (csv, "\r\n", -1);
  g_assert_true (g_str_has_prefix (rows[0], "status,pair,translation_turn,translation_speaker,translation_text"));
  g_assert_cmpuint (g_strv_length (rows), ==, gloss_review_get_n_findings (review) + 2);
  g_assert_cmpstr (rows[g_strv_length (rows) - 1], ==, "");
  g_assert_nonnull (strstr (csv, "\r\nmismatch,2,2,Li Ming,12.7%,"));
  g_assert_nonnull (strstr (csv, ",11.7,11.7,%\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nmissing-in-translation,2,2,Li Ming,,,,,,,2,李明,110,"));
  g_assert_nonnull (strstr (csv, ",first three quarters,55,75,1,9,month,"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/planted", test_review_planted);
  g_test_add_func ("/review/faithful", test_review_faithful);
  g_test_add_func ("/review/missing-turn", test_review_missing_turn);
  g_test_add_func ("/review/sentences", test_review_sentences);
  g_test_add_func ("/review/partial-corpus", test_review_partial_corpus);
  g_test_add_func ("/review/model", test_review_model);
  g_test_add_func ("/review/async", test_review_async);
  g_test_add_func ("/review/exports", test_review_exports);

  return g_test_run ();
}
