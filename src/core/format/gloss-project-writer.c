#include "config.h"

#include "gloss-project-writer.h"

#include <string.h>

#include "gloss-alignment.h"
#include "gloss-project-file.h"
#include "gloss-project-snapshot-private.h"

/* Writing: by hand rather than with JsonGenerator, for speed and so that
 * the canonical form (member order, two-space indent, escapes, a final
 * newline) is fixed here and does not change with the json-glib version. */

static void
append_indent (GString *out,
               guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
append_json_string (GString    *out,
                    const char *str,
                    gsize       length)
{
  const char *run = str;
  const char *end = str + length;

  g_string_append_c (out, '"');
  for (const char *p = str; p < end; p++)
    {
      guchar c = (guchar) *p;
      const char *escape;
      char buffer[8];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
          g_snprintf (buffer, sizeof buffer, "\\u%04x", c);
          escape = buffer;
          break;
        }

      g_string_append_len (out, run, p - run);
      g_string_append (out, escape);
      run = p + 1;
    }
  g_string_append_len (out, run, end - run);
  g_string_append_c (out, '"');
}

/* "key": opening a member at @level; @first tells whether a comma is due */
static void
append_key (GString    *out,
            guint       level,
            gboolean   *first,
            const char *key)
{
  if (!*first)
    g_string_append_c (out, ',');
  g_string_append_c (out, '\n');
  *first = FALSE;
  append_indent (out, level);
  g_string_append_c (out, '"');
  g_string_append (out, key);
  g_string_append (out, "\": ");
}

static void
member_string (GString    *out,
               guint       level,
               gboolean   *first,
               const char *key,
               const char *value)
{
  append_key (out, level, first, key);
  if (value == NULL)
    value = "";
  append_json_string (out, value, strlen (value));
}

static void
member_optional_string (GString    *out,
                        guint       level,
                        gboolean   *first,
                        const char *key,
                        const char *value)
{
  if (value != NULL && *value != '\0')
    member_string (out, level, first, key, value);
}

static void
member_uint (GString    *out,
             guint       level,
             gboolean   *first,
             const char *key,
             guint       value)
{
  char buffer[16];

  append_key (out, level, first, key);
  g_snprintf (buffer, sizeof buffer, "%u", value);
  g_string_append (out, buffer);
}

static void
member_string_list (GString            *out,
                    guint               level,
                    gboolean           *first,
                    const char         *key,
                    const char * const *values)
{
  append_key (out, level, first, key);
  if (values == NULL || values[0] == NULL)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
      append_indent (out, level + 1);
      append_json_string (out, values[i], strlen (values[i]));
    }
  g_string_append_c (out, '\n');
  append_indent (out, level);
  g_string_append_c (out, ']');
}

static void
member_date_time (GString    *out,
                  guint       level,
                  gboolean   *first,
                  const char *key,
                  GDateTime  *value)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (value);
  char buffer[48];
  int usec = g_date_time_get_microsecond (utc);

  if (usec != 0)
    g_snprintf (buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d:%02d.%06dZ\"",
                g_date_time_get_year (utc), g_date_time_get_month (utc),
                g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                g_date_time_get_minute (utc), g_date_time_get_second (utc), usec);
  else
    g_snprintf (buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"",
                g_date_time_get_year (utc), g_date_time_get_month (utc),
                g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                g_date_time_get_minute (utc), g_date_time_get_second (utc));

  append_key (out, level, first, key);
  g_string_append (out, buffer);
}

/* opens "[" for an array member of @n objects; returns FALSE when empty
 * (written as []) */
static gboolean
open_array (GString    *out,
            guint       level,
            gboolean   *first,
            const char *key,
            guint       n)
{
  append_key (out, level, first, key);
  if (n == 0)
    {
      g_string_append (out, "[]");
      return FALSE;
    }
  g_string_append_c (out, '[');
  return TRUE;
}

static void
open_element (GString *out,
              guint    level,
              guint    index)
{
  if (index > 0)
    g_string_append_c (out, ',');
  g_string_append_c (out, '\n');
  append_indent (out, level);
  g_string_append_c (out, '{');
}

static void
close_block (GString *out,
             guint    level,
             char     bracket)
{
  g_string_append_c (out, '\n');
  append_indent (out, level);
  g_string_append_c (out, bracket);
}

/* an array of numbers, one a line */
static void
member_uint_list (GString     *out,
                  guint        level,
                  gboolean    *first,
                  const char  *key,
                  const guint *values,
                  guint        n)
{
  char buffer[16];

  append_key (out, level, first, key);
  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
      append_indent (out, level + 1);
      g_snprintf (buffer, sizeof buffer, "%u", values[i]);
      g_string_append (out, buffer);
    }
  g_string_append_c (out, '\n');
  append_indent (out, level);
  g_string_append_c (out, ']');
}

static void
member_boolean (GString    *out,
                guint       level,
                gboolean   *first,
                const char *key,
                gboolean    value)
{
  append_key (out, level, first, key);
  g_string_append (out, value ? "true" : "false");
}

/* milliseconds as seconds, with no more decimals than they need:
 * 12500 -> 12.5, 3000 -> 3 */
static void
append_seconds (GString *out,
                gint64   ms)
{
  char buffer[32];
  gsize len;

  g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT ".%03d", ms / 1000, (int) (ms % 1000));
  len = strlen (buffer);
  while (buffer[len - 1] == '0')
    buffer[--len] = '\0';
  if (buffer[len - 1] == '.')
    buffer[--len] = '\0';
  g_string_append (out, buffer);
}

static void
member_seconds (GString    *out,
                guint       level,
                gboolean   *first,
                const char *key,
                gint64      ms)
{
  append_key (out, level, first, key);
  append_seconds (out, ms);
}

/* "time": { "begin": S, "end": S }, one value a line like the rest */
static void
member_time (GString    *out,
             guint       level,
             gboolean   *first,
             gint64      begin,
             gint64      end)
{
  gboolean first_member = TRUE;

  append_key (out, level, first, "time");
  g_string_append_c (out, '{');
  member_seconds (out, level + 1, &first_member, "begin", begin);
  if (end >= 0)
    member_seconds (out, level + 1, &first_member, "end", end);
  close_block (out, level, '}');
}

static void
write_text (GString                 *out,
            const GlossSnapshotText *text)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  member_optional_string (out, 2, &first, "title", text->title);
  member_optional_string (out, 2, &first, "date", text->date);
  member_optional_string (out, 2, &first, "place", text->place);
  member_optional_string (out, 2, &first, "language", text->language);
  member_optional_string (out, 2, &first, "source", text->source);
  append_key (out, 2, &first, "text");
  append_json_string (out, text->content, text->size);

  if (open_array (out, 2, &first, "turns", text->turns->len))
    {
      for (guint i = 0; i < text->turns->len; i++)
        {
          const GlossTurn *turn = &g_array_index (text->turns, GlossTurn, i);
          gboolean first_member = TRUE;

          open_element (out, 3, i);
          member_uint (out, 4, &first_member, "start", turn->start);
          member_uint (out, 4, &first_member, "end", turn->end);
          if (turn->speaker != NULL)
            member_string (out, 4, &first_member, "speaker", turn->speaker);
          member_string (out, 4, &first_member, "kind", gloss_turn_kind_to_string (turn->kind));
          if (turn->outlet != NULL)
            member_string (out, 4, &first_member, "outlet", turn->outlet);
          if (turn->answers >= 0)
            member_uint (out, 4, &first_member, "answers", (guint) turn->answers);
          if (turn->time >= 0)
            member_time (out, 4, &first_member, turn->time, turn->end_time);
          close_block (out, 3, '}');
        }
      close_block (out, 2, ']');
    }

  if (open_array (out, 2, &first, "participants", text->participants->len))
    {
      for (guint i = 0; i < text->participants->len; i++)
        {
          const GlossParticipant *participant =
            &g_array_index (text->participants, GlossParticipant, i);
          gboolean first_member = TRUE;

          open_element (out, 3, i);
          member_string (out, 4, &first_member, "name", participant->name);
          if (participant->role != NULL)
            member_string (out, 4, &first_member, "role", participant->role);
          close_block (out, 3, '}');
        }
      close_block (out, 2, ']');
    }

  close_block (out, 1, '}');
}

static void
write_alignment (GString        *out,
                 GlossAlignment *alignment)
{
  guint n_turns = gloss_alignment_get_n_turn_pairs (alignment);
  guint n_paragraphs = gloss_alignment_get_n_paragraph_pairs (alignment);
  guint n_links = gloss_alignment_get_n_links (alignment);
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  if (open_array (out, 2, &first, "turns", n_turns))
    {
      for (guint i = 0; i < n_turns; i++)
        {
          const GlossTurnPair *pair = gloss_alignment_get_turn_pair (alignment, i);
          gboolean first_member = TRUE;

          open_element (out, 3, i);
          member_uint_list (out, 4, &first_member, "transcript", pair->transcript, pair->n_transcript);
          member_uint_list (out, 4, &first_member, "original", pair->original, pair->n_original);
          close_block (out, 3, '}');
        }
      close_block (out, 2, ']');
    }

  if (n_paragraphs > 0)
    {
      open_array (out, 2, &first, "paragraphs", n_paragraphs);
      for (guint i = 0; i < n_paragraphs; i++)
        {
          const GlossParagraphPair *pair = gloss_alignment_get_paragraph_pair (alignment, i);
          guint transcript[2] = { pair->transcript_start, pair->transcript_end };
          guint original[2] = { pair->original_start, pair->original_end };
          gboolean first_member = TRUE;

          open_element (out, 3, i);
          member_uint_list (out, 4, &first_member, "transcript", transcript, 2);
          member_uint_list (out, 4, &first_member, "original", original, 2);
          close_block (out, 3, '}');
        }
      close_block (out, 2, ']');
    }

  if (n_links > 0)
    {
      open_array (out, 2, &first, "user", n_links);
      for (guint i = 0; i < n_links; i++)
        {
          const GlossAlignmentLink *link = gloss_alignment_get_link (alignment, i);
          gboolean first_member = TRUE;

          open_element (out, 3, i);
          member_uint (out, 4, &first_member, "transcript", link->transcript_turn);
          member_uint (out, 4, &first_member, "original", link->original_turn);
          member_boolean (out, 4, &first_member, "linked", link->linked);
          close_block (out, 3, '}');
        }
      close_block (out, 2, ']');
    }

  close_block (out, 1, '}');
}

static void
write_topics (GString                    *out,
              const GlossProjectSnapshot *snapshot)
{
  for (guint i = 0; i < snapshot->n_topics; i++)
    {
      const GlossSnapshotTopic *topic = &snapshot->topics[i];
      gboolean first_member = TRUE;

      open_element (out, 2, i);
      member_string (out, 3, &first_member, "id", topic->id);
      member_string (out, 3, &first_member, "name", topic->name);
      member_string (out, 3, &first_member, "color", topic->color);
      member_string (out, 3, &first_member, "key", topic->key);
      member_string_list (out, 3, &first_member, "keywords",
                          (const char * const *) topic->keywords);
      member_optional_string (out, 3, &first_member, "regex", topic->regex);
      close_block (out, 2, '}');
    }
  close_block (out, 1, ']');
}

static void
write_sources (GString   *out,
               guint      depth,
               gboolean  *first,
               GPtrArray *sources)
{
  open_array (out, depth, first, "sources", sources->len);
  for (guint i = 0; i < sources->len; i++)
    {
      GlossSource *source = g_ptr_array_index (sources, i);
      gboolean first_member = TRUE;

      open_element (out, depth + 1, i);
      member_string (out, depth + 2, &first_member, "url", gloss_source_get_url (source));
      member_optional_string (out, depth + 2, &first_member, "title", gloss_source_get_title (source));
      member_optional_string (out, depth + 2, &first_member, "accessed", gloss_source_get_accessed (source));
      close_block (out, depth + 1, '}');
    }
  close_block (out, depth, ']');
}

/* the other version of a conflicting claim: what can differ from it; its
 * prefix and suffix are the text's, its id, text and creation the claim's */
static void
write_conflict (GString    *out,
                GlossClaim *version)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  member_uint (out, 4, &first, "start", gloss_claim_get_start (version));
  member_uint (out, 4, &first, "end", gloss_claim_get_end (version));
  member_string (out, 4, &first, "quote", gloss_claim_get_quote (version));
  member_string_list (out, 4, &first, "topics", gloss_claim_get_topics (version));
  member_string (out, 4, &first, "note", gloss_claim_get_note (version));
  member_string (out, 4, &first, "author", gloss_claim_get_author (version));
  member_date_time (out, 4, &first, "modified", gloss_claim_get_modified (version));
  if (gloss_claim_get_orphaned (version))
    member_boolean (out, 4, &first, "orphaned", TRUE);
  /* the other side's record, as a claim's: written when not the default */
  if (gloss_claim_get_status (version) != GLOSS_CLAIM_STATUS_UNCHECKED)
    member_string (out, 4, &first, "status", gloss_claim_status_to_string (gloss_claim_get_status (version)));
  if (gloss_claim_get_sources (version)->len > 0)
    write_sources (out, 4, &first, gloss_claim_get_sources (version));
  close_block (out, 3, '}');
}

static void
write_claims (GString                    *out,
              const GlossProjectSnapshot *snapshot)
{
  for (guint i = 0; i < snapshot->n_claims; i++)
    {
      const GlossSnapshotClaim *copy = &snapshot->claims[i];
      GlossClaim *claim = copy->claim;
      gboolean first_member = TRUE;

      open_element (out, 2, i);
      member_string (out, 3, &first_member, "id", gloss_claim_get_id (claim));
      member_uint (out, 3, &first_member, "start", copy->start);
      member_uint (out, 3, &first_member, "end", copy->end);
      member_string (out, 3, &first_member, "quote", copy->quote);
      member_string (out, 3, &first_member, "prefix", copy->prefix);
      member_string (out, 3, &first_member, "suffix", copy->suffix);
      member_string_list (out, 3, &first_member, "topics", &snapshot->topic_ids[copy->topics]);
      member_string (out, 3, &first_member, "note", copy->note);
      member_string (out, 3, &first_member, "author", copy->author);
      member_date_time (out, 3, &first_member, "created", gloss_claim_get_created (claim));
      member_date_time (out, 3, &first_member, "modified", copy->modified);
      /* written only when they differ from what a reader assumes */
      if (copy->role != GLOSS_TEXT_TRANSCRIPT)
        member_string (out, 3, &first_member, "text", gloss_text_role_to_string (copy->role));
      if (copy->orphaned)
        member_boolean (out, 3, &first_member, "orphaned", TRUE);
      if (copy->previous_quote != NULL)
        member_string (out, 3, &first_member, "previous_quote", copy->previous_quote);
      if (copy->status != GLOSS_CLAIM_STATUS_UNCHECKED)
        member_string (out, 3, &first_member, "status", gloss_claim_status_to_string (copy->status));
      if (copy->sources->len > 0)
        write_sources (out, 3, &first_member, copy->sources);
      if (copy->conflict != NULL)
        {
          append_key (out, 3, &first_member, "conflict");
          write_conflict (out, copy->conflict);
        }
      close_block (out, 2, '}');
    }
  close_block (out, 1, ']');
}

GBytes *
gloss_project_writer_write (const GlossProjectSnapshot *snapshot)
{
  const GlossSnapshotText *original = &snapshot->texts[GLOSS_TEXT_ORIGINAL];
  GString *out;
  gboolean first = TRUE;
  gsize size;

  g_return_val_if_fail (snapshot != NULL, NULL);

  /* a claim takes about 500 bytes of JSON besides its quote */
  size = snapshot->texts[GLOSS_TEXT_TRANSCRIPT].size * 2 + original->size * 2;
  out = g_string_sized_new (size + (gsize) snapshot->n_claims * 600 + 4096);

  g_string_append_c (out, '{');
  member_string (out, 1, &first, "format", GLOSS_PROJECT_FORMAT_NAME);
  member_uint (out, 1, &first, "version", GLOSS_PROJECT_FORMAT_VERSION);
  append_key (out, 1, &first, "transcript");
  write_text (out, &snapshot->texts[GLOSS_TEXT_TRANSCRIPT]);
  if (original->text != NULL)
    {
      append_key (out, 1, &first, "original");
      write_text (out, original);
    }
  if (snapshot->alignment != NULL)
    {
      append_key (out, 1, &first, "alignment");
      write_alignment (out, snapshot->alignment);
    }

  if (open_array (out, 1, &first, "topics", snapshot->n_topics))
    write_topics (out, snapshot);
  if (open_array (out, 1, &first, "claims", snapshot->n_claims))
    write_claims (out, snapshot);
  /* written only when there are some, so that older files stay as they were */
  if (snapshot->rejected[0] != NULL)
    member_string_list (out, 1, &first, "rejected_suggestions",
                        (const char * const *) snapshot->rejected);

  close_block (out, 0, '}');
  g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}
