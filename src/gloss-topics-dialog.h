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

/* A REFI-QDA codebook (.qdc) of the project's topics, and the topics of
 * one added to the project in one undoable step (topics it has by name are
 * left alone); import returns how many were added, 0 with @error set on
 * failure. The header bar's buttons call these after a file chooser. */
gboolean   gloss_topics_dialog_export_codebook (GlossTopicsDialog  *self,
                                                GFile              *file,
                                                GError            **error);
guint      gloss_topics_dialog_import_codebook (GlossTopicsDialog  *self,
                                                GFile              *file,
                                                GError            **error);

G_END_DECLS
