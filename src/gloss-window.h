#pragma once

#include <adwaita.h>

#include "gloss-application.h"
#include "gloss-history.h"
#include "gloss-project.h"
#include "gloss-sidebar.h"
#include "gloss-topic-chooser.h"
#include "gloss-transcript-view.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_WINDOW (gloss_window_get_type ())
G_DECLARE_FINAL_TYPE (GlossWindow, gloss_window, GLOSS, WINDOW, AdwApplicationWindow)

GlossWindow         *gloss_window_new                 (GlossApplication *application);

/* Opens a project (.gloss) or imports a transcript (anything else). On
 * error a dialog explains it and the open project stays as it was. A window
 * with unsaved changes opens the file in a new window. */
void                 gloss_window_open_file           (GlossWindow      *self,
                                                       GFile            *file);
/* the same without dialogs */
gboolean             gloss_window_load_file           (GlossWindow      *self,
                                                       GFile            *file,
                                                       GError          **error);
void                 gloss_window_set_project         (GlossWindow      *self,
                                                       GlossProject     *project);

GlossProject        *gloss_window_get_project         (GlossWindow      *self);
GlossHistory        *gloss_window_get_history         (GlossWindow      *self);
GlossTranscriptView *gloss_window_get_transcript_view (GlossWindow      *self);
GlossSidebar        *gloss_window_get_sidebar         (GlossWindow      *self);
GlossTopicChooser   *gloss_window_get_topic_chooser   (GlossWindow      *self);
/* the name the window title gives a project saved as @file: its display
 * name without “.gloss” */
char                *gloss_window_dup_file_title      (GFile            *file);
/* the message dialog the window is waiting on (close, error …), or NULL */
GtkWidget           *gloss_window_get_dialog          (GlossWindow      *self);

G_END_DECLS
