/* The topics dialog asks what becomes of a deleted topic's claims in words
 * that fit their number: one claim is not “Claims”. Needs a display;
 * skipped without one. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

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

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "topics"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.TopicsTest");

  g_test_add_func ("/topics-dialog/delete-labels", test_delete_labels);

  return ui_test_run ();
}
