#include "config.h"

#include <string.h>

#include "gloss-text-find.h"
#include "gloss-text-fold.h"

struct _GlossTextFinder
{
  /* the text folded character by character, NUL-terminated */
  GString *folded;
  /* for each byte of folded, the code point of the text it comes from */
  GArray *origin;
  guint length;
};

/* Folding each character on its own gives gloss_text_fold's key: the
 * decomposition and case folding of a character do not depend on its
 * neighbours, and the combining marks the two would reorder are dropped. */
static const char *
fold_char (GHashTable *cache,
           gunichar    c)
{
  const char *folded = g_hash_table_lookup (cache, GUINT_TO_POINTER (c));

  if (folded == NULL)
    {
      char utf8[8];
      int n = g_unichar_to_utf8 (c, utf8);
      char *key = gloss_text_fold (utf8, n);

      g_hash_table_insert (cache, GUINT_TO_POINTER (c), key);
      folded = key;
    }

  return folded;
}

GlossTextFinder *
gloss_text_finder_new (const char *text,
                       gssize      length)
{
  g_autoptr(GHashTable) cache = NULL;
  GlossTextFinder *self;
  const char *p, *end;
  guint32 offset = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (text);
  g_return_val_if_fail (g_utf8_validate (text, length, NULL), NULL);

  self = g_new0 (GlossTextFinder, 1);
  self->folded = g_string_sized_new ((gsize) length + 1);
  self->origin = g_array_sized_new (FALSE, FALSE, sizeof (guint32), (guint) length + 1);
  cache = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  end = text + length;
  for (p = text; p < end; offset++)
    {
      guchar b = (guchar) *p;

      /* ASCII, nearly all of an English text, folds to itself in lower case */
      if (b < 0x80)
        {
          char c = g_ascii_tolower ((char) b);

          /* a NUL would end the folded text early; no query has one */
          g_string_append_c (self->folded, c != '\0' ? c : ' ');
          g_array_append_val (self->origin, offset);
          p++;
        }
      else
        {
          const char *folded = fold_char (cache, g_utf8_get_char (p));
          gsize n = strlen (folded);

          g_string_append_len (self->folded, folded, (gssize) n);
          for (gsize i = 0; i < n; i++)
            g_array_append_val (self->origin, offset);
          p = g_utf8_next_char (p);
        }
    }
  self->length = offset;

  return self;
}

void
gloss_text_finder_free (GlossTextFinder *self)
{
  if (self == NULL)
    return;

  g_string_free (self->folded, TRUE);
  g_array_unref (self->origin);
  g_free (self);
}

guint
gloss_text_finder_get_length (GlossTextFinder *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->length;
}

GArray *
gloss_text_finder_find (GlossTextFinder *self,
                        const char      *query)
{
  g_autofree char *key = NULL;
  const guint32 *origin;
  const char *folded, *hit;
  GArray *spans;
  gsize key_len;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  spans = g_array_new (FALSE, FALSE, sizeof (GlossTextSpan));
  key = gloss_text_fold (query, -1);
  key_len = strlen (key);
  if (key_len == 0)
    return spans;

  folded = self->folded->str;
  origin = (const guint32 *) (gpointer) self->origin->data;
  for (hit = strstr (folded, key); hit != NULL; hit = strstr (hit + key_len, key))
    {
      gsize first = (gsize) (hit - folded);
      gsize after = first + key_len;
      GlossTextSpan span;

      span.start = origin[first];
      span.end = origin[after - 1] + 1;
      /* the marks that folded to nothing after the last letter are part
       * of it ("Vacunacio" + U+0301) */
      if (after < self->folded->len)
        span.end = MAX (span.end, origin[after]);
      else
        span.end = self->length;
      /* a character that folds to several ("ß": "ss") is found once */
      if (spans->len > 0 && span.start < g_array_index (spans, GlossTextSpan, spans->len - 1).end)
        continue;
      g_array_append_val (spans, span);
    }

  return spans;
}

GArray *
gloss_text_find (const char *text,
                 gssize      length,
                 const char *query)
{
  g_autoptr(GlossTextFinder) finder = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  finder = gloss_text_finder_new (text, length);
  g_return_val_if_fail (finder != NULL, NULL);

  return gloss_text_finder_find (finder, query);
}
