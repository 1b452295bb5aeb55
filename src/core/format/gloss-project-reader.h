#pragma once

#include "gloss-project-file.h"

G_BEGIN_DECLS

/* The project schema, versions 1 and 2, into a GlossProject (see
 * gloss_project_file_load_data for the rules). Version 2 only adds optional
 * members, so a version 1 file reads as version 2 and is saved as one. */
GlossProject *gloss_project_reader_read (const char            *data,
                                         gsize                  length,
                                         const char            *display_name,
                                         GlossProjectLoadFlags  flags,
                                         GError               **error);

G_END_DECLS
