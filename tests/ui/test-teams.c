/* Team work in the window (issue 13): a project that git's merge driver
 * left with conflicting claims opens on a Conflicts page that shows both
 * versions and resolves each one undoably; Compare With… shows another
 * annotator's disagreements and agreement figures, and Take Theirs is
 * undoable. Needs a display. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gloss-application.h"
#include "gloss-compare-page.h"
#include "gloss-conflicts-page.h"
#include "gloss-document-private.h"
#include "gloss-merge.h"
#include "gloss-project-file.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static GFile *
save (GlossProject *project,
      const char   *name)
{
  g_autofree char *path = g_build_filename (ui_test_tmpdir (), name, NULL);
  GFile *file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (gloss_project_file_save (project, file, &error));
  g_assert_no_error (error);
  return file;
}

static gboolean
match_name (GtkWidget     *widget,
            gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && gtk_widget_get_mapped (widget);
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
match_list (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget);
}

static gboolean
match_status_page (GtkWidget     *widget,
                   gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget);
}

static gboolean
page_visible (GlossWindow *window,
              const char  *name)
{
  GtkWidget *child = adw_view_stack_get_child_by_name (window->side_stack, name);

  return adw_view_stack_page_get_visible (adw_view_stack_get_page (window->side_stack, child));
}

static void
click (GtkWidget  *root,
       const char *name)
{
  GtkWidget *button = ui_test_find_widget (root, match_name, name);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_test_wait_ms (50);
}

static void
test_conflicts_page (void)
{
  g_autoptr(GlossProject) base = test_util_team_project (TRUE);
  g_autoptr(GlossProject) ours = test_util_team_project (TRUE);
  g_autoptr(GlossProject) theirs = test_util_team_project (TRUE);
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GFile) file = NULL;
  const char *names[] = { "base", "ours", "theirs" };
  guint n_conflicts = 0;
  GlossWindow *window;
  GlossProject *project;
  GlossClaim *c1;

  gloss_project_set_claim_note (ours, gloss_project_lookup_claim (ours, "c1"), "mine");
  gloss_project_set_claim_note (theirs, gloss_project_lookup_claim (theirs, "c1"), "yours");
  gloss_project_set_claim_status (theirs, gloss_project_lookup_claim (theirs, "c1"), GLOSS_CLAIM_STATUS_DISPUTED);
  merged = gloss_merge3 (base, ours, theirs, names, &n_conflicts, NULL, NULL);
  g_assert_cmpuint (n_conflicts, ==, 1);
  file = save (merged, "merged.gloss");

  /* opens on the conflicts, both versions shown */
  window = ui_test_open_window (file, 1100, 700);
  g_assert_true (page_visible (window, "conflicts"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "conflicts");
  g_assert_cmpuint (gloss_conflicts_page_get_n_conflicts (GLOSS_CONFLICTS_PAGE (window->conflicts_page)), ==, 1);
  g_assert_nonnull (ui_test_find_widget (window->conflicts_page, match_name, "keep-both"));
  /* each version's status, theirs through the file */
  g_assert_nonnull (ui_test_find_widget (window->conflicts_page, match_label, "Unchecked"));
  g_assert_nonnull (ui_test_find_widget (window->conflicts_page, match_label, "Disputed"));

  project = _gloss_window_get_project (window);
  c1 = gloss_project_lookup_claim (project, "c1");
  click (window->conflicts_page, "take-theirs");
  g_assert_null (gloss_claim_get_conflict (c1));
  g_assert_cmpstr (gloss_claim_get_note (c1), ==, "yours");
  g_assert_false (page_visible (window, "conflicts"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "claims");

  /* undo brings the conflict and its page back */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_wait_ms (50);
  g_assert_nonnull (gloss_claim_get_conflict (c1));
  g_assert_cmpstr (gloss_claim_get_note (c1), ==, "mine");
  g_assert_true (page_visible (window, "conflicts"));

  /* keep both: two claims, no conflict */
  click (window->conflicts_page, "keep-both");
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 3);
  g_assert_null (gloss_claim_get_conflict (c1));

  ui_test_destroy_window (window);
}

static void
test_compare_page (void)
{
  g_autoptr(GlossProject) mine = test_util_team_project (TRUE);
  g_autoptr(GlossProject) theirs = test_util_team_project (TRUE);
  g_autoptr(GlossTranscript) other_text = gloss_transcript_new ("Another text\n", -1);
  g_autoptr(GlossProject) other = gloss_project_new_blank (other_text);
  g_autoptr(GFile) mine_file = NULL, theirs_file = NULL, other_file = NULL;
  const char *dam[] = { "dam", NULL };
  g_autoptr(GError) error = NULL;
  GlossComparePage *page;
  GlossWindow *window;
  GlossProject *project;

  /* theirs: c2 tagged Dam instead of Cost, c1 not there */
  gloss_project_set_claim_topics (theirs, gloss_project_lookup_claim (theirs, "c2"), dam);
  gloss_project_remove_claim (theirs, gloss_project_lookup_claim (theirs, "c1"));
  mine_file = save (mine, "mine.gloss");
  theirs_file = save (theirs, "theirs.gloss");
  other_file = save (other, "other.gloss");

  window = ui_test_open_window (mine_file, 1100, 700);
  project = _gloss_window_get_project (window);
  page = GLOSS_COMPARE_PAGE (window->compare_page);
  g_assert_false (page_visible (window, "compare"));

  /* a project on another text is refused, saying so */
  g_assert_false (_gloss_window_compare_with_file (window, other_file, &error));
  g_assert_error (error, GLOSS_MERGE_ERROR, GLOSS_MERGE_ERROR_TEXT_DIFFERS);
  g_clear_error (&error);
  g_assert_false (page_visible (window, "compare"));

  g_assert_true (_gloss_window_compare_with_file (window, theirs_file, &error));
  g_assert_no_error (error);
  ui_test_wait_ms (50);
  g_assert_true (page_visible (window, "compare"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "compare");
  g_assert_cmpuint (gloss_compare_page_get_n_disagreements (page), ==, 2);

  /* the first disagreement is my c1, which they do not have: taking
   * theirs deletes it, undoably */
  click (window->compare_page, "take-theirs");
  g_assert_null (gloss_project_lookup_claim (project, "c1"));
  g_assert_cmpuint (gloss_compare_page_get_n_disagreements (page), ==, 1);
  click (window->compare_page, "take-theirs");
  g_assert_true (gloss_claim_has_topic (gloss_project_lookup_claim (project, "c2"), "dam"));
  g_assert_cmpuint (gloss_compare_page_get_n_disagreements (page), ==, 0);
  /* agreeing everywhere: a status page says so instead of an empty list */
  {
    GtkWidget *empty = ui_test_find_widget (window->compare_page, match_status_page, NULL);
    GtkWidget *list = ui_test_find_widget (window->compare_page, match_list, NULL);

    ui_test_wait_ms (50);
    g_assert_true (gtk_widget_get_mapped (empty));
    g_assert_false (gtk_widget_get_visible (list));
  }

  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_wait_ms (50);
  g_assert_nonnull (gloss_project_lookup_claim (project, "c1"));
  g_assert_cmpuint (gloss_compare_page_get_n_disagreements (page), ==, 2);
  g_assert_false (gtk_widget_get_visible (ui_test_find_widget (window->compare_page,
                                                                 match_status_page, NULL)));

  /* the keys' actions: M keeps mine and moves to the next row, T takes
   * theirs there (c2 retagged), the first one stays */
  {
    GtkListBox *list = GTK_LIST_BOX (ui_test_find_widget (window->compare_page, match_list, NULL));

    gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
    gtk_widget_activate_action (window->compare_page, "compare.keep-mine", NULL);
    g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, 1);
    gtk_widget_activate_action (window->compare_page, "compare.take-theirs", NULL);
    ui_test_wait_ms (50);
    g_assert_true (gloss_claim_has_topic (gloss_project_lookup_claim (project, "c2"), "dam"));
    g_assert_nonnull (gloss_project_lookup_claim (project, "c1"));
    g_assert_cmpuint (gloss_compare_page_get_n_disagreements (page), ==, 1);
  }

  g_action_group_activate_action (G_ACTION_GROUP (window), "stop-comparing", NULL);
  ui_test_wait_ms (50);
  g_assert_false (page_visible (window, "compare"));
  g_assert_null (gloss_compare_page_get_theirs (page));

  ui_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "ui-teams"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.TestTeams");

  g_test_add_func ("/teams/conflicts-page", test_conflicts_page);
  g_test_add_func ("/teams/compare-page", test_compare_page);

  return ui_test_run ();
}
