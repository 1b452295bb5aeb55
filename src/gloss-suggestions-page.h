#pragma once

#include <adwaita.h>

#include "gloss-history.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_SUGGESTIONS_PAGE (gloss_suggestions_page_get_type ())
G_DECLARE_FINAL_TYPE (GlossSuggestionsPage, gloss_suggestions_page, GLOSS, SUGGESTIONS_PAGE, AdwBin)

/* The side panel's Suggestions page: the sentences "Suggest Claims" found
 * (gloss-suggest), each with Accept and Reject; Return accepts the
 * selected one, Delete rejects it, "Accept All" accepts every one shown.
 * Every edit goes through the history. The suggestions are marked in
 * @text_view with an underline in their topic's colour.
 *
 * Signals: "show-range" (guint start, guint end): the user selected a
 * suggestion; "count-changed" () after a search. */
GtkWidget *gloss_suggestions_page_new         (void);
/* NULL: no project (the page empties and the marks go) */
void       gloss_suggestions_page_set_history (GlossSuggestionsPage *self,
                                               GlossHistory         *history,
                                               GtkTextView          *text_view);
/* runs the search again; returns the number found */
guint      gloss_suggestions_page_suggest     (GlossSuggestionsPage *self);
guint      gloss_suggestions_page_get_count   (GlossSuggestionsPage *self);
/* for tests: accept or reject the suggestion at @index of the list */
void       gloss_suggestions_page_accept      (GlossSuggestionsPage *self,
                                               guint                 index);
void       gloss_suggestions_page_reject      (GlossSuggestionsPage *self,
                                               guint                 index);
void       gloss_suggestions_page_accept_all  (GlossSuggestionsPage *self);

G_END_DECLS
