#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"

/* a BCP 47 tag's shape: "en", "zh-Hans", "pt-BR" */
static gboolean
language_tag_is_valid (const char *tag)
{
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);

  if (parts[0] == NULL)
    return FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (len == 0 || len > 8 || (i == 0 && len < 2))
        return FALSE;
      for (const char *p = parts[i]; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p) || (i == 0 && !g_ascii_isalpha (*p)))
          return FALSE;
    }

  return TRUE;
}

/* "text, markdown, html" */
static char *
format_ids (void)
{
  const GlossImportFormat * const *formats;
  g_autoptr(GString) ids = g_string_new (NULL);
  guint n;

  formats = gloss_import_formats (&n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", gloss_import_format_get_id (formats[i]));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

int
gloss_cli_import (char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *language = NULL;
  g_autofree char *format = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *ids = format_ids ();
  /* TRANSLATORS: %s lists the formats, "text, html" */
  g_autofree char *format_help = g_strdup_printf (_("Read the transcript as FORMAT: %s "
                                                    "(default: from its contents, then its "
                                                    "file name)"), ids);
  gboolean force = FALSE;
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_("Write the project to FILE (required)"), N_("FILE") },
    { "title", 't', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &title,
      N_("Use TITLE instead of the title found in the transcript"), N_("TITLE") },
    { "language", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &language,
      N_("The transcript's language as a BCP 47 tag (en, zh, …)"), N_("TAG") },
    { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &format,
      format_help, N_("FORMAT") },
    { "encoding", 'e', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &encoding,
      N_("Read the transcript in ENCODING (WINDOWS-1252, ISO-8859-1, GB18030, …) "
         "instead of UTF-8"), N_("ENCODING") },
    { "force", 'f', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &force,
      N_("Overwrite the output file if it exists"), NULL },
    { "verbose", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &verbose,
      N_("Print a summary of what was imported"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GFile) input_file = NULL;
  g_autoptr(GFile) output_file = NULL;
  GlossTranscript *transcript;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GlossImportOptions options = { NULL, };
  int status = GLOSS_CLI_EXIT_OK;

  context = gloss_cli_option_context_new ("import", N_("TRANSCRIPT"),
                                          N_("Import a transcript into a new project with the "
                                             "default topics. The project is written "
                                             "atomically."),
                                          entries);
  if (!gloss_cli_parse (context, "import", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("import", _("no transcript given"));
  if (argv[2] != NULL)
    return gloss_cli_usage_error ("import", _("unexpected argument “%s”"), argv[2]);
  if (output == NULL || output[0] == '\0')
    return gloss_cli_usage_error ("import", _("no output file given (use -o PROJECT.gloss)"));
  if (title != NULL && (title[0] == '\0' || !g_utf8_validate (title, -1, NULL)))
    return gloss_cli_usage_error ("import", _("the title must be non-empty UTF-8 text"));
  if (language != NULL && !language_tag_is_valid (language))
    return gloss_cli_usage_error ("import",
                                  _("“%s” is not a language tag (such as en, zh or pt-BR)"),
                                  language);
  if (format != NULL && gloss_import_format_lookup (format) == NULL)
    return gloss_cli_usage_error ("import", _("“%s” is not a format; the formats are: %s"),
                                  format, ids);
  if (encoding != NULL && encoding[0] == '\0')
    return gloss_cli_usage_error ("import", _("the encoding must be a name such as WINDOWS-1252"));
  options.encoding = encoding;

  output_file = gloss_cli_file_for_arg (output);
  if (!force && g_file_query_exists (output_file, NULL))
    {
      g_printerr (_("%s: the file exists; use --force to overwrite it"), output);
      g_printerr ("\n");
      return GLOSS_CLI_EXIT_FAILURE;
    }

  input_file = gloss_cli_file_for_arg (argv[1]);
  project = gloss_import_project_file (input_file, format, &options, &error);
  if (project == NULL)
    {
      g_autofree char *suggestion = g_strdup (gloss_import_error_get_encoding (error));

      gloss_cli_prefix_error (&error, input_file, argv[1]);
      status = gloss_cli_runtime_error (error);
      if (suggestion != NULL)
        {
          /* TRANSLATORS: follows "notes.txt: not UTF-8 text …; it looks like Windows-1252" */
          g_printerr (_("Import it with --encoding %s."), suggestion);
          g_printerr ("\n");
        }
      return status;
    }

  transcript = gloss_project_get_transcript (project);
  if (title != NULL)
    gloss_transcript_set_title (transcript, title);
  if (language != NULL)
    gloss_transcript_set_language (transcript, language);
  if (gloss_transcript_get_source (transcript) == NULL)
    {
      g_autofree char *basename = g_file_get_basename (input_file);

      gloss_transcript_set_source (transcript, basename);
    }

  if (!gloss_project_file_save (project, output_file, &error))
    {
      gloss_cli_prefix_error (&error, output_file, output);
      return gloss_cli_runtime_error (error);
    }

  if (verbose)
    {
      guint n_turns = gloss_transcript_get_n_turns (transcript);
      guint n_participants = gloss_transcript_get_n_participants (transcript);
      g_autofree char *turns = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u turn", "%u turns",
                                                             n_turns),
                                                n_turns);
      g_autofree char *participants =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u participant", "%u participants",
                                      n_participants),
                         n_participants);

      /* TRANSLATORS: "briefing.gloss: 42 turns, 4 participants" */
      g_print (_("%s: %s, %s"), output, turns, participants);
      g_print ("\n");
    }

  return GLOSS_CLI_EXIT_OK;
}
