/* gloss-bench: times the core paths on synthetic projects of growing size
 * against the targets of issue 7. See tests/bench/README.md. */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "gloss-export-format.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"

#include "bench-gen.h"

/* targets, issue 7 */
#define TARGET_IMPORT_SECONDS_PER_5MB 0.5
#define TARGET_LOAD_RATIO             1.5
#define TARGET_LOAD_SAVE_RATIO        1.5
#define TARGET_RSS_RATIO              10.0
#define TARGET_SCALING_SLACK          1.25   /* 16x the input in at most 20x the time */

typedef enum
{
  PHASE_NOOP,
  PHASE_GENERATE_FILES,
  PHASE_IMPORT,
  PHASE_IMPORT_WRAPPED,
  PHASE_IMPORT_ONE_LINE,
  PHASE_JSON_PARSE,
  PHASE_JSON_GENERATE,
  PHASE_JSON_PARSE_GENERATE,
  PHASE_LOAD,
  PHASE_SAVE,
  PHASE_LOAD_SAVE,
  PHASE_CSV,
  N_PHASES
} Phase;

static const char * const phase_names[N_PHASES] = {
  "noop", "generate", "import", "import-wrapped", "import-one-line", "json-parse", "json-generate", "json-parse+generate",
  "load", "save", "load+save", "csv",
};

/* the phases that are timed, in print order */
static const Phase timed_phases[] = {
  PHASE_IMPORT, PHASE_IMPORT_WRAPPED, PHASE_IMPORT_ONE_LINE, PHASE_JSON_PARSE, PHASE_LOAD,
  PHASE_JSON_GENERATE, PHASE_SAVE,
  PHASE_JSON_PARSE_GENERATE, PHASE_LOAD_SAVE, PHASE_CSV,
};

typedef struct
{
  double scale;
  guint32 seed;
  char *text_path;
  char *wrapped_path;    /* the text hard-wrapped at 76 columns */
  char *one_line_path;   /* the text without line breaks */
  char *project_path;
  char *out_path;
  /* set up before the timed part */
  char *contents;
  gsize length;
  GlossProject *project;
  JsonParser *parser;
} Context;

/* with --cpu, judge by the child's CPU time: steadier on a shared machine,
 * though it leaves out the wait for fsync */
static gboolean use_cpu_time = FALSE;

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct
{
  gboolean ok;
  double seconds;   /* the one judged: wall, or CPU with --cpu */
  double wall;
  double cpu;
  long max_rss_kb;
  guint64 output_size;
  guint n_claims;
  guint n_turns;
  char message[512];
} Result;

static gboolean
phase_setup (Phase     phase,
             Context  *ctx,
             GError  **error)
{
  switch (phase)
    {
    case PHASE_JSON_PARSE:
    case PHASE_JSON_PARSE_GENERATE:
      return TRUE;
    case PHASE_JSON_GENERATE:
      ctx->parser = json_parser_new ();
      return json_parser_load_from_file (ctx->parser, ctx->project_path, error);
    case PHASE_SAVE:
    case PHASE_CSV:
      {
        g_autoptr(GFile) file = g_file_new_for_path (ctx->project_path);

        ctx->project = gloss_project_file_load (file, error);
        return ctx->project != NULL;
      }
    default:
      return TRUE;
    }
}

static gboolean
json_generate (JsonNode    *root,
               const char  *path,
               GError     **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;
  gsize length;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, &length);

  /* durable like an atomic save: temporary file, fsync, rename */
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0644, error);
}

/* the timed part; a function of its own so that callgrind can collect only
 * it: valgrind --tool=callgrind --toggle-collect=run_phase */
G_GNUC_NO_INLINE static gboolean
run_phase (Phase    phase,
           Context *ctx,
           Result  *result,
           GError **error)
{
  switch (phase)
    {
    case PHASE_NOOP:
      return TRUE;

    case PHASE_GENERATE_FILES:
      {
        g_autofree char *text = bench_generate_text ((gsize) (BENCH_BASE_TEXT_BYTES * ctx->scale), ctx->seed);
        g_autoptr(GlossTranscript) transcript = NULL;
        g_autoptr(GlossProject) project = NULL;
        g_autoptr(GFile) file = g_file_new_for_path (ctx->project_path);

        g_autofree char *wrapped = bench_wrap_text (text, 76);
        g_autofree char *one_line = bench_one_line_text (text);

        if (!g_file_set_contents (ctx->text_path, text, -1, error) ||
            !g_file_set_contents (ctx->wrapped_path, wrapped, -1, error) ||
            !g_file_set_contents (ctx->one_line_path, one_line, -1, error))
          return FALSE;
        transcript = gloss_import_data (text, strlen (text), "bench.txt", NULL, NULL, error);
        if (transcript == NULL)
          return FALSE;
        project = bench_generate_project (transcript, (guint) (BENCH_BASE_CLAIMS * ctx->scale), ctx->seed);
        result->n_claims = gloss_project_get_n_claims (project);
        result->n_turns = gloss_transcript_get_n_turns (transcript);
        return gloss_project_file_save (project, file, error);
      }

    case PHASE_IMPORT:
    case PHASE_IMPORT_WRAPPED:
    case PHASE_IMPORT_ONE_LINE:
      {
        g_autoptr(GFile) file = g_file_new_for_path (phase == PHASE_IMPORT ? ctx->text_path :
                                                     phase == PHASE_IMPORT_WRAPPED ? ctx->wrapped_path :
                                                     ctx->one_line_path);
        g_autoptr(GlossTranscript) transcript = gloss_import_file (file, NULL, NULL, error);

        if (transcript == NULL)
          return FALSE;
        result->n_turns = gloss_transcript_get_n_turns (transcript);
        return TRUE;
      }

    case PHASE_JSON_PARSE:
      {
        g_autoptr(JsonParser) parser = json_parser_new ();

        if (!g_file_get_contents (ctx->project_path, &ctx->contents, &ctx->length, error))
          return FALSE;
        return json_parser_load_from_data (parser, ctx->contents, ctx->length, error);
      }

    case PHASE_JSON_GENERATE:
      return json_generate (json_parser_get_root (ctx->parser), ctx->out_path, error);

    case PHASE_JSON_PARSE_GENERATE:
      {
        g_autoptr(JsonParser) parser = json_parser_new ();

        if (!g_file_get_contents (ctx->project_path, &ctx->contents, &ctx->length, error) ||
            !json_parser_load_from_data (parser, ctx->contents, ctx->length, error))
          return FALSE;
        return json_generate (json_parser_get_root (parser), ctx->out_path, error);
      }

    case PHASE_LOAD:
      {
        g_autoptr(GFile) file = g_file_new_for_path (ctx->project_path);
        g_autoptr(GlossProject) project = gloss_project_file_load (file, error);

        if (project == NULL)
          return FALSE;
        result->n_claims = gloss_project_get_n_claims (project);
        return TRUE;
      }

    case PHASE_SAVE:
      {
        g_autoptr(GFile) out = g_file_new_for_path (ctx->out_path);

        return gloss_project_file_save (ctx->project, out, error);
      }

    case PHASE_LOAD_SAVE:
      {
        g_autoptr(GFile) file = g_file_new_for_path (ctx->project_path);
        g_autoptr(GFile) out = g_file_new_for_path (ctx->out_path);
        g_autoptr(GlossProject) project = gloss_project_file_load (file, error);

        return project != NULL && gloss_project_file_save (project, out, error);
      }

    case PHASE_CSV:
      {
        g_autoptr(GBytes) bytes = gloss_export (ctx->project, NULL,
                                                gloss_export_format_lookup ("csv"),
                                                GLOSS_EXPORT_FLAGS_NONE, error);

        if (bytes == NULL)
          return FALSE;
        result->output_size = g_bytes_get_size (bytes);
        return TRUE;
      }

    case N_PHASES:
    default:
      g_assert_not_reached ();
    }
}

static void
run_in_process (Phase    phase,
                Context *ctx,
                Result  *result)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 begin;
  double cpu_begin;

  memset (result, 0, sizeof *result);
  if (phase_setup (phase, ctx, &error))
    {
      cpu_begin = cpu_seconds ();
      begin = g_get_monotonic_time ();
      result->ok = run_phase (phase, ctx, result, &error);
      result->wall = (g_get_monotonic_time () - begin) / (double) G_USEC_PER_SEC;
      result->cpu = cpu_seconds () - cpu_begin;
      result->seconds = use_cpu_time ? result->cpu : result->wall;
    }
  if (error != NULL)
    g_strlcpy (result->message, error->message, sizeof result->message);

  getrusage (RUSAGE_SELF, &usage);
  result->max_rss_kb = usage.ru_maxrss;
}

/* in a child, so that its peak resident memory is this phase's alone */
static Result
run_forked (Phase    phase,
            Context *ctx)
{
  Result result = { 0, };
  int fds[2];
  pid_t pid;
  int status = 0;

  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      close (fds[0]);
      run_in_process (phase, ctx, &result);
      if (write (fds[1], &result, sizeof result) != sizeof result)
        _exit (1);
      _exit (0);
    }

  close (fds[1]);
  if (read (fds[0], &result, sizeof result) != sizeof result)
    {
      memset (&result, 0, sizeof result);
      g_snprintf (result.message, sizeof result.message, "the child died");
    }
  close (fds[0]);
  waitpid (pid, &status, 0);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      result.ok = FALSE;
      g_snprintf (result.message, sizeof result.message, "the child died (status %d)", status);
    }

  return result;
}

/* the best of each measure over the runs */
static Result
run_best (Phase    phase,
          Context *ctx,
          guint    runs)
{
  Result best = { 0, };

  for (guint i = 0; i < runs; i++)
    {
      Result r = run_forked (phase, ctx);

      if (!r.ok)
        return r;
      if (i == 0)
        {
          best = r;
          continue;
        }
      best.seconds = MIN (best.seconds, r.seconds);
      best.wall = MIN (best.wall, r.wall);
      best.cpu = MIN (best.cpu, r.cpu);
      best.max_rss_kb = MIN (best.max_rss_kb, r.max_rss_kb);
    }

  return best;
}

static char *
format_size (guint64 bytes)
{
  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

static char *
format_seconds (double s)
{
  if (s < 1.0)
    return g_strdup_printf ("%7.1f ms", s * 1000);
  return g_strdup_printf ("%7.3f s ", s);
}

static gboolean
parse_scales (const char *str,
              GArray     *scales)
{
  g_auto(GStrv) parts = g_strsplit (str, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *end = NULL;
      double value = g_ascii_strtod (parts[i], &end);

      if (end == parts[i] || *end != '\0' || value <= 0 || value > 256)
        return FALSE;
      g_array_append_val (scales, value);
    }

  return scales->len > 0;
}

static void
context_clear (Context *ctx)
{
  g_clear_pointer (&ctx->text_path, g_free);
  g_clear_pointer (&ctx->wrapped_path, g_free);
  g_clear_pointer (&ctx->one_line_path, g_free);
  g_clear_pointer (&ctx->project_path, g_free);
  g_clear_pointer (&ctx->out_path, g_free);
  g_clear_pointer (&ctx->contents, g_free);
  g_clear_object (&ctx->project);
  g_clear_object (&ctx->parser);
}

static void
context_init (Context    *ctx,
              const char *dir,
              double      scale,
              guint32     seed)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->scale = scale;
  ctx->seed = seed;
  ctx->text_path = g_strdup_printf ("%s/bench-%gx.txt", dir, scale);
  ctx->wrapped_path = g_strdup_printf ("%s/bench-%gx-wrapped.txt", dir, scale);
  ctx->one_line_path = g_strdup_printf ("%s/bench-%gx-one-line.txt", dir, scale);
  ctx->project_path = g_strdup_printf ("%s/bench-%gx.gloss", dir, scale);
  ctx->out_path = g_strdup_printf ("%s/bench-%gx-out.gloss", dir, scale);
}

static guint64
file_size (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return 0;
  return buf.st_size;
}

static gboolean
check (gboolean    pass,
       const char *format,
       ...) G_GNUC_PRINTF (2, 3);

static gboolean
check (gboolean    pass,
       const char *format,
       ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  g_print ("  %s  %s\n", pass ? "PASS" : "FAIL", line);

  return pass;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) scales = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *scale_str = NULL;
  g_autofree char *keep_dir = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *dir = NULL;
  Result results[16][N_PHASES] = { { { 0, } } };
  guint64 text_sizes[16], project_sizes[16];
  gboolean all_pass = TRUE;
  Result baseline;
  int runs = 3;
  int seed = 1;
  const GOptionEntry entries[] = {
    { "scale", 's', 0, G_OPTION_ARG_STRING, &scale_str, "Sizes, comma-separated (default 1,4,16; 16 is 5 MB of text and 50,000 claims)", "1,4,16" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs per measure; the best counts (default 3)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed of the generator (default 1)", "S" },
    { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep_dir, "Write the generated files to DIR and keep them", "DIR" },
    { "cpu", 0, 0, G_OPTION_ARG_NONE, &use_cpu_time, "Judge by CPU time instead of wall-clock time", NULL },
    { "profile", 'p', 0, G_OPTION_ARG_STRING, &profile, "Run one phase once in this process, for perf or callgrind: import, load, save, load+save, csv, json-parse, …", "PHASE" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  option_context = g_option_context_new ("— benchmark of import, load, save and export (issue 7)");
  g_option_context_add_main_entries (option_context, entries, NULL);
  if (!g_option_context_parse (option_context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!parse_scales (scale_str ? scale_str : "1,4,16", scales) || scales->len > 16 || runs < 1)
    {
      g_printerr ("--scale wants up to 16 numbers such as 1,4,16; --runs at least 1\n");
      return 2;
    }

  if (keep_dir != NULL)
    {
      if (g_mkdir_with_parents (keep_dir, 0755) != 0)
        {
          g_printerr ("%s: %s\n", keep_dir, g_strerror (errno));
          return 1;
        }
      dir = g_strdup (keep_dir);
    }
  else if ((dir = g_dir_make_tmp ("gloss-bench-XXXXXX", &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (profile != NULL)
    {
      Context ctx;
      Result r, gen;
      Phase phase = N_PHASES;

      for (guint p = 0; p < N_PHASES; p++)
        if (g_str_equal (profile, phase_names[p]))
          phase = p;
      if (phase == N_PHASES)
        {
          g_printerr ("unknown phase “%s”\n", profile);
          return 2;
        }

      context_init (&ctx, dir, g_array_index (scales, double, 0), seed);
      if (!g_file_test (ctx.project_path, G_FILE_TEST_EXISTS))
        {
          gen = run_forked (PHASE_GENERATE_FILES, &ctx);
          if (!gen.ok)
            {
              g_printerr ("%s\n", gen.message);
              return 1;
            }
        }
      run_in_process (phase, &ctx, &r);
      g_print ("%s at %gx: %.3f s (CPU %.3f s), peak RSS %ld KiB%s%s\n", profile, ctx.scale, r.wall, r.cpu,
               r.max_rss_kb, r.ok ? "" : ", failed: ", r.message);
      context_clear (&ctx);
      return r.ok ? 0 : 1;
    }

  baseline = run_forked (PHASE_NOOP, &(Context) { 0, });
  g_print ("gloss-bench: best of %d run%s per measure, judged by %s time; each in a forked\n"
           "child for its peak RSS (baseline RSS of a child doing nothing: %ld KiB); files in %s\n",
           runs, runs == 1 ? "" : "s", use_cpu_time ? "CPU" : "wall-clock",
           baseline.max_rss_kb, dir);

  for (guint s = 0; s < scales->len; s++)
    {
      double scale = g_array_index (scales, double, s);
      g_autofree char *text_size = NULL;
      g_autofree char *project_size = NULL;
      Context ctx;
      Result gen;

      context_init (&ctx, dir, scale, seed);
      gen = run_forked (PHASE_GENERATE_FILES, &ctx);
      if (!gen.ok)
        {
          g_printerr ("generating %gx: %s\n", scale, gen.message);
          return 1;
        }
      text_sizes[s] = file_size (ctx.text_path);
      project_sizes[s] = file_size (ctx.project_path);
      text_size = format_size (text_sizes[s]);
      project_size = format_size (project_sizes[s]);

      g_print ("\n%gx: text %s (%u turns), project %s (%u claims)\n",
               scale, text_size, gen.n_turns, project_size, gen.n_claims);
      g_print ("  %-20s %10s  %10s  %10s  %s\n", "phase", "wall", "CPU", "peak RSS", "RSS / input");

      for (guint i = 0; i < G_N_ELEMENTS (timed_phases); i++)
        {
          Phase phase = timed_phases[i];
          Result *r = &results[s][phase];
          gboolean importing = phase == PHASE_IMPORT || phase == PHASE_IMPORT_WRAPPED ||
                               phase == PHASE_IMPORT_ONE_LINE;
          guint64 input = importing ? text_sizes[s] : project_sizes[s];
          g_autofree char *wall = NULL;
          g_autofree char *cpu = NULL;
          g_autofree char *rss = NULL;

          *r = run_best (phase, &ctx, runs);
          if (!r->ok)
            {
              g_print ("  %-20s failed: %s\n", phase_names[phase], r->message);
              all_pass = FALSE;
              continue;
            }
          wall = format_seconds (r->wall);
          cpu = format_seconds (r->cpu);
          rss = format_size ((guint64) r->max_rss_kb * 1024);
          g_print ("  %-20s %10s  %10s  %10s  %5.1f×", phase_names[phase], wall, cpu, rss,
                   (double) r->max_rss_kb * 1024 / input);
          if (importing)
            g_print ("  (%u turns)", r->n_turns);
          g_print ("\n");
        }

      if (results[s][PHASE_LOAD].ok && results[s][PHASE_JSON_PARSE].ok)
        g_print ("  load / parse = %.2f;  (load+save) / (parse+generate) = %.2f\n",
                 results[s][PHASE_LOAD].seconds / results[s][PHASE_JSON_PARSE].seconds,
                 results[s][PHASE_LOAD_SAVE].seconds / results[s][PHASE_JSON_PARSE_GENERATE].seconds);
      context_clear (&ctx);
    }

  {
    guint first = 0, last = scales->len - 1;
    double first_scale = g_array_index (scales, double, first);
    double last_scale = g_array_index (scales, double, last);
    double text_ratio = (double) text_sizes[last] / text_sizes[first];
    double import_limit = TARGET_IMPORT_SECONDS_PER_5MB * text_sizes[last] / (5.0 * 1024 * 1024);
    Result *big = results[last];
    double rss_load = (double) big[PHASE_LOAD].max_rss_kb * 1024 / project_sizes[last];
    double rss_load_save = (double) big[PHASE_LOAD_SAVE].max_rss_kb * 1024 / project_sizes[last];
    double rss_import = (double) big[PHASE_IMPORT].max_rss_kb * 1024 / text_sizes[last];

    if (last > first)
      {
        g_print ("\nscaling %gx / %gx (input %.1f× larger; target ≤ %.1f×):\n",
                 last_scale, first_scale, text_ratio, text_ratio * TARGET_SCALING_SLACK);
        for (guint i = 0; i < G_N_ELEMENTS (timed_phases); i++)
          {
            Phase phase = timed_phases[i];
            double ratio = results[last][phase].seconds / results[first][phase].seconds;

            if (!results[last][phase].ok || !results[first][phase].ok)
              continue;
            all_pass &= check (ratio <= text_ratio * TARGET_SCALING_SLACK, "%-20s %6.1f×",
                               phase_names[phase], ratio);
          }
      }

    g_print ("\ntargets at %gx:\n", last_scale);
    all_pass &= check (big[PHASE_IMPORT].ok && big[PHASE_IMPORT].seconds <= import_limit,
                       "import %.2f s ≤ %.2f s (0.5 s per 5 MB of text)",
                       big[PHASE_IMPORT].seconds, import_limit);
    all_pass &= check (big[PHASE_IMPORT_WRAPPED].ok && big[PHASE_IMPORT_WRAPPED].seconds <= import_limit,
                       "import of the text hard-wrapped %.2f s ≤ %.2f s (issue 16)",
                       big[PHASE_IMPORT_WRAPPED].seconds, import_limit);
    all_pass &= check (big[PHASE_IMPORT_ONE_LINE].ok && big[PHASE_IMPORT_ONE_LINE].seconds <= import_limit,
                       "import of the text on one line %.2f s ≤ %.2f s (issue 16)",
                       big[PHASE_IMPORT_ONE_LINE].seconds, import_limit);
    all_pass &= check (big[PHASE_LOAD].ok &&
                       big[PHASE_LOAD].seconds <= TARGET_LOAD_RATIO * big[PHASE_JSON_PARSE].seconds,
                       "load %.3f s ≤ %.1f × json-glib parse %.3f s (ratio %.2f)",
                       big[PHASE_LOAD].seconds, TARGET_LOAD_RATIO, big[PHASE_JSON_PARSE].seconds,
                       big[PHASE_LOAD].seconds / big[PHASE_JSON_PARSE].seconds);
    all_pass &= check (big[PHASE_LOAD_SAVE].ok &&
                       big[PHASE_LOAD_SAVE].seconds <= TARGET_LOAD_SAVE_RATIO * big[PHASE_JSON_PARSE_GENERATE].seconds,
                       "load+save %.3f s ≤ %.1f × json-glib parse+generate %.3f s (ratio %.2f)",
                       big[PHASE_LOAD_SAVE].seconds, TARGET_LOAD_SAVE_RATIO,
                       big[PHASE_JSON_PARSE_GENERATE].seconds,
                       big[PHASE_LOAD_SAVE].seconds / big[PHASE_JSON_PARSE_GENERATE].seconds);
    all_pass &= check (big[PHASE_LOAD].ok && rss_load <= TARGET_RSS_RATIO,
                       "load peak RSS %.1f× the file (≤ %.0f×)", rss_load, TARGET_RSS_RATIO);
    all_pass &= check (big[PHASE_LOAD_SAVE].ok && rss_load_save <= TARGET_RSS_RATIO,
                       "load+save peak RSS %.1f× the file (≤ %.0f×)", rss_load_save, TARGET_RSS_RATIO);
    all_pass &= check (big[PHASE_IMPORT].ok && rss_import <= TARGET_RSS_RATIO,
                       "import peak RSS %.1f× the text (≤ %.0f×)", rss_import, TARGET_RSS_RATIO);
  }

  if (keep_dir == NULL)
    {
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          g_unlink (path);
        }
      g_rmdir (dir);
    }

  g_print ("\n%s\n", all_pass ? "all targets met" : "some targets missed");
  return all_pass ? 0 : 1;
}
