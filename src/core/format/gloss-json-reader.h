#pragma once

#include <json-glib/json-glib.h>

#include "gloss-project-file.h"

G_BEGIN_DECLS

/* Typed reads of a json-glib tree that explain themselves: every failure
 * sets a GLOSS_PROJECT_FILE_ERROR whose message begins with the file's
 * name and gives the member path, "claims[3].start: expected an integer,
 * not a string". An object is named by its path ("claims[3]", or NULL for
 * the root) and a member by its name; paths are only built for messages.
 *
 * null counts as absent for optional members. Integers are offsets or
 * indexes: negative values and values above G_MAXUINT are RANGE errors,
 * fractions and other types SCHEMA errors. */

typedef struct
{
  const char  *name;   /* the file, first in every message */
  GError     **error;
} GlossJsonReader;

typedef enum
{
  GLOSS_JSON_OPTIONAL,
  GLOSS_JSON_REQUIRED,
} GlossJsonPresence;

/* The tree of @data, after gloss_json_scan; syntax errors with their line
 * and column, an empty file as such. */
JsonParser  *gloss_json_reader_parse           (GlossJsonReader    *reader,
                                                const char         *data,
                                                gsize               length);
/* Frees a parser's tree; a large one in a worker thread, since freeing it
 * takes a quarter of the parse time. Nothing may hold a node of it. */
void         gloss_json_drop_parser            (JsonParser         *parser,
                                                gsize               data_size);

gboolean     gloss_json_reader_fail            (GlossJsonReader    *reader,
                                                GlossProjectFileError code,
                                                const char         *format,
                                                ...) G_GNUC_PRINTF (3, 4);
/* "PATH.MEMBER: expected EXPECTED, not a string" */
gboolean     gloss_json_reader_fail_type       (GlossJsonReader    *reader,
                                                const char         *path,
                                                const char         *member,
                                                JsonNode           *node,
                                                const char         *expected);

/* "path.member", or @member alone for the root */
char        *gloss_json_member_path            (const char         *path,
                                                const char         *member);
/* "NAME[INDEX]" into @buffer (cheaper than printf for 50,000 claims) */
const char  *gloss_json_element_path           (char               *buffer,
                                                gsize               size,
                                                const char         *name,
                                                guint               index);
/* a short piece of @text for messages, on one line */
char        *gloss_json_excerpt                (const char         *text,
                                                gsize               length);
/* "an object", "a string", … */
const char  *gloss_json_node_type_name         (JsonNode           *node);

/* *node is NULL when an optional member is absent or null */
gboolean     gloss_json_reader_get_member      (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GlossJsonPresence   presence,
                                                JsonNode          **node);
/* A media time in seconds (an integer or a fraction, at most
 * GLOSS_JSON_MAX_SECONDS), as milliseconds; *ms is -1 when absent. */
#define GLOSS_JSON_MAX_SECONDS 1e9
gboolean     gloss_json_reader_get_seconds     (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GlossJsonPresence   presence,
                                                gint64             *ms);
/* *value is borrowed from the tree; NULL when absent */
gboolean     gloss_json_reader_get_string      (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GlossJsonPresence   presence,
                                                const char        **value);
gboolean     gloss_json_reader_get_nonempty_string (GlossJsonReader *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                const char        **value);
/* *present (may be NULL) tells an absent optional member */
gboolean     gloss_json_reader_get_uint        (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GlossJsonPresence   presence,
                                                gboolean           *present,
                                                guint              *value);
/* an absent optional boolean is FALSE */
gboolean     gloss_json_reader_get_boolean     (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GlossJsonPresence   presence,
                                                gboolean           *value);
/* *value is NULL when absent */
gboolean     gloss_json_reader_get_array       (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GlossJsonPresence   presence,
                                                JsonArray         **value);
gboolean     gloss_json_reader_get_object      (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GlossJsonPresence   presence,
                                                JsonObject        **value);
/* element @index of @array, whose own path is @element_path */
gboolean     gloss_json_reader_element_object  (GlossJsonReader    *reader,
                                                JsonArray          *array,
                                                guint               index,
                                                const char         *element_path,
                                                JsonObject        **value);
/* an array of strings as a NULL-terminated vector of borrowed pointers;
 * an absent optional array gives an empty vector */
gboolean     gloss_json_reader_get_string_list (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GlossJsonPresence   presence,
                                                GPtrArray         **value);
/* a required array of integers in [0, G_MAXUINT] (see get_uint) */
gboolean     gloss_json_reader_get_uint_list   (GlossJsonReader    *reader,
                                                JsonObject         *object,
                                                const char         *path,
                                                const char         *member,
                                                GArray            **value);
/* ISO 8601 with a time zone; @text is the member's string */
GDateTime   *gloss_json_reader_parse_date_time (GlossJsonReader    *reader,
                                                const char         *path,
                                                const char         *member,
                                                const char         *text);

G_END_DECLS
