/* The topics dialog asks what becomes of a deleted topic's claims in words
 * that fit their number: one claim is not “Claims”. Needs a display;
 * skipped without one. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gloss-application.h"
#include "gloss-topics-dialog.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

/* tags the first occurrence of @needle with the first topic (key 1) */
static void
tag (GlossWindow *window,
     const char  *needle)
{
  GlossProject *project = _gloss_window_get_project (window);
  guint n = gloss_project_get_n_claims (project);

  ui_test_tag_first (window, needle);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, n + 1);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        found = toplevel;
    }
  g_assert_nonnull (found);

  return found;
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* presses the first topic's delete button; returns the question asked */
static AdwMessageDialog *
ask_to_delete_first_topic (GtkWidget *topics_dialog)
{
  GtkWidget *button = ui_test_find_widget (topics_dialog, has_tooltip, "Delete Topic");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_test_pump ();

  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static void
test_delete_labels (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GtkWidget *topics;
  AdwMessageDialog *question;

  tag (window, "48,200 5G base stations");
  g_action_group_activate_action (G_ACTION_GROUP (window), "manage-topics", NULL);
  ui_test_pump ();
  topics = find_toplevel (GLOSS_TYPE_TOPICS_DIALOG);

  question = ask_to_delete_first_topic (topics);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "1 claim carries this topic"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "delete"), ==, "_Delete Claim");
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "reassign"), ==, "_Move Claim");
  adw_message_dialog_response (question, "cancel");
  gtk_window_destroy (GTK_WINDOW (question));
  ui_test_pump ();

  tag (window, "11.4 million");
  question = ask_to_delete_first_topic (topics);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "2 claims carry this topic"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "delete"), ==, "_Delete Claims");
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "reassign"), ==, "_Move Claims");
  adw_message_dialog_response (question, "cancel");
  gtk_window_destroy (GTK_WINDOW (question));

  gtk_window_destroy (GTK_WINDOW (topics));
  ui_test_destroy_window (window);
}

/* the header bar's codebook buttons: export, then import into another
 * project in one undoable step */
static void
test_codebook (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossHistory *history = _gloss_window_get_history (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-qdc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "topics.qdc", NULL);
  g_autofree char *other = g_build_filename (dir, "other.qdc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  GtkWidget *topics;
  guint n;

  g_action_group_activate_action (G_ACTION_GROUP (window), "manage-topics", NULL);
  ui_test_pump ();
  topics = find_toplevel (GLOSS_TYPE_TOPICS_DIALOG);
  g_assert_nonnull (ui_test_find_widget (topics, has_tooltip, "Export Topics as a Codebook (.qdc)"));
  g_assert_nonnull (ui_test_find_widget (topics, has_tooltip, "Import Topics from a Codebook (.qdc)"));

  n = gloss_project_get_n_topics (project);
  g_assert_true (gloss_topics_dialog_export_codebook (GLOSS_TOPICS_DIALOG (topics), file, &error));
  g_assert_no_error (error);
  /* the same topics again: nothing to add */
  g_assert_cmpuint (gloss_topics_dialog_import_codebook (GLOSS_TOPICS_DIALOG (topics), file, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, n);

  g_file_set_contents (other,
                       "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                       "<Code guid=\"11111111-1111-4111-8111-111111111111\" name=\"Housing\" isCodable=\"true\" color=\"#c061cb\"/>"
                       "<Code guid=\"22222222-2222-4222-8222-222222222222\" name=\"Transport\" isCodable=\"true\"/>"
                       "</Codes></CodeBook>", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_topics_dialog_import_codebook (GLOSS_TOPICS_DIALOG (topics), other_file, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, n + 2);
  g_assert_cmpstr (gloss_topic_get_name (gloss_project_get_topic (project, n)), ==, "Housing");
  g_assert_cmpstr (gloss_topic_get_color (gloss_project_get_topic (project, n)), ==, "#c061cb");
  /* one undo takes both away */
  gloss_history_undo (history);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, n);

  /* a file that is no codebook says so */
  g_file_set_contents (other, "<html/>", -1, &error);
  g_assert_cmpuint (gloss_topics_dialog_import_codebook (GLOSS_TOPICS_DIALOG (topics), other_file, &error), ==, 0);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "other.qdc: "));

  g_unlink (path);
  g_unlink (other);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (topics));
  gloss_document_discard_draft (gloss_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "topics"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.TopicsTest");

  g_test_add_func ("/topics-dialog/delete-labels", test_delete_labels);
  g_test_add_func ("/topics-dialog/codebook", test_codebook);

  return ui_test_run ();
}
