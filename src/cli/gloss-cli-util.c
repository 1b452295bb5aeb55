#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-fileutil.h"
#include "gloss-project-file.h"

static gboolean help_requested;

static const GOptionEntry help_entries[] = {
  { "help", 'h', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &help_requested,
    N_("Show help options"), NULL },
  G_OPTION_ENTRY_NULL
};

GOptionContext *
gloss_cli_option_context_new (const char         *command,
                              const char         *parameter_string,
                              const char         *summary,
                              const GOptionEntry *entries)
{
  g_autofree char *prgname = g_strdup_printf ("gloss-cli %s", command);
  GOptionContext *context;

  /* the usage line of --help reads "gloss-cli COMMAND [OPTION…] …" */
  g_set_prgname (prgname);

  context = g_option_context_new (parameter_string);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context,
                                    N_("Exit status: 0 on success, 1 on failure, "
                                       "2 on a usage error."));
  g_option_context_set_help_enabled (context, FALSE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, help_entries, GETTEXT_PACKAGE);

  return context;
}

gboolean
gloss_cli_parse (GOptionContext   *context,
                 const char       *command,
                 char           ***argv,
                 int              *exit_status)
{
  g_autoptr(GError) error = NULL;

  help_requested = FALSE;

  if (!g_option_context_parse_strv (context, argv, &error))
    {
      *exit_status = gloss_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }

  /* GOption leaves the "--" that ends the options in place */
  for (guint i = 1; (*argv)[i] != NULL; i++)
    {
      if (g_str_equal ((*argv)[i], "--"))
        {
          g_free ((*argv)[i]);
          memmove (&(*argv)[i], &(*argv)[i + 1],
                   (g_strv_length (*argv + i + 1) + 1) * sizeof (char *));
          break;
        }
    }

  if (help_requested)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_print ("%s", help);
      *exit_status = GLOSS_CLI_EXIT_OK;
      return FALSE;
    }

  return TRUE;
}

int
gloss_cli_usage_error (const char *command,
                       const char *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (command != NULL)
    {
      g_printerr ("gloss-cli %s: %s\n", command, message);
      /* TRANSLATORS: %s is a command such as "export" */
      g_printerr (_("Try “gloss-cli %s --help” for more information."), command);
    }
  else
    {
      g_printerr ("gloss-cli: %s\n", message);
      g_printerr ("%s", _("Try “gloss-cli --help” for more information."));
    }
  g_printerr ("\n");

  return GLOSS_CLI_EXIT_USAGE;
}

int
gloss_cli_runtime_error (const GError *error)
{
  g_printerr ("%s\n", error->message);
  return GLOSS_CLI_EXIT_FAILURE;
}

GFile *
gloss_cli_file_for_arg (const char *arg)
{
  return g_file_new_for_commandline_arg (arg);
}

void
gloss_cli_prefix_error (GError    **error,
                        GFile      *file,
                        const char *arg)
{
  g_autofree char *display = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *basename_colon = NULL;
  const char *names[2];

  if (error == NULL || *error == NULL || g_str_has_prefix ((*error)->message, arg))
    return;

  /* The core names files by their absolute path or their basename; say it
   * the way the user typed it, as compilers do. */
  display = gloss_file_display_name (file);
  basename = g_file_get_basename (file);
  basename_colon = basename != NULL ? g_strconcat (basename, ":", NULL) : NULL;
  names[0] = display;
  names[1] = basename_colon;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (names[i] != NULL && g_str_has_prefix ((*error)->message, names[i]))
        {
          gsize skip = strlen (names[i]) - (i == 1 ? 1 : 0);
          char *message = g_strconcat (arg, (*error)->message + skip, NULL);

          g_free ((*error)->message);
          (*error)->message = message;
          return;
        }
    }

  g_prefix_error (error, "%s: ", arg);
}

GlossProject *
gloss_cli_load_project (const char  *arg,
                        char       **contents,
                        gsize       *length,
                        GError     **error)
{
  g_autoptr(GFile) file = gloss_cli_file_for_arg (arg);
  g_autoptr(GlossProject) project = NULL;
  g_autofree char *data = NULL;
  gsize data_length = 0;

  if (!gloss_file_read_limited (file, GLOSS_PROJECT_FILE_MAX_SIZE,
                                GLOSS_PROJECT_FILE_ERROR,
                                GLOSS_PROJECT_FILE_ERROR_IO,
                                GLOSS_PROJECT_FILE_ERROR_NOT_REGULAR,
                                GLOSS_PROJECT_FILE_ERROR_TOO_LARGE,
                                &data, &data_length, error))
    {
      gloss_cli_prefix_error (error, file, arg);
      return NULL;
    }

  project = gloss_project_file_load_data (data, data_length, arg, error);
  if (project == NULL)
    {
      gloss_cli_prefix_error (error, file, arg);
      return NULL;
    }

  if (contents != NULL)
    *contents = g_steal_pointer (&data);
  if (length != NULL)
    *length = data_length;

  return g_steal_pointer (&project);
}

GPtrArray *
gloss_cli_load_projects (char   **args,
                         GError **error)
{
  g_autoptr(GPtrArray) projects = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; args[i] != NULL; i++)
    {
      GlossProject *project = gloss_cli_load_project (args[i], NULL, NULL, error);

      if (project == NULL)
        return NULL;
      g_ptr_array_add (projects, project);
    }

  return g_steal_pointer (&projects);
}

guint
gloss_cli_display_width (const char *str)
{
  guint width = 0;

  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

void
gloss_cli_append_padded (GString    *out,
                         const char *str,
                         guint       width,
                         gboolean    right_align)
{
  guint str_width = gloss_cli_display_width (str);
  guint padding = str_width < width ? width - str_width : 0;

  if (!right_align)
    g_string_append (out, str);
  for (guint i = 0; i < padding; i++)
    g_string_append_c (out, ' ');
  if (right_align)
    g_string_append (out, str);
}

char *
gloss_cli_format_count (guint n)
{
  char buffer[64];
  g_autofree char *utf8 = NULL;

  /* %' groups digits as the locale does; the result is in the locale's
   * charset, which g_print converts back from UTF-8 */
  snprintf (buffer, sizeof buffer, "%'u", n);
  utf8 = g_locale_to_utf8 (buffer, -1, NULL, NULL, NULL);
  if (utf8 == NULL)
    return g_strdup_printf ("%u", n);

  return g_steal_pointer (&utf8);
}

gboolean
gloss_cli_write_stdout (const void  *data,
                        gsize        length,
                        GError     **error)
{
  if ((length > 0 && fwrite (data, 1, length, stdout) != length) ||
      fflush (stdout) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("standard output: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

GBytes *
gloss_cli_json_bytes (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  char *data;
  gsize length;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, &length);
  data = g_realloc (data, length + 2);
  data[length++] = '\n';
  data[length] = '\0';

  return g_bytes_new_take (data, length);
}
