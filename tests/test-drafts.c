#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "test-util.h"
#include "gloss-drafts.h"
#include "gloss-project-file.h"
#include "gloss-document.h"

/* every test gets a fresh folder under this one (G_TEST_OPTION_ISOLATE_DIRS
 * would do it too, but GLib 2.74 leaks its strings, which ASan reports) */
static char *base_dir;
static guint n_dirs;

static GFile *
new_dir (void)
{
  g_autofree char *name = g_strdup_printf ("test-%u", ++n_dirs);
  g_autofree char *path = g_build_filename (base_dir, name, NULL);

  return g_file_new_for_path (path);
}

static GlossProject *
make_project (const char *title)
{
  g_autoptr(GlossTranscript) transcript =
    gloss_transcript_new ("Tian Yulong:\n961,000 5G base stations were built. 疫苗接种 continues.\n", -1);
  g_autoptr(GlossClaim) claim = NULL;
  GlossProject *project;
  const char *topics[] = { "5g", NULL };

  if (title != NULL)
    gloss_transcript_set_title (transcript, title);
  project = gloss_project_new (transcript);
  claim = gloss_claim_new (transcript, 13, 37, topics, "note", "anna");
  gloss_project_add_claim (project, claim);

  return project;
}

/* an open project, as the window holds one */
static GlossDocument *
make_document (const char *title)
{
  g_autoptr(GlossProject) project = make_project (title);

  return gloss_document_new (project, NULL);
}

static void
add_claim (GlossProject *project,
           guint         start)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  const char *topics[] = { "vaccines", NULL };
  g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, start, start + 4, topics, NULL, NULL);

  gloss_project_add_claim (project, claim);
}

static GlossDraftStore *
make_store (GFile *dir)
{
  return gloss_draft_store_new (dir);
}

static GPtrArray *
list_drafts (GlossDraftStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *drafts = gloss_draft_store_list (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (drafts);
  return drafts;
}

static void
assert_same_content (GlossProject *a,
                     GlossProject *b)
{
  g_autoptr(GBytes) x = gloss_project_file_to_bytes (a);
  g_autoptr(GBytes) y = gloss_project_file_to_bytes (b);

  g_assert_true (g_bytes_equal (x, y));
}

static char *
temp_project_path (const char *name)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autofree char *path = g_file_get_path (dir);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  return g_build_filename (path, name, NULL);
}

static void
test_default_dir (void)
{
  g_autoptr(GlossDraftStore) store = make_store (NULL);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "gloss", "drafts", NULL);
  g_autofree char *path = g_file_get_path (gloss_draft_store_get_dir (store));
  g_autoptr(GPtrArray) drafts = NULL;

  g_assert_cmpstr (path, ==, expected);
  /* no folder yet: no drafts, no error */
  drafts = list_drafts (store);
  g_assert_cmpuint (drafts->len, ==, 0);
}

/* a process's start time as the kernel gives it (field 22 of its stat) */
static char *
start_time_of (const char *pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/stat", pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  fields = g_strsplit (strrchr (contents, ')') + 2, " ", -1);
  g_assert_cmpuint (g_strv_length (fields), >, 19);

  return g_strdup (fields[19]);
}

static void
write_marker (GFile      *dir,
              const char *pid,
              const char *start)
{
  g_autofree char *name = g_strdup_printf ("running-%s-%s", pid, start);
  g_autoptr(GFile) marker = g_file_get_child (dir, name);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (dir);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_assert_true (g_file_replace_contents (marker, "", 0, NULL, FALSE, G_FILE_CREATE_NONE,
                                          NULL, NULL, &error));
  g_assert_no_error (error);
}

static guint
n_markers (GFile *dir)
{
  g_autofree char *path = g_file_get_path (dir);
  g_autoptr(GDir) gdir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    if (g_str_has_prefix (name, "running"))
      n++;

  return n;
}

static GSubprocess *
spawn_sleeper (void)
{
  g_autoptr(GError) error = NULL;
  GSubprocess *sleeper = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                           G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                                           &error, "sleep", "60", NULL);

  g_assert_no_error (error);
  return sleeper;
}

static void
stop_sleeper (GSubprocess *sleeper)
{
  g_subprocess_force_exit (sleeper);
  g_assert_true (g_subprocess_wait (sleeper, NULL, NULL));
}

static void
test_session (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossDraftStore) first = make_store (dir);
  g_autoptr(GlossDraftStore) same_process = make_store (dir);
  g_autoptr(GlossDraftStore) after_crash = make_store (dir);
  g_autoptr(GlossDraftStore) after_clean = make_store (dir);
  g_autoptr(GSubprocess) gone = spawn_sleeper ();
  g_autofree char *gone_start = start_time_of (g_subprocess_get_identifier (gone));
  g_autofree char *gone_pid = g_strdup (g_subprocess_get_identifier (gone));

  g_assert_true (gloss_draft_store_begin_session (first, &error));
  g_assert_no_error (error);
  g_assert_false (gloss_draft_store_previous_session_crashed (first));
  g_assert_cmpuint (n_markers (dir), ==, 1);
  /* this process's session is not another Gloss, nor a crash */
  g_assert_true (gloss_draft_store_begin_session (same_process, &error));
  g_assert_false (gloss_draft_store_previous_session_crashed (same_process));
  g_assert_false (gloss_draft_store_other_session_running (same_process));

  /* a process that began a session and was killed: a crash */
  write_marker (dir, gone_pid, gone_start);
  g_assert_true (gloss_draft_store_other_session_running (first));
  stop_sleeper (gone);
  g_assert_false (gloss_draft_store_other_session_running (first));

  g_assert_true (gloss_draft_store_begin_session (after_crash, &error));
  g_assert_no_error (error);
  g_assert_true (gloss_draft_store_previous_session_crashed (after_crash));
  /* not reported yet: the next start still reports it */
  g_assert_cmpuint (n_markers (dir), ==, 2);
  g_assert_true (gloss_draft_store_forget_crashed_sessions (after_crash, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_markers (dir), ==, 1);
  g_assert_true (gloss_draft_store_end_session (after_crash, &error));
  g_assert_no_error (error);
  g_assert_true (gloss_draft_store_end_session (first, &error));
  g_assert_true (gloss_draft_store_end_session (same_process, &error));
  g_assert_cmpuint (n_markers (dir), ==, 0);

  g_assert_true (gloss_draft_store_begin_session (after_clean, &error));
  g_assert_false (gloss_draft_store_previous_session_crashed (after_clean));
  g_assert_true (gloss_draft_store_end_session (after_clean, &error));
  /* ending twice is harmless */
  g_assert_true (gloss_draft_store_end_session (after_clean, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_markers (dir), ==, 0);
}

/* @store's session starts, sees the crash before it, forgets it and ends:
 * no marker is left in @dir */
static void
assert_recovers_crash (GlossDraftStore *store,
                       GFile           *dir)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gloss_draft_store_begin_session (store, &error));
  g_assert_no_error (error);
  g_assert_true (gloss_draft_store_previous_session_crashed (store));
  g_assert_true (gloss_draft_store_forget_crashed_sessions (store, &error));
  g_assert_no_error (error);
  g_assert_true (gloss_draft_store_end_session (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_markers (dir), ==, 0);
}

/* Two processes share the folder: the first to quit ends only its own
 * session, and the other's crash is still seen. */
static void
test_session_shared (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossDraftStore) quits_first = make_store (dir);
  g_autoptr(GlossDraftStore) next = make_store (dir);
  g_autoptr(GSubprocess) other = spawn_sleeper ();
  g_autofree char *other_start = start_time_of (g_subprocess_get_identifier (other));
  g_autofree char *other_pid = g_strdup (g_subprocess_get_identifier (other));

  g_assert_true (gloss_draft_store_begin_session (quits_first, &error));
  g_assert_no_error (error);
  write_marker (dir, other_pid, other_start);
  g_assert_true (gloss_draft_store_end_session (quits_first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_markers (dir), ==, 1);

  stop_sleeper (other);
  assert_recovers_crash (next, dir);
}

/* A marker whose pid now belongs to another process (a different start
 * time) is a crash, not a live Gloss; so is the old single marker of a
 * process that is gone. */
static void
test_session_reused_pid (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDraftStore) legacy = make_store (dir);
  g_autoptr(GSubprocess) other = spawn_sleeper ();
  g_autofree char *start = start_time_of (g_subprocess_get_identifier (other));
  g_autofree char *wrong = g_strdup_printf ("%" G_GUINT64_FORMAT, g_ascii_strtoull (start, NULL, 10) + 1);
  g_autoptr(GFile) old_marker = g_file_get_child (dir, "running");

  write_marker (dir, g_subprocess_get_identifier (other), wrong);
  g_assert_false (gloss_draft_store_other_session_running (store));
  assert_recovers_crash (store, dir);

  /* "sleep" is not this program: its pid in the old marker is a reused one */
  g_assert_true (g_file_replace_contents (old_marker, g_subprocess_get_identifier (other),
                                          strlen (g_subprocess_get_identifier (other)), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (gloss_draft_store_other_session_running (legacy));
  assert_recovers_crash (legacy, dir);

  stop_sleeper (other);
}

static void
test_unsaved_project (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) project_doc = make_document ("Briefing on 5G");
  GlossProject *project = gloss_document_get_project (project_doc);
  g_autoptr(GlossDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GlossDraftInfo *info;

  g_assert_true (gloss_draft_store_save (store, project_doc, &error));
  g_assert_no_error (error);
  /* a draft changes nothing in the document */
  g_assert_false (gloss_document_get_modified (project_doc));
  g_assert_null (gloss_document_get_file (project_doc));

  drafts = list_drafts (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  id = gloss_draft_store_dup_id (store, project_doc);
  g_assert_cmpstr (info->id, ==, id);
  g_assert_null (info->original_file);
  g_assert_cmpstr (info->title, ==, "Briefing on 5G");
  g_assert_true (g_file_query_exists (info->draft_file, NULL));
  g_assert_cmpint (ABS (g_date_time_difference (now, info->modified)), <, 60 * G_USEC_PER_SEC);

  restored = gloss_draft_store_load (store, info, &error);
  g_assert_no_error (error);
  g_assert_true (gloss_document_get_modified (restored));
  g_assert_null (gloss_document_get_file (restored));
  assert_same_content (project, gloss_document_get_project (restored));

  /* later drafts of the same project, or of its restored copy, replace it */
  add_claim (project, 38);
  g_assert_true (gloss_draft_store_save (store, project_doc, &error));
  g_assert_true (gloss_draft_store_save (store, restored, &error));
  g_assert_no_error (error);
  again = list_drafts (store);
  g_assert_cmpuint (again->len, ==, 1);
}

static void
test_saved_project (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDraftStore) other_store = make_store (dir);
  g_autoptr(GlossDocument) project_doc = make_document (NULL);
  GlossProject *project = gloss_document_get_project (project_doc);
  g_autoptr(GlossDocument) reopened = NULL;
  g_autoptr(GlossDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_project_path ("saved.gloss");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *id = NULL;
  g_autofree char *reopened_id = NULL;
  GlossDraftInfo *info;

  g_assert_true (gloss_document_save (project_doc, file, &error));
  g_assert_no_error (error);
  add_claim (project, 38);
  g_assert_true (gloss_draft_store_save (store, project_doc, &error));
  g_assert_no_error (error);

  /* the id comes from the file: the next session finds the same one */
  reopened = gloss_document_open (file, NULL, NULL, &error);
  g_assert_no_error (error);
  id = gloss_draft_store_dup_id (store, project_doc);
  reopened_id = gloss_draft_store_dup_id (other_store, reopened);
  g_assert_cmpstr (id, ==, reopened_id);

  drafts = list_drafts (other_store);
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_nonnull (info->original_file);
  g_assert_true (g_file_equal (info->original_file, file));
  /* no title: the file's name */
  g_assert_cmpstr (info->title, ==, "saved.gloss");

  restored = gloss_draft_store_load (other_store, info, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (gloss_document_get_file (restored), file));
  g_assert_true (gloss_document_get_modified (restored));
  g_assert_cmpuint (gloss_project_get_n_claims (gloss_document_get_project (restored)), ==, 2);
  assert_same_content (project, gloss_document_get_project (restored));

  g_unlink (path);
}

/* a file cut short (a copy that stopped) cannot be opened; its draft is
 * what the user gets back, and only that file's draft */
static void
test_truncated_file (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) document = make_document ("Briefing");
  g_autoptr(GlossDocument) reopened = NULL;
  g_autoptr(GlossDraftInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_project_path ("cut.gloss");
  g_autofree char *other_path = temp_project_path ("cut.gloss");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (gloss_document_save (document, file, &error));
  g_assert_no_error (error);
  add_claim (gloss_document_get_project (document), 38);
  g_assert_true (gloss_draft_store_save (store, document, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) (length * 2 / 3), NULL));
  reopened = gloss_document_open (file, NULL, NULL, &error);
  g_assert_null (reopened);
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_TRUNCATED);
  g_assert_nonnull (strstr (error->message, "cut.gloss"));
  g_assert_nonnull (strstr (error->message, "ends early"));
  g_clear_error (&error);

  info = gloss_draft_store_lookup (store, file);
  g_assert_nonnull (info);
  g_assert_true (g_file_equal (info->original_file, file));
  reopened = gloss_draft_store_load (store, info, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (gloss_document_get_project (reopened)), ==, 2);

  /* the same name in another folder has no draft */
  g_assert_null (gloss_draft_store_lookup (store, other));

  g_unlink (path);
}

/* the draft of a file moved or deleted since: restored without a file, so
 * that saving asks where; its later drafts still replace it */
static void
test_gone_file (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) project_doc = make_document ("Moved");
  g_autoptr(GlossDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_project_path ("moved.gloss");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (gloss_document_save (project_doc, file, &error));
  add_claim (gloss_document_get_project (project_doc), 38);
  g_assert_true (gloss_draft_store_save (store, project_doc, &error));
  g_assert_no_error (error);
  g_unlink (path);

  drafts = list_drafts (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_true (g_file_equal (((GlossDraftInfo *) g_ptr_array_index (drafts, 0))->original_file, file));
  restored = gloss_draft_store_load (store, g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  g_assert_null (gloss_document_get_file (restored));
  g_assert_true (gloss_document_get_modified (restored));
  g_assert_false (g_file_query_exists (file, NULL));

  g_assert_true (gloss_draft_store_save (store, restored, &error));
  again = list_drafts (store);
  g_assert_cmpuint (again->len, ==, 1);
}

/* Save As of an unsaved import: the draft under the random id goes away */
static void
test_save_as_moves_draft (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) project_doc = make_document ("Imported");
  GlossProject *project = gloss_document_get_project (project_doc);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_project_path ("named.gloss");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GlossDraftInfo *info;

  g_assert_true (gloss_draft_store_save (store, project_doc, &error));
  before = list_drafts (store);
  g_assert_cmpuint (before->len, ==, 1);
  g_assert_null (((GlossDraftInfo *) g_ptr_array_index (before, 0))->original_file);

  g_assert_true (gloss_document_save (project_doc, file, &error));
  add_claim (project, 38);
  g_assert_true (gloss_draft_store_save (store, project_doc, &error));
  g_assert_no_error (error);

  after = list_drafts (store);
  g_assert_cmpuint (after->len, ==, 1);
  info = g_ptr_array_index (after, 0);
  g_assert_true (g_file_equal (info->original_file, file));
  g_assert_false (g_file_query_exists (((GlossDraftInfo *) g_ptr_array_index (before, 0))->draft_file, NULL));

  /* after the real save succeeded */
  g_assert_true (gloss_draft_store_remove (store, project_doc, &error));
  g_assert_no_error (error);
  removed = list_drafts (store);
  g_assert_cmpuint (removed->len, ==, 0);
  g_assert_false (g_file_query_exists (info->draft_file, NULL));
  /* removing what is not there is no error */
  g_assert_true (gloss_draft_store_remove (store, project_doc, &error));
  g_assert_no_error (error);

  g_unlink (path);
}

static void
test_discard_and_order (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) older_doc = make_document ("Older");
  g_autoptr(GlossDocument) newer_doc = make_document ("Newer");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gloss_draft_store_save (store, older_doc, &error));
  g_usleep (2000);
  g_assert_true (gloss_draft_store_save (store, newer_doc, &error));
  g_assert_no_error (error);

  drafts = list_drafts (store);
  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_cmpstr (((GlossDraftInfo *) g_ptr_array_index (drafts, 0))->title, ==, "Newer");
  g_assert_cmpstr (((GlossDraftInfo *) g_ptr_array_index (drafts, 1))->title, ==, "Older");

  g_assert_true (gloss_draft_store_discard (store, g_ptr_array_index (drafts, 0), &error));
  g_assert_no_error (error);
  left = list_drafts (store);
  g_assert_cmpuint (left->len, ==, 1);
  g_assert_cmpstr (((GlossDraftInfo *) g_ptr_array_index (left, 0))->title, ==, "Older");
}

/* stray files are not drafts; a damaged draft is listed but its load fails
 * with a message that names it */
static void
test_damaged (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) project_doc = make_document ("Damaged");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossDocument) restored = NULL;
  g_autofree char *dir_path = g_file_get_path (gloss_draft_store_get_dir (store));
  g_autofree char *stray_sidecar = g_build_filename (dir_path, "stray.draft", NULL);
  g_autofree char *lone_project = g_build_filename (dir_path, "lone.gloss", NULL);
  g_autofree char *draft_path = NULL;
  GlossDraftInfo *info;

  g_assert_true (gloss_draft_store_save (store, project_doc, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (stray_sidecar, "not a key file\x01", -1, NULL));
  g_assert_true (g_file_set_contents (lone_project, "{}", -1, NULL));

  drafts = list_drafts (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  draft_path = g_file_get_path (info->draft_file);
  g_assert_true (g_file_set_contents (draft_path, "{\"format\": \"gloss-project\", \"version\": 1", -1, NULL));

  restored = gloss_draft_store_load (store, info, &error);
  g_assert_null (restored);
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_TRUNCATED);
  g_assert_true (g_str_has_prefix (error->message, draft_path));
}

typedef struct
{
  GMainLoop *loop;
  guint      pending;
  guint      failures;
} AsyncState;

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  if (!gloss_draft_store_save_finish (GLOSS_DRAFT_STORE (object), result, &error))
    {
      g_test_message ("draft save failed: %s", error->message);
      state->failures++;
    }
  if (--state->pending == 0)
    g_main_loop_quit (state->loop);
}

static void
test_async (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) project_doc = make_document ("Async");
  GlossProject *project = gloss_document_get_project (project_doc);
  g_autoptr(GlossDocument) gone_doc = make_document ("Saved meanwhile");
  g_autoptr(GlossDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  AsyncState state = { loop, 0, 0 };
  GlossDraftInfo *info;

  /* several saves in a row: the last one's content must win */
  for (guint i = 0; i < 5; i++)
    {
      add_claim (project, 38 + i);
      state.pending++;
      gloss_draft_store_save_async (store, project_doc, NULL, save_done_cb, &state);
    }
  /* a save overtaken by the removal that follows the real save */
  state.pending++;
  gloss_draft_store_save_async (store, gone_doc, NULL, save_done_cb, &state);
  g_assert_true (gloss_draft_store_remove (store, gone_doc, &error));
  g_assert_no_error (error);

  g_main_loop_run (loop);
  g_assert_cmpuint (state.failures, ==, 0);

  drafts = list_drafts (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (info->title, ==, "Async");
  restored = gloss_draft_store_load (store, info, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (gloss_document_get_project (restored)), ==, 6);
  assert_same_content (project, gloss_document_get_project (restored));
}

static GBytes *
read_draft (GlossDraftStore *store)
{
  g_autoptr(GPtrArray) drafts = list_drafts (store);
  g_autoptr(GError) error = NULL;
  GlossDraftInfo *info;
  char *contents = NULL;
  gsize length;

  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_true (g_file_load_contents (info->draft_file, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* a draft is exactly the project file */
static void
test_same_bytes (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) project_doc = make_document ("Same bytes");
  GlossProject *project = gloss_document_get_project (project_doc);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) draft = NULL;
  g_autoptr(GError) error = NULL;

  add_claim (project, 40);
  g_assert_true (gloss_draft_store_save (store, project_doc, &error));
  g_assert_no_error (error);
  expected = gloss_project_file_to_bytes (project);
  draft = read_draft (store);
  g_assert_true (g_bytes_equal (draft, expected));
}

static void
claim_finalized_cb (gpointer  data,
                    GObject  *where_the_object_was)
{
  GThread **thread = data;

  *thread = g_thread_self ();
}

/* edits made after save_async returned, before or while the worker writes,
 * do not reach that draft, even when they free what the claims held; a
 * claim removed meanwhile is freed on this thread, not in the worker */
static void
test_async_snapshot (void)
{
  g_autoptr(GFile) dir = new_dir ();
  g_autoptr(GlossDraftStore) store = make_store (dir);
  g_autoptr(GlossDocument) project_doc = make_document ("Snapshot");
  GlossProject *project = gloss_document_get_project (project_doc);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) draft = NULL;
  g_autoptr(GBytes) now = NULL;
  AsyncState state = { loop, 1, 0 };
  const char *other[] = { "5g", "vaccines", NULL };
  GlossClaim *claim;
  GThread *finalized_in = NULL;

  add_claim (project, 40);
  add_claim (project, 50);
  expected = gloss_project_file_to_bytes (project);
  gloss_draft_store_save_async (store, project_doc, NULL, save_done_cb, &state);

  claim = gloss_project_get_claim (project, 0);
  gloss_project_set_claim_note (project, claim, "changed after the snapshot");
  gloss_project_set_claim_topics (project, claim, other);
  claim = gloss_project_get_claim (project, 2);
  g_object_weak_ref (G_OBJECT (claim), claim_finalized_cb, &finalized_in);
  gloss_project_remove_claim (project, claim);
  g_assert_null (finalized_in);
  gloss_project_set_topic_name (project, gloss_project_get_topic (project, 0), "Renamed");

  g_main_loop_run (loop);
  g_assert_cmpuint (state.failures, ==, 0);
  g_assert_true (finalized_in == g_thread_self ());

  draft = read_draft (store);
  g_assert_true (g_bytes_equal (draft, expected));
  now = gloss_project_file_to_bytes (project);
  g_assert_false (g_bytes_equal (now, expected));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  base_dir = g_dir_make_tmp ("gloss-drafts-XXXXXX", &error);
  g_assert_no_error (error);
  /* before anything asks GLib for the user data dir */
  data_home = g_build_filename (base_dir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/drafts/default-dir", test_default_dir);
  g_test_add_func ("/drafts/session", test_session);
  g_test_add_func ("/drafts/session-shared-folder", test_session_shared);
  g_test_add_func ("/drafts/session-reused-pid", test_session_reused_pid);
  g_test_add_func ("/drafts/unsaved-project", test_unsaved_project);
  g_test_add_func ("/drafts/saved-project", test_saved_project);
  g_test_add_func ("/drafts/gone-file", test_gone_file);
  g_test_add_func ("/drafts/truncated-file", test_truncated_file);
  g_test_add_func ("/drafts/save-as-moves-draft", test_save_as_moves_draft);
  g_test_add_func ("/drafts/discard-and-order", test_discard_and_order);
  g_test_add_func ("/drafts/damaged", test_damaged);
  g_test_add_func ("/drafts/async", test_async);
  g_test_add_func ("/drafts/async-snapshot", test_async_snapshot);
  g_test_add_func ("/drafts/same-bytes", test_same_bytes);

  status = g_test_run ();
  test_util_remove_tree (base_dir);
  g_free (base_dir);

  return status;
}
