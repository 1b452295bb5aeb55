#pragma once

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "test-util.h"

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

/* What the window tests share beyond the main loop: they are in
 * ui-test-util.c, linked into each UI test that uses them. */

#include "gloss-application.h"
#include "gloss-window.h"

/* Makes the test's scratch folder (gloss-@name-XXXXXX, holding XDG_DATA_HOME,
 * so drafts and recent files stay inside it) and initialises GTK and
 * libadwaita. Returns FALSE without a display: main() then returns 77. */
gboolean          ui_test_init          (int         *argc,
                                         char      ***argv,
                                         const char  *name);

/* the scratch folder ui_test_init() made */
const char       *ui_test_tmpdir        (void);

/* the application the windows belong to, registered as @application_id */
GlossApplication *ui_test_app_new       (const char  *application_id);

/* runs the tests, then quits the application and removes the scratch folder */
int               ui_test_run           (void);

/* the sample briefing shipped with the app (data/ or $GLOSS_SAMPLE_DIR) */
GFile            *ui_test_sample_file   (void);

/* a window on @file, shown (at @width × @height unless they are 0) and settled */
GlossWindow      *ui_test_open_window   (GFile       *file,
                                         int          width,
                                         int          height);

/* a window on the sample briefing, at its default size */
GlossWindow      *ui_test_open_sample_window (void);

/* closes @window without leaving a draft for the next test */
void              ui_test_destroy_window (GlossWindow *window);

/* selects the first @needle in @window's transcript and tags it with the
 * first topic's key (1); returns where it starts */
guint             ui_test_tag_first     (GlossWindow  *window,
                                         const char   *needle);

/* a matcher for ui_test_find_widget(): @widget has the class @css_class */
gboolean          ui_test_has_css_class (GtkWidget     *widget,
                                         gconstpointer  css_class);

/* where @tag is in @buffer, as "start-end start-end …" in characters */
char             *ui_test_tag_ranges    (GtkTextBuffer *buffer,
                                         GtkTextTag    *tag);

/* each line's place in @view's height cache and where its text is drawn,
 * one line of text each: what a style carried to the wrong line changes */
char             *ui_test_line_geometry (GtkTextView   *view);
