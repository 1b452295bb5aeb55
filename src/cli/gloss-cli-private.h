#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "gloss-project.h"

G_BEGIN_DECLS

typedef enum
{
  GLOSS_CLI_EXIT_OK      = 0,
  GLOSS_CLI_EXIT_FAILURE = 1,
  GLOSS_CLI_EXIT_USAGE   = 2,
} GlossCliExit;

/* Each command takes its own argument vector: argv[0] is the command's name
 * ("import"), the rest its arguments. Returns the exit status. */
int           gloss_cli_import            (char            **argv);
int           gloss_cli_validate          (char            **argv);
int           gloss_cli_stats             (char            **argv);
int           gloss_cli_fmt               (char            **argv);
int           gloss_cli_export            (char            **argv);
int           gloss_cli_original          (char            **argv);
int           gloss_cli_review            (char            **argv);
int           gloss_cli_suggest           (char            **argv);
int           gloss_cli_merge             (char            **argv);
int           gloss_cli_agreement         (char            **argv);
int           gloss_cli_revise            (char            **argv);
int           gloss_cli_topics            (char            **argv);

/* A GOptionContext for @command with the help handled by us (so that
 * "help COMMAND" and "COMMAND --help" print the same text and never exit
 * from inside GLib). @parameter_string, @summary and @entries' descriptions
 * are untranslated (N_()): the context translates them. */
GOptionContext *gloss_cli_option_context_new (const char         *command,
                                              const char         *parameter_string,
                                              const char         *summary,
                                              const GOptionEntry *entries);

/* Parses @argv in place. Returns TRUE when the command should run; otherwise
 * *exit_status is set (0 after --help, 2 after a usage error). */
gboolean      gloss_cli_parse             (GOptionContext   *context,
                                           const char       *command,
                                           char           ***argv,
                                           int              *exit_status);

/* Prints "gloss-cli COMMAND: MESSAGE" and a hint to --help on stderr and
 * returns GLOSS_CLI_EXIT_USAGE. */
int           gloss_cli_usage_error       (const char       *command,
                                           const char       *format,
                                           ...) G_GNUC_PRINTF (2, 3);
/* Prints the error's message (it begins with the file name) on stderr and
 * returns GLOSS_CLI_EXIT_FAILURE. */
int           gloss_cli_runtime_error     (const GError     *error);

/* The file named by a command-line argument, and messages about it that
 * begin with the argument as the user typed it. */
GFile        *gloss_cli_file_for_arg      (const char       *arg);
void          gloss_cli_prefix_error      (GError          **error,
                                           GFile            *file,
                                           const char       *arg);

/* Loads a project; @contents and @length (optional) receive the file's bytes. */
GlossProject *gloss_cli_load_project      (const char       *arg,
                                           char            **contents,
                                           gsize            *length,
                                           GError          **error);

/* Loads the projects named by the NULL-terminated @args, in order; NULL
 * (and the first one's error) when one does not load. */
GPtrArray    *gloss_cli_load_projects     (char            **args,
                                           GError          **error);

/* Columns in terminal cells: East Asian wide characters take two. */
guint         gloss_cli_display_width     (const char       *str);
/* @str followed by spaces up to @width cells (left-aligned) or preceded by
 * them (right-aligned). */
void          gloss_cli_append_padded     (GString          *out,
                                           const char       *str,
                                           guint             width,
                                           gboolean          right_align);
/* an integer with the locale's digit grouping */
char         *gloss_cli_format_count      (guint             n);

/* @builder's document as the commands print it: indented by two, ending
 * in a newline */
GBytes       *gloss_cli_json_bytes        (JsonBuilder      *builder);

/* Writes @data to standard output as bytes (no charset conversion). */
gboolean      gloss_cli_write_stdout      (const void       *data,
                                           gsize             length,
                                           GError          **error);

G_END_DECLS
