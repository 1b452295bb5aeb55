#pragma once

#include <adwaita.h>

#include "gloss-document.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_PROPERTIES_DIALOG (gloss_properties_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlossPropertiesDialog, gloss_properties_dialog, GLOSS, PROPERTIES_DIALOG, AdwPreferencesWindow)

/* Shows and edits the transcript's title, date, place, language and
 * participants. A field's edit is committed (one undoable step through the
 * document's history) when Enter is pressed in it, when the focus leaves
 * it, and when the dialog closes; an invalid date or language tag is
 * marked and not committed. The dialog goes away if the document is
 * reloaded. */
GtkWidget *gloss_properties_dialog_new (GtkWindow     *parent,
                                        GlossDocument *document);

G_END_DECLS
