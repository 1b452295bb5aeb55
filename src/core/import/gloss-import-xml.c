#include "config.h"

#include "gloss-import-xml.h"

#define DC_NS "http://purl.org/dc/elements/1.1/"

gboolean
_gloss_xml_walk_enter (GlossXmlWalk *walk,
                       guint         depth)
{
  if (depth >= GLOSS_XML_MAX_DEPTH)
    walk->too_deep = TRUE;
  return !walk->too_deep;
}

void
_gloss_xml_walk_text (GlossXmlWalk *walk,
                      const char   *text,
                      gssize        length,
                      gboolean      bold)
{
  _gloss_import_builder_append (walk->builder, text, length, bold);
  if (walk->title != NULL)
    g_string_append_len (walk->title, text, length);
}

gboolean
_gloss_xml_walk_begin_paragraph (GlossXmlWalk *walk,
                                 gboolean      may_be_title)
{
  _gloss_import_builder_end_paragraph (walk->builder);
  /* a paragraph inside the title's (a text box) is part of the title */
  if (!may_be_title || walk->have_title || walk->title != NULL)
    return FALSE;
  walk->title = g_string_new (NULL);
  return TRUE;
}

void
_gloss_xml_walk_end_paragraph (GlossXmlWalk *walk,
                               gboolean      is_title)
{
  if (is_title)
    {
      _gloss_import_builder_set_title (walk->builder, walk->title->str);
      /* an empty title paragraph leaves the next one the chance */
      walk->have_title = walk->title->len > 0;
      g_string_free (walk->title, TRUE);
      walk->title = NULL;
    }
  _gloss_import_builder_end_paragraph (walk->builder);
}

gboolean
_gloss_xml_walk_finish (GlossXmlWalk *walk,
                        const char   *part_name,
                        const char   *source_name,
                        GError      **error)
{
  if (walk->title != NULL)
    g_string_free (walk->title, TRUE);
  walk->title = NULL;
  if (walk->too_deep)
    {
      _gloss_xml_set_too_deep (error, part_name, source_name);
      return FALSE;
    }
  return TRUE;
}

void
_gloss_xml_read_properties (GlossImportBuilder *builder,
                            GBytes             *part,
                            const char         *part_name,
                            const char         *source_name,
                            const char         *holder_ns,
                            const char         *holder_name)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *holder;

  if (part == NULL || (doc = _gloss_xml_read (part, part_name, source_name, NULL)) == NULL)
    return;
  holder = xmlDocGetRootElement (doc);
  if (holder_name != NULL)
    holder = _gloss_xml_child (holder, holder_ns, holder_name);
  for (xmlNode *n = holder != NULL ? holder->children : NULL; n != NULL; n = n->next)
    {
      xmlChar *text;

      if (!_gloss_xml_is (n, DC_NS, "title") && !_gloss_xml_is (n, DC_NS, "language"))
        continue;
      text = xmlNodeGetContent (n);
      if (_gloss_xml_is (n, DC_NS, "title"))
        _gloss_import_builder_set_title (builder, (const char *) text);
      else
        _gloss_import_builder_set_language (builder, (const char *) text);
      xmlFree (text);
    }
}
