#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gloss-fileutil.h"
#include "gloss-import-format-private.h"
#include "gloss-turn-detect.h"
#include "gloss-project.h"

/* how many bytes the sniffers see */
#define SNIFF_LENGTH 4096

/* The table: one line per format, in the order file choosers list them. */
static const GlossImportFormat * const formats[] = {
  &_gloss_import_format_text,
  &_gloss_import_format_markdown,
  &_gloss_import_format_html,
  &_gloss_import_format_docx,
  &_gloss_import_format_odt,
  &_gloss_import_format_srt,
  &_gloss_import_format_vtt,
  &_gloss_import_format_qdpx,
};

/* ---------------------------------------------------------------- errors */

typedef struct
{
  char *encoding;
} GlossImportErrorPrivate;

static void
gloss_import_error_private_init (GlossImportErrorPrivate *priv)
{
  priv->encoding = NULL;
}

static void
gloss_import_error_private_copy (const GlossImportErrorPrivate *src,
                                 GlossImportErrorPrivate       *dest)
{
  dest->encoding = g_strdup (src->encoding);
}

static void
gloss_import_error_private_clear (GlossImportErrorPrivate *priv)
{
  g_clear_pointer (&priv->encoding, g_free);
}

G_DEFINE_EXTENDED_ERROR (GlossImportError, gloss_import_error)

const char *
gloss_import_error_get_encoding (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (!g_error_matches (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_ENCODING))
    return NULL;
  return gloss_import_error_get_private (error)->encoding;
}

void
_gloss_import_set_encoding_error (GError     **error,
                                  const char  *encoding,
                                  const char  *format,
                                  ...)
{
  g_autofree char *message = NULL;
  GError *local_error;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  local_error = g_error_new_literal (GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_ENCODING, message);
  gloss_import_error_get_private (local_error)->encoding = g_strdup (encoding);
  g_propagate_error (error, local_error);
}

/* --------------------------------------------------------------- sources */

GlossImportSource *
gloss_import_source_new (char  *text,
                         gsize  length)
{
  GlossImportSource *source;

  g_return_val_if_fail (text != NULL, NULL);

  source = g_new0 (GlossImportSource, 1);
  source->text = text;
  source->length = length;
  source->hints = g_array_new (FALSE, FALSE, sizeof (GlossImportHint));
  return source;
}

void
gloss_import_source_add_hint (GlossImportSource *source,
                              gsize              offset,
                              gsize              label_length,
                              gint64             time)
{
  gloss_import_source_add_hint_full (source, offset, label_length, time, -1);
}

void
gloss_import_source_add_hint_full (GlossImportSource *source,
                                   gsize              offset,
                                   gsize              label_length,
                                   gint64             time,
                                   gint64             end_time)
{
  GlossImportHint hint = { offset, label_length, time, end_time };

  g_return_if_fail (source != NULL);
  g_return_if_fail (offset <= source->length);
  g_return_if_fail (source->hints->len == 0 ||
                    g_array_index (source->hints, GlossImportHint, source->hints->len - 1).offset <= offset);

  g_array_append_val (source->hints, hint);
}

void
gloss_import_selection_free (GlossImportSelection *selection)
{
  if (selection == NULL)
    return;
  g_free (selection->id);
  g_strfreev (selection->topic_ids);
  g_free (selection->note);
  g_free (selection->author);
  g_clear_pointer (&selection->created, g_date_time_unref);
  g_clear_pointer (&selection->modified, g_date_time_unref);
  g_free (selection);
}

void
gloss_import_source_free (GlossImportSource *source)
{
  if (source == NULL)
    return;
  g_clear_pointer (&source->topics, g_ptr_array_unref);
  g_clear_pointer (&source->selections, g_ptr_array_unref);
  g_free (source->text);
  g_free (source->title);
  g_free (source->language);
  g_array_unref (source->hints);
  g_free (source);
}

/* --------------------------------------------------------------- formats */

const GlossImportFormat * const *
gloss_import_formats (guint *n_formats)
{
  if (n_formats != NULL)
    *n_formats = G_N_ELEMENTS (formats);
  return formats;
}

const GlossImportFormat *
gloss_import_format_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i]->id, id))
      return formats[i];
  return NULL;
}

const char *
gloss_import_format_get_id (const GlossImportFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return format->id;
}

const char *
gloss_import_format_get_label (const GlossImportFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return _(format->label);
}

const char * const *
gloss_import_format_get_extensions (const GlossImportFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return format->extensions;
}

const char * const *
gloss_import_format_get_mime_types (const GlossImportFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return format->mime_types;
}

static const GlossImportFormat *
format_for_name (const char *file_name)
{
  const char *dot;

  if (file_name == NULL)
    return NULL;
  dot = strrchr (file_name, '.');
  if (dot == NULL || dot[1] == '\0' || strchr (dot, '/') != NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    for (guint k = 0; formats[i]->extensions[k] != NULL; k++)
      if (g_ascii_strcasecmp (dot + 1, formats[i]->extensions[k]) == 0)
        return formats[i];
  return NULL;
}

const GlossImportFormat *
gloss_import_format_for_file (GFile *file)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  return format_for_name (name);
}

const GlossImportFormat *
gloss_import_format_for_mime_type (const char *mime_type)
{
  g_return_val_if_fail (mime_type != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    for (guint k = 0; formats[i]->mime_types[k] != NULL; k++)
      if (g_ascii_strcasecmp (mime_type, formats[i]->mime_types[k]) == 0)
        return formats[i];
  return NULL;
}

const GlossImportFormat *
gloss_import_format_detect (const char *data,
                            gsize       length,
                            const char *file_name)
{
  const GlossImportFormat *by_name = format_for_name (file_name);
  const GlossImportFormat *best = NULL;
  guint best_score = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      guint score = formats[i]->sniff (data != NULL ? data : "", MIN (length, SNIFF_LENGTH));

      /* the extension settles a tie, and nothing more */
      if (score > 0 && formats[i] == by_name)
        score++;
      if (score > best_score)
        {
          best = formats[i];
          best_score = score;
        }
    }
  if (best != NULL)
    return best;
  return by_name != NULL ? by_name : &_gloss_import_format_text;
}

/* ---------------------------------------------------------------- import */

static gboolean
is_blank (const char *s,
          gsize       len)
{
  for (const char *p = s, *end = s + len; p < end; )
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          if (!g_ascii_isspace (*p))
            return FALSE;
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0xFEFF)
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

/* the format's reading of @data, blank text refused; *basename set */
static GlossImportSource *
read_source (const char               *data,
             gsize                     length,
             const char               *source_name,
             const char               *format_id,
             const GlossImportOptions *options,
             char                    **basename_out,
             GError                  **error)
{
  static const GlossImportOptions defaults = { NULL, };
  g_autoptr(GlossImportSource) source = NULL;
  g_autofree char *basename = NULL;
  const GlossImportFormat *format;

  basename = source_name != NULL ? g_path_get_basename (source_name) : g_strdup (_("transcript"));
  if (options == NULL)
    options = &defaults;
  if (data == NULL)
    data = "";

  if (format_id != NULL)
    {
      format = gloss_import_format_lookup (format_id);
      if (format == NULL)
        {
          g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_UNKNOWN_FORMAT,
                       _("%s: “%s” is not a transcript format Gloss reads"), basename, format_id);
          return NULL;
        }
    }
  else
    format = gloss_import_format_detect (data, length, basename);

  if (length >= G_MAXUINT)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the text is too large to import"), basename);
      return NULL;
    }

  source = format->read (data, length, basename, options, error);
  if (source == NULL)
    return NULL;

  if (is_blank (source->text, source->length))
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY,
                   source->length == 0 ? _("%s: the file is empty") :
                   _("%s: the file holds only white space"), basename);
      return NULL;
    }

  *basename_out = g_steal_pointer (&basename);
  return g_steal_pointer (&source);
}

GlossTranscript *
gloss_import_data (const char               *data,
                   gsize                     length,
                   const char               *source_name,
                   const char               *format_id,
                   const GlossImportOptions *options,
                   GError                  **error)
{
  g_autoptr(GlossImportSource) source = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = read_source (data, length, source_name, format_id, options, &basename, error);
  if (source == NULL)
    return NULL;
  return gloss_turn_detect (source, basename);
}

/* a byte offset moved forward onto a character boundary */
static gsize
char_boundary (const char *text,
               gsize       length,
               gsize       offset)
{
  offset = MIN (offset, length);
  while (offset < length && ((guchar) text[offset] & 0xC0) == 0x80)
    offset++;
  return offset;
}

GlossProject *
gloss_import_project_data (const char               *data,
                           gsize                     length,
                           const char               *source_name,
                           const char               *format_id,
                           const GlossImportOptions *options,
                           GError                  **error)
{
  g_autoptr(GlossImportSource) source = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autofree char *basename = NULL;
  GlossProject *project;
  const char *text;
  gsize size;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = read_source (data, length, source_name, format_id, options, &basename, error);
  if (source == NULL)
    return NULL;
  transcript = gloss_turn_detect (source, basename);
  if (source->topics == NULL)
    return gloss_project_new (transcript);

  project = gloss_project_new_blank (transcript);
  for (guint i = 0; i < source->topics->len; i++)
    gloss_project_insert_topic (project, g_ptr_array_index (source->topics, i), i);

  text = gloss_transcript_get_text (transcript);
  size = gloss_transcript_get_text_size (transcript);
  claims = g_ptr_array_new_with_free_func (g_object_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; source->selections != NULL && i < source->selections->len; i++)
    {
      GlossImportSelection *sel = g_ptr_array_index (source->selections, i);
      gsize start_byte = char_boundary (text, size, sel->start);
      gsize end_byte = char_boundary (text, size, sel->end);
      g_autofree char *quote = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;
      const char *id = sel->id;
      guint start, end;

      if (start_byte >= end_byte)
        continue;
      start = gloss_transcript_byte_to_offset (transcript, start_byte);
      end = gloss_transcript_byte_to_offset (transcript, end_byte);
      /* an id seen twice (or none) gets a fresh one */
      if (id != NULL && !g_hash_table_add (ids, (gpointer) id))
        id = NULL;
      gloss_claim_context_from_text (transcript, start, end, &quote, &prefix, &suffix);
      g_ptr_array_add (claims, gloss_claim_new_full (id, start, end, quote, prefix, suffix,
                                                     (const char * const *) sel->topic_ids,
                                                     sel->note, sel->author,
                                                     sel->created, sel->modified));
    }
  gloss_project_add_claims (project, claims);
  return project;
}

/* @file's contents, within the import size limit, and its name for messages */
static gboolean
read_import_file (GFile   *file,
                  char   **contents,
                  gsize   *length,
                  char   **basename,
                  GError **error)
{
  if (!gloss_file_read_limited (file, GLOSS_IMPORT_MAX_SIZE, GLOSS_IMPORT_ERROR,
                                GLOSS_IMPORT_ERROR_IO,
                                GLOSS_IMPORT_ERROR_NOT_REGULAR,
                                GLOSS_IMPORT_ERROR_TOO_LARGE,
                                contents, length, error))
    return FALSE;
  *basename = g_file_get_basename (file);
  return TRUE;
}

GlossTranscript *
gloss_import_file (GFile                    *file,
                   const char               *format_id,
                   const GlossImportOptions *options,
                   GError                  **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_import_file (file, &contents, &length, &basename, error))
    return NULL;
  return gloss_import_data (contents, length, basename, format_id, options, error);
}

GlossProject *
gloss_import_project_file (GFile                    *file,
                           const char               *format_id,
                           const GlossImportOptions *options,
                           GError                  **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_import_file (file, &contents, &length, &basename, error))
    return NULL;
  return gloss_import_project_data (contents, length, basename, format_id, options, error);
}
