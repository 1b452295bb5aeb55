#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "gloss-cli-private.h"
#include "gloss-speaker.h"
#include "gloss-stats.h"

typedef struct
{
  char *name;   /* NULL: questions without an outlet */
  guint turns;
  guint claims;
} Tally;

static void
tally_free (Tally *tally)
{
  g_free (tally->name);
  g_free (tally);
}

/* tallies in order of first appearance, with an index by name */
typedef struct
{
  GPtrArray *items;
  GHashTable *index;
} TallyList;

typedef struct
{
  guint by_kind[GLOSS_TURN_KIND_LAST + 1];
  TallyList speakers;
  TallyList outlets;
  Tally *unlabelled;     /* questions without an outlet */
  Tally *speakerless;    /* claims in the header, the footer, between turns */
  guint n_questions;
} Stats;

static void
tally_list_init (TallyList *list)
{
  list->items = g_ptr_array_new_with_free_func ((GDestroyNotify) tally_free);
  list->index = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
tally_list_clear (TallyList *list)
{
  g_clear_pointer (&list->index, g_hash_table_unref);
  g_clear_pointer (&list->items, g_ptr_array_unref);
}

static Tally *
tally_lookup (TallyList  *list,
              const char *name)
{
  Tally *tally = g_hash_table_lookup (list->index, name);

  if (tally != NULL)
    return tally;

  tally = g_new0 (Tally, 1);
  tally->name = g_strdup (name);
  g_ptr_array_add (list->items, tally);
  g_hash_table_insert (list->index, tally->name, tally);

  return tally;
}

static void
stats_clear (Stats *stats)
{
  tally_list_clear (&stats->speakers);
  tally_list_clear (&stats->outlets);
  g_clear_pointer (&stats->unlabelled, tally_free);
  g_clear_pointer (&stats->speakerless, tally_free);
}

static void
stats_collect (Stats        *stats,
               GlossProject *project)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  guint n_turns = gloss_transcript_get_n_turns (transcript);
  guint n_claims = gloss_project_get_n_claims (project);

  tally_list_init (&stats->speakers);
  tally_list_init (&stats->outlets);

  for (guint i = 0; i < n_turns; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);

      if (turn->kind <= GLOSS_TURN_KIND_LAST)
        stats->by_kind[turn->kind]++;

      /* the one speaker rule: a question is its outlet's, or the
       * unidentified questioner's */
      if (gloss_speaker_of_turn (turn) != NULL)
        tally_lookup (&stats->speakers, gloss_speaker_of_turn (turn))->turns++;
      else
        {
          if (stats->speakerless == NULL)
            stats->speakerless = g_new0 (Tally, 1);
          stats->speakerless->turns++;
        }

      if (turn->kind == GLOSS_TURN_QUESTION)
        {
          stats->n_questions++;
          if (turn->outlet != NULL && turn->outlet[0] != '\0')
            tally_lookup (&stats->outlets, turn->outlet)->turns++;
          else
            {
              if (stats->unlabelled == NULL)
                stats->unlabelled = g_new0 (Tally, 1);
              stats->unlabelled->turns++;
            }
        }
    }

  for (guint i = 0; i < n_claims; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);
      GlossSpeaker who;

      /* every claim counts once, so the column adds up to the claims */
      if (gloss_speaker_of_claim (project, claim, &who) && who.speaker != NULL)
        tally_lookup (&stats->speakers, who.speaker)->claims++;
      else
        {
          if (stats->speakerless == NULL)
            stats->speakerless = g_new0 (Tally, 1);
          stats->speakerless->claims++;
        }
    }
}

/* the named outlets, then the unlabelled questions if any; transfer container */
static GPtrArray *
stats_outlet_rows (Stats *stats)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < stats->outlets.items->len; i++)
    g_ptr_array_add (rows, g_ptr_array_index (stats->outlets.items, i));
  if (stats->unlabelled != NULL)
    g_ptr_array_add (rows, stats->unlabelled);

  return rows;
}

static const char *
turn_kind_label (GlossTurnKind kind)
{
  switch (kind)
    {
    case GLOSS_TURN_HEADER:
      return C_("turn kind", "Header");
    case GLOSS_TURN_REMARKS:
      return C_("turn kind", "Remarks");
    case GLOSS_TURN_QUESTION:
      return C_("turn kind", "Questions");
    case GLOSS_TURN_ANSWER:
      return C_("turn kind", "Answers");
    case GLOSS_TURN_FOOTER:
      return C_("turn kind", "Footer");
    default:
      g_assert_not_reached ();
    }
}

/* ---- plain text ---- */

typedef struct
{
  char *label;      /* NULL for a blank line */
  char *values[2];  /* right-aligned columns, may be NULL */
  gboolean heading;
} Row;

static void
row_free (Row *row)
{
  g_free (row->label);
  g_free (row->values[0]);
  g_free (row->values[1]);
  g_free (row);
}

static void
add_row (GPtrArray  *rows,
         gboolean    heading,
         const char *label,
         char       *value0,
         char       *value1)
{
  Row *row = g_new0 (Row, 1);

  row->heading = heading;
  row->label = g_strdup (label);
  row->values[0] = value0;
  row->values[1] = value1;
  g_ptr_array_add (rows, row);
}

static void
add_count_row (GPtrArray  *rows,
               const char *label,
               guint       count)
{
  add_row (rows, FALSE, label, gloss_cli_format_count (count), NULL);
}

static char *
format_table (GPtrArray *rows)
{
  GString *out = g_string_new (NULL);
  guint label_width = 0;
  guint value_width[2] = { 0, 0 };
  const guint indent = 2;
  const guint gap = 3;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      gboolean has_values = row->values[0] != NULL || row->values[1] != NULL;

      if (row->label != NULL && has_values)
        label_width = MAX (label_width,
                           (row->heading ? 0 : indent) + gloss_cli_display_width (row->label));
      for (guint j = 0; j < 2; j++)
        if (row->values[j] != NULL)
          value_width[j] = MAX (value_width[j], gloss_cli_display_width (row->values[j]));
    }

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      guint prefix = row->heading ? 0 : indent;

      for (guint k = 0; k < prefix; k++)
        g_string_append_c (out, ' ');
      if (row->values[0] != NULL || row->values[1] != NULL)
        gloss_cli_append_padded (out, row->label != NULL ? row->label : "",
                                 label_width - prefix, FALSE);
      else if (row->label != NULL)
        g_string_append (out, row->label);

      for (guint j = 0; j < 2; j++)
        {
          if (row->values[j] == NULL)
            continue;
          for (guint k = 0; k < gap; k++)
            g_string_append_c (out, ' ');
          gloss_cli_append_padded (out, row->values[j], value_width[j], TRUE);
        }

      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static void
print_text (const char   *arg,
            GlossProject *project,
            Stats        *stats)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GString) header = g_string_new (NULL);
  g_autofree char *table = NULL;
  struct { const char *label; const char *value; } meta[] = {
    { _("File:"), arg },
    { _("Title:"), gloss_transcript_get_title (transcript) },
    { _("Date:"), gloss_transcript_get_date (transcript) },
    { _("Place:"), gloss_transcript_get_place (transcript) },
    { _("Language:"), gloss_transcript_get_language (transcript) },
    { _("Source:"), gloss_transcript_get_source (transcript) },
  };
  guint meta_width = 0;
  guint n_topics = gloss_project_get_n_topics (project);
  g_autoptr(GPtrArray) outlets = stats_outlet_rows (stats);

  for (guint i = 0; i < G_N_ELEMENTS (meta); i++)
    if (meta[i].value != NULL && meta[i].value[0] != '\0')
      meta_width = MAX (meta_width, gloss_cli_display_width (meta[i].label));
  for (guint i = 0; i < G_N_ELEMENTS (meta); i++)
    {
      if (meta[i].value == NULL || meta[i].value[0] == '\0')
        continue;
      gloss_cli_append_padded (header, meta[i].label, meta_width + 1, FALSE);
      g_string_append_printf (header, "%s\n", meta[i].value);
    }

  add_row (rows, TRUE, NULL, NULL, NULL);
  add_row (rows, TRUE, _("Turns by kind"), NULL, NULL);
  for (guint kind = 0; kind <= GLOSS_TURN_KIND_LAST; kind++)
    add_count_row (rows, turn_kind_label (kind), stats->by_kind[kind]);

  add_row (rows, TRUE, NULL, NULL, NULL);
  add_row (rows, TRUE, _("Speakers"), g_strdup (_("Turns")), g_strdup (_("Claims")));
  for (guint i = 0; i < stats->speakers.items->len; i++)
    {
      Tally *tally = g_ptr_array_index (stats->speakers.items, i);

      add_row (rows, FALSE, tally->name,
               gloss_cli_format_count (tally->turns),
               gloss_cli_format_count (tally->claims));
    }
  if (stats->speakerless != NULL)
    add_row (rows, FALSE, _("(no speaker: header, footer)"),
             gloss_cli_format_count (stats->speakerless->turns),
             gloss_cli_format_count (stats->speakerless->claims));
  if (stats->speakers.items->len == 0 && stats->speakerless == NULL)
    add_row (rows, FALSE, _("(none)"), NULL, NULL);

  add_row (rows, TRUE, NULL, NULL, NULL);
  add_row (rows, TRUE, _("Questions by outlet"), NULL, NULL);
  for (guint i = 0; i < outlets->len; i++)
    {
      Tally *tally = g_ptr_array_index (outlets, i);

      add_count_row (rows, tally->name != NULL ? tally->name : _("(no outlet)"), tally->turns);
    }
  if (outlets->len == 0)
    add_row (rows, FALSE, _("(none)"), NULL, NULL);

  add_row (rows, TRUE, NULL, NULL, NULL);
  add_row (rows, TRUE, _("Claims by topic"), NULL, NULL);
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (gloss_project_get_topics (project), i);

      add_count_row (rows, gloss_topic_get_name (topic),
                     gloss_project_count_claims_with_topic (project,
                                                            gloss_topic_get_id (topic)));
    }
  if (n_topics == 0)
    add_row (rows, FALSE, _("(none)"), NULL, NULL);

  {
    g_autoptr(GlossStats) counts = gloss_stats_new (project);

    /* topic × speaker, as a list: a terminal has no room for the matrix */
    add_row (rows, TRUE, NULL, NULL, NULL);
    add_row (rows, TRUE, _("Claims by topic and speaker"), NULL, NULL);
    for (guint t = 0; t < counts->topics->len; t++)
      for (guint sp = 0; sp < counts->speakers->len; sp++)
        {
          guint n = gloss_stats_count (counts, t, sp);
          g_autofree char *label = NULL;

          if (n == 0)
            continue;
          /* Translators: a topic and a speaker, in the statistics */
          label = g_strdup_printf (_("%s · %s"), gloss_topic_get_name (g_ptr_array_index (counts->topics, t)),
                                   (const char *) g_ptr_array_index (counts->speakers, sp));
          add_count_row (rows, label, n);
        }

    add_row (rows, TRUE, NULL, NULL, NULL);
    add_row (rows, TRUE, _("Claims by status"), NULL, NULL);
    for (guint st = 0; st <= GLOSS_CLAIM_STATUS_LAST; st++)
      add_count_row (rows, gloss_claim_status_get_label (st), counts->by_status[st]);
  }

  add_row (rows, TRUE, NULL, NULL, NULL);
  add_row (rows, TRUE, _("Totals"), NULL, NULL);
  add_count_row (rows, _("Characters"), gloss_transcript_get_length (transcript));
  add_count_row (rows, _("Turns"), gloss_transcript_get_n_turns (transcript));
  add_count_row (rows, _("Speakers"), stats->speakers.items->len);
  add_count_row (rows, _("Outlets"), stats->outlets.items->len);
  add_count_row (rows, _("Questions"), stats->n_questions);
  add_count_row (rows, _("Topics"), n_topics);
  add_count_row (rows, _("Claims"), gloss_project_get_n_claims (project));

  table = format_table (rows);
  g_print ("%s%s", header->str, table);
}

/* ---- JSON ---- */

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int_member (JsonBuilder *builder,
                const char  *name,
                guint        value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static GBytes *
build_json (const char   *arg,
            GlossProject *project,
            Stats        *stats)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_topics = gloss_project_get_n_topics (project);
  g_autoptr(GPtrArray) outlets = stats_outlet_rows (stats);

  json_builder_begin_object (builder);
  add_string_member (builder, "file", arg);
  add_string_member (builder, "title", gloss_transcript_get_title (transcript));
  add_string_member (builder, "date", gloss_transcript_get_date (transcript));
  add_string_member (builder, "place", gloss_transcript_get_place (transcript));
  add_string_member (builder, "language", gloss_transcript_get_language (transcript));
  add_string_member (builder, "source", gloss_transcript_get_source (transcript));

  json_builder_set_member_name (builder, "turns_by_kind");
  json_builder_begin_object (builder);
  for (guint kind = 0; kind <= GLOSS_TURN_KIND_LAST; kind++)
    add_int_member (builder, gloss_turn_kind_to_string (kind), stats->by_kind[kind]);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "speakers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stats->speakers.items->len; i++)
    {
      Tally *tally = g_ptr_array_index (stats->speakers.items, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "name", tally->name);
      add_string_member (builder, "role", gloss_transcript_get_role (transcript, tally->name));
      add_int_member (builder, "turns", tally->turns);
      add_int_member (builder, "claims", tally->claims);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* claims outside every speaker's turn, so the speakers' claims and these add up */
  json_builder_set_member_name (builder, "claims_without_speaker");
  json_builder_add_int_value (builder, stats->speakerless != NULL ? stats->speakerless->claims : 0);

  json_builder_set_member_name (builder, "questions_by_outlet");
  json_builder_begin_array (builder);
  for (guint i = 0; i < outlets->len; i++)
    {
      Tally *tally = g_ptr_array_index (outlets, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "outlet", tally->name);
      add_int_member (builder, "questions", tally->turns);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "claims_by_topic");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (gloss_project_get_topics (project), i);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", gloss_topic_get_id (topic));
      add_string_member (builder, "name", gloss_topic_get_name (topic));
      add_int_member (builder, "claims",
                      gloss_project_count_claims_with_topic (project, gloss_topic_get_id (topic)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  {
    g_autoptr(GlossStats) counts = gloss_stats_new (project);

    /* {topic_id: {speaker: count}}, non-zero counts only */
    json_builder_set_member_name (builder, "topic_speaker");
    json_builder_begin_object (builder);
    for (guint t = 0; t < counts->topics->len; t++)
      {
        json_builder_set_member_name (builder, gloss_topic_get_id (g_ptr_array_index (counts->topics, t)));
        json_builder_begin_object (builder);
        for (guint sp = 0; sp < counts->speakers->len; sp++)
          if (gloss_stats_count (counts, t, sp) > 0)
            add_int_member (builder, g_ptr_array_index (counts->speakers, sp),
                            gloss_stats_count (counts, t, sp));
        json_builder_end_object (builder);
      }
    json_builder_end_object (builder);

    json_builder_set_member_name (builder, "claims_by_status");
    json_builder_begin_object (builder);
    for (guint st = 0; st <= GLOSS_CLAIM_STATUS_LAST; st++)
      add_int_member (builder, gloss_claim_status_to_string (st), counts->by_status[st]);
    json_builder_end_object (builder);

    /* each question with the claims in it and in its answers */
    json_builder_set_member_name (builder, "claims_by_question");
    json_builder_begin_array (builder);
    for (guint q = 0; q < counts->questions->len; q++)
      {
        const GlossStatsQuestion *question = &g_array_index (counts->questions, GlossStatsQuestion, q);

        json_builder_begin_object (builder);
        add_int_member (builder, "turn", question->turn + 1);
        add_string_member (builder, "asked_by", question->asked_by);
        add_int_member (builder, "claims", question->claims);
        json_builder_end_object (builder);
      }
    json_builder_end_array (builder);
  }

  json_builder_set_member_name (builder, "totals");
  json_builder_begin_object (builder);
  add_int_member (builder, "characters", gloss_transcript_get_length (transcript));
  add_int_member (builder, "turns", gloss_transcript_get_n_turns (transcript));
  add_int_member (builder, "speakers", stats->speakers.items->len);
  add_int_member (builder, "outlets", stats->outlets.items->len);
  add_int_member (builder, "questions", stats->n_questions);
  add_int_member (builder, "topics", n_topics);
  add_int_member (builder, "claims", gloss_project_get_n_claims (project));
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  return gloss_cli_json_bytes (builder);
}

int
gloss_cli_stats (char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 'j', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
      N_("Print a JSON object (keys in English) instead of text"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GError) error = NULL;
  Stats stats = { 0 };
  int status = GLOSS_CLI_EXIT_OK;

  context = gloss_cli_option_context_new ("stats", N_("PROJECT.gloss"),
                                          N_("Count a project's turns by kind, its speakers "
                                             "and their turns and claims, the questions of "
                                             "each outlet and the claims of each topic."),
                                          entries);
  if (!gloss_cli_parse (context, "stats", &argv, &status))
    return status;

  if (argv[1] == NULL)
    return gloss_cli_usage_error ("stats", _("no project file given"));
  if (argv[2] != NULL)
    return gloss_cli_usage_error ("stats", _("unexpected argument “%s”"), argv[2]);

  project = gloss_cli_load_project (argv[1], NULL, NULL, &error);
  if (project == NULL)
    return gloss_cli_runtime_error (error);

  stats_collect (&stats, project);

  if (json)
    {
      g_autoptr(GBytes) bytes = build_json (argv[1], project, &stats);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (!gloss_cli_write_stdout (data, length, &error))
        status = gloss_cli_runtime_error (error);
    }
  else
    {
      print_text (argv[1], project, &stats);
    }

  stats_clear (&stats);

  return status;
}
