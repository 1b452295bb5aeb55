#pragma once

#include <gio/gio.h>

#include "gloss-document.h"

G_BEGIN_DECLS

/* Drafts and crash recovery (issue 6).
 *
 * While a document has unsaved changes, it calls
 * gloss_draft_store_save_async() a few seconds after the last edit
 * (gloss_document_set_drafts). A draft is a complete project file (gloss_project_file_to_bytes),
 * written atomically as DIR/ID.gloss, with a key-file sidecar DIR/ID.draft
 * recording the original file's URI, a title and the time of the change.
 *
 * ID is stable per project: for a project with a file, a hash of its URI;
 * for an unsaved import, a random id attached to the GlossDocument for as
 * long as it lives. When the document gets a file (Save As), the next save
 * or remove also deletes the draft kept under its previous id.
 *
 * A draft is removed (gloss_draft_store_remove) only after the real save
 * succeeded, and when the user discards the changes.
 *
 * Session: call gloss_draft_store_begin_session() at start-up and
 * gloss_draft_store_end_session() on a clean shutdown. If the previous
 * session did not end cleanly, gloss_draft_store_previous_session_crashed()
 * returns TRUE and the application offers each draft of
 * gloss_draft_store_list() (Restore / Discard). */

typedef struct
{
  char      *id;
  GFile     *draft_file;     /* DIR/ID.gloss */
  GFile     *original_file;  /* NULL for a project never saved */
  char      *title;          /* for display: the transcript title, else the file name */
  GDateTime *modified;       /* when the draft was written (local time) */
} GlossDraftInfo;

void            gloss_draft_info_free  (GlossDraftInfo *info);
GlossDraftInfo *gloss_draft_info_copy  (const GlossDraftInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossDraftInfo, gloss_draft_info_free)

#define GLOSS_TYPE_DRAFT_STORE (gloss_draft_store_get_type ())
G_DECLARE_FINAL_TYPE (GlossDraftStore, gloss_draft_store, GLOSS, DRAFT_STORE, GObject)

/* @dir: where drafts live; NULL for g_get_user_data_dir()/gloss/drafts.
 * The folder is created on the first write. */
GlossDraftStore *gloss_draft_store_new                      (GFile            *dir);
GFile           *gloss_draft_store_get_dir                  (GlossDraftStore  *self);

/* Creates this process's session marker (one per process, so processes
 * sharing the folder do not end each other's sessions); remembers the
 * markers left by processes that are gone. Calling it again in a session
 * does nothing. */
gboolean         gloss_draft_store_begin_session            (GlossDraftStore  *self,
                                                             GError          **error);
/* Removes this process's marker: the session ended cleanly. */
gboolean         gloss_draft_store_end_session              (GlossDraftStore  *self,
                                                             GError          **error);
/* TRUE when begin_session found the marker of a session whose process is
 * gone without ending it: a crash. */
gboolean         gloss_draft_store_previous_session_crashed (GlossDraftStore  *self);
/* Removes the markers of those crashed sessions, once the crash was
 * reported to the user: the next start does not report it again. */
gboolean         gloss_draft_store_forget_crashed_sessions  (GlossDraftStore  *self,
                                                             GError          **error);
/* TRUE when another process that is still running (not a reused pid) has
 * a session in this folder: its drafts are its live work. */
gboolean         gloss_draft_store_other_session_running    (GlossDraftStore  *self);

/* the draft id of @document (stable, see above); free with g_free */
char            *gloss_draft_store_dup_id                   (GlossDraftStore  *self,
                                                             GlossDocument    *document);

/* Writes (or overwrites) the draft of @document. Does not change @document. */
gboolean         gloss_draft_store_save                     (GlossDraftStore  *self,
                                                             GlossDocument    *document,
                                                             GError          **error);
/* Same, but only a snapshot of @document is taken on the calling thread
 * (gloss_project_snapshot_new, a few milliseconds for 50,000 claims); it is
 * serialized and written in a worker thread, so the window does not stutter
 * on a large project, and edits made meanwhile do not reach this draft.
 * Call it from the thread that edits @document, whose thread-default main
 * context runs @callback. */
void             gloss_draft_store_save_async               (GlossDraftStore     *self,
                                                             GlossDocument       *document,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
gboolean         gloss_draft_store_save_finish              (GlossDraftStore  *self,
                                                             GAsyncResult     *result,
                                                             GError          **error);

/* Removes the draft @document wrote, or was restored from (under its
 * current and previous id); no error when there is none. A document that
 * never had a draft removes nothing, not even a draft of the same file. */
gboolean         gloss_draft_store_remove                   (GlossDraftStore  *self,
                                                             GlossDocument    *document,
                                                             GError          **error);
/* Removes a listed draft (Discard). */
gboolean         gloss_draft_store_discard                  (GlossDraftStore      *self,
                                                             const GlossDraftInfo *info,
                                                             GError              **error);

/* Every draft in the folder, newest first; element type GlossDraftInfo
 * (freed with the array). Unreadable sidecars are skipped. */
GPtrArray       *gloss_draft_store_list                     (GlossDraftStore  *self,
                                                             GError          **error);

/* The draft of @file (as a document with that file writes it), or NULL:
 * what to offer when the file itself cannot be read. */
GlossDraftInfo  *gloss_draft_store_lookup                   (GlossDraftStore  *self,
                                                             GFile            *file);

/* Loads a draft: a document for the original file (none when it was never
 * saved, or was moved or deleted since), unsaved; saving it again as a
 * draft reuses the same id. */
GlossDocument   *gloss_draft_store_load                     (GlossDraftStore      *self,
                                                             const GlossDraftInfo *info,
                                                             GError              **error);

G_END_DECLS
