#include "config.h"

#include "gloss-project-reader.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-alignment-reader.h"
#include "gloss-claim-private.h"
#include "gloss-import-format.h"
#include "gloss-json-reader.h"
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

/* below this many characters, walking from the previous claim is cheaper
 * than the text's offset index */
#define CURSOR_MAX_WALK 64
#define PATH_SIZE 64

typedef GlossJsonReader Reader;

#define REQUIRED GLOSS_JSON_REQUIRED
#define OPTIONAL GLOSS_JSON_OPTIONAL

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

/* One text claims point into, with a cursor: claims come in order, so the
 * next one is usually a short walk from the previous one. */
typedef struct
{
  GlossTranscript *text;     /* NULL when the project has no such text */
  const char      *begin;
  const char      *end;
  guint            length;
  const char      *cursor;
  guint            cursor_offset;
} ClaimText;

static void
claim_text_init (ClaimText       *self,
                 GlossTranscript *text)
{
  *self = (ClaimText) { text, };
  if (text == NULL)
    return;

  self->begin = self->cursor = gloss_transcript_get_text (text);
  self->end = self->begin + gloss_transcript_get_text_size (text);
  self->length = gloss_transcript_get_length (text);
}

static const char *
claim_text_pointer (ClaimText *self,
                    guint      offset)
{
  const char *p;

  if (offset >= self->cursor_offset && offset - self->cursor_offset <= CURSOR_MAX_WALK)
    {
      p = self->cursor;
      for (guint k = self->cursor_offset; k < offset; k++)
        p = g_utf8_next_char (p);
    }
  else
    p = gloss_transcript_offset_to_pointer (self->text, offset);

  self->cursor = p;
  self->cursor_offset = offset;
  return p;
}

#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* code points in @n bytes of valid UTF-8: the bytes that are not
 * continuation bytes (10xxxxxx), eight at a time */
static gsize
count_code_points (const char *s,
                   gsize       n)
{
  gsize continuation = 0;
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 x;

      memcpy (&x, s + i, sizeof x);
      continuation += ((((x & ~(x << 1)) & HIGHS) >> 7) * ONES) >> 56;
    }
  for (; i < n; i++)
    continuation += ((guchar) s[i] & 0xc0) == 0x80;

  return n - continuation;
}

static gboolean
check_context (Reader          *reader,
               const char      *path,
               const char      *member,
               const char      *value,
               const ClaimText *text,
               const char      *at,
               gboolean         before,
               guint            offset)
{
  gsize n = strlen (value);
  gboolean ok;

  if (before)
    ok = n <= (gsize) (at - text->begin) && memcmp (at - n, value, n) == 0;
  else
    ok = n <= (gsize) (text->end - at) && memcmp (at, value, n) == 0;

  if (!ok)
    {
      g_autofree char *shown = gloss_json_excerpt (value, n);

      if (before)
        return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_QUOTE,
                                       _("%s.%s: “%s” is not the text before offset %u"),
                                       path, member, shown, offset);
      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_QUOTE,
                                     _("%s.%s: “%s” is not the text after offset %u"),
                                     path, member, shown, offset);
    }

  return TRUE;
}

/* The quote must be the text of [start, end) and prefix and suffix what is
 * around it; absent context is taken from the text. Compared in place: the
 * quote is valid UTF-8, so if its bytes are the text's and it has
 * end - start code points, it is exactly the span. */
static gboolean
check_span (Reader      *reader,
            const char  *path,
            ClaimText   *text,
            guint        start,
            guint        end,
            const char  *quote,
            const char **prefix,
            const char **suffix,
            char       **computed_prefix,
            char       **computed_suffix)
{
  const char *p = claim_text_pointer (text, start);
  gsize quote_size = strlen (quote);

  if (quote_size > (gsize) (text->end - p) ||
      memcmp (quote, p, quote_size) != 0 ||
      count_code_points (quote, quote_size) != end - start)
    {
      g_autofree char *shown = gloss_json_excerpt (quote, quote_size);
      const char *q = gloss_transcript_offset_to_pointer (text->text, end);
      g_autofree char *actual = gloss_json_excerpt (p, (gsize) (q - p));

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_QUOTE,
                                     _("%s.quote: “%s” differs from the text at %u–%u (“%s”)"),
                                     path, shown, start, end, actual);
    }

  if (*prefix != NULL)
    {
      if (!check_context (reader, path, "prefix", *prefix, text, p, TRUE, start))
        return FALSE;
    }
  else
    {
      guint from = start > GLOSS_CLAIM_CONTEXT_LENGTH ? start - GLOSS_CLAIM_CONTEXT_LENGTH : 0;

      *prefix = *computed_prefix = gloss_transcript_dup_slice (text->text, from, start);
    }

  if (*suffix != NULL)
    {
      if (!check_context (reader, path, "suffix", *suffix, text, p + quote_size, FALSE, end))
        return FALSE;
    }
  else
    {
      guint to = MIN (end + GLOSS_CLAIM_CONTEXT_LENGTH, text->length);

      *suffix = *computed_suffix = gloss_transcript_dup_slice (text->text, end, to);
    }

  return TRUE;
}

/* a claim lists a handful of topics: comparing beats hashing, but for a
 * long list */
#define CLAIM_TOPICS_HASH_MIN 16

static gboolean
check_claim_topics (Reader     *reader,
                    const char *path,
                    GPtrArray  *topics,
                    GHashTable *topic_ids)
{
  g_autoptr(GHashTable) seen = NULL;

  if (topics->len > CLAIM_TOPICS_HASH_MIN)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint t = 0; t + 1 < topics->len; t++)
    {
      const char *topic_id = g_ptr_array_index (topics, t);
      gboolean twice = FALSE;

      if (!g_hash_table_contains (topic_ids, topic_id))
        {
          g_autofree char *shown = gloss_json_excerpt (topic_id, strlen (topic_id));

          return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_UNKNOWN_TOPIC,
                                         _("%s.topics[%u]: unknown topic “%s”"), path, t, shown);
        }
      if (seen != NULL)
        twice = !g_hash_table_add (seen, (gpointer) topic_id);
      else
        for (guint u = 0; u < t && !twice; u++)
          twice = strcmp (g_ptr_array_index (topics, u), topic_id) == 0;
      if (twice)
        {
          g_autofree char *shown = gloss_json_excerpt (topic_id, strlen (topic_id));

          return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                                         _("%s.topics[%u]: topic “%s” is listed twice"),
                                         path, t, shown);
        }
    }

  return TRUE;
}

static gboolean
read_claim_role (Reader        *reader,
                 JsonObject    *object,
                 const char    *path,
                 GlossProject  *project,
                 GlossTextRole *role)
{
  const char *name;

  *role = GLOSS_TEXT_TRANSCRIPT;
  if (!gloss_json_reader_get_string (reader, object, path, "text", OPTIONAL, &name))
    return FALSE;
  if (name == NULL)
    return TRUE;

  if (!gloss_text_role_from_string (name, role))
    {
      g_autofree char *shown = gloss_json_excerpt (name, strlen (name));

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                     _("%s.text: unknown text “%s” (expected transcript or original)"),
                                     path, shown);
    }
  if (gloss_project_get_text (project, *role) == NULL)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                   _("%s.text: the claim is on the original, but the project has no “original”"),
                                   path);

  return TRUE;
}

/* The other version of a conflicting claim ("conflict": {start, end,
 * quote, topics, note, author, modified, orphaned}): checked as strictly as
 * a claim, on the claim's text. */
static gboolean
read_conflict (Reader      *reader,
               JsonObject  *object,
               const char  *claim_path,
               ClaimText   *text,
               GHashTable  *topic_ids,
               GlossClaim  *claim)
{
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GlossClaim) version = NULL;
  g_autofree char *computed_prefix = NULL;
  g_autofree char *computed_suffix = NULL;
  char path[PATH_SIZE];
  JsonObject *conflict;
  const char *quote, *note, *author, *modified_str;
  const char *prefix = NULL, *suffix = NULL;
  gboolean orphaned;
  guint start, end;

  if (!gloss_json_reader_get_object (reader, object, claim_path, "conflict", OPTIONAL, &conflict))
    return FALSE;
  if (conflict == NULL)
    return TRUE;

  g_snprintf (path, sizeof path, "%s.conflict", claim_path);
  if (!gloss_json_reader_get_uint (reader, conflict, path, "start", REQUIRED, NULL, &start) ||
      !gloss_json_reader_get_uint (reader, conflict, path, "end", REQUIRED, NULL, &end) ||
      !gloss_json_reader_get_string (reader, conflict, path, "quote", REQUIRED, &quote) ||
      !gloss_json_reader_get_string_list (reader, conflict, path, "topics", REQUIRED, &topics) ||
      !gloss_json_reader_get_string (reader, conflict, path, "note", OPTIONAL, &note) ||
      !gloss_json_reader_get_string (reader, conflict, path, "author", OPTIONAL, &author) ||
      !gloss_json_reader_get_string (reader, conflict, path, "modified", REQUIRED, &modified_str) ||
      (modified = gloss_json_reader_parse_date_time (reader, path, "modified", modified_str)) == NULL ||
      !gloss_json_reader_get_boolean (reader, conflict, path, "orphaned", OPTIONAL, &orphaned))
    return FALSE;

  if (start >= end)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s: start %u is not before end %u"), path, start, end);
  if (end > text->length)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s.end: %u is past the end of the text (%u characters)"),
                                   path, end, text->length);
  if (orphaned)
    prefix = suffix = "";
  else if (!check_span (reader, path, text, start, end, quote, &prefix, &suffix,
                        &computed_prefix, &computed_suffix))
    return FALSE;
  if (!check_claim_topics (reader, path, topics, topic_ids))
    return FALSE;

  version = gloss_claim_new_full (gloss_claim_get_id (claim), start, end, quote, prefix, suffix,
                                  (const char * const *) topics->pdata, note, author,
                                  gloss_claim_get_created (claim), modified);
  gloss_claim_set_text_role (version, gloss_claim_get_text_role (claim));
  if (orphaned)
    _gloss_claim_set_orphaned (version, TRUE);
  _gloss_claim_set_conflict (claim, version);

  return TRUE;
}

static GlossClaim *
read_claim (Reader       *reader,
            JsonObject   *object,
            const char   *path,
            GlossProject *project,
            ClaimText    *texts,
            GHashTable   *topic_ids,
            GHashTable   *claim_ids,
            GlossProjectLoadFlags flags)
{
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *computed_prefix = NULL;
  g_autofree char *computed_suffix = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  GlossClaimStatus status;
  GlossClaim *claim;
  ClaimText *text;
  const char *id, *quote, *prefix, *suffix, *note, *author;
  const char *created_str, *modified_str, *previous_quote;
  GlossTextRole role;
  gboolean orphaned;
  guint start, end;
  gpointer previous;

  if (!gloss_json_reader_get_nonempty_string (reader, object, path, "id", &id) ||
      !gloss_json_reader_get_uint (reader, object, path, "start", REQUIRED, NULL, &start) ||
      !gloss_json_reader_get_uint (reader, object, path, "end", REQUIRED, NULL, &end) ||
      !gloss_json_reader_get_string (reader, object, path, "quote", REQUIRED, &quote) ||
      !gloss_json_reader_get_string (reader, object, path, "prefix", OPTIONAL, &prefix) ||
      !gloss_json_reader_get_string (reader, object, path, "suffix", OPTIONAL, &suffix) ||
      !gloss_json_reader_get_string_list (reader, object, path, "topics", REQUIRED, &topics) ||
      !gloss_json_reader_get_string (reader, object, path, "note", OPTIONAL, &note) ||
      !gloss_json_reader_get_string (reader, object, path, "author", OPTIONAL, &author) ||
      !gloss_json_reader_get_string (reader, object, path, "created", REQUIRED, &created_str) ||
      (created = gloss_json_reader_parse_date_time (reader, path, "created", created_str)) == NULL ||
      !gloss_json_reader_get_string (reader, object, path, "modified", REQUIRED, &modified_str))
    return NULL;
  /* a claim never edited has modified == created: parse it once */
  if (strcmp (modified_str, created_str) == 0)
    modified = g_date_time_ref (created);
  else if ((modified = gloss_json_reader_parse_date_time (reader, path, "modified", modified_str)) == NULL)
    return NULL;
  if (!gloss_json_reader_get_boolean (reader, object, path, "orphaned", OPTIONAL, &orphaned) ||
      !gloss_json_reader_get_string (reader, object, path, "previous_quote", OPTIONAL, &previous_quote) ||
      !read_claim_role (reader, object, path, project, &role) ||
      !gloss_record_reader_read (reader, object, path, id, &status, &sources))
    return NULL;

  if (g_hash_table_lookup_extended (claim_ids, id, NULL, &previous))
    {
      g_autofree char *shown = gloss_json_excerpt (id, strlen (id));

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                                     _("%s.id: “%s” is already the id of claims[%u]"),
                                     path, shown, GPOINTER_TO_UINT (previous)), NULL;
    }

  text = &texts[role];
  if (start >= end)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s: start %u is not before end %u"), path, start, end), NULL;
  /* a text edited by hand: the claim keeps its words as an orphan, at a
   * place in its text, to be found again (gloss_revision_new_reanchor) */
  if ((flags & GLOSS_PROJECT_LOAD_KEEP_MISMATCHED) && text->length > 0 &&
      (end > text->length ||
       (!orphaned && !check_span (reader, path, text, start, end, quote, &prefix, &suffix,
                                  &computed_prefix, &computed_suffix))))
    {
      if (reader->error != NULL)
        g_clear_error (reader->error);
      g_clear_pointer (&computed_prefix, g_free);
      g_clear_pointer (&computed_suffix, g_free);
      orphaned = TRUE;
      start = MIN (start, text->length - 1);
      end = MIN (MAX (end, start + 1), text->length);
    }
  if (end > text->length)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s.end: %u is past the end of the text (%u characters)"),
                                   path, end, text->length), NULL;

  if (orphaned)
    {
      prefix = prefix != NULL ? prefix : "";
      suffix = suffix != NULL ? suffix : "";
    }
  /* (kept mismatched claims were checked above) */
  else if (!(flags & GLOSS_PROJECT_LOAD_KEEP_MISMATCHED) &&
           !check_span (reader, path, text, start, end, quote, &prefix, &suffix,
                        &computed_prefix, &computed_suffix))
    return NULL;

  if (!check_claim_topics (reader, path, topics, topic_ids))
    return NULL;

  claim = gloss_claim_new_full (id, start, end, quote, prefix, suffix,
                                (const char * const *) topics->pdata,
                                note, author, created, modified);
  gloss_claim_set_text_role (claim, role);
  if (orphaned)
    _gloss_claim_set_orphaned (claim, TRUE);
  if (previous_quote != NULL)
    _gloss_claim_set_previous_quote (claim, previous_quote);
  _gloss_claim_set_status (claim, status);
  if (sources->len > 0)
    _gloss_claim_set_sources (claim, sources);

  if (!read_conflict (reader, object, path, text, topic_ids, claim))
    {
      g_object_unref (claim);
      return NULL;
    }

  return claim;
}

static gboolean
read_claims (Reader                *reader,
             JsonObject            *root,
             GlossProject          *project,
             GHashTable            *topic_ids,
             GlossProjectLoadFlags  flags)
{
  g_autoptr(GHashTable) claim_ids = NULL;
  g_autoptr(GPtrArray) loaded = NULL;
  ClaimText texts[GLOSS_TEXT_ROLE_LAST + 1];
  JsonArray *claims;
  guint n;

  if (!gloss_json_reader_get_array (reader, root, NULL, "claims", REQUIRED, &claims))
    return FALSE;

  claim_text_init (&texts[GLOSS_TEXT_TRANSCRIPT], gloss_project_get_transcript (project));
  claim_text_init (&texts[GLOSS_TEXT_ORIGINAL], gloss_project_get_original (project));

  n = json_array_get_length (claims);
  claim_ids = g_hash_table_new (g_str_hash, g_str_equal);
  loaded = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      char path[PATH_SIZE];
      JsonObject *object;
      GlossClaim *claim;

      gloss_json_element_path (path, sizeof path, "claims", i);
      if (!gloss_json_reader_element_object (reader, claims, i, path, &object))
        return FALSE;

      claim = read_claim (reader, object, path, project, texts, topic_ids, claim_ids, flags);
      if (claim == NULL)
        return FALSE;
      g_ptr_array_add (loaded, claim);
      g_hash_table_insert (claim_ids, (gpointer) gloss_claim_get_id (claim), GUINT_TO_POINTER (i));
    }

  gloss_project_add_claims (project, loaded);

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
      !read_claims (&reader, root, project, topic_ids, flags) ||
      !gloss_record_reader_read_rejected (&reader, root, project))
    return NULL;

  /* every string was copied out of the tree */
  gloss_json_drop_parser (g_steal_pointer (&parser), length);

  return g_steal_pointer (&project);
}
