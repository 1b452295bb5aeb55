/* bench-figures: times figure extraction, the review of a translation against
 * its original (extract both sides of every paragraph pair and compare them),
 * one comparison of all the figures of both texts, and sentence splitting, on
 * generated English briefings of 5 MB / 16, / 4 and 5 MB and their faithful
 * Chinese originals. Built, not a test:
 *
 *   build/tests/bench/bench-figures [--runs 3]
 *   valgrind --tool=callgrind --toggle-collect=run_phase \
 *     build/tests/bench/bench-figures --profile "extract zh" --size 1
 *
 * Times are CPU seconds, best of --runs. It prints the findings of the review
 * (on a faithful pair, all should be matches), PASS/FAIL for the review of
 * 5 MB in at most 1 s and for linear scaling, and exits 1 on a FAIL. On a
 * loaded machine CPU times still drift: compare callgrind's instruction
 * counts at --size 0.3125 and 5 instead. */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-bilingual.h"
#include "gloss-figures.h"
#include "gloss-sentences.h"

#define TARGET_REVIEW_SECONDS 1.0      /* 5 MB of translation against its original */
#define TARGET_SCALING_SLACK  1.25     /* n times the input in at most 1.25 n the time */
#define FULL_SIZE             (5 * 1000 * 1000)

typedef struct
{
  GString *english;
  GString *chinese;
  GArray *english_paragraphs;  /* gsize pairs: start, length */
  GArray *chinese_paragraphs;
} Corpus;

static void
add_paragraph (GArray *paragraphs,
               gsize   start,
               gsize   end)
{
  gsize range[2] = { start, end - start };

  g_array_append_vals (paragraphs, range, 2);
}

static Corpus *
corpus_new (gsize size)
{
  Corpus *corpus = g_new0 (Corpus, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (16072021);
  guint n = 0;

  corpus->english = g_string_sized_new (size + 1024);
  corpus->chinese = g_string_sized_new (size + 1024);
  corpus->english_paragraphs = g_array_new (FALSE, FALSE, sizeof (gsize));
  corpus->chinese_paragraphs = g_array_new (FALSE, FALSE, sizeof (gsize));
  while (corpus->english->len < size)
    {
      gsize en_start = corpus->english->len, zh_start = corpus->chinese->len;

      for (guint k = 0; k < 3; k++, n++)
        {
          bench_bilingual_append (corpus->english, corpus->chinese, n % BENCH_BILINGUAL_N_TEMPLATES, rand);
          if (k < 2)
            g_string_append_c (corpus->english, ' ');
        }
      add_paragraph (corpus->english_paragraphs, en_start, corpus->english->len);
      add_paragraph (corpus->chinese_paragraphs, zh_start, corpus->chinese->len);
      g_string_append (corpus->english, "\n\n");
      g_string_append (corpus->chinese, "\n\n");
    }
  return corpus;
}

static void
corpus_free (Corpus *corpus)
{
  g_string_free (corpus->english, TRUE);
  g_string_free (corpus->chinese, TRUE);
  g_array_unref (corpus->english_paragraphs);
  g_array_unref (corpus->chinese_paragraphs);
  g_free (corpus);
}

/* CPU time: the work is single-threaded, and on a shared machine wall-clock
 * time measures the neighbours */
static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct
{
  guint figures;
  guint findings[GLOSS_FIGURE_FINDING_STATUS_LAST + 1];
} Counts;

static void
run_review (const Corpus *corpus,
            Counts       *counts)
{
  guint pairs = corpus->english_paragraphs->len / 2;

  for (guint n = 0; n < pairs; n++)
    {
      gsize en_start = g_array_index (corpus->english_paragraphs, gsize, 2 * n);
      gsize en_length = g_array_index (corpus->english_paragraphs, gsize, 2 * n + 1);
      gsize zh_start = g_array_index (corpus->chinese_paragraphs, gsize, 2 * n);
      gsize zh_length = g_array_index (corpus->chinese_paragraphs, gsize, 2 * n + 1);
      g_autoptr(GPtrArray) en = gloss_figures_extract (corpus->english->str + en_start, en_length, 0, "en");
      g_autoptr(GPtrArray) zh = gloss_figures_extract (corpus->chinese->str + zh_start, zh_length, 0, "zh");
      g_autoptr(GPtrArray) findings = gloss_figures_compare (en, zh);

      counts->figures += en->len + zh->len;
      for (guint k = 0; k < findings->len; k++)
        counts->findings[((GlossFigureFinding *) g_ptr_array_index (findings, k))->status]++;
    }
}

typedef enum
{
  PHASE_EXTRACT_EN,
  PHASE_EXTRACT_ZH,
  PHASE_REVIEW,
  PHASE_COMPARE_WHOLE,
  PHASE_SENTENCES_EN,
  PHASE_SENTENCES_ZH,
  N_PHASES
} Phase;

static const char * const phase_names[N_PHASES] = {
  "extract en", "extract zh", "review en+zh", "compare whole", "sentences en", "sentences zh",
};

static double
run_phase (Phase         phase,
           const Corpus *corpus,
           Counts       *counts,
           GPtrArray    *en_figures,
           GPtrArray    *zh_figures)
{
  double start = now ();

  switch (phase)
    {
    case PHASE_EXTRACT_EN:
      g_ptr_array_unref (gloss_figures_extract (corpus->english->str, corpus->english->len, 0, "en"));
      break;
    case PHASE_EXTRACT_ZH:
      g_ptr_array_unref (gloss_figures_extract (corpus->chinese->str, corpus->chinese->len, 0, "zh"));
      break;
    case PHASE_REVIEW:
      memset (counts, 0, sizeof *counts);
      run_review (corpus, counts);
      break;
    case PHASE_COMPARE_WHOLE:
      g_ptr_array_unref (gloss_figures_compare (en_figures, zh_figures));
      break;
    case PHASE_SENTENCES_EN:
      g_array_unref (gloss_sentences_split (corpus->english->str, corpus->english->len, 0, "en"));
      break;
    case PHASE_SENTENCES_ZH:
      g_array_unref (gloss_sentences_split (corpus->chinese->str, corpus->chinese->len, 0, "zh"));
      break;
    case N_PHASES:
    default:
      g_assert_not_reached ();
    }
  return now () - start;
}

int
main (int   argc,
      char *argv[])
{
  static const double fractions[] = { 1.0 / 16, 1.0 / 4, 1.0 };
  double seconds[G_N_ELEMENTS (fractions)][N_PHASES];
  double english_mb[G_N_ELEMENTS (fractions)];
  int runs = 3;
  double size_mb = FULL_SIZE / 1e6;
  g_autofree char *profile = NULL;
  gboolean pass = TRUE;
  Counts counts = { 0 };
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Best of N runs (3)", "N" },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile, "Run one phase once, for callgrind or perf", "PHASE" },
    { "size", 0, 0, G_OPTION_ARG_DOUBLE, &size_mb, "English text size for --profile, in MB (5)", "MB" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time figure extraction and review");
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--runs must be at least 1");
      return 2;
    }

  if (profile != NULL)
    {
      int phase;
      Corpus *corpus;
      g_autoptr(GPtrArray) en = NULL;
      g_autoptr(GPtrArray) zh = NULL;

      for (phase = 0; phase < N_PHASES && g_strcmp0 (phase_names[phase], profile) != 0; phase++)
        ;
      if (phase == N_PHASES || size_mb <= 0)
        {
          g_printerr ("unknown phase \"%s\" (one of: extract en, extract zh, review en+zh, compare whole, "
                      "sentences en, sentences zh), or a size that is not positive\n", profile);
          return 2;
        }
      corpus = corpus_new ((gsize) (size_mb * 1e6));
      en = gloss_figures_extract (corpus->english->str, corpus->english->len, 0, "en");
      zh = gloss_figures_extract (corpus->chinese->str, corpus->chinese->len, 0, "zh");
      g_print ("%s: %.3f s\n", profile, run_phase (phase, corpus, &counts, en, zh));
      corpus_free (corpus);
      return 0;
    }

  for (guint s = 0; s < G_N_ELEMENTS (fractions); s++)
    {
      Corpus *corpus = corpus_new ((gsize) (FULL_SIZE * fractions[s]));
      g_autoptr(GPtrArray) en = gloss_figures_extract (corpus->english->str, corpus->english->len, 0, "en");
      g_autoptr(GPtrArray) zh = gloss_figures_extract (corpus->chinese->str, corpus->chinese->len, 0, "zh");

      english_mb[s] = corpus->english->len / 1e6;
      g_print ("size %.2f MB English (%u figures), %.2f MB Chinese (%u figures), %u paragraph pairs\n",
               english_mb[s], en->len, corpus->chinese->len / 1e6, zh->len,
               corpus->english_paragraphs->len / 2);
      for (int phase = 0; phase < N_PHASES; phase++)
        {
          double bytes = phase == PHASE_EXTRACT_ZH || phase == PHASE_SENTENCES_ZH
                         ? corpus->chinese->len
                         : corpus->english->len;

          seconds[s][phase] = G_MAXDOUBLE;
          for (int r = 0; r < runs; r++)
            seconds[s][phase] = MIN (seconds[s][phase], run_phase (phase, corpus, &counts, en, zh));
          g_print ("  %-14s %8.3f s  %7.1f MB/s\n", phase_names[phase], seconds[s][phase],
                   bytes / 1e6 / seconds[s][phase]);
        }
      g_print ("  review findings: %u match, %u mismatch, %u missing in translation, %u missing in original\n",
               counts.findings[GLOSS_FIGURE_MATCH], counts.findings[GLOSS_FIGURE_MISMATCH],
               counts.findings[GLOSS_FIGURE_MISSING_IN_TRANSLATION],
               counts.findings[GLOSS_FIGURE_MISSING_IN_ORIGINAL]);
      corpus_free (corpus);
    }

  {
    guint last = G_N_ELEMENTS (fractions) - 1;
    double review = seconds[last][PHASE_REVIEW] * (FULL_SIZE / 1e6) / english_mb[last];
    double input_ratio = english_mb[last] / english_mb[0];

    g_print ("\nreview of 5 MB against its original: %.3f s (target %.1f s): %s\n",
             review, TARGET_REVIEW_SECONDS, review <= TARGET_REVIEW_SECONDS ? "PASS" : "FAIL");
    pass = pass && review <= TARGET_REVIEW_SECONDS;
    for (int phase = 0; phase < N_PHASES; phase++)
      {
        double ratio = seconds[last][phase] / seconds[0][phase];
        gboolean linear = ratio <= input_ratio * TARGET_SCALING_SLACK;

        /* one comparison of every figure of both texts sorts them: n log n,
         * a stress test; a review compares pair by pair, which is linear */
        if (phase == PHASE_COMPARE_WHOLE)
          {
            g_print ("scaling %-14s %.1fx the input in %.1fx the time (n log n, not judged)\n",
                     phase_names[phase], input_ratio, ratio);
            continue;
          }
        g_print ("scaling %-14s %.1fx the input in %.1fx the time: %s\n", phase_names[phase],
                 input_ratio, ratio, linear ? "PASS" : "FAIL");
        pass = pass && linear;
      }
  }
  return pass ? 0 : 1;
}
