#pragma once

#include <adwaita.h>

#include "gloss-drafts.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_APPLICATION (gloss_application_get_type ())
G_DECLARE_FINAL_TYPE (GlossApplication, gloss_application, GLOSS, APPLICATION, AdwApplication)

GlossApplication *gloss_application_new          (void);
GSettings        *gloss_application_get_settings (GlossApplication *self);
GlossDraftStore  *gloss_application_get_drafts   (GlossApplication *self);

/* when a draft was written, as “today at 14:05”, translated */
char             *gloss_application_format_draft_time (GDateTime   *when);

G_END_DECLS
