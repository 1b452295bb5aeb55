#include "config.h"

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-merge.h"
#include "gloss-project-file.h"

static void
print_notes (GPtrArray *notes)
{
  for (guint i = 0; i < notes->len; i++)
    g_printerr ("gloss-cli merge: %s\n", (const char *) g_ptr_array_index (notes, i));
}

static int
save (GlossProject *project,
      const char   *arg)
{
  g_autoptr(GFile) file = gloss_cli_file_for_arg (arg);
  g_autoptr(GError) error = NULL;

  if (!gloss_project_file_save (project, file, &error))
    {
      gloss_cli_prefix_error (&error, file, arg);
      return gloss_cli_runtime_error (error);
    }
  return GLOSS_CLI_EXIT_OK;
}

static gboolean
is_empty (const char *arg)
{
  g_autoptr(GFile) file = gloss_cli_file_for_arg (arg);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
         g_file_info_get_size (info) == 0;
}

/* git's merge driver: %O %A %B, the result replaces %A */
static int
merge3 (char      **files,
        const char *output)
{
  g_autoptr(GlossProject) base = NULL;
  g_autoptr(GlossProject) ours = NULL;
  g_autoptr(GlossProject) theirs = NULL;
  GlossProject **projects[3] = { &base, &ours, &theirs };
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_conflicts = 0;
  int status;

  for (guint i = 1; i < 3; i++)
    {
      *projects[i] = gloss_cli_load_project (files[i], NULL, NULL, &error);
      if (*projects[i] == NULL)
        return gloss_cli_runtime_error (error);
    }
  /* git gives an empty %O for a file added on both branches: no common
   * ancestor, so everything is an addition */
  if (is_empty (files[0]))
    base = gloss_project_new_blank (gloss_project_get_transcript (ours));
  else if ((base = gloss_cli_load_project (files[0], NULL, NULL, &error)) == NULL)
    return gloss_cli_runtime_error (error);

  merged = gloss_merge3 (base, ours, theirs, (const char * const *) files,
                         &n_conflicts, notes, &error);
  if (merged == NULL)
    return gloss_cli_runtime_error (error);
  print_notes (notes);

  status = save (merged, output != NULL ? output : files[1]);
  if (status != GLOSS_CLI_EXIT_OK)
    return status;

  if (n_conflicts > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "gloss-cli merge: %u claim was edited differently on both sides; "
                               "both versions are kept in %s: open it in Gloss to choose",
                               "gloss-cli merge: %u claims were edited differently on both sides; "
                               "both versions are kept in %s: open it in Gloss to choose",
                               n_conflicts),
                  n_conflicts, output != NULL ? output : files[1]);
      g_printerr ("\n");
      return GLOSS_CLI_EXIT_FAILURE;
    }
  return GLOSS_CLI_EXIT_OK;
}

int
gloss_cli_merge (char **argv)
{
  g_autofree char *base = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_("Write the merged project to FILE (with --base: instead of OURS)"), N_("FILE") },
    { "base", 'b', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &base,
      N_("3-way merge: BASE is the common ancestor of OURS and THEIRS, and the result is written into OURS (git’s %O %A %B)"),
      N_("BASE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GError) error = NULL;
  int status = GLOSS_CLI_EXIT_OK;
  guint n;

  context = gloss_cli_option_context_new ("merge", N_("PROJECT.gloss… -o OUT.gloss | --base BASE OURS THEIRS"),
                                          N_("Merge annotators’ projects on the same transcript. "
                                             "Topics with the same id or name become one; a claim "
                                             "that is in several projects appears once; every other "
                                             "claim is kept with its author. With --base, a 3-way "
                                             "merge for git: a claim edited differently on both "
                                             "sides keeps both versions and the exit status is 1."),
                                          entries);
  if (!gloss_cli_parse (context, "merge", &argv, &status))
    return status;

  n = g_strv_length (argv + 1);
  if (base != NULL)
    {
      char *files[3];

      if (n != 2)
        return gloss_cli_usage_error ("merge", _("--base takes two more project files, OURS and THEIRS"));
      files[0] = base;
      files[1] = argv[1];
      files[2] = argv[2];
      return merge3 (files, output);
    }

  if (n < 2)
    return gloss_cli_usage_error ("merge", _("give at least two project files to merge"));
  if (output == NULL)
    return gloss_cli_usage_error ("merge", _("no output file given (-o OUT.gloss)"));

  projects = gloss_cli_load_projects (argv + 1, &error);
  if (projects == NULL)
    return gloss_cli_runtime_error (error);

  notes = g_ptr_array_new_with_free_func (g_free);
  merged = gloss_merge_projects ((GlossProject * const *) projects->pdata,
                                 (const char * const *) argv + 1, n, notes, &error);
  if (merged == NULL)
    return gloss_cli_runtime_error (error);
  print_notes (notes);

  return save (merged, output);
}
