#pragma once

#include "gloss-import-format.h"

G_BEGIN_DECLS

/* What a format's reader hands to the turn detector: the normalised text
 * (UTF-8, '\n' line endings, no NUL) and what the format knew about its
 * structure. Adding a format: one gloss-import-FORMAT.c defining a
 * GlossImportFormat, and one line in the table in gloss-import-format.c. */

typedef struct
{
  gsize offset;        /* byte offset of a paragraph start in the text */
  gsize label_length;  /* > 0: the paragraph begins with a speaker label this
                        * many bytes long (a bold run, a <v> voice) */
  gint64 time;         /* the paragraph's media time in ms, or -1 */
  gint64 end_time;     /* where that media time ends, in ms, or -1 */
} GlossImportHint;

/* A coded passage a project format brings along (QDPX): byte offsets into
 * the source's text, half-open */
typedef struct
{
  gsize start;
  gsize end;
  char *id;            /* the claim's id, or NULL for a fresh one */
  GStrv topic_ids;     /* ids of the source's topics */
  char *note;
  char *author;
  GDateTime *created;  /* or NULL */
  GDateTime *modified; /* or NULL */
} GlossImportSelection;

typedef struct
{
  char *text;
  gsize length;
  char *title;         /* from the format's metadata, or NULL */
  char *language;      /* BCP 47, from the format's metadata, or NULL */
  GArray *hints;       /* GlossImportHint, ascending offsets; may be empty */
  /* a project format's topics (GlossTopic *) and selections
   * (GlossImportSelection *); NULL for a transcript format */
  GPtrArray *topics;
  GPtrArray *selections;
} GlossImportSource;

void               gloss_import_selection_free  (GlossImportSelection      *selection);

/* takes @text (a g_malloc'd string of @length bytes, NUL-terminated) */
GlossImportSource *gloss_import_source_new      (char                      *text,
                                                 gsize                      length);
void               gloss_import_source_add_hint (GlossImportSource         *source,
                                                 gsize                      offset,
                                                 gsize                      label_length,
                                                 gint64                     time);
/* with the end of the paragraph's media time (ms, or -1) */
void               gloss_import_source_add_hint_full (GlossImportSource    *source,
                                                 gsize                      offset,
                                                 gsize                      label_length,
                                                 gint64                     time,
                                                 gint64                     end_time);
void               gloss_import_source_free     (GlossImportSource         *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossImportSource, gloss_import_source_free)

/* 0 (not this format) to 100 (certainly this format), from the first bytes */
typedef guint              (*GlossImportSniffFunc) (const char               *data,
                                                    gsize                     length);
/* Errors begin with @source_name. */
typedef GlossImportSource *(*GlossImportReadFunc)  (const char               *data,
                                                    gsize                     length,
                                                    const char               *source_name,
                                                    const GlossImportOptions *options,
                                                    GError                  **error);

struct _GlossImportFormat
{
  const char *id;
  const char *label;                 /* marked for gettext; translated when asked for */
  const char * const *extensions;
  const char * const *mime_types;
  GlossImportSniffFunc sniff;
  GlossImportReadFunc read;
};

/* the formats of the table, one per gloss-import-FORMAT.c */
extern const GlossImportFormat _gloss_import_format_text;
extern const GlossImportFormat _gloss_import_format_markdown;
extern const GlossImportFormat _gloss_import_format_html;
extern const GlossImportFormat _gloss_import_format_docx;
extern const GlossImportFormat _gloss_import_format_odt;
extern const GlossImportFormat _gloss_import_format_srt;
extern const GlossImportFormat _gloss_import_format_vtt;
extern const GlossImportFormat _gloss_import_format_qdpx;

/* sets a GLOSS_IMPORT_ERROR_ENCODING error suggesting @encoding */
void _gloss_import_set_encoding_error (GError     **error,
                                       const char  *encoding,
                                       const char  *format,
                                       ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
