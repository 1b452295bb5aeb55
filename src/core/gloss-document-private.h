#pragma once

#include "gloss-document.h"

G_BEGIN_DECLS

/* for tests: the file a later gloss_document_save (self, NULL) writes,
 * without writing it now */
void _gloss_document_set_file (GlossDocument *self,
                               GFile         *file);

G_END_DECLS
