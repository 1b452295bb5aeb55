#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-fileutil.h"
#include "gloss-project-file.h"

int
gloss_cli_fmt (char **argv)
{
  gboolean check = FALSE;
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "check", 'c', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &check,
      N_("Write nothing; exit with status 1 if a file is not in canonical form"), NULL },
    { "verbose", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &verbose,
      N_("Name each file that is (or would be) rewritten"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  int status = GLOSS_CLI_EXIT_OK;

  context = gloss_cli_option_context_new ("fmt", N_("PROJECT.gloss…"),
                                          N_("Rewrite each project file in canonical form "
                                             "(pretty-printed, keys in a fixed order, claims "
                                             "sorted), atomically and in place. A file already "
                                             "in canonical form is left untouched."),
                                          entries);
  if (!gloss_cli_parse (context, "fmt", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("fmt", _("no project file given"));

  for (guint i = 1; argv[i] != NULL; i++)
    {
      g_autoptr(GlossProject) project = NULL;
      g_autoptr(GBytes) canonical = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;
      gsize canonical_length = 0;
      const char *canonical_data;

      project = gloss_cli_load_project (argv[i], &contents, &length, &error);
      if (project == NULL)
        {
          status = gloss_cli_runtime_error (error);
          continue;
        }

      canonical = gloss_project_file_to_bytes (project);
      canonical_data = g_bytes_get_data (canonical, &canonical_length);
      if (canonical_length == length &&
          (length == 0 || memcmp (canonical_data, contents, length) == 0))
        continue;

      if (check)
        {
          g_printerr (_("%s: not in canonical form"), argv[i]);
          g_printerr ("\n");
          status = GLOSS_CLI_EXIT_FAILURE;
          continue;
        }

      file = gloss_cli_file_for_arg (argv[i]);
      if (!gloss_file_replace_atomic (file, canonical_data, canonical_length, &error))
        {
          gloss_cli_prefix_error (&error, file, argv[i]);
          status = gloss_cli_runtime_error (error);
          continue;
        }

      if (verbose)
        {
          g_print (_("%s: rewritten"), argv[i]);
          g_print ("\n");
        }
    }

  return status;
}
