#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "gloss-cli-private.h"
#include "gloss-project-file.h"
#include "gloss-suggest.h"

static GlossTopic *
find_topic (GlossProject *project,
            const char   *arg)
{
  GlossTopic *topic = gloss_project_lookup_topic (project, arg);

  for (guint i = 0; topic == NULL && i < gloss_project_get_n_topics (project); i++)
    if (g_utf8_collate (gloss_topic_get_name (gloss_project_get_topic (project, i)), arg) == 0)
      topic = gloss_project_get_topic (project, i);

  return topic;
}

static char *
suggestions_to_json (GPtrArray *suggestions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < suggestions->len; i++)
    {
      const GlossSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, suggestion->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, suggestion->end);
      json_builder_set_member_name (builder, "topics");
      json_builder_begin_array (builder);
      for (guint t = 0; suggestion->topics[t] != NULL; t++)
        json_builder_add_string_value (builder, suggestion->topics[t]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "keyword");
      json_builder_add_string_value (builder, suggestion->keyword);
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_string_value (builder, suggestion->sentence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

int
gloss_cli_suggest (char **argv)
{
  g_autofree char *topic_arg = NULL;
  gboolean json = FALSE;
  gboolean apply = FALSE;
  const GOptionEntry entries[] = {
    { "topic", 't', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &topic_arg,
      N_("Only suggestions for this topic (id or name)"), N_("ID") },
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
      N_("Print the suggestions as JSON"), NULL },
    { "apply", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &apply,
      N_("Add the suggestions to the project as unchecked claims and save it"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossHistory) history = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  GlossTopic *topic = NULL;
  int status = GLOSS_CLI_EXIT_OK;

  context = gloss_cli_option_context_new ("suggest", N_("PROJECT.gloss"),
                                          N_("List the sentences that no claim covers and that "
                                             "contain a topic's keywords or match its pattern. "
                                             "Rejected suggestions are not listed."),
                                          entries);
  if (!gloss_cli_parse (context, "suggest", &argv, &status))
    return status;
  if (argv[1] == NULL)
    return gloss_cli_usage_error ("suggest", _("no project file given"));
  if (argv[2] != NULL)
    return gloss_cli_usage_error ("suggest", _("unexpected argument “%s”"), argv[2]);

  project = gloss_cli_load_project (argv[1], NULL, NULL, &error);
  if (project == NULL)
    return gloss_cli_runtime_error (error);

  if (topic_arg != NULL && (topic = find_topic (project, topic_arg)) == NULL)
    return gloss_cli_usage_error ("suggest", _("unknown topic “%s”"), topic_arg);

  suggestions = gloss_suggest (project, topic != NULL ? gloss_topic_get_id (topic) : NULL);

  if (json)
    {
      g_autofree char *data = suggestions_to_json (suggestions);
      g_autofree char *line = g_strconcat (data, "\n", NULL);

      if (!gloss_cli_write_stdout (line, strlen (line), &error))
        return gloss_cli_runtime_error (error);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; i < suggestions->len; i++)
        {
          const GlossSuggestion *suggestion = g_ptr_array_index (suggestions, i);
          g_autofree char *topics = g_strjoinv (", ", suggestion->topics);

          g_string_append_printf (out, "%u–%u\t%s\t%s\t%s\n", suggestion->start, suggestion->end,
                                  topics, suggestion->keyword, suggestion->sentence);
        }
      if (!gloss_cli_write_stdout (out->str, out->len, &error))
        return gloss_cli_runtime_error (error);
    }

  if (apply && suggestions->len > 0)
    {
      g_autoptr(GFile) file = gloss_cli_file_for_arg (argv[1]);
      g_autoptr(GPtrArray) claims = NULL;

      history = gloss_history_new (project);
      claims = gloss_suggest_accept (history, suggestions);
      if (!gloss_project_file_save (project, file, &error))
        {
          gloss_cli_prefix_error (&error, file, argv[1]);
          return gloss_cli_runtime_error (error);
        }
      if (!json)
        g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: added %u claim\n", "%s: added %u claims\n",
                                 claims->len),
                    argv[1], claims->len);
    }

  return GLOSS_CLI_EXIT_OK;
}
