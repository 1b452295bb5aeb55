#include "config.h"

#include "gloss-record-reader.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-topic.h"
#include "gloss-transcript.h"

#define PATH_SIZE 96

static gboolean
read_status (GlossJsonReader  *reader,
             JsonObject       *object,
             const char       *path,
             const char       *id,
             GlossClaimStatus *status)
{
  const char *name;

  *status = GLOSS_CLAIM_STATUS_UNCHECKED;
  if (!gloss_json_reader_get_string (reader, object, path, "status", GLOSS_JSON_OPTIONAL, &name))
    return FALSE;
  if (name == NULL || gloss_claim_status_from_string (name, status))
    return TRUE;

  {
    g_autofree char *shown = gloss_json_excerpt (name, strlen (name));
    g_autofree char *shown_id = gloss_json_excerpt (id, strlen (id));

    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                   /* Translators: the status names stay in English: they are the file's words */
                                   _("%s.status: claim “%s” has the unknown status “%s” (expected unchecked, verified, disputed, false or needs-source)"),
                                   path, shown_id, shown);
  }
}

static GlossSource *
read_source (GlossJsonReader *reader,
             JsonArray       *array,
             guint            index,
             const char      *path,
             const char      *id)
{
  char element[PATH_SIZE];
  JsonObject *object;
  const char *url, *title, *accessed;
  g_autofree char *sources_path = gloss_json_member_path (path, "sources");

  gloss_json_element_path (element, sizeof element, sources_path, index);
  if (!gloss_json_reader_element_object (reader, array, index, element, &object) ||
      !gloss_json_reader_get_nonempty_string (reader, object, element, "url", &url) ||
      !gloss_json_reader_get_string (reader, object, element, "title", GLOSS_JSON_OPTIONAL, &title) ||
      !gloss_json_reader_get_string (reader, object, element, "accessed", GLOSS_JSON_OPTIONAL, &accessed))
    return NULL;

  if (accessed != NULL && *accessed != '\0' && !gloss_date_is_valid (accessed))
    {
      g_autofree char *shown = gloss_json_excerpt (accessed, strlen (accessed));
      g_autofree char *shown_id = gloss_json_excerpt (id, strlen (id));

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                     _("%s.accessed: a source of claim “%s” has “%s”, not a date (expected YYYY-MM-DD)"),
                                     element, shown_id, shown), NULL;
    }

  return gloss_source_new (url, title, accessed);
}

gboolean
gloss_record_reader_read (GlossJsonReader   *reader,
                          JsonObject        *object,
                          const char        *path,
                          const char        *id,
                          GlossClaimStatus  *status,
                          GPtrArray        **sources)
{
  g_autoptr(GPtrArray) list = NULL;
  JsonArray *array;
  guint n;

  *sources = NULL;
  if (!read_status (reader, object, path, id, status) ||
      !gloss_json_reader_get_array (reader, object, path, "sources", GLOSS_JSON_OPTIONAL, &array))
    return FALSE;

  n = array != NULL ? json_array_get_length (array) : 0;
  if (n > GLOSS_CLAIM_MAX_SOURCES)
    {
      g_autofree char *shown_id = gloss_json_excerpt (id, strlen (id));

      return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                     _("%s.sources: claim “%s” has %u sources, more than the %u a claim may have"),
                                     path, shown_id, n, (guint) GLOSS_CLAIM_MAX_SOURCES);
    }

  list = g_ptr_array_new_full (n, (GDestroyNotify) gloss_source_unref);
  for (guint i = 0; i < n; i++)
    {
      GlossSource *source = read_source (reader, array, i, path, id);

      if (source == NULL)
        return FALSE;
      g_ptr_array_add (list, source);
    }

  *sources = g_steal_pointer (&list);

  return TRUE;
}

gboolean
gloss_record_reader_read_regex (GlossJsonReader  *reader,
                                JsonObject       *object,
                                const char       *path,
                                const char       *topic_id,
                                const char      **regex)
{
  g_autoptr(GError) regex_error = NULL;

  if (!gloss_json_reader_get_string (reader, object, path, "regex", GLOSS_JSON_OPTIONAL, regex))
    return FALSE;
  if (*regex == NULL || gloss_topic_regex_is_valid (*regex, &regex_error))
    return TRUE;

  {
    g_autofree char *shown_id = gloss_json_excerpt (topic_id, strlen (topic_id));

    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                   _("%s.regex: the pattern of topic “%s” is not a valid regular expression: %s"),
                                   path, shown_id, regex_error->message);
  }
}

gboolean
gloss_record_reader_read_rejected (GlossJsonReader *reader,
                                   JsonObject      *root,
                                   GlossProject    *project)
{
  g_autoptr(GPtrArray) sentences = NULL;

  if (!gloss_json_reader_get_string_list (reader, root, NULL, "rejected_suggestions",
                                          GLOSS_JSON_OPTIONAL, &sentences))
    return FALSE;

  for (guint i = 0; i < sentences->len && g_ptr_array_index (sentences, i) != NULL; i++)
    {
      const char *sentence = g_ptr_array_index (sentences, i);

      if (sentence[0] == '\0')
        return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                       _("rejected_suggestions[%u]: a rejected sentence is empty"), i);
      gloss_project_add_rejected (project, sentence);
    }

  return TRUE;
}
