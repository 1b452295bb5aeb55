#pragma once

#include "gloss-diff.h"

G_BEGIN_DECLS

/* a run of equal elements: a[a .. a + len) == b[b .. b + len) */
typedef struct
{
  gsize a;
  gsize b;
  gsize len;
} GlossDiffMatch;

/* Appends to @matches (of GlossDiffMatch) the equal runs of a shortest edit
 * script of @xv into @yv, in order, adjacent runs merged; exact unless the
 * script costs more than about max (2 sqrt (n + m), @min_too_expensive) on
 * each side of a cut (see gloss-diff.h). */
void _gloss_diff_sequences (const guint32 *xv,
                            gsize          n,
                            const guint32 *yv,
                            gsize          m,
                            gsize          min_too_expensive,
                            GArray        *matches);

/* a letter, digit or mark of a script that separates words with spaces
 * (CJK characters are not: each is a word of its own) */
gboolean _gloss_diff_is_word_char (gunichar c);

G_END_DECLS
