/* Issue 16: a briefing copied from a web page, one line of a megabyte,
 * imported into the window: its turns are found at the inline speaker
 * labels, and no line of the text view is long enough to break Pango's
 * layout (the importer splits at sentences past 10,000 characters).
 * Needs a display; skipped without one. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gloss-application.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

#define MAX_VIEW_LINE 10000

static GlossApplication *app;
static char *tmpdir;

static const char *sentences[] = {
  "The river rose by 3.4 metres between Monday and Wednesday, the highest level since 1998.",
  "We evacuated 1,250 residents from the lower town and opened four shelters.",
  "The pumping stations ran for 61 hours without a stop.",
  "Our first estimate of the damage is 18 million euros, of which about two thirds is insured.",
  "Every school outside the flood zone stayed open.",
  "The new wall along the quay held back the water.",
};

/* about @size bytes on one line: a header, the participants, then turns
 * with their labels inline, a few answers far longer than a view line */
static GString *
one_line_briefing (gsize size)
{
  GString *text = g_string_new ("Press briefing on the spring flood response Harbourton | 10 a.m. April 18, 2024 "
                                "Helen Vance, spokesperson of the Harbourton city government "
                                "Marco Ruiz, director of the Harbourton emergency office ");

  for (guint turn = 0; text->len < size; turn++)
    {
      guint n = turn % 7 == 3 ? 400 : 4 + turn % 5;

      g_string_append (text, "Helen Vance: Thank you. The next question, please. ");
      g_string_append_printf (text, "Harbourton Daily: My question %u is for Director Ruiz. "
                              "When will the residents go home? ", turn);
      g_string_append (text, "Marco Ruiz: Thank you for your question.");
      for (guint s = 0; s < n; s++)
        g_string_append_printf (text, " %s", sentences[(turn + s) % G_N_ELEMENTS (sentences)]);
      g_string_append_c (text, ' ');
    }

  return text;
}

static gboolean
painted_cb (gpointer data)
{
  return *(gboolean *) data;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static void
test_one_line_megabyte (void)
{
  g_autoptr(GString) text = one_line_briefing (1024 * 1024);
  g_autofree char *path = g_build_filename (tmpdir, "one-line.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  GlossTranscript *transcript;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  guint longest = 0, lines = 0, answers = 0;
  gboolean painted = FALSE;

  g_assert_null (memchr (text->str, '\n', text->len));
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, file, &error));
  g_assert_no_error (error);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint_cb), &painted);
  g_assert_true (ui_test_wait_until (painted_cb, &painted, 10000));
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        after_paint_cb, &painted);

  /* the turns at the inline labels, the speakers' names, a short title */
  transcript = gloss_project_get_transcript (_gloss_window_get_project (window));
  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);

      if (g_strcmp0 (turn->speaker, "Marco Ruiz") == 0)
        answers++;
    }
  g_assert_cmpuint (gloss_transcript_get_n_turns (transcript), >, 3 * 100);
  g_assert_cmpuint (answers, >, 100);
  g_assert_cmpuint (g_utf8_strlen (gloss_transcript_get_title (transcript), -1), <=, 200);
  g_assert_null (strstr (gloss_transcript_get_title (transcript), "Helen Vance:"));

  /* what reaches the view: no line past what Pango lays out well */
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_gloss_window_get_transcript_view (window)));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), >=, 1000 * 1000);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    {
      longest = MAX (longest, (guint) gtk_text_iter_get_chars_in_line (&iter));
      lines++;
    }
  while (gtk_text_iter_forward_line (&iter));
  g_test_message ("%u lines in the view, the longest %u characters", lines, longest);
  g_assert_cmpuint (longest, <=, MAX_VIEW_LINE + 1);
  g_assert_cmpuint (lines, >, 300);

  /* and the view scrolls through it */
  {
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (
      GTK_SCROLLABLE (_gloss_window_get_transcript_view (window)));

    ui_test_wait_ms (200);
    g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 10 * gtk_adjustment_get_page_size (adjustment));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 77;
    }

  tmpdir = g_dir_make_tmp ("gloss-one-line-XXXXXX", NULL);
  {
    g_autofree char *data = g_build_filename (tmpdir, "data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = g_object_new (GLOSS_TYPE_APPLICATION,
                      "application-id", "io.github.glossapp.Gloss.OneLineTest",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", "/io/github/glossapp/Gloss",
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  /* GLOSS_TEST_KEEP=1 leaves the briefing in the temporary folder, for a look */
  g_test_add_func ("/window/one-line-megabyte", test_one_line_megabyte);

  ret = g_test_run ();

  g_object_unref (app);
  if (g_getenv ("GLOSS_TEST_KEEP") == NULL)
    test_util_remove_tree (tmpdir);
  else
    g_print ("# kept %s\n", tmpdir);
  g_free (tmpdir);

  return ret;
}
