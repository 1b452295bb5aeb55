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

/* "We built the dam" 17-33, "It cost a lot" 40-53 */
#define TEXT "Header line\nAna: We built the dam.\nBen: It cost a lot.\nEnd\n"

static GlossApplication *app;
static char *tmpdir;

static GlossProject *
base_project (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (TEXT, -1);
  GlossProject *project;
  g_autoptr(GlossTopic) dam = gloss_topic_new ("dam", "Dam", "#3584e4");
  g_autoptr(GlossTopic) cost = gloss_topic_new ("cost", "Cost", "#e01b24");
  g_autoptr(GDateTime) when = g_date_time_new_utc (2025, 1, 1, 10, 0, 0);
  const char *dam_topics[] = { "dam", NULL };
  const char *cost_topics[] = { "cost", NULL };
  struct { const char *id; guint start, end; const char **topics; } claims[] = {
    { "c1", 17, 33, dam_topics },
    { "c2", 40, 53, cost_topics },
  };

  gloss_transcript_add_turn (transcript, GLOSS_TURN_HEADER, 0, 12, NULL, NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 12, 35, "Ana", NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 35, 55, "Ben", NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_FOOTER, 55, 59, NULL, NULL, -1);
  project = gloss_project_new_blank (transcript);
  gloss_project_insert_topic (project, dam, 0);
  gloss_project_insert_topic (project, cost, 1);
  for (guint i = 0; i < G_N_ELEMENTS (claims); i++)
    {
      g_autofree char *quote = NULL, *prefix = NULL, *suffix = NULL;
      g_autoptr(GlossClaim) claim = NULL;

      gloss_claim_context_from_text (transcript, claims[i].start, claims[i].end,
                                     &quote, &prefix, &suffix);
      claim = gloss_claim_new_full (claims[i].id, claims[i].start, claims[i].end, quote, prefix,
                                    suffix, claims[i].topics, "", "Ana", when, when);
      gloss_project_add_claim (project, claim);
    }
  return project;
}

static GFile *
save (GlossProject *project,
      const char   *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  GFile *file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (gloss_project_file_save (project, file, &error));
  g_assert_no_error (error);
  return file;
}

static GlossWindow *
open_window (GFile *file)
{
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  g_autoptr(GError) error = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, file, &error));
  g_assert_no_error (error);
  ui_test_wait_ms (50);
  return window;
}

static void
destroy_window (GlossWindow *window)
{
  GlossDocument *document = gloss_window_get_document (window);

  if (document != NULL)
    gloss_document_discard_draft (document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_pump ();
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
  g_autoptr(GlossProject) base = base_project ();
  g_autoptr(GlossProject) ours = base_project ();
  g_autoptr(GlossProject) theirs = base_project ();
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
  window = open_window (file);
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

  destroy_window (window);
}

static void
test_compare_page (void)
{
  g_autoptr(GlossProject) mine = base_project ();
  g_autoptr(GlossProject) theirs = base_project ();
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

  window = open_window (mine_file);
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

  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_wait_ms (50);
  g_assert_nonnull (gloss_project_lookup_claim (project, "c1"));
  g_assert_cmpuint (gloss_compare_page_get_n_disagreements (page), ==, 2);

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

  destroy_window (window);
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

  tmpdir = g_dir_make_tmp ("gloss-ui-teams-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  {
    g_autofree char *data = g_build_filename (tmpdir, "data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = g_object_new (GLOSS_TYPE_APPLICATION,
                      "application-id", "io.github.glossapp.Gloss.TestTeams",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", "/io/github/glossapp/Gloss",
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/teams/conflicts-page", test_conflicts_page);
  g_test_add_func ("/teams/compare-page", test_compare_page);

  ret = g_test_run ();

  g_clear_object (&app);
  ui_test_remove_tree (tmpdir);
  g_free (tmpdir);

  return ret;
}
