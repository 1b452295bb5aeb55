#pragma once

#include "gloss-project.h"

G_BEGIN_DECLS

/* Pango markup of a topic's colour dot ("●" in the topic colour), the one
 * way the window shows a topic's colour beside text. */
char *gloss_topic_markup_dot   (GlossTopic   *topic);
/* The topics of @claim, each as its dot and name, two spaces apart, in the
 * claim's order; "" when it has none the project knows. With
 * @keep_names_whole, a name never wraps inside itself. */
char *gloss_topic_markup_claim (GlossProject *project,
                                GlossClaim   *claim,
                                gboolean      keep_names_whole);

G_END_DECLS
