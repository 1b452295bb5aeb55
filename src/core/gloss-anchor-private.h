#pragma once

#include "gloss-anchor.h"

G_BEGIN_DECLS

typedef struct
{
  gsize start;
  gsize end;
} GlossByteRange;

typedef struct
{
  GlossTranscript *old_text;  /* NULL without one */
  GlossTranscript *new_text;
  const char *text;
  gsize size;
  guint length;
  GlossDiff *diff;     /* NULL without an old text */
  double threshold;
  GArray *hunk_bytes;  /* GlossByteRange: the new side of each hunk */
} GlossAnchorer;

typedef struct
{
  const char *quote;
  gsize quote_size;
  guint quote_length;
  const char *prefix;
  const char *suffix;
  guint start;          /* the old span */
  guint end;
  gboolean word_start;  /* the quote began on a word boundary */
  gboolean word_end;
  guint mapped_start;   /* through the diff; G_MAXUINT without one */
  guint mapped_end;
  guint moved_start;    /* through a moved block; G_MAXUINT if it did not move */
  guint moved_end;
  guint hints[3];       /* where it is expected */
  guint n_hints;
} GlossAnchorSubject;

typedef struct
{
  gboolean found;
  guint start;
  guint end;
  double score;      /* similarity of the quote */
  double context;    /* mean similarity of prefix and suffix */
  double best_side;  /* the better of the two */
  guint distance;    /* to the nearest hint */
} GlossAnchorCandidate;

/* the new text at @offset is the quote */
gboolean  _gloss_anchor_quote_at           (GlossAnchorer        *self,
                                            GlossAnchorSubject   *s,
                                            guint                 offset);
/* GlossByteRange: around each hunk's new side, @margin bytes each way, merged */
GArray   *_gloss_anchor_inserted_windows   (GlossAnchorer        *self,
                                            gsize                 margin);
/* GlossByteRange: [start - radius, end + radius) */
GArray   *_gloss_anchor_windows_around     (GlossAnchorer        *self,
                                            guint                 start,
                                            guint                 end,
                                            guint                 radius);
/* the identical quote nearest the mapped start, within
 * GLOSS_CLAIM_CONTEXT_LENGTH, that is not another place's old text */
gboolean  _gloss_anchor_find_slide         (GlossAnchorer        *self,
                                            GlossAnchorSubject   *s,
                                            GlossAnchorCandidate *found);
/* the best identical quote in @windows its context supports, or the only
 * one of a long quote */
gboolean  _gloss_anchor_find_exact         (GlossAnchorer        *self,
                                            GlossAnchorSubject   *s,
                                            GArray               *windows,
                                            GlossAnchorCandidate *found);
/* [start, end) with its edges fixed, if similar enough, into @best */
void      _gloss_anchor_consider_span      (GlossAnchorer        *self,
                                            GlossAnchorSubject   *s,
                                            guint                 start,
                                            guint                 end,
                                            gboolean              needs_support,
                                            GlossAnchorCandidate *best);
/* approximate matches around seeds found in @windows, into @best */
void      _gloss_anchor_approximate_search (GlossAnchorer        *self,
                                            GlossAnchorSubject   *s,
                                            GArray               *windows,
                                            GlossAnchorCandidate *best);

G_END_DECLS
