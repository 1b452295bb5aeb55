#include "config.h"

#include <string.h>
#include <libxml/HTMLparser.h>
#include <glib/gi18n-lib.h>

#include "gloss-import-builder.h"
#include "gloss-import-container.h"

/* HTML, parsed by libxml2's HTML parser (no network; HTML has no external
 * entities): the main text only. A <main>, else the <article> with the
 * most text, else the body; scripts, styles, navigation, forms and the
 * page's own header and footer are dropped. Block elements make
 * paragraphs, <br> a line break, and <strong>Name:</strong> (or <b>) at a
 * paragraph's start a speaker. The title is the content's first <h1>,
 * else <title>. */

#define MAX_DEPTH 256

static const char * const dropped[] = {
  "script", "style", "noscript", "template", "nav", "form", "aside", "button",
  "select", "textarea", "input", "iframe", "object", "embed", "svg", "math",
  "canvas", "audio", "video", "menu", "dialog", "head", NULL,
};

static const char * const blocks[] = {
  "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
  "h6", "blockquote", "pre", "tr", "table", "section", "article", "main",
  "header", "footer", "figure", "figcaption", "address", "hr", "body", NULL,
};

static gboolean
name_in (const xmlChar      *name,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_ascii_strcasecmp ((const char *) name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

typedef struct
{
  GlossImportBuilder *builder;
  GString *heading;     /* the first <h1>'s text, while it is read */
  gboolean have_heading;
  guint strong;
  guint pre;
  gboolean too_deep;
} Walk;

static void
walk (Walk    *self,
      xmlNode *node,
      guint    depth,
      gboolean in_content)
{
  for (; node != NULL && !self->too_deep; node = node->next)
    {
      gboolean block, strong, h1;

      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          const char *text = (const char *) node->content;

          if (text == NULL)
            continue;
          if (self->heading != NULL)
            g_string_append (self->heading, text);
          if (self->pre > 0)
            {
              g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

              for (guint i = 0; lines[i] != NULL; i++)
                {
                  if (i > 0)
                    _gloss_import_builder_line_break (self->builder);
                  _gloss_import_builder_append (self->builder, lines[i], -1, self->strong > 0);
                }
            }
          else
            _gloss_import_builder_append (self->builder, text, -1, self->strong > 0);
          continue;
        }
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (depth >= MAX_DEPTH)
        {
          self->too_deep = TRUE;
          return;
        }
      if (name_in (node->name, dropped))
        continue;
      /* the page's own header and footer, not an article's */
      if (!in_content && (is_element (node, "header") || is_element (node, "footer")))
        continue;
      if (is_element (node, "br"))
        {
          _gloss_import_builder_line_break (self->builder);
          continue;
        }
      if (is_element (node, "img"))
        continue;

      block = name_in (node->name, blocks);
      strong = is_element (node, "strong") || is_element (node, "b");
      h1 = is_element (node, "h1") && !self->have_heading;
      if (block)
        _gloss_import_builder_end_paragraph (self->builder);
      if (is_element (node, "td") || is_element (node, "th"))
        _gloss_import_builder_append (self->builder, " ", 1, self->strong > 0);
      if (h1)
        {
          self->heading = g_string_new (NULL);
          self->have_heading = TRUE;
        }
      self->strong += strong;
      self->pre += is_element (node, "pre");
      walk (self, node->children, depth + 1,
            in_content || is_element (node, "article") || is_element (node, "main"));
      self->strong -= strong;
      self->pre -= is_element (node, "pre");
      if (h1)
        {
          _gloss_import_builder_set_title (self->builder, self->heading->str);
          g_string_free (self->heading, TRUE);
          self->heading = NULL;
        }
      if (block)
        _gloss_import_builder_end_paragraph (self->builder);
    }
}

static gsize
text_length (xmlNode *node,
             guint    depth)
{
  gsize length = 0;

  if (depth >= MAX_DEPTH)
    return 0;
  for (; node != NULL; node = node->next)
    if (node->type == XML_TEXT_NODE && node->content != NULL)
      length += strlen ((const char *) node->content);
    else if (node->type == XML_ELEMENT_NODE && !name_in (node->name, dropped))
      length += text_length (node->children, depth + 1);
  return length;
}

/* the first <main>, else the longest <article> */
static void
find_content (xmlNode  *node,
              guint     depth,
              xmlNode **main_node,
              xmlNode **article,
              gsize    *article_length)
{
  if (depth >= MAX_DEPTH)
    return;
  for (; node != NULL && *main_node == NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE || name_in (node->name, dropped))
        continue;
      if (is_element (node, "main"))
        {
          *main_node = node;
          return;
        }
      if (is_element (node, "article"))
        {
          gsize length = text_length (node->children, depth + 1);

          if (*article == NULL || length > *article_length)
            {
              *article = node;
              *article_length = length;
            }
          continue;
        }
      find_content (node->children, depth + 1, main_node, article, article_length);
    }
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup ((const char *) content);

  xmlFree (content);
  return text;
}

static guint
sniff_html (const char *data,
            gsize       length)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (length, 1024));
  const char *p = head;

  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  while (g_ascii_isspace (*p))
    p++;
  if (g_str_has_prefix (p, "<!doctype html") || g_str_has_prefix (p, "<html"))
    return 80;
  if (*p == '<' && (strstr (p, "<body") != NULL || strstr (p, "<head") != NULL))
    return 50;
  return 0;
}

static GlossImportSource *
read_html (const char               *data,
           gsize                     length,
           const char               *source_name,
           const GlossImportOptions *options,
           GError                  **error)
{
  g_autoptr(GlossImportBuilder) builder = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root, *content = NULL, *main_node = NULL, *article = NULL;
  gsize article_length = 0;
  const char *encoding = options->encoding;
  Walk w = { 0, };

  if (length > G_MAXINT)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the page is too large to import"), source_name);
      return NULL;
    }
  /* UTF-8 unless told otherwise; bytes that are not UTF-8 go by the page's
   * own <meta charset> */
  if (encoding == NULL && g_utf8_validate (data, length, NULL))
    encoding = "UTF-8";
  doc = htmlReadMemory (data, (int) length, source_name, encoding,
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: no HTML document could be read from the file"), source_name);
      return NULL;
    }

  builder = _gloss_import_builder_new ();
  {
    xmlChar *lang = xmlGetProp (root, BAD_CAST "lang");

    _gloss_import_builder_set_language (builder, (const char *) lang);
    xmlFree (lang);
  }

  find_content (root, 0, &main_node, &article, &article_length);
  content = main_node != NULL ? main_node : article;
  w.builder = builder;
  if (content != NULL)
    {
      w.strong = 0;
      walk (&w, content->children, 1, TRUE);
    }
  else
    walk (&w, root, 0, FALSE);
  if (w.heading != NULL)
    g_string_free (w.heading, TRUE);
  if (w.too_deep)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: the page nests elements deeper than %d levels"), source_name, MAX_DEPTH);
      return NULL;
    }

  if (!w.have_heading)
    {
      xmlNode *head = NULL;

      for (xmlNode *n = root->children; n != NULL && head == NULL; n = n->next)
        if (is_element (n, "head"))
          head = n;
      for (xmlNode *n = head != NULL ? head->children : NULL; n != NULL; n = n->next)
        if (is_element (n, "title"))
          {
            g_autofree char *title = node_text (n);

            _gloss_import_builder_set_title (builder, title);
            break;
          }
    }

  return _gloss_import_builder_finish (builder);
}

static const char * const html_extensions[] = { "html", "htm", "xhtml", NULL };
static const char * const html_mime_types[] = { "text/html", "application/xhtml+xml", NULL };

const GlossImportFormat _gloss_import_format_html = {
  .id = "html",
  .label = N_("Web page"),
  .extensions = html_extensions,
  .mime_types = html_mime_types,
  .sniff = sniff_html,
  .read = read_html,
};
