#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "gloss-exporter.h"
#include "gloss-fileutil.h"

/* the sentence around a claim, in code points */
#define CONTEXT_MAX_LENGTH 400
/* how far from a claim the sentence search looks */
#define CONTEXT_WINDOW 2000
#define QUESTION_MAX_WORDS 20
#define QUESTION_MAX_LENGTH 160

#define ELLIPSIS "\xe2\x80\xa6"

G_DEFINE_QUARK (gloss-export-error-quark, gloss_export_error)

typedef struct
{
  GlossClaim *claim;
  int turn_index;
  const GlossTurn *turn;
  const char *speaker;
  const GlossTurn *question;
  const char *asked_by;
  /* GlossTopic *, project order; unknown ids are left out */
  GPtrArray *topics;
  /* ids the project does not know, in the claim's order */
  GPtrArray *unknown_topics;
} ClaimInfo;

typedef struct
{
  GlossProject *project;
  GlossTranscript *transcript;
  GPtrArray *topics;  /* GlossTopic *, project order, owned */
  GPtrArray *claims;  /* ClaimInfo * */
} Export;

static void
claim_info_free (ClaimInfo *info)
{
  g_clear_object (&info->claim);
  g_clear_pointer (&info->topics, g_ptr_array_unref);
  g_clear_pointer (&info->unknown_topics, g_ptr_array_unref);
  g_free (info);
}

static void
export_clear (Export *export)
{
  g_clear_pointer (&export->topics, g_ptr_array_unref);
  g_clear_pointer (&export->claims, g_ptr_array_unref);
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  GlossClaim *ca = *(GlossClaim * const *) a;
  GlossClaim *cb = *(GlossClaim * const *) b;

  return gloss_claim_compare (ca, cb);
}

static ClaimInfo *
claim_info_new (Export     *export,
                GlossClaim *claim)
{
  ClaimInfo *info = g_new0 (ClaimInfo, 1);
  const char * const *ids = gloss_claim_get_topics (claim);

  info->claim = g_object_ref (claim);
  info->turn_index = gloss_transcript_find_turn (export->transcript,
                                                 gloss_claim_get_start (claim));
  if (info->turn_index >= 0)
    {
      info->turn = gloss_transcript_get_turn (export->transcript, info->turn_index);
      info->speaker = info->turn->speaker;
      if (info->speaker == NULL && info->turn->kind == GLOSS_TURN_QUESTION)
        info->speaker = info->turn->outlet;

      if (info->turn->kind == GLOSS_TURN_ANSWER &&
          info->turn->answers >= 0 &&
          (guint) info->turn->answers < gloss_transcript_get_n_turns (export->transcript))
        {
          info->question = gloss_transcript_get_turn (export->transcript,
                                                      info->turn->answers);
          info->asked_by = info->question->outlet;
          if (info->asked_by == NULL)
            info->asked_by = info->question->speaker;
        }
    }

  info->topics = g_ptr_array_new ();
  info->unknown_topics = g_ptr_array_new ();
  for (guint i = 0; i < export->topics->len; i++)
    {
      GlossTopic *topic = g_ptr_array_index (export->topics, i);

      if (gloss_claim_has_topic (claim, gloss_topic_get_id (topic)))
        g_ptr_array_add (info->topics, topic);
    }
  for (guint i = 0; ids[i] != NULL; i++)
    if (gloss_project_lookup_topic (export->project, ids[i]) == NULL)
      g_ptr_array_add (info->unknown_topics, (gpointer) ids[i]);

  return info;
}

static gboolean
export_init (Export        *export,
             GlossProject  *project,
             GListModel    *claims,
             GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *topics;
  guint length;

  export->project = project;
  export->transcript = gloss_project_get_transcript (project);
  export->topics = g_ptr_array_new_with_free_func (g_object_unref);
  export->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) claim_info_free);
  length = gloss_transcript_get_length (export->transcript);

  topics = gloss_project_get_topics (project);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    g_ptr_array_add (export->topics, g_list_model_get_item (topics, i));

  if (claims == NULL)
    claims = G_LIST_MODEL (project);

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (claims, i);

      if (!GLOSS_IS_CLAIM (item))
        {
          g_critical ("%s: item %u of the claims model is not a GlossClaim",
                      G_STRFUNC, i);
          continue;
        }
      g_ptr_array_add (list, g_steal_pointer (&item));
    }

  g_ptr_array_sort (list, compare_claims);

  for (guint i = 0; i < list->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (list, i);
      guint start = gloss_claim_get_start (claim);
      guint end = gloss_claim_get_end (claim);

      if (i > 0 && claim == g_ptr_array_index (list, i - 1))
        continue;

      if (start > end || end > length)
        {
          g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_INVALID_CLAIM,
                       _("Claim “%s” spans characters %u to %u, but the transcript has only %u characters"),
                       gloss_claim_get_id (claim), start, end, length);
          return FALSE;
        }

      g_ptr_array_add (export->claims, claim_info_new (export, claim));
    }

  return TRUE;
}

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;

  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static const char *
turn_kind_string (const ClaimInfo *info)
{
  return info->turn != NULL ? gloss_turn_kind_to_string (info->turn->kind) : NULL;
}

/* topic names in project order, then unknown ids as they are */
static char *
join_topic_names (const ClaimInfo *info,
                  const char      *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < info->topics->len; i++)
    {
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, gloss_topic_get_name (g_ptr_array_index (info->topics, i)));
    }
  for (guint i = 0; i < info->unknown_topics->len; i++)
    {
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, g_ptr_array_index (info->unknown_topics, i));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whitespace runs (newlines included) become one space. */
static void
append_collapsed (GString    *out,
                  const char *text,
                  gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;
  gboolean space = FALSE;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
}

static char *
collapse (const char *text)
{
  GString *out = g_string_new (NULL);

  append_collapsed (out, text, -1);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* the sentence(s) around a claim                                      */

typedef struct
{
  char *before;   /* collapsed, may be empty */
  char *quote;
  char *after;
  gboolean cut_before;
  gboolean cut_after;
} Context;

static void
context_clear (Context *context)
{
  g_clear_pointer (&context->before, g_free);
  g_clear_pointer (&context->quote, g_free);
  g_clear_pointer (&context->after, g_free);
}

static gboolean
is_terminator (gunichar c)
{
  return c == '.' || c == '!' || c == '?';
}

static gboolean
is_wide_terminator (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E;
}

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

/* Is there a sentence boundary between chars[i - 1] and chars[i]? */
static gboolean
is_boundary (const gunichar *chars,
             glong           n,
             glong           i)
{
  gunichar prev;

  if (i <= 0 || i >= n)
    return TRUE;

  prev = chars[i - 1];
  if (prev == '\n' || is_wide_terminator (prev))
    return TRUE;
  if (!g_unichar_isspace (chars[i]))
    return FALSE;
  if (is_terminator (prev))
    return TRUE;
  return is_closing (prev) && i >= 2 && is_terminator (chars[i - 2]);
}

static char *
ucs4_slice_collapsed (const gunichar *chars,
                      glong           from,
                      glong           to)
{
  g_autofree char *utf8 = NULL;

  if (to <= from)
    return g_strdup ("");

  utf8 = g_ucs4_to_utf8 (chars + from, to - from, NULL, NULL, NULL);
  return utf8 != NULL ? collapse (utf8) : g_strdup ("");
}

/* FALSE when the sentence is no more than the quote itself */
static gboolean
find_context (Export          *export,
              const ClaimInfo *info,
              Context         *context)
{
  guint start = gloss_claim_get_start (info->claim);
  guint end = gloss_claim_get_end (info->claim);
  guint lo = 0;
  guint hi = gloss_transcript_get_length (export->transcript);
  const char *p_lo;
  const char *p_hi;
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  glong s, e, from, to;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (info->turn != NULL)
    {
      lo = MIN (info->turn->start, start);
      hi = MAX (info->turn->end, end);
    }
  if (start > CONTEXT_WINDOW)
    lo = MAX (lo, start - CONTEXT_WINDOW);
  hi = MIN (hi, end + CONTEXT_WINDOW);

  p_lo = gloss_transcript_offset_to_pointer (export->transcript, lo);
  p_hi = gloss_transcript_offset_to_pointer (export->transcript, hi);
  chars = g_utf8_to_ucs4_fast (p_lo, p_hi - p_lo, &n);

  s = start - lo;
  e = end - lo;
  from = s;
  while (from > 0 && !is_boundary (chars, n, from))
    from--;
  to = e;
  while (to < n && !is_boundary (chars, n, to))
    to++;

  context->cut_before = from > 0 && !is_boundary (chars, n, from);
  context->cut_after = to < n && !is_boundary (chars, n, to);

  if (to - from > CONTEXT_MAX_LENGTH)
    {
      glong room = CONTEXT_MAX_LENGTH - (e - s);
      glong left, right;

      if (room <= 0)
        return FALSE;

      left = MIN (s - from, room / 2);
      right = MIN (to - e, room - left);
      left = MIN (s - from, room - right);

      if (from < s - left)
        {
          from = s - left;
          /* start at a word */
          for (glong i = from; i < s && i < from + 20; i++)
            if (g_unichar_isspace (chars[i]))
              {
                from = i;
                break;
              }
          context->cut_before = TRUE;
        }
      if (to > e + right)
        {
          to = e + right;
          for (glong i = to; i > e && i > to - 20; i--)
            if (g_unichar_isspace (chars[i - 1]))
              {
                to = i;
                break;
              }
          context->cut_after = TRUE;
        }
    }

  before = ucs4_slice_collapsed (chars, from, s);
  after = ucs4_slice_collapsed (chars, e, to);
  if (before[0] == '\0' && after[0] == '\0')
    return FALSE;

  context->quote = ucs4_slice_collapsed (chars, s, e);
  /* keep the space between the context and the quote visible */
  if (s > from && g_unichar_isspace (chars[s - 1]) && before[0] != '\0')
    {
      context->before = g_strconcat (before, " ", NULL);
    }
  else
    context->before = g_steal_pointer (&before);
  if (e < to && g_unichar_isspace (chars[e]) && after[0] != '\0')
    context->after = g_strconcat (" ", after, NULL);
  else
    context->after = g_steal_pointer (&after);

  if (g_str_has_prefix (context->before, " "))
    memmove (context->before, context->before + 1, strlen (context->before));

  return TRUE;
}

/* the first words of the question a claim answers */
static char *
question_excerpt (Export          *export,
                  const ClaimInfo *info)
{
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  guint words = 0;
  glong chars = 0;
  gboolean cut = FALSE;
  const char *start;
  const char *labels[2];

  if (info->question == NULL)
    return NULL;

  labels[0] = info->question->outlet;
  labels[1] = info->question->speaker;

  /* enough for the excerpt, however long the question */
  text = gloss_transcript_dup_slice (export->transcript, info->question->start,
                                     MIN (info->question->end,
                                          info->question->start + QUESTION_MAX_LENGTH * 8));
  flat = collapse (text);
  start = flat;

  /* the turn may begin with its own "Outlet:" line */
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gsize length = labels[i] != NULL ? strlen (labels[i]) : 0;

      if (length > 0 && strncmp (start, labels[i], length) == 0)
        {
          if (start[length] == ':')
            start += length + 1;
          else if (g_str_has_prefix (start + length, "\xef\xbc\x9a"))  /* ： */
            start += length + 3;
          else
            continue;
          while (*start == ' ')
            start++;
          break;
        }
    }

  for (const char *p = start; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' && ++words >= QUESTION_MAX_WORDS)
        {
          cut = TRUE;
          break;
        }
      if (chars++ >= QUESTION_MAX_LENGTH)
        {
          cut = TRUE;
          break;
        }
      g_string_append_unichar (out, c);
    }
  if (cut)
    {
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append (out, ELLIPSIS);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ------------------------------------------------------------------ */
/* CSV                                                                 */

static void
csv_append_cell (GString    *out,
                 const char *value)
{
  gboolean neutralise;
  gboolean quote;

  if (value == NULL)
    value = "";

  neutralise = value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
  quote = strpbrk (value, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

static GBytes *
export_csv (Export           *export,
            GlossExportFlags  flags)
{
  static const char * const columns[] = {
    "id", "topics", "speaker", "speaker_kind", "asked_by", "quote", "note",
    "start", "end", "turn", "author", "created", "modified",
  };
  g_autoptr(GString) out = g_string_new (NULL);

  if (!(flags & GLOSS_EXPORT_FLAGS_NO_BOM))
    g_string_append (out, "\xef\xbb\xbf");

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, columns[i]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < export->claims->len; i++)
    {
      ClaimInfo *info = g_ptr_array_index (export->claims, i);
      GlossClaim *claim = info->claim;
      g_autofree char *topics = join_topic_names (info, "; ");
      g_autofree char *created = format_time (gloss_claim_get_created (claim));
      g_autofree char *modified = format_time (gloss_claim_get_modified (claim));

      csv_append_cell (out, gloss_claim_get_id (claim));
      g_string_append_c (out, ',');
      csv_append_cell (out, topics);
      g_string_append_c (out, ',');
      csv_append_cell (out, info->speaker);
      g_string_append_c (out, ',');
      csv_append_cell (out, turn_kind_string (info));
      g_string_append_c (out, ',');
      csv_append_cell (out, info->asked_by);
      g_string_append_c (out, ',');
      csv_append_cell (out, gloss_claim_get_quote (claim));
      g_string_append_c (out, ',');
      csv_append_cell (out, gloss_claim_get_note (claim));
      g_string_append_printf (out, ",%u,%u,", gloss_claim_get_start (claim),
                              gloss_claim_get_end (claim));
      if (info->turn_index >= 0)
        g_string_append_printf (out, "%d", info->turn_index + 1);
      g_string_append_c (out, ',');
      csv_append_cell (out, gloss_claim_get_author (claim));
      g_string_append_c (out, ',');
      csv_append_cell (out, created);
      g_string_append_c (out, ',');
      csv_append_cell (out, modified);
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* ------------------------------------------------------------------ */
/* JSON and W3C                                                        */

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static GBytes *
builder_to_bytes (JsonBuilder *builder)
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

static GBytes *
export_json (Export *export)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "gloss-claims");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);

  json_builder_set_member_name (builder, "project");
  json_builder_begin_object (builder);
  add_string_or_null (builder, "title", gloss_transcript_get_title (export->transcript));
  add_string_or_null (builder, "date", gloss_transcript_get_date (export->transcript));
  add_string_or_null (builder, "place", gloss_transcript_get_place (export->transcript));
  add_string_or_null (builder, "language", gloss_transcript_get_language (export->transcript));
  add_string_or_null (builder, "source", gloss_transcript_get_source (export->transcript));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "topics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < export->topics->len; i++)
    {
      GlossTopic *topic = g_ptr_array_index (export->topics, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "id", gloss_topic_get_id (topic));
      add_string_or_null (builder, "name", gloss_topic_get_name (topic));
      add_string_or_null (builder, "color", gloss_topic_get_color (topic));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "claims");
  json_builder_begin_array (builder);
  for (guint i = 0; i < export->claims->len; i++)
    {
      ClaimInfo *info = g_ptr_array_index (export->claims, i);
      GlossClaim *claim = info->claim;
      g_autofree char *created = format_time (gloss_claim_get_created (claim));
      g_autofree char *modified = format_time (gloss_claim_get_modified (claim));

      json_builder_begin_object (builder);
      add_string_or_null (builder, "id", gloss_claim_get_id (claim));

      json_builder_set_member_name (builder, "topics");
      json_builder_begin_array (builder);
      for (guint j = 0; j < info->topics->len; j++)
        json_builder_add_string_value (builder,
                                       gloss_topic_get_id (g_ptr_array_index (info->topics, j)));
      for (guint j = 0; j < info->unknown_topics->len; j++)
        json_builder_add_string_value (builder, g_ptr_array_index (info->unknown_topics, j));
      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "topic_names");
      json_builder_begin_array (builder);
      for (guint j = 0; j < info->topics->len; j++)
        json_builder_add_string_value (builder,
                                       gloss_topic_get_name (g_ptr_array_index (info->topics, j)));
      for (guint j = 0; j < info->unknown_topics->len; j++)
        json_builder_add_string_value (builder, g_ptr_array_index (info->unknown_topics, j));
      json_builder_end_array (builder);

      add_string_or_null (builder, "speaker", info->speaker);
      add_string_or_null (builder, "speaker_kind", turn_kind_string (info));
      add_string_or_null (builder, "asked_by", info->asked_by);
      add_string_or_null (builder, "quote", gloss_claim_get_quote (claim));
      add_string_or_null (builder, "note", gloss_claim_get_note (claim));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, gloss_claim_get_start (claim));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, gloss_claim_get_end (claim));
      json_builder_set_member_name (builder, "turn");
      if (info->turn_index >= 0)
        json_builder_add_int_value (builder, info->turn_index + 1);
      else
        json_builder_add_null_value (builder);
      add_string_or_null (builder, "author", gloss_claim_get_author (claim));
      add_string_or_null (builder, "created", created);
      add_string_or_null (builder, "modified", modified);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return builder_to_bytes (builder);
}

/* a name-based (version 5 layout) UUID from SHA-1, so ids are stable */
static char *
uuid_from_checksum (GChecksum *checksum)
{
  guint8 digest[20];
  gsize length = sizeof digest;

  g_checksum_get_digest (checksum, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3],
                          digest[4], digest[5], digest[6], digest[7],
                          digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

static char *
derived_urn (const char *salt,
             const char *text,
             gsize       length,
             GPtrArray  *claims)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_autofree char *uuid = NULL;

  g_checksum_update (checksum, (const guchar *) salt, strlen (salt) + 1);
  g_checksum_update (checksum, (const guchar *) text, length);
  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      ClaimInfo *info = g_ptr_array_index (claims, i);
      const char *id = gloss_claim_get_id (info->claim);

      g_checksum_update (checksum, (const guchar *) "", 1);
      g_checksum_update (checksum, (const guchar *) id, strlen (id));
    }

  uuid = uuid_from_checksum (checksum);
  return g_strconcat ("urn:uuid:", uuid, NULL);
}

static char *
claim_iri (GlossClaim *claim)
{
  const char *id = gloss_claim_get_id (claim);
  g_autofree char *escaped = NULL;

  if (g_uuid_string_is_valid (id))
    return g_strconcat ("urn:uuid:", id, NULL);

  escaped = g_uri_escape_string (id, NULL, FALSE);
  return g_strconcat ("urn:gloss:claim:", escaped, NULL);
}

static gboolean
is_absolute_uri (const char *str)
{
  g_autofree char *scheme = NULL;

  if (str == NULL || !g_uri_is_valid (str, G_URI_FLAGS_NONE, NULL))
    return FALSE;

  scheme = g_uri_parse_scheme (str);
  return scheme != NULL;
}

static GBytes *
export_w3c (Export *export)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *text = gloss_transcript_get_text (export->transcript);
  gsize size = gloss_transcript_get_text_size (export->transcript);
  const char *title = gloss_transcript_get_title (export->transcript);
  const char *source = gloss_transcript_get_source (export->transcript);
  g_autofree char *collection_id = derived_urn ("gloss-w3c-collection", text, size,
                                                export->claims);
  g_autofree char *page_id = derived_urn ("gloss-w3c-page-1", text, size, export->claims);
  g_autofree char *source_iri = NULL;

  if (is_absolute_uri (source))
    source_iri = g_strdup (source);
  else
    source_iri = derived_urn ("gloss-w3c-source", text, size, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_add_string_value (builder, "http://www.w3.org/ns/anno.jsonld");
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, collection_id);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "AnnotationCollection");
  if (title != NULL && title[0] != '\0')
    {
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, title);
    }
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, export->claims->len);

  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, page_id);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "AnnotationPage");
  json_builder_set_member_name (builder, "partOf");
  json_builder_add_string_value (builder, collection_id);
  json_builder_set_member_name (builder, "startIndex");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);

  for (guint i = 0; i < export->claims->len; i++)
    {
      ClaimInfo *info = g_ptr_array_index (export->claims, i);
      GlossClaim *claim = info->claim;
      g_autofree char *iri = claim_iri (claim);
      g_autofree char *created = format_time (gloss_claim_get_created (claim));
      g_autofree char *modified = format_time (gloss_claim_get_modified (claim));
      const char *note = gloss_claim_get_note (claim);
      const char *author = gloss_claim_get_author (claim);
      const char *prefix = gloss_claim_get_prefix (claim);
      const char *suffix = gloss_claim_get_suffix (claim);
      gboolean tagged = info->topics->len + info->unknown_topics->len > 0;
      gboolean noted = note != NULL && note[0] != '\0';

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, iri);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "Annotation");
      json_builder_set_member_name (builder, "motivation");
      json_builder_add_string_value (builder,
                                     tagged ? "tagging" : noted ? "commenting" : "highlighting");
      if (created != NULL)
        {
          json_builder_set_member_name (builder, "created");
          json_builder_add_string_value (builder, created);
        }
      if (modified != NULL)
        {
          json_builder_set_member_name (builder, "modified");
          json_builder_add_string_value (builder, modified);
        }
      if (author != NULL && author[0] != '\0')
        {
          json_builder_set_member_name (builder, "creator");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, "Person");
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, author);
          json_builder_end_object (builder);
        }

      if (tagged || noted)
        {
          json_builder_set_member_name (builder, "body");
          json_builder_begin_array (builder);
        }
      for (guint j = 0; j < info->topics->len + info->unknown_topics->len; j++)
        {
          const char *name;

          if (j < info->topics->len)
            name = gloss_topic_get_name (g_ptr_array_index (info->topics, j));
          else
            name = g_ptr_array_index (info->unknown_topics, j - info->topics->len);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, "TextualBody");
          json_builder_set_member_name (builder, "purpose");
          json_builder_add_string_value (builder, "tagging");
          json_builder_set_member_name (builder, "value");
          json_builder_add_string_value (builder, name);
          json_builder_end_object (builder);
        }
      if (noted)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, "TextualBody");
          json_builder_set_member_name (builder, "purpose");
          json_builder_add_string_value (builder, "commenting");
          json_builder_set_member_name (builder, "value");
          json_builder_add_string_value (builder, note);
          json_builder_set_member_name (builder, "format");
          json_builder_add_string_value (builder, "text/plain");
          json_builder_end_object (builder);
        }
      if (tagged || noted)
        json_builder_end_array (builder);

      json_builder_set_member_name (builder, "target");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, source_iri);
      json_builder_set_member_name (builder, "selector");
      json_builder_begin_array (builder);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "TextQuoteSelector");
      json_builder_set_member_name (builder, "exact");
      json_builder_add_string_value (builder, gloss_claim_get_quote (claim));
      if (prefix != NULL && prefix[0] != '\0')
        {
          json_builder_set_member_name (builder, "prefix");
          json_builder_add_string_value (builder, prefix);
        }
      if (suffix != NULL && suffix[0] != '\0')
        {
          json_builder_set_member_name (builder, "suffix");
          json_builder_add_string_value (builder, suffix);
        }
      json_builder_end_object (builder);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "TextPositionSelector");
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, gloss_claim_get_start (claim));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, gloss_claim_get_end (claim));
      json_builder_end_object (builder);

      json_builder_end_array (builder);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return builder_to_bytes (builder);
}

/* ------------------------------------------------------------------ */
/* reports: what Markdown and HTML share                               */

typedef struct
{
  /* GlossTopic * or NULL for claims without a topic, with their claims */
  GlossTopic *topic;
  GPtrArray *claims;  /* ClaimInfo * */
} Section;

static void
section_free (Section *section)
{
  g_ptr_array_unref (section->claims);
  g_free (section);
}

static GPtrArray *
make_sections (Export *export)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  Section *untagged = NULL;

  for (guint i = 0; i < export->topics->len; i++)
    {
      Section *section = g_new0 (Section, 1);

      section->topic = g_ptr_array_index (export->topics, i);
      section->claims = g_ptr_array_new ();
      for (guint j = 0; j < export->claims->len; j++)
        {
          ClaimInfo *info = g_ptr_array_index (export->claims, j);

          if (g_ptr_array_find (info->topics, section->topic, NULL))
            g_ptr_array_add (section->claims, info);
        }

      if (section->claims->len > 0)
        g_ptr_array_add (sections, section);
      else
        section_free (section);
    }

  for (guint j = 0; j < export->claims->len; j++)
    {
      ClaimInfo *info = g_ptr_array_index (export->claims, j);

      if (info->topics->len > 0)
        continue;
      if (untagged == NULL)
        {
          untagged = g_new0 (Section, 1);
          untagged->claims = g_ptr_array_new ();
        }
      g_ptr_array_add (untagged->claims, info);
    }
  if (untagged != NULL)
    g_ptr_array_add (sections, untagged);

  return sections;
}

static const char *
section_name (Section *section)
{
  return section->topic != NULL ? gloss_topic_get_name (section->topic) : _("Without topic");
}

static const char *
no_speaker_label (void)
{
  return _("No speaker");
}

/* speakers in order of their first claim */
static GPtrArray *
collect_speakers (Export *export)
{
  GPtrArray *speakers = g_ptr_array_new ();

  for (guint i = 0; i < export->claims->len; i++)
    {
      ClaimInfo *info = g_ptr_array_index (export->claims, i);
      const char *speaker = info->speaker != NULL ? info->speaker : no_speaker_label ();

      if (!g_ptr_array_find_with_equal_func (speakers, speaker, g_str_equal, NULL))
        g_ptr_array_add (speakers, (gpointer) speaker);
    }

  return speakers;
}

static guint
count_claims (Export     *export,
              const char *speaker,
              Section    *section)
{
  guint n = 0;
  GPtrArray *claims = section != NULL ? section->claims : export->claims;

  for (guint i = 0; i < claims->len; i++)
    {
      ClaimInfo *info = g_ptr_array_index (claims, i);
      const char *s = info->speaker != NULL ? info->speaker : no_speaker_label ();

      if (speaker == NULL || g_str_equal (s, speaker))
        n++;
    }

  return n;
}

typedef char *(*EscapeFunc) (const char *text);

/* Fills the one "%s" of a translated template, escaping the template and
 * the argument separately so a translation cannot inject markup either. */
static char *
fill_template (const char *template,
               const char *escaped_arg,
               EscapeFunc  escape)
{
  const char *hole = strstr (template, "%s");
  g_autofree char *head = NULL;
  g_autofree char *escaped_head = NULL;
  g_autofree char *escaped_tail = NULL;

  if (hole == NULL)
    return escape (template);

  head = g_strndup (template, hole - template);
  escaped_head = escape (head);
  escaped_tail = escape (hole + 2);

  return g_strconcat (escaped_head, escaped_arg, escaped_tail, NULL);
}

static char *
claims_count_label (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n), n);
}

static char *
meta_line (Export *export)
{
  const char *parts[] = {
    gloss_transcript_get_date (export->transcript),
    gloss_transcript_get_place (export->transcript),
    gloss_transcript_get_source (export->transcript),
  };
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, parts[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
report_title (Export *export)
{
  const char *title = gloss_transcript_get_title (export->transcript);

  return title != NULL && title[0] != '\0' ? title : _("Claims report");
}

/* ------------------------------------------------------------------ */
/* Markdown                                                            */

/* Backslash-escapes what CommonMark and GitHub tables would interpret;
 * line-start syntax is escaped at the start of @text, which callers place
 * at the start of a line or after a label. */
static char *
md_escape (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  /* a list item, a setext underline or a thematic break at line start */
  if (*p == '-' || *p == '+' || *p == '=')
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        g_string_append_c (out, *p++);
      if ((*p == '.' || *p == ')') && (p[1] == '\0' || p[1] == ' ' || p[1] == '\t'))
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p++);
        }
    }

  for (; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>#|~&", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
md_escape_collapsed (const char *text)
{
  g_autofree char *flat = collapse (text);

  return md_escape (flat);
}

static void
md_append_label (GString    *out,
                 const char *label)
{
  g_autofree char *escaped = md_escape (label);

  g_string_append_printf (out, "- **%s** ", escaped);
}

static void
md_append_claim (GString   *out,
                 Export    *export,
                 ClaimInfo *info)
{
  GlossClaim *claim = info->claim;
  g_auto(GStrv) lines = g_strsplit (gloss_claim_get_quote (claim), "\n", -1);
  const char *note = gloss_claim_get_note (claim);
  g_autofree char *question = question_excerpt (export, info);
  g_autofree char *topics = join_topic_names (info, ", ");
  Context context = { 0 };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      g_autofree char *escaped = NULL;

      if (line[0] == '\0')
        {
          g_string_append (out, ">\n");
          continue;
        }
      escaped = md_escape (line);
      g_string_append_printf (out, "> %s\n", escaped);
    }
  g_string_append_c (out, '\n');

  if (info->speaker != NULL)
    {
      g_autofree char *speaker = md_escape_collapsed (info->speaker);
      const char *role = gloss_transcript_get_role (export->transcript, info->speaker);

      md_append_label (out, info->turn->kind == GLOSS_TURN_QUESTION ?
                            _("Asked by:") : _("Speaker:"));
      g_string_append (out, speaker);
      if (role != NULL && role[0] != '\0')
        {
          g_autofree char *escaped_role = md_escape_collapsed (role);

          g_string_append_printf (out, ", %s", escaped_role);
        }
      g_string_append (out, "\n");
    }

  if (info->question != NULL)
    {
      g_autofree char *label = NULL;
      g_autofree char *escaped = md_escape (question);

      if (info->asked_by != NULL)
        {
          g_autofree char *asked_by = md_escape_collapsed (info->asked_by);
          g_autofree char *bold = g_strconcat ("**", asked_by, "**", NULL);

          label = fill_template (_("In answer to %s:"), bold, md_escape);
        }
      else
        label = md_escape (_("In answer to a question:"));
      g_string_append_printf (out, "- %s %s\n", label, escaped);
    }

  if (note != NULL && note[0] != '\0')
    {
      g_autofree char *escaped = md_escape_collapsed (note);

      md_append_label (out, _("Note:"));
      g_string_append_printf (out, "%s\n", escaped);
    }

  if (find_context (export, info, &context))
    {
      g_autofree char *before = md_escape (context.before);
      g_autofree char *quote = md_escape (context.quote);
      g_autofree char *after = md_escape (context.after);

      md_append_label (out, _("Context:"));
      g_string_append_printf (out, "%s%s**%s**%s%s\n",
                              context.cut_before ? ELLIPSIS : "", before,
                              quote, after, context.cut_after ? ELLIPSIS : "");
    }
  context_clear (&context);

  if (topics[0] != '\0')
    {
      g_autofree char *escaped = md_escape_collapsed (topics);

      md_append_label (out, _("Topics:"));
      g_string_append_printf (out, "%s\n", escaped);
    }

  g_string_append_c (out, '\n');
}

static GBytes *
export_markdown (Export *export)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) sections = make_sections (export);
  g_autoptr(GPtrArray) speakers = collect_speakers (export);
  g_autofree char *title = md_escape_collapsed (report_title (export));
  g_autofree char *meta = meta_line (export);
  g_autofree char *total = claims_count_label (export->claims->len);

  g_string_append_printf (out, "# %s\n\n", title);
  if (meta[0] != '\0')
    {
      g_autofree char *escaped = md_escape_collapsed (meta);

      g_string_append_printf (out, "%s  \n", escaped);
    }
  g_string_append_printf (out, "%s\n\n", total);

  g_string_append_printf (out, "## %s\n\n", _("Claims by topic"));
  if (export->claims->len == 0)
    g_string_append_printf (out, "%s\n\n", _("No claims."));

  for (guint i = 0; i < sections->len; i++)
    {
      Section *section = g_ptr_array_index (sections, i);
      g_autofree char *name = md_escape_collapsed (section_name (section));
      g_autofree char *count = claims_count_label (section->claims->len);

      g_string_append_printf (out, "### %s (%s)\n\n", name, count);
      for (guint j = 0; j < section->claims->len; j++)
        md_append_claim (out, export, g_ptr_array_index (section->claims, j));
    }

  g_string_append_printf (out, "## %s\n\n", _("Summary"));
  g_string_append_printf (out, "| %s |", _("Speaker"));
  for (guint i = 0; i < sections->len; i++)
    {
      g_autofree char *name = md_escape_collapsed (section_name (g_ptr_array_index (sections, i)));

      g_string_append_printf (out, " %s |", name);
    }
  g_string_append_printf (out, " %s |\n|---|", _("Total"));
  for (guint i = 0; i <= sections->len; i++)
    g_string_append (out, "--:|");
  g_string_append_c (out, '\n');

  for (guint s = 0; s <= speakers->len; s++)
    {
      const char *speaker = s < speakers->len ? g_ptr_array_index (speakers, s) : NULL;
      g_autofree char *name = md_escape_collapsed (speaker != NULL ? speaker : _("Total"));

      if (speaker != NULL)
        g_string_append_printf (out, "| %s |", name);
      else
        g_string_append_printf (out, "| **%s** |", name);
      for (guint i = 0; i < sections->len; i++)
        g_string_append_printf (out, " %u |",
                                count_claims (export, speaker, g_ptr_array_index (sections, i)));
      g_string_append_printf (out, " %u |\n", count_claims (export, speaker, NULL));
    }
  g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s\n",
                          _("A claim with several topics counts under each of them; the totals count each claim once."));

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* ------------------------------------------------------------------ */
/* HTML                                                                */

static char *
html_escape (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 16);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        case '\t': case '\n': case '\r':
          g_string_append_c (out, *p);
          break;
        default:
          /* control characters are not allowed in HTML text */
          if ((guchar) *p < 0x20 || *p == 0x7f)
            g_string_append (out, "\xef\xbf\xbd");
          else
            g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

static char *
html_escape_collapsed (const char *text)
{
  g_autofree char *flat = collapse (text);

  return html_escape (flat);
}

static const char *
safe_color (GlossTopic *topic)
{
  const char *color = topic != NULL ? gloss_topic_get_color (topic) : NULL;

  return color != NULL && gloss_color_is_valid (color) ? color : "#9a9996";
}

static const char html_style[] =
  "    :root { color-scheme: light; }\n"
  "    body { font-family: Cantarell, \"Noto Sans\", system-ui, sans-serif; line-height: 1.5;\n"
  "           max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #241f31; background: #ffffff; }\n"
  "    h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }\n"
  "    h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 1px solid #deddda; }\n"
  "    h3 { font-size: 1.15rem; margin-top: 2rem; }\n"
  "    .meta, .count, .label, .footnote { color: #5e5c64; }\n"
  "    .count { font-weight: normal; font-size: 0.9em; }\n"
  "    .label { font-weight: bold; }\n"
  "    .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em;\n"
  "              border-radius: 50%; border: 1px solid rgba(0, 0, 0, 0.25); vertical-align: -0.05em; }\n"
  "    .claim { margin: 1.25rem 0; padding-left: 0.8rem; border-left: 4px solid var(--topic, #9a9996); }\n"
  "    .claim p { margin: 0.25rem 0; }\n"
  "    .quote { margin: 0 0 0.4rem; font-size: 1.05rem; white-space: pre-wrap; }\n"
  "    .context mark { background: #f9f06b; color: inherit; }\n"
  "    nav ul { padding-left: 1.2rem; }\n"
  "    table { border-collapse: collapse; margin: 1rem 0; }\n"
  "    th, td { border: 1px solid #c0bfbc; padding: 0.25rem 0.6rem; text-align: right; }\n"
  "    th:first-child, td:first-child { text-align: left; }\n"
  "    thead th, tfoot th, tfoot td { background: #f6f5f4; font-weight: bold; }\n"
  "    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "    @media print {\n"
  "      body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }\n"
  "      nav { display: none; }\n"
  "      h2, h3 { break-after: avoid; page-break-after: avoid; }\n"
  "      .claim, tr { break-inside: avoid; page-break-inside: avoid; }\n"
  "      a { color: inherit; text-decoration: none; }\n"
  "    }\n";

static void
html_append_claim (GString   *out,
                   Export    *export,
                   ClaimInfo *info)
{
  GlossClaim *claim = info->claim;
  g_autofree char *id = html_escape (gloss_claim_get_id (claim));
  g_autofree char *quote = html_escape (gloss_claim_get_quote (claim));
  const char *note = gloss_claim_get_note (claim);
  g_autofree char *question = question_excerpt (export, info);
  g_autofree char *topics = join_topic_names (info, ", ");
  Context context = { 0 };

  g_string_append_printf (out, "        <article class=\"claim\" data-claim=\"%s\">\n", id);
  g_string_append_printf (out, "          <blockquote class=\"quote\">%s</blockquote>\n", quote);

  if (info->speaker != NULL)
    {
      g_autofree char *speaker = html_escape_collapsed (info->speaker);
      g_autofree char *label = html_escape (info->turn->kind == GLOSS_TURN_QUESTION ?
                                            _("Asked by:") : _("Speaker:"));
      const char *role = gloss_transcript_get_role (export->transcript, info->speaker);

      g_string_append_printf (out, "          <p class=\"speaker\"><span class=\"label\">%s</span> %s",
                              label, speaker);
      if (role != NULL && role[0] != '\0')
        {
          g_autofree char *escaped_role = html_escape_collapsed (role);

          g_string_append_printf (out, ", <span class=\"role\">%s</span>", escaped_role);
        }
      g_string_append (out, "</p>\n");
    }

  if (info->question != NULL)
    {
      g_autofree char *label = NULL;
      g_autofree char *escaped = html_escape (question);

      if (info->asked_by != NULL)
        {
          g_autofree char *asked_by = html_escape_collapsed (info->asked_by);
          g_autofree char *strong = g_strconcat ("<strong>", asked_by, "</strong>", NULL);

          label = fill_template (_("In answer to %s:"), strong, html_escape);
        }
      else
        label = html_escape (_("In answer to a question:"));
      g_string_append_printf (out, "          <p class=\"question\"><span class=\"label\">%s</span> %s</p>\n",
                              label, escaped);
    }

  if (note != NULL && note[0] != '\0')
    {
      g_autofree char *label = html_escape (_("Note:"));
      g_autofree char *escaped = html_escape (note);

      g_string_append_printf (out, "          <p class=\"note\"><span class=\"label\">%s</span> "
                              "<span style=\"white-space: pre-wrap\">%s</span></p>\n",
                              label, escaped);
    }

  if (find_context (export, info, &context))
    {
      g_autofree char *label = html_escape (_("Context:"));
      g_autofree char *before = html_escape (context.before);
      g_autofree char *marked = html_escape (context.quote);
      g_autofree char *after = html_escape (context.after);

      g_string_append_printf (out, "          <p class=\"context\"><span class=\"label\">%s</span> "
                              "%s%s<mark>%s</mark>%s%s</p>\n",
                              label, context.cut_before ? ELLIPSIS : "", before,
                              marked, after, context.cut_after ? ELLIPSIS : "");
    }
  context_clear (&context);

  if (topics[0] != '\0')
    {
      g_autofree char *label = html_escape (_("Topics:"));
      g_autofree char *escaped = html_escape (topics);

      g_string_append_printf (out, "          <p class=\"topics\"><span class=\"label\">%s</span> %s</p>\n",
                              label, escaped);
    }

  g_string_append (out, "        </article>\n");
}

static GBytes *
export_html (Export *export)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) sections = make_sections (export);
  g_autoptr(GPtrArray) speakers = collect_speakers (export);
  g_autofree char *title = html_escape_collapsed (report_title (export));
  g_autofree char *meta = meta_line (export);
  g_autofree char *total = claims_count_label (export->claims->len);
  g_autofree char *escaped_total = html_escape (total);
  const char *language = gloss_transcript_get_language (export->transcript);

  g_string_append (out, "<!DOCTYPE html>\n");
  if (language != NULL && language[0] != '\0')
    {
      g_autofree char *lang = html_escape (language);

      g_string_append_printf (out, "<html lang=\"%s\">\n", lang);
    }
  else
    g_string_append (out, "<html>\n");
  g_string_append (out, "  <head>\n"
                        "    <meta charset=\"utf-8\">\n"
                        "    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  g_string_append_printf (out, "    <meta name=\"generator\" content=\"Gloss %s\">\n", PACKAGE_VERSION);
  g_string_append_printf (out, "    <title>%s</title>\n", title);
  g_string_append_printf (out, "    <style>\n%s    </style>\n", html_style);
  g_string_append (out, "  </head>\n  <body>\n    <header>\n");
  g_string_append_printf (out, "      <h1>%s</h1>\n", title);
  if (meta[0] != '\0')
    {
      g_autofree char *escaped = html_escape (meta);

      g_string_append_printf (out, "      <p class=\"meta\">%s</p>\n", escaped);
    }
  g_string_append_printf (out, "      <p class=\"meta\">%s</p>\n", escaped_total);
  g_string_append (out, "    </header>\n");

  if (sections->len > 0)
    {
      g_autofree char *contents = html_escape (_("Contents"));

      g_string_append_printf (out, "    <nav aria-label=\"%s\">\n      <ul>\n", contents);
      for (guint i = 0; i < sections->len; i++)
        {
          Section *section = g_ptr_array_index (sections, i);
          g_autofree char *name = html_escape_collapsed (section_name (section));

          g_string_append_printf (out, "        <li><a href=\"#topic-%u\">%s</a> "
                                  "<span class=\"count\">(%u)</span></li>\n",
                                  i + 1, name, section->claims->len);
        }
      g_string_append (out, "      </ul>\n    </nav>\n");
    }

  g_string_append (out, "    <main>\n");
  {
    g_autofree char *heading = html_escape (_("Claims by topic"));

    g_string_append_printf (out, "      <h2>%s</h2>\n", heading);
  }
  if (export->claims->len == 0)
    {
      g_autofree char *none = html_escape (_("No claims."));

      g_string_append_printf (out, "      <p>%s</p>\n", none);
    }

  for (guint i = 0; i < sections->len; i++)
    {
      Section *section = g_ptr_array_index (sections, i);
      g_autofree char *name = html_escape_collapsed (section_name (section));
      g_autofree char *count = claims_count_label (section->claims->len);
      g_autofree char *escaped_count = html_escape (count);
      const char *color = safe_color (section->topic);

      g_string_append_printf (out, "      <section id=\"topic-%u\" class=\"topic\" style=\"--topic: %s\">\n",
                              i + 1, color);
      g_string_append_printf (out, "        <h3><span class=\"swatch\" style=\"background-color: %s\"></span>"
                              "%s <span class=\"count\">(%s)</span></h3>\n",
                              color, name, escaped_count);
      for (guint j = 0; j < section->claims->len; j++)
        html_append_claim (out, export, g_ptr_array_index (section->claims, j));
      g_string_append (out, "      </section>\n");
    }

  {
    g_autofree char *heading = html_escape (_("Summary"));
    g_autofree char *speaker_label = html_escape (_("Speaker"));
    g_autofree char *total_label = html_escape (_("Total"));
    g_autofree char *footnote = html_escape (_("A claim with several topics counts under each of them; the totals count each claim once."));

    g_string_append_printf (out, "      <section class=\"summary\">\n        <h2>%s</h2>\n", heading);
    g_string_append (out, "        <table>\n          <thead>\n            <tr>");
    g_string_append_printf (out, "<th scope=\"col\">%s</th>", speaker_label);
    for (guint i = 0; i < sections->len; i++)
      {
        Section *section = g_ptr_array_index (sections, i);
        g_autofree char *name = html_escape_collapsed (section_name (section));

        g_string_append_printf (out, "<th scope=\"col\"><span class=\"swatch\" "
                                "style=\"background-color: %s\"></span>%s</th>",
                                safe_color (section->topic), name);
      }
    g_string_append_printf (out, "<th scope=\"col\">%s</th></tr>\n          </thead>\n          <tbody>\n",
                            total_label);

    for (guint s = 0; s <= speakers->len; s++)
      {
        const char *speaker = s < speakers->len ? g_ptr_array_index (speakers, s) : NULL;
        g_autofree char *name = speaker != NULL ? html_escape_collapsed (speaker) : NULL;

        if (speaker == NULL)
          g_string_append (out, "          </tbody>\n          <tfoot>\n");
        g_string_append (out, "            <tr>");
        if (speaker != NULL)
          g_string_append_printf (out, "<th scope=\"row\">%s</th>", name);
        else
          g_string_append_printf (out, "<th scope=\"row\">%s</th>", total_label);
        for (guint i = 0; i < sections->len; i++)
          g_string_append_printf (out, "<td>%u</td>",
                                  count_claims (export, speaker, g_ptr_array_index (sections, i)));
        g_string_append_printf (out, "<td>%u</td></tr>\n", count_claims (export, speaker, NULL));
      }
    g_string_append (out, "          </tfoot>\n        </table>\n");
    g_string_append_printf (out, "        <p class=\"footnote\">%s</p>\n      </section>\n", footnote);
  }

  g_string_append (out, "    </main>\n  </body>\n</html>\n");

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* ------------------------------------------------------------------ */
/* public API                                                          */

static const struct
{
  const char *name;
  const char *extension;
  const char *label;
  const char *mime_type;
} formats[] = {
  [GLOSS_EXPORT_CSV] = { "csv", "csv", N_("CSV spreadsheet"), "text/csv" },
  [GLOSS_EXPORT_JSON] = { "json", "json", N_("JSON data"), "application/json" },
  [GLOSS_EXPORT_MARKDOWN] = { "markdown", "md", N_("Markdown report"), "text/markdown" },
  [GLOSS_EXPORT_HTML] = { "html", "html", N_("HTML report"), "text/html" },
  [GLOSS_EXPORT_W3C] = { "w3c", "jsonld", N_("W3C Web Annotation"), "application/ld+json" },
};

const char *
gloss_export_format_to_string (GlossExportFormat format)
{
  g_return_val_if_fail ((guint) format <= GLOSS_EXPORT_FORMAT_LAST, NULL);

  return formats[format].name;
}

gboolean
gloss_export_format_from_string (const char        *str,
                                 GlossExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (str, formats[i].name) == 0)
      {
        *format = i;
        return TRUE;
      }

  /* accept the extensions too: "md", "jsonld" */
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (str, formats[i].extension) == 0)
      {
        *format = i;
        return TRUE;
      }

  return FALSE;
}

const char *
gloss_export_format_extension (GlossExportFormat format)
{
  g_return_val_if_fail ((guint) format <= GLOSS_EXPORT_FORMAT_LAST, NULL);

  return formats[format].extension;
}

const char *
gloss_export_format_label (GlossExportFormat format)
{
  g_return_val_if_fail ((guint) format <= GLOSS_EXPORT_FORMAT_LAST, NULL);

  return _(formats[format].label);
}

const char *
gloss_export_format_mime_type (GlossExportFormat format)
{
  g_return_val_if_fail ((guint) format <= GLOSS_EXPORT_FORMAT_LAST, NULL);

  return formats[format].mime_type;
}

GBytes *
gloss_exporter_export (GlossProject      *project,
                       GListModel        *claims,
                       GlossExportFormat  format,
                       GlossExportFlags   flags,
                       GError           **error)
{
  Export export = { 0 };
  GBytes *bytes = NULL;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (claims == NULL || G_IS_LIST_MODEL (claims), NULL);
  g_return_val_if_fail ((guint) format <= GLOSS_EXPORT_FORMAT_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!export_init (&export, project, claims, error))
    {
      export_clear (&export);
      return NULL;
    }

  switch (format)
    {
    case GLOSS_EXPORT_CSV:
      bytes = export_csv (&export, flags);
      break;
    case GLOSS_EXPORT_JSON:
      bytes = export_json (&export);
      break;
    case GLOSS_EXPORT_MARKDOWN:
      bytes = export_markdown (&export);
      break;
    case GLOSS_EXPORT_HTML:
      bytes = export_html (&export);
      break;
    case GLOSS_EXPORT_W3C:
      bytes = export_w3c (&export);
      break;
    default:
      g_assert_not_reached ();
    }

  export_clear (&export);
  return bytes;
}

gboolean
gloss_exporter_export_to_file (GlossProject      *project,
                               GListModel        *claims,
                               GlossExportFormat  format,
                               GlossExportFlags   flags,
                               GFile             *file,
                               GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = gloss_exporter_export (project, claims, format, flags, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return gloss_file_replace_atomic (file, data, length, error);
}
