#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A span of a text in code points, half-open [start, end). */
typedef struct
{
  guint start;
  guint end;
} GlossTextSpan;

/* Finds a query in a text the way a reader means it: ignoring case and
 * accents (gloss_text_fold's key, so "vacunacion" finds "Vacunación"),
 * in any script (Chinese has no spaces: a match is a substring). The text
 * is folded once; each query then costs a scan of the folded text. */
typedef struct _GlossTextFinder GlossTextFinder;

GlossTextFinder *gloss_text_finder_new   (const char      *text,
                                          gssize           length);
void             gloss_text_finder_free  (GlossTextFinder *self);
/* the number of code points of the text */
guint            gloss_text_finder_get_length (GlossTextFinder *self);
/* Every match of @query in text order, not overlapping, as spans of the
 * original text covering whole characters; none for a query that folds
 * to nothing. Transfer full: a GArray of GlossTextSpan. */
GArray          *gloss_text_finder_find  (GlossTextFinder *self,
                                          const char      *query);

/* the same, once: for short texts (a claim's quote) */
GArray          *gloss_text_find         (const char      *text,
                                          gssize           length,
                                          const char      *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossTextFinder, gloss_text_finder_free)

G_END_DECLS
