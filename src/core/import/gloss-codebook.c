#include "config.h"

#include <string.h>
#include <libxml/tree.h>
#include <glib/gi18n-lib.h>

#include "gloss-codebook.h"
#include "gloss-export-qdpx.h"
#include "gloss-import-container.h"
#include "gloss-qda-private.h"

GBytes *
gloss_codebook_write (GPtrArray  *topics,
                      GError    **error)
{
  xmlDoc *doc;
  xmlNode *root, *codes;
  xmlNs *ns;
  xmlChar *xml = NULL;
  int length = 0;
  g_autofree char *origin = g_strdup_printf ("Gloss %s", PACKAGE_VERSION);
  GBytes *bytes;

  g_return_val_if_fail (topics != NULL, NULL);

  if (topics->len == 0)
    {
      g_set_error_literal (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY,
                           _("The project has no topics to write to a codebook"));
      return NULL;
    }

  _gloss_xml_init ();
  doc = xmlNewDoc (BAD_CAST "1.0");
  root = xmlNewNode (NULL, BAD_CAST "CodeBook");
  ns = xmlNewNs (root, BAD_CAST GLOSS_CODEBOOK_NAMESPACE, NULL);
  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  xmlNewProp (root, BAD_CAST "origin", BAD_CAST origin);
  codes = xmlNewChild (root, ns, BAD_CAST "Codes", NULL);
  for (guint i = 0; i < topics->len; i++)
    {
      GlossTopic *topic = g_ptr_array_index (topics, i);
      g_autofree char *guid = _gloss_qdpx_guid_for ("topic", gloss_topic_get_id (topic));
      xmlNode *code = xmlNewChild (codes, ns, BAD_CAST "Code", NULL);

      xmlNewProp (code, BAD_CAST "guid", BAD_CAST guid);
      xmlNewProp (code, BAD_CAST "name", BAD_CAST gloss_topic_get_name (topic));
      xmlNewProp (code, BAD_CAST "isCodable", BAD_CAST "true");
      xmlNewProp (code, BAD_CAST "color", BAD_CAST gloss_topic_get_color (topic));
    }
  xmlDocDumpFormatMemoryEnc (doc, &xml, &length, "UTF-8", 1);
  xmlFreeDoc (doc);
  bytes = g_bytes_new (xml, length);
  xmlFree (xml);
  return bytes;
}

GPtrArray *
gloss_codebook_read (const char  *data,
                     gsize        length,
                     const char  *source_name,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_auto(GlossQdaCodes) codes = { 0, };
  g_autofree char *name = NULL;
  xmlNode *root, *list;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  name = g_path_get_basename (source_name != NULL ? source_name : "codebook.qdc");
  if (length > GLOSS_ZIP_MAX_ENTRY_SIZE)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the codebook is too large"), name);
      return NULL;
    }
  bytes = g_bytes_new (data != NULL ? data : "", length);
  doc = _gloss_xml_read (bytes, _("the codebook"), name, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  list = _gloss_xml_child (root, GLOSS_CODEBOOK_NAMESPACE, "Codes");
  /* a project's CodeBook is read too: the codes are the same */
  if (list == NULL && _gloss_xml_is (root, GLOSS_QDPX_NAMESPACE, "Project"))
    list = _gloss_xml_child (_gloss_xml_child (root, GLOSS_QDPX_NAMESPACE, "CodeBook"),
                             GLOSS_QDPX_NAMESPACE, "Codes");
  if (list == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: not a REFI-QDA codebook (%s)"), name, GLOSS_CODEBOOK_NAMESPACE);
      return NULL;
    }
  _gloss_qda_codes_init (&codes, list->ns != NULL ? (const char *) list->ns->href : GLOSS_CODEBOOK_NAMESPACE,
                         _("the codebook"), name);
  if (!_gloss_qda_read_codes (&codes, list, 2, error))
    return NULL;
  if (codes.topics->len == 0)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY,
                   _("%s: the codebook holds no codes"), name);
      return NULL;
    }
  return g_steal_pointer (&codes.topics);
}
