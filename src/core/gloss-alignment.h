#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Which turns of the transcript (the translation) go with which turns of
 * the original, and, inside those, which paragraphs. A side may be empty:
 * a turn the other text does not have. Pairs are in text order on both
 * sides, and no turn is in two pairs.
 *
 * An alignment is a value: once it is given to a project it does not
 * change; a correction makes a new one (so undo keeps the old). */
typedef struct
{
  guint *transcript;    /* turn indexes, increasing */
  guint n_transcript;
  guint *original;
  guint n_original;
} GlossTurnPair;

/* Code-point spans of each text, half-open; an empty span (start == end)
 * stands for a paragraph the other side has and this one does not. */
typedef struct
{
  guint transcript_start;
  guint transcript_end;
  guint original_start;
  guint original_end;
} GlossParagraphPair;

/* A turn pair the user made (linked) or took apart (unlinked); the
 * automatic alignment keeps to these. */
typedef struct
{
  guint transcript_turn;
  guint original_turn;
  gboolean linked;
} GlossAlignmentLink;

#define GLOSS_TYPE_ALIGNMENT (gloss_alignment_get_type ())
G_DECLARE_FINAL_TYPE (GlossAlignment, gloss_alignment, GLOSS, ALIGNMENT, GObject)

GlossAlignment           *gloss_alignment_new                (void);

void                      gloss_alignment_add_turn_pair      (GlossAlignment *self,
                                                              const guint    *transcript,
                                                              guint           n_transcript,
                                                              const guint    *original,
                                                              guint           n_original);
void                      gloss_alignment_add_paragraph_pair (GlossAlignment *self,
                                                              guint           transcript_start,
                                                              guint           transcript_end,
                                                              guint           original_start,
                                                              guint           original_end);
/* a later link between the same two turns replaces an earlier one */
void                      gloss_alignment_add_link           (GlossAlignment *self,
                                                              guint           transcript_turn,
                                                              guint           original_turn,
                                                              gboolean        linked);

guint                     gloss_alignment_get_n_turn_pairs   (GlossAlignment *self);
const GlossTurnPair      *gloss_alignment_get_turn_pair      (GlossAlignment *self,
                                                              guint           index);
guint                     gloss_alignment_get_n_paragraph_pairs (GlossAlignment *self);
const GlossParagraphPair *gloss_alignment_get_paragraph_pair (GlossAlignment *self,
                                                              guint           index);
guint                     gloss_alignment_get_n_links        (GlossAlignment *self);
const GlossAlignmentLink *gloss_alignment_get_link           (GlossAlignment *self,
                                                              guint           index);

/* index of the pair holding turn @turn of the text @in_original says, or -1 */
int                       gloss_alignment_find_turn_pair     (GlossAlignment *self,
                                                              gboolean        in_original,
                                                              guint           turn);
/* a copy holding the same pairs and links */
GlossAlignment           *gloss_alignment_copy               (GlossAlignment *self);
gboolean                  gloss_alignment_equal              (GlossAlignment *a,
                                                              GlossAlignment *b);

G_END_DECLS
