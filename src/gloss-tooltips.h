#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8 sizes a wrapping tooltip below its text's natural width, and
 * Chinese and Japanese, which may break between any two characters, come
 * out at one or two characters a line, over the menus around them. From
 * gloss_tooltips_install () on, every widget's tooltip text or markup is
 * shown in a label of its own natural width (up to a readable measure),
 * wrapping only when longer. Widgets whose own query-tooltip handler
 * answers first keep their tooltips. */
void       gloss_tooltips_install   (void);

/* the label a tooltip shows @markup in */
GtkWidget *gloss_tooltip_label_new  (const char *markup);

G_END_DECLS
