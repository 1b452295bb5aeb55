#pragma once

#include <gtk/gtk.h>

#include "gloss-history.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_CONFLICTS_PAGE (gloss_conflicts_page_get_type ())
G_DECLARE_FINAL_TYPE (GlossConflictsPage, gloss_conflicts_page, GLOSS, CONFLICTS_PAGE, GtkBox)

/* The side page of conflicting claims (after gloss-cli merge --base, as
 * git's merge driver), one GlossConflictRow each, kept up to date with the
 * project. Property "n-conflicts" (guint): the window shows the page while
 * it is not 0. */
GtkWidget *gloss_conflicts_page_new             (void);
/* NULL: no project */
void       gloss_conflicts_page_set_history     (GlossConflictsPage *self,
                                                 GlossHistory       *history);
guint      gloss_conflicts_page_get_n_conflicts (GlossConflictsPage *self);

G_END_DECLS
