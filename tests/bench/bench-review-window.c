/* bench-review-window: what the window adds to the translation review on a
 * large text: loading both texts into the side-by-side view, marking every
 * finding in both panes (GlossReviewMarks), and finding the finding under
 * the pointer for a tooltip. The texts are tests/data/review's briefing
 * and its original, repeated to about 1.25 and 5 MB of translation. Needs
 * a display (xvfb-run). Built, not a test:
 *
 *   xvfb-run -a build/tests/bench/gloss-bench-review-window [--runs 3]
 *
 * Times are wall-clock milliseconds on the main thread, best of --runs.
 * Marking goes a slice per main-loop turn: "the call" is
 * gloss_review_marks_set_review itself, "longest step" the longest
 * the main thread was busy at once (the call, or one turn of the loop,
 * frames drawn included), "until all marked" the time until every figure
 * is. */

#include "config.h"

#include <adwaita.h>

#include "gloss-import-format.h"
#include "gloss-original.h"
#include "gloss-parallel-view.h"
#include "gloss-review-marks.h"
#include "gloss-review.h"

static char *
read_data (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "..", "tests", "data", "review", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);

  return contents;
}

/* @text's turns (from its first blank line on) repeated to @size bytes */
static GString *
repeat (const char *text,
        gsize       size)
{
  const char *body = strstr (text, "\n\n");
  GString *out = g_string_new (text);

  while (out->len < size)
    g_string_append (out, body);

  return out;
}

static void
pump (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
run (gsize size,
     guint runs)
{
  g_autofree char *english = read_data ("briefing-en.txt");
  g_autofree char *chinese = read_data ("briefing-zh.txt");
  g_autoptr(GString) translation = repeat (english, size);
  g_autoptr(GString) original_text = repeat (chinese, size * strlen (chinese) / strlen (english));
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) transcript = gloss_import_data (translation->str, translation->len, "en.txt", NULL, NULL, &error);
  g_autoptr(GlossTranscript) original = NULL;
  g_autoptr(GlossAlignment) alignment = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossReview) review = NULL;
  double best_load = G_MAXDOUBLE, best_mark = G_MAXDOUBLE, best_lookup = G_MAXDOUBLE;
  double best_step = G_MAXDOUBLE, best_call = G_MAXDOUBLE;
  guint n_problems = 0;

  g_assert_no_error (error);
  if (!gloss_original_load_data (original_text->str, original_text->len, "zh.txt", transcript, NULL, NULL,
                                 &original, &alignment, &error))
    g_error ("%s", error->message);
  project = gloss_project_new (transcript);
  gloss_project_set_original (project, original);
  gloss_project_set_alignment (project, alignment);
  review = gloss_review_new_for_project (project, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < gloss_review_get_n_findings (review); i++)
    n_problems += gloss_review_finding_is_problem (gloss_review_get_finding (review, i));

  for (guint r = 0; r < runs; r++)
    {
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      GlossParallelView *view = GLOSS_PARALLEL_VIEW (gloss_parallel_view_new ());
      g_autoptr(GlossReviewMarks) marks = NULL;
      guint length = gloss_transcript_get_length (transcript);
      double t0, t1, tm, t2, t3, step;
      guint hits = 0;

      gtk_window_set_default_size (window, 1280, 860);
      gtk_window_set_child (window, GTK_WIDGET (view));
      gtk_window_present (window);
      pump ();
      marks = gloss_review_marks_new (view);

      t0 = now_ms ();
      gloss_parallel_view_set_project (view, project);
      t1 = now_ms ();
      /* the text laid out, as when a review comes in */
      pump ();
      tm = now_ms ();
      gloss_review_marks_set_review (marks, review);
      step = now_ms () - tm;
      best_call = MIN (best_call, step);
      while (gloss_review_marks_get_pending (marks))
        {
          double before = now_ms ();

          g_main_context_iteration (NULL, TRUE);
          step = MAX (step, now_ms () - before);
        }
      t2 = now_ms ();
      for (guint i = 0; i < 10000; i++)
        hits += gloss_review_marks_finding_at (marks, GLOSS_TEXT_TRANSCRIPT, (guint) ((guint64) i * length / 10000)) != NULL;
      t3 = now_ms ();

      best_load = MIN (best_load, t1 - t0);
      best_step = MIN (best_step, step);
      best_mark = MIN (best_mark, t2 - tm);
      best_lookup = MIN (best_lookup, (t3 - t2) / 10.0);
      g_assert_cmpuint (hits, <=, 10000);

      gtk_window_destroy (window);
      pump ();
    }

  g_print ("%5.2f MB translation, %5.2f MB original, %u findings (%u problems): "
           "load both texts %7.1f ms, mark every finding: the call %5.1f ms, longest step %5.1f ms, "
           "until all marked %7.1f ms; "
           "tooltip lookup %6.2f µs\n",
           translation->len / 1e6, original_text->len / 1e6, gloss_review_get_n_findings (review), n_problems,
           best_load, best_call, best_step, best_mark, best_lookup);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 3;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Best of this many runs", "N" },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("no display: run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  run (1250 * 1000, (guint) MAX (runs, 1));
  run (5 * 1000 * 1000, (guint) MAX (runs, 1));

  return 0;
}
