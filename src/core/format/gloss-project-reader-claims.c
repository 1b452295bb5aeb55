#include "config.h"

#include "gloss-project-reader-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-claim-private.h"
#include "gloss-record-reader.h"

/* The claims of a project file: each one's span checked against its text
 * (quote, prefix and suffix, see the reading rules in
 * gloss-project-reader.c), its topics against the file's, its conflict and
 * its record. */

/* below this many characters, walking from the previous claim is cheaper
 * than the text's offset index */
#define CURSOR_MAX_WALK 64

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
 * quote, topics, note, author, modified, orphaned, status, sources}):
 * checked as strictly as a claim, on the claim's text, its record by the
 * claims' own reader. */
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
  g_autoptr(GPtrArray) sources = NULL;
  GlossClaimStatus status;
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
      !gloss_json_reader_get_boolean (reader, conflict, path, "orphaned", OPTIONAL, &orphaned) ||
      !gloss_record_reader_read (reader, conflict, path, gloss_claim_get_id (claim), &status, &sources))
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
  _gloss_claim_set_status (version, status);
  if (sources->len > 0)
    _gloss_claim_set_sources (version, sources);
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

gboolean
_gloss_project_reader_read_claims (Reader                *reader,
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
