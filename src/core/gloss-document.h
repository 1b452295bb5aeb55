#pragma once

#include <gio/gio.h>

#include "gloss-history.h"
#include "gloss-import-format.h"
#include "gloss-project.h"

G_BEGIN_DECLS

typedef struct _GlossDraftStore GlossDraftStore;

#define GLOSS_TYPE_DOCUMENT (gloss_document_get_type ())
G_DECLARE_FINAL_TYPE (GlossDocument, gloss_document, GLOSS, DOCUMENT, GObject)

/* One open project: the project, its history, the file it lives in (or
 * none yet), the file's etag when it was last read or written, and the
 * saved point. The window shows a document; gloss-cli loads and saves
 * through one.
 *
 * "modified" is TRUE when the project's state (gloss_history_get_state)
 * is not the one that was last loaded or saved: undoing back to it clears
 * it again. Edits must go through gloss_document_get_history().
 *
 * With a draft store (gloss_document_set_drafts), a draft of the unsaved
 * project is written a few seconds after each edit, removed once the
 * project is saved, undone back to its saved state, or discarded.
 *
 * Properties: "project", "history" (both replaced by a reload), "file",
 * "modified" (read-only). Signal "saved" (GFile *file) after a save. */

/* @file: where @project was loaded from, or NULL for a new one; the
 * document starts unmodified */
GlossDocument *gloss_document_new               (GlossProject        *project,
                                                 GFile               *file);

/* Opens @file: a Gloss project (by its extension or its content), else a
 * transcript imported into a new project with the default topics, read
 * with @options (an encoding; may be NULL). Errors name the file. */
GlossDocument *gloss_document_open              (GFile               *file,
                                                 const GlossImportOptions *options,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
/* The same, read and parsed in a worker thread. */
void           gloss_document_open_async        (GFile               *file,
                                                 const GlossImportOptions *options,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
GlossDocument *gloss_document_open_finish       (GAsyncResult        *result,
                                                 GError             **error);
/* TRUE when @file would be read as a Gloss project rather than imported */
gboolean       gloss_document_is_project_file   (GFile               *file);

GlossProject  *gloss_document_get_project       (GlossDocument       *self);
GlossHistory  *gloss_document_get_history       (GlossDocument       *self);
GFile         *gloss_document_get_file          (GlossDocument       *self);
gboolean       gloss_document_get_modified      (GlossDocument       *self);
/* Marks the project as unsaved whatever its history says (a restored
 * draft). */
void           gloss_document_set_unsaved       (GlossDocument       *self);

/* What the document is called: the file's name without “.gloss”, else the
 * transcript's title, else its source, else “Untitled Project”. */
char          *gloss_document_dup_name          (GlossDocument       *self);

/* Writes the project to @file (NULL: the document's file, which must be
 * set) atomically; on success the document's file is @file and the
 * current state is the saved one. On failure nothing changes. */
gboolean       gloss_document_save              (GlossDocument       *self,
                                                 GFile               *file,
                                                 GError             **error);
/* The same, with the project serialized and written in a worker thread
 * from a snapshot taken now: edits made meanwhile stay unsaved. */
void           gloss_document_save_async        (GlossDocument       *self,
                                                 GFile               *file,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean       gloss_document_save_finish       (GlossDocument       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* TRUE when another program changed, replaced or removed the document's
 * file since it was last read or written here. */
gboolean       gloss_document_changed_on_disk   (GlossDocument       *self);
/* Reads the file again: a new project and history replace the old ones.
 * On failure nothing changes. */
gboolean       gloss_document_reload            (GlossDocument       *self,
                                                 GError             **error);

/* Keeps drafts of the unsaved project in @store, @delay_ms after the last
 * edit; NULL stops. */
void           gloss_document_set_drafts        (GlossDocument       *self,
                                                 GlossDraftStore     *store,
                                                 guint                delay_ms);
void           gloss_document_set_draft_delay   (GlossDocument       *self,
                                                 guint                delay_ms);
/* Writes the draft now, synchronously (the process is about to end). */
gboolean       gloss_document_write_draft       (GlossDocument       *self,
                                                 GError             **error);
/* The user threw the changes away: the draft goes. */
void           gloss_document_discard_draft     (GlossDocument       *self);

G_END_DECLS
