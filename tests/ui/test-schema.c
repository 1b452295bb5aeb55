/* The uninstalled binary started without GSETTINGS_SCHEMA_DIR (as a user
 * runs build/src/gloss from the build tree): the settings schema comes from
 * the build tree. Run with GSETTINGS_SCHEMA_DIR and XDG_DATA_DIRS pointing
 * where no schema is (tests/ui/meson.build). */

#include "config.h"

#include "gloss-application.h"
#include "gloss-environment.h"

static void
test_build_tree_schema (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  /* the default places do not have it … */
  if (source != NULL)
    {
      g_autoptr(GSettingsSchema) installed = g_settings_schema_source_lookup (source, APP_ID, TRUE);

      if (installed != NULL)
        {
          g_test_skip ("the schema is installed on this machine");
          return;
        }
    }

  /* … the application finds it all the same */
  schema = gloss_environment_lookup_schema (&error);
  g_assert_no_error (error);
  g_assert_nonnull (schema);
  g_assert_cmpstr (g_settings_schema_get_id (schema), ==, APP_ID);

  settings = gloss_environment_new_settings ();
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-delay"), ==, 3);
  g_settings_set_uint (settings, "autosave-delay", 5);
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-delay"), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema/build-tree", test_build_tree_schema);

  return g_test_run ();
}
