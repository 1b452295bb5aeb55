#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A search key: compatibility-decomposed, combining marks removed, case
 * folded ("Vacunación" and "VACUNACION" give the same key). */
char *gloss_text_fold (const char *text,
                       gssize      length);

G_END_DECLS
