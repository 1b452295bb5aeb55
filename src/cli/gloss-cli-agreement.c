#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "gloss-agreement.h"
#include "gloss-cli-private.h"

#define N_COLUMNS 8

static void
add_figure (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_figures (JsonBuilder                 *builder,
             const GlossAgreementFigures *figures)
{
  json_builder_begin_object (builder);
  if (figures->id != NULL)
    {
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, figures->id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, figures->name);
    }
  json_builder_set_member_name (builder, "units");
  json_builder_add_int_value (builder, (gint64) figures->units);
  json_builder_set_member_name (builder, "claims");
  json_builder_add_int_value (builder, figures->claims);
  add_figure (builder, "observed", figures->observed);
  add_figure (builder, "kappa", figures->kappa);
  add_figure (builder, "alpha", figures->alpha);
  add_figure (builder, "precision", figures->precision);
  add_figure (builder, "recall", figures->recall);
  add_figure (builder, "f1", figures->f1);
  json_builder_end_object (builder);
}

static GBytes *
build_json (GlossAgreement *agreement)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = gloss_agreement_get_n_annotators (agreement);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "annotators");
  json_builder_add_int_value (builder, n);
  json_builder_set_member_name (builder, "units");
  json_builder_add_int_value (builder, gloss_agreement_get_n_units (agreement));
  json_builder_set_member_name (builder, "kappa");
  json_builder_add_string_value (builder, n == 2 ? "cohen" : "fleiss");
  json_builder_set_member_name (builder, "topics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < gloss_agreement_get_n_topics (agreement); i++)
    add_figures (builder, gloss_agreement_get_topic (agreement, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "overall");
  add_figures (builder, gloss_agreement_get_overall (agreement));
  json_builder_end_object (builder);

  return gloss_cli_json_bytes (builder);
}

static char *
format_figure (double value)
{
  /* TRANSLATORS: an undefined agreement figure in the table */
  return isnan (value) ? g_strdup (C_("agreement", "—")) : g_strdup_printf ("%.3f", value);
}

static void
row_cells (char                        **cells,
           const char                   *label,
           const GlossAgreementFigures  *figures)
{
  cells[0] = g_strdup (label);
  cells[1] = format_figure (figures->observed);
  cells[2] = format_figure (figures->kappa);
  cells[3] = format_figure (figures->alpha);
  cells[4] = format_figure (figures->precision);
  cells[5] = format_figure (figures->recall);
  cells[6] = format_figure (figures->f1);
  cells[7] = gloss_cli_format_count (figures->claims);
}

static void
print_text (GlossAgreement *agreement)
{
  guint n = gloss_agreement_get_n_annotators (agreement);
  guint n_topics = gloss_agreement_get_n_topics (agreement);
  guint n_rows = n_topics + 2;
  g_autofree char **cells = g_new0 (char *, (gsize) n_rows * N_COLUMNS);
  guint widths[N_COLUMNS] = { 0, };
  g_autofree char *units = gloss_cli_format_count (gloss_agreement_get_n_units (agreement));
  g_autoptr(GString) out = g_string_new (NULL);
  const char *headings[N_COLUMNS] = {
    _("Topic"), _("Observed"), n == 2 ? _("Cohen’s κ") : _("Fleiss’ κ"),
    _("Krippendorff’s α"), _("Precision"), _("Recall"), _("F1"), _("Claims"),
  };

  for (guint j = 0; j < N_COLUMNS; j++)
    cells[j] = g_strdup (headings[j]);
  for (guint i = 0; i < n_topics; i++)
    {
      const GlossAgreementFigures *figures = gloss_agreement_get_topic (agreement, i);

      row_cells (&cells[(i + 1) * N_COLUMNS], figures->name, figures);
    }
  row_cells (&cells[(n_topics + 1) * N_COLUMNS], _("Overall"), gloss_agreement_get_overall (agreement));

  for (guint i = 0; i < n_rows * N_COLUMNS; i++)
    widths[i % N_COLUMNS] = MAX (widths[i % N_COLUMNS], gloss_cli_display_width (cells[i]));

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "%u annotators, on %s code point of spoken turns",
                                            "%u annotators, on %s code points of spoken turns",
                                            gloss_agreement_get_n_units (agreement)),
                          n, units);
  g_string_append (out, "\n\n");
  for (guint i = 0; i < n_rows; i++)
    {
      for (guint j = 0; j < N_COLUMNS; j++)
        {
          if (j > 0)
            g_string_append (out, "  ");
          gloss_cli_append_padded (out, cells[i * N_COLUMNS + j], widths[j], j > 0);
        }
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
  g_string_append (out, _("— undefined: κ and α when every annotator gave every code point the same "
                          "value (nothing to agree by chance against); precision, recall and F1 "
                          "without claims to compare."));
  if (n == 2)
    g_string_append_printf (out, " %s",
                            _("Precision and recall take the first project as the reference."));
  g_string_append_c (out, '\n');

  g_print ("%s", out->str);
  for (guint i = 0; i < n_rows * N_COLUMNS; i++)
    g_free (cells[i]);
}

int
gloss_cli_agreement (char **argv)
{
  g_autofree char *topic = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "topic", 't', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &topic,
      N_("Only the topic with this id"), N_("ID") },
    { "json", 'j', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
      N_("Print a JSON object (keys in English) instead of text"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GlossAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  int status = GLOSS_CLI_EXIT_OK;
  guint n;

  context = gloss_cli_option_context_new ("agreement", N_("PROJECT.gloss PROJECT.gloss…"),
                                          N_("How far annotators of the same transcript agree, per "
                                             "topic and overall, on the code points of the spoken "
                                             "turns: observed agreement, Cohen’s κ (two annotators) "
                                             "or Fleiss’ κ (more), Krippendorff’s α (nominal), and "
                                             "the precision, recall and F1 of claims matched by "
                                             "overlap. doc/agreement.md gives the definitions."),
                                          entries);
  if (!gloss_cli_parse (context, "agreement", &argv, &status))
    return status;

  n = g_strv_length (argv + 1);
  if (n < 2)
    return gloss_cli_usage_error ("agreement", _("give at least two project files to compare"));

  projects = gloss_cli_load_projects (argv + 1, &error);
  if (projects == NULL)
    return gloss_cli_runtime_error (error);

  agreement = gloss_agreement_new ((GlossProject * const *) projects->pdata,
                                   (const char * const *) argv + 1, n, topic, &error);
  if (agreement == NULL)
    return gloss_cli_runtime_error (error);

  if (json)
    {
      g_autoptr(GBytes) bytes = build_json (agreement);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (!gloss_cli_write_stdout (data, length, &error))
        status = gloss_cli_runtime_error (error);
    }
  else
    print_text (agreement);

  return status;
}
