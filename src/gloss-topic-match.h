#pragma once

#include <adwaita.h>

#include "gloss-history.h"

G_BEGIN_DECLS

/* A button for the Topics dialog that edits what "Suggest Claims" looks
 * for in @topic: its keywords (separated by commas or semicolons) and an
 * optional regular expression, which is checked with GRegex before it is
 * applied; both through @history, undoable as one step. */
GtkWidget *gloss_topic_match_button_new (GlossHistory *history,
                                         GlossTopic   *topic);

/* "a, b ; c" → { "a", "b", "c" }: trimmed, empty parts and duplicates
 * dropped */
GStrv      gloss_topic_match_parse_keywords (const char *text);

G_END_DECLS
