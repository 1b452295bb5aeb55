#pragma once

#include <gtk/gtk.h>

#include "gloss-project.h"
#include "gloss-transcript-view.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_PARALLEL_VIEW (gloss_parallel_view_get_type ())
G_DECLARE_FINAL_TYPE (GlossParallelView, gloss_parallel_view, GLOSS, PARALLEL_VIEW, GtkWidget)

/* The transcript, and beside it (or above it, stacked) the original it
 * was translated from. The two scroll in step, pair by pair of the
 * project's alignment: the pairs on screen are padded so that each starts
 * at the same height on both sides. The paragraph pair under the cursor is
 * marked on both sides. Without an original, or with side by side off,
 * only the transcript shows. */

GtkWidget           *gloss_parallel_view_new              (void);

GlossTranscriptView *gloss_parallel_view_get_view         (GlossParallelView *self,
                                                           GlossTextRole      role);
GtkScrolledWindow   *gloss_parallel_view_get_scroller     (GlossParallelView *self,
                                                           GlossTextRole      role);
/* the original's side, or where to add one: a place to drop a file on */
GtkWidget           *gloss_parallel_view_get_original_pane (GlossParallelView *self);

/* @file_label: the original being read (a spinner on the original's side,
 * shown side by side), or NULL when it is done */
void                 gloss_parallel_view_set_loading      (GlossParallelView *self,
                                                           const char        *file_label);
gboolean             gloss_parallel_view_get_loading      (GlossParallelView *self);
void                 gloss_parallel_view_set_project      (GlossParallelView *self,
                                                           GlossProject      *project);

/* whether the original shows when the project has one */
void                 gloss_parallel_view_set_side_by_side (GlossParallelView *self,
                                                           gboolean           side_by_side);
gboolean             gloss_parallel_view_get_side_by_side (GlossParallelView *self);
/* TRUE when the original is on screen */
gboolean             gloss_parallel_view_get_showing_original (GlossParallelView *self);
/* one above the other, for a narrow window */
void                 gloss_parallel_view_set_stacked      (GlossParallelView *self,
                                                           gboolean           stacked);

/* the index of the turn pair holding @offset of @role's text, or -1 */
int                  gloss_parallel_view_pair_at          (GlossParallelView *self,
                                                           GlossTextRole      role,
                                                           guint              offset);
/* scrolls both sides to the pair holding @offset of @role's text */
void                 gloss_parallel_view_show_offset      (GlossParallelView *self,
                                                           GlossTextRole      role,
                                                           guint              offset);
/* scrolls @role's side only, if need be, so that @offset is on screen (a
 * figure lower in its pair than its translation is in the other side's) */
void                 gloss_parallel_view_reveal           (GlossParallelView *self,
                                                           GlossTextRole      role,
                                                           guint              offset);
/* the marked paragraph pair: [start, end) on each side; FALSE when none */
gboolean             gloss_parallel_view_get_marked_pair  (GlossParallelView *self,
                                                           guint             *transcript_start,
                                                           guint             *transcript_end,
                                                           guint             *original_start,
                                                           guint             *original_end);
/* runs the padding of the pairs on screen now rather than when idle (for
 * tests); TRUE when they were laid out and level already */
gboolean             gloss_parallel_view_settle           (GlossParallelView *self);

G_END_DECLS
