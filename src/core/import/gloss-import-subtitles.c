#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gloss-import-builder.h"
#include "gloss-text-normalize.h"

/* Subtitles (SubRip .srt and WebVTT .vtt): the cues' text, each cue's
 * lines joined. A speaker is a WebVTT voice (<v Name>) or an upper-case
 * "NAME:" at a cue's start; consecutive cues of one speaker (or cues that
 * name nobody after a speaker's) make one paragraph, so one turn, whose
 * media time runs from its first cue's start to its last cue's end.
 * Markup (<i>, <b>, <font>, <c.class>, inline timestamps, {\an8}) is
 * dropped and WebVTT's character references are decoded. */

/* a speaker's run of cues breaks into paragraphs of about this many
 * bytes (at a cue's end), all in one turn */
#define PARAGRAPH_BYTES 1500

/* hours beyond this are no recording's */
#define MAX_HOURS 100000

typedef struct
{
  GlossImportBuilder *builder;
  char *speaker;        /* the current paragraph's, or NULL */
  gboolean open;        /* a paragraph is under way */
  gint64 begin;
  gsize paragraph_start; /* the builder's length when the paragraph began */
  guint n_cues;
} Reader;

/* "01:02:03,456", "02:03.456", "1:02:03.4": milliseconds, or -1 */
static gint64
parse_timestamp (const char **p)
{
  guint64 parts[3] = { 0, };
  guint n = 0;
  guint64 ms = 0;
  guint digits = 0;
  const char *s = *p;

  for (;;)
    {
      guint64 value = 0;
      guint len = 0;

      while (g_ascii_isdigit (*s) && len < 12)
        {
          value = value * 10 + (guint64) (*s - '0');
          s++;
          len++;
        }
      if (len == 0 || g_ascii_isdigit (*s) || n == 3)
        return -1;
      parts[n++] = value;
      if (*s != ':')
        break;
      s++;
    }
  if (n < 2 || (*s != ',' && *s != '.'))
    return -1;
  s++;
  while (g_ascii_isdigit (*s) && digits < 3)
    {
      ms = ms * 10 + (guint64) (*s - '0');
      s++;
      digits++;
    }
  if (digits == 0)
    return -1;
  for (; digits < 3; digits++)
    ms *= 10;
  while (g_ascii_isdigit (*s))
    s++;
  *p = s;
  if (n == 2)
    {
      parts[2] = parts[1];
      parts[1] = parts[0];
      parts[0] = 0;
    }
  if (parts[0] > MAX_HOURS || parts[1] > 59 || parts[2] > 59)
    return -1;
  return (gint64) (((parts[0] * 60 + parts[1]) * 60 + parts[2]) * 1000 + ms);
}

/* "00:00:01,000 --> 00:00:04,000 align:start": TRUE with both times */
static gboolean
parse_timing (const char *line,
              gint64     *begin,
              gint64     *end)
{
  const char *p = line;

  while (*p == ' ' || *p == '\t')
    p++;
  if ((*begin = parse_timestamp (&p)) < 0)
    return FALSE;
  while (*p == ' ' || *p == '\t')
    p++;
  if (!g_str_has_prefix (p, "-->"))
    return FALSE;
  p += 3;
  while (*p == ' ' || *p == '\t')
    p++;
  if ((*end = parse_timestamp (&p)) < 0)
    return FALSE;
  if (*end < *begin)
    *end = *begin;
  return TRUE;
}

static const struct { const char *name; const char *text; } references[] = {
  { "amp;", "&" }, { "lt;", "<" }, { "gt;", ">" }, { "nbsp;", " " },
  { "lrm;", "" }, { "rlm;", "" }, { "quot;", "\"" }, { "apos;", "'" },
};

/* the cue's text without markup; *voice: a <v Name> voice, or NULL */
static char *
clean_cue (const char *text,
           char      **voice)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  *voice = NULL;
  while (*p != '\0')
    {
      if (*p == '<')
        {
          const char *close = strchr (p, '>');

          if (close == NULL)
            {
              p++;
              continue;
            }
          if (*voice == NULL && p[1] == 'v' && (p[2] == ' ' || p[2] == '.' || p[2] == '\t'))
            {
              const char *name = p + 2;

              while (*name != ' ' && *name != '\t' && name < close)
                name++;
              *voice = g_strstrip (g_strndup (name, close - name));
              if (**voice == '\0')
                g_clear_pointer (voice, g_free);
            }
          p = close + 1;
          continue;
        }
      if (*p == '{' && p[1] == '\\')
        {
          const char *close = strchr (p, '}');

          if (close != NULL)
            {
              p = close + 1;
              continue;
            }
        }
      if (*p == '&')
        {
          gboolean found = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (references); i++)
            if (g_str_has_prefix (p + 1, references[i].name))
              {
                g_string_append (out, references[i].text);
                p += 1 + strlen (references[i].name);
                found = TRUE;
                break;
              }
          if (found)
            continue;
        }
      g_string_append_c (out, *p == '\n' ? ' ' : *p);
      p++;
    }
  return g_string_free (out, FALSE);
}

/* "DANA WHITFIELD: We laid…": the bytes of the label, or 0. Only upper
 * case counts: "Note: the meeting…" is words. */
static gsize
caps_label_length (const char *text)
{
  const char *p = text;
  gboolean letter = FALSE;

  while (*p != '\0' && p - text < 60)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ':' || c == 0xFF1A)
        return letter ? (gsize) (g_utf8_next_char (p) - text) : 0;
      if (g_unichar_islower (c) || (!g_unichar_isalpha (c) && !g_unichar_isdigit (c) &&
                                    strchr (" .'-", (int) c) == NULL && c != 0x2019))
        return 0;
      if (g_unichar_isupper (c))
        letter = TRUE;
      p = g_utf8_next_char (p);
    }
  return 0;
}

static void
close_paragraph (Reader *self)
{
  if (self->open)
    _gloss_import_builder_end_paragraph (self->builder);
  self->open = FALSE;
  g_clear_pointer (&self->speaker, g_free);
}

static void
add_cue (Reader     *self,
         const char *raw,
         gint64      begin,
         gint64      end)
{
  g_autofree char *voice = NULL;
  g_autofree char *text = clean_cue (raw, &voice);
  g_autofree char *speaker = NULL;
  const char *body = g_strstrip (text);
  gsize label = 0;

  if (*body == '\0')
    return;
  self->n_cues++;
  if (voice != NULL)
    speaker = g_steal_pointer (&voice);
  else if ((label = caps_label_length (body)) > 0)
    {
      speaker = g_strndup (body, label);
      g_strstrip (speaker);
      /* the colon is the label's, not the name's */
      speaker[strlen (speaker) - (g_str_has_suffix (speaker, ":") ? 1 : 3)] = '\0';
      g_strstrip (speaker);
      body += label;
      while (*body == ' ')
        body++;
    }

  if (speaker != NULL && (self->speaker == NULL || g_strcmp0 (speaker, self->speaker) != 0))
    {
      g_autofree char *label_text = g_strconcat (speaker, ":", NULL);

      close_paragraph (self);
      self->open = TRUE;
      self->begin = begin;
      self->paragraph_start = _gloss_import_builder_get_length (self->builder);
      self->speaker = g_steal_pointer (&speaker);
      _gloss_import_builder_append (self->builder, label_text, -1, FALSE);
      _gloss_import_builder_mark_label (self->builder);
      _gloss_import_builder_append (self->builder, " ", 1, FALSE);
    }
  else if (!self->open)
    {
      self->open = TRUE;
      self->begin = begin;
      self->paragraph_start = _gloss_import_builder_get_length (self->builder);
    }
  else if (_gloss_import_builder_get_length (self->builder) - self->paragraph_start > PARAGRAPH_BYTES)
    {
      /* the same turn goes on in a paragraph of its own */
      _gloss_import_builder_end_paragraph (self->builder);
      self->begin = begin;
      self->paragraph_start = _gloss_import_builder_get_length (self->builder);
    }
  else
    _gloss_import_builder_append (self->builder, " ", 1, FALSE);

  _gloss_import_builder_append (self->builder, body, -1, FALSE);
  _gloss_import_builder_set_time (self->builder, self->begin, end);
}

static gboolean
is_blank (const char *line)
{
  for (; *line != '\0'; line++)
    if (!g_ascii_isspace (*line))
      return FALSE;
  return TRUE;
}

/* Blocks separated by blank lines; a cue block has a timing line
 * (after an optional number or identifier) and its text after it. */
/* g_strsplit (text, "\n", -1) in one pass: g_strsplit's strstr runs to the
 * end of the text at each line under AddressSanitizer, which made a file of
 * 200,000 cues take minutes there */
static char **
split_lines (const char *text,
             gsize       length)
{
  GPtrArray *lines = g_ptr_array_new ();
  const char *p = text;
  const char *end = text + length;

  while (length > 0)
    {
      const char *newline = memchr (p, '\n', (gsize) (end - p));

      if (newline == NULL)
        {
          g_ptr_array_add (lines, g_strndup (p, (gsize) (end - p)));
          break;
        }
      g_ptr_array_add (lines, g_strndup (p, (gsize) (newline - p)));
      p = newline + 1;
    }
  g_ptr_array_add (lines, NULL);

  return (char **) g_ptr_array_free (lines, FALSE);
}

static GlossImportSource *
read_cues (const char               *data,
           gsize                     length,
           const char               *source_name,
           const GlossImportOptions *options,
           gboolean                  vtt,
           GError                  **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GlossImportBuilder) builder = NULL;
  g_auto(GStrv) lines = NULL;
  gsize text_length = 0;
  Reader self = { 0, };
  guint first_bad = 0;
  guint i = 0;

  text = gloss_text_decode (data, length, options->encoding, source_name, &text_length, error);
  if (text == NULL)
    return NULL;
  lines = split_lines (text, text_length);
  builder = _gloss_import_builder_new ();
  self.builder = builder;

  if (vtt)
    {
      if (lines[0] == NULL || !g_str_has_prefix (lines[0], "WEBVTT"))
        {
          g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                       _("%s: not a WebVTT file: it does not begin with “WEBVTT”"), source_name);
          return NULL;
        }
      /* the header runs to the first blank line */
      while (lines[i] != NULL && !is_blank (lines[i]))
        i++;
    }

  while (lines[i] != NULL)
    {
      guint start, timing;
      gint64 begin, end;
      g_autoptr(GString) cue = NULL;

      while (lines[i] != NULL && is_blank (lines[i]))
        i++;
      if (lines[i] == NULL)
        break;
      start = i;
      if (vtt && (g_str_has_prefix (lines[i], "NOTE") || g_str_has_prefix (lines[i], "STYLE") ||
                  g_str_has_prefix (lines[i], "REGION")))
        {
          while (lines[i] != NULL && !is_blank (lines[i]))
            i++;
          continue;
        }
      timing = start;
      if (!parse_timing (lines[timing], &begin, &end))
        {
          timing = start + 1;
          if (lines[timing] == NULL || is_blank (lines[timing]) || !parse_timing (lines[timing], &begin, &end))
            {
              if (first_bad == 0)
                first_bad = start + 1;
              while (lines[i] != NULL && !is_blank (lines[i]))
                i++;
              continue;
            }
        }
      cue = g_string_new (NULL);
      for (i = timing + 1; lines[i] != NULL && !is_blank (lines[i]); i++)
        {
          if (cue->len > 0)
            g_string_append_c (cue, '\n');
          g_string_append (cue, lines[i]);
        }
      add_cue (&self, cue->str, begin, end);
    }
  close_paragraph (&self);

  if (self.n_cues == 0)
    {
      if (first_bad > 0)
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                     _("%s: line %u: expected a cue’s times (00:00:01,000 --> 00:00:04,000)"),
                     source_name, first_bad);
      else
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY,
                     _("%s: the subtitles hold no cue with text"), source_name);
      return NULL;
    }
  return _gloss_import_builder_finish (builder);
}

/* text that is not plainly subtitles: a tie with plain text, which a
 * .srt or .vtt name settles, so that the reader says what is wrong */
static guint
sniff_named (const char *data,
             gsize       length)
{
  return memchr (data, '\0', length) == NULL ? 10 : 0;
}

static guint
sniff_srt_cue (const char *data,
               gsize       length)
{
  const char *p = data, *end = data + length;
  gint64 begin, finish;
  g_autofree char *line = NULL;
  const char *nl;

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && (*p == '\n' || *p == '\r'))
    p++;
  /* "1" then the timing line */
  while (p < end && g_ascii_isdigit (*p))
    p++;
  while (p < end && (*p == '\r' || *p == ' '))
    p++;
  if (p >= end || *p != '\n')
    return 0;
  p++;
  nl = memchr (p, '\n', end - p);
  if (nl == NULL)
    return 0;
  line = g_strndup (p, nl - p);
  return parse_timing (line, &begin, &finish) ? 70 : 0;
}

static guint
sniff_vtt (const char *data,
           gsize       length)
{
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (length >= 6 && memcmp (data, "WEBVTT", 6) == 0 &&
      (length == 6 || data[6] == '\n' || data[6] == '\r' || data[6] == ' ' || data[6] == '\t'))
    return 90;
  return sniff_named (data, length);
}

static guint
sniff_srt (const char *data,
           gsize       length)
{
  guint score = sniff_srt_cue (data, length);

  return score > 0 ? score : sniff_named (data, length);
}

static GlossImportSource *
read_srt (const char               *data,
          gsize                     length,
          const char               *source_name,
          const GlossImportOptions *options,
          GError                  **error)
{
  return read_cues (data, length, source_name, options, FALSE, error);
}

static GlossImportSource *
read_vtt (const char               *data,
          gsize                     length,
          const char               *source_name,
          const GlossImportOptions *options,
          GError                  **error)
{
  return read_cues (data, length, source_name, options, TRUE, error);
}

static const char * const srt_extensions[] = { "srt", NULL };
static const char * const srt_mime_types[] = { "application/x-subrip", "text/x-subrip", NULL };
static const char * const vtt_extensions[] = { "vtt", NULL };
static const char * const vtt_mime_types[] = { "text/vtt", NULL };

const GlossImportFormat _gloss_import_format_srt = {
  .id = "srt",
  .label = N_("SubRip subtitles"),
  .extensions = srt_extensions,
  .mime_types = srt_mime_types,
  .sniff = sniff_srt,
  .read = read_srt,
};

const GlossImportFormat _gloss_import_format_vtt = {
  .id = "webvtt",
  .label = N_("WebVTT subtitles"),
  .extensions = vtt_extensions,
  .mime_types = vtt_mime_types,
  .sniff = sniff_vtt,
  .read = read_vtt,
};
