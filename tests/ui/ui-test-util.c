/* The set-up and tear-down every window test repeats: a scratch folder for
 * the user's data, GTK and libadwaita, one registered application, and
 * windows opened on a file and closed without a draft. */
#include "config.h"

#include <adwaita.h>

#include "gloss-document.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static char *tmpdir;
static GlossApplication *app;

/* GTK 4.8 warns "Trying to snapshot GtkGizmo … without a current
 * allocation" when a popover is dismissed in the frame its arrow (a gizmo of
 * its own) lost its allocation: GTK's own widget, not ours, and only when the
 * machine is slow enough to split those frames. That message alone is
 * written but not fatal; every other warning and critical still is. (GTK
 * logs through the structured API, so a writer sees it.) */
static gboolean
is_gtk_gizmo_quirk (const GLogField *fields,
                    gsize            n_fields,
                    GLogLevelFlags   log_level)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
    }

  return (log_level & G_LOG_LEVEL_WARNING) != 0 && g_strcmp0 (domain, "Gtk") == 0 &&
         message != NULL && g_str_has_prefix (message, "Trying to snapshot GtkGizmo ") &&
         g_str_has_suffix (message, " without a current allocation");
}

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  if (is_gtk_gizmo_quirk (fields, n_fields, log_level))
    return g_log_writer_standard_streams (log_level & ~G_LOG_FLAG_FATAL, fields, n_fields, user_data);

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

gboolean
ui_test_init (int         *argc,
              char      ***argv,
              const char  *name)
{
  g_autofree char *data = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return FALSE;
    }

  tmpdir = test_util_make_tmp_dir (name);
  /* drafts and recent files land here, not in the user's folder */
  data = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_log_set_writer_func (log_writer_cb, NULL, NULL);

  return TRUE;
}

const char *
ui_test_tmpdir (void)
{
  return tmpdir;
}

GlossApplication *
ui_test_app_new (const char *application_id)
{
  g_assert_null (app);
  app = g_object_new (GLOSS_TYPE_APPLICATION,
                      "application-id", application_id,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", "/io/github/glossapp/Gloss",
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  return app;
}

int
ui_test_run (void)
{
  int ret = g_test_run ();

  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);
  if (tmpdir != NULL)
    test_util_remove_tree (tmpdir);
  g_clear_pointer (&tmpdir, g_free);

  return ret;
}

GFile *
ui_test_sample_file (void)
{
  const char *dir = g_getenv ("GLOSS_SAMPLE_DIR");
  g_autofree char *path = g_build_filename (dir ? dir : SOURCE_DATADIR, "sample-briefing.txt", NULL);

  return g_file_new_for_path (path);
}

GlossWindow *
ui_test_open_window (GFile *file,
                     int    width,
                     int    height)
{
  GlossWindow *window;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (app);
  window = gloss_window_new (GTK_APPLICATION (app));
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, file, &error));
  g_assert_no_error (error);
  ui_test_wait_ms (50);

  return window;
}

void
ui_test_destroy_window (GlossWindow *window)
{
  GlossDocument *document = gloss_window_get_document (window);

  /* a test's unsaved edits leave no draft for the next test */
  if (document != NULL)
    gloss_document_discard_draft (document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_pump ();
}

guint
ui_test_tag_first (GlossWindow *window,
                   const char  *needle)
{
  GlossProject *project = _gloss_window_get_project (window);
  guint start = test_util_offset_of (gloss_project_get_transcript (project), needle);

  gloss_transcript_view_select_range (_gloss_window_get_transcript_view (window), start,
                                      start + g_utf8_strlen (needle, -1));
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag-key", g_variant_new_string ("1"));
  ui_test_pump ();

  return start;
}

gboolean
ui_test_has_css_class (GtkWidget     *widget,
                       gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

GlossWindow *
ui_test_open_sample_window (void)
{
  g_autoptr(GFile) file = ui_test_sample_file ();

  return ui_test_open_window (file, 0, 0);
}

char *
ui_test_tag_ranges (GtkTextBuffer *buffer,
                    GtkTextTag    *tag)
{
  GString *out = g_string_new (NULL);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag))
    gtk_text_iter_forward_to_tag_toggle (&iter, tag);
  while (!gtk_text_iter_is_end (&iter))
    {
      int start = gtk_text_iter_get_offset (&iter);

      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      g_string_append_printf (out, "%s%d-%d", out->len > 0 ? " " : "", start, gtk_text_iter_get_offset (&iter));
      if (!gtk_text_iter_is_end (&iter))
        gtk_text_iter_forward_to_tag_toggle (&iter, tag);
    }

  return g_string_free (out, FALSE);
}

char *
ui_test_line_geometry (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GString *out = g_string_new (NULL);

  for (int line = 0; line < gtk_text_buffer_get_line_count (buffer); line++)
    {
      GtkTextIter iter;
      GdkRectangle rect;
      int y, height;

      gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
      gtk_text_view_get_line_yrange (view, &iter, &y, &height);
      gtk_text_view_get_iter_location (view, &iter, &rect);
      g_string_append_printf (out, "line %d: %d+%d, text at %d+%d\n", line, y, height, rect.y, rect.height);
    }

  return g_string_free (out, FALSE);
}
