#include "config.h"

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-history.h"
#include "gloss-import-format.h"
#include "gloss-original.h"
#include "gloss-project-file.h"

int
gloss_cli_original (char **argv)
{
  g_autofree char *language = NULL;
  gboolean force = FALSE;
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "language", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &language,
      N_("The original's language as a BCP 47 tag (default: guessed from its script)"), N_("TAG") },
    { "force", 'f', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &force,
      N_("Replace the original the project already has"), NULL },
    { "verbose", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &verbose,
      N_("Print a summary of the alignment"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossHistory) history = NULL;
  g_autoptr(GlossTranscript) original = NULL;
  g_autoptr(GlossAlignment) alignment = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GFile) original_file = NULL;
  g_autoptr(GError) error = NULL;
  int status = GLOSS_CLI_EXIT_OK;

  context = gloss_cli_option_context_new ("original", N_("PROJECT ORIGINAL"),
                                          N_("Import ORIGINAL (the text the project's transcript "
                                             "was translated from) as the project's original "
                                             "text, align it turn by turn with the transcript, "
                                             "and save the project atomically."),
                                          entries);
  if (!gloss_cli_parse (context, "original", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("original", _("no project given"));
  if (argv[2] == NULL)
    return gloss_cli_usage_error ("original", _("no original text given"));
  if (argv[3] != NULL)
    return gloss_cli_usage_error ("original", _("unexpected argument “%s”"), argv[3]);
  if (language != NULL && !gloss_language_tag_is_valid (language))
    return gloss_cli_usage_error ("original",
                                  _("“%s” is not a language tag (such as en, zh or pt-BR)"),
                                  language);

  project = gloss_cli_load_project (argv[1], NULL, NULL, &error);
  if (project == NULL)
    return gloss_cli_runtime_error (error);

  if (!force && gloss_project_get_original (project) != NULL)
    {
      g_printerr (_("%s: the project already has an original text; use --force to replace it"),
                  argv[1]);
      g_printerr ("\n");
      return GLOSS_CLI_EXIT_FAILURE;
    }

  original_file = gloss_cli_file_for_arg (argv[2]);
  if (!gloss_original_load (original_file, gloss_project_get_transcript (project), language,
                            NULL, &original, &alignment, &error))
    {
      gloss_cli_prefix_error (&error, original_file, argv[2]);
      return gloss_cli_runtime_error (error);
    }
  if (gloss_transcript_get_source (original) == NULL)
    {
      g_autofree char *basename = g_file_get_basename (original_file);

      gloss_transcript_set_source (original, basename);
    }

  history = gloss_history_new (project);
  gloss_history_set_original (history, original, alignment);

  project_file = gloss_cli_file_for_arg (argv[1]);
  if (!gloss_project_file_save (project, project_file, &error))
    {
      gloss_cli_prefix_error (&error, project_file, argv[1]);
      return gloss_cli_runtime_error (error);
    }

  if (verbose)
    {
      guint n_pairs = gloss_alignment_get_n_turn_pairs (alignment);
      guint n_turns = gloss_transcript_get_n_turns (original);
      g_autofree char *turns = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u turn", "%u turns", n_turns),
                                                n_turns);
      g_autofree char *pairs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u aligned pair",
                                                             "%u aligned pairs", n_pairs),
                                                n_pairs);

      /* TRANSLATORS: "briefing.gloss: original zh, 42 turns, 44 aligned pairs" */
      g_print (_("%s: original %s, %s, %s"), argv[1],
               gloss_transcript_get_language (original) != NULL ? gloss_transcript_get_language (original) : "?",
               turns, pairs);
      g_print ("\n");
    }

  return GLOSS_CLI_EXIT_OK;
}
