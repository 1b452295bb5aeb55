#pragma once

#include <gtk/gtk.h>

#include "gloss-history.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_CONFLICT_ROW (gloss_conflict_row_get_type ())
G_DECLARE_FINAL_TYPE (GlossConflictRow, gloss_conflict_row, GLOSS, CONFLICT_ROW, GtkListBoxRow)

/* A claim that a 3-way merge left conflicting: our version beside theirs
 * (quote, topics, note, author), and buttons to keep mine, take theirs or
 * keep both, each one undoable step through @history. */
GtkWidget  *gloss_conflict_row_new       (GlossHistory *history,
                                          GlossClaim   *claim);
GlossClaim *gloss_conflict_row_get_claim (GlossConflictRow *self);

G_END_DECLS
