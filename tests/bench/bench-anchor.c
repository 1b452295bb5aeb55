/* gloss-bench-anchor: times re-anchoring the claims of a synthetic project
 * on a revision of its text with scattered edits, against the target of
 * issue 12 (50,000 claims on 5 MB in at most 2 s, linear in the claims).
 * See tests/bench/README.md. */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gloss-anchor.h"
#include "gloss-history.h"
#include "gloss-revision.h"

#include "bench-gen.h"

#define TARGET_SECONDS        2.0
#define TARGET_SCALING_SLACK  1.25   /* 16x the input in at most 20x the time */
/* per 1x (320 KiB): so 16x has a few hundred */
#define EDITS_PER_SCALE       20

static const char * const replacement_words[] = {
  "revised", "corrected", "updated", "amended",
};

/* the start of the word at or after @pos */
static gsize
word_start (GString *s,
            gsize    pos)
{
  while (pos < s->len && s->str[pos] != ' ' && s->str[pos] != '\n')
    pos++;
  while (pos < s->len && (s->str[pos] == ' ' || s->str[pos] == '\n'))
    pos++;
  return pos;
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  gsize x = *(const gsize *) a;
  gsize y = *(const gsize *) b;

  return (x < y) - (x > y);
}

/* An editor's note on top, one paragraph per scale moved far, and
 * EDITS_PER_SCALE edits per scale of five kinds: a figure corrected, a
 * word replaced, a sentence deleted, a sentence inserted, a space doubled. */
static char *
revise (const char *text,
        double      scale,
        guint32     seed,
        guint      *n_edits)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ^ 0xed17);
  GString *s = g_string_new (text);
  guint n = (guint) (EDITS_PER_SCALE * scale);
  g_autofree gsize *positions = g_new (gsize, n);

  for (guint m = 0; m < MAX (1, (guint) scale); m++)
    {
      gsize from = word_start (s, g_rand_int_range (rand, 0, s->len / 2));
      const char *para_start = g_strstr_len (s->str + from, -1, "\n\n");
      const char *para_end;
      g_autofree char *paragraph = NULL;
      gsize to;

      if (para_start == NULL || (para_end = strstr (para_start + 2, "\n\n")) == NULL)
        continue;
      paragraph = g_strndup (para_start + 2, para_end - para_start);
      g_string_erase (s, para_start + 2 - s->str, para_end - para_start);
      to = word_start (s, g_rand_int_range (rand, s->len / 2, s->len - 1));
      para_start = strstr (s->str + to, "\n\n");
      if (para_start == NULL)
        g_string_append (s, paragraph);
      else
        g_string_insert (s, para_start + 2 - s->str, paragraph);
    }

  for (guint i = 0; i < n; i++)
    positions[i] = g_rand_int_range (rand, 0, s->len - 600);
  qsort (positions, n, sizeof (gsize), compare_descending);

  for (guint i = 0; i < n; i++)
    {
      gsize pos = word_start (s, positions[i]);
      const char *stop;

      switch (g_rand_int_range (rand, 0, 5))
        {
        case 0:
          for (; pos < s->len && !g_ascii_isdigit (s->str[pos]); pos++)
            ;
          if (pos < s->len)
            s->str[pos] = s->str[pos] == '9' ? '1' : s->str[pos] + 1;
          break;
        case 1:
          {
            gsize end = pos;

            while (end < s->len && g_ascii_isalpha (s->str[end]))
              end++;
            g_string_erase (s, pos, end - pos);
            g_string_insert (s, pos, replacement_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (replacement_words))]);
          }
          break;
        case 2:
          if ((stop = strstr (s->str + pos, ". ")) != NULL)
            g_string_erase (s, pos, stop + 2 - (s->str + pos));
          break;
        case 3:
          g_string_insert (s, pos, "An inserted sentence explains the revised budget. ");
          break;
        default:
          for (; pos < s->len && s->str[pos] != ' '; pos++)
            ;
          if (pos < s->len)
            g_string_insert_c (s, pos, ' ');
        }
    }

  g_string_prepend (s, "Editor's note: this transcript was corrected after publication.\n\n");
  *n_edits = n;
  return g_string_free (s, FALSE);
}

typedef struct
{
  double diff;
  double anchor;
  double total;
  /* the user's step: gloss_revision_new, then the history applies it and undoes it */
  double revision;
  double apply;
  double undo;
  guint counts[GLOSS_ANCHOR_STATUS_LAST + 1];
  guint n_claims;
  gsize text_size;
  guint n_edits;
} Measure;

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

static void
measure (double   text_scale,
         double   claim_scale,
         guint32  seed,
         guint    runs,
         Measure *m)
{
  g_autofree char *text = bench_generate_text ((gsize) (BENCH_BASE_TEXT_BYTES * text_scale), seed);
  g_autofree char *revised = revise (text, text_scale, seed, &m->n_edits);
  g_autoptr(GlossTranscript) old_text = gloss_transcript_new (text, -1);
  g_autoptr(GlossTranscript) new_text = gloss_transcript_new (revised, -1);
  g_autoptr(GlossProject) project = bench_generate_project (old_text, (guint) (BENCH_BASE_CLAIMS * claim_scale), seed);
  g_autoptr(GPtrArray) claims = g_ptr_array_new ();
  g_autoptr(GlossHistory) history = gloss_history_new (project);

  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    g_ptr_array_add (claims, gloss_project_get_claim (project, i));

  m->n_claims = claims->len;
  m->text_size = strlen (text);
  m->diff = m->anchor = m->total = m->revision = m->apply = m->undo = G_MAXDOUBLE;

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(GlossDiff) diff = NULL;
      g_autoptr(GArray) results = NULL;
      g_autoptr(GArray) again = NULL;
      g_autoptr(GlossRevision) revision = NULL;
      double t0, t1, t2, t3, t4, t5, t6;

      t0 = now ();
      diff = gloss_diff_new (text, -1, revised, -1);
      t1 = now ();
      results = gloss_anchor_claims_full (old_text, new_text, diff, claims, GLOSS_ANCHOR_DEFAULT_THRESHOLD);
      t2 = now ();
      again = gloss_anchor_claims (old_text, new_text, claims);
      t3 = now ();
      revision = gloss_revision_new (project, new_text);
      t4 = now ();
      gloss_history_replace_transcript (history, revision);
      t5 = now ();
      gloss_history_undo (history);
      t6 = now ();
      g_assert (gloss_project_get_transcript (project) == old_text);

      m->revision = MIN (m->revision, t4 - t3);
      m->apply = MIN (m->apply, t5 - t4);
      m->undo = MIN (m->undo, t6 - t5);
      m->diff = MIN (m->diff, t1 - t0);
      m->anchor = MIN (m->anchor, t2 - t1);
      m->total = MIN (m->total, t3 - t2);
      gloss_anchor_count (results, m->counts);
    }
}

static void
print_measure (const char *label,
               Measure    *m)
{
  g_print ("%-22s %6.2f MB %7u claims %4u edits   diff %7.1f ms   anchor %7.1f ms   total %7.1f ms"
           "   (exact %u, moved %u, fuzzy %u, orphaned %u)\n",
           label, m->text_size / 1e6, m->n_claims, m->n_edits, m->diff * 1000, m->anchor * 1000,
           m->total * 1000, m->counts[GLOSS_ANCHOR_EXACT], m->counts[GLOSS_ANCHOR_MOVED],
           m->counts[GLOSS_ANCHOR_FUZZY], m->counts[GLOSS_ANCHOR_ORPHANED]);
  g_print ("%-22s revision %7.1f ms   history step %7.1f ms   undo %7.1f ms\n", "",
           m->revision * 1000, m->apply * 1000, m->undo * 1000);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) option_context = g_option_context_new ("— time re-anchoring claims");
  g_autoptr(GError) error = NULL;
  int runs = 3;
  int seed = 16;
  int large = 16;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Best of N runs (3)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the generated text (16)", "N" },
    { "scale", 0, 0, G_OPTION_ARG_INT, &large, "The large scale (16)", "N" },
    { "cpu", 0, 0, G_OPTION_ARG_NONE, &use_cpu_time, "Time by CPU time, not wall time", NULL },
    { NULL }
  };
  Measure small = { 0, }, big = { 0, }, text_only = { 0, };
  double scaling;
  gboolean ok;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (option_context, entries, NULL);
  if (!g_option_context_parse (option_context, &argc, &argv, &error) || runs < 1 || large < 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--runs must be at least 1, --scale 2");
      return 2;
    }

  g_print ("%s time, best of %d\n", use_cpu_time ? "CPU" : "wall", runs);
  measure (1, 1, seed, runs, &small);
  print_measure ("1x", &small);
  measure (large, large, seed, runs, &big);
  print_measure (large == 16 ? "16x" : "large", &big);
  /* the same text with the claims of 1x: what the text costs alone */
  measure (large, 1, seed, runs, &text_only);
  print_measure ("large text, 1x claims", &text_only);

  scaling = big.total / small.total;
  g_print ("\nratio large/1x: %.1f for %dx the input (target at most %.0f)\n",
           scaling, large, large * TARGET_SCALING_SLACK);
  g_print ("claims' share at the large scale: %.1f ms for %u claims (%.2f µs each)\n",
           (big.total - text_only.total) * 1000, big.n_claims - text_only.n_claims,
           (big.total - text_only.total) * 1e6 / MAX (1, big.n_claims - text_only.n_claims));

  g_print ("the whole replacement at the large scale (revision + history step): %.3f s\n",
           big.revision + big.apply);

  ok = big.total <= TARGET_SECONDS && scaling <= large * TARGET_SCALING_SLACK &&
       big.revision + big.apply <= TARGET_SECONDS;
  g_print ("%s: %u claims on %.1f MB in %.3f s (target %.1f s), scaling %.1f (target %.0f)\n",
           ok ? "PASS" : "FAIL", big.n_claims, big.text_size / 1e6, big.total, TARGET_SECONDS,
           scaling, large * TARGET_SCALING_SLACK);

  return ok ? 0 : 1;
}
