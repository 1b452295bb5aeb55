#include "config.h"

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-project-file.h"

static void
print_summary (const char   *arg,
               GlossProject *project)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  guint n_turns = gloss_transcript_get_n_turns (transcript);
  guint n_topics = gloss_project_get_n_topics (project);
  guint n_claims = gloss_project_get_n_claims (project);
  g_autofree char *turns = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u turn", "%u turns", n_turns),
                                            n_turns);
  g_autofree char *topics = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u topic", "%u topics", n_topics),
                                             n_topics);
  g_autofree char *claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u claim", "%u claims", n_claims),
                                             n_claims);

  /* TRANSLATORS: "briefing.gloss: valid (42 turns, 3 topics, 17 claims)" */
  g_print (_("%s: valid (%s, %s, %s)"), arg, turns, topics, claims);
  g_print ("\n");
}

int
gloss_cli_validate (char **argv)
{
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "verbose", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &verbose,
      N_("Print a one-line summary of each valid file"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  int status = GLOSS_CLI_EXIT_OK;

  context = gloss_cli_option_context_new ("validate", N_("PROJECT.gloss…"),
                                          N_("Check that each project file is valid. Nothing "
                                             "is printed for a valid file; the first problem "
                                             "of an invalid one is printed on standard error, "
                                             "beginning with the file name."),
                                          entries);
  if (!gloss_cli_parse (context, "validate", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("validate", _("no project file given"));

  for (guint i = 1; argv[i] != NULL; i++)
    {
      g_autoptr(GlossProject) project = NULL;
      g_autoptr(GError) error = NULL;

      project = gloss_cli_load_project (argv[i], NULL, NULL, &error);
      if (project == NULL)
        {
          gboolean edited = g_error_matches (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_QUOTE) ||
                            g_error_matches (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_RANGE);

          status = gloss_cli_runtime_error (error);
          /* a hand-edited text: the claims can be found again */
          if (edited)
            {
              g_printerr (_("If the text was edited by hand, “gloss-cli revise --reanchor %s” finds "
                            "the claims in it again and keeps the others as orphans."), argv[i]);
              g_printerr ("\n");
            }
        }
      else if (verbose)
        print_summary (argv[i], project);
    }

  return status;
}
