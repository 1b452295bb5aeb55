#pragma once

#include <gio/gio.h>

#include "gloss-project.h"

G_BEGIN_DECLS

/* What gloss_project_file_to_bytes writes, frozen, so that a worker thread
 * can serialize while the main thread goes on editing. Taking one is cheap:
 * it refs the texts, the alignment and the claims, acquires the claims'
 * words (which moving a claim replaces), and copies only the rest of what
 * edits replace: text metadata, topics, claims' spans, topics, notes and
 * modification times. Take and free it on the thread that edits the
 * project: freeing may drop the last reference to claims removed since.
 * to_bytes may run in any thread, any number of times, and gives exactly
 * what gloss_project_file_to_bytes gave when the snapshot was taken. */
typedef struct _GlossProjectSnapshot GlossProjectSnapshot;

GlossProjectSnapshot *gloss_project_snapshot_new      (GlossProject               *project);
GBytes               *gloss_project_snapshot_to_bytes (const GlossProjectSnapshot *snapshot);
void                  gloss_project_snapshot_free     (GlossProjectSnapshot       *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossProjectSnapshot, gloss_project_snapshot_free)

G_END_DECLS
