#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* drafts and crash recovery: see issue 6 (owner: project-file engineer) */

G_END_DECLS
