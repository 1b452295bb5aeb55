#pragma once

#include "gloss-drafts.h"

G_BEGIN_DECLS

struct _GlossDraftStore
{
  GObject   parent_instance;

  GFile    *dir;
  gboolean  previous_crashed;
  GFile    *marker;          /* this process's, while the session lasts */
  GPtrArray *crashed_markers; /* GFile: stale markers begin_session found */

  /* Writes run in worker threads. Each write or removal takes a ticket;
   * a write whose ticket is no longer the newest for its id is skipped, so
   * an older draft never lands over a newer one or over a removal. */
  GMutex      write_mutex;   /* held while files of a draft change */
  GMutex      ticket_mutex;  /* held briefly, for the table below */
  GHashTable *tickets;       /* id -> newest ticket (guint) */
  guint       next_ticket;
};

gboolean _gloss_draft_store_ensure_dir (GlossDraftStore  *self,
                                        GError          **error);

G_END_DECLS
