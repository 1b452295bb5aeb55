#pragma once

#include <gtk/gtk.h>

#include "gloss-project.h"
#include "gloss-text-find.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_TRANSCRIPT_VIEW (gloss_transcript_view_get_type ())
G_DECLARE_FINAL_TYPE (GlossTranscriptView, gloss_transcript_view, GLOSS, TRANSCRIPT_VIEW, GtkTextView)

/* Signals:
 *   "claim-clicked" (GlossClaim *claim)  a click landed inside a claim
 * Keys 1..9 activate "win.tag-key" with the key as a string parameter. */
GtkWidget   *gloss_transcript_view_new           (void);

/* The view shows the project's text of its role (the transcript unless
 * set otherwise, before a project), and follows the original when it comes
 * or goes. Signal "text-changed" when the text shown changes. */
void          gloss_transcript_view_set_role     (GlossTranscriptView *self,
                                                  GlossTextRole        role);
GlossTextRole gloss_transcript_view_get_role     (GlossTranscriptView *self);
/* FALSE when the project has no text of the view's role */
gboolean      gloss_transcript_view_has_text     (GlossTranscriptView *self);
GlossProject *gloss_transcript_view_get_project  (GlossTranscriptView *self);
void         gloss_transcript_view_set_project   (GlossTranscriptView *self,
                                                  GlossProject        *project);

/* The selection in code points, with surrounding white space left out.
 * FALSE when nothing but white space is selected. */
gboolean     gloss_transcript_view_get_selection (GlossTranscriptView *self,
                                                  guint               *start,
                                                  guint               *end);
/* the selection widened to whole words (a selection starting or ending
 * inside a word takes all of it) */
gboolean     gloss_transcript_view_get_word_selection (GlossTranscriptView *self,
                                                       guint               *start,
                                                       guint               *end);
/* where the start (or, with @end_edge, the end) of a span at @offset
 * goes when it moves by a word */
guint        gloss_transcript_view_word_step     (GlossTranscriptView *self,
                                                  guint                offset,
                                                  gboolean             end_edge,
                                                  gboolean             forward);
void         gloss_transcript_view_select_range  (GlossTranscriptView *self,
                                                  guint                start,
                                                  guint                end);
void         gloss_transcript_view_place_cursor  (GlossTranscriptView *self,
                                                  guint                offset);
/* scrolls to @claim and flashes it for a second */
/* briefly marks @claim where it is, without moving anything */
void         gloss_transcript_view_flash_claim   (GlossTranscriptView *self,
                                                  GlossClaim          *claim);
void         gloss_transcript_view_show_claim    (GlossTranscriptView *self,
                                                  GlossClaim          *claim);
/* the tag that highlights claims of @topic_id, or NULL */
GtkTextTag  *gloss_transcript_view_get_topic_tag (GlossTranscriptView *self,
                                                  const char          *topic_id);
GtkTextTag  *gloss_transcript_view_get_overlap_tag (GlossTranscriptView *self);
GtkTextTag  *gloss_transcript_view_get_flash_tag (GlossTranscriptView *self);
/* markup for the tooltip at @offset, above the claims' (a finding of the
 * translation review), or NULL */
typedef char *(*GlossTranscriptViewNoteFunc) (GlossTranscriptView *view,
                                              guint                offset,
                                              gpointer             data);
void         gloss_transcript_view_set_note_func (GlossTranscriptView         *self,
                                                  GlossTranscriptViewNoteFunc  func,
                                                  gpointer                     data,
                                                  GDestroyNotify               destroy);
/* what the tooltip at @offset says: a note (above), the topics of each claim there (every
 * topic, in its colour), then who asked or answered; NULL: no tooltip */
char        *gloss_transcript_view_get_tooltip_markup (GlossTranscriptView *self,
                                                       guint                offset);

/* The find bar's matches (code-point spans in text order; 0 clears them),
 * each marked where it can be seen (those around what is shown, which
 * follow the scrolling); the current one (-1: none) is marked more strongly,
 * selected and scrolled to. A new text clears them. */
void         gloss_transcript_view_set_matches   (GlossTranscriptView *self,
                                                  const GlossTextSpan *matches,
                                                  guint                n_matches);
guint        gloss_transcript_view_get_n_matches (GlossTranscriptView *self);
const GlossTextSpan *gloss_transcript_view_get_match (GlossTranscriptView *self,
                                                      guint                index);
/* the first match at or after @offset (the last ones wrap to the first),
 * -1 without matches */
int          gloss_transcript_view_find_match    (GlossTranscriptView *self,
                                                  guint                offset);
void         gloss_transcript_view_set_current_match (GlossTranscriptView *self,
                                                      int                  index);
int          gloss_transcript_view_get_current_match (GlossTranscriptView *self);

G_END_DECLS
