#pragma once

#include <gtk/gtk.h>

#include "gloss-transcript-view.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_FIND_BAR (gloss_find_bar_get_type ())
G_DECLARE_FINAL_TYPE (GlossFindBar, gloss_find_bar, GLOSS, FIND_BAR, GtkWidget)

/* Find in the text: a search bar over the transcript that marks every
 * match (gloss-text-find: case and accents ignored), goes to the next and
 * previous with Enter and Shift+Enter, and says "3 of 17". It searches the
 * view that last had the focus among those added (side by side: the pane
 * the user is in). */
GtkWidget           *gloss_find_bar_new         (void);
/* the first view added is searched until another gets the focus */
void                 gloss_find_bar_add_view    (GlossFindBar        *self,
                                                 GlossTranscriptView *view);
GlossTranscriptView *gloss_find_bar_get_view    (GlossFindBar        *self);

/* shows the bar with the focus in its entry, its text selected; a few
 * words selected in the text become the search */
void                 gloss_find_bar_open        (GlossFindBar        *self);
/* hides it, unmarks the matches, gives the focus back to the view */
void                 gloss_find_bar_close       (GlossFindBar        *self);
gboolean             gloss_find_bar_get_open    (GlossFindBar        *self);
/* puts @text in the entry and searches at once (typing searches after a
 * short pause) */
void                 gloss_find_bar_set_text    (GlossFindBar        *self,
                                                 const char          *text);
void                 gloss_find_bar_next        (GlossFindBar        *self);
void                 gloss_find_bar_previous    (GlossFindBar        *self);
/* "3 of 17", "No matches", or "" without a query */
const char          *gloss_find_bar_get_count_text (GlossFindBar     *self);

G_END_DECLS
