#pragma once

#include "gloss-text-normalize.h"

G_BEGIN_DECLS

/* One pass of the layout: the output with anchors, each the input offset
 * where copying resumed after an edit and the output offset it went to. */
typedef struct
{
  gsize in;
  gsize out;
} GlossTextAnchor;

typedef struct
{
  const char *in;
  gsize in_length;
  gsize in_pos;       /* the input is consumed up to here */
  GString *out;
  GArray *anchors;    /* GlossTextAnchor */
} GlossTextEditor;

void    _gloss_text_editor_init       (GlossTextEditor *editor,
                                       const char      *in,
                                       gsize            in_length);
/* copies the input from where it stopped up to @to */
void    _gloss_text_editor_copy_to    (GlossTextEditor *editor,
                                       gsize            to);
/* replaces the input from where it stopped up to @to with @with */
void    _gloss_text_editor_replace_to (GlossTextEditor *editor,
                                       gsize            to,
                                       const char      *with);
/* copies the rest; the anchors, or NULL when nothing changed */
GArray *_gloss_text_editor_finish     (GlossTextEditor *editor,
                                       char           **text,
                                       gsize           *length);

/* the passes, each returning its anchors (NULL: the text is unchanged) */
GArray *_gloss_text_unwrap            (const char      *in,
                                       gsize            length,
                                       gboolean         join_wrapped,
                                       char           **out,
                                       gsize           *out_length);
GArray *_gloss_text_split_at_labels   (const char      *in,
                                       gsize            length,
                                       char           **out,
                                       gsize           *out_length);

G_END_DECLS
