#include "config.h"

#include <string.h>
#include <cmark.h>
#include <glib/gi18n-lib.h>

#include "gloss-import-builder.h"
#include "gloss-text-normalize.h"

/* Markdown, parsed by cmark: the first heading is the title (and stays in
 * the text, as a plain-text title line would); emphasis, links and code
 * marks disappear; list items, block quotes and paragraphs become
 * paragraphs; raw HTML and images are dropped. "**Name:**" at a
 * paragraph's start marks a speaker. */

/* cmark nests without a limit of its own; a transcript never needs this */
#define MAX_DEPTH 64

static guint
sniff_markdown (const char *data,
                gsize       length)
{
  /* Markdown is plain text to anyone who does not know: only the file's
   * name (or MIME type) tells, and it settles the tie with plain text */
  if (memchr (data, '\0', length) != NULL)
    return 0;
  return 10;
}

static gboolean
is_block (cmark_node_type type)
{
  return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
         type == CMARK_NODE_CODE_BLOCK;
}

static GlossImportSource *
read_markdown (const char               *data,
               gsize                     length,
               const char               *source_name,
               const GlossImportOptions *options,
               GError                  **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GlossImportBuilder) builder = NULL;
  cmark_node *document;
  cmark_iter *iter;
  cmark_event_type event;
  gsize text_length = 0;
  guint strong = 0;
  guint depth = 0;
  gboolean too_deep = FALSE;
  GString *heading = NULL;

  text = gloss_text_decode (data, length, options->encoding, source_name, &text_length, error);
  if (text == NULL)
    return NULL;

  document = cmark_parse_document (text, text_length, CMARK_OPT_DEFAULT);
  builder = _gloss_import_builder_new ();
  iter = cmark_iter_new (document);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);
      gboolean entering = event == CMARK_EVENT_ENTER;
      const char *literal;

      if (entering && cmark_node_first_child (node) != NULL && ++depth > MAX_DEPTH)
        {
          too_deep = TRUE;
          break;
        }
      if (!entering && cmark_node_first_child (node) != NULL)
        depth--;

      switch (type)
        {
        case CMARK_NODE_STRONG:
          strong += entering ? 1 : -1;
          break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          literal = cmark_node_get_literal (node);
          if (literal != NULL)
            {
              _gloss_import_builder_append (builder, literal, -1, strong > 0);
              if (heading != NULL)
                g_string_append (heading, literal);
            }
          break;
        case CMARK_NODE_SOFTBREAK:
          _gloss_import_builder_append (builder, " ", 1, strong > 0);
          if (heading != NULL)
            g_string_append_c (heading, ' ');
          break;
        case CMARK_NODE_LINEBREAK:
          _gloss_import_builder_line_break (builder);
          break;
        case CMARK_NODE_CODE_BLOCK:
          /* its lines stay lines */
          literal = cmark_node_get_literal (node);
          if (literal != NULL)
            {
              g_auto(GStrv) lines = g_strsplit (literal, "\n", -1);

              for (guint i = 0; lines[i] != NULL; i++)
                {
                  _gloss_import_builder_append (builder, lines[i], -1, FALSE);
                  _gloss_import_builder_line_break (builder);
                }
            }
          _gloss_import_builder_end_paragraph (builder);
          break;
        case CMARK_NODE_HEADING:
          if (entering)
            heading = g_string_new (NULL);
          else
            {
              _gloss_import_builder_set_title (builder, heading->str);
              g_string_free (heading, TRUE);
              heading = NULL;
            }
          G_GNUC_FALLTHROUGH;
        default:
          if (!entering && is_block (type))
            _gloss_import_builder_end_paragraph (builder);
          break;
        }
    }
  cmark_iter_free (iter);
  cmark_node_free (document);
  if (heading != NULL)
    g_string_free (heading, TRUE);

  if (too_deep)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: the Markdown nests lists or quotes deeper than %d levels"),
                   source_name, MAX_DEPTH);
      return NULL;
    }
  return _gloss_import_builder_finish (builder);
}

static const char * const markdown_extensions[] = { "md", "markdown", "mdown", "mkd", NULL };
static const char * const markdown_mime_types[] = { "text/markdown", "text/x-markdown", NULL };

const GlossImportFormat _gloss_import_format_markdown = {
  .id = "markdown",
  .label = N_("Markdown document"),
  .extensions = markdown_extensions,
  .mime_types = markdown_mime_types,
  .sniff = sniff_markdown,
  .read = read_markdown,
};
