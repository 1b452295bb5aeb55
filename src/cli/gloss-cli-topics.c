#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-codebook.h"
#include "gloss-fileutil.h"
#include "gloss-project-file.h"

/* gloss-cli topics export PROJECT -o CODEBOOK.qdc
 * gloss-cli topics import PROJECT CODEBOOK.qdc
 * The topics of a project as a REFI-QDA codebook, to reuse them in another
 * project or QDA program. */

static GPtrArray *
project_topics (GlossProject *project)
{
  GPtrArray *topics = g_ptr_array_new ();

  for (guint i = 0; i < gloss_project_get_n_topics (project); i++)
    g_ptr_array_add (topics, gloss_project_get_topic (project, i));
  return topics;
}

static int
export_codebook (const char *project_arg,
                 const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = gloss_cli_load_project (project_arg, NULL, NULL, &error);
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  gsize length;
  const char *data;

  if (project == NULL)
    return gloss_cli_runtime_error (error);
  topics = project_topics (project);
  bytes = gloss_codebook_write (topics, &error);
  if (bytes == NULL)
    {
      g_printerr ("%s: %s\n", project_arg, error->message);
      return GLOSS_CLI_EXIT_FAILURE;
    }
  data = g_bytes_get_data (bytes, &length);
  if (output == NULL || g_str_equal (output, "-"))
    {
      if (!gloss_cli_write_stdout (data, length, &error))
        return gloss_cli_runtime_error (error);
      return GLOSS_CLI_EXIT_OK;
    }
  file = gloss_cli_file_for_arg (output);
  if (!gloss_file_replace_atomic (file, data, length, &error))
    {
      gloss_cli_prefix_error (&error, file, output);
      return gloss_cli_runtime_error (error);
    }
  return GLOSS_CLI_EXIT_OK;
}

static int
import_codebook (const char *project_arg,
                 const char *codebook_arg,
                 gboolean    verbose)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = gloss_cli_load_project (project_arg, NULL, NULL, &error);
  g_autoptr(GFile) codebook_file = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint added = 0;

  if (project == NULL)
    return gloss_cli_runtime_error (error);
  codebook_file = gloss_cli_file_for_arg (codebook_arg);
  if (!gloss_file_read_limited (codebook_file, GLOSS_IMPORT_MAX_SIZE, GLOSS_IMPORT_ERROR,
                                GLOSS_IMPORT_ERROR_IO, GLOSS_IMPORT_ERROR_NOT_REGULAR,
                                GLOSS_IMPORT_ERROR_TOO_LARGE, &contents, &length, &error))
    {
      gloss_cli_prefix_error (&error, codebook_file, codebook_arg);
      return gloss_cli_runtime_error (error);
    }
  topics = gloss_codebook_read (contents, length, codebook_arg, &error);
  if (topics == NULL)
    return gloss_cli_runtime_error (error);

  /* a topic the project already has by name is kept as it is */
  for (guint i = 0; i < topics->len; i++)
    {
      GlossTopic *topic = g_ptr_array_index (topics, i);
      gboolean known = FALSE;
      g_autofree char *id = g_strdup (gloss_topic_get_id (topic));
      g_autoptr(GlossTopic) copy = NULL;

      for (guint k = 0; k < gloss_project_get_n_topics (project) && !known; k++)
        known = g_utf8_collate (gloss_topic_get_name (gloss_project_get_topic (project, k)),
                                gloss_topic_get_name (topic)) == 0;
      if (known)
        continue;
      for (guint n = 2; gloss_project_lookup_topic (project, id) != NULL; n++)
        {
          g_free (id);
          id = g_strdup_printf ("%s-%u", gloss_topic_get_id (topic), n);
        }
      copy = gloss_topic_new (id, gloss_topic_get_name (topic), gloss_topic_get_color (topic));
      gloss_project_insert_topic (project, copy, gloss_project_get_n_topics (project));
      added++;
    }

  project_file = gloss_cli_file_for_arg (project_arg);
  if (added > 0 && !gloss_project_file_save (project, project_file, &error))
    {
      gloss_cli_prefix_error (&error, project_file, project_arg);
      return gloss_cli_runtime_error (error);
    }
  if (verbose)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u topic added", "%s: %u topics added", added),
               project_arg, added);
      g_print ("\n");
    }
  return GLOSS_CLI_EXIT_OK;
}

int
gloss_cli_topics (char **argv)
{
  g_autofree char *output = NULL;
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_("export: write the codebook to FILE instead of standard output"), N_("FILE") },
    { "verbose", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &verbose,
      N_("import: say how many topics were added"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  int status = GLOSS_CLI_EXIT_OK;

  context = gloss_cli_option_context_new ("topics", N_("export PROJECT.gloss | import PROJECT.gloss CODEBOOK.qdc"),
                                          N_("Write a project's topics as a REFI-QDA codebook (.qdc), "
                                             "or add a codebook's codes to a project as topics "
                                             "(nested codes become “Parent / Child”; topics the "
                                             "project has by name are left as they are)."),
                                          entries);
  if (!gloss_cli_parse (context, "topics", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("topics", _("say export or import"));
  if (g_str_equal (argv[1], "export"))
    {
      if (argv[2] == NULL)
        return gloss_cli_usage_error ("topics", _("no project file given"));
      if (argv[3] != NULL)
        return gloss_cli_usage_error ("topics", _("unexpected argument “%s”"), argv[3]);
      return export_codebook (argv[2], output);
    }
  if (g_str_equal (argv[1], "import"))
    {
      if (argv[2] == NULL)
        return gloss_cli_usage_error ("topics", _("no project file given"));
      if (argv[3] == NULL)
        return gloss_cli_usage_error ("topics", _("no codebook given"));
      if (argv[4] != NULL)
        return gloss_cli_usage_error ("topics", _("unexpected argument “%s”"), argv[4]);
      return import_codebook (argv[2], argv[3], verbose);
    }
  return gloss_cli_usage_error ("topics", _("“%s” is neither export nor import"), argv[1]);
}
