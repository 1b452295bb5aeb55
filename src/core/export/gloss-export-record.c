#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-export-format.h"
#include "gloss-export-record.h"
#include "gloss-figures.h"

/* the sentence around a claim, in code points */
#define CONTEXT_MAX_LENGTH 400
/* how far from a claim the sentence search looks */
#define CONTEXT_WINDOW 2000
#define QUESTION_MAX_WORDS 20
#define QUESTION_MAX_LENGTH 160

#define ELLIPSIS "\xe2\x80\xa6"

static void
record_free (GlossExportRecord *record)
{
  g_clear_object (&record->claim);
  g_clear_pointer (&record->topics, g_ptr_array_unref);
  g_clear_pointer (&record->unknown_topics, g_ptr_array_unref);
  g_clear_pointer (&record->figures, g_ptr_array_unref);
  g_clear_pointer (&record->conflict, record_free);
  g_free (record);
}

void
gloss_export_records_free (GlossExportRecords *records)
{
  if (records == NULL)
    return;

  g_clear_pointer (&records->topics, g_ptr_array_unref);
  g_clear_pointer (&records->records, g_ptr_array_unref);
  g_clear_object (&records->project);
  g_free (records);
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  GlossClaim *ca = *(GlossClaim * const *) a;
  GlossClaim *cb = *(GlossClaim * const *) b;

  return gloss_claim_compare (ca, cb);
}

static GlossExportRecord *
record_new (GlossExportRecords *records,
            GlossClaim         *claim,
            GlossTranscript    *text)
{
  GlossExportRecord *record = g_new0 (GlossExportRecord, 1);
  const char * const *ids = gloss_claim_get_topics (claim);

  record->claim = g_object_ref (claim);
  record->text = text;
  record->role = gloss_claim_get_text_role (claim);
  record->located = !gloss_claim_get_orphaned (claim);
  gloss_speaker_of_claim (records->project, claim, &record->speaker);

  record->topics = g_ptr_array_new ();
  record->unknown_topics = g_ptr_array_new ();
  for (guint i = 0; i < records->topics->len; i++)
    {
      GlossTopic *topic = g_ptr_array_index (records->topics, i);

      if (gloss_claim_has_topic (claim, gloss_topic_get_id (topic)))
        g_ptr_array_add (record->topics, topic);
    }
  for (guint i = 0; ids[i] != NULL; i++)
    if (gloss_project_lookup_topic (records->project, ids[i]) == NULL)
      g_ptr_array_add (record->unknown_topics, (gpointer) ids[i]);

  record->figures = gloss_figures_extract_stated (gloss_claim_get_quote (claim),
                                                  text != NULL ? gloss_transcript_get_language (text) : NULL);
  /* a version has no conflict of its own (gloss_merge3), so this stops */
  if (gloss_claim_get_conflict (claim) != NULL)
    record->conflict = record_new (records, gloss_claim_get_conflict (claim), text);

  return record;
}

char *
gloss_export_record_dup_conflict_summary (const GlossExportRecord *record)
{
  g_autoptr(GString) out = g_string_new ("topics: ");
  g_autofree char *topics = NULL;
  g_autofree char *note = NULL;
  const char *author;

  g_return_val_if_fail (record != NULL, NULL);

  if (record->conflict == NULL)
    return NULL;

  topics = gloss_export_record_join_topic_names (record->conflict, "; ");
  g_string_append (out, topics);
  /* one line: a note's newlines would break the cell a reader scans */
  note = gloss_export_collapse_whitespace (gloss_claim_get_note (record->conflict->claim));
  if (note[0] != '\0')
    g_string_append_printf (out, " | note: %s", note);
  author = gloss_claim_get_author (record->conflict->claim);
  if (author != NULL && author[0] != '\0')
    g_string_append_printf (out, " | author: %s", author);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
gloss_export_record_join_figures (const GlossExportRecord *record,
                                  const char              *separator)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (record != NULL, NULL);

  for (guint i = 0; i < record->figures->len; i++)
    {
      const GlossFigure *figure = g_ptr_array_index (record->figures, i);

      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, figure->text);
    }

  return g_string_free (out, FALSE);
}

char *
gloss_export_source_to_string (const GlossSource *source)
{
  const char *title = gloss_source_get_title (source);
  const char *accessed = gloss_source_get_accessed (source);
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (source != NULL, NULL);

  if (*title != '\0')
    g_string_append_printf (out, "%s <%s>", title, gloss_source_get_url (source));
  else
    g_string_append (out, gloss_source_get_url (source));
  if (*accessed != '\0')
    {
      g_string_append (out, " (");
      g_string_append (out, accessed);
      g_string_append_c (out, ')');
    }

  return g_string_free (out, FALSE);
}

char *
gloss_export_record_join_sources (const GlossExportRecord *record,
                                  const char              *separator)
{
  GPtrArray *sources;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (record != NULL, NULL);

  sources = gloss_claim_get_sources (record->claim);
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *one = gloss_export_source_to_string (g_ptr_array_index (sources, i));

      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, one);
    }

  return g_string_free (out, FALSE);
}

static gboolean
check_claim (GlossClaim       *claim,
             GlossTranscript  *text,
             GError          **error)
{
  guint start = gloss_claim_get_start (claim);
  guint end = gloss_claim_get_end (claim);
  guint length;

  if (text == NULL)
    {
      g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_INVALID_CLAIM,
                   _("Claim “%s” is on the original text, but the project has no original text"),
                   gloss_claim_get_id (claim));
      return FALSE;
    }

  /* an orphan's span is only its place in the list */
  if (gloss_claim_get_orphaned (claim))
    return TRUE;

  length = gloss_transcript_get_length (text);
  if (start <= end && end <= length)
    return TRUE;

  if (gloss_claim_get_text_role (claim) == GLOSS_TEXT_ORIGINAL)
    g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_INVALID_CLAIM,
                 _("Claim “%s” spans characters %u to %u, but the original text has only %u characters"),
                 gloss_claim_get_id (claim), start, end, length);
  else
    g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_INVALID_CLAIM,
                 _("Claim “%s” spans characters %u to %u, but the transcript has only %u characters"),
                 gloss_claim_get_id (claim), start, end, length);
  return FALSE;
}

GlossExportRecords *
gloss_export_records_new (GlossProject  *project,
                          GListModel    *claims,
                          GError       **error)
{
  g_autoptr(GlossExportRecords) records = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GListModel *topics;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (claims == NULL || G_IS_LIST_MODEL (claims), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  records = g_new0 (GlossExportRecords, 1);
  records->project = g_object_ref (project);
  records->transcript = gloss_project_get_transcript (project);
  records->topics = g_ptr_array_new_with_free_func (g_object_unref);
  records->records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);

  topics = gloss_project_get_topics (project);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    g_ptr_array_add (records->topics, g_list_model_get_item (topics, i));

  if (claims == NULL)
    claims = G_LIST_MODEL (project);

  list = g_ptr_array_new_full (g_list_model_get_n_items (claims), g_object_unref);
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
      GlossTranscript *text;

      if (i > 0 && claim == g_ptr_array_index (list, i - 1))
        continue;

      text = gloss_project_get_text (project, gloss_claim_get_text_role (claim));
      if (!check_claim (claim, text, error))
        return NULL;

      g_ptr_array_add (records->records, record_new (records, claim, text));
    }

  return g_steal_pointer (&records);
}

const GlossTurn *
gloss_export_record_get_turn (const GlossExportRecord *record)
{
  g_return_val_if_fail (record != NULL, NULL);

  if (record->speaker.turn < 0)
    return NULL;

  return gloss_transcript_get_turn (record->text, (guint) record->speaker.turn);
}

guint
gloss_export_record_get_turn_number (const GlossExportRecord *record)
{
  g_return_val_if_fail (record != NULL, 0);

  return record->speaker.turn >= 0 ? (guint) record->speaker.turn + 1 : 0;
}

gboolean
gloss_export_record_get_time (const GlossExportRecord *record,
                              gint64                  *begin,
                              gint64                  *end)
{
  const GlossTurn *turn;

  g_return_val_if_fail (record != NULL, FALSE);

  turn = gloss_export_record_get_turn (record);
  *begin = turn != NULL ? turn->time : -1;
  *end = turn != NULL && turn->time >= 0 ? turn->end_time : -1;
  return *begin >= 0;
}

char *
gloss_export_seconds_to_string (gint64 ms)
{
  char *text;
  gsize len;

  if (ms < 0)
    return NULL;
  text = g_strdup_printf ("%" G_GINT64_FORMAT ".%03d", ms / 1000, (int) (ms % 1000));
  len = strlen (text);
  while (text[len - 1] == '0')
    text[--len] = '\0';
  if (text[len - 1] == '.')
    text[--len] = '\0';
  return text;
}

const char *
gloss_export_record_get_speaker_kind (const GlossExportRecord *record)
{
  g_return_val_if_fail (record != NULL, NULL);

  return record->speaker.turn >= 0 ? gloss_turn_kind_to_string (record->speaker.kind) : NULL;
}

const GlossTurn *
gloss_export_record_get_question (const GlossExportRecord *record)
{
  g_return_val_if_fail (record != NULL, NULL);

  if (record->speaker.question < 0)
    return NULL;

  return gloss_transcript_get_turn (record->text, (guint) record->speaker.question);
}

char *
gloss_export_record_join_topic_names (const GlossExportRecord *record,
                                      const char              *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (record != NULL, NULL);
  g_return_val_if_fail (separator != NULL, NULL);

  for (guint i = 0; i < record->topics->len; i++)
    {
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, gloss_topic_get_name (g_ptr_array_index (record->topics, i)));
    }
  for (guint i = 0; i < record->unknown_topics->len; i++)
    {
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, g_ptr_array_index (record->unknown_topics, i));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
gloss_export_time_to_string (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;

  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
gloss_export_collapse_whitespace (const char *text)
{
  GString *out;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
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

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* the sentence(s) around a claim                                      */

void
gloss_export_context_clear (GlossExportContext *context)
{
  g_clear_pointer (&context->before, g_free);
  g_clear_pointer (&context->quote, g_free);
  g_clear_pointer (&context->after, g_free);
  context->cut_before = FALSE;
  context->cut_after = FALSE;
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
  return utf8 != NULL ? gloss_export_collapse_whitespace (utf8) : g_strdup ("");
}

gboolean
gloss_export_record_get_context (const GlossExportRecord *record,
                                 GlossExportContext      *context)
{
  const GlossTurn *turn;
  guint start, end, lo, hi;
  const char *p_lo;
  const char *p_hi;
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  glong s, e, from, to;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (record != NULL, FALSE);
  g_return_val_if_fail (context != NULL, FALSE);

  *context = (GlossExportContext) { 0 };
  if (!record->located)
    return FALSE;

  start = gloss_claim_get_start (record->claim);
  end = gloss_claim_get_end (record->claim);
  lo = 0;
  hi = gloss_transcript_get_length (record->text);
  turn = gloss_export_record_get_turn (record);
  if (turn != NULL)
    {
      lo = MIN (turn->start, start);
      hi = MAX (turn->end, end);
    }
  if (start > CONTEXT_WINDOW)
    lo = MAX (lo, start - CONTEXT_WINDOW);
  hi = MIN (hi, end + CONTEXT_WINDOW);

  p_lo = gloss_transcript_offset_to_pointer (record->text, lo);
  p_hi = gloss_transcript_offset_to_pointer (record->text, hi);
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
        {
          gloss_export_context_clear (context);
          return FALSE;
        }

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
    {
      gloss_export_context_clear (context);
      return FALSE;
    }

  context->quote = ucs4_slice_collapsed (chars, s, e);
  /* keep the space between the context and the quote visible */
  if (s > from && g_unichar_isspace (chars[s - 1]) && before[0] != '\0')
    context->before = g_strconcat (before, " ", NULL);
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

char *
gloss_export_record_dup_question_excerpt (const GlossExportRecord *record)
{
  const GlossTurn *question;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  guint words = 0;
  glong chars = 0;
  gboolean cut = FALSE;
  const char *start;
  const char *labels[2];

  g_return_val_if_fail (record != NULL, NULL);

  question = gloss_export_record_get_question (record);
  if (question == NULL)
    return NULL;

  labels[0] = question->outlet;
  labels[1] = question->speaker;

  /* enough for the excerpt, however long the question */
  text = gloss_transcript_dup_slice (record->text, question->start,
                                     MIN (question->end,
                                          question->start + QUESTION_MAX_LENGTH * 8));
  flat = gloss_export_collapse_whitespace (text);
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
