/* The claims list with thousands of claims (issue 16): a row bound to
 * another claim while the list is shown gets its text when it comes into
 * view (gloss-sidebar-list.c), so a jump of the scrollbar builds a dozen
 * rows, not 200; every row that is seen shows its own claim. Needs a
 * display; skipped without one. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gloss-application.h"
#include "gloss-claim-row.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static gboolean
has_id (GtkWidget     *widget,
        gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

/* every row in view shows the claim of its place in the list; returns
 * how many rows are in view */
static guint
assert_rows_in_view (GtkWidget *list)
{
  guint seen = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      GtkListItem *item;
      GlossClaim *claim;
      GtkWidget *quote;
      g_autofree char *expected = NULL;

      if (!gtk_widget_get_child_visible (child) || row == NULL || !GLOSS_IS_CLAIM_ROW (row))
        continue;
      item = g_object_get_data (G_OBJECT (row), "list-item");
      g_assert_nonnull (item);
      claim = gtk_list_item_get_item (item);
      g_assert_true (gloss_claim_row_get_claim (GLOSS_CLAIM_ROW (row)) == claim);
      quote = ui_test_find_widget (row, has_id, "quote_label");
      g_assert_nonnull (quote);
      expected = g_strdelimit (g_strdup (gloss_claim_get_quote (claim)), "\r\n", ' ');
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (quote)), ==, expected);
      seen++;
    }

  return seen;
}

static void
test_rows_in_view (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *topics[] = { "5g", NULL };
  GlossWindow *window;
  GtkWidget *list;
  GtkAdjustment *adjustment;
  GRand *rand = g_rand_new_with_seed (16);
  guint length, n = 0;

  for (guint turn = 0; turn < 300; turn++)
    g_string_append_printf (text, "Speaker %u:\n\nClaim %u, the first of its turn, says one thing. "
                            "Claim %u, the second, is longer: it says another thing, and then "
                            "it goes on to say a third thing about the province.\n\n",
                            turn % 5, 2 * turn, 2 * turn + 1);
  transcript = gloss_import_data (text->str, text->len, "list.txt", NULL, NULL, &error);
  g_assert_no_error (error);
  g_string_free (text, TRUE);
  project = gloss_project_new (transcript);
  length = gloss_transcript_get_length (transcript);
  for (guint start = 0; start + 60 < length; start += 29, n++)
    {
      g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, start, start + 20 + n % 40,
                                                     topics, NULL, "test");

      gloss_project_add_claim (project, claim);
    }
  g_assert_cmpuint (gloss_project_get_n_claims (project), >, 1000);

  window = gloss_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  document = gloss_document_new (project, NULL);
  gloss_window_set_document (window, document);
  list = ui_test_find_widget (GTK_WIDGET (_gloss_window_get_sidebar (window)), ui_test_has_css_class, "claims-list");
  g_assert_nonnull (list);
  ui_test_wait_until ((UiTestCondition) gloss_sidebar_get_list_complete, _gloss_window_get_sidebar (window), 5000);
  wait_for_paint (list);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  g_assert_cmpuint (assert_rows_in_view (list), >, 3);

  /* far jumps, each followed by wheel steps that bring in the rows
   * below, and a jump back up */
  for (guint i = 0; i < 12; i++)
    {
      double page = gtk_adjustment_get_page_size (adjustment);
      double upper = gtk_adjustment_get_upper (adjustment) - page;

      gtk_adjustment_set_value (adjustment, g_rand_double_range (rand, 0, upper));
      wait_for_paint (list);
      g_assert_cmpuint (assert_rows_in_view (list), >, 3);
      for (guint step = 0; step < 3; step++)
        {
          gtk_adjustment_set_value (adjustment, MIN (upper, gtk_adjustment_get_value (adjustment) + page / 3));
          wait_for_paint (list);
          g_assert_cmpuint (assert_rows_in_view (list), >, 3);
        }
    }
  gtk_adjustment_set_value (adjustment, 0);
  wait_for_paint (list);
  g_assert_cmpuint (assert_rows_in_view (list), >, 3);

  /* a renamed topic reaches the rows in view at once */
  {
    GlossTopic *topic = gloss_project_lookup_topic (project, "5g");

    g_assert_nonnull (topic);
    gloss_history_rename_topic (_gloss_window_get_history (window), topic, "Networks");
    wait_for_paint (list);
    g_assert_cmpuint (assert_rows_in_view (list), >, 3);
    for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
      if (gtk_widget_get_child_visible (child) && GLOSS_IS_CLAIM_ROW (gtk_widget_get_first_child (child)))
        {
          GtkWidget *topics_label = ui_test_find_widget (child, has_id, "topics_label");

          g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (topics_label)), "Networks"));
        }
  }

  g_rand_free (rand);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "list"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.ClaimsListTest");

  g_test_add_func ("/claims-list/rows-in-view", test_rows_in_view);

  return ui_test_run ();
}
