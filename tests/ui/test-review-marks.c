/* The review's marks on a long text: marked a slice at a time, what is
 * on screen first, and cleared the same way. Needs a display; skipped
 * without. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gloss-import-format.h"
#include "gloss-original.h"
#include "gloss-parallel-view.h"
#include "gloss-review-marks.h"
#include "ui-test-util.h"

static gboolean
marks_done_cb (gpointer marks)
{
  return !gloss_review_marks_get_pending (marks);
}

static gboolean
tagged_at (GlossTranscriptView *view,
           GtkTextTag          *tag,
           guint                offset)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &iter, (int) offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* A long review is marked a slice at a time, what is on screen first: the
 * call returns with the first figures marked and the last not yet, and
 * the main loop marks the rest. */
static void
test_marks_in_slices (void)
{
  g_autofree char *dir = g_build_filename (SOURCE_DATADIR, "..", "tests", "data", "review", NULL);
  g_autofree char *en_path = g_build_filename (dir, "briefing-en.txt", NULL);
  g_autofree char *zh_path = g_build_filename (dir, "briefing-zh.txt", NULL);
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;
  g_autoptr(GString) translation = NULL;
  g_autoptr(GString) original_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossTranscript) original = NULL;
  g_autoptr(GlossAlignment) alignment = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossReview) review = NULL;
  g_autoptr(GlossReviewMarks) marks = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GlossParallelView *texts = GLOSS_PARALLEL_VIEW (gloss_parallel_view_new ());
  GlossTranscriptView *view = gloss_parallel_view_get_view (texts, GLOSS_TEXT_TRANSCRIPT);
  GlossReviewFinding *first = NULL, *last = NULL;

  g_assert_true (g_file_get_contents (en_path, &en, NULL, NULL));
  g_assert_true (g_file_get_contents (zh_path, &zh, NULL, NULL));
  translation = g_string_new (en);
  original_text = g_string_new (zh);
  /* about 150 times the briefing: thousands of figures, more than one
   * slice marks */
  for (guint i = 0; i < 150; i++)
    {
      g_string_append (translation, strstr (en, "\n\n"));
      g_string_append (original_text, strstr (zh, "\n\n"));
    }
  transcript = gloss_import_data (translation->str, translation->len, "en.txt", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gloss_original_load_data (original_text->str, original_text->len, "zh.txt", transcript, NULL, NULL,
                                           &original, &alignment, &error));
  project = gloss_project_new (transcript);
  gloss_project_set_original (project, original);
  gloss_project_set_alignment (project, alignment);
  review = gloss_review_new_for_project (project, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_review_get_n_findings (review), >, 3000);
  for (guint i = 0; i < gloss_review_get_n_findings (review); i++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, i);

      if (gloss_review_finding_get_figure (finding, GLOSS_TEXT_TRANSCRIPT) == NULL)
        continue;
      if (first == NULL)
        first = finding;
      if (last == NULL || gloss_review_finding_get_start (finding, GLOSS_TEXT_TRANSCRIPT) >
                          gloss_review_finding_get_start (last, GLOSS_TEXT_TRANSCRIPT))
        last = finding;
    }

  gtk_window_set_default_size (window, 1280, 860);
  gtk_window_set_child (window, GTK_WIDGET (texts));
  gtk_window_present (window);
  gloss_parallel_view_set_project (texts, project);
  gloss_parallel_view_set_side_by_side (texts, TRUE);
  ui_test_wait_ms (200);
  marks = gloss_review_marks_new (texts);

  gloss_review_marks_set_review (marks, review);
  /* the tooltips know every finding at once */
  g_assert_true (gloss_review_marks_finding_at (marks, GLOSS_TEXT_TRANSCRIPT,
                                                gloss_review_finding_get_start (last, GLOSS_TEXT_TRANSCRIPT)) == last);
  g_assert_true (gloss_review_marks_get_pending (marks));
  g_assert_true (tagged_at (view, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT,
                                                              gloss_review_finding_is_problem (first)),
                            gloss_review_finding_get_start (first, GLOSS_TEXT_TRANSCRIPT)));
  g_assert_false (tagged_at (view, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT,
                                                               gloss_review_finding_is_problem (last)),
                             gloss_review_finding_get_start (last, GLOSS_TEXT_TRANSCRIPT)));

  g_assert_true (ui_test_wait_until (marks_done_cb, marks, 10000));
  g_assert_true (tagged_at (view, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT,
                                                              gloss_review_finding_is_problem (last)),
                            gloss_review_finding_get_start (last, GLOSS_TEXT_TRANSCRIPT)));

  /* no review: the marks on screen go at once, the others slice by slice */
  gloss_review_marks_set_review (marks, NULL);
  g_assert_null (gloss_review_marks_finding_at (marks, GLOSS_TEXT_TRANSCRIPT,
                                                gloss_review_finding_get_start (last, GLOSS_TEXT_TRANSCRIPT)));
  g_assert_false (tagged_at (view, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT,
                                                               gloss_review_finding_is_problem (first)),
                             gloss_review_finding_get_start (first, GLOSS_TEXT_TRANSCRIPT)));
  g_assert_true (ui_test_wait_until (marks_done_cb, marks, 10000));
  g_assert_false (tagged_at (view, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT,
                                                               gloss_review_finding_is_problem (last)),
                             gloss_review_finding_get_start (last, GLOSS_TEXT_TRANSCRIPT)));

  /* the review again: marked again, through the clearing */
  gloss_review_marks_set_review (marks, review);
  gloss_review_marks_set_review (marks, review);
  g_assert_true (ui_test_wait_until (marks_done_cb, marks, 10000));
  g_assert_true (tagged_at (view, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT,
                                                              gloss_review_finding_is_problem (last)),
                            gloss_review_finding_get_start (last, GLOSS_TEXT_TRANSCRIPT)));
  g_assert_true (tagged_at (view, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT,
                                                              gloss_review_finding_is_problem (first)),
                            gloss_review_finding_get_start (first, GLOSS_TEXT_TRANSCRIPT)));

  gtk_window_destroy (window);
  ui_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 77;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/review-marks/in-slices", test_marks_in_slices);

  return g_test_run ();
}
