#include "config.h"

#include <string.h>
#include <archive.h>
#include <archive_entry.h>
#include <libxml/parser.h>
#include <glib/gi18n-lib.h>

#include "gloss-import-container.h"

/* ------------------------------------------------------------------ zip */

gboolean
_gloss_zip_sniff (const char *data,
                  gsize       length)
{
  return length >= 4 && memcmp (data, "PK\3\4", 4) == 0;
}

gboolean
_gloss_zip_want_names (const char *entry_name,
                       gpointer    names)
{
  return g_strv_contains (names, entry_name);
}

static void
set_zip_error (GError        **error,
               struct archive *archive,
               const char     *source_name)
{
  const char *why = archive_error_string (archive);

  g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
               _("%s: not a readable ZIP archive (%s); the file may be damaged or cut short"),
               source_name, why != NULL ? why : _("unknown error"));
}

GHashTable *
_gloss_zip_read (const char        *data,
                 gsize              length,
                 const char        *source_name,
                 GlossZipWantFunc   want,
                 gpointer           user_data,
                 GError           **error)
{
  g_autoptr(GHashTable) entries = NULL;
  struct archive *archive;
  struct archive_entry *entry;
  gsize total = 0;
  gsize ratio_limit;
  guint n_entries = 0;
  int status;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (want != NULL, NULL);

  if (!_gloss_zip_sniff (data, length))
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: not a ZIP archive, though its format is one"), source_name);
      return NULL;
    }

  ratio_limit = length > (G_MAXSIZE - GLOSS_ZIP_RATIO_ALLOWANCE) / GLOSS_ZIP_MAX_RATIO
                ? G_MAXSIZE : length * GLOSS_ZIP_MAX_RATIO + GLOSS_ZIP_RATIO_ALLOWANCE;
  entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  archive = archive_read_new ();
  archive_read_support_format_zip_seekable (archive);
  archive_read_support_filter_none (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      set_zip_error (error, archive, source_name);
      archive_read_free (archive);
      return NULL;
    }

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      g_autoptr(GByteArray) bytes = NULL;
      char buffer[16384];
      la_ssize_t n;

      if (++n_entries > GLOSS_ZIP_MAX_ENTRIES)
        {
          g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_UNSAFE,
                       _("%s: the archive holds more than %d files"), source_name, GLOSS_ZIP_MAX_ENTRIES);
          goto fail;
        }
      if (name == NULL || !want (name, user_data) || g_hash_table_contains (entries, name))
        continue;

      bytes = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          total += n;
          if (bytes->len + (gsize) n > GLOSS_ZIP_MAX_ENTRY_SIZE || total > GLOSS_ZIP_MAX_TOTAL_SIZE)
            {
              g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_UNSAFE,
                           _("%s: “%s” in the archive expands to more than %d MB; Gloss stops there (a decompression bomb?)"),
                           source_name, name,
                           (int) ((total > GLOSS_ZIP_MAX_TOTAL_SIZE ? GLOSS_ZIP_MAX_TOTAL_SIZE : GLOSS_ZIP_MAX_ENTRY_SIZE) / (1024 * 1024)));
              goto fail;
            }
          if (total > ratio_limit)
            {
              g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_UNSAFE,
                           _("%s: “%s” in the archive expands to more than %d times the archive’s size; Gloss stops there (a decompression bomb?)"),
                           source_name, name, GLOSS_ZIP_MAX_RATIO);
              goto fail;
            }
          g_byte_array_append (bytes, (const guint8 *) buffer, n);
        }
      if (n < 0)
        {
          set_zip_error (error, archive, source_name);
          goto fail;
        }
      g_hash_table_insert (entries, g_strdup (name),
                           g_byte_array_free_to_bytes (g_steal_pointer (&bytes)));
    }
  if (status != ARCHIVE_EOF)
    {
      set_zip_error (error, archive, source_name);
      goto fail;
    }

  archive_read_free (archive);
  return g_steal_pointer (&entries);

fail:
  archive_read_free (archive);
  return NULL;
}

/* ------------------------------------------------------------------ xml */

static gboolean
has_declaration (const char *data,
                 gsize       length)
{
  return g_strstr_len (data, length, "<!DOCTYPE") != NULL ||
         g_strstr_len (data, length, "<!ENTITY") != NULL;
}

void
_gloss_xml_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

void
_gloss_xml_set_too_deep (GError    **error,
                         const char *part_name,
                         const char *source_name)
{
  g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
               _("%s: %s nests elements deeper than %d levels"),
               source_name, part_name, GLOSS_XML_MAX_DEPTH);
}

xmlDoc *
_gloss_xml_read (GBytes     *part,
                 const char *part_name,
                 const char *source_name,
                 GError    **error)
{
  xmlParserCtxt *ctxt;
  xmlDoc *doc;
  const char *data;
  gsize length;

  g_return_val_if_fail (part != NULL, NULL);

  _gloss_xml_init ();
  data = g_bytes_get_data (part, &length);
  /* an empty entry has no data pointer at all */
  if (data == NULL || length == 0)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: %s is empty"), source_name, part_name);
      return NULL;
    }
  if (length > G_MAXINT)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_TOO_LARGE,
                   _("%s: %s is too large"), source_name, part_name);
      return NULL;
    }
  if (has_declaration (data, length))
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_UNSAFE,
                   _("%s: %s declares a document type or entities, which Gloss does not load"),
                   source_name, part_name);
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  /* no XML_PARSE_NOENT, XML_PARSE_DTDLOAD or XML_PARSE_HUGE: entities stay
   * unexpanded, nothing is fetched, libxml2's own limits hold */
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, part_name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *err = xmlCtxtGetLastError (ctxt);
      g_autofree char *why = g_strdup (err != NULL && err->message != NULL ? err->message : "");

      g_strstrip (why);
      if (err != NULL && why[0] != '\0' && strstr (why, "depth") != NULL)
        _gloss_xml_set_too_deep (error, part_name, source_name);
      else if (err != NULL && why[0] != '\0')
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                     _("%s: %s is not well-formed XML (line %d: %s)"),
                     source_name, part_name, err->line, why);
      else
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                     _("%s: %s is not well-formed XML"), source_name, part_name);
      if (doc != NULL)
        xmlFreeDoc (doc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  if (xmlDocGetRootElement (doc) == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: %s has no root element"), source_name, part_name);
      xmlFreeDoc (doc);
      return NULL;
    }
  return doc;
}

gboolean
_gloss_xml_is (xmlNode    *node,
               const char *ns,
               const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || !xmlStrEqual (node->name, BAD_CAST name))
    return FALSE;
  if (ns == NULL)
    return node->ns == NULL;
  return node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST ns);
}

xmlNode *
_gloss_xml_child (xmlNode    *node,
                  const char *ns,
                  const char *name)
{
  for (xmlNode *child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    if (_gloss_xml_is (child, ns, name))
      return child;
  return NULL;
}
