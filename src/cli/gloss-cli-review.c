#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "gloss-cli-private.h"
#include "gloss-fileutil.h"
#include "gloss-review-export.h"
#include "gloss-review.h"

static void
add_turns (JsonBuilder *builder,
           const guint *turns,
           guint        n_turns)
{
  json_builder_begin_array (builder);
  for (guint k = 0; k < n_turns; k++)
    json_builder_add_int_value (builder, turns[k]);
  json_builder_end_array (builder);
}

static void
add_value (JsonBuilder *builder,
           double       value)
{
  /* 365000000, not 365000000.0 */
  if (value == floor (value) && fabs (value) < 9007199254740992.0)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_side (JsonBuilder        *builder,
          GlossReviewFinding *finding,
          GlossTextRole       role)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (finding, role);

  if (figure == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, figure->text);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, figure->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, figure->end);
  json_builder_set_member_name (builder, "value");
  add_value (builder, figure->value);
  if (figure->value_end != figure->value)
    {
      json_builder_set_member_name (builder, "value_end");
      add_value (builder, figure->value_end);
    }
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, figure->unit);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, gloss_figure_kind_to_string (figure->kind));
  json_builder_end_object (builder);
}

static void
add_turn (JsonBuilder        *builder,
          GlossReviewFinding *finding,
          GlossTextRole       role)
{
  int turn = gloss_review_finding_get_turn (finding, role);

  /* a figure missing on a side is placed at its pair's turn there */
  if (turn < 0)
    turn = gloss_review_finding_get_pair_turn (finding, role);
  if (turn < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, turn);
}

static GBytes *
review_to_json (GlossReview *review)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GlossAlignment *alignment = gloss_review_get_alignment (review);

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "pairs");
  json_builder_begin_array (builder);
  for (guint p = 0; p < gloss_alignment_get_n_turn_pairs (alignment); p++)
    {
      const GlossTurnPair *pair = gloss_alignment_get_turn_pair (alignment, p);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "translation");
      add_turns (builder, pair->transcript, pair->n_transcript);
      json_builder_set_member_name (builder, "original");
      add_turns (builder, pair->original, pair->n_original);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, f);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder,
                                     gloss_figure_finding_status_to_string (gloss_review_finding_get_status (finding)));
      json_builder_set_member_name (builder, "pair");
      json_builder_add_int_value (builder, gloss_review_finding_get_pair (finding));
      json_builder_set_member_name (builder, "translation_turn");
      add_turn (builder, finding, GLOSS_TEXT_TRANSCRIPT);
      json_builder_set_member_name (builder, "original_turn");
      add_turn (builder, finding, GLOSS_TEXT_ORIGINAL);
      json_builder_set_member_name (builder, "translation");
      add_side (builder, finding, GLOSS_TEXT_TRANSCRIPT);
      json_builder_set_member_name (builder, "original");
      add_side (builder, finding, GLOSS_TEXT_ORIGINAL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint s = 0; s <= GLOSS_FIGURE_FINDING_STATUS_LAST; s++)
    {
      json_builder_set_member_name (builder, gloss_figure_finding_status_to_string (s));
      json_builder_add_int_value (builder, gloss_review_count (review, s));
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  return gloss_cli_json_bytes (builder);
}

static void
append_turn_list (GString     *out,
                  const guint *turns,
                  guint        n_turns)
{
  if (n_turns == 0)
    g_string_append (out, "—");
  for (guint k = 0; k < n_turns; k++)
    g_string_append_printf (out, "%s%u", k > 0 ? "+" : "", turns[k]);
}

static void
append_side (GString            *out,
             GlossReviewFinding *finding,
             GlossTextRole       role)
{
  const GlossFigure *figure = gloss_review_finding_get_figure (finding, role);

  if (figure == NULL)
    g_string_append (out, "—");
  else
    g_string_append_printf (out, "“%s” @%u", figure->text, figure->start);
}

static GBytes *
review_to_text (GlossReview *review,
                const char  *name)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GlossAlignment *alignment = gloss_review_get_alignment (review);
  guint n_pairs = gloss_alignment_get_n_turn_pairs (alignment);
  guint n_findings = gloss_review_get_n_findings (review);
  g_autofree char *pairs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u aligned pair",
                                                         "%u aligned pairs", n_pairs), n_pairs);
  g_autofree char *figures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure compared",
                                                           "%u figures compared", n_findings),
                                              n_findings);
  guint width = 0;

  /* TRANSLATORS: "briefing.gloss: 12 aligned pairs, 30 figures compared" */
  g_string_append_printf (out, _("%s: %s, %s"), name, pairs, figures);
  g_string_append_c (out, '\n');
  for (guint s = 0; s <= GLOSS_FIGURE_FINDING_STATUS_LAST; s++)
    {
      g_autofree char *count = gloss_cli_format_count (gloss_review_count (review, s));

      g_string_append (out, "  ");
      gloss_cli_append_padded (out, count, 6, TRUE);
      g_string_append_printf (out, "  %s\n", gloss_review_status_label (s));
      width = MAX (width, gloss_cli_display_width (gloss_review_status_label (s)));
    }

  g_string_append_printf (out, "\n%s\n", _("Pairs (translation turns ↔ original turns):"));
  for (guint p = 0; p < n_pairs; p++)
    {
      const GlossTurnPair *pair = gloss_alignment_get_turn_pair (alignment, p);

      g_string_append_printf (out, "  %4u  ", p);
      append_turn_list (out, pair->transcript, pair->n_transcript);
      g_string_append (out, " ↔ ");
      append_turn_list (out, pair->original, pair->n_original);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "\n%s\n", _("Findings (turn, figure and offset in the translation ↔ in the original):"));
  for (guint f = 0; f < n_findings; f++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, f);
      int turn_t = gloss_review_finding_get_turn (finding, GLOSS_TEXT_TRANSCRIPT);
      int turn_o = gloss_review_finding_get_turn (finding, GLOSS_TEXT_ORIGINAL);

      /* a side without the figure: the turn it should be in */
      if (turn_t < 0)
        turn_t = gloss_review_finding_get_pair_turn (finding, GLOSS_TEXT_TRANSCRIPT);
      if (turn_o < 0)
        turn_o = gloss_review_finding_get_pair_turn (finding, GLOSS_TEXT_ORIGINAL);
      g_string_append (out, "  ");
      gloss_cli_append_padded (out, gloss_review_status_label (gloss_review_finding_get_status (finding)),
                               width + 2, FALSE);
      if (turn_t >= 0)
        g_string_append_printf (out, "%d ", turn_t);
      append_side (out, finding, GLOSS_TEXT_TRANSCRIPT);
      g_string_append (out, "  ↔  ");
      if (turn_o >= 0)
        g_string_append_printf (out, "%d ", turn_o);
      append_side (out, finding, GLOSS_TEXT_ORIGINAL);
      g_string_append_c (out, '\n');
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static gboolean
write_export (GlossReview  *review,
              const char   *arg,
              gboolean      html,
              GError      **error)
{
  g_autoptr(GFile) file = gloss_cli_file_for_arg (arg);
  g_autoptr(GBytes) bytes = html ? gloss_review_export_html (review, GLOSS_EXPORT_FLAGS_NONE, error)
                                 : gloss_review_export_csv (review, GLOSS_EXPORT_FLAGS_NONE, error);

  if (bytes == NULL ||
      !gloss_file_replace_atomic (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    {
      gloss_cli_prefix_error (error, file, arg);
      return FALSE;
    }
  return TRUE;
}

int
gloss_cli_review (char **argv)
{
  gboolean json = FALSE;
  g_autofree char *html = NULL;
  g_autofree char *csv = NULL;
  const GOptionEntry entries[] = {
    { "json", 'j', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
      N_("Write the pairs and findings as JSON"), NULL },
    { "html", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &html,
      N_("Also write an HTML report (both texts side by side, findings marked) to FILE"), N_("FILE") },
    { "csv", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &csv,
      N_("Also write the findings as CSV to FILE"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossReview) review = NULL;
  g_autoptr(GBytes) output = NULL;
  g_autoptr(GError) error = NULL;
  int status = GLOSS_CLI_EXIT_OK;
  gsize length;
  const char *data;

  context = gloss_cli_option_context_new ("review", N_("PROJECT"),
                                          N_("Compare every figure of the project's transcript "
                                             "with its original, pair of aligned turns by pair. "
                                             "Exit status: 0 when every figure matches, 1 when "
                                             "there are findings (or on failure), 2 on a usage "
                                             "error."),
                                          entries);
  if (!gloss_cli_parse (context, "review", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("review", _("no project given"));
  if (argv[2] != NULL)
    return gloss_cli_usage_error ("review", _("unexpected argument “%s”"), argv[2]);
  if ((html != NULL && html[0] == '\0') || (csv != NULL && csv[0] == '\0'))
    return gloss_cli_usage_error ("review", _("an output file name must not be empty"));

  project = gloss_cli_load_project (argv[1], NULL, NULL, &error);
  if (project == NULL)
    return gloss_cli_runtime_error (error);

  if (gloss_project_get_original (project) == NULL || gloss_project_get_alignment (project) == NULL)
    {
      /* TRANSLATORS: %s is the project file */
      g_printerr (_("%s: the project has no original text; add one with “gloss-cli original %s ORIGINAL”"),
                  argv[1], argv[1]);
      g_printerr ("\n");
      return GLOSS_CLI_EXIT_FAILURE;
    }

  review = gloss_review_new_for_project (project, NULL, &error);
  if (review == NULL)
    return gloss_cli_runtime_error (error);

  if ((html != NULL && !write_export (review, html, TRUE, &error)) ||
      (csv != NULL && !write_export (review, csv, FALSE, &error)))
    return gloss_cli_runtime_error (error);

  output = json ? review_to_json (review) : review_to_text (review, argv[1]);
  data = g_bytes_get_data (output, &length);
  if (!gloss_cli_write_stdout (data, length, &error))
    return gloss_cli_runtime_error (error);

  return gloss_review_all_match (review) ? GLOSS_CLI_EXIT_OK : GLOSS_CLI_EXIT_FAILURE;
}
