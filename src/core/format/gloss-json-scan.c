#include "config.h"

#include "gloss-json-scan.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

/* What json-glib 1.6 gets wrong, and so why this pass exists: it recurses
 * per nesting level without a limit, decodes "\u0000" into a silently
 * truncated string and a lone surrogate into invalid UTF-8, wraps or
 * saturates integers past 2^63 (even to small positive values), reads 012
 * as octal and accepts single-quoted strings and bare words (which would
 * also hide brackets from the depth count). So JSON's own grammar for
 * numbers and words is enforced here, and the member path is tracked so
 * that these errors say where they are.
 *
 * The same pass validates UTF-8: most of a project is string content, which
 * is skipped eight bytes at a time while it is plain ASCII. */

typedef struct
{
  gboolean    is_array;
  gboolean    expect_key;
  guint       index;
  const char *key;
  gsize       key_length;
} ScanLevel;

typedef struct
{
  const char  *name;
  GError     **error;
  const char  *data;
  gsize        length;
  ScanLevel    levels[GLOSS_PROJECT_FILE_MAX_DEPTH];
  guint        depth;
  gboolean     seen_value;
} Scanner;

gboolean
gloss_json_set_error (GError                **error,
                      const char             *display_name,
                      GlossProjectFileError   code,
                      const char             *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, GLOSS_PROJECT_FILE_ERROR, code, "%s: %s", display_name, message);
  return FALSE;
}

void
gloss_json_position (const char *data,
                     gsize       byte,
                     guint      *line,
                     guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < byte; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          line_start = data + i + 1;
        }
    }
  *column = (guint) g_utf8_strlen (line_start, data + byte - line_start) + 1;
}

/* the first bad byte of the whole file, as g_utf8_validate_len sees it
 * (it also stops at a NUL byte); FALSE when the file is valid */
static gboolean
fail_encoding (Scanner *sc)
{
  const char *invalid = NULL;
  gsize byte;

  if (g_utf8_validate_len (sc->data, sc->length, &invalid))
    return TRUE;

  byte = (gsize) (invalid - sc->data);
  if (*invalid == '\0')
    gloss_json_set_error (sc->error, sc->name, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
                          _("a NUL byte at byte offset %zu (not a text file)"), byte);
  else
    gloss_json_set_error (sc->error, sc->name, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
                          _("invalid UTF-8 at byte offset %zu"), byte);
  return FALSE;
}

/* a byte of a string that is not UTF-8 or is NUL: g_utf8_validate_len
 * words it (and agrees, but never trust that to end the scan) */
static gboolean
fail_bad_byte (Scanner    *sc,
               const char *at)
{
  if (!fail_encoding (sc))
    return FALSE;
  return gloss_json_set_error (sc->error, sc->name, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
                               _("invalid UTF-8 at byte offset %zu"), (gsize) (at - sc->data));
}

/* the member path of the value being scanned; @containers_only leaves out
 * the innermost key or index (a value that may already have ended) */
static char *
scanner_path (Scanner  *sc,
              gboolean  containers_only)
{
  GString *path = g_string_new (NULL);
  guint depth = containers_only && sc->depth > 0 ? sc->depth - 1 : sc->depth;

  for (guint i = 0; i < sc->depth; i++)
    {
      const ScanLevel *level = &sc->levels[i];

      if (i == depth)
        break;
      if (level->is_array)
        g_string_append_printf (path, "[%u]", level->index);
      else if (level->key != NULL && !level->expect_key)
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append_len (path, level->key, (gssize) level->key_length);
        }
    }

  return g_string_free (path, FALSE);
}

/* an encoding error anywhere in the file comes first: it means the file is
 * not text at all */
static gboolean
scan_fail (Scanner               *sc,
           GlossProjectFileError  code,
           const char            *at,
           const char            *what)
{
  g_autofree char *path = NULL;
  guint line, column;

  if (!fail_encoding (sc))
    return FALSE;

  path = scanner_path (sc, FALSE);
  gloss_json_position (sc->data, (gsize) (at - sc->data), &line, &column);
  if (*path != '\0')
    /* TRANSLATORS: a member path such as claims[3].start, then its line and
     * column in the file, then what is wrong there */
    return gloss_json_set_error (sc->error, sc->name, code, _("%s (line %u, column %u): %s"),
                                 path, line, column, what);
  return gloss_json_set_error (sc->error, sc->name, code, _("line %u, column %u: %s"),
                               line, column, what);
}

/* A file that stops inside a string or an open object or array is almost
 * always a copy cut short (a full disk, a sync still running), not a file
 * someone wrote wrong: say so rather than quote the parser. */
static gboolean
fail_truncated (Scanner  *sc,
                gboolean  in_value)
{
  g_autofree char *path = NULL;
  guint line, column;

  if (!fail_encoding (sc))
    return FALSE;

  if (!sc->seen_value)
    return gloss_json_set_error (sc->error, sc->name, GLOSS_PROJECT_FILE_ERROR_TRUNCATED,
                                 _("the file is empty: it was probably cut short, or is still being copied"));

  path = scanner_path (sc, !in_value);
  gloss_json_position (sc->data, sc->length, &line, &column);
  if (*path != '\0')
    /* TRANSLATORS: a member path such as claims[3].note, then the line and
     * column where the file stops */
    return gloss_json_set_error (sc->error, sc->name, GLOSS_PROJECT_FILE_ERROR_TRUNCATED,
                                 _("the file ends early, in %s (line %u, column %u): it is probably truncated, or still being copied"),
                                 path, line, column);
  return gloss_json_set_error (sc->error, sc->name, GLOSS_PROJECT_FILE_ERROR_TRUNCATED,
                               _("the file ends early (line %u, column %u): it is probably truncated, or still being copied"),
                               line, column);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static int
read_u_escape (const char *p,
               const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (p[i]);

      if (h < 0)
        return -1;
      value = value * 16 + h;
    }
  return value;
}

/* the length of the UTF-8 sequence at @p, or 0 when it is not one that
 * g_utf8_validate accepts (overlong, a surrogate, past U+10FFFF, cut) */
static gsize
utf8_sequence_length (const guchar *p,
                      const guchar *end)
{
  gunichar value, min;
  gsize n;

  if (p[0] >= 0xc2 && p[0] <= 0xdf)
    {
      n = 2;
      value = p[0] & 0x1f;
      min = 0x80;
    }
  else if (p[0] >= 0xe0 && p[0] <= 0xef)
    {
      n = 3;
      value = p[0] & 0x0f;
      min = 0x800;
    }
  else if (p[0] >= 0xf0 && p[0] <= 0xf4)
    {
      n = 4;
      value = p[0] & 0x07;
      min = 0x10000;
    }
  else
    return 0;

  if ((gsize) (end - p) < n)
    return 0;
  for (gsize i = 1; i < n; i++)
    {
      if ((p[i] & 0xc0) != 0x80)
        return 0;
      value = (value << 6) | (p[i] & 0x3f);
    }
  if (value < min || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
    return 0;

  return n;
}

#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
zero_bytes (guint64 x)
{
  return (x - ONES) & ~x & HIGHS;
}

/* the bytes of @x that end a plain run ('"', '\\', NUL or not ASCII) have
 * their high bit set; the lowest one is exact (borrows only run upwards) */
static inline guint64
special_bytes (guint64 x)
{
  return (zero_bytes (x ^ (ONES * '"')) | zero_bytes (x ^ (ONES * '\\')) | zero_bytes (x) | x) & HIGHS;
}

/* the first byte from @p that is '"', '\\', NUL or not ASCII, or @end */
static inline const char *
skip_plain (const char *p,
            const char *end)
{
  while (end - p >= 8)
    {
      guint64 x;
      guint64 special;

      memcpy (&x, p, sizeof x);
      special = special_bytes (x);
      if (special != 0)
        {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined (__GNUC__)
          return p + (__builtin_ctzll (special) >> 3);
#else
          break;
#endif
        }
      p += 8;
    }

  while (p < end && *p != '"' && *p != '\\' && *p != '\0' && (guchar) *p < 0x80)
    p++;
  return p;
}

static gboolean
scan_escape (Scanner     *sc,
             const char **pp,
             const char  *end)
{
  const char *p = *pp;
  int value;

  if (p + 1 < end && p[1] != '\0' && strchr ("\"\\/bfnrt", p[1]) != NULL)
    {
      *pp = p + 2;
      return TRUE;
    }
  /* cut short in the escape: "\" or "\u12" at the end of the file */
  if (p + 1 >= end || (p[1] == 'u' && end - p < 6))
    return fail_truncated (sc, TRUE);
  /* json-glib would also take octal escapes such as \377 (not UTF-8)
   * and \0 (a truncated string), or \q as q */
  if (p[1] != 'u' || (value = read_u_escape (p + 2, end)) < 0)
    {
      g_autofree char *what = NULL;

      if (p + 1 < end && g_ascii_isprint (p[1]))
        what = g_strdup_printf (_("“\\%c” is not a valid escape in a string"), p[1]);
      else
        what = g_strdup (_("an invalid escape in a string"));
      return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, p, what);
    }

  if (value == 0)
    return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8, p,
                      _("a NUL character (\\u0000) is not allowed"));
  if (value >= 0xdc00 && value <= 0xdfff)
    return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8, p,
                      _("a lone UTF-16 surrogate escape is not a character"));
  if (value >= 0xd800 && value <= 0xdbff)
    {
      int low = -1;

      if (end - p >= 8 && p[6] == '\\' && p[7] == 'u')
        low = read_u_escape (p + 8, end);
      if (low < 0xdc00 || low > 0xdfff)
        return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8, p,
                          _("a lone UTF-16 surrogate escape is not a character"));
      *pp = p + 12;
      return TRUE;
    }

  *pp = p + 6;
  return TRUE;
}

static gboolean
scan_string (Scanner     *sc,
             const char **pp,
             const char  *end)
{
  const char *p = *pp + 1;
  const char *start = p;
  ScanLevel *level = sc->depth > 0 ? &sc->levels[sc->depth - 1] : NULL;

  for (;;)
    {
      guchar c;

      p = skip_plain (p, end);
      if (p >= end)
        break;

      c = (guchar) *p;
      if (c == '"')
        break;
      if (c == '\\')
        {
          if (!scan_escape (sc, &p, end))
            return FALSE;
        }
      else if (c >= 0x80)
        {
          gsize n = utf8_sequence_length ((const guchar *) p, (const guchar *) end);

          if (n == 0)
            return fail_bad_byte (sc, p);
          p += n;
        }
      else
        return fail_bad_byte (sc, p);
    }

  if (level != NULL && !level->is_array && level->expect_key)
    {
      level->key = start;
      level->key_length = (gsize) (MIN (p, end) - start);
    }

  /* the file ends inside the string */
  if (p >= end)
    return fail_truncated (sc, TRUE);

  *pp = p + 1;
  return TRUE;
}

static gboolean
scan_number (Scanner     *sc,
             const char **pp,
             const char  *end)
{
  const char *start = *pp;
  const char *p = start;
  const char *digits;

  if (*p == '-')
    p++;
  digits = p;
  if (p < end && *p == '0')
    {
      p++;
      if (p < end && g_ascii_isdigit (*p))
        return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, start,
                          _("a number with a leading zero is not valid JSON"));
    }
  else if (p < end && g_ascii_isdigit (*p))
    {
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  else
    return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, start, _("a malformed number"));

  if (p - digits > GLOSS_JSON_MAX_NUMBER_DIGITS)
    {
      g_autofree char *what = g_strdup_printf (_("%.*s is too large"), (int) (p - start), start);

      return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_RANGE, start, what);
    }

  if (p < end && *p == '.')
    {
      p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, start, _("a malformed number"));
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, start, _("a malformed number"));
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < end && (g_ascii_isalnum (*p) || *p == '.' || *p == '_'))
    return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, start, _("a malformed number"));

  *pp = p;
  return TRUE;
}

static gboolean
scan_word (Scanner     *sc,
           const char **pp,
           const char  *end)
{
  const char *start = *pp;
  const char *p = start;
  g_autofree char *what = NULL;
  gsize n;

  while (p < end && g_ascii_isalnum (*p))
    p++;
  n = (gsize) (p - start);
  *pp = p;
  if ((n == 4 && memcmp (start, "true", 4) == 0) ||
      (n == 5 && memcmp (start, "false", 5) == 0) ||
      (n == 4 && memcmp (start, "null", 4) == 0))
    return TRUE;

  what = g_strdup_printf (_("“%.*s” is not valid JSON (expected a value such as true, false, null, a number or a string)"),
                          (int) MIN (n, 40), start);
  return scan_fail (sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, start, what);
}

gboolean
gloss_json_scan (const char  *data,
                 gsize        length,
                 const char  *display_name,
                 GError     **error)
{
  Scanner sc = { display_name, error, data, length, };
  const char *p = data;
  const char *end = data + length;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  while (p < end)
    {
      char c = *p;

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        sc.seen_value = TRUE;

      switch (c)
        {
        case '{':
        case '[':
          if (sc.depth == GLOSS_PROJECT_FILE_MAX_DEPTH)
            {
              guint line, column;

              if (!fail_encoding (&sc))
                return FALSE;
              gloss_json_position (data, (gsize) (p - data), &line, &column);
              return gloss_json_set_error (error, display_name, GLOSS_PROJECT_FILE_ERROR_TOO_DEEP,
                                           _("line %u, column %u: nested deeper than %d levels"),
                                           line, column, GLOSS_PROJECT_FILE_MAX_DEPTH);
            }
          sc.levels[sc.depth] = (ScanLevel) { .is_array = c == '[', .expect_key = c == '{' };
          sc.depth++;
          p++;
          break;

        case '}':
        case ']':
          /* a stray closer is json-glib's to report: it stops there */
          if (sc.depth > 0)
            sc.depth--;
          p++;
          break;

        case ',':
          if (sc.depth > 0)
            {
              ScanLevel *level = &sc.levels[sc.depth - 1];

              if (level->is_array)
                level->index++;
              else
                {
                  level->expect_key = TRUE;
                  level->key = NULL;
                }
            }
          p++;
          break;

        case ':':
          if (sc.depth > 0)
            sc.levels[sc.depth - 1].expect_key = FALSE;
          p++;
          break;

        case ' ': case '\t': case '\n': case '\r':
          p++;
          while (p < end && *p == ' ')
            p++;
          break;

        case '"':
          if (!scan_string (&sc, &p, end))
            return FALSE;
          break;

        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          if (!scan_number (&sc, &p, end))
            return FALSE;
          break;

        default:
          if (g_ascii_isalpha (c))
            {
              if (!scan_word (&sc, &p, end))
                return FALSE;
            }
          else
            {
              g_autofree char *what = NULL;

              if (g_ascii_isprint (c))
                what = g_strdup_printf (_("unexpected character “%c”, not valid JSON"), c);
              else
                what = g_strdup (_("unexpected character, not valid JSON"));
              return scan_fail (&sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, p, what);
            }
          break;
        }
    }

  if (sc.depth > 0 || !sc.seen_value)
    return fail_truncated (&sc, FALSE);

  return TRUE;
}
