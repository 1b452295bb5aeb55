#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gloss-import-xml.h"

/* Word documents (DOCX): word/document.xml from the ZIP, read with
 * libxml2. Paragraphs and their runs; a bold run (or a run in the Strong
 * style) at a paragraph's start ending in a colon marks a speaker. Tracked
 * deletions (w:del, w:moveFrom) are skipped and insertions kept, so the
 * text is the document as it reads with the changes accepted. The first
 * paragraph in the Title (or Heading 1) style is the title, else the
 * document's own title. */

#define W_NS  "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#define DOCUMENT_PART "word/document.xml"
#define CORE_PART     "docProps/core.xml"

typedef GlossXmlWalk Walk;

static gboolean
attribute_is_false (xmlNode *node)
{
  xmlChar *val = xmlGetNsProp (node, BAD_CAST "val", BAD_CAST W_NS);
  gboolean off = val != NULL && (xmlStrEqual (val, BAD_CAST "0") || xmlStrEqual (val, BAD_CAST "false") ||
                                 xmlStrEqual (val, BAD_CAST "off") || xmlStrEqual (val, BAD_CAST "none"));

  xmlFree (val);
  return off;
}

static gboolean
attribute_has (xmlNode    *node,
               const char *prefix)
{
  xmlChar *val = node != NULL ? xmlGetNsProp (node, BAD_CAST "val", BAD_CAST W_NS) : NULL;
  gboolean has = val != NULL && g_ascii_strncasecmp ((const char *) val, prefix, strlen (prefix)) == 0;

  xmlFree (val);
  return has;
}

static gboolean
run_is_bold (xmlNode *run)
{
  xmlNode *props = _gloss_xml_child (run, W_NS, "rPr");
  xmlNode *b = _gloss_xml_child (props, W_NS, "b");

  if (b != NULL)
    return !attribute_is_false (b);
  return attribute_has (_gloss_xml_child (props, W_NS, "rStyle"), "Strong");
}

static void
run_text (Walk    *self,
          xmlNode *run,
          gboolean bold)
{
  for (xmlNode *child = run->children; child != NULL; child = child->next)
    {
      if (_gloss_xml_is (child, W_NS, "t"))
        {
          xmlChar *text = xmlNodeGetContent (child);

          _gloss_xml_walk_text (self, (const char *) text, -1, bold);
          xmlFree (text);
        }
      else if (_gloss_xml_is (child, W_NS, "tab") || _gloss_xml_is (child, W_NS, "noBreakHyphen"))
        _gloss_import_builder_append (self->builder, _gloss_xml_is (child, W_NS, "tab") ? " " : "-", 1, bold);
      else if (_gloss_xml_is (child, W_NS, "br") || _gloss_xml_is (child, W_NS, "cr"))
        _gloss_import_builder_line_break (self->builder);
    }
}

static void
walk (Walk    *self,
      xmlNode *node,
      guint    depth)
{
  for (; node != NULL && !self->too_deep; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE || node->ns == NULL || !xmlStrEqual (node->ns->href, BAD_CAST W_NS))
        continue;
      if (!_gloss_xml_walk_enter (self, depth))
        return;
      /* tracked deletions, field codes, properties: not the text */
      if (_gloss_xml_is (node, W_NS, "del") || _gloss_xml_is (node, W_NS, "moveFrom") ||
          _gloss_xml_is (node, W_NS, "instrText") || _gloss_xml_is (node, W_NS, "delText") ||
          _gloss_xml_is (node, W_NS, "pPr") || _gloss_xml_is (node, W_NS, "rPr") ||
          _gloss_xml_is (node, W_NS, "sectPr"))
        continue;
      if (_gloss_xml_is (node, W_NS, "r"))
        {
          run_text (self, node, run_is_bold (node));
          continue;
        }
      if (_gloss_xml_is (node, W_NS, "p"))
        {
          xmlNode *style = _gloss_xml_child (_gloss_xml_child (node, W_NS, "pPr"), W_NS, "pStyle");
          gboolean title = _gloss_xml_walk_begin_paragraph (self, attribute_has (style, "Title") ||
                                                                  attribute_has (style, "Heading1"));

          walk (self, node->children, depth + 1);
          _gloss_xml_walk_end_paragraph (self, title);
          continue;
        }
      /* insertions, hyperlinks, tables, content controls, smart tags */
      walk (self, node->children, depth + 1);
    }
}

static guint
sniff_docx (const char *data,
            gsize       length)
{
  if (!_gloss_zip_sniff (data, length))
    return 0;
  /* entry names are stored in the clear in each local header */
  if (memmem (data, length, "word/", 5) != NULL)
    return 70;
  return 0;
}

static GlossImportSource *
read_docx (const char               *data,
           gsize                     length,
           const char               *source_name,
           const GlossImportOptions *options,
           GError                  **error)
{
  g_autoptr(GHashTable) parts = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GlossImportBuilder) builder = NULL;
  const char * const wanted[] = { DOCUMENT_PART, CORE_PART, NULL };
  GBytes *document;
  xmlNode *body;
  Walk w = { 0, };

  parts = _gloss_zip_read (data, length, source_name, _gloss_zip_want_names, (gpointer) wanted, error);
  if (parts == NULL)
    return NULL;
  document = g_hash_table_lookup (parts, DOCUMENT_PART);
  if (document == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: not a Word document: the archive has no %s"), source_name, DOCUMENT_PART);
      return NULL;
    }
  doc = _gloss_xml_read (document, DOCUMENT_PART, source_name, error);
  if (doc == NULL)
    return NULL;
  body = _gloss_xml_child (xmlDocGetRootElement (doc), W_NS, "body");
  if (!_gloss_xml_is (xmlDocGetRootElement (doc), W_NS, "document") || body == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: %s is not a WordprocessingML document body"), source_name, DOCUMENT_PART);
      return NULL;
    }

  builder = _gloss_import_builder_new ();
  w.builder = builder;
  walk (&w, body->children, 2);
  if (!_gloss_xml_walk_finish (&w, DOCUMENT_PART, source_name, error))
    return NULL;
  /* dc:title and dc:language from docProps/core.xml */
  _gloss_xml_read_properties (builder, g_hash_table_lookup (parts, CORE_PART), CORE_PART, source_name, NULL, NULL);
  return _gloss_import_builder_finish (builder);
}

static const char * const docx_extensions[] = { "docx", NULL };
static const char * const docx_mime_types[] = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", NULL,
};

const GlossImportFormat _gloss_import_format_docx = {
  .id = "docx",
  .label = N_("Word document"),
  .extensions = docx_extensions,
  .mime_types = docx_mime_types,
  .sniff = sniff_docx,
  .read = read_docx,
};
