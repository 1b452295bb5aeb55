#pragma once

#include <glib/gstdio.h>
#include <gtk/gtk.h>

/* Main-loop helpers shared by the window tests. */

static inline gboolean
ui_test_set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* runs every pending event, without blocking */
static inline void
ui_test_pump (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* runs the main loop for @ms milliseconds, then what is pending */
static inline void
ui_test_wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, ui_test_set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  ui_test_pump ();
}

typedef gboolean (*UiTestCondition) (gpointer data);

/* runs the main loop until @condition holds, for at most @timeout_ms;
 * returns whether it holds */
static inline gboolean
ui_test_wait_until (UiTestCondition condition,
                    gpointer        data,
                    guint           timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    {
      gboolean tick = FALSE;
      guint id = g_timeout_add (5, ui_test_set_flag_cb, &tick);

      while (!tick && !condition (data))
        g_main_context_iteration (NULL, TRUE);
      if (!tick)
        g_source_remove (id);
    }
  ui_test_pump ();

  return condition (data);
}

typedef gboolean (*UiTestMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

/* the first widget in @root's tree, depth first, that @match accepts */
static inline GtkWidget *
ui_test_find_widget (GtkWidget     *root,
                     UiTestMatch    match,
                     gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* removes @path and everything under it */
static inline void
ui_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        ui_test_remove_tree (child);
      else
        g_unlink (child);
      g_free (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}
