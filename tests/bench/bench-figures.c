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

static const char * const english_months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};
static const char * const english_counts[] = {
  "", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
};
static const char * const chinese_counts[] = {
  "", "", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
  "十五", "十六", "十七", "十八", "十九",
};

/* One placeholder, written both ways. */
static void
expand (GString    *en,
        GString    *zh,
        char        placeholder,
        GRand      *rand)
{
  int a = g_rand_int_range (rand, 100, 1000);
  int b = g_rand_int_range (rand, 11, 100);
  int month = g_rand_int_range (rand, 1, 13);

  switch (placeholder)
    {
    case 'N':  /* 961,000 / 96.1万 */
      g_string_append_printf (en, "%d,000", a);
      if (a % 10 == 0)
        g_string_append_printf (zh, "%d万", a / 10);
      else
        g_string_append_printf (zh, "%d.%d万", a / 10, a % 10);
      break;
    case 'n':  /* 748 */
      g_string_append_printf (en, "%d", a);
      g_string_append_printf (zh, "%d", a);
      break;
    case 'M':  /* 365 million / 3.65亿 */
      g_string_append_printf (en, "%d million", a);
      g_string_append_printf (zh, "%d.%02d亿", a / 100, a % 100);
      break;
    case 'B':  /* 1.4 billion / 14亿 */
      g_string_append_printf (en, "%d.%d billion", b / 10, b % 10);
      g_string_append_printf (zh, "%d亿", b);
      break;
    case 'P':  /* 15.9% */
      g_string_append_printf (en, "%d.%d%%", b / 3, b % 10);
      g_string_append_printf (zh, "%d.%d%%", b / 3, b % 10);
      break;
    case 'X':  /* 2.1 times / 2.1倍 */
      g_string_append_printf (en, "%d.%d times", b / 20 + 1, b % 10);
      g_string_append_printf (zh, "%d.%d倍", b / 20 + 1, b % 10);
      break;
    case 'Q':  /* 1.2 percentage points / 1.2个百分点 */
      g_string_append_printf (en, "%d.%d percentage points", b / 30, b % 10);
      g_string_append_printf (zh, "%d.%d个百分点", b / 30, b % 10);
      break;
    case 'Y':
      g_string_append_printf (en, "%d", 2015 + a % 10);
      g_string_append_printf (zh, "%d年", 2015 + a % 10);
      break;
    case 'O':  /* July / 7月 */
      g_string_append (en, english_months[month - 1]);
      g_string_append_printf (zh, "%d月", month);
      break;
    case 'D':  /* July 16 / 7月16日 */
      g_string_append_printf (en, "%s %d", english_months[month - 1], b % 28 + 1);
      g_string_append_printf (zh, "%d月%d日", month, b % 28 + 1);
      break;
    case 'R':  /* the first five months / 1—5月 */
      g_string_append_printf (en, "the first %s months", english_counts[a % 10 + 2]);
      g_string_append_printf (zh, "1—%d月", a % 10 + 2);
      break;
    case 'W':  /* seven / 七 */
      g_string_append (en, english_counts[a % 18 + 2]);
      g_string_append (zh, chinese_counts[a % 18 + 2]);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* English and Chinese, the same paragraph: {X} in English is a placeholder,
 * {1} in Chinese the value of the English text's first placeholder */
static const char * const templates[][2] = {
  { "In the first half of {Y}, the added value of industrial enterprises above designated size grew by {P} year on year, and {W} provinces reported growth above {P}.",
    "{1}上半年，规模以上工业增加值同比增长{2}，{3}个省份增速超过{4}。" },
  { "By the end of {O}, {N} 5G base stations had been built, and 5G terminal connections reached {M}.",
    "截至{1}底，累计建成5G基站{2}个，5G终端连接数达到{3}户。" },
  { "In {R}, software revenue totaled {B} yuan, up {P}, and profits rose {P}.",
    "{1}，软件业务收入{2}元，同比增长{3}，利润增长{4}。" },
  { "Exports of integrated circuits were {X} those of {Y}, and their share rose {Q}.",
    "集成电路出口额是{2}的{1}，占比提高{3}。" },
  { "First, we will implement the 14th Five-Year Plan (2021-2025) for the information and communications industry, with {N} new jobs.",
    "一是落实好信息通信行业“十四五”规划，新增就业岗位{1}个。" },
  { "Second, COVID-19 vaccine producers delivered {B} doses, and the hotline 12381 answered {n} calls on {D}.",
    "二是新冠疫苗生产企业供应疫苗{1}剂，12381热线在{3}接听电话{2}个。" },
  { "The ministry inspected {W} app stores and removed {n} apps within {W} days; one of the stores was fined.",
    "工信部检查了{1}家应用商店，在{3}天内下架应用{2}款，其中一家被罚款。" },
};

static void
append_template (GString *out_en,
                 GString *out_zh,
                 guint    index,
                 GRand   *rand)
{
  g_autoptr(GPtrArray) zh_values = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = templates[index][0]; *p != '\0'; p++)
    if (p[0] == '{' && p[2] == '}')
      {
        GString *value_zh = g_string_new (NULL);

        expand (out_en, value_zh, p[1], rand);
        g_ptr_array_add (zh_values, g_string_free (value_zh, FALSE));
        p += 2;
      }
    else
      g_string_append_c (out_en, *p);

  for (const char *p = templates[index][1]; *p != '\0'; p++)
    if (p[0] == '{' && p[2] == '}')
      {
        guint k = p[1] - '1';

        g_assert_cmpuint (k, <, zh_values->len);
        g_string_append (out_zh, g_ptr_array_index (zh_values, k));
        p += 2;
      }
    else
      g_string_append_c (out_zh, *p);
}

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
          append_template (corpus->english, corpus->chinese, n % G_N_ELEMENTS (templates), rand);
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
