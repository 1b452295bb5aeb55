#pragma once

#include <gtk/gtk.h>

#include "gloss-project.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_TOPIC_CHOOSER (gloss_topic_chooser_get_type ())
G_DECLARE_FINAL_TYPE (GlossTopicChooser, gloss_topic_chooser, GLOSS, TOPIC_CHOOSER, GtkPopover)

/* Signals:
 *   "apply" (GStrv topic_ids, const char *note)  Apply was pressed; the
 *            claim being edited (or NULL for a new one) is
 *            gloss_topic_chooser_get_claim() */
GtkWidget  *gloss_topic_chooser_new         (void);
void        gloss_topic_chooser_set_project (GlossTopicChooser *self,
                                             GlossProject      *project);
/* Fills the chooser for a new claim over @quote (@claim NULL) or for
 * editing @claim. */
void        gloss_topic_chooser_prepare     (GlossTopicChooser *self,
                                             GlossClaim        *claim,
                                             const char        *quote,
                                             gboolean           focus_note);
GlossClaim *gloss_topic_chooser_get_claim   (GlossTopicChooser *self);
/* for tests: checks the topic and presses Apply */
void        gloss_topic_chooser_set_active  (GlossTopicChooser *self,
                                             const char        *topic_id,
                                             gboolean           active);
void        gloss_topic_chooser_set_note    (GlossTopicChooser *self,
                                             const char        *note);
void        gloss_topic_chooser_apply       (GlossTopicChooser *self);

G_END_DECLS
