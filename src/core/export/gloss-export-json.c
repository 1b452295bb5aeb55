#include "config.h"

#include "gloss-figures.h"

#include "gloss-export-private.h"

/* "gloss-claims" version 1, pretty-printed; doc/export-formats.md has the
 * schema. Members are added, never changed: a claim on the original says
 * "text": "original", an orphan "orphaned": true with null offsets, a
 * conflicting claim "conflict": the other version. */

void
_gloss_export_json_add_string (JsonBuilder *builder,
                               const char  *member,
                               const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

GBytes *
_gloss_export_json_to_bytes (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) out = g_string_new (NULL);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static void
add_text_metadata (JsonBuilder     *builder,
                   const char      *member,
                   GlossTranscript *text)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  _gloss_export_json_add_string (builder, "title", gloss_transcript_get_title (text));
  _gloss_export_json_add_string (builder, "date", gloss_transcript_get_date (text));
  _gloss_export_json_add_string (builder, "place", gloss_transcript_get_place (text));
  _gloss_export_json_add_string (builder, "language", gloss_transcript_get_language (text));
  _gloss_export_json_add_string (builder, "source", gloss_transcript_get_source (text));
  json_builder_end_object (builder);
}

static void
add_int_or_null (JsonBuilder *builder,
                 const char  *member,
                 gboolean     present,
                 gint64       value)
{
  json_builder_set_member_name (builder, member);
  if (present)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_figures (JsonBuilder             *builder,
             const GlossExportRecord *record)
{
  json_builder_set_member_name (builder, "figures");
  json_builder_begin_array (builder);
  for (guint i = 0; i < record->figures->len; i++)
    {
      const GlossFigure *figure = g_ptr_array_index (record->figures, i);

      json_builder_begin_object (builder);
      _gloss_export_json_add_string (builder, "text", figure->text);
      _gloss_export_json_add_string (builder, "kind", gloss_figure_kind_to_string (figure->kind));
      json_builder_set_member_name (builder, "value");
      json_builder_add_double_value (builder, figure->value);
      if (figure->value_end != figure->value)
        {
          json_builder_set_member_name (builder, "value_end");
          json_builder_add_double_value (builder, figure->value_end);
        }
      if (figure->unit[0] != '\0')
        _gloss_export_json_add_string (builder, "unit", figure->unit);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_sources (JsonBuilder *builder,
             GPtrArray   *sources)
{
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sources->len; i++)
    {
      const GlossSource *source = g_ptr_array_index (sources, i);

      json_builder_begin_object (builder);
      _gloss_export_json_add_string (builder, "url", gloss_source_get_url (source));
      _gloss_export_json_add_string (builder, "title", gloss_source_get_title (source));
      _gloss_export_json_add_string (builder, "accessed", gloss_source_get_accessed (source));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_topic_arrays (JsonBuilder             *builder,
                  const GlossExportRecord *record)
{
  json_builder_set_member_name (builder, "topics");
  json_builder_begin_array (builder);
  for (guint j = 0; j < record->topics->len; j++)
    json_builder_add_string_value (builder,
                                   gloss_topic_get_id (g_ptr_array_index (record->topics, j)));
  for (guint j = 0; j < record->unknown_topics->len; j++)
    json_builder_add_string_value (builder, g_ptr_array_index (record->unknown_topics, j));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "topic_names");
  json_builder_begin_array (builder);
  for (guint j = 0; j < record->topics->len; j++)
    json_builder_add_string_value (builder,
                                   gloss_topic_get_name (g_ptr_array_index (record->topics, j)));
  for (guint j = 0; j < record->unknown_topics->len; j++)
    json_builder_add_string_value (builder, g_ptr_array_index (record->unknown_topics, j));
  json_builder_end_array (builder);
}

/* the other version of a conflicting claim: what a 3-way merge kept of it */
static void
add_conflict (JsonBuilder             *builder,
              const GlossExportRecord *conflict)
{
  GlossClaim *claim = conflict->claim;
  g_autofree char *modified = gloss_export_time_to_string (gloss_claim_get_modified (claim));

  json_builder_set_member_name (builder, "conflict");
  json_builder_begin_object (builder);
  add_topic_arrays (builder, conflict);
  _gloss_export_json_add_string (builder, "quote", gloss_claim_get_quote (claim));
  _gloss_export_json_add_string (builder, "note", gloss_claim_get_note (claim));
  _gloss_export_json_add_string (builder, "status",
                                 gloss_claim_status_to_string (gloss_claim_get_status (claim)));
  add_int_or_null (builder, "start", conflict->located, gloss_claim_get_start (claim));
  add_int_or_null (builder, "end", conflict->located, gloss_claim_get_end (claim));
  _gloss_export_json_add_string (builder, "author", gloss_claim_get_author (claim));
  _gloss_export_json_add_string (builder, "modified", modified);
  json_builder_end_object (builder);
}

static void
add_claim (JsonBuilder             *builder,
           const GlossExportRecord *record)
{
  GlossClaim *claim = record->claim;
  g_autofree char *created = gloss_export_time_to_string (gloss_claim_get_created (claim));
  g_autofree char *modified = gloss_export_time_to_string (gloss_claim_get_modified (claim));
  guint turn = gloss_export_record_get_turn_number (record);

  json_builder_begin_object (builder);
  _gloss_export_json_add_string (builder, "id", gloss_claim_get_id (claim));

  add_topic_arrays (builder, record);

  _gloss_export_json_add_string (builder, "speaker", record->speaker.speaker);
  _gloss_export_json_add_string (builder, "speaker_kind",
                                 gloss_export_record_get_speaker_kind (record));
  _gloss_export_json_add_string (builder, "asked_by", record->speaker.asked_by);
  _gloss_export_json_add_string (builder, "quote", gloss_claim_get_quote (claim));
  _gloss_export_json_add_string (builder, "note", gloss_claim_get_note (claim));
  _gloss_export_json_add_string (builder, "status",
                                 gloss_claim_status_to_string (gloss_claim_get_status (claim)));
  add_figures (builder, record);
  add_sources (builder, gloss_claim_get_sources (claim));
  add_int_or_null (builder, "start", record->located, gloss_claim_get_start (claim));
  add_int_or_null (builder, "end", record->located, gloss_claim_get_end (claim));
  add_int_or_null (builder, "turn", turn > 0, turn);
  if (record->role != GLOSS_TEXT_TRANSCRIPT)
    _gloss_export_json_add_string (builder, "text", gloss_text_role_to_string (record->role));
  if (!record->located)
    {
      json_builder_set_member_name (builder, "orphaned");
      json_builder_add_boolean_value (builder, TRUE);
    }
  if (record->conflict != NULL)
    add_conflict (builder, record->conflict);
  _gloss_export_json_add_string (builder, "author", gloss_claim_get_author (claim));
  _gloss_export_json_add_string (builder, "created", created);
  _gloss_export_json_add_string (builder, "modified", modified);
  json_builder_end_object (builder);
}

GBytes *
_gloss_export_write_json (const GlossExportRecords  *records,
                          GlossExportFlags           flags,
                          GError                   **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GlossTranscript *original = gloss_project_get_original (records->project);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "gloss-claims");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);

  add_text_metadata (builder, "project", records->transcript);
  if (original != NULL)
    add_text_metadata (builder, "original", original);

  json_builder_set_member_name (builder, "topics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->topics->len; i++)
    {
      GlossTopic *topic = g_ptr_array_index (records->topics, i);

      json_builder_begin_object (builder);
      _gloss_export_json_add_string (builder, "id", gloss_topic_get_id (topic));
      _gloss_export_json_add_string (builder, "name", gloss_topic_get_name (topic));
      _gloss_export_json_add_string (builder, "color", gloss_topic_get_color (topic));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "claims");
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->records->len; i++)
    add_claim (builder, g_ptr_array_index (records->records, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return _gloss_export_json_to_bytes (builder);
}
