#include "config.h"

#include "gloss-project-reader-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-alignment-reader.h"
#include "gloss-import-format.h"
#include "gloss-record-reader.h"

/* Reading rules, beyond the types (see also README's file-format section):
 *
 * - Optional members: a text's title, date, place, language, source
 *   (omitted on save when NULL or empty), turns and participants (default
 *   empty); a turn's speaker, outlet, answers and time ({"begin": S,
 *   "end": S} in seconds, end optional and not before begin); a
 *   participant's role; a
 *   topic's key and keywords; a claim's prefix, suffix (taken from the text
 *   when absent), note and author (default ""), text, orphaned and
 *   previous_quote, status (default unchecked) and sources; the project's original and alignment. null counts as
 *   absent for optional members. Members this version does not know are
 *   ignored.
 * - prefix and suffix are strict about content and tolerant about length:
 *   each must be exactly the text right before (after) the claim, but may be
 *   shorter or longer than GLOSS_CLAIM_CONTEXT_LENGTH. An orphan's quote,
 *   prefix and suffix are not checked: its words are gone from its text.
 * - A topic's key is checked ("" or "1".."9") but the project numbers keys
 *   by position, so it is informative only. */

/* The texts (with their turns and participants) and the topics are read
 * here, the claims in gloss-project-reader-claims.c. */

static gboolean
check_root (Reader   *reader,
            JsonNode *root)
{
  JsonObject *object;
  JsonNode *node;
  const char *format;
  gint64 version;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,
                                   _("not a Gloss project (the top level is %s, not an object)"),
                                   gloss_json_node_type_name (root));

  object = json_node_get_object (root);
  node = json_object_get_member (object, "format");
  if (node == NULL)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,
                                   _("not a Gloss project (no “format” member)"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,
                                   _("not a Gloss project (format: expected a string, not %s)"),
                                   gloss_json_node_type_name (node));
  format = json_node_get_string (node);
  if (strcmp (format, GLOSS_PROJECT_FORMAT_NAME) != 0)
    {
      g_autofree char *shown = gloss_json_excerpt (format, strlen (format));

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,
                                     _("not a Gloss project (format is “%s”, expected “%s”)"),
                                     shown, GLOSS_PROJECT_FORMAT_NAME);
    }

  node = json_object_get_member (object, "version");
  if (node == NULL)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_VERSION, _("version: missing"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_VERSION,
                                   _("version: expected an integer, not %s"),
                                   gloss_json_node_type_name (node));
  version = json_node_get_int (node);
  if (version > GLOSS_PROJECT_FORMAT_VERSION)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_VERSION,
                                   _("version %lld is newer than this Gloss supports (%d)"),
                                   (long long) version, GLOSS_PROJECT_FORMAT_VERSION);
  if (version < 1)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_VERSION,
                                   _("version %lld is not a known version"), (long long) version);

  return TRUE;
}

static gboolean
read_turns (Reader          *reader,
            JsonArray       *turns,
            const char      *path,
            GlossTranscript *text)
{
  g_autofree char *array_path = g_strconcat (path, ".turns", NULL);
  guint length = gloss_transcript_get_length (text);

  for (guint i = 0, n = turns != NULL ? json_array_get_length (turns) : 0; i < n; i++)
    {
      char element[PATH_SIZE];
      JsonObject *turn, *time;
      const char *speaker, *outlet, *kind_str;
      GlossTurnKind kind;
      guint start, end, answers = 0;
      gboolean has_answers;
      guint previous_end = 0;
      gint64 begin = -1, end_time = -1;

      gloss_json_element_path (element, sizeof element, array_path, i);
      if (!gloss_json_reader_element_object (reader, turns, i, element, &turn) ||
          !gloss_json_reader_get_uint (reader, turn, element, "start", REQUIRED, NULL, &start) ||
          !gloss_json_reader_get_uint (reader, turn, element, "end", REQUIRED, NULL, &end) ||
          !gloss_json_reader_get_string (reader, turn, element, "speaker", OPTIONAL, &speaker) ||
          !gloss_json_reader_get_string (reader, turn, element, "kind", REQUIRED, &kind_str) ||
          !gloss_json_reader_get_string (reader, turn, element, "outlet", OPTIONAL, &outlet) ||
          !gloss_json_reader_get_uint (reader, turn, element, "answers", OPTIONAL, &has_answers, &answers) ||
          !gloss_json_reader_get_object (reader, turn, element, "time", OPTIONAL, &time))
        return FALSE;
      if (time != NULL)
        {
          g_autofree char *time_path = gloss_json_member_path (element, "time");

          if (!gloss_json_reader_get_seconds (reader, time, time_path, "begin", REQUIRED, &begin) ||
              !gloss_json_reader_get_seconds (reader, time, time_path, "end", OPTIONAL, &end_time))
            return FALSE;
          if (end_time >= 0 && end_time < begin)
            return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                           _("%s: ends (%.3f s) before it begins (%.3f s)"),
                                           time_path, end_time / 1000.0, begin / 1000.0);
        }

      if (!gloss_turn_kind_from_string (kind_str, &kind))
        {
          g_autofree char *shown = gloss_json_excerpt (kind_str, strlen (kind_str));

          return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                         _("%s.kind: unknown kind “%s” (expected header, remarks, question, answer or footer)"),
                                         element, shown);
        }
      if (end > length)
        return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                       _("%s.end: %u is past the end of the text (%u characters)"),
                                       element, end, length);
      if (start > end)
        return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                       _("%s: start %u is after end %u"), element, start, end);
      if (i > 0)
        previous_end = gloss_transcript_get_turn (text, i - 1)->end;
      if (start < previous_end)
        return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                       _("%s: starts at %u, before the previous turn ends (%u); turns must be in order and must not overlap"),
                                       element, start, previous_end);
      if (has_answers && answers >= i)
        return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                       _("%s.answers: %u is not an earlier turn"), element, answers);

      gloss_transcript_add_turn (text, kind, start, end, speaker, outlet,
                                 has_answers ? (int) answers : -1);
      if (begin >= 0)
        {
          gloss_transcript_set_turn_time (text, i, begin);
          gloss_transcript_set_turn_end_time (text, i, end_time);
        }
    }

  return TRUE;
}

/* The turns of a text edited by hand: detected again, as an import
 * would (when the import leaves the text as it is), else the file's own
 * if they still fit, else none. */
static void
redetect_turns (Reader          *reader,
                JsonArray       *turns,
                const char      *path,
                GlossTranscript *text)
{
  g_autoptr(GlossTranscript) imported = NULL;
  g_autoptr(GlossTranscript) checked = NULL;

  imported = gloss_import_data (gloss_transcript_get_text (text), gloss_transcript_get_text_size (text),
                                reader->name, "text", NULL, NULL);
  if (imported != NULL && strcmp (gloss_transcript_get_text (imported), gloss_transcript_get_text (text)) == 0)
    {
      for (guint i = 0; i < gloss_transcript_get_n_turns (imported); i++)
        {
          const GlossTurn *turn = gloss_transcript_get_turn (imported, i);
          guint index = gloss_transcript_add_turn (text, turn->kind, turn->start, turn->end, turn->speaker,
                                                   turn->outlet, turn->answers);

          if (turn->time >= 0)
            gloss_transcript_set_turn_time (text, index, turn->time);
        }
      return;
    }

  checked = gloss_transcript_new (gloss_transcript_get_text (text), -1);
  if (read_turns (reader, turns, path, checked))
    {
      read_turns (reader, turns, path, text);
      return;
    }
  if (reader->error != NULL)
    g_clear_error (reader->error);
}

/* the text @path of @object ("transcript", "original") */
static GlossTranscript *
read_text (Reader                *reader,
           JsonObject            *object,
           const char            *path,
           GlossProjectLoadFlags  flags)
{
  g_autoptr(GlossTranscript) text = NULL;
  g_autofree char *participants_path = g_strconcat (path, ".participants", NULL);
  JsonArray *turns;
  JsonArray *participants;
  const char *content;
  const char *title, *date, *place, *language, *source;

  if (!gloss_json_reader_get_string (reader, object, path, "text", REQUIRED, &content) ||
      !gloss_json_reader_get_string (reader, object, path, "title", OPTIONAL, &title) ||
      !gloss_json_reader_get_string (reader, object, path, "date", OPTIONAL, &date) ||
      !gloss_json_reader_get_string (reader, object, path, "place", OPTIONAL, &place) ||
      !gloss_json_reader_get_string (reader, object, path, "language", OPTIONAL, &language) ||
      !gloss_json_reader_get_string (reader, object, path, "source", OPTIONAL, &source) ||
      !gloss_json_reader_get_array (reader, object, path, "turns", OPTIONAL, &turns) ||
      !gloss_json_reader_get_array (reader, object, path, "participants", OPTIONAL, &participants))
    return NULL;

  if (date != NULL && *date != '\0' && !gloss_date_is_valid (date))
    {
      g_autofree char *shown = gloss_json_excerpt (date, strlen (date));

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                     _("%s.date: “%s” is not a date (expected YYYY-MM-DD)"),
                                     path, shown), NULL;
    }

  /* the scan refused \u0000 and lone surrogates, so the text is valid UTF-8 */
  text = gloss_transcript_new (content, -1);

  if (title != NULL && *title != '\0')
    gloss_transcript_set_title (text, title);
  if (date != NULL && *date != '\0')
    gloss_transcript_set_date (text, date);
  if (place != NULL && *place != '\0')
    gloss_transcript_set_place (text, place);
  if (language != NULL && *language != '\0')
    gloss_transcript_set_language (text, language);
  if (source != NULL && *source != '\0')
    gloss_transcript_set_source (text, source);

  if (flags & GLOSS_PROJECT_LOAD_KEEP_MISMATCHED)
    redetect_turns (reader, turns, path, text);
  else if (!read_turns (reader, turns, path, text))
    return NULL;

  for (guint i = 0, n = participants != NULL ? json_array_get_length (participants) : 0; i < n; i++)
    {
      char element[PATH_SIZE];
      JsonObject *participant;
      const char *name, *role;

      gloss_json_element_path (element, sizeof element, participants_path, i);
      if (!gloss_json_reader_element_object (reader, participants, i, element, &participant) ||
          !gloss_json_reader_get_nonempty_string (reader, participant, element, "name", &name) ||
          !gloss_json_reader_get_string (reader, participant, element, "role", OPTIONAL, &role))
        return NULL;

      gloss_transcript_add_participant (text, name, role);
    }

  return g_steal_pointer (&text);
}

static gboolean
read_topics (Reader       *reader,
             JsonObject   *root,
             GlossProject *project,
             GHashTable   *topic_ids)
{
  JsonArray *topics;

  if (!gloss_json_reader_get_array (reader, root, NULL, "topics", REQUIRED, &topics))
    return FALSE;

  for (guint i = 0, n = json_array_get_length (topics); i < n; i++)
    {
      char path[PATH_SIZE];
      g_autoptr(GlossTopic) topic = NULL;
      g_autoptr(GPtrArray) keywords = NULL;
      JsonObject *object;
      const char *id, *name, *color, *key, *regex;
      gpointer previous;

      gloss_json_element_path (path, sizeof path, "topics", i);
      if (!gloss_json_reader_element_object (reader, topics, i, path, &object) ||
          !gloss_json_reader_get_nonempty_string (reader, object, path, "id", &id) ||
          !gloss_json_reader_get_string (reader, object, path, "name", REQUIRED, &name) ||
          !gloss_json_reader_get_string (reader, object, path, "color", REQUIRED, &color) ||
          !gloss_json_reader_get_string (reader, object, path, "key", OPTIONAL, &key) ||
          !gloss_json_reader_get_string_list (reader, object, path, "keywords", OPTIONAL, &keywords) ||
          !gloss_record_reader_read_regex (reader, object, path, id, &regex))
        return FALSE;

      if (g_hash_table_lookup_extended (topic_ids, id, NULL, &previous))
        {
          g_autofree char *shown = gloss_json_excerpt (id, strlen (id));

          return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                                         _("%s.id: “%s” is already the id of topics[%u]"),
                                         path, shown, GPOINTER_TO_UINT (previous));
        }
      if (!gloss_color_is_valid (color))
        {
          g_autofree char *shown = gloss_json_excerpt (color, strlen (color));

          return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                         _("%s.color: “%s” is not a colour (expected #rrggbb)"),
                                         path, shown);
        }
      if (key != NULL && *key != '\0' && !(key[0] >= '1' && key[0] <= '9' && key[1] == '\0'))
        {
          g_autofree char *shown = gloss_json_excerpt (key, strlen (key));

          return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                         _("%s.key: “%s” is not a shortcut key (expected 1 to 9, or empty)"),
                                         path, shown);
        }

      g_hash_table_insert (topic_ids, (gpointer) id, GUINT_TO_POINTER (i));
      topic = gloss_topic_new (id, name, color);
      gloss_topic_set_keywords (topic, (const char * const *) keywords->pdata);
      gloss_topic_set_regex (topic, regex);
      gloss_project_insert_topic (project, topic, i);
    }

  return TRUE;
}


GlossProject *
gloss_project_reader_read (const char            *data,
                           gsize                  length,
                           const char            *display_name,
                           GlossProjectLoadFlags  flags,
                           GError               **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossTranscript) original = NULL;
  g_autoptr(GlossAlignment) alignment = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GHashTable) topic_ids = NULL;
  Reader reader = { display_name, error };
  JsonObject *root, *transcript_object, *original_object, *alignment_object;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";

  parser = gloss_json_reader_parse (&reader, data, length);
  if (parser == NULL || !check_root (&reader, json_parser_get_root (parser)))
    return NULL;
  root = json_node_get_object (json_parser_get_root (parser));

  if (!gloss_json_reader_get_object (&reader, root, NULL, "transcript", REQUIRED, &transcript_object) ||
      (transcript = read_text (&reader, transcript_object, "transcript", flags)) == NULL ||
      !gloss_json_reader_get_object (&reader, root, NULL, "original", OPTIONAL, &original_object) ||
      (original_object != NULL &&
       (original = read_text (&reader, original_object, "original", flags)) == NULL) ||
      !gloss_json_reader_get_object (&reader, root, NULL, "alignment", OPTIONAL, &alignment_object))
    return NULL;

  if (alignment_object != NULL)
    {
      if (original == NULL)
        return gloss_json_reader_fail (&reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                       _("alignment: there is no “original” to align the transcript with")), NULL;
      alignment = gloss_alignment_reader_read (&reader, alignment_object, "alignment",
                                               transcript, original);
      /* an alignment that no longer fits a text edited by hand is dropped */
      if (alignment == NULL && (flags & GLOSS_PROJECT_LOAD_KEEP_MISMATCHED))
        {
          if (reader.error != NULL)
            g_clear_error (reader.error);
        }
      else if (alignment == NULL)
        return NULL;
    }

  project = gloss_project_new_blank (transcript);
  if (original != NULL)
    gloss_project_set_original (project, original);
  if (alignment != NULL)
    gloss_project_set_alignment (project, alignment);

  topic_ids = g_hash_table_new (g_str_hash, g_str_equal);
  if (!read_topics (&reader, root, project, topic_ids) ||
      !_gloss_project_reader_read_claims (&reader, root, project, topic_ids, flags) ||
      !gloss_record_reader_read_rejected (&reader, root, project))
    return NULL;

  /* every string was copied out of the tree */
  gloss_json_drop_parser (g_steal_pointer (&parser), length);

  return g_steal_pointer (&project);
}
