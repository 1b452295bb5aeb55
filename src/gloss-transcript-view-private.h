#pragma once

#include "gloss-claim-index.h"
#include "gloss-transcript-view.h"

G_BEGIN_DECLS

/* The view is split by concern: gloss-transcript-view.c (the project,
 * selection, words, tooltips, margins), -highlight.c (claims, topics,
 * flash, find matches), -turns.c (speaker headings, question bands). */

#define QUESTION_PADDING 10   /* less than MIN_MARGIN */
#define QUESTION_INDENT 28

struct _GlossTranscriptView
{
  GtkTextView parent_instance;

  GlossProject *project;
  /* which of the project's texts the view shows */
  GlossTextRole role;
  /* the project given; self->project is it only while it has that text */
  GlossProject *owner;
  /* mirror of the project's claims, so removed ones still give their range */
  GlossClaimIndex *claims;
  /* claim -> the span it was highlighted at (packed): a moved claim
   * already has its new span when the project says it changed, and its
   * old place must lose its highlight */
  GHashTable *shown_spans;
  /* topic id -> GtkTextTag */
  GHashTable *topic_tags;

  GtkTextTag *heading_tag;
  /* on the first character of each line (-turns.c says why) */
  GtkTextTag *line_start_tags[2];
  GtkTextTag *label_tag;
  GtkTextTag *question_tag;
  GdkRGBA question_bg;
  GtkTextTag *dim_tag;
  GtkTextTag *untagged_tag;
  GtkTextTag *overlap_tag;
  GtkTextTag *multi_tag;
  GtkTextTag *flash_tag;
  /* the text's language, over all of it: fontconfig picks the font for
   * Chinese, Japanese or Korean by it, not by the characters alone */
  GtkTextTag *language_tag;
  /* the text shown, whose language we follow (replaced, it is no longer
   * the project's) */
  GlossTranscript *shown_text;

  GlossTranscriptViewNoteFunc note_func;
  gpointer note_data;
  GDestroyNotify note_destroy;
  /* the find bar's matches, and the one it is on */
  GtkTextTag *match_tag;
  GtkTextTag *current_match_tag;
  GArray *matches;
  int current_match;
  /* the matches marked: those around what is shown, [first, last) */
  guint marked_first;
  guint marked_last;
  GtkAdjustment *vadjustment;

  guint flash_id;
  int margin;
  gboolean dark;
};

static inline void
_gloss_transcript_view_get_iter (GlossTranscriptView *self,
                                 GtkTextIter         *iter,
                                 guint                offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  gtk_text_buffer_get_iter_at_offset (buffer, iter, (int) offset);
}

static inline GlossTranscript *
_gloss_transcript_view_text (GlossTranscriptView *self)
{
  return gloss_project_get_text (self->project, self->role);
}

/* -highlight.c */
void     _gloss_transcript_view_init_highlight     (GlossTranscriptView *self);
void     _gloss_transcript_view_dispose_highlight  (GlossTranscriptView *self);
/* recomputes the claim highlights of [start, end) */
void     _gloss_transcript_view_rehighlight        (GlossTranscriptView *self,
                                                    guint                start,
                                                    guint                end);
/* the project's claims and topics are shown, then followed */
void     _gloss_transcript_view_show_claims        (GlossTranscriptView *self);
void     _gloss_transcript_view_disconnect_claims  (GlossTranscriptView *self);

/* -matches.c */
void     _gloss_transcript_view_init_matches       (GlossTranscriptView *self);
void     _gloss_transcript_view_dispose_matches    (GlossTranscriptView *self);
/* the text goes: its matches with it */
void     _gloss_transcript_view_forget_matches     (GlossTranscriptView *self);

/* -turns.c */
void     _gloss_transcript_view_style_turns        (GlossTranscriptView *self);
void     _gloss_transcript_view_snapshot_layer     (GtkTextView         *view,
                                                    GtkTextViewLayer     layer,
                                                    GtkSnapshot         *snapshot);

G_END_DECLS
