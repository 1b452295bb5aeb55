#include <string.h>
/* bench-find: the find bar's costs on a generated 5 MB briefing: folding
 * the text once (when a text is shown), then each query (a keystroke):
 * a common word, a rare one, a figure, one with an accent, one letter.
 * Built, not a test:
 *
 *   build/tests/bench/gloss-bench-find [--runs 3]
 *
 * Times are wall-clock milliseconds, best of --runs. */
#include "config.h"

#include <locale.h>

#include "bench-gen.h"
#include "gloss-text-find.h"

static int runs = 3;

static const GOptionEntry entries[] = {
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Best of N runs (3)", "N" },
  { NULL }
};

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = { "the", "semiconductor", "SUPPLY CHAIN", "961,000", "e", "nothing-like-this" };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time find-in-transcript");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GlossTextFinder) finder = NULL;
  double best = G_MAXDOUBLE;
  gsize size;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  text = bench_generate_text (16 * BENCH_BASE_TEXT_BYTES, 1);
  size = strlen (text);
  g_print ("text: %.1f MB, %ld code points\n", size / 1e6, g_utf8_strlen (text, -1));

  for (int r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      g_clear_pointer (&finder, gloss_text_finder_free);
      finder = gloss_text_finder_new (text, (gssize) size);
      best = MIN (best, (g_get_monotonic_time () - t0) / 1000.0);
    }
  g_print ("fold the text once: %.1f ms\n", best);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      guint n = 0;

      best = G_MAXDOUBLE;
      for (int r = 0; r < runs; r++)
        {
          gint64 t0 = g_get_monotonic_time ();
          g_autoptr(GArray) spans = gloss_text_finder_find (finder, queries[q]);

          best = MIN (best, (g_get_monotonic_time () - t0) / 1000.0);
          n = spans->len;
        }
      g_print ("find \"%s\": %u matches, %.1f ms\n", queries[q], n, best);
    }

  return 0;
}
