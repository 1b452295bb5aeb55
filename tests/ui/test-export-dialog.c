/* The export dialog (issue 17, item 9): it starts on the last choice made
 * in it, shows how many claims each choice writes, says the number on its
 * button, and no text in it is cut off. Runs in English and, from
 * tests/ui/meson.build, in German. Needs a display; skipped without one. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gloss-application.h"
#include "gloss-export-dialog.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static GlossWindow *
open_sample (void)
{
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  const char *dir = g_getenv ("GLOSS_SAMPLE_DIR");
  g_autofree char *path = g_build_filename (dir ? dir : SOURCE_DATADIR, "sample-briefing.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, file, &error));
  g_assert_no_error (error);
  ui_test_pump ();

  return window;
}

/* tags the first occurrence of @needle with the topic of @key */
static void
tag (GlossWindow *window,
     const char  *needle,
     const char  *key)
{
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  const char *text = gloss_transcript_get_text (transcript);
  const char *hit = strstr (text, needle);
  guint n = gloss_project_get_n_claims (project);
  guint start;

  g_assert_nonnull (hit);
  start = gloss_transcript_byte_to_offset (transcript, hit - text);
  gloss_transcript_view_select_range (_gloss_window_get_transcript_view (window), start,
                                      start + g_utf8_strlen (needle, -1));
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag-key", g_variant_new_string (key));
  ui_test_pump ();
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, n + 1);
}

static gboolean
is_visible_export_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GLOSS_IS_EXPORT_DIALOG (toplevel) && gtk_widget_get_mapped (GTK_WIDGET (toplevel)))
        {
          *(GlossExportDialog **) data = GLOSS_EXPORT_DIALOG (toplevel);
          return TRUE;
        }
    }

  return FALSE;
}

/* as Ctrl+E does it */
static GlossExportDialog *
open_dialog (GlossWindow *window)
{
  GlossExportDialog *dialog = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (window), "export", NULL);
  g_assert_true (ui_test_wait_until (is_visible_export_dialog, &dialog, 5000));
  /* allocated, so labels have their final layout */
  ui_test_wait_ms (100);

  return dialog;
}

static void
close_dialog (GlossExportDialog *dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_pump ();
}

static gboolean
has_id (GtkWidget     *widget,
        gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static GtkWidget *
find_by_id (GlossExportDialog *dialog,
            const char        *id)
{
  GtkWidget *found = ui_test_find_widget (GTK_WIDGET (dialog), has_id, id);

  g_assert_nonnull (found);
  return found;
}

static gboolean
has_label_text (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* the message of @n things, as the dialog words it */
#define counted(singular, plural, n) \
  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, singular, plural, n), n)

/* the text without the mnemonic's underscore, as a label shows it */
static char *
shown_text (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    if (*p != '_' || p[1] == '_')
      g_string_append_c (text, *p);

  return g_string_free (text, FALSE);
}

/* every mapped label shows its whole text: none ellipsized, none narrower
 * than its text on one line unless it wraps */
static void
assert_nothing_cut (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_nothing_cut (child);

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      int natural;

      if (pango_layout_is_ellipsized (layout))
        g_error ("“%s” is cut off", gtk_label_get_text (GTK_LABEL (widget)));
      if (!gtk_label_get_wrap (GTK_LABEL (widget)))
        {
          gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
          graphene_rect_t bounds;

          /* the bounds with the label's CSS box, as measure () counts */
          g_assert_true (gtk_widget_compute_bounds (widget, widget, &bounds));
          if (bounds.size.width + 0.5 < natural)
            g_error ("“%s” is %g px wide for %d px of text", gtk_label_get_text (GTK_LABEL (widget)),
                     bounds.size.width, natural);
        }
    }
}

static void
test_counts_and_memory (void)
{
  GlossWindow *window = open_sample ();
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GlossExportDialog *dialog;
  g_autofree char *all_3 = counted ("All %u claim", "All %u claims", 3);
  g_autofree char *shown_1 = counted ("The %u claim shown in the sidebar",
                                      "The %u claims shown in the sidebar", 1);
  g_autofree char *export_3 = counted ("_Export %u Claim…", "_Export %u Claims…", 3);
  g_autofree char *export_1 = counted ("_Export %u Claim…", "_Export %u Claims…", 1);

  g_settings_reset (settings, "export-scope");
  g_settings_reset (settings, "export-format");
  tag (window, "48,200 5G base stations in service", "1");
  tag (window, "11.4 million", "1");
  tag (window, "3.6 million doses of influenza vaccine", "2");
  gloss_sidebar_set_topic_filter (sidebar, "vaccines", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (gloss_sidebar_get_filtered_claims (sidebar)), ==, 1);

  /* a filter in the sidebar does not make the dialog export one claim: it
   * starts on all of them, and shows both counts */
  dialog = open_dialog (window);
  g_assert_false (gloss_export_dialog_get_filtered (dialog));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (find_by_id (dialog, "all_row"))),
                   ==, all_3);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (find_by_id (dialog, "shown_row"))),
                   ==, shown_1);
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (dialog), has_label_text, all_3));
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (dialog), has_label_text, shown_1));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_by_id (dialog, "export_button"))), ==, export_3);
  assert_nothing_cut (GTK_WIDGET (dialog));

  /* the shown claims: the button says one */
  gtk_widget_activate (find_by_id (dialog, "shown_row"));
  g_assert_true (gloss_export_dialog_get_filtered (dialog));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_by_id (dialog, "export_button"))), ==, export_1);
  {
    g_autofree char *text = shown_text (export_1);

    ui_test_pump ();
    g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (dialog), has_label_text, text));
  }
  gloss_export_dialog_set_format (dialog, gloss_export_format_lookup ("json"));
  assert_nothing_cut (GTK_WIDGET (dialog));
  close_dialog (dialog);

  /* … and next time it starts there, with that format */
  dialog = open_dialog (window);
  g_assert_true (gloss_export_dialog_get_filtered (dialog));
  g_assert_true (gloss_export_dialog_get_format (dialog) == gloss_export_format_lookup ("json"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_by_id (dialog, "export_button"))), ==, export_1);

  /* a narrow dialog wraps its choices rather than cutting them (the
   * header bar's title gives way, as titles do) */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 300, -1);
  ui_test_wait_ms (100);
  assert_nothing_cut (find_by_id (dialog, "scope_group"));

  /* back to all: remembered too */
  gtk_widget_activate (find_by_id (dialog, "all_row"));
  close_dialog (dialog);
  dialog = open_dialog (window);
  g_assert_false (gloss_export_dialog_get_filtered (dialog));
  gtk_widget_activate (find_by_id (dialog, "shown_row"));
  close_dialog (dialog);

  /* with nothing shown, there is nothing to export there: all, this once */
  gloss_sidebar_set_search_text (sidebar, "no claim says this");
  dialog = open_dialog (window);
  g_assert_false (gloss_export_dialog_get_filtered (dialog));
  g_assert_false (gtk_widget_get_sensitive (find_by_id (dialog, "shown_row")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_by_id (dialog, "export_button"))), ==, export_3);
  close_dialog (dialog);
  /* the choice itself stays */
  g_assert_cmpint (g_settings_get_enum (settings, "export-scope"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("GLOSS_LOCALEDIR");
  g_autofree char *tmpdir = NULL;
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 77;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  tmpdir = g_dir_make_tmp ("gloss-export-XXXXXX", NULL);
  {
    g_autofree char *data = g_build_filename (tmpdir, "data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  /* not gtk_test_init (): it would set an English locale */
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 77;
    }
  adw_init ();

  app = g_object_new (GLOSS_TYPE_APPLICATION,
                      "application-id", "io.github.glossapp.Gloss.ExportTest",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", "/io/github/glossapp/Gloss",
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/export-dialog/counts-and-memory", test_counts_and_memory);

  ret = g_test_run ();

  g_object_unref (app);
  test_util_remove_tree (tmpdir);

  return ret;
}
