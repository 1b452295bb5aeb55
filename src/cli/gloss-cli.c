#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-export-pdf.h"

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (char **argv);
} GlossCliCommand;

static const GlossCliCommand commands[] = {
  { "import",   N_("Import a transcript (text, Markdown, HTML, Word, OpenDocument, subtitles) into a new project"), gloss_cli_import },
  { "validate", N_("Check that project files are valid"),                gloss_cli_validate },
  { "stats",    N_("Show statistics of a project"),                      gloss_cli_stats },
  { "fmt",      N_("Rewrite project files in canonical form"),           gloss_cli_fmt },
  { "export",   N_("Export the claims of a project"),                    gloss_cli_export },
  { "original", N_("Add the original text a transcript was translated from"), gloss_cli_original },
  { "review",   N_("Compare the figures of a translation with its original"), gloss_cli_review },
  { "suggest",  N_("Suggest claims from the topics' keywords"),          gloss_cli_suggest },
  { "agreement", N_("Measure how far annotators agree (κ, α, F1)"),     gloss_cli_agreement },
  { "merge",    N_("Merge annotators’ projects, or act as git’s merge driver"), gloss_cli_merge },
  { "revise",   N_("Replace the text of a project with a revised version"), gloss_cli_revise },
  { "help",     N_("Show help for a command"),                           NULL },
};

static const GlossCliCommand *
lookup_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];

  return NULL;
}

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;

  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[lb];
}

/* the closest command name to a mistyped one, or NULL */
static const char *
suggest_command (const char *name)
{
  const char *best = NULL;
  guint best_distance = 3;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      guint distance = edit_distance (name, commands[i].name);

      if (distance < best_distance ||
          (g_str_has_prefix (commands[i].name, name) && name[0] != '\0'))
        {
          best = commands[i].name;
          best_distance = MIN (distance, best_distance);
        }
    }

  return best;
}

static void
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, strlen (commands[i].name));

  g_string_append_printf (out, "%s\n  %s\n\n", _("Usage:"),
                          /* TRANSLATORS: the usage line; keep "gloss-cli" */
                          _("gloss-cli COMMAND [OPTION…] [ARGUMENT…]"));
  g_string_append_printf (out, "%s\n\n",
                          _("Read, check, count and export Gloss projects "
                            "without the window."));
  g_string_append_printf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_string_append (out, "  ");
      gloss_cli_append_padded (out, commands[i].name, width + 3, FALSE);
      g_string_append_printf (out, "%s\n", _(commands[i].summary));
    }

  g_string_append_printf (out, "\n%s\n", _("Options:"));
  g_string_append_printf (out, "  -h, --help     %s\n", _("Show help options"));
  g_string_append_printf (out, "  --version      %s\n", _("Show the program version"));
  g_string_append_printf (out, "\n%s\n%s\n",
                          _("Run “gloss-cli COMMAND --help” or “gloss-cli help COMMAND” "
                            "for the options of a command."),
                          _("Exit status: 0 on success, 1 on failure, "
                            "2 on a usage error."));

  g_print ("%s", out->str);
}

static int
run_command (const GlossCliCommand *command,
             int                    argc,
             char                 **argv)
{
  g_auto(GStrv) args = g_new0 (char *, argc + 1);

  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  return command->run (args);
}

static int
run_help (int    argc,
          char **argv)
{
  const GlossCliCommand *command;
  char *help_argv[] = { NULL, (char *) "--help", NULL };

  if (argc < 2)
    {
      print_help ();
      return GLOSS_CLI_EXIT_OK;
    }

  if (argc > 2)
    return gloss_cli_usage_error ("help", _("too many arguments"));

  command = lookup_command (argv[1]);
  if (command == NULL)
    return gloss_cli_usage_error ("help", _("unknown command “%s”"), argv[1]);

  if (command->run == NULL)
    {
      print_help ();
      return GLOSS_CLI_EXIT_OK;
    }

  help_argv[0] = argv[1];
  return run_command (command, 2, help_argv);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir;
  const GlossCliCommand *command;

  setlocale (LC_ALL, "");
  /* tests and uninstalled runs point this at the build tree's catalogues */
  localedir = g_getenv ("GLOSS_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("gloss-cli");
  gloss_export_pdf_register ();

  if (argc < 2)
    return gloss_cli_usage_error (NULL, _("no command given"));

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_help ();
      return GLOSS_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("gloss-cli %s\n", PACKAGE_VERSION);
      return GLOSS_CLI_EXIT_OK;
    }

  if (argv[1][0] == '-')
    return gloss_cli_usage_error (NULL, _("unknown option “%s” (options follow the command)"),
                                  argv[1]);

  command = lookup_command (argv[1]);
  if (command == NULL)
    {
      const char *suggestion = suggest_command (argv[1]);

      if (suggestion != NULL)
        return gloss_cli_usage_error (NULL, _("unknown command “%s”; did you mean “%s”?"),
                                      argv[1], suggestion);
      return gloss_cli_usage_error (NULL, _("unknown command “%s”"), argv[1]);
    }

  if (command->run == NULL)
    return run_help (argc - 1, argv + 1);

  return run_command (command, argc - 1, argv + 1);
}
