#pragma once

#include <gtk/gtk.h>

#include "gloss-document.h"
#include "gloss-topic-chooser.h"
#include "gloss-transcript-view.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_TAGGING_CONTROLLER (gloss_tagging_controller_get_type ())
G_DECLARE_FINAL_TYPE (GlossTaggingController, gloss_tagging_controller, GLOSS, TAGGING_CONTROLLER, GObject)

/* Turns a selection in the transcript view into a claim: a topic key, or
 * the topic chooser popover of the tag button (topics and a note), which
 * also edits an existing claim. It holds what tagging needs between two
 * events: the selection the chooser was opened for, the claim being
 * edited, whether the note gets the focus. Every edit goes through the
 * document's history.
 *
 * Signals:
 *   "tagged"   (GlossClaim *claim)   a claim was created, given a topic or
 *                                    resized: the one to select
 *   "message"  (const char *text)    something to tell the user (a toast) */
GlossTaggingController *gloss_tagging_controller_new          (GlossTranscriptView    *view,
                                                               GtkMenuButton          *tag_button,
                                                               GlossTopicChooser      *chooser);

void                    gloss_tagging_controller_set_document (GlossTaggingController *self,
                                                               GlossDocument          *document);
/* the name new claims are signed with */
void                    gloss_tagging_controller_set_author   (GlossTaggingController *self,
                                                               const char             *author);

/* tags the selection with the topic whose key is @key ("1".."9"): the
 * selection widened to whole words, or with @exact as it is */
void                    gloss_tagging_controller_tag_with_key (GlossTaggingController *self,
                                                               const char             *key,
                                                               gboolean                exact);
/* opens the chooser for the selection */
void                    gloss_tagging_controller_tag          (GlossTaggingController *self);
/* opens the chooser on @claim; @focus_note puts the cursor in its note */
void                    gloss_tagging_controller_edit_claim   (GlossTaggingController *self,
                                                               GlossClaim             *claim,
                                                               gboolean                focus_note);

/* moves the start (or, with @end_edge, the end) of @claim one word
 * forward or back, undoably */
void                    gloss_tagging_controller_move_edge    (GlossTaggingController *self,
                                                               GlossClaim             *claim,
                                                               gboolean                end_edge,
                                                               gboolean                forward);

G_END_DECLS
