#pragma once

#include "gloss-project.h"

G_BEGIN_DECLS

/* Fails the test unless @a and @b hold the same texts (content, metadata,
 * turns, participants), alignment, topics and claims (every member, dates
 * to the microsecond), in the same order. */
void assert_projects_equal (GlossProject *a,
                            GlossProject *b);

G_END_DECLS
