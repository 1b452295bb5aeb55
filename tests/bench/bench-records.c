/* bench-records: "Suggest Claims" over a generated 5 MB briefing (target
 * at most 1 s) and the statistics' counts for 50,000 claims (target at
 * most 200 ms, the heart of opening the Statistics page). Built, not a
 * test:
 *
 *   build/tests/bench/gloss-bench-records [--runs 3]
 *
 * Times are wall-clock seconds, best of --runs; it prints PASS or FAIL
 * against each target and exits 1 on a FAIL. */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "bench-gen.h"
#include "gloss-import-format.h"
#include "gloss-stats.h"
#include "gloss-suggest.h"

#define TARGET_SUGGEST_SECONDS 1.0
#define TARGET_STATS_SECONDS   0.2

int
main (int    argc,
      char **argv)
{
  int runs = 3;
  gboolean failed = FALSE;
  g_autofree char *text = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) plain = NULL;
  g_autoptr(GlossProject) claimed = NULL;
  g_autoptr(GError) error = NULL;
  double best_suggest = G_MAXDOUBLE, best_stats = G_MAXDOUBLE;
  guint n_suggestions = 0, n_speakers = 0;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "best of N runs", "N" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  text = bench_generate_text (BENCH_BASE_TEXT_BYTES * 16, 15);
  transcript = gloss_import_data (text, strlen (text), "bench.txt", NULL, NULL, &error);
  if (transcript == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* the default topics and their keywords, no claim yet */
  plain = gloss_project_new (transcript);
  claimed = bench_generate_project (transcript, BENCH_BASE_CLAIMS * 16, 15);

  for (int run = 0; run < runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) suggestions = gloss_suggest (plain, NULL);
      double seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

      best_suggest = MIN (best_suggest, seconds);
      n_suggestions = suggestions->len;
    }
  for (int run = 0; run < runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GlossStats) stats = gloss_stats_new (claimed);
      double seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

      best_stats = MIN (best_stats, seconds);
      n_speakers = stats->speakers->len;
    }

  g_print ("text: %.1f MB, %u characters\n", strlen (text) / 1e6, gloss_transcript_get_length (transcript));
  g_print ("suggest: %u suggestions in %.3f s (target %.1f s): %s\n", n_suggestions, best_suggest,
           TARGET_SUGGEST_SECONDS, best_suggest <= TARGET_SUGGEST_SECONDS ? "PASS" : "FAIL");
  g_print ("stats: %u claims, %u speakers in %.3f s (target %.1f s): %s\n",
           gloss_project_get_n_claims (claimed), n_speakers, best_stats, TARGET_STATS_SECONDS,
           best_stats <= TARGET_STATS_SECONDS ? "PASS" : "FAIL");
  failed = best_suggest > TARGET_SUGGEST_SECONDS || best_stats > TARGET_STATS_SECONDS;

  return failed ? 1 : 0;
}
