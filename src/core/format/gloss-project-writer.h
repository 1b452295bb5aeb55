#pragma once

#include "gloss-project-snapshot.h"

G_BEGIN_DECLS

/* The canonical form of a snapshot (see gloss_project_file_to_bytes). Runs
 * in any thread. */
GBytes *gloss_project_writer_write (const GlossProjectSnapshot *snapshot);

G_END_DECLS
