#pragma once

#include "gloss-parallel-view.h"

G_BEGIN_DECLS

/* What gloss-parallel-view.c and -pairs.c share. */

#define N_SIDES 2

typedef struct
{
  GlossTranscriptView *view;
  GtkScrolledWindow *scroller;
  GtkAdjustment *vadjustment;
  /* start offset of each pair's region, and the text's length at the end:
   * a region runs from the end of the pair before to the end of its own
   * last turn, so the label lines before a turn go with it */
  GArray *starts;
  /* the padding applied: offset of a line's last character -> pixels */
  GHashTable *paddings;
  /* tags by pixel count, shared by every line with that padding */
  GHashTable *padding_tags;
  GtkTextTag *pair_tag;
  gulong value_handler;
  gulong mark_handler;
} Side;

struct _GlossParallelView
{
  GtkWidget parent_instance;

  GlossProject *project;
  GlossAlignment *alignment;
  Side sides[N_SIDES];

  GtkBox *box;
  GtkWidget *original_pane;
  GtkWidget *original_empty;
  GtkWidget *original_loading;
  GtkSpinner *original_spinner;
  gboolean loading;

  gboolean side_by_side;
  gboolean syncing;
  guint settle_id;
  /* the frame in which padding last changed: the text view lays lines out
   * again lazily, and until it has, their heights are the old ones */
  gint64 padded_frame;
  /* what show_offset() brought into view, kept there while the padding
   * settles (padding above it would push it away): a side, or NULL */
  Side *revealed_side;
  GtkTextMark *revealed;
};

GtkTextBuffer *_gloss_parallel_view_side_buffer    (Side              *side);

/* gloss-parallel-view-pairs.c */
void           _gloss_parallel_view_clear_paddings (Side              *side);
/* the regions of the pairs on each side, from the alignment */
void           _gloss_parallel_view_compute_regions (GlossParallelView *self);
void           _gloss_parallel_view_queue_settle   (GlossParallelView *self);
void           _gloss_parallel_view_forget_revealed (GlossParallelView *self);
/* scrolls @side to its mark @mark, a third down the view */
void           _gloss_parallel_view_scroll_to_mark (Side              *side,
                                                    GtkTextMark       *mark);
/* the pair whose region holds @offset, or -1 */
int            _gloss_parallel_view_side_pair_at   (Side              *side,
                                                    guint              offset);
/* the other side scrolls along with @side, the cursor marks its pair */
void           _gloss_parallel_view_connect_side   (GlossParallelView *self,
                                                    Side              *side);

G_END_DECLS
