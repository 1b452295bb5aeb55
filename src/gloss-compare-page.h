#pragma once

#include <gtk/gtk.h>

#include "gloss-history.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_COMPARE_PAGE (gloss_compare_page_get_type ())
G_DECLARE_FINAL_TYPE (GlossComparePage, gloss_compare_page, GLOSS, COMPARE_PAGE, GtkBox)

/* The side page that compares my project with another annotator's: the
 * agreement figures per topic (gloss-agreement) and the list of
 * disagreements (gloss-compare), each with "Take Theirs" (undoable) and
 * "Keep Mine"; on the selected row, T (compare.take-theirs) takes theirs
 * and M (compare.keep-mine) keeps mine and moves on.
 * Kept up to date as I edit. Signal "claim-activated" (GlossClaim *mine,
 * GlossClaim *theirs; either may be NULL) when a row is selected or
 * activated. */
GtkWidget    *gloss_compare_page_new         (void);
/* NULL: no project (stops comparing) */
void          gloss_compare_page_set_history (GlossComparePage *self,
                                              GlossHistory     *history);
/* Compares with @theirs (NULL: stops); FALSE with the error when the texts
 * differ. @label names their file. */
gboolean      gloss_compare_page_set_theirs  (GlossComparePage *self,
                                              GlossProject     *theirs,
                                              const char       *label,
                                              GError          **error);
GlossProject *gloss_compare_page_get_theirs  (GlossComparePage *self);
guint         gloss_compare_page_get_n_disagreements (GlossComparePage *self);

G_END_DECLS
