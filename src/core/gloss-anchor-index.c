/* An index of the places of a text where a quote may be looked up
 * without scanning it: the grams (GRAM_SIZE bytes) whose hash falls in one
 * sixteenth of the range, chosen by their content, so a quote and any copy
 * of it have their anchors at the same places. */

#include "config.h"

#include <stdlib.h>

#include "gloss-anchor-private.h"

#define GRAM_BASE 0x01000193u

static gboolean
is_anchor (guint32 hash)
{
  return (hash * 0x9E3779B1u) >> 28 == 0;
}

void
_gloss_anchor_grams (const char *text,
                     gsize       start,
                     gsize       end,
                     gsize       origin,
                     GArray     *grams)
{
  const guchar *s = (const guchar *) text;
  guint32 hash = 0, power = 1;

  if (end < start + GLOSS_ANCHOR_GRAM_SIZE)
    return;

  for (guint i = 0; i + 1 < GLOSS_ANCHOR_GRAM_SIZE; i++)
    power *= GRAM_BASE;
  for (guint i = 0; i < GLOSS_ANCHOR_GRAM_SIZE; i++)
    hash = hash * GRAM_BASE + s[start + i];

  for (gsize p = start;; p++)
    {
      if (is_anchor (hash))
        {
          GlossAnchorGram gram = { hash, (guint32) (p - origin) };

          g_array_append_val (grams, gram);
        }
      if (p + GLOSS_ANCHOR_GRAM_SIZE >= end)
        break;
      hash = (hash - s[p] * power) * GRAM_BASE + s[p + GLOSS_ANCHOR_GRAM_SIZE];
    }
}

static int
compare_gram (gconstpointer a,
              gconstpointer b)
{
  const GlossAnchorGram *x = a;
  const GlossAnchorGram *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return (x->pos > y->pos) - (x->pos < y->pos);
}

void
_gloss_anchor_index_build (GlossAnchorer *self,
                           GArray        *windows)
{
  g_clear_pointer (&self->index, g_array_unref);
  g_clear_pointer (&self->index_windows, g_array_unref);

  self->index = g_array_new (FALSE, FALSE, sizeof (GlossAnchorGram));
  self->index_windows = g_array_ref (windows);
  for (guint i = 0; i < windows->len; i++)
    {
      GlossByteRange *window = &g_array_index (windows, GlossByteRange, i);

      _gloss_anchor_grams (self->text, window->start, window->end, 0, self->index);
    }
  g_array_sort (self->index, compare_gram);
}

guint
_gloss_anchor_index_lookup (GlossAnchorer *self,
                            guint32        hash,
                            guint         *first)
{
  const GlossAnchorGram *grams = (const GlossAnchorGram *) self->index->data;
  guint lo = 0, hi = self->index->len;
  guint end;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (grams[mid].hash < hash)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (end = lo; end < self->index->len && grams[end].hash == hash; end++)
    ;

  *first = lo;
  return end - lo;
}
