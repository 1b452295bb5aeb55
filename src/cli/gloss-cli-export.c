#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-cli-private.h"
#include "gloss-claim-query.h"
#include "gloss-speaker.h"
#include "gloss-export-format.h"

static const GlossExportFormat *
format_from_extension (const char *path)
{
  const char *base = strrchr (path, G_DIR_SEPARATOR);
  const char *dot = strrchr (base != NULL ? base : path, '.');

  return dot != NULL ? gloss_export_format_for_extension (dot + 1) : NULL;
}

/* an id, or an extension ("md") as earlier versions took it */
static const GlossExportFormat *
format_from_name (const char *name)
{
  const GlossExportFormat *format = gloss_export_format_lookup (name);

  return format != NULL ? format : gloss_export_format_for_extension (name);
}

static char *
list_formats (void)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; formats[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, gloss_export_format_get_id (formats[i]));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "Formats:" and a line per format: id, label, extension */
static char *
describe_formats (void)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();
  g_autoptr(GString) out = g_string_new (_("Formats:"));
  guint width = 0;

  for (guint i = 0; formats[i] != NULL; i++)
    width = MAX (width, gloss_cli_display_width (gloss_export_format_get_id (formats[i])));

  for (guint i = 0; formats[i] != NULL; i++)
    {
      g_string_append (out, "\n  ");
      gloss_cli_append_padded (out, gloss_export_format_get_id (formats[i]), width + 2, FALSE);
      g_string_append_printf (out, "%s (.%s)", gloss_export_format_get_label (formats[i]),
                              gloss_export_format_get_extension (formats[i]));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
list_topic_ids (GlossProject *project)
{
  GListModel *topics = gloss_project_get_topics (project);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (topics, i);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, gloss_topic_get_id (topic));
    }

  return g_strdup (out->str);
}

static gboolean
utf8_equal_casefold (const char *a,
                     const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

/* The topic named by @arg: its id, or else its name in any case. */
static GlossTopic *
resolve_topic (GlossProject *project,
               const char   *arg)
{
  GListModel *topics = gloss_project_get_topics (project);
  GlossTopic *topic = gloss_project_lookup_topic (project, arg);

  if (topic != NULL)
    return topic;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GlossTopic) candidate = g_list_model_get_item (topics, i);

      if (utf8_equal_casefold (gloss_topic_get_name (candidate), arg))
        return gloss_project_lookup_topic (project, gloss_topic_get_id (candidate));
    }

  return NULL;
}

static const char *
resolve_speaker (GPtrArray  *speakers,
                 const char *arg)
{
  for (guint i = 0; i < speakers->len; i++)
    if (g_str_equal (g_ptr_array_index (speakers, i), arg))
      return g_ptr_array_index (speakers, i);

  for (guint i = 0; i < speakers->len; i++)
    if (utf8_equal_casefold (g_ptr_array_index (speakers, i), arg))
      return g_ptr_array_index (speakers, i);

  return NULL;
}

static char *
list_speakers (GPtrArray *speakers)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < speakers->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, g_ptr_array_index (speakers, i));
    }

  return g_strdup (out->str);
}

int
gloss_cli_export (char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) topic_args = NULL;
  g_auto(GStrv) speaker_args = NULL;
  g_auto(GStrv) status_args = NULL;
  gboolean no_bom = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &format_name,
      N_("One of the formats above (default: from the output file's extension)"),
      N_("FORMAT") },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { "topic", 't', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, &topic_args,
      N_("Only claims tagged with this topic (id or name; repeat for any of several)"),
      N_("ID") },
    { "speaker", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, &speaker_args,
      N_("Only claims made by this speaker (repeat for any of several)"), N_("NAME") },
    { "status", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, &status_args,
      N_("Only claims with this status: unchecked, verified, disputed, false or needs-source "
         "(repeat, or separate with commas, for any of several)"), N_("STATUS") },
    { "no-bom", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &no_bom,
      N_("CSV without the UTF-8 byte-order mark"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *formats_help = describe_formats ();
  g_autofree char *summary = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GPtrArray) topic_ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) speakers = NULL;
  g_autoptr(GPtrArray) chosen_speakers = g_ptr_array_new ();
  g_autoptr(GlossClaimQuery) query = gloss_claim_query_new ();
  g_autoptr(GListModel) filtered = NULL;
  GListModel *claims;
  g_autoptr(GError) error = NULL;
  const GlossExportFormat *format = NULL;
  GlossExportFlags flags = GLOSS_EXPORT_FLAGS_NONE;
  gboolean to_stdout;
  int status = GLOSS_CLI_EXIT_OK;

  /* the summary is translated here, as it lists the formats of the table */
  summary = g_strconcat (_("Export the claims of a project in one of the formats below. "
                           "Several --topic options select the claims with "
                           "any of the topics, several --speaker options the "
                           "claims of any of the speakers; both kinds together "
                           "select the claims that match both."),
                         "\n\n", formats_help, NULL);
  context = gloss_cli_option_context_new ("export", N_("PROJECT.gloss"), summary, entries);
  if (!gloss_cli_parse (context, "export", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("export", _("no project file given"));
  if (argv[2] != NULL)
    return gloss_cli_usage_error ("export", _("unexpected argument “%s”"), argv[2]);

  to_stdout = output == NULL || g_str_equal (output, "-");

  if (format_name != NULL)
    {
      format = format_from_name (format_name);
      if (format == NULL)
        {
          g_autofree char *formats = list_formats ();

          return gloss_cli_usage_error ("export", _("unknown format “%s”; use one of: %s"),
                                        format_name, formats);
        }
    }
  else if (to_stdout || (format = format_from_extension (output)) == NULL)
    {
      g_autofree char *formats = list_formats ();

      return gloss_cli_usage_error ("export", _("no --format given; use one of: %s"), formats);
    }

  if (!to_stdout)
    {
      g_autoptr(GFile) input_file = gloss_cli_file_for_arg (argv[1]);
      g_autoptr(GFile) output_file = gloss_cli_file_for_arg (output);

      if (g_file_equal (input_file, output_file))
        return gloss_cli_usage_error ("export",
                                      _("“%s” is the project itself; choose another "
                                        "output file"),
                                      output);
    }

  if (no_bom)
    flags |= GLOSS_EXPORT_FLAGS_NO_BOM;

  project = gloss_cli_load_project (argv[1], NULL, NULL, &error);
  if (project == NULL)
    return gloss_cli_runtime_error (error);

  for (guint i = 0; topic_args != NULL && topic_args[i] != NULL; i++)
    {
      GlossTopic *topic = resolve_topic (project, topic_args[i]);

      if (topic == NULL)
        {
          g_autofree char *ids = list_topic_ids (project);

          if (ids[0] == '\0')
            return gloss_cli_usage_error ("export", _("unknown topic “%s”; the project has no "
                                                      "topics"), topic_args[i]);
          return gloss_cli_usage_error ("export", _("unknown topic “%s”; valid topic ids: %s"),
                                        topic_args[i], ids);
        }
      g_ptr_array_add (topic_ids, (gpointer) gloss_topic_get_id (topic));
    }

  speakers = gloss_speaker_list (gloss_project_get_transcript (project));
  for (guint i = 0; speaker_args != NULL && speaker_args[i] != NULL; i++)
    {
      const char *speaker = resolve_speaker (speakers, speaker_args[i]);

      if (speaker == NULL)
        {
          g_autofree char *names = list_speakers (speakers);

          return gloss_cli_usage_error ("export", _("unknown speaker “%s”; speakers: %s"),
                                        speaker_args[i], names);
        }
      g_ptr_array_add (chosen_speakers, (gpointer) speaker);
    }

  g_ptr_array_add (topic_ids, NULL);
  g_ptr_array_add (chosen_speakers, NULL);
  gloss_claim_query_set_topics (query, (const char * const *) topic_ids->pdata);
  gloss_claim_query_set_speakers (query, (const char * const *) chosen_speakers->pdata);
  if (status_args != NULL)
    {
      guint statuses = 0;

      for (guint i = 0; status_args[i] != NULL; i++)
        {
          guint these;

          if (!gloss_claim_query_parse_statuses (status_args[i], &these))
            return gloss_cli_usage_error ("export", _("unknown status in “%s”; use unchecked, "
                                                      "verified, disputed, false or needs-source"),
                                          status_args[i]);
          statuses |= these;
        }
      gloss_claim_query_set_statuses (query, statuses);
    }
  if (!gloss_claim_query_is_empty (query))
    filtered = gloss_claim_query_filter (query, project);

  claims = filtered != NULL ? G_LIST_MODEL (filtered) : NULL;

  if (to_stdout)
    {
      g_autoptr(GBytes) bytes = NULL;
      const char *data;
      gsize length;

      bytes = gloss_export (project, claims, format, flags, &error);
      if (bytes == NULL)
        return gloss_cli_runtime_error (error);

      data = g_bytes_get_data (bytes, &length);
      if (!gloss_cli_write_stdout (data, length, &error))
        return gloss_cli_runtime_error (error);
    }
  else
    {
      g_autoptr(GFile) output_file = gloss_cli_file_for_arg (output);

      if (!gloss_export_to_file (project, claims, format, flags, output_file, &error))
        {
          gloss_cli_prefix_error (&error, output_file, output);
          return gloss_cli_runtime_error (error);
        }
    }

  return status;
}
