#pragma once

#include <adwaita.h>

#include "gloss-claim-query.h"
#include "gloss-project.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_CLAIM_ROW (gloss_claim_row_get_type ())
G_DECLARE_FINAL_TYPE (GlossClaimRow, gloss_claim_row, GLOSS, CLAIM_ROW, AdwBin)

GtkWidget  *gloss_claim_row_new       (void);
/* @claim NULL to unbind */
void        gloss_claim_row_set_claim (GlossClaimRow *self,
                                       GlossProject  *project,
                                       GlossClaim    *claim);
GlossClaim *gloss_claim_row_get_claim (GlossClaimRow *self);
/* the words @query searches for are marked in the quote and the note, and
 * follow its search text; NULL: nothing marked */
void        gloss_claim_row_set_query (GlossClaimRow   *self,
                                       GlossClaimQuery *query);

G_END_DECLS
