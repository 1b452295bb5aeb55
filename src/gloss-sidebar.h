#pragma once

#include <adwaita.h>

#include "gloss-project.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_SIDEBAR (gloss_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (GlossSidebar, gloss_sidebar, GLOSS, SIDEBAR, AdwBin)

/* Signals:
 *   "claim-selected"  (GlossClaim *)            the user selected a row
 *   "claim-activated" (GlossClaim *)            Enter or double click
 *   "edit-claim"      (GlossClaim *, gboolean)  context menu; TRUE for the note
 *   "delete-claim"    (GlossClaim *)            Delete or context menu */
GtkWidget  *gloss_sidebar_new                 (void);
void        gloss_sidebar_set_project         (GlossSidebar *self,
                                               GlossProject *project);
/* the claims the filters let through, in transcript order */
GListModel *gloss_sidebar_get_filtered_claims (GlossSidebar *self);
gboolean    gloss_sidebar_get_filter_active   (GlossSidebar *self);
/* FALSE while the list still adds rows after a large change */
gboolean    gloss_sidebar_get_list_complete   (GlossSidebar *self);
GlossClaim *gloss_sidebar_get_selected_claim  (GlossSidebar *self);
/* selects @claim's row and scrolls to it, without emitting claim-selected */
void        gloss_sidebar_select_claim        (GlossSidebar *self,
                                               GlossClaim   *claim);
void        gloss_sidebar_focus_search        (GlossSidebar *self);
void        gloss_sidebar_focus_list          (GlossSidebar *self);
void        gloss_sidebar_set_search_text     (GlossSidebar *self,
                                               const char   *text);
void        gloss_sidebar_set_topic_filter    (GlossSidebar *self,
                                               const char   *topic_id,
                                               gboolean      active);
/* NULL for all speakers */
void        gloss_sidebar_set_speaker_filter  (GlossSidebar *self,
                                               const char   *speaker);
/* a set of statuses (bit 1 << GlossClaimStatus), 0 for all */
void        gloss_sidebar_set_status_filter   (GlossSidebar *self,
                                               guint         statuses);
const char *gloss_sidebar_get_count_text      (GlossSidebar *self);
/* "transcript" (the default), "speaker", "topic" (in the order of the
 * topic list) or "modified" (the most recently modified first) */
void        gloss_sidebar_set_sort_order      (GlossSidebar *self,
                                               const char   *order);
const char *gloss_sidebar_get_sort_order      (GlossSidebar *self);

G_END_DECLS
