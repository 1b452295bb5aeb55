/* The preferences window: the style choice (follow the system, light,
 * dark) takes effect at once and at the next start, and the author new
 * claims carry is shown, from the setting or from the system. Needs a
 * display; skipped without one. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gloss-application.h"
#include "gloss-environment.h"
#include "gloss-preferences-window.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static GSettings *
settings (void)
{
  return gloss_application_get_settings (app);
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gpointer
find_child (GtkWidget *root,
            GType      type)
{
  GtkWidget *found = ui_test_find_widget (root, is_type, GSIZE_TO_POINTER (type));

  g_assert_nonnull (found);

  return found;
}

static GtkWidget *
open_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *prefs = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  ui_test_pump ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GLOSS_IS_PREFERENCES_WINDOW (toplevel))
        prefs = GTK_WIDGET (toplevel);
    }
  g_assert_nonnull (prefs);
  g_assert_true (gtk_widget_get_visible (prefs));

  return prefs;
}

/* the name new claims carry with no setting, worked out here on its own */
static char *
expected_system_name (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && *real != '\0' && strcmp (real, "Unknown") != 0)
    return g_strdup (real);

  return g_strdup (g_get_user_name ());
}

/* main() set the style to dark before the application started */
static void
test_style_at_startup (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
}

static void
test_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *prefs = open_preferences ();
  AdwComboRow *row = find_child (prefs, ADW_TYPE_COMBO_ROW);
  g_autoptr(GSettings) later = gloss_environment_new_settings ();
  g_autofree char *stored = NULL;

  /* the row shows the setting */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Style");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);

  adw_combo_row_set_selected (row, 1);
  ui_test_pump ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style));
  /* kept: settings read afresh (the next start) say light */
  stored = g_settings_get_string (later, "color-scheme");
  g_assert_cmpstr (stored, ==, "light");
  g_clear_pointer (&stored, g_free);

  adw_combo_row_set_selected (row, 0);
  ui_test_pump ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  stored = g_settings_get_string (later, "color-scheme");
  g_assert_cmpstr (stored, ==, "default");
  g_clear_pointer (&stored, g_free);

  /* changed elsewhere (another window, dconf): the row and the style follow */
  g_settings_set_string (later, "color-scheme", "dark");
  ui_test_pump ();
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));

  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (later, "color-scheme");
  ui_test_pump ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

static GlossClaim *
tag (GlossWindow *window,
     const char  *needle)
{
  GlossProject *project = _gloss_window_get_project (window);
  guint start = ui_test_tag_first (window, needle);
  g_autoptr(GPtrArray) claims = gloss_project_get_claims_at (project, GLOSS_TEXT_TRANSCRIPT, start);

  g_assert_cmpuint (claims->len, ==, 1);

  return g_ptr_array_index (claims, 0);
}

static void
test_author (void)
{
  g_autofree char *system_name = expected_system_name ();
  GlossWindow *window = ui_test_open_sample_window ();
  GtkWidget *prefs = NULL;
  AdwEntryRow *author_row;
  AdwPreferencesGroup *group;
  GlossClaim *claim;

  g_settings_reset (settings (), "author-name");
  prefs = open_preferences ();
  author_row = find_child (prefs, ADW_TYPE_ENTRY_ROW);
  group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (author_row), ADW_TYPE_PREFERENCES_GROUP));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (author_row)), ==, "Author Name");

  /* nothing set: the window says which name claims carry, and they carry it */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (author_row)), ==, "");
  {
    g_autofree char *shown = g_strdup_printf ("“%s”", system_name);

    g_assert_nonnull (strstr (adw_preferences_group_get_description (group), shown));
    g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "from the system"));
  }
  claim = tag (window, "48,200 5G base stations");
  g_assert_cmpstr (gloss_claim_get_author (claim), ==, system_name);

  /* a name typed in the window: kept in the settings, carried by new claims,
   * and the description says so */
  gtk_editable_set_text (GTK_EDITABLE (author_row), "Grace Hopper");
  ui_test_pump ();
  {
    g_autofree char *stored = g_settings_get_string (settings (), "author-name");

    g_assert_cmpstr (stored, ==, "Grace Hopper");
  }
  g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "the name below"));
  claim = tag (window, "11.4 million");
  g_assert_cmpstr (gloss_claim_get_author (claim), ==, "Grace Hopper");

  /* only spaces count as empty */
  gtk_editable_set_text (GTK_EDITABLE (author_row), "   ");
  ui_test_pump ();
  g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "from the system"));
  claim = tag (window, "126 certified green factories");
  g_assert_cmpstr (gloss_claim_get_author (claim), ==, system_name);

  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings (), "author-name");
  ui_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "prefs"))
    return 77;

  /* a style chosen in an earlier session */
  {
    g_autoptr(GSettings) earlier = gloss_environment_new_settings ();

    g_settings_set_string (earlier, "color-scheme", "dark");
  }

  app = ui_test_app_new ("io.github.glossapp.Gloss.PreferencesTest");

  g_test_add_func ("/preferences/style-at-startup", test_style_at_startup);
  g_test_add_func ("/preferences/style", test_style);
  g_test_add_func ("/preferences/author", test_author);

  return ui_test_run ();
}
