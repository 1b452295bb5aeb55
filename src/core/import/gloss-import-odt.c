#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gloss-import-xml.h"

/* OpenDocument text (ODT): content.xml from the ZIP, read with libxml2.
 * Paragraphs and headings, spans in a bold style (an automatic style with
 * fo:font-weight="bold", or a style named Strong…) at a paragraph's start
 * ending in a colon mark a speaker. Tracked changes keep their deletions
 * in text:tracked-changes, which is skipped; insertions are in the text
 * and kept. Notes and annotations are dropped. The first level-1 heading
 * (or Title paragraph) is the title, else meta.xml's. */

#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define TEXT_NS   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define STYLE_NS  "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define FO_NS     "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

#define CONTENT_PART "content.xml"
#define META_PART    "meta.xml"
#define ODT_MIME     "application/vnd.oasis.opendocument.text"

typedef struct
{
  GlossXmlWalk base;
  GHashTable *bold_styles;
} Walk;

static char *
prop (xmlNode    *node,
      const char *ns,
      const char *name)
{
  xmlChar *value = xmlGetNsProp (node, BAD_CAST name, BAD_CAST ns);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static void
collect_bold_styles (GHashTable *bold,
                     xmlNode    *styles)
{
  for (xmlNode *s = styles != NULL ? styles->children : NULL; s != NULL; s = s->next)
    {
      xmlNode *text_props = _gloss_xml_child (s, STYLE_NS, "text-properties");
      g_autofree char *name = NULL;
      g_autofree char *weight = NULL;

      if (!_gloss_xml_is (s, STYLE_NS, "style"))
        continue;
      name = prop (s, STYLE_NS, "name");
      weight = text_props != NULL ? prop (text_props, FO_NS, "font-weight") : NULL;
      if (name != NULL && weight != NULL && (g_str_equal (weight, "bold") || atoi (weight) >= 600))
        g_hash_table_add (bold, g_steal_pointer (&name));
    }
}

static gboolean
is_bold_style (Walk       *self,
               const char *name)
{
  return name != NULL && (g_hash_table_contains (self->bold_styles, name) ||
                          g_str_has_prefix (name, "Strong"));
}

static void
walk (Walk    *self,
      xmlNode *node,
      guint    depth,
      gboolean bold)
{
  for (; node != NULL && !self->base.too_deep; node = node->next)
    {
      if (node->type == XML_TEXT_NODE && node->content != NULL)
        {
          _gloss_xml_walk_text (&self->base, (const char *) node->content, -1, bold);
          continue;
        }
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (!_gloss_xml_walk_enter (&self->base, depth))
        return;
      if (_gloss_xml_is (node, TEXT_NS, "tracked-changes") || _gloss_xml_is (node, TEXT_NS, "note") ||
          _gloss_xml_is (node, OFFICE_NS, "annotation") || _gloss_xml_is (node, TEXT_NS, "sequence-decls") ||
          _gloss_xml_is (node, OFFICE_NS, "forms"))
        continue;
      if (_gloss_xml_is (node, TEXT_NS, "s") || _gloss_xml_is (node, TEXT_NS, "tab"))
        {
          _gloss_import_builder_append (self->base.builder, " ", 1, bold);
          continue;
        }
      if (_gloss_xml_is (node, TEXT_NS, "line-break"))
        {
          _gloss_import_builder_line_break (self->base.builder);
          continue;
        }
      if (_gloss_xml_is (node, TEXT_NS, "span"))
        {
          g_autofree char *style = prop (node, TEXT_NS, "style-name");

          walk (self, node->children, depth + 1, bold || is_bold_style (self, style));
          continue;
        }
      if (_gloss_xml_is (node, TEXT_NS, "p") || _gloss_xml_is (node, TEXT_NS, "h"))
        {
          g_autofree char *style = prop (node, TEXT_NS, "style-name");
          g_autofree char *level = prop (node, TEXT_NS, "outline-level");
          gboolean title = _gloss_xml_walk_begin_paragraph (&self->base,
            (_gloss_xml_is (node, TEXT_NS, "h") && (level == NULL || g_str_equal (level, "1"))) ||
            (style != NULL && g_str_equal (style, "Title")));

          walk (self, node->children, depth + 1, is_bold_style (self, style));
          _gloss_xml_walk_end_paragraph (&self->base, title);
          continue;
        }
      /* lists, sections, tables, links */
      walk (self, node->children, depth + 1, bold);
    }
}

static guint
sniff_odt (const char *data,
           gsize       length)
{
  const char *mime;

  if (!_gloss_zip_sniff (data, length))
    return 0;
  /* the first entry is "mimetype", stored, holding the type */
  mime = memmem (data, MIN (length, 200), "mimetype" ODT_MIME, strlen ("mimetype" ODT_MIME));
  if (mime != NULL && (mime + strlen ("mimetype" ODT_MIME) >= data + length ||
                       mime[strlen ("mimetype" ODT_MIME)] != '-'))
    return 90;
  return 0;
}

static GlossImportSource *
read_odt (const char               *data,
          gsize                     length,
          const char               *source_name,
          const GlossImportOptions *options,
          GError                  **error)
{
  g_autoptr(GHashTable) parts = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GlossImportBuilder) builder = NULL;
  g_autoptr(GHashTable) bold = NULL;
  const char * const wanted[] = { CONTENT_PART, META_PART, NULL };
  GBytes *content;
  xmlNode *root, *body, *text;
  Walk w = { 0, };

  parts = _gloss_zip_read (data, length, source_name, _gloss_zip_want_names, (gpointer) wanted, error);
  if (parts == NULL)
    return NULL;
  content = g_hash_table_lookup (parts, CONTENT_PART);
  if (content == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: not an OpenDocument text: the archive has no %s"), source_name, CONTENT_PART);
      return NULL;
    }
  doc = _gloss_xml_read (content, CONTENT_PART, source_name, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  body = _gloss_xml_child (root, OFFICE_NS, "body");
  text = _gloss_xml_child (body, OFFICE_NS, "text");
  if (!_gloss_xml_is (root, OFFICE_NS, "document-content") || text == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: %s holds no text document (office:text)"), source_name, CONTENT_PART);
      return NULL;
    }

  bold = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_bold_styles (bold, _gloss_xml_child (root, OFFICE_NS, "automatic-styles"));
  builder = _gloss_import_builder_new ();
  w.base.builder = builder;
  w.bold_styles = bold;
  walk (&w, text->children, 3, FALSE);
  if (!_gloss_xml_walk_finish (&w.base, CONTENT_PART, source_name, error))
    return NULL;
  _gloss_xml_read_properties (builder, g_hash_table_lookup (parts, META_PART), META_PART, source_name,
                              OFFICE_NS, "meta");
  return _gloss_import_builder_finish (builder);
}

static const char * const odt_extensions[] = { "odt", NULL };
static const char * const odt_mime_types[] = { ODT_MIME, NULL };

const GlossImportFormat _gloss_import_format_odt = {
  .id = "odt",
  .label = N_("OpenDocument text"),
  .extensions = odt_extensions,
  .mime_types = odt_mime_types,
  .sniff = sniff_odt,
  .read = read_odt,
};
