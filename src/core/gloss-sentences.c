#include "config.h"

#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "gloss-sentences.h"

/* ICU's break iterators count in int32_t */
#define CHUNK_LIMIT ((gsize) G_MAXINT32 / 2)

/* ICU's English suppressions (ss=standard) keep "Mr.", "Mrs.", "Ms.",
 * "Prof." with what follows, but not these titles, which stand before a
 * name far more often than at the end of a sentence. The C API cannot add
 * to ICU's list (FilteredBreakIteratorBuilder is C++ only). */
static const char * const titles[] = {
  "Dr.", "St.", "Gen.", "Sen.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.", "Rev.", "Hon.", "Amb.",
  "Mt.", "Pres.", "Messrs.", "Mme.", "No.",
};

static gsize
chunk_end (const char *text,
           gsize       start,
           gsize       length)
{
  gsize end;
  const char *newline;

  if (length - start <= CHUNK_LIMIT)
    return length;
  end = start + CHUNK_LIMIT;
  newline = g_utf8_strrchr (text + start, end - start, '\n');
  if (newline != NULL)
    return newline + 1 - text;
  return g_utf8_find_prev_char (text + start, text + end) - text;
}

/* byte offsets of ICU's boundaries, the end included, the start not */
static void
add_boundaries (UBreakIterator *iterator,
                const char     *text,
                gsize           start,
                gsize           end,
                GArray         *boundaries)
{
  UErrorCode status = U_ZERO_ERROR;
  UText *utext = utext_openUTF8 (NULL, text + start, end - start, &status);
  int32_t boundary;

  if (iterator != NULL && U_SUCCESS (status))
    ubrk_setUText (iterator, utext, &status);
  if (iterator == NULL || U_FAILURE (status))
    {
      g_array_append_val (boundaries, end);
      utext_close (utext);
      return;
    }
  ubrk_first (iterator);
  while ((boundary = ubrk_next (iterator)) != UBRK_DONE)
    {
      gsize byte = start + (gsize) boundary;

      if (byte > start)
        g_array_append_val (boundaries, byte);
    }
  if (boundaries->len == 0 || g_array_index (boundaries, gsize, boundaries->len - 1) != end)
    g_array_append_val (boundaries, end);
  utext_close (utext);
}

static gboolean
ends_with_title (const char *text,
                 gsize       start,
                 gsize       end)
{
  while (end > start && g_ascii_isspace (text[end - 1]) && text[end - 1] != '\n')
    end--;
  for (guint n = 0; n < G_N_ELEMENTS (titles); n++)
    {
      gsize length = strlen (titles[n]);

      if (end - start >= length && memcmp (text + end - length, titles[n], length) == 0
          && (end - start == length || !g_ascii_isalpha (text[end - length - 1])))
        return TRUE;
    }
  return FALSE;
}

static gboolean
ends_line (const char *text,
           gsize       start,
           gsize       end)
{
  return memchr (text + start, '\n', end - start) != NULL;
}

/* A Chinese quotation opens right after the 。 or ？ before it, and ICU,
 * following Unicode, counts “ among the closing marks that stay with a
 * sentence: give opening marks back to the sentence they open. */
static gsize
give_back_opening_marks (const char *text,
                         gsize       start,
                         gsize       end)
{
  while (end > start)
    {
      const char *previous = g_utf8_find_prev_char (text + start, text + end);
      GUnicodeType type;

      if (previous == NULL || previous == text + start)
        break;
      type = g_unichar_type (g_utf8_get_char (previous));
      if (type != G_UNICODE_OPEN_PUNCTUATION && type != G_UNICODE_INITIAL_PUNCTUATION)
        break;
      end = previous - text;
    }
  return end;
}

static guint
advance (const char *text,
         gsize      *byte,
         guint      *offset,
         gsize       to)
{
  *offset += g_utf8_strlen (text + *byte, to - *byte);
  *byte = to;
  return *offset;
}

/* Opening a sentence iterator with its abbreviation filters costs far
 * more than splitting a paragraph, and the review splits paragraph after
 * paragraph: each thread keeps its last one. */
typedef struct
{
  char *locale;
  UBreakIterator *iterator;
} CachedIterator;

static void
cached_iterator_free (gpointer data)
{
  CachedIterator *cached = data;

  g_clear_pointer (&cached->iterator, ubrk_close);
  g_free (cached->locale);
  g_free (cached);
}

static GPrivate cached_iterator = G_PRIVATE_INIT (cached_iterator_free);

static UBreakIterator *
iterator_for (const char *locale)
{
  CachedIterator *cached = g_private_get (&cached_iterator);
  UErrorCode status = U_ZERO_ERROR;

  if (cached != NULL && g_strcmp0 (cached->locale, locale) == 0)
    return cached->iterator;

  cached = g_new0 (CachedIterator, 1);
  cached->locale = g_strdup (locale);
  cached->iterator = ubrk_open (UBRK_SENTENCE, locale, NULL, 0, &status);
  if (U_FAILURE (status))
    g_clear_pointer (&cached->iterator, ubrk_close);
  /* replacing it frees the previous one */
  g_private_replace (&cached_iterator, cached);
  return cached->iterator;
}

GArray *
gloss_sentences_split (const char *text,
                       gssize      length,
                       guint       base,
                       const char *language)
{
  GArray *sentences;
  g_autoptr(GArray) boundaries = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree char *locale = NULL;
  UBreakIterator *iterator;
  gsize start = 0;
  gsize byte = 0;
  guint offset = base;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);
  g_return_val_if_fail (g_utf8_validate_len (text, length, NULL), NULL);

  sentences = g_array_new (FALSE, FALSE, sizeof (GlossSentence));
  if (length == 0)
    return sentences;

  locale = g_strdup_printf ("%s@ss=standard", language != NULL && *language != '\0' ? language : "en");
  iterator = iterator_for (locale);
  for (gsize chunk = 0; chunk < (gsize) length;)
    {
      gsize end = chunk_end (text, chunk, length);

      add_boundaries (iterator, text, chunk, end, boundaries);
      chunk = end;
    }

  for (guint n = 0; n < boundaries->len; n++)
    {
      gsize end = g_array_index (boundaries, gsize, n);
      GlossSentence sentence;
      gsize first, last;

      if (n + 1 < boundaries->len && ends_with_title (text, start, end) && !ends_line (text, start, end)
          && g_ascii_isupper (text[end]))
        continue;
      if (n + 1 < boundaries->len)
        end = give_back_opening_marks (text, start, end);

      first = start;
      last = end;
      while (first < last && g_unichar_isspace (g_utf8_get_char (text + first)))
        first = g_utf8_next_char (text + first) - text;
      while (last > first)
        {
          const char *previous = g_utf8_find_prev_char (text + first, text + last);

          if (!g_unichar_isspace (g_utf8_get_char (previous)))
            break;
          last = previous - text;
        }
      if (last > first)
        {
          sentence.start = advance (text, &byte, &offset, first);
          sentence.end = advance (text, &byte, &offset, last);
          g_array_append_val (sentences, sentence);
        }
      start = end;
    }
  return sentences;
}
