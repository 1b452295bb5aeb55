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
  GArray *index;          /* GlossAnchorGram of index_windows, sorted; NULL until needed */
  GArray *index_windows;  /* GlossByteRange */
  /* what is left for the searches the index cannot serve (bytes scanned)
   * and for approximate alignments (cells): so that a revision that is
   * another text altogether ends in time, with orphans */
  gint64 scan_budget;
  gint64 align_budget;
} GlossAnchorer;

/* bytes hashed at each anchor */
#define GLOSS_ANCHOR_GRAM_SIZE 16

typedef struct
{
  guint32 hash;
  guint32 pos;   /* byte position, from the origin given */
} GlossAnchorGram;

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

/* appends the anchor grams of text[start, end) to @grams, positions from @origin */
void      _gloss_anchor_grams              (const char           *text,
                                            gsize                 start,
                                            gsize                 end,
                                            gsize                 origin,
                                            GArray               *grams);
/* indexes the anchor grams of @windows of the new text */
void      _gloss_anchor_index_build        (GlossAnchorer        *self,
                                            GArray               *windows);
/* how many indexed grams have @hash; @first: the first of them */
guint     _gloss_anchor_index_lookup       (GlossAnchorer        *self,
                                            guint32               hash,
                                            guint                *first);

typedef void (*GlossOccurrenceFunc) (GlossAnchorer      *self,
                                     GlossAnchorSubject *s,
                                     guint               offset,
                                     gpointer            data);

/* code-point offset of @p, a character boundary of the new text */
guint     _gloss_anchor_offset_of          (GlossAnchorer        *self,
                                            const char           *p);
/* calls @func for each place of @needle in @windows (at most 256); with
 * @budgeted, the scan counts against the scan budget and stops when that
 * is spent */
void      _gloss_anchor_find_occurrences   (GlossAnchorer        *self,
                                            GlossAnchorSubject   *s,
                                            const char           *needle,
                                            gsize                 needle_size,
                                            GArray               *windows,
                                            gboolean              budgeted,
                                            GlossOccurrenceFunc   func,
                                            gpointer              data);
/* [start, end) is one stretch of old text from another place */
gboolean  _gloss_anchor_is_old_text_elsewhere (GlossAnchorer     *self,
                                            guint                 start,
                                            guint                 end);

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
/* the best identical quote in @windows (NULL: the indexed ones) its
 * context supports, or the only one of a long quote */
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
/* approximate matches around seeds found in @windows (NULL: the indexed
 * ones), into @best */
void      _gloss_anchor_approximate_search (GlossAnchorer        *self,
                                            GlossAnchorSubject   *s,
                                            GArray               *windows,
                                            GlossAnchorCandidate *best);

G_END_DECLS
