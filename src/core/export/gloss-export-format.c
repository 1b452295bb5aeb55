#include "config.h"

#include <glib/gi18n-lib.h>

#include "gloss-export-private.h"
#include "gloss-fileutil.h"

struct _GlossExportFormat
{
  const char *id;
  const char *extension;
  const char *mime_type;
  const char *label;   /* untranslated */
  GlossExportWriter write;
};

/* The table: adding a format is one file with its writer and one line here. */
static const GlossExportFormat builtin_formats[] = {
  { "csv", "csv", "text/csv", N_("CSV spreadsheet"), _gloss_export_write_csv },
  { "json", "json", "application/json", N_("JSON data"), _gloss_export_write_json },
  { "markdown", "md", "text/markdown", N_("Markdown report"), _gloss_export_write_markdown },
  { "html", "html", "text/html", N_("HTML report"), _gloss_export_write_html },
  { "w3c", "jsonld", "application/ld+json", N_("W3C Web Annotation"), _gloss_export_write_w3c },
  { "xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", N_("Excel spreadsheet"), _gloss_export_write_xlsx },
  { "qdpx", "qdpx", "application/x-refi-qda-project", N_("REFI-QDA project (QualCoder, ATLAS.ti, MAXQDA, NVivo)"), _gloss_export_write_qdpx },
};

/* room for the built-in formats and those libraries register */
#define MAX_FORMATS 32

G_STATIC_ASSERT (G_N_ELEMENTS (builtin_formats) < MAX_FORMATS);

/* NULL-terminated; never reallocated, so the array gloss_export_formats ()
 * hands out stays valid */
static const GlossExportFormat *formats[MAX_FORMATS + 1];
static guint n_formats;

G_DEFINE_QUARK (gloss-export-error-quark, gloss_export_error)

const GlossExportFormat * const *
gloss_export_formats (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (builtin_formats); i++)
        formats[n_formats++] = &builtin_formats[i];
      g_once_init_leave (&initialized, 1);
    }

  return formats;
}

const GlossExportFormat *
gloss_export_format_lookup (const char *id)
{
  const GlossExportFormat * const *all = gloss_export_formats ();

  if (id == NULL)
    return NULL;

  for (guint i = 0; all[i] != NULL; i++)
    if (g_ascii_strcasecmp (id, all[i]->id) == 0)
      return all[i];

  return NULL;
}

const GlossExportFormat *
gloss_export_format_for_extension (const char *extension)
{
  const GlossExportFormat * const *all = gloss_export_formats ();

  if (extension == NULL)
    return NULL;

  for (guint i = 0; all[i] != NULL; i++)
    if (g_ascii_strcasecmp (extension, all[i]->extension) == 0)
      return all[i];

  return NULL;
}

static const GlossExportFormat *
lookup_mime_type (const char *mime_type)
{
  const GlossExportFormat * const *all = gloss_export_formats ();

  for (guint i = 0; all[i] != NULL; i++)
    if (g_ascii_strcasecmp (mime_type, all[i]->mime_type) == 0)
      return all[i];

  return NULL;
}

const char *
gloss_export_format_get_id (const GlossExportFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return format->id;
}

const char *
gloss_export_format_get_extension (const GlossExportFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return format->extension;
}

const char *
gloss_export_format_get_mime_type (const GlossExportFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return format->mime_type;
}

gboolean
gloss_export_format_is_text (const GlossExportFormat *format)
{
  const char *mime;

  g_return_val_if_fail (format != NULL, FALSE);

  mime = format->mime_type;
  return g_str_has_prefix (mime, "text/") || g_str_equal (mime, "application/json") ||
         g_str_has_suffix (mime, "+json") || g_str_has_suffix (mime, "+xml");
}

const char *
gloss_export_format_get_label (const GlossExportFormat *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return _(format->label);
}

const GlossExportFormat *
gloss_export_format_register (const char        *id,
                              const char        *extension,
                              const char        *mime_type,
                              const char        *label,
                              GlossExportWriter  writer)
{
  GlossExportFormat *format;

  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);
  g_return_val_if_fail (extension != NULL && extension[0] != '\0', NULL);
  g_return_val_if_fail (mime_type != NULL && mime_type[0] != '\0', NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (writer != NULL, NULL);
  g_return_val_if_fail (gloss_export_format_lookup (id) == NULL, NULL);
  g_return_val_if_fail (gloss_export_format_for_extension (extension) == NULL, NULL);
  g_return_val_if_fail (lookup_mime_type (mime_type) == NULL, NULL);
  g_return_val_if_fail (n_formats < MAX_FORMATS, NULL);

  format = g_new0 (GlossExportFormat, 1);
  format->id = g_intern_string (id);
  format->extension = g_intern_string (extension);
  format->mime_type = g_intern_string (mime_type);
  format->label = g_intern_string (label);
  format->write = writer;
  formats[n_formats++] = format;

  return format;
}

GBytes *
gloss_export (GlossProject             *project,
              GListModel               *claims,
              const GlossExportFormat  *format,
              GlossExportFlags          flags,
              GError                  **error)
{
  g_autoptr(GlossExportRecords) records = NULL;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (claims == NULL || G_IS_LIST_MODEL (claims), NULL);
  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  records = gloss_export_records_new (project, claims, error);
  if (records == NULL)
    return NULL;

  return format->write (records, flags, error);
}

gboolean
gloss_export_to_file (GlossProject             *project,
                      GListModel               *claims,
                      const GlossExportFormat  *format,
                      GlossExportFlags          flags,
                      GFile                    *file,
                      GError                  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = gloss_export (project, claims, format, flags, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return gloss_file_replace_atomic (file, data, length, error);
}
