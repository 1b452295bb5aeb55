#pragma once

#include "gloss-import-format-private.h"

G_BEGIN_DECLS

/* Builds a GlossImportSource from a structured document (Markdown, HTML,
 * DOCX, ODT, subtitles): paragraphs of runs, some of them strong (bold).
 * White space inside a paragraph collapses to one space, as a reader sees
 * it; paragraphs are separated by a blank line. A paragraph that begins
 * with a strong run ending in a colon ("**Dana Whitfield:**",
 * "<b>Dana</b>: …") gets a speaker-label hint, so the turn detector takes
 * it as a label however unusual the name. The text then goes through the
 * same normalisation as plain text, and the hints are mapped through it. */

typedef struct _GlossImportBuilder GlossImportBuilder;

GlossImportBuilder *_gloss_import_builder_new            (void);
void                _gloss_import_builder_free           (GlossImportBuilder *self);
/* @length may be -1; strong runs at a paragraph's start can mark a label */
void                _gloss_import_builder_append         (GlossImportBuilder *self,
                                                          const char         *text,
                                                          gssize              length,
                                                          gboolean            strong);
/* a line break inside the paragraph (<br>, a Word line break) */
void                _gloss_import_builder_line_break     (GlossImportBuilder *self);
/* ends the paragraph (nothing happens when it is empty) */
void                _gloss_import_builder_end_paragraph  (GlossImportBuilder *self);
/* the current paragraph begins with a speaker label of this many bytes of
 * its text (a WebVTT voice), whatever its runs' weight */
void                _gloss_import_builder_mark_label     (GlossImportBuilder *self,
                                                          gsize               label_length);
/* the current paragraph's media time, in milliseconds */
void                _gloss_import_builder_set_time       (GlossImportBuilder *self,
                                                          gint64              begin,
                                                          gint64              end);
/* TRUE when the paragraph under way holds no text yet */
gboolean            _gloss_import_builder_at_start       (GlossImportBuilder *self);
/* the first title wins; white space is collapsed */
void                _gloss_import_builder_set_title      (GlossImportBuilder *self,
                                                          const char         *title);
void                _gloss_import_builder_set_language   (GlossImportBuilder *self,
                                                          const char         *language);
/* the bytes of text so far, paragraph under way included */
gsize               _gloss_import_builder_get_length     (GlossImportBuilder *self);
GlossImportSource  *_gloss_import_builder_finish         (GlossImportBuilder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossImportBuilder, _gloss_import_builder_free)

G_END_DECLS
