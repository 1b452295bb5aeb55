#pragma once

#include <adwaita.h>

#include "gloss-history.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_TOPICS_DIALOG (gloss_topics_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlossTopicsDialog, gloss_topics_dialog, GLOSS, TOPICS_DIALOG, AdwWindow)

/* add, rename, recolour, reorder and delete the topics of the history's
 * project; every change is undoable */
GtkWidget *gloss_topics_dialog_new (GtkWindow    *parent,
                                    GlossHistory *history);

G_END_DECLS
