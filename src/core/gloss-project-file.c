#include "config.h"

#include "gloss-project-file.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "gloss-fileutil.h"

/* Reading rules, beyond the types (see also README's file-format section):
 *
 * - Optional members: transcript title, date, place, language, source
 *   (omitted on save when NULL or empty), turns and participants (default
 *   empty); a turn's speaker, outlet and answers; a participant's role; a
 *   topic's key and keywords; a claim's prefix, suffix (taken from the text
 *   when absent), note and author (default ""). null counts as absent for
 *   optional strings. Members this version does not know are ignored.
 * - prefix and suffix are strict about content and tolerant about length:
 *   each must be exactly the text right before (after) the claim, but may be
 *   shorter or longer than GLOSS_CLAIM_CONTEXT_LENGTH.
 * - A topic's key is checked ("" or "1".."9") but the project numbers keys
 *   by position, so it is informative only.
 * - Fractions and other types are schema errors. Negative offsets, offsets
 *   past the text (or above G_MAXUINT) and integer literals with more than
 *   MAX_NUMBER_DIGITS digits (which json-glib would wrap) are range errors.
 * - "\u0000" is refused (json-glib would truncate the string there), as are
 *   lone surrogate escapes: both are encoding errors. Errors found before parsing give the member
 *   path and the line and column. */

#define MAX_NUMBER_DIGITS 15
/* below this many characters, walking from the previous claim is cheaper
 * than the transcript's offset index */
#define CURSOR_MAX_WALK 64
/* json-glib's tree of a larger file is dropped in a worker thread: freeing
 * it takes a quarter of the parse time */
#define BACKGROUND_FREE_SIZE (1024 * 1024)
#define EXCERPT_CHARS 40

G_DEFINE_QUARK (gloss-project-file-error-quark, gloss_project_file_error)

typedef struct
{
  const char  *name;
  GError     **error;
} Loader;

static gboolean fail (Loader *ld, GlossProjectFileError code, const char *format, ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Loader                *ld,
      GlossProjectFileError  code,
      const char            *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (ld->error, GLOSS_PROJECT_FILE_ERROR, code, "%s: %s", ld->name, message);
  return FALSE;
}

/* "claims[3]" + "start" -> "claims[3].start"; only built for messages */
static char *
member_path (const char *object_path,
             const char *member)
{
  if (object_path == NULL || *object_path == '\0')
    return g_strdup (member);
  return g_strconcat (object_path, ".", member, NULL);
}

/* a short quotable piece of @text for messages, on one line */
static char *
excerpt (const char *text,
         gsize       length)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  guint n = 0;

  while (p < text + length && n < EXCERPT_CHARS)
    {
      const char *next = g_utf8_next_char (p);

      if ((guchar) *p < 0x20)
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, next - p);
      p = next;
      n++;
    }
  if (p < text + length)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

static void
position_of (const char *data,
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

/* One linear pass before json-glib sees the data, for what json-glib 1.6
 * gets wrong: it recurses per nesting level without a limit, decodes
 * "\u0000" into a silently truncated string and a lone surrogate into
 * invalid UTF-8, wraps or saturates integers past 2^63 (even to small
 * positive values), reads 012 as octal and accepts single-quoted strings
 * and bare words (which would also hide brackets from the depth count).
 * So JSON's own grammar for numbers and words is enforced here, and the
 * member path is tracked so that these errors say where they are. */

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
  Loader     *ld;
  const char *data;
  ScanLevel   levels[GLOSS_PROJECT_FILE_MAX_DEPTH];
  guint       depth;
} Scanner;

static char *
scanner_path (Scanner *sc)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < sc->depth; i++)
    {
      const ScanLevel *level = &sc->levels[i];

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

static gboolean
scan_fail (Scanner               *sc,
           GlossProjectFileError  code,
           const char            *at,
           const char            *what)
{
  g_autofree char *path = scanner_path (sc);
  guint line, column;

  position_of (sc->data, (gsize) (at - sc->data), &line, &column);
  if (*path != '\0')
    /* TRANSLATORS: a member path such as claims[3].start, then its line and
     * column in the file, then what is wrong there */
    return fail (sc->ld, code, _("%s (line %u, column %u): %s"), path, line, column, what);
  return fail (sc->ld, code, _("line %u, column %u: %s"), line, column, what);
}

static gboolean
scan_string (Scanner     *sc,
             const char **pp,
             const char  *end)
{
  const char *p = *pp + 1;
  const char *start = p;
  ScanLevel *level = sc->depth > 0 ? &sc->levels[sc->depth - 1] : NULL;

  while (p < end && *p != '"')
    {
      int value;

      if (*p != '\\')
        {
          p++;
          continue;
        }
      if (p + 1 < end && strchr ("\"\\/bfnrt", p[1]) != NULL && p[1] != '\0')
        {
          p += 2;
          continue;
        }
      /* json-glib would also take octal escapes such as \377 (not UTF-8)
       * and \0 (a truncated string), or \q as q */
      if (p + 1 >= end || p[1] != 'u' || (value = read_u_escape (p + 2, end)) < 0)
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
          p += 12;
          continue;
        }
      p += 6;
    }

  if (level != NULL && !level->is_array && level->expect_key)
    {
      level->key = start;
      level->key_length = (gsize) (MIN (p, end) - start);
    }

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

  if (p - digits > MAX_NUMBER_DIGITS)
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
prescan (Loader     *ld,
         const char *data,
         gsize       length)
{
  Scanner sc = { ld, data, };
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      char c = *p;

      switch (c)
        {
        case '{':
        case '[':
          if (sc.depth == GLOSS_PROJECT_FILE_MAX_DEPTH)
            {
              guint line, column;

              position_of (data, (gsize) (p - data), &line, &column);
              return fail (ld, GLOSS_PROJECT_FILE_ERROR_TOO_DEEP,
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
              const char *start = p;
              gsize n;

              while (p < end && g_ascii_isalnum (*p))
                p++;
              n = (gsize) (p - start);
              if (!((n == 4 && memcmp (start, "true", 4) == 0) ||
                    (n == 5 && memcmp (start, "false", 5) == 0) ||
                    (n == 4 && memcmp (start, "null", 4) == 0)))
                {
                  g_autofree char *what =
                    g_strdup_printf (_("“%.*s” is not valid JSON (expected a value such as true, false, null, a number or a string)"),
                                     (int) MIN (n, 40), start);

                  return scan_fail (&sc, GLOSS_PROJECT_FILE_ERROR_SYNTAX, start, what);
                }
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

  return TRUE;
}

/* json-glib says "<data>:LINE:COL: Parse error: WHAT", where WHAT may quote
 * a token cut in the middle of a character */
static gboolean
fail_syntax (Loader       *ld,
             const GError *json_error)
{
  g_autofree char *message = g_utf8_make_valid (json_error->message, -1);
  const char *detail;
  unsigned int line = 0, column = 0;

  if (sscanf (message, "<data>:%u:%u:", &line, &column) == 2)
    {
      detail = strstr (message, "Parse error: ");
      detail = detail != NULL ? detail + strlen ("Parse error: ") : message;
      return fail (ld, GLOSS_PROJECT_FILE_ERROR_SYNTAX,
                   _("line %u, column %u: not valid JSON (%s)"), line, column, detail);
    }

  return fail (ld, GLOSS_PROJECT_FILE_ERROR_SYNTAX, _("not valid JSON (%s)"), message);
}

/* "NAME[INDEX]" into @buffer, for each element of an array: cheaper than
 * printf on 50,000 claims */
static const char *
element_path (char       *buffer,
              gsize       size,
              const char *name,
              guint       index)
{
  char digits[16];
  gsize n = 0, length = strlen (name);

  do
    {
      digits[n++] = (char) ('0' + index % 10);
      index /= 10;
    }
  while (index > 0);

  g_assert (length + n + 3 <= size);
  memcpy (buffer, name, length);
  buffer[length++] = '[';
  while (n > 0)
    buffer[length++] = digits[--n];
  buffer[length++] = ']';
  buffer[length] = '\0';

  return buffer;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("a boolean");
    default:
      return _("a number");
    }
}

static gboolean
fail_type (Loader     *ld,
           const char *object_path,
           const char *member,
           JsonNode   *node,
           const char *expected)
{
  g_autofree char *path = member_path (object_path, member);

  /* TRANSLATORS: "claims[3].start: expected an integer, not a string" */
  return fail (ld, GLOSS_PROJECT_FILE_ERROR_SCHEMA, _("%s: expected %s, not %s"),
               path, expected, node_type_name (node));
}

/* FALSE with an error when a required member is missing; TRUE with
 * *node = NULL when an optional one is missing or null */
static gboolean
get_member (Loader      *ld,
            JsonObject  *object,
            const char  *object_path,
            const char  *member,
            gboolean     required,
            JsonNode   **node)
{
  *node = json_object_get_member (object, member);

  if (*node == NULL || (!required && JSON_NODE_HOLDS_NULL (*node)))
    {
      *node = NULL;
      if (required)
        {
          g_autofree char *path = member_path (object_path, member);

          return fail (ld, GLOSS_PROJECT_FILE_ERROR_SCHEMA, _("%s: missing"), path);
        }
    }

  return TRUE;
}

static gboolean
get_string (Loader      *ld,
            JsonObject  *object,
            const char  *object_path,
            const char  *member,
            gboolean     required,
            const char **value)
{
  JsonNode *node;

  *value = NULL;
  if (!get_member (ld, object, object_path, member, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail_type (ld, object_path, member, node, _("a string"));

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_nonempty_string (Loader      *ld,
                     JsonObject  *object,
                     const char  *object_path,
                     const char  *member,
                     const char **value)
{
  if (!get_string (ld, object, object_path, member, TRUE, value))
    return FALSE;
  if (**value == '\0')
    {
      g_autofree char *path = member_path (object_path, member);

      return fail (ld, GLOSS_PROJECT_FILE_ERROR_SCHEMA, _("%s: must not be empty"), path);
    }
  return TRUE;
}

/* an offset or index: an integer in [0, G_MAXUINT], else a range error;
 * *present tells an absent optional member */
static gboolean
get_uint (Loader     *ld,
          JsonObject *object,
          const char *object_path,
          const char *member,
          gboolean    required,
          gboolean   *present,
          guint      *value)
{
  JsonNode *node;
  gint64 v;

  if (present != NULL)
    *present = FALSE;
  if (!get_member (ld, object, object_path, member, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail_type (ld, object_path, member, node, _("an integer"));

  v = json_node_get_int (node);
  if (v < 0 || v > G_MAXUINT)
    {
      g_autofree char *path = member_path (object_path, member);

      if (v < 0)
        return fail (ld, GLOSS_PROJECT_FILE_ERROR_RANGE,
                     _("%s: %lld is negative"), path, (long long) v);
      return fail (ld, GLOSS_PROJECT_FILE_ERROR_RANGE,
                   _("%s: %lld is too large"), path, (long long) v);
    }

  if (present != NULL)
    *present = TRUE;
  *value = (guint) v;
  return TRUE;
}

static gboolean
get_array (Loader      *ld,
           JsonObject  *object,
           const char  *object_path,
           const char  *member,
           gboolean     required,
           JsonArray  **value)
{
  JsonNode *node;

  *value = NULL;
  if (!get_member (ld, object, object_path, member, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (ld, object_path, member, node, _("an array"));

  *value = json_node_get_array (node);
  return TRUE;
}

static gboolean
element_object (Loader      *ld,
                JsonArray   *array,
                guint        index,
                const char  *path,
                JsonObject **value)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (ld, NULL, path, node, _("an object"));

  *value = json_node_get_object (node);
  return TRUE;
}

/* an array of strings as a NULL-terminated vector of borrowed pointers */
static gboolean
get_string_list (Loader      *ld,
                 JsonObject  *object,
                 const char  *object_path,
                 const char  *member,
                 gboolean     required,
                 GPtrArray  **value)
{
  g_autoptr(GPtrArray) list = NULL;
  JsonArray *array;
  guint n;

  *value = NULL;
  if (!get_array (ld, object, object_path, member, required, &array))
    return FALSE;

  n = array != NULL ? json_array_get_length (array) : 0;
  list = g_ptr_array_sized_new (n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *path = member_path (object_path, member);
          g_autofree char *element = g_strdup_printf ("%s[%u]", path, i);

          return fail_type (ld, NULL, element, node, _("a string"));
        }
      g_ptr_array_add (list, (gpointer) json_node_get_string (node));
    }
  g_ptr_array_add (list, NULL);

  *value = g_steal_pointer (&list);
  return TRUE;
}

static gboolean
check_root (Loader     *ld,
            JsonNode   *root)
{
  JsonObject *object;
  JsonNode *node;
  const char *format;
  gint64 version;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (ld, GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,
                 _("not a Gloss project (the top level is %s, not an object)"),
                 node_type_name (root));

  object = json_node_get_object (root);
  node = json_object_get_member (object, "format");
  if (node == NULL)
    return fail (ld, GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,
                 _("not a Gloss project (no “format” member)"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (ld, GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,
                 _("not a Gloss project (format: expected a string, not %s)"),
                 node_type_name (node));
  format = json_node_get_string (node);
  if (strcmp (format, GLOSS_PROJECT_FORMAT_NAME) != 0)
    {
      g_autofree char *shown = excerpt (format, strlen (format));

      return fail (ld, GLOSS_PROJECT_FILE_ERROR_NOT_PROJECT,
                   _("not a Gloss project (format is “%s”, expected “%s”)"),
                   shown, GLOSS_PROJECT_FORMAT_NAME);
    }

  node = json_object_get_member (object, "version");
  if (node == NULL)
    return fail (ld, GLOSS_PROJECT_FILE_ERROR_VERSION, _("version: missing"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (ld, GLOSS_PROJECT_FILE_ERROR_VERSION,
                 _("version: expected an integer, not %s"), node_type_name (node));
  version = json_node_get_int (node);
  if (version > GLOSS_PROJECT_FORMAT_VERSION)
    return fail (ld, GLOSS_PROJECT_FILE_ERROR_VERSION,
                 _("version %lld is newer than this Gloss supports (%d)"),
                 (long long) version, GLOSS_PROJECT_FORMAT_VERSION);
  if (version < 1)
    return fail (ld, GLOSS_PROJECT_FILE_ERROR_VERSION,
                 _("version %lld is not a known version"), (long long) version);

  return TRUE;
}

static GlossTranscript *
load_transcript (Loader     *ld,
                 JsonObject *root)
{
  g_autoptr(GlossTranscript) transcript = NULL;
  JsonNode *node;
  JsonObject *object;
  JsonArray *turns;
  JsonArray *participants;
  const char *text;
  const char *title, *date, *place, *language, *source;
  guint length;

  if (!get_member (ld, root, NULL, "transcript", TRUE, &node))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (ld, NULL, "transcript", node, _("an object")), NULL;
  object = json_node_get_object (node);

  if (!get_string (ld, object, "transcript", "text", TRUE, &text) ||
      !get_string (ld, object, "transcript", "title", FALSE, &title) ||
      !get_string (ld, object, "transcript", "date", FALSE, &date) ||
      !get_string (ld, object, "transcript", "place", FALSE, &place) ||
      !get_string (ld, object, "transcript", "language", FALSE, &language) ||
      !get_string (ld, object, "transcript", "source", FALSE, &source) ||
      !get_array (ld, object, "transcript", "turns", FALSE, &turns) ||
      !get_array (ld, object, "transcript", "participants", FALSE, &participants))
    return NULL;

  if (date != NULL && *date != '\0' && !gloss_date_is_valid (date))
    {
      g_autofree char *shown = excerpt (date, strlen (date));

      return fail (ld, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                   _("transcript.date: “%s” is not a date (expected YYYY-MM-DD)"), shown), NULL;
    }

  /* the prescan refused \u0000 and lone surrogates, so text is valid UTF-8 */
  transcript = gloss_transcript_new (text, -1);
  length = gloss_transcript_get_length (transcript);

  if (title != NULL && *title != '\0')
    gloss_transcript_set_title (transcript, title);
  if (date != NULL && *date != '\0')
    gloss_transcript_set_date (transcript, date);
  if (place != NULL && *place != '\0')
    gloss_transcript_set_place (transcript, place);
  if (language != NULL && *language != '\0')
    gloss_transcript_set_language (transcript, language);
  if (source != NULL && *source != '\0')
    gloss_transcript_set_source (transcript, source);

  for (guint i = 0, n = turns != NULL ? json_array_get_length (turns) : 0; i < n; i++)
    {
      char path[64];
      JsonObject *turn;
      const char *speaker, *outlet, *kind_str;
      GlossTurnKind kind;
      guint start, end, answers = 0;
      gboolean has_answers;
      guint previous_end = 0;

      element_path (path, sizeof path, "transcript.turns", i);
      if (!element_object (ld, turns, i, path, &turn) ||
          !get_uint (ld, turn, path, "start", TRUE, NULL, &start) ||
          !get_uint (ld, turn, path, "end", TRUE, NULL, &end) ||
          !get_string (ld, turn, path, "speaker", FALSE, &speaker) ||
          !get_string (ld, turn, path, "kind", TRUE, &kind_str) ||
          !get_string (ld, turn, path, "outlet", FALSE, &outlet) ||
          !get_uint (ld, turn, path, "answers", FALSE, &has_answers, &answers))
        return NULL;

      if (!gloss_turn_kind_from_string (kind_str, &kind))
        {
          g_autofree char *shown = excerpt (kind_str, strlen (kind_str));

          return fail (ld, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                       _("%s.kind: unknown kind “%s” (expected header, remarks, question, answer or footer)"),
                       path, shown), NULL;
        }
      if (end > length)
        return fail (ld, GLOSS_PROJECT_FILE_ERROR_RANGE,
                     _("%s.end: %u is past the end of the text (%u characters)"),
                     path, end, length), NULL;
      if (start > end)
        return fail (ld, GLOSS_PROJECT_FILE_ERROR_RANGE,
                     _("%s: start %u is after end %u"), path, start, end), NULL;
      if (i > 0)
        previous_end = gloss_transcript_get_turn (transcript, i - 1)->end;
      if (start < previous_end)
        return fail (ld, GLOSS_PROJECT_FILE_ERROR_RANGE,
                     _("%s: starts at %u, before the previous turn ends (%u); turns must be in order and must not overlap"),
                     path, start, previous_end), NULL;
      if (has_answers && answers >= i)
        return fail (ld, GLOSS_PROJECT_FILE_ERROR_RANGE,
                     _("%s.answers: %u is not an earlier turn"), path, answers), NULL;

      gloss_transcript_add_turn (transcript, kind, start, end, speaker, outlet,
                                 has_answers ? (int) answers : -1);
    }

  for (guint i = 0, n = participants != NULL ? json_array_get_length (participants) : 0; i < n; i++)
    {
      char path[64];
      JsonObject *participant;
      const char *name, *role;

      element_path (path, sizeof path, "transcript.participants", i);
      if (!element_object (ld, participants, i, path, &participant) ||
          !get_nonempty_string (ld, participant, path, "name", &name) ||
          !get_string (ld, participant, path, "role", FALSE, &role))
        return NULL;

      gloss_transcript_add_participant (transcript, name, role);
    }

  return g_steal_pointer (&transcript);
}

static gboolean
load_topics (Loader       *ld,
             JsonObject   *root,
             GlossProject *project,
             GHashTable   *topic_ids)
{
  JsonArray *topics;

  if (!get_array (ld, root, NULL, "topics", TRUE, &topics))
    return FALSE;

  for (guint i = 0, n = json_array_get_length (topics); i < n; i++)
    {
      char path[64];
      g_autoptr(GlossTopic) topic = NULL;
      g_autoptr(GPtrArray) keywords = NULL;
      JsonObject *object;
      const char *id, *name, *color, *key;
      gpointer previous;

      element_path (path, sizeof path, "topics", i);
      if (!element_object (ld, topics, i, path, &object) ||
          !get_nonempty_string (ld, object, path, "id", &id) ||
          !get_string (ld, object, path, "name", TRUE, &name) ||
          !get_string (ld, object, path, "color", TRUE, &color) ||
          !get_string (ld, object, path, "key", FALSE, &key) ||
          !get_string_list (ld, object, path, "keywords", FALSE, &keywords))
        return FALSE;

      if (g_hash_table_lookup_extended (topic_ids, id, NULL, &previous))
        {
          g_autofree char *shown = excerpt (id, strlen (id));

          return fail (ld, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                       _("%s.id: “%s” is already the id of topics[%u]"),
                       path, shown, GPOINTER_TO_UINT (previous));
        }
      if (!gloss_color_is_valid (color))
        {
          g_autofree char *shown = excerpt (color, strlen (color));

          return fail (ld, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                       _("%s.color: “%s” is not a colour (expected #rrggbb)"), path, shown);
        }
      if (key != NULL && *key != '\0' && !(key[0] >= '1' && key[0] <= '9' && key[1] == '\0'))
        {
          g_autofree char *shown = excerpt (key, strlen (key));

          return fail (ld, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                       _("%s.key: “%s” is not a shortcut key (expected 1 to 9, or empty)"),
                       path, shown);
        }

      g_hash_table_insert (topic_ids, (gpointer) id, GUINT_TO_POINTER (i));
      topic = gloss_topic_new (id, name, color);
      gloss_topic_set_keywords (topic, (const char * const *) keywords->pdata);
      gloss_project_insert_topic (project, topic, i);
    }

  return TRUE;
}

static GDateTime *
get_date_time (Loader     *ld,
               JsonObject *object,
               const char *object_path,
               const char *member)
{
  const char *str;
  GDateTime *value;

  if (!get_string (ld, object, object_path, member, TRUE, &str))
    return NULL;

  value = g_date_time_new_from_iso8601 (str, NULL);
  if (value == NULL)
    {
      g_autofree char *path = member_path (object_path, member);
      g_autofree char *shown = excerpt (str, strlen (str));

      fail (ld, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
            _("%s: “%s” is not a date and time (expected ISO 8601 with a time zone, such as 2021-07-16T09:30:00Z)"),
            path, shown);
    }

  return value;
}

static gboolean
check_context (Loader          *ld,
               const char      *path,
               const char      *member,
               const char      *value,
               const char      *text_start,
               const char      *text_end,
               const char      *at,
               gboolean         before,
               guint            offset)
{
  gsize n = strlen (value);
  gboolean ok;

  if (before)
    ok = n <= (gsize) (at - text_start) && memcmp (at - n, value, n) == 0;
  else
    ok = n <= (gsize) (text_end - at) && memcmp (at, value, n) == 0;

  if (!ok)
    {
      g_autofree char *shown = excerpt (value, n);

      if (before)
        return fail (ld, GLOSS_PROJECT_FILE_ERROR_QUOTE,
                     _("%s.%s: “%s” is not the text before offset %u"), path, member, shown, offset);
      return fail (ld, GLOSS_PROJECT_FILE_ERROR_QUOTE,
                   _("%s.%s: “%s” is not the text after offset %u"), path, member, shown, offset);
    }

  return TRUE;
}

static gboolean
load_claims (Loader       *ld,
             JsonObject   *root,
             GlossProject *project,
             GHashTable   *topic_ids)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  const char *text = gloss_transcript_get_text (transcript);
  const char *text_end = text + gloss_transcript_get_text_size (transcript);
  guint length = gloss_transcript_get_length (transcript);
  g_autoptr(GHashTable) claim_ids = NULL;
  g_autoptr(GPtrArray) loaded = NULL;
  JsonArray *claims;
  const char *cursor = text;
  guint cursor_offset = 0;
  guint n;

  if (!get_array (ld, root, NULL, "claims", TRUE, &claims))
    return FALSE;

  n = json_array_get_length (claims);
  claim_ids = g_hash_table_new (g_str_hash, g_str_equal);
  loaded = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      char path[64];
      g_autoptr(GlossClaim) claim = NULL;
      g_autoptr(GPtrArray) topics = NULL;
      g_autoptr(GDateTime) created = NULL;
      g_autoptr(GDateTime) modified = NULL;
      g_autofree char *computed_prefix = NULL;
      g_autofree char *computed_suffix = NULL;
      JsonObject *object;
      const char *id, *quote, *prefix, *suffix, *note, *author;
      const char *p, *q;
      gsize quote_size;
      guint start, end;
      gpointer previous;

      element_path (path, sizeof path, "claims", i);
      if (!element_object (ld, claims, i, path, &object) ||
          !get_nonempty_string (ld, object, path, "id", &id) ||
          !get_uint (ld, object, path, "start", TRUE, NULL, &start) ||
          !get_uint (ld, object, path, "end", TRUE, NULL, &end) ||
          !get_string (ld, object, path, "quote", TRUE, &quote) ||
          !get_string (ld, object, path, "prefix", FALSE, &prefix) ||
          !get_string (ld, object, path, "suffix", FALSE, &suffix) ||
          !get_string_list (ld, object, path, "topics", TRUE, &topics) ||
          !get_string (ld, object, path, "note", FALSE, &note) ||
          !get_string (ld, object, path, "author", FALSE, &author))
        return FALSE;

      created = get_date_time (ld, object, path, "created");
      if (created == NULL)
        return FALSE;
      modified = get_date_time (ld, object, path, "modified");
      if (modified == NULL)
        return FALSE;

      if (g_hash_table_lookup_extended (claim_ids, id, NULL, &previous))
        {
          g_autofree char *shown = excerpt (id, strlen (id));

          return fail (ld, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                       _("%s.id: “%s” is already the id of claims[%u]"),
                       path, shown, GPOINTER_TO_UINT (previous));
        }
      g_hash_table_insert (claim_ids, (gpointer) id, GUINT_TO_POINTER (i));

      if (start >= end)
        return fail (ld, GLOSS_PROJECT_FILE_ERROR_RANGE,
                     _("%s: start %u is not before end %u"), path, start, end);
      if (end > length)
        return fail (ld, GLOSS_PROJECT_FILE_ERROR_RANGE,
                     _("%s.end: %u is past the end of the text (%u characters)"),
                     path, end, length);

      /* claims usually come in order: walk on from the previous one when it
       * is near, rather than from the transcript's index */
      if (start >= cursor_offset && start - cursor_offset <= CURSOR_MAX_WALK)
        {
          p = cursor;
          for (guint k = cursor_offset; k < start; k++)
            p = g_utf8_next_char (p);
        }
      else
        p = gloss_transcript_offset_to_pointer (transcript, start);
      cursor = p;
      cursor_offset = start;

      /* the quote is valid UTF-8: if its bytes are the text's and it has
       * end - start characters, it is exactly the span */
      quote_size = strlen (quote);
      if (quote_size > (gsize) (text_end - p) ||
          memcmp (quote, p, quote_size) != 0 ||
          g_utf8_strlen (quote, (gssize) quote_size) != (glong) (end - start))
        {
          g_autofree char *shown = excerpt (quote, quote_size);
          g_autofree char *actual = NULL;

          q = gloss_transcript_offset_to_pointer (transcript, end);
          actual = excerpt (p, (gsize) (q - p));

          return fail (ld, GLOSS_PROJECT_FILE_ERROR_QUOTE,
                       _("%s.quote: “%s” differs from the text at %u–%u (“%s”)"),
                       path, shown, start, end, actual);
        }
      q = p + quote_size;

      if (prefix != NULL)
        {
          if (!check_context (ld, path, "prefix", prefix, text, text_end, p, TRUE, start))
            return FALSE;
        }
      else
        {
          guint from = start > GLOSS_CLAIM_CONTEXT_LENGTH ? start - GLOSS_CLAIM_CONTEXT_LENGTH : 0;

          prefix = computed_prefix = gloss_transcript_dup_slice (transcript, from, start);
        }

      if (suffix != NULL)
        {
          if (!check_context (ld, path, "suffix", suffix, text, text_end, q, FALSE, end))
            return FALSE;
        }
      else
        {
          guint to = MIN (end + GLOSS_CLAIM_CONTEXT_LENGTH, length);

          suffix = computed_suffix = gloss_transcript_dup_slice (transcript, end, to);
        }

      for (guint t = 0; t < topics->len - 1; t++)
        {
          const char *topic_id = g_ptr_array_index (topics, t);

          if (!g_hash_table_contains (topic_ids, topic_id))
            {
              g_autofree char *shown = excerpt (topic_id, strlen (topic_id));

              return fail (ld, GLOSS_PROJECT_FILE_ERROR_UNKNOWN_TOPIC,
                           _("%s.topics[%u]: unknown topic “%s”"), path, t, shown);
            }
          for (guint u = 0; u < t; u++)
            {
              if (strcmp (g_ptr_array_index (topics, u), topic_id) == 0)
                {
                  g_autofree char *shown = excerpt (topic_id, strlen (topic_id));

                  return fail (ld, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                               _("%s.topics[%u]: topic “%s” is listed twice"), path, t, shown);
                }
            }
        }

      claim = gloss_claim_new_full (id, start, end, quote, prefix, suffix,
                                    (const char * const *) topics->pdata,
                                    note, author, created, modified);
      g_ptr_array_add (loaded, g_steal_pointer (&claim));
    }

  gloss_project_add_claims (project, loaded);

  return TRUE;
}

static gpointer
unref_thread_cb (gpointer data)
{
  g_object_unref (data);
  return NULL;
}

/* nothing else holds a node of the tree: every string was copied */
static void
drop_parser (JsonParser *parser,
             gsize       size)
{
  GThread *thread = NULL;

  if (size >= BACKGROUND_FREE_SIZE)
    thread = g_thread_try_new ("gloss-json-free", unref_thread_cb, parser, NULL);

  if (thread != NULL)
    g_thread_unref (thread);
  else
    g_object_unref (parser);
}

GlossProject *
gloss_project_file_load_data (const char  *data,
                              gsize        length,
                              const char  *display_name,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GHashTable) topic_ids = NULL;
  Loader ld = { display_name, error };
  const char *invalid = NULL;
  JsonNode *root;
  JsonObject *object;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";

  /* g_utf8_validate_len also stops at a NUL byte */
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      gsize byte = (gsize) (invalid - data);

      if (*invalid == '\0')
        fail (&ld, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
              _("a NUL byte at byte offset %zu (not a text file)"), byte);
      else
        fail (&ld, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
              _("invalid UTF-8 at byte offset %zu"), byte);
      return NULL;
    }

  if (!prescan (&ld, data, length))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &json_error))
    {
      fail_syntax (&ld, json_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      fail (&ld, GLOSS_PROJECT_FILE_ERROR_SYNTAX, _("the file is empty"));
      return NULL;
    }
  if (!check_root (&ld, root))
    return NULL;
  object = json_node_get_object (root);

  transcript = load_transcript (&ld, object);
  if (transcript == NULL)
    return NULL;

  project = gloss_project_new_blank (transcript);
  topic_ids = g_hash_table_new (g_str_hash, g_str_equal);
  if (!load_topics (&ld, object, project, topic_ids) ||
      !load_claims (&ld, object, project, topic_ids))
    return NULL;

  drop_parser (g_steal_pointer (&parser), length);

  return g_steal_pointer (&project);
}

GlossProject *
gloss_project_file_load (GFile   *file,
                         GError **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!gloss_file_read_limited (file, GLOSS_PROJECT_FILE_MAX_SIZE,
                                GLOSS_PROJECT_FILE_ERROR,
                                GLOSS_PROJECT_FILE_ERROR_IO,
                                GLOSS_PROJECT_FILE_ERROR_NOT_REGULAR,
                                GLOSS_PROJECT_FILE_ERROR_TOO_LARGE,
                                &contents, &length, error))
    return NULL;

  display_name = gloss_file_display_name (file);
  return gloss_project_file_load_data (contents, length, display_name, error);
}

/* Writing: by hand rather than with JsonGenerator, for speed and so that
 * the canonical form (member order, two-space indent, escapes, a final
 * newline) is fixed here and does not change with the json-glib version. */

static void
append_indent (GString *out,
               guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
append_json_string (GString    *out,
                    const char *str,
                    gsize       length)
{
  const char *run = str;
  const char *end = str + length;

  g_string_append_c (out, '"');
  for (const char *p = str; p < end; p++)
    {
      guchar c = (guchar) *p;
      const char *escape;
      char buffer[8];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
          g_snprintf (buffer, sizeof buffer, "\\u%04x", c);
          escape = buffer;
          break;
        }

      g_string_append_len (out, run, p - run);
      g_string_append (out, escape);
      run = p + 1;
    }
  g_string_append_len (out, run, end - run);
  g_string_append_c (out, '"');
}

/* "key": opening a member at @level; @first tells whether a comma is due */
static void
append_key (GString    *out,
            guint       level,
            gboolean   *first,
            const char *key)
{
  if (!*first)
    g_string_append_c (out, ',');
  g_string_append_c (out, '\n');
  *first = FALSE;
  append_indent (out, level);
  g_string_append_c (out, '"');
  g_string_append (out, key);
  g_string_append (out, "\": ");
}

static void
member_string (GString    *out,
               guint       level,
               gboolean   *first,
               const char *key,
               const char *value)
{
  append_key (out, level, first, key);
  if (value == NULL)
    value = "";
  append_json_string (out, value, strlen (value));
}

static void
member_optional_string (GString    *out,
                        guint       level,
                        gboolean   *first,
                        const char *key,
                        const char *value)
{
  if (value != NULL && *value != '\0')
    member_string (out, level, first, key, value);
}

static void
member_uint (GString    *out,
             guint       level,
             gboolean   *first,
             const char *key,
             guint       value)
{
  char buffer[16];

  append_key (out, level, first, key);
  g_snprintf (buffer, sizeof buffer, "%u", value);
  g_string_append (out, buffer);
}

static void
member_string_list (GString            *out,
                    guint               level,
                    gboolean           *first,
                    const char         *key,
                    const char * const *values)
{
  append_key (out, level, first, key);
  if (values == NULL || values[0] == NULL)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
      append_indent (out, level + 1);
      append_json_string (out, values[i], strlen (values[i]));
    }
  g_string_append_c (out, '\n');
  append_indent (out, level);
  g_string_append_c (out, ']');
}

static void
member_date_time (GString    *out,
                  guint       level,
                  gboolean   *first,
                  const char *key,
                  GDateTime  *value)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (value);
  char buffer[48];
  int usec = g_date_time_get_microsecond (utc);

  if (usec != 0)
    g_snprintf (buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d:%02d.%06dZ\"",
                g_date_time_get_year (utc), g_date_time_get_month (utc),
                g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                g_date_time_get_minute (utc), g_date_time_get_second (utc), usec);
  else
    g_snprintf (buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"",
                g_date_time_get_year (utc), g_date_time_get_month (utc),
                g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                g_date_time_get_minute (utc), g_date_time_get_second (utc));

  append_key (out, level, first, key);
  g_string_append (out, buffer);
}

/* opens "[" for an array member of @n objects; returns FALSE when empty
 * (written as []) */
static gboolean
open_array (GString    *out,
            guint       level,
            gboolean   *first,
            const char *key,
            guint       n)
{
  append_key (out, level, first, key);
  if (n == 0)
    {
      g_string_append (out, "[]");
      return FALSE;
    }
  g_string_append_c (out, '[');
  return TRUE;
}

static void
open_element (GString *out,
              guint    level,
              guint    index)
{
  if (index > 0)
    g_string_append_c (out, ',');
  g_string_append_c (out, '\n');
  append_indent (out, level);
  g_string_append_c (out, '{');
}

static void
close_block (GString *out,
             guint    level,
             char     bracket)
{
  g_string_append_c (out, '\n');
  append_indent (out, level);
  g_string_append_c (out, bracket);
}

/* Snapshots. The transcript's text, turns and participants do not change
 * after import, nor do a claim's id, offsets, quote, context, author and
 * creation time while it lives: those are borrowed, under a reference.
 * Everything an edit replaces (and frees) is copied. */

typedef struct
{
  char   *id;
  char   *name;
  char   *color;
  char   *key;
  char  **keywords;
  gsize   id_length;
  guint64 id_head;  /* the first bytes of id, for a quick comparison */
} SnapshotTopic;

typedef struct
{
  GlossClaim *claim;     /* owned reference */
  const char *note;      /* in the string chunk, or "" */
  GDateTime  *modified;  /* owned reference */
  gsize       topics;    /* index of a NULL-terminated run in topic_ids */
} SnapshotClaim;

struct _GlossProjectSnapshot
{
  GlossTranscript  *transcript;  /* owned reference */
  const char       *text;        /* borrowed from transcript */
  gsize             text_size;
  char             *title;
  char             *date;
  char             *place;
  char             *language;
  char             *source;
  GArray           *turns;         /* GlossTurn, strings borrowed from transcript */
  GArray           *participants;  /* GlossParticipant, strings borrowed */

  SnapshotTopic    *topics;
  guint             n_topics;
  SnapshotClaim    *claims;
  guint             n_claims;
  /* claims' topic ids: pointers to topics[].id (or into strings for an id
   * the project does not know), each claim's run ended by NULL */
  const char      **topic_ids;
  gsize             n_topic_ids;
  gsize             topic_ids_size;
  GStringChunk     *strings;
};

/* a project has a handful of topics: comparing beats hashing */
#define SNAPSHOT_HASH_TOPICS 16

static guint64
id_head (const char *id,
         gsize       length)
{
  guint64 head = 0;

  memcpy (&head, id, MIN (length, sizeof head));
  return head;
}

static void
snapshot_add_topic_id (GlossProjectSnapshot *snapshot,
                       GHashTable           *ids,
                       const char           *id)
{
  const char *copy = NULL;

  if (id != NULL && ids != NULL)
    copy = g_hash_table_lookup (ids, id);
  else if (id != NULL)
    {
      gsize length = strlen (id);
      guint64 head = id_head (id, length);

      for (guint i = 0; i < snapshot->n_topics && copy == NULL; i++)
        {
          const SnapshotTopic *topic = &snapshot->topics[i];

          if (topic->id_length == length && topic->id_head == head &&
              memcmp (topic->id, id, length) == 0)
            copy = topic->id;
        }
    }
  if (id != NULL && copy == NULL)
    copy = g_string_chunk_insert_const (snapshot->strings, id);

  if (snapshot->n_topic_ids == snapshot->topic_ids_size)
    {
      snapshot->topic_ids_size *= 2;
      snapshot->topic_ids = g_renew (const char *, snapshot->topic_ids, snapshot->topic_ids_size);
    }
  snapshot->topic_ids[snapshot->n_topic_ids++] = copy;
}

GlossProjectSnapshot *
gloss_project_snapshot_new (GlossProject *project)
{
  GlossProjectSnapshot *snapshot;
  GlossTranscript *transcript;
  g_autoptr(GHashTable) ids = NULL;
  guint n_turns, n_participants;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  transcript = gloss_project_get_transcript (project);
  snapshot = g_new0 (GlossProjectSnapshot, 1);
  snapshot->transcript = g_object_ref (transcript);
  snapshot->text = gloss_transcript_get_text (transcript);
  snapshot->text_size = gloss_transcript_get_text_size (transcript);
  snapshot->title = g_strdup (gloss_transcript_get_title (transcript));
  snapshot->date = g_strdup (gloss_transcript_get_date (transcript));
  snapshot->place = g_strdup (gloss_transcript_get_place (transcript));
  snapshot->language = g_strdup (gloss_transcript_get_language (transcript));
  snapshot->source = g_strdup (gloss_transcript_get_source (transcript));

  n_turns = gloss_transcript_get_n_turns (transcript);
  snapshot->turns = g_array_sized_new (FALSE, FALSE, sizeof (GlossTurn), n_turns);
  for (guint i = 0; i < n_turns; i++)
    g_array_append_vals (snapshot->turns, gloss_transcript_get_turn (transcript, i), 1);

  n_participants = gloss_transcript_get_n_participants (transcript);
  snapshot->participants = g_array_sized_new (FALSE, FALSE, sizeof (GlossParticipant),
                                              n_participants);
  for (guint i = 0; i < n_participants; i++)
    g_array_append_vals (snapshot->participants,
                         gloss_transcript_get_participant (transcript, i), 1);

  snapshot->strings = g_string_chunk_new (4096);
  snapshot->n_topics = gloss_project_get_n_topics (project);
  snapshot->topics = g_new0 (SnapshotTopic, snapshot->n_topics);
  for (guint i = 0; i < snapshot->n_topics; i++)
    {
      GlossTopic *topic = gloss_project_get_topic (project, i);
      SnapshotTopic *copy = &snapshot->topics[i];

      copy->id = g_strdup (gloss_topic_get_id (topic));
      copy->name = g_strdup (gloss_topic_get_name (topic));
      copy->color = g_strdup (gloss_topic_get_color (topic));
      copy->key = g_strdup (gloss_topic_get_key (topic));
      copy->keywords = g_strdupv ((char **) gloss_topic_get_keywords (topic));
      copy->id_length = strlen (copy->id);
      copy->id_head = id_head (copy->id, copy->id_length);
    }
  if (snapshot->n_topics > SNAPSHOT_HASH_TOPICS)
    {
      ids = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < snapshot->n_topics; i++)
        g_hash_table_insert (ids, snapshot->topics[i].id, snapshot->topics[i].id);
    }

  snapshot->n_claims = gloss_project_get_n_claims (project);
  snapshot->claims = g_new (SnapshotClaim, snapshot->n_claims);
  snapshot->topic_ids_size = (gsize) snapshot->n_claims * 3 + 1;
  snapshot->topic_ids = g_new (const char *, snapshot->topic_ids_size);
  for (guint i = 0; i < snapshot->n_claims; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);
      SnapshotClaim *copy = &snapshot->claims[i];
      const char * const *topics = gloss_claim_get_topics (claim);
      const char *note = gloss_claim_get_note (claim);

      copy->claim = g_object_ref (claim);
      copy->note = *note == '\0' ? "" : g_string_chunk_insert (snapshot->strings, note);
      copy->modified = g_date_time_ref (gloss_claim_get_modified (claim));
      copy->topics = snapshot->n_topic_ids;
      for (guint j = 0; topics[j] != NULL; j++)
        snapshot_add_topic_id (snapshot, ids, topics[j]);
      snapshot_add_topic_id (snapshot, ids, NULL);
    }

  return snapshot;
}

void
gloss_project_snapshot_free (GlossProjectSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;

  for (guint i = 0; i < snapshot->n_claims; i++)
    {
      g_object_unref (snapshot->claims[i].claim);
      g_date_time_unref (snapshot->claims[i].modified);
    }
  g_free (snapshot->claims);
  for (guint i = 0; i < snapshot->n_topics; i++)
    {
      SnapshotTopic *topic = &snapshot->topics[i];

      g_free (topic->id);
      g_free (topic->name);
      g_free (topic->color);
      g_free (topic->key);
      g_strfreev (topic->keywords);
    }
  g_free (snapshot->topics);
  g_free (snapshot->topic_ids);
  g_string_chunk_free (snapshot->strings);
  g_array_unref (snapshot->turns);
  g_array_unref (snapshot->participants);
  g_free (snapshot->title);
  g_free (snapshot->date);
  g_free (snapshot->place);
  g_free (snapshot->language);
  g_free (snapshot->source);
  g_object_unref (snapshot->transcript);
  g_free (snapshot);
}

static void
write_transcript (GString                    *out,
                  const GlossProjectSnapshot *snapshot)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  member_optional_string (out, 2, &first, "title", snapshot->title);
  member_optional_string (out, 2, &first, "date", snapshot->date);
  member_optional_string (out, 2, &first, "place", snapshot->place);
  member_optional_string (out, 2, &first, "language", snapshot->language);
  member_optional_string (out, 2, &first, "source", snapshot->source);
  append_key (out, 2, &first, "text");
  append_json_string (out, snapshot->text, snapshot->text_size);

  if (open_array (out, 2, &first, "turns", snapshot->turns->len))
    {
      for (guint i = 0; i < snapshot->turns->len; i++)
        {
          const GlossTurn *turn = &g_array_index (snapshot->turns, GlossTurn, i);
          gboolean first_member = TRUE;

          open_element (out, 3, i);
          member_uint (out, 4, &first_member, "start", turn->start);
          member_uint (out, 4, &first_member, "end", turn->end);
          if (turn->speaker != NULL)
            member_string (out, 4, &first_member, "speaker", turn->speaker);
          member_string (out, 4, &first_member, "kind", gloss_turn_kind_to_string (turn->kind));
          if (turn->outlet != NULL)
            member_string (out, 4, &first_member, "outlet", turn->outlet);
          if (turn->answers >= 0)
            member_uint (out, 4, &first_member, "answers", (guint) turn->answers);
          close_block (out, 3, '}');
        }
      close_block (out, 2, ']');
    }

  if (open_array (out, 2, &first, "participants", snapshot->participants->len))
    {
      for (guint i = 0; i < snapshot->participants->len; i++)
        {
          const GlossParticipant *participant =
            &g_array_index (snapshot->participants, GlossParticipant, i);
          gboolean first_member = TRUE;

          open_element (out, 3, i);
          member_string (out, 4, &first_member, "name", participant->name);
          if (participant->role != NULL)
            member_string (out, 4, &first_member, "role", participant->role);
          close_block (out, 3, '}');
        }
      close_block (out, 2, ']');
    }

  close_block (out, 1, '}');
}

GBytes *
gloss_project_snapshot_to_bytes (const GlossProjectSnapshot *snapshot)
{
  GString *out;
  gboolean first = TRUE;

  g_return_val_if_fail (snapshot != NULL, NULL);

  /* a claim takes about 500 bytes of JSON besides its quote */
  out = g_string_sized_new (snapshot->text_size * 2 + (gsize) snapshot->n_claims * 600 + 4096);

  g_string_append_c (out, '{');
  member_string (out, 1, &first, "format", GLOSS_PROJECT_FORMAT_NAME);
  member_uint (out, 1, &first, "version", GLOSS_PROJECT_FORMAT_VERSION);
  append_key (out, 1, &first, "transcript");
  write_transcript (out, snapshot);

  if (open_array (out, 1, &first, "topics", snapshot->n_topics))
    {
      for (guint i = 0; i < snapshot->n_topics; i++)
        {
          const SnapshotTopic *topic = &snapshot->topics[i];
          gboolean first_member = TRUE;

          open_element (out, 2, i);
          member_string (out, 3, &first_member, "id", topic->id);
          member_string (out, 3, &first_member, "name", topic->name);
          member_string (out, 3, &first_member, "color", topic->color);
          member_string (out, 3, &first_member, "key", topic->key);
          member_string_list (out, 3, &first_member, "keywords",
                              (const char * const *) topic->keywords);
          close_block (out, 2, '}');
        }
      close_block (out, 1, ']');
    }

  if (open_array (out, 1, &first, "claims", snapshot->n_claims))
    {
      for (guint i = 0; i < snapshot->n_claims; i++)
        {
          const SnapshotClaim *copy = &snapshot->claims[i];
          GlossClaim *claim = copy->claim;
          gboolean first_member = TRUE;

          open_element (out, 2, i);
          member_string (out, 3, &first_member, "id", gloss_claim_get_id (claim));
          member_uint (out, 3, &first_member, "start", gloss_claim_get_start (claim));
          member_uint (out, 3, &first_member, "end", gloss_claim_get_end (claim));
          member_string (out, 3, &first_member, "quote", gloss_claim_get_quote (claim));
          member_string (out, 3, &first_member, "prefix", gloss_claim_get_prefix (claim));
          member_string (out, 3, &first_member, "suffix", gloss_claim_get_suffix (claim));
          member_string_list (out, 3, &first_member, "topics",
                              &snapshot->topic_ids[copy->topics]);
          member_string (out, 3, &first_member, "note", copy->note);
          member_string (out, 3, &first_member, "author", gloss_claim_get_author (claim));
          member_date_time (out, 3, &first_member, "created", gloss_claim_get_created (claim));
          member_date_time (out, 3, &first_member, "modified", copy->modified);
          close_block (out, 2, '}');
        }
      close_block (out, 1, ']');
    }

  close_block (out, 0, '}');
  g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}

GBytes *
gloss_project_file_to_bytes (GlossProject *project)
{
  g_autoptr(GlossProjectSnapshot) snapshot = NULL;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  snapshot = gloss_project_snapshot_new (project);
  return gloss_project_snapshot_to_bytes (snapshot);
}

gboolean
gloss_project_file_save (GlossProject  *project,
                         GFile         *file,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const void *data;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = gloss_project_file_to_bytes (project);
  data = g_bytes_get_data (bytes, &size);
  return gloss_file_replace_atomic (file, data, size, error);
}
