#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Lays children out left to right at their natural width, starting a new
 * line when the next one does not fit, like words in a paragraph (GTK 4.8
 * has no wrap box; GtkFlowBox gives every column the widest child's
 * width, which stacks a few long chips one per line). */
#define GLOSS_TYPE_WRAP_LAYOUT (gloss_wrap_layout_get_type ())
G_DECLARE_FINAL_TYPE (GlossWrapLayout, gloss_wrap_layout, GLOSS, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *gloss_wrap_layout_new (int column_spacing,
                                         int row_spacing);

G_END_DECLS
