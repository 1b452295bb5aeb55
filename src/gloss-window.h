#pragma once

#include <adwaita.h>

#include "gloss-document.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_WINDOW (gloss_window_get_type ())
G_DECLARE_FINAL_TYPE (GlossWindow, gloss_window, GLOSS, WINDOW, AdwApplicationWindow)

GlossWindow   *gloss_window_new          (GtkApplication *application);
/* the shortcuts of the window's actions */
void           gloss_window_install_accels (GtkApplication *application);

/* Opens a project (.gloss) or imports a transcript (anything else), read
 * in the background. On error a dialog explains it and the open project
 * stays as it was. A window with unsaved changes opens the file in a new
 * window. */
void           gloss_window_open_file    (GlossWindow    *self,
                                          GFile          *file);
/* the document the window shows, or NULL for the welcome page */
GlossDocument *gloss_window_get_document (GlossWindow    *self);
void           gloss_window_set_document (GlossWindow    *self,
                                          GlossDocument  *document);

G_END_DECLS
