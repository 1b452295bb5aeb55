#include "config.h"

#include <glib/gstdio.h>

#include "gloss-document.h"
#include "gloss-drafts.h"
#include "gloss-project-file.h"

static char *tmpdir;

static GFile *
temp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);

  return g_file_new_for_path (path);
}

static GFile *
write_temp (const char *name,
            const char *contents)
{
  GFile *file = temp_file (name);

  g_assert_true (g_file_set_contents (g_file_peek_path (file), contents, -1, NULL));

  return file;
}

static const char *transcript_text =
  "Li Wei:\nWe built 961,000 5G base stations this year.\n";

static void
add_claim (GlossDocument *document,
           guint          start,
           guint          end)
{
  GlossProject *project = gloss_document_get_project (document);
  const char *topics[] = { "5g", NULL };
  g_autoptr(GlossClaim) claim = gloss_claim_new (gloss_project_get_transcript (project),
                                                 start, end, topics, NULL, "test");

  gloss_history_add_claim (gloss_document_get_history (document), claim);
}

/* a transcript is imported into a new, unsaved project; a project file
 * (even without its extension) is opened as one */
static void
test_document_open (void)
{
  g_autoptr(GFile) text = write_temp ("briefing.txt", transcript_text);
  g_autoptr(GFile) saved = temp_file ("briefing.gloss");
  g_autoptr(GFile) renamed = temp_file ("briefing-copy.json");
  g_autoptr(GlossDocument) imported = NULL;
  g_autoptr(GlossDocument) reopened = NULL;
  g_autoptr(GlossDocument) sniffed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  imported = gloss_document_open (text, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (gloss_document_get_file (imported));
  g_assert_false (gloss_document_get_modified (imported));
  g_assert_cmpuint (gloss_project_get_n_topics (gloss_document_get_project (imported)), ==, 3);
  /* not saved anywhere: called by its transcript */
  name = gloss_document_dup_name (imported);
  g_assert_cmpstr (name, ==, gloss_transcript_get_title (gloss_project_get_transcript (gloss_document_get_project (imported))));
  g_assert_false (gloss_document_is_project_file (text));

  add_claim (imported, 12, 19);
  g_assert_true (gloss_document_get_modified (imported));
  g_assert_true (gloss_document_save (imported, saved, &error));
  g_assert_no_error (error);
  g_assert_false (gloss_document_get_modified (imported));
  g_assert_true (g_file_equal (gloss_document_get_file (imported), saved));
  g_clear_pointer (&name, g_free);
  name = gloss_document_dup_name (imported);
  g_assert_cmpstr (name, ==, "briefing");

  reopened = gloss_document_open (saved, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (gloss_document_get_file (reopened), saved));
  g_assert_cmpuint (gloss_project_get_n_claims (gloss_document_get_project (reopened)), ==, 1);

  g_assert_true (g_file_copy (saved, renamed, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
  g_assert_true (gloss_document_is_project_file (renamed));
  sniffed = gloss_document_open (renamed, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (gloss_document_get_project (sniffed)), ==, 1);
}

static void
test_document_open_error (void)
{
  g_autoptr(GFile) broken = write_temp ("broken.gloss", "{\"format\": \"gloss-project\", \"version\": 1,");
  g_autoptr(GFile) missing = temp_file ("missing.txt");
  g_autoptr(GError) error = NULL;

  g_assert_null (gloss_document_open (broken, NULL, NULL, &error));
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_TRUNCATED);
  g_assert_nonnull (strstr (error->message, "broken.gloss"));
  g_clear_error (&error);

  g_assert_null (gloss_document_open (missing, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "missing.txt"));
}

typedef struct
{
  GlossDocument *document;
  gboolean done;
  GError *error;
} Waiter;

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->document = gloss_document_open_finish (result, &waiter->error);
  waiter->done = TRUE;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Waiter *waiter = user_data;

  gloss_document_save_finish (GLOSS_DOCUMENT (source), result, &waiter->error);
  waiter->done = TRUE;
}

static void
wait_for (Waiter *waiter)
{
  while (!waiter->done)
    g_main_context_iteration (NULL, TRUE);
}

/* a save in the background writes the state it started from: an edit made
 * meanwhile is still unsaved afterwards */
static void
test_document_async (void)
{
  g_autoptr(GFile) text = write_temp ("async.txt", transcript_text);
  g_autoptr(GFile) saved = temp_file ("async.gloss");
  g_autoptr(GlossProject) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  Waiter opening = { 0 };
  Waiter saving = { 0 };

  gloss_document_open_async (text, NULL, NULL, opened_cb, &opening);
  wait_for (&opening);
  g_assert_no_error (opening.error);
  g_assert_nonnull (opening.document);

  add_claim (opening.document, 12, 19);
  gloss_document_save_async (opening.document, saved, NULL, saved_cb, &saving);
  add_claim (opening.document, 0, 6);
  wait_for (&saving);
  g_assert_no_error (saving.error);

  g_assert_true (g_file_equal (gloss_document_get_file (opening.document), saved));
  g_assert_true (gloss_document_get_modified (opening.document));
  on_disk = gloss_project_file_load (saved, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (on_disk), ==, 1);

  /* undoing the later edit is back at the saved state */
  gloss_history_undo (gloss_document_get_history (opening.document));
  g_assert_false (gloss_document_get_modified (opening.document));

  g_object_unref (opening.document);
}

static void
test_document_changed_on_disk (void)
{
  g_autoptr(GFile) text = write_temp ("disk.txt", transcript_text);
  g_autoptr(GFile) saved = temp_file ("disk.gloss");
  g_autoptr(GlossDocument) document = gloss_document_open (text, NULL, NULL, NULL);
  g_autoptr(GlossDocument) other = NULL;
  g_autoptr(GError) error = NULL;
  GlossProject *before;
  guint notified = 0;

  g_assert_false (gloss_document_changed_on_disk (document));
  g_assert_true (gloss_document_save (document, saved, &error));
  g_assert_false (gloss_document_changed_on_disk (document));

  /* another program writes the file: another document saves over it */
  other = gloss_document_open (saved, NULL, NULL, &error);
  g_assert_no_error (error);
  add_claim (other, 12, 19);
  g_usleep (20000);
  g_assert_true (gloss_document_save (other, NULL, &error));
  g_assert_true (gloss_document_changed_on_disk (document));

  add_claim (document, 0, 6);
  before = gloss_document_get_project (document);
  g_signal_connect_swapped (document, "notify::project", G_CALLBACK (g_atomic_int_inc), &notified);
  g_assert_true (gloss_document_reload (document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (gloss_document_get_project (document) != before);
  g_assert_false (gloss_document_get_modified (document));
  g_assert_false (gloss_document_changed_on_disk (document));
  g_assert_cmpuint (gloss_project_get_n_claims (gloss_document_get_project (document)), ==, 1);
}

static guint
n_drafts (GlossDraftStore *store)
{
  g_autoptr(GPtrArray) drafts = gloss_draft_store_list (store, NULL);

  return drafts->len;
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* a draft some time after the last edit, gone with the real save; a
 * document that never drafted does not take another's draft of the same
 * file */
static void
test_document_drafts (void)
{
  g_autoptr(GFile) text = write_temp ("drafted.txt", transcript_text);
  g_autoptr(GFile) saved = temp_file ("drafted.gloss");
  g_autofree char *dir_path = g_build_filename (tmpdir, "drafts", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (dir_path);
  g_autoptr(GlossDraftStore) store = gloss_draft_store_new (dir);
  g_autoptr(GlossDocument) document = gloss_document_open (text, NULL, NULL, NULL);
  g_autoptr(GlossDocument) beside = NULL;
  g_autoptr(GError) error = NULL;

  gloss_document_set_drafts (document, store, 50);
  add_claim (document, 12, 19);
  g_assert_cmpuint (n_drafts (store), ==, 0);
  run_ms (300);
  g_assert_cmpuint (n_drafts (store), ==, 1);

  /* undone back to the saved state: the draft goes too */
  gloss_history_undo (gloss_document_get_history (document));
  run_ms (300);
  g_assert_cmpuint (n_drafts (store), ==, 0);

  gloss_history_redo (gloss_document_get_history (document));
  run_ms (300);
  g_assert_cmpuint (n_drafts (store), ==, 1);
  g_assert_true (gloss_document_save (document, saved, &error));
  g_assert_cmpuint (n_drafts (store), ==, 0);

  /* the same file open twice: closing the unmodified one keeps the other's draft */
  add_claim (document, 0, 6);
  run_ms (300);
  g_assert_cmpuint (n_drafts (store), ==, 1);
  beside = gloss_document_open (saved, NULL, NULL, &error);
  g_assert_no_error (error);
  gloss_document_set_drafts (beside, store, 50);
  g_clear_object (&beside);
  g_assert_cmpuint (n_drafts (store), ==, 1);

  /* the changes thrown away: the draft goes */
  gloss_document_discard_draft (document);
  g_assert_cmpuint (n_drafts (store), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("gloss-document-XXXXXX", NULL);

  g_test_add_func ("/document/open", test_document_open);
  g_test_add_func ("/document/open-error", test_document_open_error);
  g_test_add_func ("/document/async", test_document_async);
  g_test_add_func ("/document/changed-on-disk", test_document_changed_on_disk);
  g_test_add_func ("/document/drafts", test_document_drafts);

  status = g_test_run ();

  {
    g_autoptr(GFile) dir = g_file_new_for_path (tmpdir);
    g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                     G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
    GFileInfo *info;
    GFile *child;

    while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_DIRECTORY)
        g_file_delete (child, NULL, NULL);
  }

  return status;
}
