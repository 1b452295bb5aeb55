#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Import normalisation, shared by every source format.
 *
 * Decoding (gloss_text_decode) turns a file's bytes into UTF-8 text:
 *  - a UTF-8 byte-order mark is dropped; a UTF-16 (LE or BE) one makes the
 *    text read as UTF-16;
 *  - an explicit encoding is converted with g_convert;
 *  - CRLF, CR and form feeds become LF;
 *  - NUL bytes and invalid UTF-8 are refused with their byte offset; when
 *    the bytes read as Windows-1252 (Latin-1), GB18030 (GBK) or UTF-16
 *    without a byte-order mark, a GLOSS_IMPORT_ERROR_ENCODING error names
 *    that encoding instead.
 *
 * Layout (gloss_text_normalize) makes the text read as paragraphs:
 *  - white space at the end of lines is dropped, and the padding after a
 *    speaker label ("Dana Whitfield:        So I") becomes one space;
 *  - JOIN_WRAPPED: in a text hard-wrapped at a fixed width, lines broken
 *    only because the next word did not fit are joined; lines that would
 *    have had room for the next word (lists, addresses, verse), lines that
 *    start a list item, a label, a timestamp or an indented paragraph, and
 *    blank lines are kept;
 *  - SPLIT_AT_LABELS: in a line of more than 2,000 bytes (text pasted
 *    without line breaks), a paragraph break is put before each speaker
 *    label that follows the end of a sentence ("… thank you. Tian Yulong:
 *    Friends…"), and before later occurrences of a name so found;
 *  - SPLIT_LONG_LINES: a line still longer than GLOSS_TEXT_MAX_LINE_CHARS
 *    is split at sentence boundaries (ICU BreakIterator) into paragraphs of
 *    about GLOSS_TEXT_SPLIT_CHARS characters; a longer sentence at a word
 *    boundary, a longer word at a character boundary. No line of the
 *    result is longer than GLOSS_TEXT_MAX_LINE_CHARS characters, so the
 *    text view never lays out a giant line.
 * Every change is recorded, so a byte offset into the input (a format's
 * structure hints, a subtitle cue, a QDPX selection converted to bytes)
 * maps to the same place in the output. */

#define GLOSS_TEXT_MAX_LINE_CHARS 10000
#define GLOSS_TEXT_SPLIT_CHARS    2000

/* Returns the UTF-8 text (NUL-terminated, no NUL inside) and its length.
 * @encoding: an iconv name, or NULL for UTF-8 (or UTF-16 by its byte-order
 * mark). Messages begin with @source_name. */
char *gloss_text_decode (const char  *data,
                         gsize        length,
                         const char  *encoding,
                         const char  *source_name,
                         gsize       *out_length,
                         GError     **error);

typedef enum
{
  GLOSS_TEXT_NORMALIZE_NONE             = 0,
  GLOSS_TEXT_NORMALIZE_JOIN_WRAPPED     = 1 << 0,
  GLOSS_TEXT_NORMALIZE_SPLIT_AT_LABELS  = 1 << 1,
  GLOSS_TEXT_NORMALIZE_SPLIT_LONG_LINES = 1 << 2,
} GlossTextNormalizeFlags;

#define GLOSS_TEXT_NORMALIZE_ALL (GLOSS_TEXT_NORMALIZE_JOIN_WRAPPED | \
                                  GLOSS_TEXT_NORMALIZE_SPLIT_AT_LABELS | \
                                  GLOSS_TEXT_NORMALIZE_SPLIT_LONG_LINES)

typedef struct _GlossNormalizedText GlossNormalizedText;

/* @text: valid UTF-8 with '\n' line endings (what gloss_text_decode gives) */
GlossNormalizedText *gloss_text_normalize                (const char              *text,
                                                          gsize                    length,
                                                          GlossTextNormalizeFlags  flags);
const char          *gloss_normalized_text_get_text      (GlossNormalizedText     *self,
                                                          gsize                   *length);
/* the text, which @self no longer owns */
char                *gloss_normalized_text_steal_text    (GlossNormalizedText     *self,
                                                          gsize                   *length);
/* where byte @offset of the input is in the output: inside removed text,
 * where the removal happened; at an inserted break, after the break */
gsize                gloss_normalized_text_map_offset    (GlossNormalizedText     *self,
                                                          gsize                    offset);
void                 gloss_normalized_text_free          (GlossNormalizedText     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossNormalizedText, gloss_normalized_text_free)

G_END_DECLS
