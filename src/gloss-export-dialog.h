#pragma once

#include <adwaita.h>

#include "gloss-document.h"
#include "gloss-export-format.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_EXPORT_DIALOG (gloss_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlossExportDialog, gloss_export_dialog, GLOSS, EXPORT_DIALOG, AdwWindow)

/* Signals:
 *   "exported" (GFile *file)  the export was written */
GtkWidget *gloss_export_dialog_new            (GtkWindow    *parent,
                                               GlossDocument *document,
                                               GListModel   *filtered);
/* for tests and the chooser: writes the export with the chosen options */
gboolean   gloss_export_dialog_export_to_file (GlossExportDialog *self,
                                               GFile             *file,
                                               GError           **error);
void       gloss_export_dialog_set_format     (GlossExportDialog       *self,
                                               const GlossExportFormat *format);
const GlossExportFormat *
           gloss_export_dialog_get_format     (GlossExportDialog *self);
/* TRUE: the claims the sidebar shows; FALSE: all of them. The dialog
 * starts on the last choice made in it (the export-scope setting). */
void       gloss_export_dialog_set_filtered   (GlossExportDialog *self,
                                               gboolean           filtered);
gboolean   gloss_export_dialog_get_filtered   (GlossExportDialog *self);

G_END_DECLS
