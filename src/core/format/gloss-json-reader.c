#include "config.h"

#include "gloss-json-reader.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-json-scan.h"

#define BACKGROUND_FREE_SIZE (1024 * 1024)
#define EXCERPT_CHARS 40

gboolean
gloss_json_reader_fail (GlossJsonReader       *reader,
                        GlossProjectFileError  code,
                        const char            *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (reader->error, GLOSS_PROJECT_FILE_ERROR, code, "%s: %s", reader->name, message);
  return FALSE;
}

char *
gloss_json_member_path (const char *path,
                        const char *member)
{
  if (path == NULL || *path == '\0')
    return g_strdup (member);
  return g_strconcat (path, ".", member, NULL);
}

const char *
gloss_json_element_path (char       *buffer,
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

char *
gloss_json_excerpt (const char *text,
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

const char *
gloss_json_node_type_name (JsonNode *node)
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

/* json-glib says "<data>:LINE:COL: Parse error: WHAT", where WHAT may quote
 * a token cut in the middle of a character */
static gboolean
fail_syntax (GlossJsonReader *reader,
             const GError    *json_error)
{
  g_autofree char *message = g_utf8_make_valid (json_error->message, -1);
  const char *detail;
  unsigned int line = 0, column = 0;

  if (sscanf (message, "<data>:%u:%u:", &line, &column) == 2)
    {
      detail = strstr (message, "Parse error: ");
      detail = detail != NULL ? detail + strlen ("Parse error: ") : message;
      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SYNTAX,
                                     _("line %u, column %u: not valid JSON (%s)"),
                                     line, column, detail);
    }

  return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SYNTAX,
                                 _("not valid JSON (%s)"), message);
}

JsonParser *
gloss_json_reader_parse (GlossJsonReader *reader,
                         const char      *data,
                         gsize            length)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;

  if (!gloss_json_scan (data, length, reader->name, reader->error))
    return NULL;

  /* not json_parser_new_immutable (): sealing every node costs 6% of the
   * parse, and nothing shares this tree */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &json_error))
    {
      fail_syntax (reader, json_error);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SYNTAX, _("the file is empty"));
      return NULL;
    }

  return g_steal_pointer (&parser);
}

static gpointer
unref_thread_cb (gpointer data)
{
  g_object_unref (data);
  return NULL;
}

void
gloss_json_drop_parser (JsonParser *parser,
                        gsize       data_size)
{
  GThread *thread = NULL;

  if (parser == NULL)
    return;

  if (data_size >= BACKGROUND_FREE_SIZE)
    thread = g_thread_try_new ("gloss-json-free", unref_thread_cb, parser, NULL);

  if (thread != NULL)
    g_thread_unref (thread);
  else
    g_object_unref (parser);
}

gboolean
gloss_json_reader_fail_type (GlossJsonReader *reader,
                             const char      *path,
                             const char      *member,
                             JsonNode        *node,
                             const char      *expected)
{
  g_autofree char *full = gloss_json_member_path (path, member);

  /* TRANSLATORS: "claims[3].start: expected an integer, not a string" */
  return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA, _("%s: expected %s, not %s"),
                                 full, expected, gloss_json_node_type_name (node));
}

gboolean
gloss_json_reader_get_member (GlossJsonReader    *reader,
                              JsonObject         *object,
                              const char         *path,
                              const char         *member,
                              GlossJsonPresence   presence,
                              JsonNode          **node)
{
  gboolean required = presence == GLOSS_JSON_REQUIRED;

  *node = json_object_get_member (object, member);

  if (*node == NULL || (!required && JSON_NODE_HOLDS_NULL (*node)))
    {
      *node = NULL;
      if (required)
        {
          g_autofree char *full = gloss_json_member_path (path, member);

          return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                         _("%s: missing"), full);
        }
    }

  return TRUE;
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

gboolean
gloss_json_reader_get_string (GlossJsonReader    *reader,
                              JsonObject         *object,
                              const char         *path,
                              const char         *member,
                              GlossJsonPresence   presence,
                              const char        **value)
{
  JsonNode *node;

  *value = NULL;
  if (!gloss_json_reader_get_member (reader, object, path, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!holds_type (node, G_TYPE_STRING))
    return gloss_json_reader_fail_type (reader, path, member, node, _("a string"));

  *value = json_node_get_string (node);
  return TRUE;
}

gboolean
gloss_json_reader_get_nonempty_string (GlossJsonReader  *reader,
                                       JsonObject       *object,
                                       const char       *path,
                                       const char       *member,
                                       const char      **value)
{
  if (!gloss_json_reader_get_string (reader, object, path, member, GLOSS_JSON_REQUIRED, value))
    return FALSE;
  if (**value == '\0')
    {
      g_autofree char *full = gloss_json_member_path (path, member);

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                     _("%s: must not be empty"), full);
    }
  return TRUE;
}

/* @node as an offset or index; @index >= 0 names an element of the member */
static gboolean
node_to_uint (GlossJsonReader *reader,
              JsonNode        *node,
              const char      *path,
              const char      *member,
              int              index,
              guint           *value)
{
  g_autofree char *full = NULL;
  gint64 v = 0;

  if (holds_type (node, G_TYPE_INT64))
    {
      v = json_node_get_int (node);
      if (v >= 0 && v <= G_MAXUINT)
        {
          *value = (guint) v;
          return TRUE;
        }
    }

  full = gloss_json_member_path (path, member);
  if (index >= 0)
    {
      char *element = g_strdup_printf ("%s[%d]", full, index);

      g_free (full);
      full = element;
    }

  if (!holds_type (node, G_TYPE_INT64))
    return gloss_json_reader_fail_type (reader, NULL, full, node, _("an integer"));
  if (v < 0)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s: %lld is negative"), full, (long long) v);
  return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                 _("%s: %lld is too large"), full, (long long) v);
}

gboolean
gloss_json_reader_get_uint (GlossJsonReader    *reader,
                            JsonObject         *object,
                            const char         *path,
                            const char         *member,
                            GlossJsonPresence   presence,
                            gboolean           *present,
                            guint              *value)
{
  JsonNode *node;

  if (present != NULL)
    *present = FALSE;
  if (!gloss_json_reader_get_member (reader, object, path, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!node_to_uint (reader, node, path, member, -1, value))
    return FALSE;

  if (present != NULL)
    *present = TRUE;
  return TRUE;
}

gboolean
gloss_json_reader_get_seconds (GlossJsonReader    *reader,
                               JsonObject         *object,
                               const char         *path,
                               const char         *member,
                               GlossJsonPresence   presence,
                               gint64             *ms)
{
  JsonNode *node;
  double seconds;

  *ms = -1;
  if (!gloss_json_reader_get_member (reader, object, path, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (holds_type (node, G_TYPE_INT64))
    seconds = (double) json_node_get_int (node);
  else if (holds_type (node, G_TYPE_DOUBLE))
    seconds = json_node_get_double (node);
  else
    return gloss_json_reader_fail_type (reader, path, member, node, _("a number of seconds"));

  if (!(seconds >= 0) || seconds > GLOSS_JSON_MAX_SECONDS)
    {
      g_autofree char *full = gloss_json_member_path (path, member);

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                     _("%s: %g is not a media time (0 to %g seconds)"),
                                     full, seconds, GLOSS_JSON_MAX_SECONDS);
    }
  *ms = (gint64) (seconds * 1000.0 + 0.5);
  return TRUE;
}

gboolean
gloss_json_reader_get_boolean (GlossJsonReader    *reader,
                               JsonObject         *object,
                               const char         *path,
                               const char         *member,
                               GlossJsonPresence   presence,
                               gboolean           *value)
{
  JsonNode *node;

  *value = FALSE;
  if (!gloss_json_reader_get_member (reader, object, path, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!holds_type (node, G_TYPE_BOOLEAN))
    return gloss_json_reader_fail_type (reader, path, member, node, _("a boolean"));

  *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
gloss_json_reader_get_array (GlossJsonReader    *reader,
                             JsonObject         *object,
                             const char         *path,
                             const char         *member,
                             GlossJsonPresence   presence,
                             JsonArray         **value)
{
  JsonNode *node;

  *value = NULL;
  if (!gloss_json_reader_get_member (reader, object, path, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return gloss_json_reader_fail_type (reader, path, member, node, _("an array"));

  *value = json_node_get_array (node);
  return TRUE;
}

gboolean
gloss_json_reader_get_object (GlossJsonReader    *reader,
                              JsonObject         *object,
                              const char         *path,
                              const char         *member,
                              GlossJsonPresence   presence,
                              JsonObject        **value)
{
  JsonNode *node;

  *value = NULL;
  if (!gloss_json_reader_get_member (reader, object, path, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return gloss_json_reader_fail_type (reader, path, member, node, _("an object"));

  *value = json_node_get_object (node);
  return TRUE;
}

gboolean
gloss_json_reader_element_object (GlossJsonReader  *reader,
                                  JsonArray        *array,
                                  guint             index,
                                  const char       *element_path,
                                  JsonObject      **value)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return gloss_json_reader_fail_type (reader, NULL, element_path, node, _("an object"));

  *value = json_node_get_object (node);
  return TRUE;
}

gboolean
gloss_json_reader_get_string_list (GlossJsonReader    *reader,
                                   JsonObject         *object,
                                   const char         *path,
                                   const char         *member,
                                   GlossJsonPresence   presence,
                                   GPtrArray         **value)
{
  g_autoptr(GPtrArray) list = NULL;
  JsonArray *array;
  guint n;

  *value = NULL;
  if (!gloss_json_reader_get_array (reader, object, path, member, presence, &array))
    return FALSE;

  n = array != NULL ? json_array_get_length (array) : 0;
  list = g_ptr_array_sized_new (n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!holds_type (node, G_TYPE_STRING))
        {
          g_autofree char *full = gloss_json_member_path (path, member);
          g_autofree char *element = g_strdup_printf ("%s[%u]", full, i);

          return gloss_json_reader_fail_type (reader, NULL, element, node, _("a string"));
        }
      g_ptr_array_add (list, (gpointer) json_node_get_string (node));
    }
  g_ptr_array_add (list, NULL);

  *value = g_steal_pointer (&list);
  return TRUE;
}

gboolean
gloss_json_reader_get_uint_list (GlossJsonReader  *reader,
                                 JsonObject       *object,
                                 const char       *path,
                                 const char       *member,
                                 GArray          **value)
{
  g_autoptr(GArray) list = NULL;
  JsonArray *array;
  guint n;

  *value = NULL;
  if (!gloss_json_reader_get_array (reader, object, path, member, GLOSS_JSON_REQUIRED, &array))
    return FALSE;

  n = json_array_get_length (array);
  list = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  for (guint i = 0; i < n; i++)
    {
      guint v;

      if (!node_to_uint (reader, json_array_get_element (array, i), path, member, (int) MIN (i, G_MAXINT), &v))
        return FALSE;
      g_array_append_val (list, v);
    }

  *value = g_steal_pointer (&list);
  return TRUE;
}

GDateTime *
gloss_json_reader_parse_date_time (GlossJsonReader *reader,
                                   const char      *path,
                                   const char      *member,
                                   const char      *text)
{
  GDateTime *value = g_date_time_new_from_iso8601 (text, NULL);

  if (value == NULL)
    {
      g_autofree char *full = gloss_json_member_path (path, member);
      g_autofree char *shown = gloss_json_excerpt (text, strlen (text));

      gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                              _("%s: “%s” is not a date and time (expected ISO 8601 with a time zone, such as 2021-07-16T09:30:00Z)"),
                              full, shown);
    }

  return value;
}
