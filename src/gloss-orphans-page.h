#pragma once

#include <adwaita.h>

#include "gloss-project.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_ORPHANS_PAGE (gloss_orphans_page_get_type ())
G_DECLARE_FINAL_TYPE (GlossOrphansPage, gloss_orphans_page, GLOSS, ORPHANS_PAGE, AdwBin)

/* The side panel's "Orphans" page: the claims whose text a revision took
 * away, each with the words it had, its topics and note, and two buttons:
 * attach it to the text selected in the transcript, or delete it. The page
 * only lists; the window makes the edits ("attach-claim" and
 * "delete-claim", both (GlossClaim *claim)).
 * Property "n-orphans" (guint, read-only). */
GtkWidget *gloss_orphans_page_new           (void);
void       gloss_orphans_page_set_project   (GlossOrphansPage *self,
                                             GlossProject     *project);
guint      gloss_orphans_page_get_n_orphans (GlossOrphansPage *self);

G_END_DECLS
