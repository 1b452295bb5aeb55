#pragma once

#include "gloss-import-builder.h"
#include "gloss-import-container.h"

G_BEGIN_DECLS

/* What the word-processor readers (DOCX, ODT) do alike while they walk a
 * document's XML: its text goes to the builder (and to the title while the
 * title paragraph is read), the first title paragraph names the
 * transcript, too deep a nesting stops the walk, and the Dublin Core
 * title and language of the document's properties fill in the rest. */
typedef struct
{
  GlossImportBuilder *builder;
  GString *title;       /* the title paragraph's text, while it is read */
  gboolean have_title;
  gboolean too_deep;
} GlossXmlWalk;

/* FALSE (and the walk stops) once @depth reaches GLOSS_XML_MAX_DEPTH */
gboolean _gloss_xml_walk_enter           (GlossXmlWalk *walk,
                                          guint         depth);
/* @text, bold or not, to the transcript and to the title being read */
void     _gloss_xml_walk_text            (GlossXmlWalk *walk,
                                          const char   *text,
                                          gssize        length,
                                          gboolean      bold);
/* a paragraph starts; returns whether it is read as the title: when
 * @may_be_title (its style says so) and no title was found yet */
gboolean _gloss_xml_walk_begin_paragraph (GlossXmlWalk *walk,
                                          gboolean      may_be_title);
/* the paragraph ends; @is_title is what begin returned for it */
void     _gloss_xml_walk_end_paragraph   (GlossXmlWalk *walk,
                                          gboolean      is_title);
/* frees what the walk holds; FALSE, with the error for @part_name, when
 * it stopped too deep */
gboolean _gloss_xml_walk_finish          (GlossXmlWalk *walk,
                                          const char   *part_name,
                                          const char   *source_name,
                                          GError      **error);

/* dc:title and dc:language from the document properties in @part (which
 * may be NULL: a document without them), to @builder: among the children of
 * the root's @holder_name child in @holder_ns, or of the root when
 * @holder_name is NULL. Properties that do not parse are passed over. */
void     _gloss_xml_read_properties      (GlossImportBuilder *builder,
                                          GBytes             *part,
                                          const char         *part_name,
                                          const char         *source_name,
                                          const char         *holder_ns,
                                          const char         *holder_name);

G_END_DECLS
