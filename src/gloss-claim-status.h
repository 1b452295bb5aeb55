#pragma once

#include <adwaita.h>

#include "gloss-project.h"

G_BEGIN_DECLS

/* How a claim's status looks everywhere in the window: a symbolic icon and
 * one of the HIG's colours (success, warning, error, accent; unchecked is
 * dimmed), as the style class "status-STATUS". */
const char *gloss_claim_status_icon_name   (GlossClaimStatus status);
/* "status-verified", … */
const char *gloss_claim_status_css_class   (GlossClaimStatus status);

/* A claim row's record line: the status icon and label, the figures the
 * quote states and the number of sources. */
GtkWidget  *gloss_claim_status_line_new    (void);
void        gloss_claim_status_line_update (GtkWidget        *line,
                                            GlossProject     *project,
                                            GlossClaim       *claim);

G_END_DECLS
