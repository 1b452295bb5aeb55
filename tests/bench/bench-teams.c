/* gloss-bench-teams: times merging annotators' projects and the agreement
 * figures against the targets of issue 13 (two 50,000-claim projects on
 * the 5 MB text merged in at most 1 s, agreement in at most 1 s). See
 * tests/bench/README.md. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include "gloss-agreement.h"
#include "gloss-compare.h"
#include "gloss-import-format.h"
#include "gloss-merge.h"
#include "gloss-project-file.h"

#include "bench-gen.h"

#define TARGET_SECONDS 1.0
/* claims each side of the 3-way merge edits */
#define EDITS          1000

/* with --cpu, the process's CPU time: steadier on a loaded machine */
static gboolean use_cpu_time = FALSE;

static double
now (void)
{
  struct timespec ts;

  if (!use_cpu_time)
    return g_get_monotonic_time () / 1e6;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static GlossProject *
reload (GlossProject *project)
{
  g_autoptr(GBytes) bytes = gloss_project_file_to_bytes (project);
  g_autoptr(GError) error = NULL;
  GlossProject *copy = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL),
                                                     g_bytes_get_size (bytes), "copy.gloss", &error);

  g_assert_no_error (error);
  return copy;
}

/* every @step-th claim from @first gets @note */
static void
edit_notes (GlossProject *project,
            guint         first,
            guint         step,
            const char   *note)
{
  for (guint i = first, n = 0; i < gloss_project_get_n_claims (project) && n < EDITS; i += step, n++)
    gloss_project_set_claim_note (project, gloss_project_get_claim (project, i), note);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) option_context = g_option_context_new ("— time merging and agreement");
  g_autoptr(GError) error = NULL;
  int runs = 3;
  int scale = 16;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Best of N runs (3)", "N" },
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale, "Text and claims, times 320 KiB and 3,125 (16)", "N" },
    { "cpu", 0, 0, G_OPTION_ARG_NONE, &use_cpu_time, "Time by CPU time, not wall time", NULL },
    { NULL }
  };
  g_autofree char *text = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) a = NULL, b = NULL, ours = NULL, theirs = NULL;
  double merge = G_MAXDOUBLE, write = G_MAXDOUBLE, merge3 = G_MAXDOUBLE;
  double agreement = G_MAXDOUBLE, compare = G_MAXDOUBLE;
  guint n_merged = 0, n_conflicts = 0, n_disagreements = 0;
  gboolean ok;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (option_context, entries, NULL);
  if (!g_option_context_parse (option_context, &argc, &argv, &error) || runs < 1 || scale < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--runs and --scale must be at least 1");
      return 2;
    }

  text = bench_generate_text ((gsize) BENCH_BASE_TEXT_BYTES * scale, 13);
  transcript = gloss_import_data (text, strlen (text), "bench.txt", "text", NULL, &error);
  g_assert_no_error (error);
  a = bench_generate_project (transcript, BENCH_BASE_CLAIMS * scale, 1);
  b = bench_generate_project (transcript, BENCH_BASE_CLAIMS * scale, 2);
  ours = reload (a);
  theirs = reload (a);
  edit_notes (ours, 0, 7, "ours");
  edit_notes (theirs, 3, 5, "theirs");

  for (int run = 0; run < runs; run++)
    {
      GlossProject *pair[] = { a, b };
      const char *names[] = { "a.gloss", "b.gloss", "c.gloss" };
      g_autoptr(GlossProject) merged = NULL;
      g_autoptr(GlossProject) merged3 = NULL;
      g_autoptr(GlossAgreement) figures = NULL;
      g_autoptr(GPtrArray) disagreements = NULL;
      g_autoptr(GBytes) bytes = NULL;
      double t0, t1, t2, t3, t4, t5;

      t0 = now ();
      merged = gloss_merge_projects (pair, names, 2, NULL, &error);
      g_assert_no_error (error);
      t1 = now ();
      bytes = gloss_project_file_to_bytes (merged);
      t2 = now ();
      merged3 = gloss_merge3 (a, ours, theirs, names, &n_conflicts, NULL, &error);
      g_assert_no_error (error);
      t3 = now ();
      figures = gloss_agreement_new (pair, names, 2, NULL, &error);
      g_assert_no_error (error);
      t4 = now ();
      disagreements = gloss_compare_disagreements (a, b);
      t5 = now ();

      merge = MIN (merge, t1 - t0);
      write = MIN (write, t2 - t1);
      merge3 = MIN (merge3, t3 - t2);
      agreement = MIN (agreement, t4 - t3);
      compare = MIN (compare, t5 - t4);
      n_merged = gloss_project_get_n_claims (merged);
      n_disagreements = disagreements->len;
      if (run == 0)
        g_print ("overall κ %.3f, α %.3f, F1 %.3f over %u code points\n",
                 gloss_agreement_get_overall (figures)->kappa,
                 gloss_agreement_get_overall (figures)->alpha,
                 gloss_agreement_get_overall (figures)->f1,
                 gloss_agreement_get_n_units (figures));
    }

  g_print ("%s time, best of %d; %.2f MB text, %u + %u claims\n", use_cpu_time ? "CPU" : "wall", runs, strlen (text) / 1e6,
           gloss_project_get_n_claims (a), gloss_project_get_n_claims (b));
  g_print ("merge A B          %7.1f ms  (%u claims)\n", merge * 1000, n_merged);
  g_print ("  write the result %7.1f ms\n", write * 1000);
  g_print ("merge --base       %7.1f ms  (%u conflicts)\n", merge3 * 1000, n_conflicts);
  g_print ("agreement A B      %7.1f ms\n", agreement * 1000);
  g_print ("compare A B        %7.1f ms  (%u disagreements)\n", compare * 1000, n_disagreements);

  ok = merge <= TARGET_SECONDS && agreement <= TARGET_SECONDS;
  if (scale == 16)
    g_print ("target (merge and agreement each at most %.0f s on 16x): %s\n", TARGET_SECONDS,
             ok ? "met" : "MISSED");
  return 0;
}
