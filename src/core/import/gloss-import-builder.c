#include "config.h"

#include <string.h>

#include "gloss-import-builder.h"
#include "gloss-text-normalize.h"

/* a strong run longer than this at a paragraph's start is emphasis, not
 * a speaker's name */
#define MAX_LABEL_CHARS 80

typedef struct
{
  gsize offset;
  gsize label_length;
  gint64 begin;
  gint64 end;
} PendingHint;

struct _GlossImportBuilder
{
  GString *text;
  GString *para;
  GArray *hints;        /* PendingHint, offsets into text */
  char *title;
  char *language;
  gboolean pending_space;
  gboolean strong_open; /* the paragraph's text so far is all strong */
  gsize strong_end;     /* bytes of para the leading strong runs cover */
  gsize label_mark;
  gint64 begin;
  gint64 end;
};

GlossImportBuilder *
_gloss_import_builder_new (void)
{
  GlossImportBuilder *self = g_new0 (GlossImportBuilder, 1);

  self->text = g_string_new (NULL);
  self->para = g_string_new (NULL);
  self->hints = g_array_new (FALSE, FALSE, sizeof (PendingHint));
  self->strong_open = TRUE;
  self->begin = -1;
  self->end = -1;
  return self;
}

void
_gloss_import_builder_free (GlossImportBuilder *self)
{
  if (self == NULL)
    return;
  g_string_free (self->text, TRUE);
  g_string_free (self->para, TRUE);
  g_array_unref (self->hints);
  g_free (self->title);
  g_free (self->language);
  g_free (self);
}

static gboolean
is_space (gunichar c)
{
  /* a no-break space between a label and its text is still a space */
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == 0x00A0 || c == 0x2028 || c == 0x2029;
}

void
_gloss_import_builder_append (GlossImportBuilder *self,
                              const char         *text,
                              gssize              length,
                              gboolean            strong)
{
  const char *p, *end;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL || length == 0);

  if (length < 0)
    length = strlen (text);
  end = text + length;
  for (p = text; p < end; )
    {
      const char *next = g_utf8_find_next_char (p, end);
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (next == NULL)
        next = end;
      if (c == (gunichar) -1 || c == (gunichar) -2)
        c = 0xFFFD;
      if (is_space (c))
        {
          if (self->para->len > 0 && self->para->str[self->para->len - 1] != '\n')
            self->pending_space = TRUE;
          p = next;
          continue;
        }
      /* control characters never reach the text */
      if (c < 0x20 || c == 0x7F || c == 0xFEFF)
        {
          p = next;
          continue;
        }
      if (self->pending_space)
        {
          g_string_append_c (self->para, ' ');
          self->pending_space = FALSE;
        }
      if (!strong)
        self->strong_open = FALSE;
      if (c == 0xFFFD && (guchar) *p != 0xEF)
        g_string_append_unichar (self->para, c);
      else
        g_string_append_len (self->para, p, next - p);
      if (strong && self->strong_open)
        self->strong_end = self->para->len;
      p = next;
    }
}

void
_gloss_import_builder_line_break (GlossImportBuilder *self)
{
  g_return_if_fail (self != NULL);

  self->pending_space = FALSE;
  if (self->para->len == 0 || self->para->str[self->para->len - 1] == '\n')
    return;
  g_string_append_c (self->para, '\n');
  self->strong_open = FALSE;
}

gboolean
_gloss_import_builder_at_start (GlossImportBuilder *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->para->len == 0;
}

void
_gloss_import_builder_mark_label (GlossImportBuilder *self,
                                  gsize               label_length)
{
  g_return_if_fail (self != NULL);

  self->label_mark = label_length;
}

void
_gloss_import_builder_set_time (GlossImportBuilder *self,
                                gint64              begin,
                                gint64              end)
{
  g_return_if_fail (self != NULL);

  self->begin = begin;
  self->end = end;
}

static gboolean
ends_with_colon (const char *s,
                 gsize       len)
{
  while (len > 0 && s[len - 1] == ' ')
    len--;
  return (len >= 1 && s[len - 1] == ':') ||
         (len >= 3 && memcmp (s + len - 3, "\xef\xbc\x9a", 3) == 0);
}

/* the bytes of the label the paragraph's strong start makes, or 0 */
static gsize
strong_label_length (GlossImportBuilder *self)
{
  const char *s = self->para->str;
  gsize len = self->strong_end;
  gsize after;

  if (len == 0 || g_utf8_strlen (s, len) > MAX_LABEL_CHARS || memchr (s, '\n', len) != NULL)
    return 0;
  if (ends_with_colon (s, len))
    return len;
  /* "<b>Dana Whitfield</b>: Thank you" */
  after = len;
  while (after < self->para->len && s[after] == ' ')
    after++;
  if (after < self->para->len && s[after] == ':')
    return after + 1;
  if (after + 3 <= self->para->len && memcmp (s + after, "\xef\xbc\x9a", 3) == 0)
    return after + 3;
  return 0;
}

void
_gloss_import_builder_end_paragraph (GlossImportBuilder *self)
{
  gsize label_length;

  g_return_if_fail (self != NULL);

  while (self->para->len > 0 &&
         (self->para->str[self->para->len - 1] == '\n' || self->para->str[self->para->len - 1] == ' '))
    g_string_truncate (self->para, self->para->len - 1);

  if (self->para->len > 0)
    {
      label_length = self->label_mark > 0 ? MIN (self->label_mark, self->para->len)
                                          : strong_label_length (self);
      if (self->text->len > 0)
        g_string_append (self->text, "\n\n");
      if (label_length > 0 || self->begin >= 0)
        {
          PendingHint hint = { self->text->len, label_length, self->begin, self->end };

          g_array_append_val (self->hints, hint);
        }
      g_string_append_len (self->text, self->para->str, self->para->len);
    }

  g_string_truncate (self->para, 0);
  self->pending_space = FALSE;
  self->strong_open = TRUE;
  self->strong_end = 0;
  self->label_mark = 0;
  self->begin = -1;
  self->end = -1;
}

void
_gloss_import_builder_set_title (GlossImportBuilder *self,
                                 const char         *title)
{
  g_autofree char *collapsed = NULL;
  g_auto(GStrv) words = NULL;

  g_return_if_fail (self != NULL);

  if (self->title != NULL || title == NULL)
    return;
  words = g_strsplit_set (title, " \t\r\n", -1);
  for (char **w = words, **out = words; ; w++)
    {
      if (*w == NULL)
        {
          *out = NULL;
          break;
        }
      if (**w != '\0')
        *out++ = *w;
      else
        g_free (*w);
    }
  collapsed = g_strjoinv (" ", words);
  if (*collapsed != '\0' && g_utf8_validate (collapsed, -1, NULL))
    self->title = g_steal_pointer (&collapsed);
}

void
_gloss_import_builder_set_language (GlossImportBuilder *self,
                                    const char         *language)
{
  g_return_if_fail (self != NULL);

  if (self->language == NULL && language != NULL && gloss_language_tag_is_valid (language))
    self->language = g_strdup (language);
}

gsize
_gloss_import_builder_get_length (GlossImportBuilder *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->text->len + self->para->len;
}

GlossImportSource *
_gloss_import_builder_finish (GlossImportBuilder *self)
{
  g_autoptr(GlossNormalizedText) normalized = NULL;
  GlossImportSource *source;
  char *out;
  gsize out_length;

  g_return_val_if_fail (self != NULL, NULL);

  _gloss_import_builder_end_paragraph (self);
  if (self->text->len > 0)
    g_string_append_c (self->text, '\n');

  /* the structure already made the paragraphs: nothing is unwrapped */
  normalized = gloss_text_normalize (self->text->str, self->text->len,
                                     GLOSS_TEXT_NORMALIZE_SPLIT_AT_LABELS |
                                     GLOSS_TEXT_NORMALIZE_SPLIT_LONG_LINES);
  /* mapped before the text is taken: a stolen text has no length left */
  for (guint i = 0; i < self->hints->len; i++)
    {
      PendingHint *hint = &g_array_index (self->hints, PendingHint, i);

      hint->offset = gloss_normalized_text_map_offset (normalized, hint->offset);
    }
  out = gloss_normalized_text_steal_text (normalized, &out_length);
  source = gloss_import_source_new (out, out_length);
  for (guint i = 0; i < self->hints->len; i++)
    {
      const PendingHint *hint = &g_array_index (self->hints, PendingHint, i);

      if (source->hints->len > 0 &&
          g_array_index (source->hints, GlossImportHint, source->hints->len - 1).offset > hint->offset)
        continue;
      gloss_import_source_add_hint_full (source, hint->offset, hint->label_length, hint->begin, hint->end);
    }
  source->title = g_steal_pointer (&self->title);
  source->language = g_steal_pointer (&self->language);
  return source;
}
