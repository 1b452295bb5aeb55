#include "config.h"

#include <string.h>

#include "gloss-text-fold.h"

char *
gloss_text_fold (const char *text,
                 gssize      length)
{
  g_autofree char *normal = NULL;
  g_autofree char *stripped = NULL;
  const char *p;
  char *out;

  g_return_val_if_fail (text != NULL, NULL);

  normal = g_utf8_normalize (text, length, G_NORMALIZE_ALL);
  if (normal == NULL)
    return g_strdup ("");

  stripped = g_malloc (strlen (normal) + 1);
  out = stripped;
  for (p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);
      const char *next = g_utf8_next_char (p);

      if (type == G_UNICODE_NON_SPACING_MARK ||
          type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;

      memcpy (out, p, next - p);
      out += next - p;
    }
  *out = '\0';

  return g_utf8_casefold (stripped, -1);
}
