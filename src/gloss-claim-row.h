#pragma once

#include <adwaita.h>

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

G_END_DECLS
