/* bench-stats-page: opening the Statistics page on 50,000 claims (the 16x
 * bench project), from gloss_stats_page_set_project to the end of the
 * first frame that shows it (counts, layout and the cairo charts); target
 * at most 200 ms. Needs a display:
 *
 *   xvfb-run -a build/tests/bench/gloss-bench-stats-page [--runs 3]
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "bench-gen.h"
#include "gloss-import-format.h"
#include "gloss-stats-page.h"

#define TARGET_SECONDS 0.2

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

int
main (int    argc,
      char **argv)
{
  int runs = 3;
  g_autofree char *text = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *page;
  double best = G_MAXDOUBLE;

  gtk_init ();
  adw_init ();
  if (argc > 2 && strcmp (argv[1], "--runs") == 0)
    runs = MAX (atoi (argv[2]), 1);

  text = bench_generate_text (BENCH_BASE_TEXT_BYTES * 16, 15);
  transcript = gloss_import_data (text, strlen (text), "bench.txt", NULL, NULL, &error);
  g_assert_no_error (error);
  project = bench_generate_project (transcript, BENCH_BASE_CLAIMS * 16, 15);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 420, 860);
  page = gloss_stats_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (page))
    g_main_context_iteration (NULL, TRUE);

  for (int run = 0; run < runs; run++)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (page);
      gboolean painted = FALSE;
      gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
      gint64 start = g_get_monotonic_time ();

      gloss_stats_page_set_project (GLOSS_STATS_PAGE (page), project);
      while (!painted)
        g_main_context_iteration (NULL, TRUE);
      best = MIN (best, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
      g_signal_handler_disconnect (clock, id);
      gloss_stats_page_set_project (GLOSS_STATS_PAGE (page), NULL);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  g_print ("statistics page: %u claims shown in %.3f s (target %.1f s): %s\n",
           gloss_project_get_n_claims (project), best, TARGET_SECONDS, best <= TARGET_SECONDS ? "PASS" : "FAIL");
  gtk_window_destroy (GTK_WINDOW (window));

  return best <= TARGET_SECONDS ? 0 : 1;
}
