#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "gloss-import-format-private.h"
#include "gloss-label.h"
#include "gloss-text-normalize-private.h"

/* how much of a file the encoding guesses look at */
#define SNIFF_BYTES ((gsize) 1024 * 1024)

/* ------------------------------------------------------------ decoding */

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

static char *
format_offset (gsize offset)
{
  return g_strdup_printf ("%" G_GSIZE_FORMAT, offset);
}

/* @base: where @data starts in the file, for messages */
static char *
convert (const char  *data,
         gsize        length,
         gsize        base,
         const char  *encoding,
         const char  *source_name,
         gsize       *out_length,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0;
  char *text;

  text = g_convert (data, (gssize) length, "UTF-8", encoding, &bytes_read, out_length, &local_error);
  /* with bytes_read given, g_convert leaves a partial character at the
   * end to the caller */
  if (text != NULL && bytes_read < length)
    {
      g_clear_pointer (&text, g_free);
      g_set_error_literal (&local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT, "");
    }
  if (text != NULL)
    return text;

  if (g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
    g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_CONVERSION,
                 _("%s: “%s” is not an encoding this system can read"), source_name, encoding);
  else
    {
      g_autofree char *where = format_offset (base + bytes_read);

      if (g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT))
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_CONVERSION,
                     _("%s: the text ends in the middle of a %s character at byte %s"),
                     source_name, encoding, where);
      else
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_CONVERSION,
                     _("%s: not valid %s text at byte %s"), source_name, encoding, where);
    }
  return NULL;
}

static gboolean
converts (const char *data,
          gsize       length,
          const char *encoding)
{
  g_autofree char *text = g_convert (data, (gssize) length, "UTF-8", encoding, NULL, NULL, NULL);

  return text != NULL;
}

static gboolean
is_binary_byte (guchar c)
{
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A;
}

/* UTF-16 without a byte-order mark: the zero bytes of its ASCII characters
 * (line breaks, digits, Latin letters) all fall on one side of each pair,
 * and it converts to text without control characters */
static const char *
guess_utf16 (const char *data,
             gsize       len)
{
  const guchar *s = (const guchar *) data;
  g_autofree char *text = NULL;
  const char *encoding;
  guint zero[2] = { 0, 0 };
  gsize n = MIN (len, SNIFF_BYTES) & ~(gsize) 1;
  gsize text_length = 0;
  guint major;

  if (n < 8 || len % 2 != 0)
    return NULL;
  for (gsize i = 0; i < n; i++)
    zero[i % 2] += s[i] == 0;
  major = MAX (zero[0], zero[1]);
  if (major < 2 || MIN (zero[0], zero[1]) * 20 > major)
    return NULL;
  encoding = zero[1] > zero[0] ? "UTF-16LE" : "UTF-16BE";

  text = g_convert (data, (gssize) len, "UTF-8", encoding, NULL, &text_length, NULL);
  if (text == NULL)
    return NULL;
  for (gsize i = 0; i < text_length; i++)
    if (is_binary_byte ((guchar) text[i]) || text[i] == '\0')
      return NULL;
  return encoding;
}

/* Chinese in GB18030 (a superset of GBK and GB2312): it converts, and what
 * it converts to is mostly Chinese. */
static gboolean
looks_like_gb18030 (const char *s,
                    gsize       len)
{
  g_autofree char *text = NULL;
  gsize n = 0;
  guint cjk = 0, other = 0, latin = 0;

  text = g_convert (s, (gssize) len, "UTF-8", "GB18030", NULL, &n, NULL);
  if (text == NULL)
    return FALSE;
  for (const char *p = text, *end = text + n; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        latin += g_ascii_isalpha (c);
      else if (_gloss_is_cjk (c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF))
        cjk++;
      else
        other++;
    }
  return cjk >= 4 && cjk * 10 >= (cjk + other) * 9 && cjk * 2 >= latin;
}

/* Windows-1252 (and Latin-1, its subset): weighs each byte above 0x7F by
 * its neighbours. Accented letters inside words and typographic quotes
 * count for it; what UTF-8 damage looks like in Windows-1252 (a lead byte
 * before continuation bytes, "Ã" after a lower-case letter) counts
 * against it. */
static gboolean
looks_like_windows_1252 (const guchar *s,
                         gsize         len)
{
  static const guchar punctuation[] = {
    0x80, 0x82, 0x84, 0x85, 0x86, 0x87, 0x89, 0x8A, 0x8B, 0x8C, 0x8E, 0x91, 0x92, 0x93,
    0x94, 0x95, 0x96, 0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F,
  };
  static const guchar symbols[] = {
    0xA0, 0xA1, 0xA3, 0xA7, 0xA9, 0xAA, 0xAB, 0xAE, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5,
    0xB7, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF,
  };
  guint good = 0, bad = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = s[i], prev, next;

      if (c < 0x80)
        continue;
      prev = i > 0 ? s[i - 1] : ' ';
      next = i + 1 < len ? s[i + 1] : ' ';

      if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
        return FALSE;   /* undefined in Windows-1252 */
      if (prev >= 0xC2 && prev <= 0xF4 && c < 0xC0)
        {
          bad++;
          continue;
        }
      if (c >= 0xC0 && c != 0xD7 && c != 0xF7)
        {
          /* ð, þ, ÿ and their capitals: too rare to say anything */
          if (c == 0xD0 || c == 0xDE || c == 0xF0 || c == 0xFE || c == 0xFF)
            continue;
          if (next >= 0x80 && next < 0xC0)
            bad++;
          else if (c <= 0xDE && g_ascii_islower (prev))
            bad++;
          else if (g_ascii_isalpha (prev) || g_ascii_isalpha (next))
            good++;
        }
      else if (next < 0x80 && prev < 0x80 &&
               (memchr (punctuation, c, sizeof punctuation) != NULL ||
                memchr (symbols, c, sizeof symbols) != NULL))
        good++;
    }
  return good > 0 && good >= 8 * bad;
}

/* The encoding that reads @data, which is not UTF-8, as text; NULL for a
 * binary file or bytes no guess explains. */
static const char *
guess_encoding (const char *data,
                gsize       length)
{
  const guchar *s = (const guchar *) data;

  if (memchr (data, '\0', length) != NULL)
    {
      return guess_utf16 (data, length);
    }
  for (gsize i = 0; i < length; i++)
    if (is_binary_byte (s[i]))
      return NULL;
  if (looks_like_gb18030 (data, length))
    return "GB18030";
  if (looks_like_windows_1252 (s, length) && converts (data, length, "WINDOWS-1252"))
    return "WINDOWS-1252";
  return NULL;
}

static const char *
describe_encoding (const char *encoding)
{
  if (g_str_equal (encoding, "WINDOWS-1252"))
    return _("Windows-1252 (Latin-1)");
  if (g_str_equal (encoding, "GB18030"))
    return _("GB18030 (Chinese, GBK)");
  return _("UTF-16 without a byte-order mark");
}

/* CRLF and CR to LF; form feeds (page breaks of text from PDFs) too */
static char *
unify_line_breaks (const char *s,
                   gsize       len,
                   gsize      *out_length)
{
  GString *out = g_string_sized_new (len + 1);

  for (const char *p = s, *stop = s + len; p < stop; )
    {
      const char *cr = memchr (p, '\r', stop - p);

      if (cr == NULL)
        {
          g_string_append_len (out, p, stop - p);
          break;
        }
      g_string_append_len (out, p, cr - p);
      g_string_append_c (out, '\n');
      p = cr + 1;
      if (p < stop && *p == '\n')
        p++;
    }
  for (gsize i = 0; i < out->len; i++)
    if (out->str[i] == '\f')
      out->str[i] = '\n';

  *out_length = out->len;
  return g_string_free (out, FALSE);
}

char *
gloss_text_decode (const char  *data,
                   gsize        length,
                   const char  *encoding,
                   const char  *source_name,
                   gsize       *out_length,
                   GError     **error)
{
  g_autofree char *converted = NULL;
  const char *text = data;
  const char *end = NULL;
  gsize text_length = length;
  gsize skip = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (out_length != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = text = "";

  if (encoding != NULL && !is_utf8_name (encoding))
    {
      converted = convert (data, length, 0, encoding, source_name, &text_length, error);
      if (converted == NULL)
        return NULL;
      text = converted;
    }
  else if (encoding == NULL && length >= 2 &&
           (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      const char *utf16 = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      converted = convert (data + 2, length - 2, 2, utf16, source_name, &text_length, error);
      if (converted == NULL)
        return NULL;
      text = converted;
    }

  if (text_length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    skip = 3;

  if (!g_utf8_validate_len (text + skip, text_length - skip, &end))
    {
      g_autofree char *where = format_offset ((gsize) (end - text));
      const char *suggestion = NULL;

      if (converted != NULL)
        {
          g_autofree char *chars = g_strdup_printf ("%u", _gloss_count_chars (text, end - text));

          g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NUL,
                       _("%s: NUL character at character %s: not a text file"), source_name, chars);
          return NULL;
        }
      if (skip == 0 && encoding == NULL)
        suggestion = guess_encoding (data, length);
      if (suggestion != NULL)
        _gloss_import_set_encoding_error (error, suggestion,
                                          /* TRANSLATORS: "notes.txt: not UTF-8 text (invalid at byte 4); it looks like Windows-1252 (Latin-1)" */
                                          _("%s: not UTF-8 text (invalid at byte %s); it looks like %s"),
                                          source_name, where, describe_encoding (suggestion));
      else if (*end == '\0')
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NUL,
                     _("%s: NUL byte at byte %s: not a text file"), source_name, where);
      else
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8,
                     _("%s: invalid UTF-8 at byte %s"), source_name, where);
      return NULL;
    }

  return unify_line_breaks (text + skip, text_length - skip, out_length);
}

/* -------------------------------------------------------------- editor */

void
_gloss_text_editor_init (GlossTextEditor *editor,
                         const char      *in,
                         gsize            in_length)
{
  editor->in = in;
  editor->in_length = in_length;
  editor->in_pos = 0;
  editor->out = NULL;
  editor->anchors = NULL;
}

static void
editor_start (GlossTextEditor *editor)
{
  if (editor->out != NULL)
    return;
  /* nothing was edited so far: what was consumed is copied */
  editor->out = g_string_sized_new (editor->in_length + editor->in_length / 64 + 16);
  g_string_append_len (editor->out, editor->in, editor->in_pos);
  editor->anchors = g_array_new (FALSE, FALSE, sizeof (GlossTextAnchor));
}

void
_gloss_text_editor_copy_to (GlossTextEditor *editor,
                            gsize            to)
{
  g_assert (to >= editor->in_pos && to <= editor->in_length);

  if (editor->out != NULL)
    g_string_append_len (editor->out, editor->in + editor->in_pos, to - editor->in_pos);
  editor->in_pos = to;
}

void
_gloss_text_editor_replace_to (GlossTextEditor *editor,
                               gsize            to,
                               const char      *with)
{
  GlossTextAnchor anchor;
  gsize with_length = strlen (with);

  g_assert (to >= editor->in_pos && to <= editor->in_length);

  if (editor->out == NULL && with_length == to - editor->in_pos &&
      memcmp (editor->in + editor->in_pos, with, with_length) == 0)
    {
      editor->in_pos = to;
      return;
    }
  editor_start (editor);
  g_string_append_len (editor->out, with, with_length);
  editor->in_pos = to;
  anchor.in = to;
  anchor.out = editor->out->len;
  g_array_append_val (editor->anchors, anchor);
}

GArray *
_gloss_text_editor_finish (GlossTextEditor *editor,
                           char           **text,
                           gsize           *length)
{
  _gloss_text_editor_copy_to (editor, editor->in_length);
  if (editor->out == NULL)
    {
      *text = NULL;
      *length = editor->in_length;
      return NULL;
    }
  *length = editor->out->len;
  *text = g_string_free (g_steal_pointer (&editor->out), FALSE);
  return g_steal_pointer (&editor->anchors);
}

/* --------------------------------------------------------- long lines */

typedef struct
{
  UBreakIterator *sentences;
  UBreakIterator *words;
  UText *sentence_text;
  UText *word_text;
  gboolean failed;
} Breakers;

static UBreakIterator *
open_breaker (UBreakIteratorType type)
{
  UErrorCode status = U_ZERO_ERROR;
  /* ss=standard: no sentence break after "Mr." and the like */
  UBreakIterator *bi = ubrk_open (type, type == UBRK_SENTENCE ? "en@ss=standard" : "en",
                                  NULL, 0, &status);

  if (U_FAILURE (status))
    {
      if (bi != NULL)
        ubrk_close (bi);
      return NULL;
    }
  return bi;
}

static gboolean
breaker_set_text (UBreakIterator *bi,
                  UText         **ut,
                  const char     *s,
                  gsize           len)
{
  UErrorCode status = U_ZERO_ERROR;

  *ut = utext_openUTF8 (*ut, s, (int64_t) len, &status);
  if (U_FAILURE (status))
    return FALSE;
  ubrk_setUText (bi, *ut, &status);
  return U_SUCCESS (status);
}

/* the last boundary of @bi in (from, limit], or 0 */
static gsize
last_boundary_before (UBreakIterator *bi,
                      gsize           from,
                      gsize           limit)
{
  int32_t b = ubrk_preceding (bi, (int32_t) limit + 1);

  return b != UBRK_DONE && (gsize) b > from ? (gsize) b : 0;
}

/* a byte offset @n_chars characters after @from, or @end */
static gsize
advance_chars (const char *s,
               gsize       from,
               gsize       end,
               guint       n_chars)
{
  gsize i = from;

  while (i < end && n_chars > 0)
    {
      i++;
      while (i < end && ((guchar) s[i] & 0xC0) == 0x80)
        i++;
      n_chars--;
    }
  return i;
}

/* a paragraph break at @at of the line, in place of the white space
 * before it (a boundary follows the sentence's trailing spaces) */
static void
break_at (GlossTextEditor *editor,
          gsize            line_start,
          gsize            at)
{
  const char *line = editor->in + line_start;
  gsize ws = at;
  gsize done = editor->in_pos - line_start;

  while (ws > done && (line[ws - 1] == ' ' || line[ws - 1] == '\t'))
    ws--;
  _gloss_text_editor_copy_to (editor, line_start + ws);
  _gloss_text_editor_replace_to (editor, line_start + at, "\n\n");
}

/* Splits one line of more than GLOSS_TEXT_MAX_LINE_CHARS characters. */
static void
split_line (GlossTextEditor *editor,
            Breakers        *breakers,
            gsize            line_start,
            gsize            line_length)
{
  const char *line = editor->in + line_start;
  gsize prev = 0;          /* where the current sentence starts */
  guint chunk_chars = 0;   /* characters of the current paragraph */

  if (breakers->sentences == NULL && !breakers->failed)
    {
      breakers->sentences = open_breaker (UBRK_SENTENCE);
      breakers->words = open_breaker (UBRK_LINE);
      breakers->failed = breakers->sentences == NULL || breakers->words == NULL;
    }
  if (!breakers->failed &&
      (!breaker_set_text (breakers->sentences, &breakers->sentence_text, line, line_length) ||
       !breaker_set_text (breakers->words, &breakers->word_text, line, line_length)))
    breakers->failed = TRUE;

  while (prev < line_length)
    {
      int32_t b = breakers->failed ? UBRK_DONE : ubrk_following (breakers->sentences, (int32_t) prev);
      gsize next = b == UBRK_DONE ? line_length : (gsize) b;
      guint sentence_chars = _gloss_count_chars (line + prev, next - prev);

      if (chunk_chars > 0 && chunk_chars + sentence_chars > GLOSS_TEXT_SPLIT_CHARS)
        {
          break_at (editor, line_start, prev);
          chunk_chars = 0;
        }

      /* a sentence too long on its own: in pieces of about
       * GLOSS_TEXT_SPLIT_CHARS, each ending at a word boundary if any */
      if (sentence_chars > GLOSS_TEXT_MAX_LINE_CHARS)
        while (sentence_chars > GLOSS_TEXT_SPLIT_CHARS)
          {
            gsize limit = advance_chars (line, prev, next, GLOSS_TEXT_SPLIT_CHARS);
            gsize cut = breakers->failed ? 0 : last_boundary_before (breakers->words, prev, limit);

            if (cut == 0)
              cut = limit;
            break_at (editor, line_start, cut);
            sentence_chars -= _gloss_count_chars (line + prev, cut - prev);
            prev = cut;
          }

      chunk_chars += sentence_chars;
      prev = next;
    }
}

static GArray *
split_long_lines (const char *in,
                  gsize       length,
                  char      **out,
                  gsize      *out_length)
{
  GlossTextEditor editor;
  Breakers breakers = { NULL, NULL, NULL, NULL, FALSE };
  GArray *anchors;

  _gloss_text_editor_init (&editor, in, length);
  for (gsize start = 0; start < length; )
    {
      const char *nl = memchr (in + start, '\n', length - start);
      gsize end = nl != NULL ? (gsize) (nl - in) : length;

      /* a character is at most 4 bytes: shorter lines need no count */
      if (end - start > GLOSS_TEXT_MAX_LINE_CHARS &&
          _gloss_count_chars (in + start, end - start) > GLOSS_TEXT_MAX_LINE_CHARS)
        {
          _gloss_text_editor_copy_to (&editor, start);
          split_line (&editor, &breakers, start, end - start);
        }
      start = end + 1;
    }
  anchors = _gloss_text_editor_finish (&editor, out, out_length);

  if (breakers.sentence_text != NULL)
    utext_close (breakers.sentence_text);
  if (breakers.word_text != NULL)
    utext_close (breakers.word_text);
  if (breakers.sentences != NULL)
    ubrk_close (breakers.sentences);
  if (breakers.words != NULL)
    ubrk_close (breakers.words);
  return anchors;
}

/* ------------------------------------------------------------- layout */

struct _GlossNormalizedText
{
  char *text;
  gsize length;
  GPtrArray *passes;   /* GArray of GlossTextAnchor, one per pass that edited */
};

static void
apply_pass (GlossNormalizedText *self,
            GArray              *anchors,
            char                *text,
            gsize                length)
{
  if (anchors == NULL)
    return;
  g_free (self->text);
  self->text = text;
  self->length = length;
  g_ptr_array_add (self->passes, anchors);
}

GlossNormalizedText *
gloss_text_normalize (const char              *text,
                      gsize                    length,
                      GlossTextNormalizeFlags  flags)
{
  GlossNormalizedText *self;
  GArray *anchors;
  char *out = NULL;
  gsize out_length = 0;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  self = g_new0 (GlossNormalizedText, 1);
  self->passes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->text = g_strndup (text != NULL ? text : "", length);
  self->length = length;

  anchors = _gloss_text_unwrap (self->text, self->length,
                                (flags & GLOSS_TEXT_NORMALIZE_JOIN_WRAPPED) != 0,
                                &out, &out_length);
  apply_pass (self, anchors, out, out_length);

  if (flags & GLOSS_TEXT_NORMALIZE_SPLIT_AT_LABELS)
    {
      anchors = _gloss_text_split_at_labels (self->text, self->length, &out, &out_length);
      apply_pass (self, anchors, out, out_length);
    }

  if (flags & GLOSS_TEXT_NORMALIZE_SPLIT_LONG_LINES)
    {
      anchors = split_long_lines (self->text, self->length, &out, &out_length);
      apply_pass (self, anchors, out, out_length);
    }

  return self;
}

const char *
gloss_normalized_text_get_text (GlossNormalizedText *self,
                                gsize               *length)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->length;
  return self->text;
}

char *
gloss_normalized_text_steal_text (GlossNormalizedText *self,
                                  gsize               *length)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->length;
  self->length = 0;
  return g_steal_pointer (&self->text);
}

static gsize
map_through (GArray *anchors,
             gsize   offset)
{
  const GlossTextAnchor *a = (const GlossTextAnchor *) (gpointer) anchors->data;
  guint lo = 0, hi = anchors->len;
  gsize out;

  /* the last anchor at or before @offset */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (a[mid].in <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  out = lo == 0 ? offset : a[lo - 1].out + (offset - a[lo - 1].in);
  /* inside an edit: never past where the edit's output ends */
  if (lo < anchors->len && out > a[lo].out)
    out = a[lo].out;
  return out;
}

gsize
gloss_normalized_text_map_offset (GlossNormalizedText *self,
                                  gsize                offset)
{
  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->passes->len; i++)
    offset = map_through (g_ptr_array_index (self->passes, i), offset);
  return MIN (offset, self->length);
}

void
gloss_normalized_text_free (GlossNormalizedText *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_ptr_array_unref (self->passes);
  g_free (self);
}
