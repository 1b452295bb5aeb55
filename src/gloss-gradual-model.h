#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GLOSS_TYPE_GRADUAL_MODEL (gloss_gradual_model_get_type ())
G_DECLARE_FINAL_TYPE (GlossGradualModel, gloss_gradual_model, GLOSS, GRADUAL_MODEL, GObject)

/* Passes a list model through, but after a large change shows only the
 * first @chunk changed items, and @chunk more at each
 * gloss_gradual_model_step(): GTK 4.8's list view keeps 200 rows built and
 * measures them all in the frame after a change, which made a search
 * keystroke take 150 ms to draw on 50,000 claims. A chunk of 0 passes
 * every change through at once. */
GlossGradualModel *gloss_gradual_model_new          (GListModel        *model);
void               gloss_gradual_model_set_chunk    (GlossGradualModel *self,
                                                     guint              chunk);
/* shows some more items; FALSE when all are shown */
gboolean           gloss_gradual_model_step         (GlossGradualModel *self);
void               gloss_gradual_model_show_all     (GlossGradualModel *self);
gboolean           gloss_gradual_model_is_complete  (GlossGradualModel *self);

G_END_DECLS
