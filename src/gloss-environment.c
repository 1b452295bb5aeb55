#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-environment.h"

GFile *
gloss_environment_find_sample (void)
{
  const char *dirs[] = { g_getenv ("GLOSS_SAMPLE_DIR"), SOURCE_DATADIR, PKGDATADIR };
  const char *names[] = { "sample-briefing.gloss", "sample-briefing.txt" };

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    for (guint n = 0; n < G_N_ELEMENTS (names); n++)
      {
        g_autofree char *path = NULL;

        if (dirs[d] == NULL || *dirs[d] == '\0')
          continue;
        path = g_build_filename (dirs[d], names[n], NULL);
        if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
          return g_file_new_for_path (path);
      }

  return NULL;
}

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autofree char *compiled = g_build_filename (GLOSS_SCHEMA_BUILDDIR, "gschemas.compiled", NULL);
  g_autoptr(GSettingsSchemaSource) build_source = NULL;

  if (schema != NULL)
    return schema;

  /* the uninstalled binary, started without GSETTINGS_SCHEMA_DIR */
  if (!g_file_test (compiled, G_FILE_TEST_IS_REGULAR))
    return NULL;
  build_source = g_settings_schema_source_new_from_directory (GLOSS_SCHEMA_BUILDDIR, source, FALSE, NULL);

  return build_source ? g_settings_schema_source_lookup (build_source, APP_ID, FALSE) : NULL;
}

GSettingsSchema *
gloss_environment_lookup_schema (GError **error)
{
  static GSettingsSchema *schema;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (schema == NULL)
    schema = lookup_schema ();
  if (schema == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %s is the settings schema id */
                   _("The settings schema “%s” is not installed. Install Gloss, or run it from the build "
                     "tree with build-aux/run (or set GSETTINGS_SCHEMA_DIR to the folder holding "
                     "gschemas.compiled)."),
                   APP_ID);
      return NULL;
    }

  return g_settings_schema_ref (schema);
}

GSettings *
gloss_environment_new_settings (void)
{
  g_autoptr(GSettingsSchema) schema = gloss_environment_lookup_schema (NULL);

  /* without a schema g_settings_new() aborts with GLib's own message;
   * main() has already explained it */
  if (schema == NULL)
    return g_settings_new (APP_ID);

  return g_settings_new_full (schema, NULL, NULL);
}

char *
gloss_environment_dup_system_name (void)
{
  const char *real = g_get_real_name ();

  /* GLib says "Unknown" when the password database has no real name */
  if (real != NULL && *real != '\0' && strcmp (real, "Unknown") != 0)
    return g_strdup (real);

  return g_strdup (g_get_user_name ());
}

char *
gloss_environment_dup_author_name (GSettings *settings)
{
  g_autofree char *setting = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  setting = g_strstrip (g_settings_get_string (settings, "author-name"));
  if (*setting != '\0')
    return g_steal_pointer (&setting);

  return gloss_environment_dup_system_name ();
}
