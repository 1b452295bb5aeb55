#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where the application finds what it needs outside its code: its settings
 * schema and the bundled sample, installed or in the build tree. */

/* The settings schema: installed, or for the uninstalled binary the build
 * tree's; NULL and an error saying so when neither is there. */
GSettingsSchema *gloss_environment_lookup_schema (GError **error);
/* the application's settings, over that schema */
GSettings       *gloss_environment_new_settings  (void);
/* where the bundled sample transcript is, or NULL */
GFile           *gloss_environment_find_sample   (void);
/* the user's name from the system: the real name, else the login name */
char            *gloss_environment_dup_system_name (void);
/* The author new claims carry: the "author-name" setting, or the system
 * name when the setting is empty (or only spaces). */
char            *gloss_environment_dup_author_name (GSettings *settings);

G_END_DECLS
