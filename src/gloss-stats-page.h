#pragma once

#include <adwaita.h>

#include "gloss-project.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_STATS_PAGE (gloss_stats_page_get_type ())
G_DECLARE_FINAL_TYPE (GlossStatsPage, gloss_stats_page, GLOSS, STATS_PAGE, AdwBin)

/* The side panel's Statistics page, drawn with cairo in the style's
 * colours: the speaker × topic matrix of claim counts (gloss-stats), a
 * timeline of the whole transcript (turns coloured by kind, claims as
 * ticks in their topics' colours), claims per question and per status.
 *
 * Signal "filter" (const char *topic_id, const char *speaker): the user
 * clicked a cell of the matrix. */
GtkWidget *gloss_stats_page_new         (void);
void       gloss_stats_page_set_project (GlossStatsPage *self,
                                         GlossProject   *project);
/* recounts now (otherwise a moment after each edit) */
void       gloss_stats_page_refresh     (GlossStatsPage *self);
/* for tests: the count the matrix shows, or -1 outside it */
int        gloss_stats_page_cell_at     (GlossStatsPage *self,
                                         double          x,
                                         double          y,
                                         char          **topic_id,
                                         char          **speaker);

G_END_DECLS
