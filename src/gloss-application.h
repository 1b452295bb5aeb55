#pragma once

#include <adwaita.h>

#include "gloss-drafts.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_APPLICATION (gloss_application_get_type ())
G_DECLARE_FINAL_TYPE (GlossApplication, gloss_application, GLOSS, APPLICATION, AdwApplication)

GlossApplication *gloss_application_new          (void);
GSettings        *gloss_application_get_settings (GlossApplication *self);
GlossDraftStore  *gloss_application_get_drafts   (GlossApplication *self);

/* The settings schema: installed, or for the uninstalled binary the build
 * tree's; NULL and an error saying so when neither is there. */
GSettingsSchema  *gloss_application_lookup_schema (GError          **error);
/* the application's settings, over that schema */
GSettings        *gloss_application_new_settings  (void);
/* when a draft was written, as “today at 14:05”, translated */
char             *gloss_application_format_draft_time (GDateTime   *when);

/* where the bundled sample transcript is, or NULL */
GFile            *gloss_application_find_sample  (void);

G_END_DECLS
