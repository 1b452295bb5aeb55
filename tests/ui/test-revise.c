/* Replace Text with Revised Version (issue 12): the summary, the Orphans
 * page (attach an orphan to a selection), claims that show the words they
 * had, and one undo back to the old text and claims. Needs a display. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "gloss-application.h"
#include "gloss-claim-row.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static char *
sample_path (void)
{
  const char *dir = g_getenv ("GLOSS_SAMPLE_DIR");

  return g_build_filename (dir ? dir : SOURCE_DATADIR, "sample-briefing.txt", NULL);
}

static GlossClaim *
add_claim (GlossWindow *window,
           const char  *quote)
{
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscript *text = gloss_project_get_transcript (project);
  const char *p = strstr (gloss_transcript_get_text (text), quote);
  guint start;
  g_autoptr(GlossClaim) claim = NULL;
  const char * const topics[] = { gloss_topic_get_id (gloss_project_get_topic (project, 0)), NULL };

  g_assert_nonnull (p);
  start = gloss_transcript_byte_to_offset (text, p - gloss_transcript_get_text (text));
  claim = gloss_claim_new (text, start, start + g_utf8_strlen (quote, -1), topics, NULL, NULL);
  gloss_history_add_claim (_gloss_window_get_history (window), claim);

  return claim;
}

static gboolean
has_dialog (gpointer window)
{
  return _gloss_window_get_dialog (window) != NULL;
}

static void
revised_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

/* the revision runs in a worker thread, a modal dialog showing it */
static gboolean
revise_and_wait (GlossWindow *window,
                 GFile       *file,
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  _gloss_window_revise_file_async (window, file, revised_cb, &result);
  g_assert_true (_gloss_window_get_revising (window));
  g_assert_nonnull (window->revise_progress);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (window->revise_progress)));
  g_assert_true (ui_test_wait_until (has_result, &result, 10000));
  g_assert_false (_gloss_window_get_revising (window));
  g_assert_null (window->revise_progress);
  return _gloss_window_revise_file_finish (window, result, error);
}

static gboolean
label_starts_with (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), data);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
page_visible (GlossWindow *window,
              const char  *name)
{
  GtkWidget *child = adw_view_stack_get_child_by_name (window->side_stack, name);

  return adw_view_stack_page_get_visible (adw_view_stack_get_page (window->side_stack, child));
}

static char *
buffer_text (GlossWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_gloss_window_get_transcript_view (window)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static void
test_revise_window (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autofree char *step = NULL;
  g_autofree char *revised = NULL;
  g_autofree char *revised_path = g_build_filename (ui_test_tmpdir (), "revised.txt", NULL);
  g_autoptr(GFile) revised_file = g_file_new_for_path (revised_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *old_text = NULL;
  GlossWindow *window;
  GlossTranscript *before;
  GlossClaim *gone, *figure, *kept;
  GtkWidget *dialog, *found;
  const char *body;
  guint start;

  window = gloss_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, sample, &error));
  g_assert_no_error (error);
  ui_test_wait_ms (50);

  gone = add_claim (window, "Gigabit broadband now reaches 2.3 million homes");
  figure = add_claim (window, "3.6 million doses of influenza vaccine");
  kept = add_claim (window, "lower emissions can go together");
  before = gloss_project_get_transcript (_gloss_window_get_project (window));
  old_text = g_strdup (gloss_transcript_get_text (before));
  g_assert_false (page_visible (window, "orphans"));

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  step = test_util_replace_once (text, " Gigabit broadband now reaches 2.3 million homes.", "");
  revised = test_util_replace_once (step, "3.6 million doses", "3.7 million doses");
  g_assert_true (g_file_set_contents (revised_path, revised, -1, NULL));

  /* the revision, and its summary */
  g_assert_true (revise_and_wait (window, revised_file, &error));
  g_assert_no_error (error);
  g_assert_true (ui_test_wait_until (has_dialog, window, 5000));
  dialog = _gloss_window_get_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Text Replaced");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "1 claim found its words in place."));
  g_assert_nonnull (strstr (body, "1 claim is on words that changed"));
  g_assert_nonnull (strstr (body, "1 claim lost its text and is kept on the Orphans page."));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "orphans"));

  /* the window shows the new text, the claim on the changed figure says
   * what it said before, the orphan has a page of its own */
  shown = buffer_text (window);
  g_assert_cmpstr (shown, ==, gloss_transcript_get_text (gloss_project_get_transcript (_gloss_window_get_project (window))));
  g_assert_nonnull (strstr (shown, "3.7 million doses"));
  g_assert_cmpstr (gloss_claim_get_quote (figure), ==, "3.7 million doses of influenza vaccine");
  g_assert_true (gloss_claim_get_orphaned (gone));
  g_assert_false (gloss_claim_get_orphaned (kept));
  g_assert_true (page_visible (window, "orphans"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->side_switcher)));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "orphans");
  ui_test_wait_ms (100);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "orphans");
  found = ui_test_find_widget (GTK_WIDGET (window->orphans_page), label_starts_with,
                               "Gigabit broadband now reaches 2.3 million homes");
  g_assert_nonnull (found);
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (window->orphans_page), label_starts_with,
                                         "Its words are no longer"));

  /* the claims list shows the old words of the fuzzy claim */
  adw_view_stack_set_visible_child_name (window->side_stack, "claims");
  ui_test_wait_ms (100);
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (window->sidebar), label_starts_with,
                                         "Was: “3.6 million doses of influenza vaccine”"));
  adw_view_stack_set_visible_child_name (window->side_stack, "orphans");
  ui_test_wait_ms (50);

  /* without a selection, attaching says what to do; with one, it attaches */
  g_signal_emit_by_name (ui_test_find_widget (GTK_WIDGET (window->orphans_page), is_button_labelled,
                                              "_Attach to Selection"), "clicked");
  g_assert_true (gloss_claim_get_orphaned (gone));
  start = g_utf8_strlen (shown, strstr (shown, "The number of 5G mobile subscribers") - shown);
  gloss_transcript_view_select_range (_gloss_window_get_transcript_view (window), start,
                                      start + strlen ("The number of 5G mobile subscribers"));
  g_signal_emit_by_name (ui_test_find_widget (GTK_WIDGET (window->orphans_page), is_button_labelled,
                                              "_Attach to Selection"), "clicked");
  ui_test_wait_ms (50);
  g_assert_false (gloss_claim_get_orphaned (gone));
  g_assert_cmpstr (gloss_claim_get_quote (gone), ==, "The number of 5G mobile subscribers");
  g_assert_false (page_visible (window, "orphans"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "claims");

  /* Ctrl+Z: the orphan again; again: the old text and claims */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_wait_ms (50);
  g_assert_true (gloss_claim_get_orphaned (gone));
  g_assert_true (page_visible (window, "orphans"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_wait_ms (50);
  g_assert_true (gloss_project_get_transcript (_gloss_window_get_project (window)) == before);
  g_free (shown);
  shown = buffer_text (window);
  g_assert_cmpstr (shown, ==, old_text);
  g_assert_false (gloss_claim_get_orphaned (gone));
  g_assert_cmpstr (gloss_claim_get_quote (gone), ==, "Gigabit broadband now reaches 2.3 million homes");
  g_assert_cmpstr (gloss_claim_get_quote (figure), ==, "3.6 million doses of influenza vaccine");
  g_assert_false (page_visible (window, "orphans"));

  /* and redo brings the revision back */
  g_action_group_activate_action (G_ACTION_GROUP (window), "redo", NULL);
  ui_test_wait_ms (50);
  g_assert_true (gloss_claim_get_orphaned (gone));
  g_free (shown);
  shown = buffer_text (window);
  g_assert_nonnull (strstr (shown, "3.7 million doses"));

  ui_test_destroy_window (window);
}

static gboolean
has_summary (gpointer window)
{
  GtkWidget *dialog = _gloss_window_get_dialog (window);

  return dialog != NULL && adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "undo");
}

/* a project whose text was edited by hand: the window offers to find the
 * claims again, and does, as one undoable step */
static void
test_revise_reanchor (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autofree char *project_path = g_build_filename (ui_test_tmpdir (), "hand.gloss", NULL);
  g_autoptr(GFile) project_file = g_file_new_for_path (project_path);
  g_autoptr(GlossDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *contents = NULL;
  g_autofree char *edited = NULL;
  JsonObject *transcript;
  GlossWindow *window;
  GtkWidget *dialog;
  GlossProject *project;
  GlossClaim *claim;

  /* a project with one claim, whose text gains a line on top by hand */
  document = gloss_document_open (sample, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    GlossProject *p = gloss_document_get_project (document);
    GlossTranscript *text = gloss_project_get_transcript (p);
    const char *q = strstr (gloss_transcript_get_text (text), "lower emissions can go together");
    guint start = gloss_transcript_byte_to_offset (text, q - gloss_transcript_get_text (text));
    g_autoptr(GlossClaim) c = gloss_claim_new (text, start, start + 31, NULL, NULL, NULL);

    gloss_history_add_claim (gloss_document_get_history (document), c);
  }
  g_assert_true (gloss_document_save (document, project_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (project_path, &contents, NULL, NULL));
  g_assert_true (json_parser_load_from_data (parser, contents, -1, NULL));
  transcript = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "transcript");
  {
    g_autofree char *text = g_strconcat ("Corrected by hand.\n\n", json_object_get_string_member (transcript, "text"), NULL);

    json_object_set_string_member (transcript, "text", text);
  }
  json_generator_set_root (generator, json_parser_get_root (parser));
  edited = json_generator_to_data (generator, NULL);
  g_assert_true (g_file_set_contents (project_path, edited, -1, NULL));

  window = gloss_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  gloss_window_open_file (window, project_file);
  g_assert_true (ui_test_wait_until (has_dialog, window, 5000));
  dialog = _gloss_window_get_dialog (window);
  g_test_message ("%s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "reanchor"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "edited by hand"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "reanchor");
  g_assert_true (ui_test_wait_until (has_summary, window, 5000));
  dialog = _gloss_window_get_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Claims Found Again");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "1 claim found its words in place."));

  project = _gloss_window_get_project (window);
  claim = gloss_project_get_claim (project, 0);
  g_assert_false (gloss_claim_get_orphaned (claim));
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "lower emissions can go together");
  g_assert_true (gloss_document_get_modified (gloss_window_get_document (window)));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_pump ();
  g_assert_true (gloss_claim_get_orphaned (claim));

  ui_test_destroy_window (window);
}

/* a file that cannot be read changes nothing */
static void
test_revise_unreadable (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autofree char *missing_path = g_build_filename (ui_test_tmpdir (), "missing.txt", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GError) error = NULL;
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  GlossTranscript *before;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, sample, &error));
  g_assert_no_error (error);
  before = gloss_project_get_transcript (_gloss_window_get_project (window));

  g_assert_false (revise_and_wait (window, missing, &error));
  g_assert_nonnull (error);
  g_assert_true (gloss_project_get_transcript (_gloss_window_get_project (window)) == before);
  g_assert_false (gloss_history_can_undo (_gloss_window_get_history (window)));

  ui_test_destroy_window (window);
}

/* Cancel in the progress dialog, or closing the window, drops the
 * revision: the text stays, nothing to undo */
static void
test_revise_cancel (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autofree char *revised = NULL;
  g_autofree char *revised_path = g_build_filename (ui_test_tmpdir (), "cancelled.txt", NULL);
  g_autoptr(GFile) revised_file = g_file_new_for_path (revised_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) closed_result = NULL;
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  GlossTranscript *before;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  revised = test_util_replace_once (text, "3.6 million doses", "3.7 million doses");
  g_assert_true (g_file_set_contents (revised_path, revised, -1, NULL));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, sample, &error));
  g_assert_no_error (error);
  before = gloss_project_get_transcript (_gloss_window_get_project (window));

  _gloss_window_revise_file_async (window, revised_file, revised_cb, &result);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (window->revise_progress), "cancel");
  g_assert_true (ui_test_wait_until (has_result, &result, 10000));
  g_assert_false (_gloss_window_revise_file_finish (window, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (gloss_project_get_transcript (_gloss_window_get_project (window)) == before);
  g_assert_false (gloss_history_can_undo (_gloss_window_get_history (window)));
  g_assert_null (_gloss_window_get_dialog (window));

  /* the window closes while the worker runs */
  _gloss_window_revise_file_async (window, revised_file, revised_cb, &closed_result);
  g_object_ref (window);
  gloss_document_discard_draft (gloss_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (ui_test_wait_until (has_result, &closed_result, 10000));
  g_assert_false (_gloss_window_revise_file_finish (window, closed_result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_object_unref (window);
  ui_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "ui-revise"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.TestRevise");

  g_test_add_func ("/revise/window", test_revise_window);
  g_test_add_func ("/revise/unreadable", test_revise_unreadable);
  g_test_add_func ("/revise/cancel", test_revise_cancel);
  g_test_add_func ("/revise/reanchor", test_revise_reanchor);

  return ui_test_run ();
}
