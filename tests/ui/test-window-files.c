/* How the window names files and what it offers when one is damaged
 * (issue 17, items 11, 12 and 16): a project file cut short says so and
 * offers its draft; a file is called by its name, with its folder only
 * when another open window has a file of the same name; the briefing's
 * title stays the window's title after a save. Needs a display. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gloss-application.h"
#include "gloss-document-private.h"
#include "gloss-drafts.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

/* the sample, saved as @name in the folder @folder under the test's folder */
static GFile *
save_sample_as (const char *folder,
                const char *name)
{
  g_autofree char *dir = g_build_filename (ui_test_tmpdir (), folder, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) sample = ui_test_sample_file ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  document = gloss_document_open (sample, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gloss_document_save (document, file, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&file);
}

static gboolean
has_dialog (gpointer window)
{
  return _gloss_window_get_dialog (window) != NULL;
}

static const char *
subtitle_of (GlossWindow *window)
{
  return adw_window_title_get_subtitle (GLOSS_WINDOW (window)->window_title);
}

static const char *
title_of (GlossWindow *window)
{
  return adw_window_title_get_title (GLOSS_WINDOW (window)->window_title);
}

/* item 11: a project cut short says that it ends early, and its draft, when
 * there is one, opens in the window from the dialog */
static void
test_truncated_offers_draft (void)
{
  g_autoptr(GFile) file = save_sample_as ("cut", "briefing.gloss");
  g_autoptr(GFile) sample = ui_test_sample_file ();
  GlossWindow *window = ui_test_open_window (sample, 0, 0);
  GlossDraftStore *drafts = gloss_application_get_drafts (app);
  g_autoptr(GlossDocument) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = g_file_get_path (file);
  gsize length;
  GtkWidget *dialog;
  const char *body;
  guint n_claims;

  /* an edit of the file reached a draft, then the file was cut short */
  edited = gloss_document_open (file, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    GlossProject *project = gloss_document_get_project (edited);
    GlossTranscript *transcript = gloss_project_get_transcript (project);
    const char *topics[] = { "5g", NULL };
    g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, 0, 8, topics, "kept in the draft", NULL);

    gloss_history_add_claim (gloss_document_get_history (edited), claim);
    n_claims = gloss_project_get_n_claims (project);
  }
  g_assert_true (gloss_draft_store_save (drafts, edited, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) (length / 2), NULL));

  gloss_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (has_dialog, window, 5000));
  dialog = _gloss_window_get_dialog (window);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("%s", body);
  /* the file by its name, not its path; what is wrong; that a draft exists */
  g_assert_true (g_str_has_prefix (body, "briefing.gloss: the file ends early"));
  g_assert_nonnull (strstr (body, "probably truncated"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "draft"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "draft");
  ui_test_pump ();
  g_assert_nonnull (gloss_window_get_document (window));
  g_assert_true (g_file_equal (gloss_document_get_file (gloss_window_get_document (window)), file));
  g_assert_true (gloss_document_get_modified (gloss_window_get_document (window)));
  g_assert_cmpuint (gloss_project_get_n_claims (_gloss_window_get_project (window)), ==, n_claims);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_destroy_window (window);

  /* without a draft: the same message, and only Close */
  g_assert_true (gloss_draft_store_remove (drafts, edited, &error));
  g_assert_no_error (error);
  window = ui_test_open_window (sample, 0, 0);
  gloss_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (has_dialog, window, 5000));
  dialog = _gloss_window_get_dialog (window);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                   "briefing.gloss: the file ends early"));
  g_assert_false (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "draft"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_destroy_window (window);
  g_unlink (path);
}

/* item 12: the name alone, and the folder when two open files share it */
static void
test_shared_names (void)
{
  g_autoptr(GFile) a = save_sample_as ("a", "p.gloss");
  g_autoptr(GFile) b = save_sample_as ("b", "p.gloss");
  g_autoptr(GFile) c = save_sample_as ("b", "q.gloss");
  GlossWindow *first = ui_test_open_window (a, 0, 0);
  GlossWindow *second = NULL;
  GlossWindow *third = NULL;
  g_autofree char *a_folder = g_build_filename (ui_test_tmpdir (), "a", NULL);
  g_autofree char *b_folder = g_build_filename (ui_test_tmpdir (), "b", NULL);
  g_autofree char *a_label = g_strdup_printf ("p.gloss (%s)", a_folder);
  g_autofree char *b_label = g_strdup_printf ("p.gloss (%s)", b_folder);

  g_assert_cmpstr (subtitle_of (first), ==, "p.gloss");

  third = ui_test_open_window (c, 0, 0);
  g_assert_cmpstr (subtitle_of (first), ==, "p.gloss");
  g_assert_cmpstr (subtitle_of (third), ==, "q.gloss");

  /* the second p.gloss: both say where they are */
  second = ui_test_open_window (b, 0, 0);
  g_assert_cmpstr (subtitle_of (first), ==, a_label);
  g_assert_cmpstr (subtitle_of (second), ==, b_label);
  g_assert_cmpstr (subtitle_of (third), ==, "q.gloss");

  {
    g_autofree char *label = _gloss_window_file_label (third, a);

    g_assert_cmpstr (label, ==, a_label);
  }

  /* and stop when one of them closes */
  ui_test_destroy_window (second);
  g_assert_cmpstr (subtitle_of (first), ==, "p.gloss");

  ui_test_destroy_window (third);
  ui_test_destroy_window (first);
}

/* item 16: the briefing's title stays the title; the file is the subtitle */
static void
test_title_after_save (void)
{
  g_autoptr(GFile) sample = ui_test_sample_file ();
  GlossWindow *window = ui_test_open_window (sample, 0, 0);
  g_autofree char *dir = g_build_filename (ui_test_tmpdir (), "title", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *title = g_strdup (title_of (window));
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpstr (subtitle_of (window), ==, "Not saved yet");
  g_assert_true (g_str_has_prefix (title, "Press briefing on networks"));

  g_assert_true (gloss_document_save (gloss_window_get_document (window), file, &error));
  g_assert_no_error (error);
  ui_test_pump ();
  g_assert_cmpstr (title_of (window), ==, title);
  g_assert_cmpstr (subtitle_of (window), ==, "notes.gloss");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  ui_test_destroy_window (window);
  g_unlink (path);
}

/* a REFI-QDA project opens with its codes as topics and its coded
 * passages as claims, unsaved; a Word document with the default topics */
static void
test_open_interchange_formats (void)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *qdpx_path = g_build_filename (srcdir != NULL ? srcdir : SOURCE_DATADIR "/../tests",
                                                 "data", "transcripts", "qualcoder.qdpx", NULL);
  g_autofree char *docx_path = g_build_filename (srcdir != NULL ? srcdir : SOURCE_DATADIR "/../tests",
                                                 "data", "transcripts", "briefing.docx", NULL);
  g_autoptr(GFile) qdpx = g_file_new_for_path (qdpx_path);
  g_autoptr(GFile) docx = g_file_new_for_path (docx_path);
  GlossWindow *window = ui_test_open_window (qdpx, 0, 0);
  GlossProject *project = _gloss_window_get_project (window);
  GlossWindow *other;

  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 3);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 3);
  g_assert_cmpstr (title_of (window), ==, "Harbour interviews");
  g_assert_cmpstr (subtitle_of (window), ==, "Not saved yet");
  ui_test_destroy_window (window);

  other = ui_test_open_window (docx, 0, 0);
  project = _gloss_window_get_project (other);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 0);
  g_assert_cmpuint (gloss_project_get_n_topics (project), >, 0);
  g_assert_cmpstr (title_of (other), ==, "Harbour Works Briefing");
  ui_test_destroy_window (other);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "ui-files"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.TestFiles");

  g_test_add_func ("/window-files/truncated-offers-draft", test_truncated_offers_draft);
  g_test_add_func ("/window-files/open-interchange-formats", test_open_interchange_formats);
  g_test_add_func ("/window-files/shared-names", test_shared_names);
  g_test_add_func ("/window-files/title-after-save", test_title_after_save);

  return ui_test_run ();
}
