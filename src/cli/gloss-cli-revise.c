#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "gloss-cli-private.h"
#include "gloss-history.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"
#include "gloss-revision.h"

static JsonNode *
revision_to_json (GlossRevision *revision)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "claims");
  json_builder_begin_array (builder);
  for (guint i = 0; i < gloss_revision_get_n_claims (revision); i++)
    {
      GlossClaim *claim = gloss_revision_get_claim (revision, i);
      const GlossAnchorResult *r = gloss_revision_get_result (revision, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, gloss_claim_get_id (claim));
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, gloss_anchor_status_to_string (r->status));
      if (r->status != GLOSS_ANCHOR_ORPHANED)
        {
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, r->start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, r->end);
        }
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, r->score);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  for (guint s = 0; s <= GLOSS_ANCHOR_STATUS_LAST; s++)
    {
      json_builder_set_member_name (builder, gloss_anchor_status_to_string (s));
      json_builder_add_int_value (builder, gloss_revision_count (revision, s));
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* before the revision is applied: the claims still have their old words */
static char *
format_summary (GlossRevision *revision,
                const char    *project_arg)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = gloss_revision_get_n_claims (revision);
  g_autofree char *exact = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exact", "%u exact",
                                                         gloss_revision_count (revision, GLOSS_ANCHOR_EXACT)),
                                            gloss_revision_count (revision, GLOSS_ANCHOR_EXACT));
  g_autofree char *moved = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u moved", "%u moved",
                                                         gloss_revision_count (revision, GLOSS_ANCHOR_MOVED)),
                                            gloss_revision_count (revision, GLOSS_ANCHOR_MOVED));
  g_autofree char *fuzzy = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed",
                                                         gloss_revision_count (revision, GLOSS_ANCHOR_FUZZY)),
                                            gloss_revision_count (revision, GLOSS_ANCHOR_FUZZY));
  g_autofree char *orphaned = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u orphaned", "%u orphaned",
                                                            gloss_revision_count (revision, GLOSS_ANCHOR_ORPHANED)),
                                               gloss_revision_count (revision, GLOSS_ANCHOR_ORPHANED));

  /* TRANSLATORS: "briefing.gloss: 40 exact, 3 moved, 2 changed, 1 orphaned" */
  g_string_append_printf (out, _("%s: %s, %s, %s, %s"), project_arg, exact, moved, fuzzy, orphaned);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < n; i++)
    {
      GlossClaim *claim = gloss_revision_get_claim (revision, i);
      const GlossAnchorResult *r = gloss_revision_get_result (revision, i);

      if (r->status == GLOSS_ANCHOR_ORPHANED)
        {
          /* TRANSLATORS: an orphaned claim: its id and the words it had */
          g_string_append_printf (out, _("  orphaned %s: “%s”"), gloss_claim_get_id (claim),
                                  gloss_claim_get_quote (claim));
          g_string_append_c (out, '\n');
        }
      else if (r->status == GLOSS_ANCHOR_FUZZY)
        {
          g_autofree char *quote = gloss_transcript_dup_slice (gloss_revision_get_transcript (revision),
                                                               r->start, r->end);

          /* TRANSLATORS: a claim whose words changed: its id, the old and the new words */
          g_string_append_printf (out, _("  changed  %s: “%s” → “%s”"), gloss_claim_get_id (claim),
                                  gloss_claim_get_quote (claim), quote);
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GlossRevision *
load_revision (GlossProject             *project,
               const char               *arg,
               const char               *format,
               const GlossImportOptions *options,
               GError                  **error)
{
  g_autoptr(GFile) file = gloss_cli_file_for_arg (arg);
  g_autoptr(GlossTranscript) revised = gloss_import_file (file, format, options, error);

  if (revised == NULL)
    {
      gloss_cli_prefix_error (error, file, arg);
      return NULL;
    }
  if (gloss_transcript_get_source (revised) == NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);

      gloss_transcript_set_source (revised, basename);
    }

  return gloss_revision_new (project, revised);
}

int
gloss_cli_revise (char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *encoding = NULL;
  gboolean json = FALSE;
  gboolean dry_run = FALSE;
  gboolean reanchor = FALSE;
  const GOptionEntry entries[] = {
    { "reanchor", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &reanchor,
      N_("Without REVISED: find the claims again in the project's own text, after it was "
         "edited by hand"), NULL },
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
      N_("Print where each claim went as JSON"), NULL },
    { "dry-run", 'n', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &dry_run,
      N_("Report what would happen, but do not change the project file"), NULL },
    { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &format,
      N_("Read the revised text as FORMAT (default: from its contents, then its file name)"),
      N_("FORMAT") },
    { "encoding", 'e', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &encoding,
      N_("Read the revised text in ENCODING instead of UTF-8"), N_("ENCODING") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossRevision) revision = NULL;
  g_autoptr(GlossHistory) history = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GlossImportOptions options = { NULL, };
  int status = GLOSS_CLI_EXIT_OK;

  context = gloss_cli_option_context_new ("revise", N_("PROJECT [REVISED]"),
                                          N_("Replace the text of a project with a revised "
                                             "version and find each claim in it again; claims "
                                             "whose text is gone are kept as orphans. The "
                                             "project is written atomically. Exits with 1 when "
                                             "some claims became orphans."),
                                          entries);
  if (!gloss_cli_parse (context, "revise", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("revise", _("no project given"));
  if (argv[2] == NULL && !reanchor)
    return gloss_cli_usage_error ("revise", _("no revised text given"));
  if (argv[2] != NULL && (reanchor || argv[3] != NULL))
    return gloss_cli_usage_error ("revise", _("unexpected argument “%s”"), argv[reanchor ? 2 : 3]);
  if (format != NULL && gloss_import_format_lookup (format) == NULL)
    return gloss_cli_usage_error ("revise", _("“%s” is not a format"), format);
  if (encoding != NULL && encoding[0] == '\0')
    return gloss_cli_usage_error ("revise", _("the encoding must be a name such as WINDOWS-1252"));
  options.encoding = encoding;

  project_file = gloss_cli_file_for_arg (argv[1]);
  project = gloss_project_file_load_full (project_file,
                                          reanchor ? GLOSS_PROJECT_LOAD_KEEP_MISMATCHED
                                                   : GLOSS_PROJECT_LOAD_DEFAULT,
                                          &error);
  if (project == NULL)
    {
      gloss_cli_prefix_error (&error, project_file, argv[1]);
      return gloss_cli_runtime_error (error);
    }

  if (reanchor)
    revision = gloss_revision_new_reanchor (project);
  else if ((revision = load_revision (project, argv[2], format, &options, &error)) == NULL)
    return gloss_cli_runtime_error (error);

  if (!json)
    summary = format_summary (revision, argv[1]);
  history = gloss_history_new (project);
  gloss_history_replace_transcript (history, revision);

  if (!dry_run)
    {
      if (!gloss_project_file_save (project, project_file, &error))
        {
          gloss_cli_prefix_error (&error, project_file, argv[1]);
          return gloss_cli_runtime_error (error);
        }
    }

  if (json)
    {
      g_autoptr(JsonNode) root = revision_to_json (revision);
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *text = NULL;

      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      if (!gloss_cli_write_stdout (text, strlen (text), &error) ||
          !gloss_cli_write_stdout ("\n", 1, &error))
        return gloss_cli_runtime_error (error);
    }
  else
    g_print ("%s", summary);

  return gloss_revision_count (revision, GLOSS_ANCHOR_ORPHANED) > 0 ? GLOSS_CLI_EXIT_FAILURE
                                                                    : GLOSS_CLI_EXIT_OK;
}
