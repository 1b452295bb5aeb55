/* bench-review: aligns a generated English briefing of 5 MB (and 2 and 4
 * times that) with its Chinese original and reviews its figures, as
 * gloss-cli review and the window do. Built, not a test:
 *
 *   build/tests/bench/gloss-bench-review [--scale 1,2,4] [--runs 3] [--perturb 50]
 *
 * The briefing has turns of a few speakers and outlets, each of one to four
 * paragraphs; the original leaves out a hand-off now and then, and now and
 * then one of its paragraphs is two in the translation. Times are CPU
 * seconds (best of --runs) of gloss_aligner_align and gloss_review_new on
 * texts already imported. --perturb N changes every N-th digit of the
 * original, for a review with findings all over. It prints PASS/FAIL for 5 MB in at most 1 s and
 * for linear scaling (n times the text in at most 1.25 n the time) and
 * exits 1 on a FAIL. */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-bilingual.h"
#include "gloss-aligner.h"
#include "gloss-import-format.h"
#include "gloss-review.h"

#define TARGET_SECONDS        1.0
#define TARGET_SCALING_SLACK  1.25
#define BASE_SIZE             ((gsize) 5 * 1000 * 1000)

static const char * const speakers[][2] = {
  { "Tian Yulong", "田玉龙" },
  { "Huang Libin", "黄利斌" },
  { "Zhao Zhiguo", "赵志国" },
};
static const char * const outlets[][2] = {
  { "China Daily", "中国日报记者" },
  { "CCTV", "中央广播电视总台记者" },
  { "Xinhua News Agency", "新华社记者" },
};

static void
generate (gsize    size,
          GString *en,
          GString *zh)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (16072021);
  guint turn = 0, template = 0;

  g_string_append (en, "SCIO briefing on industry and information technology\nBeijing | July 16, 2021\n\n");
  g_string_append (zh, "国新办工业和信息化发展情况发布会\n北京 | 2021年7月16日\n\n");
  for (guint s = 0; s < G_N_ELEMENTS (speakers); s++)
    {
      g_string_append_printf (en, "%s, spokesperson of the MIIT\n\n", speakers[s][0]);
      g_string_append_printf (zh, "%s，工业和信息化部新闻发言人\n\n", speakers[s][1]);
    }
  g_string_append (en, "Shou Xiaoli, moderator\n\n");
  g_string_append (zh, "寿小丽，主持人\n\n");

  while (en->len < size)
    {
      gboolean question = turn % 2 == 1;
      const char * const *who = question ? outlets[turn / 2 % G_N_ELEMENTS (outlets)]
                                         : speakers[turn / 2 % G_N_ELEMENTS (speakers)];
      guint paragraphs = question ? 1 : 1 + g_rand_int_range (rand, 0, 4);

      /* a hand-off the original leaves out */
      if (turn % 37 == 36)
        g_string_append (en, "Shou Xiaoli:\n\nNext question, please.\n\n");

      g_string_append_printf (en, "%s:\n\n", who[0]);
      g_string_append_printf (zh, "%s：\n\n", who[1]);
      for (guint p = 0; p < paragraphs; p++)
        {
          for (guint k = 0; k < 3; k++)
            {
              bench_bilingual_append (en, zh, template++ % BENCH_BILINGUAL_N_TEMPLATES, rand);
              /* one paragraph of the original is two in the translation */
              g_string_append (en, k < 2 ? (turn % 53 == 7 && k == 0 ? "\n\n" : " ") : "");
            }
          g_string_append (en, "\n\n");
          g_string_append (zh, "\n\n");
        }
      turn++;
    }
  g_string_append (en, "Translated and edited by Zhou Lan\n");
}

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct
{
  double scale;
  gsize bytes;
  guint turns;
  guint pairs;
  guint findings;
  guint problems;
  double align;
  double review;
} Row;

/* every @every-th digit of the original one more: mismatches all over */
static void
perturb (GString *zh,
         guint    every)
{
  guint n = 0;

  for (gsize i = 0; every > 0 && i < zh->len; i++)
    if (g_ascii_isdigit (zh->str[i]) && ++n % every == 0)
      zh->str[i] = '0' + (zh->str[i] - '0' + 1) % 10;
}

static void
measure (Row  *row,
         guint runs,
         guint every)
{
  g_autoptr(GString) en = g_string_new (NULL);
  g_autoptr(GString) zh = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  generate ((gsize) (BASE_SIZE * row->scale), en, zh);
  perturb (zh, every);
  row->bytes = en->len;
  row->align = row->review = G_MAXDOUBLE;

  for (guint r = 0; r < runs; r++)
    {
      /* fresh texts each run: the figures of a text are kept with it */
      g_autoptr(GlossTranscript) t = gloss_import_data (en->str, en->len, "bench-en.txt", NULL, NULL, &error);
      g_autoptr(GlossTranscript) o = gloss_import_data (zh->str, zh->len, "bench-zh.txt", NULL, NULL, &error);
      g_autoptr(GlossAlignment) alignment = NULL;
      g_autoptr(GlossReview) review = NULL;
      double t0, t1, t2;

      g_assert_no_error (error);
      row->turns = gloss_transcript_get_n_turns (t);
      t0 = now ();
      alignment = gloss_aligner_align (t, o, NULL, &error);
      t1 = now ();
      g_assert_no_error (error);
      review = gloss_review_new (t, o, alignment, NULL, &error);
      t2 = now ();
      g_assert_no_error (error);

      row->align = MIN (row->align, t1 - t0);
      row->review = MIN (row->review, t2 - t1);
      row->pairs = gloss_alignment_get_n_turn_pairs (alignment);
      row->findings = gloss_review_get_n_findings (review);
      row->problems = row->findings - gloss_review_count (review, GLOSS_FIGURE_MATCH);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *scales = NULL;
  int runs = 3;
  int every = 0;
  const GOptionEntry entries[] = {
    { "perturb", 0, 0, G_OPTION_ARG_INT, &every, "Change every N-th digit of the original (0: none)", "N" },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scales, "Sizes as multiples of 5 MB (1,2,4)", "LIST" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Best of RUNS (3)", "RUNS" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time alignment and review");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  parts = g_strsplit (scales != NULL ? scales : "1,2,4", ",", -1);

  g_print ("%-6s %10s %7s %7s %9s %9s %8s %8s %8s %7s\n", "scale", "bytes", "turns", "pairs",
           "findings", "problems", "align s", "review s", "total s", "ratio");
  for (guint i = 0; parts[i] != NULL; i++)
    {
      Row row = { g_ascii_strtod (parts[i], NULL), };
      const Row *first;
      double total, first_total;

      if (row.scale <= 0)
        continue;
      measure (&row, MAX (runs, 1), MAX (every, 0));
      g_array_append_val (rows, row);
      first = &g_array_index (rows, Row, 0);
      total = row.align + row.review;
      first_total = first->align + first->review;
      g_print ("%-6g %10zu %7u %7u %9u %9u %8.3f %8.3f %8.3f %7.2f\n", row.scale, row.bytes, row.turns,
               row.pairs, row.findings, row.problems, row.align, row.review, total,
               first_total > 0 ? total / first_total : 0);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      double seconds_per_5mb = (row->align + row->review) * BASE_SIZE / row->bytes;

      if (row->scale == 1)
        {
          gboolean pass = seconds_per_5mb <= TARGET_SECONDS;

          g_print ("%s: 5 MB aligned and reviewed in %.3f s (target %.1f s)\n", pass ? "PASS" : "FAIL",
                   seconds_per_5mb, TARGET_SECONDS);
          ok = ok && pass;
        }
    }
  if (rows->len >= 2)
    {
      const Row *a = &g_array_index (rows, Row, 0), *b = &g_array_index (rows, Row, rows->len - 1);
      double input = (double) b->bytes / a->bytes;
      double time = (b->align + b->review) / (a->align + a->review);
      gboolean pass = time <= input * TARGET_SCALING_SLACK;

      g_print ("%s: %.2f times the text in %.2f times the time (at most %.2f)\n", pass ? "PASS" : "FAIL",
               input, time, input * TARGET_SCALING_SLACK);
      ok = ok && pass;
    }

  return ok ? 0 : 1;
}
