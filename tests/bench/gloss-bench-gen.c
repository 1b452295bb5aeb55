/* gloss-bench-gen: writes a synthetic transcript and its project.
 *   gloss-bench-gen [--scale N] [--claims M] [--seed S] OUT.txt [OUT.gloss] */

#include "config.h"

#include <stdlib.h>

#include "gloss-import-format.h"
#include "gloss-project-file.h"

#include "bench-gen.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autofree char *text = NULL;
  double scale = 1;
  int n_claims = -1;
  int seed = 1;
  const GOptionEntry entries[] = {
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale, "Size: 1 is 320 KiB of text and 3,125 claims (default 1)", "N" },
    { "claims", 'c', 0, G_OPTION_ARG_INT, &n_claims, "Number of claims (default: 3,125 × scale)", "M" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed (default 1)", "S" },
    { NULL }
  };

  context = g_option_context_new ("OUT.txt [OUT.gloss] — synthetic transcripts and projects");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || argc > 3 || scale <= 0)
    {
      g_printerr ("%s\n", error ? error->message : "usage: gloss-bench-gen [--scale N] OUT.txt [OUT.gloss]");
      return 2;
    }
  if (n_claims < 0)
    n_claims = (int) (BENCH_BASE_CLAIMS * scale);

  text = bench_generate_text ((gsize) (BENCH_BASE_TEXT_BYTES * scale), (guint32) seed);
  if (!g_file_set_contents (argv[1], text, -1, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (argc == 3)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);

      transcript = gloss_import_data (text, strlen (text), argv[1], NULL, NULL, &error);
      if (transcript == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      project = bench_generate_project (transcript, n_claims, (guint32) seed);
      if (!gloss_project_file_save (project, file, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }

  return 0;
}
